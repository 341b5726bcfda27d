"""Figures of a national work report that read as goals or not by the words around them: a
target said to be exceeded, a rate in force and a rate kept, a burden lightened by a sum, a
fiscal item after a semicolon, a span of years or of effort inside a sentence, 今明两年, a
growth range restated and quoted whole. Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from cluster_cli.extract.finder import find_goals
from cluster_cli.extract.model import Proposal

_DATE = dt.date(2019, 3, 5)
_TASKS = "二、今年的主要任务\n"


def _found(text: str) -> list[Proposal]:
    return find_goals(text, _DATE)


def _quotes(text: str) -> list[str]:
    return [g.quote for g in _found(text)]


def test_a_figure_said_to_exceed_its_target_is_an_achievement() -> None:
    """…新增就业1200万人，超过全年预期目标: done, not aimed at; 要超过 still aims."""
    assert _found("今年城镇新增就业1200万人，超过全年预期目标，成为经济运行的亮点。") == []
    aimed = _TASKS + "今年农产品出口要增长5%，力争超过年度目标。"
    assert [int(g.value) for g in _found(aimed)] == [5]


def test_a_rate_in_force_is_where_a_cut_starts_and_a_rate_kept_is_no_goal() -> None:
    """将某行业现行12%的税率降至10%: 12% is the baseline; 保持5%一档的税率不变 holds a rule."""
    text = _TASKS + "今年要将加工业现行12%的税率降至10%，保持5%一档的税率不变。"
    values = [g.value for g in _found(text)]
    assert 12 not in values and 5 not in values


def test_a_burden_lightened_by_a_sum_is_relief_added_up() -> None:
    """减轻企业和个人负担3000多亿元: a cumulative decrease, at least the sum (多)."""
    [goal] = _found(_TASKS + "实施上述政策，今年将比改革前减轻企业和个人负担3000多亿元。")
    assert (int(goal.value), goal.unit, str(goal.kind), str(goal.direction)) == (
        3000,
        "亿元",
        "cumulative",
        "decrease",
    )
    assert goal.qualifier == "at_least"


def test_a_fiscal_item_after_a_semicolon_is_not_part_of_a_comparison() -> None:
    """…比去年预算高0.3个百分点；财政赤字3.1万亿元: the comparison ends at the semicolon."""
    text = (
        _TASKS
        + "今年赤字率拟按3.1%安排，比去年预算高0.3个百分点；财政赤字3.1万亿元，"
        + "其中中央财政赤字2万亿元，地方财政赤字1.1万亿元。"
    )
    assert [(float(g.value), g.unit) for g in _found(text)] == [(3.1, "%"), (3.1, "万亿元")]


def test_a_span_of_years_inside_a_sentence_frames_that_sentence_only() -> None:
    """…的企业，三年内给予税费减免。…拿出500亿元: the sum is this year's, not within 3 years."""
    text = (
        _TASKS + "今年城镇新增就业1000万人以上。对招用退役军人的各类企业，三年内给予定额税费减免。"
        "实施职业培训行动，从专项资金中拿出500亿元，用于职工技能提升。"
    )
    assert [(int(g.value), g.deadline) for g in _found(text)] == [(1000, 2019), (500, 2019)]


def test_this_year_and_next_ends_next_year() -> None:
    """今明两年: the goal holds by the end of the next year."""
    text = _TASKS + "加快农村供水工程建设，今明两年要提高3000万农村人口供水保障水平。"
    assert [(int(g.value), g.deadline) for g in _found(text)] == [(3000, 2020)]


def test_a_growth_range_restated_as_the_growth_is_one_goal() -> None:
    """有5.5%－6%的增速就能…: the range stated above, explained, not a new goal."""
    text = _TASKS + "今年经济增长的预期目标是5.5%－6%。有5.5%－6%的增速就能够实现比较充分的就业。"
    assert len(_quotes(text)) == 2
    assert all("增速" not in quote for quote in _quotes(text))


def test_a_span_of_effort_inside_a_sentence_frames_that_sentence_only() -> None:
    """…，利用三年时间对老旧小区进行改造。完成600户的改造任务: this year's, not in three years."""
    text = (
        _TASKS + "补齐城市短板，利用三年左右时间对老旧小区进行改造。继续推进棚户区改造，"
        "完成600户的改造任务。"
    )
    assert [(int(g.value), g.deadline) for g in _found(text)] == [(600, 2019)]


@pytest.mark.parametrize("written", ["6%—6.5%", "6—6.5%", "6%-6.5%", "6%～6.5%"])
def test_a_range_is_quoted_whole_and_its_lower_end_is_the_goal(written: str) -> None:
    """全省生产总值增长6%—6.5%: the quote carries the range as written, so that a journalist
    quotes the plan right; the value is the lower end, at least."""
    (goal,) = _found(_TASKS + f"全省生产总值增长{written}，城镇调查失业率5.5%以内。")[:1]
    assert goal.quote == f"全省生产总值增长{written}"
    assert (float(goal.value), goal.qualifier) == (6.0, "at_least")
