"""A removal verb of its own and a list's 新增 carried to an item with no verb, a planned
ratio compared lower in the next clause, and numbers inside task sentences that are no goals:
a size class of units closed, the size of a year's cohort. Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

from cluster_cli.extract.finder import find_goals
from cluster_cli.extract.model import Proposal

_DATE = dt.date(2020, 3, 5)


def _found(text: str) -> list[Proposal]:
    return find_goals(text, _DATE)


def test_capacity_withdrawn_is_a_cumulative_decrease() -> None:
    """退出产能N吨: capacity removed, added up, like 压减 before it."""
    goals = _found("今年再压减水泥产能2000万吨左右，退出焦炭产能5000万吨左右。")
    assert [(g.kind, g.direction) for g in goals] == [("cumulative", "decrease")] * 2


def test_a_lists_new_verb_carries_to_an_item_with_no_verb() -> None:
    """新增A8000万亩、B面积2000万亩: the second shares 新增, though 面积 names a level."""
    goals = _found("今年新增旱涝保收农田500万亩以上、喷灌滴灌面积300万亩。")
    assert [g.kind for g in goals] == ["cumulative", "cumulative"]


def test_a_stock_after_a_new_item_keeps_its_level() -> None:
    """新增A100万亩、耕地保有量5000万亩: a stock named by its noun is not added."""
    goals = _found("今年新增旱涝保收农田500万亩、耕地保有量稳定在9000万亩。")
    assert [g.kind for g in goals] == ["cumulative", "level"]


def test_a_planned_ratio_lower_than_last_years_budget_is_a_decrease() -> None:
    """拟按N%安排，比去年预算低0.2个百分点: set lower, in the next clause."""
    goals = _found("今年赤字率拟按2.8%安排，比去年预算低0.2个百分点。")
    assert [(float(g.value), g.kind, g.direction) for g in goals] == [(2.8, "share", "decrease")]


def test_a_planned_ratio_higher_than_last_year_stays_an_increase() -> None:
    goals = _found("今年赤字率拟按3.2%安排，比去年提高0.4个百分点。")
    assert [g.direction for g in goals] == ["increase"]


def test_the_size_class_of_units_closed_is_no_goal() -> None:
    """关停10蒸吨以下燃煤锅炉: which boilers, not an amount to close."""
    assert _found("今年关停淘汰不达标的10蒸吨以下燃煤锅炉。") == []
    kept = _found("今年淘汰落后炼钢产能500万吨以上，推动企业升级。")
    assert [g.value for g in kept] == [500]


def test_a_cohort_of_the_year_is_no_goal() -> None:
    """今年高校毕业生N万人，再创新高: the group a task is for, not a count to reach."""
    assert _found("今年高校毕业生900多万人，规模再创新高，要促进多渠道就业。") == []
    kept = _found("今年再进城落户1000万人，城镇新增就业1100万人以上。")
    assert [g.value for g in kept] == [1000, 1100]
