"""National work-report rules on sentences written for the test: a commitment's year is no
frame, 从A提高到B with a measure before A, figures set lower than last year, cuts by a bare 降,
comparisons with a past year or plan, open lists with 等, estimates that feed a plan, and
thresholds or populations that are no goals."""

from __future__ import annotations

import datetime as dt

from goal_reading import goals_of

from cluster_cli.extract.finder import find_goals

DATE = dt.date(2031, 3, 5)
YEAR = "三、2031年重点工作\n"
PLAN = "二、“十六五”时期主要目标任务\n"


def test_a_year_in_the_name_of_a_commitment_frames_nothing_near_it() -> None:
    text = (
        PLAN + "推动绿色转型。履行2040年某领域国家自主贡献目标。"
        "单位产值用水量和排放量分别降低10%、12%。\n"
    )
    assert goals_of(text, DATE) == [(10.0, "%", 2035), (12.0, "%", 2035)]


def test_a_start_with_its_measure_after_from_is_the_baseline() -> None:
    goals = find_goals(YEAR + "将某项补贴的起点从年收入8万元提高到12万元。\n", DATE)
    assert [(float(g.value), g.unit) for g in goals] == [(12.0, "万元")]
    assert goals[0].baseline == 8


def test_a_figure_set_lower_than_last_year_is_a_decrease() -> None:
    goals = find_goals(YEAR + "今年某项比率拟按2.5%左右安排、比去年有所下调。\n", DATE)
    assert [(float(g.value), g.direction) for g in goals] == [(2.5, "decrease")]
    rising = find_goals(YEAR + "今年某项比率拟按2.5%左右安排。\n", DATE)
    assert [g.direction for g in rising] == ["increase"]


def test_a_fee_cut_by_a_bare_jiang_is_a_rate_of_decrease() -> None:
    goals = find_goals(YEAR + "中小企业某类服务平均收费再降8%。\n", DATE)
    assert [(g.kind, g.direction) for g in goals] == [("rate", "decrease")]


def test_a_past_year_or_plan_compared_with_does_not_make_the_figure_a_report() -> None:
    text = (
        YEAR + "某项支出继续从紧，对某类补助资金增长6.5%、增幅明显高于去年。"
        "将1.5万亿元某类资金纳入某项机制、规模明显大于去年。\n"
    )
    assert goals_of(text, DATE) == [(6.5, "%", 2031), (1.5, "万亿元", 2031)]
    plan = PLAN + "完善某类机制，某项投入年均增长6%以上、力争强度高于“十五五”时期实际。\n"
    assert goals_of(plan, DATE) == [(6.0, "%", 2035)]


def test_a_figure_shared_by_an_open_list_is_one_goal() -> None:
    text = YEAR + "对某类资金增长5%，其中甲类补助、乙类奖补资金等增幅均超过8%。\n"
    assert goals_of(text, DATE) == [(5.0, "%", 2031), (8.0, "%", 2031)]


def test_an_estimate_that_feeds_a_planned_sum_does_not_hedge_it() -> None:
    text = YEAR + "预计今年某类收入继续增长，加上调入资金等，某类支出规模12.5万亿元。\n"
    assert goals_of(text, DATE) == [(12.5, "万亿元", 2031)]
    hedged = YEAR + "预计今年某类收入增长3%，加上调入资金等，某类支出规模12.5万亿元。\n"
    assert goals_of(hedged, DATE) == []


def test_a_threshold_of_who_qualifies_and_a_population_are_no_goals() -> None:
    text = (
        YEAR + "对某类企业年收入不足50万元的部分，减半征收某项费用。"
        "我们有能力保障好13亿人的饮水安全。\n"
    )
    assert goals_of(text, DATE) == []


def test_a_floor_held_strictly_is_maintained() -> None:
    goals = find_goals(YEAR + "严守15亿亩耕地红线。\n", DATE)
    assert [g.direction for g in goals] == ["maintain"]
