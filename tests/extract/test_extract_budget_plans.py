"""A year's fiscal plan as a work report states it, on sentences written for the test: figures a
plan is drawn up at (拟按…安排, 拟发行), sizes of a budget without a verb, the change on last year
joined to a plan's figure, a sum of the year's quotas, and the growth of the economy restated in
other words."""

from __future__ import annotations

import datetime as dt

from goal_reading import goals_of

from cluster_cli.extract.finder import find_goals

DATE = dt.date(2027, 3, 1)


def test_a_ratio_drawn_up_at_a_figure_is_a_goal_of_the_year() -> None:
    goals = find_goals("今年财政赤字率拟按3.5%左右安排。\n", DATE)
    assert [(float(g.value), g.unit, g.deadline) for g in goals] == [(3.5, "%", 2027)]
    assert (goals[0].kind, goals[0].qualifier, goals[0].name) == ("share", "about", "财政赤字率")


def test_a_support_rate_stays_out() -> None:
    text = "今年对新购设备按8%给予补助，单个企业最高不超过60万元。\n"
    assert goals_of(text, DATE) == []


def test_a_plan_figure_with_its_change_on_last_year_is_a_goal() -> None:
    text = (
        "今年统筹安排财政资金。赤字率拟按3.5%左右安排、比上年提高0.5个百分点，"
        "赤字规模4.2万亿元、比上年增加0.6万亿元。一般公共预算支出规模31.5万亿元、"
        "比上年增加1.4万亿元。拟发行专项国债9000亿元、比上年增加1000亿元。\n"
    )
    goals = find_goals(text, DATE)
    assert [(float(g.value), g.unit, g.deadline) for g in goals] == [
        (3.5, "%", 2027),
        (4.2, "万亿元", 2027),
        (31.5, "万亿元", 2027),
        (9000.0, "亿元", 2027),
    ]  # the changes on last year restate their goals: not goals of their own
    assert [g.kind for g in goals] == ["share", "level", "level", "level"]
    assert [g.qualifier for g in goals][2:] == ["planned", "planned"]


def test_a_budget_size_without_a_verb_is_planned() -> None:
    goals = find_goals("今年全省一般公共预算支出规模8600亿元。\n", DATE)
    assert [(float(g.value), g.unit, g.kind, g.qualifier) for g in goals] == [
        (8600.0, "亿元", "level", "planned")
    ]


def test_a_sum_of_the_years_quotas_is_a_level() -> None:
    text = "今年合计新增政府债务总规模9.5万亿元、比上年增加1.8万亿元，支出力度加大。\n"
    goals = find_goals(text, DATE)
    assert [(float(g.value), g.unit, g.kind) for g in goals] == [(9.5, "万亿元", "level")]


def test_a_change_on_last_year_in_a_report_stays_a_report() -> None:
    text = (
        "2026年全省一般公共预算支出7900亿元、比上年增加300亿元。"
        "全年赤字率为3%、比上年提高0.5个百分点。\n"
    )
    assert goals_of(text, DATE) == []


def test_the_growth_of_the_economy_restated_in_other_words_is_one_goal() -> None:
    text = (
        "今年发展主要预期目标是：国内生产总值增长4.5%左右；城镇调查失业率4.5%左右。\n"
        "提出上述预期目标，综合考虑了各方面因素。经济增长预期目标为4.5%左右，"
        "既是稳就业的需要，也有潜力支撑。\n"
    )
    goals = find_goals(text, DATE)
    assert [(g.quote, g.kind) for g in goals] == [
        ("国内生产总值增长4.5%左右", "rate"),
        ("城镇调查失业率4.5%左右", "level"),
    ]


def test_other_goals_with_the_growth_figure_stay_goals() -> None:
    text = (
        "今年全省地区生产总值增长6%左右，社会消费品零售总额增长6%左右，"
        "数字经济核心产业增加值占地区生产总值比重达到6%左右，单位地区生产总值能耗降低6%左右。\n"
    )
    assert len(find_goals(text, DATE)) == 4


def test_a_growth_with_another_bound_is_another_goal() -> None:
    text = "今年甲市地区生产总值增长5%左右。乙市把经济增长目标定为5%以上。\n"
    assert len(find_goals(text, DATE)) == 2


def test_a_deficit_set_by_its_rise_on_last_year_is_a_goal() -> None:
    """财政赤字规模比去年增加…元, the plan's only figure for it: a goal, not a report."""
    text = "今年赤字率拟按3.5%安排，财政赤字规模比去年增加8000亿元，同时发行5000亿元特别国债。\n"
    assert goals_of(text, DATE) == [
        (3.5, "%", 2027),
        (8000.0, "亿元", 2027),
        (5000.0, "亿元", 2027),
    ]


def test_last_year_named_as_the_baseline_does_not_make_a_report() -> None:
    """赤字率从去年的X提高到Y: 去年 is the year of the baseline, as 从2020年 is."""
    goals = find_goals("二、2027年工作安排\n今年赤字率从去年的2.8%提高到3%。\n", DATE)
    assert [(float(g.value), g.unit, g.deadline, float(g.baseline or 0)) for g in goals] == [
        (3.0, "%", 2027, 2.8)
    ]
