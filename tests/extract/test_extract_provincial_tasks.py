"""Rules that four more provincial work reports of 2026 called for: a task heading with a word
of review in it, counts of things there are or under way and of a plan's own parts, units with
their endings (亿方, 万吨/年), capacities and people counted after a verb that carries on, the
kind of land treated and of points of a share, and a far vision's year named as context.
Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

from goal_reading import goals_of

from cluster_cli.extract.finder import find_goals

_DATE = dt.date(2026, 1, 20)
_TASKS = "三、2026年重点工作\n"


def _goals(text: str) -> list[tuple[float, str, int]]:
    return goals_of(text, _DATE)


def test_a_task_heading_with_a_word_of_review_keeps_its_frame() -> None:
    """（五）加快释放改革开放成效: a verb of doing governs 成效, the section is a task's; a
    heading that looks back (取得的主要成效) is a review."""
    text = _TASKS + "（五）加快释放改革开放成效\n提升产业开放水平，实际使用外资40亿美元。\n"
    assert _goals(text) == [(40.0, "亿美元", 2026)]
    looking_back = "一、“十四五”时期取得的主要成效\n全省实际使用外资达到40亿美元。\n"
    assert _goals(looking_back) == []


def test_counts_of_things_there_are_under_way_or_of_the_plan_are_no_goals() -> None:
    """Chains and carriers a verb works on, projects under way and the parts of the plan are
    scope; chains and plants to build are goals."""
    text = _TASKS + (
        "（一）推动强链壮群。壮大12条重点产业链和先进制造业集群。"
        "支持18个国家级产业融合载体延伸上下游产业链。"
        "加快甲乙、丙丁等5条高铁，京沪扩容、丙戊等14条高速公路，以及重大水利工程建设。"
        "加快7个抽水蓄能电站建设。新培育3条产业链，新建4个抽水蓄能电站。\n"
    )
    assert _goals(text) == [(3.0, "条", 2026), (4.0, "个", 2026)]
    plan = (
        "二、“十五五”时期主要目标\n"
        "《纲要（草案）》从经济发展、民生福祉等5个方面细化提出20项主要指标。"
        "提出地区生产总值年均增长5%左右。\n"
    )
    assert _goals(plan) == [(5.0, "%", 2030)]


def test_units_with_their_endings() -> None:
    """亿方 (cubic metres) and a rate per year (万吨/年) are read whole; new capacity that is
    completed is added."""
    text = _TASKS + (
        "（一）保障能源供应。新增天然气产量12亿方以上。力争甲煤矿、乙煤矿产能1200万吨/年建成试运转。\n"
    )
    goals = find_goals(text, _DATE)
    read = [(float(g.value), g.unit, g.kind, g.qualifier) for g in goals]
    assert read == [
        (12.0, "亿方", "cumulative", "at_least"),
        (1200.0, "万吨/年", "cumulative", "exact"),
    ]


def test_a_capacity_after_named_projects_and_people_trained_are_goals() -> None:
    """推动A二期、B二期等N万千瓦机组建成投运: a total of capacity, not a count of the things
    listed; 抓好1万名乡村医生线下培训: people trained, not things put to use."""
    text = _TASKS + (
        "（一）强化电力保障。推动甲电厂二期、乙电厂二期等360万千瓦机组建成投运。\n"
        "（二）办好民生实事。抓好2万名乡村医生线下培训。\n"
    )
    assert _goals(text) == [(360.0, "万千瓦", 2026), (2.0, "万名", 2026)]


def test_land_treated_is_an_amount_done() -> None:
    """完成造林种草N万亩，治理沙化土地N万亩: each an amount done in the year."""
    text = _TASKS + "（一）筑牢生态屏障。完成造林种草50万亩，治理沙化土地70万亩。\n"
    kinds = [(float(g.value), g.kind) for g in find_goals(text, _DATE)]
    assert kinds == [(50.0, "cumulative"), (70.0, "cumulative")]


def test_a_far_visions_year_named_as_context_is_no_deadline() -> None:
    """综合考虑实现2035年远景目标…，提出…年均增长5%: the 十五五's goal, due in 2030."""
    text = (
        "二、“十五五”时期主要目标\n"
        "综合考虑实现2035年远景目标和现实支撑条件，提出地区生产总值年均增长5%左右。\n"
    )
    assert _goals(text) == [(5.0, "%", 2030)]


def test_points_of_a_share_are_a_share() -> None:
    """城镇化率提高0.9个百分点, 比重提高1个百分点: a ratio raised; 利率下降0.2个百分点, 增速
    高于…2个百分点: a rate."""
    text = _TASKS + (
        "（一）推进新型城镇化。力争全省城镇化率提高0.8个百分点以上，"
        "研发经费投入强度提高0.1个百分点，贷款平均利率下降0.2个百分点。\n"
    )
    kinds = [(float(g.value), g.kind) for g in find_goals(text, _DATE)]
    assert kinds == [(0.8, "share"), (0.1, "share"), (0.2, "rate")]


def test_a_sum_or_programme_set_down_is_planned_and_a_bare_rate_is_quoted_with_its_subject() -> (
    None
):
    """设立10亿元…基金, 实施省级重点项目640个: set down (planned); 收入超1万亿元、增长8%: the
    rate's quote names its indicator."""
    text = _TASKS + (
        "（一）繁荣文旅。力争重点文旅产业收入超1万亿元、增长8%。实施省级重点项目600个。"
        "设立10亿元绿色发展补偿基金。\n"
    )
    read = [(g.quote, g.qualifier) for g in find_goals(text, _DATE)]
    assert read == [
        ("力争重点文旅产业收入超1万亿元", "at_least"),
        ("力争重点文旅产业收入超1万亿元、增长8%", "exact"),
        ("实施省级重点项目600个", "planned"),
        ("设立10亿元绿色发展补偿基金", "planned"),
    ]
