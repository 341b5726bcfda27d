"""The kind and direction of work done over a plan's period, on sentences written for the test:
an area renovated, the households a renovation benefits, training given in person-times, a
length worked on with its verb after it, a rate per amount of output, a sum named by the noun
after it, and debt resolved."""

from __future__ import annotations

import datetime as dt

from cluster_cli.extract.finder import find_goals
from cluster_cli.extract.model import Proposal

_DATE = dt.date(2026, 1, 20)


def _one(body: str) -> Proposal:
    found = find_goals(f"三、2026年重点工作\n（一）重点任务。{body}\n", _DATE)
    assert len(found) == 1, [p.quote for p in found]
    return found[0]


def test_an_area_renovated_is_work_done() -> None:
    """完成…改造利用面积 N万平方米: the area done in the period (人均绿地面积 is a level)."""
    assert _one("完成老厂房改造利用面积8.5万平方米。").kind == "cumulative"
    assert _one("人均公园绿地面积达到9平方米。").kind == "level"


def test_households_benefiting_and_training_given_are_added_up() -> None:
    """受益居民超过1万户, 职业技能培训超过5万人次: served over the period, not a stock."""
    assert _one("老旧住宅改造受益居民超过1万户。").kind == "cumulative"
    assert _one("开展补贴性职业技能培训超过5万人次。").kind == "cumulative"
    assert _one("入境过夜游客超过50万人次。").kind == "level"


def test_a_length_worked_on_with_its_verb_after_it_is_work_done() -> None:
    goal = _one("实施雨水管道检测，对其中约20公里进行修复。")
    assert (float(goal.value), goal.kind) == (20.0, "cumulative")


def test_a_rate_per_amount_of_output_is_a_share() -> None:
    """死亡人数控制在0.01人/亿元以下: per amount of output, an intensity (万元/人 is a level)."""
    goal = _one("单位生产总值生产安全事故死亡人数控制在0.01人/亿元以下。")
    assert (goal.kind, goal.direction) == ("share", "decrease")
    assert _one("全员劳动生产率达到40万元/人。").kind == "level"


def test_a_sum_named_by_the_noun_after_it_takes_its_kind_from_the_noun() -> None:
    """完成25亿元的年度投资计划: a year's investment, a level, not a sum added."""
    assert _one("完成25亿元的年度投资计划。").kind == "level"


def test_debt_resolved_is_a_decrease() -> None:
    goal = _one("确保完成2026年度3.5亿元政府隐性债务化解任务。")
    assert (float(goal.value), goal.direction) == (3.5, "decrease")
