"""Rules for the headline goal as briefings and commentary write it: a figure quoted whole
(增长“6%左右”的目标) is a figure, a name in quotes stays a name; a goal named by its setting
alone (把目标定为X%) is a growth rate, and one the text stated before under its indicator;
tax and fee relief is a sum of relief given over the year. Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

from goal_reading import goals_of

from cluster_cli.extract.finder import find_goals

_DATE = dt.date(2023, 3, 6)


def test_a_figure_quoted_whole_next_to_goal_words_is_a_goal() -> None:
    """增长“6%左右”的预期目标, 工业增长“7%以上”: the quotation marks set off the figure."""
    text = "为完成全市经济增长“6%左右”的预期目标，今年要抓好三件事。"
    goals = find_goals(text, _DATE)
    assert [(float(g.value), g.unit, g.deadline) for g in goals] == [(6.0, "%", 2023)]
    (goal,) = goals
    assert (goal.kind, goal.direction, goal.qualifier) == ("rate", "increase", "about")
    assert goal.quote.endswith("“6%左右”")  # both quotation marks quoted
    assert "“" not in goal.name
    assert goals_of("今年全县规上工业增加值增长“7%以上”。", _DATE) == [(7.0, "%", 2023)]
    assert goals_of("今年完成投资“300亿元”目标。", _DATE) == [(300.0, "亿元", 2023)]


def test_numbers_in_quoted_names_stay_out() -> None:
    """“2468”工程, “两个5%”目标, “3个100”行动: names, though a goal word may follow."""
    assert goals_of("今年全面实施“2468”工程，推进“3个100”行动。", _DATE) == []
    assert goals_of("今年实现“两个5%”目标。", _DATE) == []
    # a figure in quotes with no word of a goal beside it is read as before: a name
    assert goals_of("今年举办“10%消费节”活动。", _DATE) == []


def test_a_goal_named_by_its_setting_is_a_growth_rate() -> None:
    """把目标定为“6%以上”: the indicator elided is the headline growth rate."""
    (goal,) = find_goals("今年，南岭省把目标定为“6%以上”。", _DATE)
    assert (float(goal.value), goal.kind, goal.qualifier) == (6.0, "rate", "at_least")
    (goal,) = find_goals("今年，全市森林覆盖率目标定为45%。", _DATE)
    assert goal.kind == "share"  # an indicator of its own keeps its kind


def test_a_goal_restated_by_its_setting_alone_is_one_goal() -> None:
    """地区生产总值预期增长6%左右 … 我们把今年的目标设定为6%左右: the same goal again."""
    text = (
        "今年全市地区生产总值预期增长6%左右。"
        "有关负责人说，我们把今年的目标设定为6%左右，是留有余地的。"
    )
    goals = find_goals(text, _DATE)
    assert [(float(g.value), g.kind) for g in goals] == [(6.0, "rate")]
    # a different figure is a goal of its own
    other = text.replace("设定为6%左右", "设定为6.5%左右")
    assert [float(g.value) for g in find_goals(other, _DATE)] == [6.0, 6.5]


def test_tax_and_fee_relief_is_a_sum_cut_over_the_year() -> None:
    """退税减税约…亿元, 减税降费…亿元以上: cumulative, decrease, like 减负; not shops counted."""
    for text in ("今年为企业退税减税约800亿元。", "今年新增减税降费超过120亿元。"):
        (goal,) = find_goals(text, _DATE)
        assert (goal.kind, goal.direction) == ("cumulative", "decrease")
    (goal,) = find_goals("今年新增离境退税商店50家以上。", _DATE)
    assert (goal.kind, goal.direction) == ("cumulative", "increase")
