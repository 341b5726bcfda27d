"""Rules that provincial work reports of the first year of a plan call for: a section that sets
out to start the plan, a section of the plan's goals after a review of the last one, counts of
designated units, a glossary after the report, comparisons with last year, sizes that say which
things a task is about, the kind of a running total or a yearly output. Sentences invented for
the test."""

from __future__ import annotations

import datetime as dt

from goal_reading import goals_of

from cluster_cli.extract.finder import find_goals

_DATE = dt.date(2026, 1, 20)


def _goals(text: str) -> list[tuple[float, str, int]]:
    return goals_of(text, _DATE)


def test_a_heading_that_starts_a_plan_frames_the_plans_first_year() -> None:
    """…推动“十五五”开好局、起好步: the section's tasks are the document's year's (the plan's
    first), not the plan's end."""
    text = (
        "三、一鼓作气勇争先，全力推动“十五五”开好局、起好步\n"
        "做好各项工作意义重大。\n"
        "（一）壮大实体经济。新增规上工业企业1000家以上。\n"
    )
    assert _goals(text) == [(1000.0, "家", 2026)]


def test_a_lead_that_opens_on_its_year_frames_the_section() -> None:
    """A heading without a year, then 2026年是…: the section is that year's, not the plan's a
    later sentence of the lead names."""
    text = (
        "三、奋力开创新局面\n"
        "2026年是“十五五”开局之年。我们将落细落实“十五五”时期各项目标任务。\n"
        "（一）壮大实体经济。新增规上工业企业1000家以上。\n"
    )
    assert _goals(text) == [(1000.0, "家", 2026)]


def test_a_plan_named_for_its_projects_frames_no_later_sentence() -> None:
    """启动“十五五”重大项目: the plan's projects, begun this year; no frame for what follows."""
    text = (
        "三、2026年重点工作\n"
        "（一）扩大有效投资。靠前启动具备条件的“十五五”重大项目。"
        "面向民间资本推介重大项目总投资不低于2000亿元。\n"
    )
    assert _goals(text) == [(2000.0, "亿元", 2026)]


def test_the_goals_section_of_the_next_plan_after_a_review_of_the_last() -> None:
    """“十四五”时期发展成就和“十五五”时期主要目标任务: a review, then the plan's goals; the
    indicators a plan sets (设置了29项主要指标，包括：…) are its goals, due at the plan's end."""
    text = (
        "二、“十四五”时期发展成就和“十五五”时期主要目标任务\n"
        "“十四五”时期是极不平凡的五年，地区生产总值年均增长5.2%。\n"
        "《纲要草案》从创新、协调、绿色等6个维度设置了29项主要指标，包括：地区生产总值年均增速"
        "4.5%以上，全员劳动生产率达58万元/人左右，生产安全事故死亡率控制在0.6人/百亿元以下，等等。\n"
    )
    assert _goals(text) == [
        (4.5, "%", 2030),
        (58.0, "万元/人", 2030),
        (0.6, "人/百亿元", 2030),
    ]


def test_counts_of_designated_units_are_their_scope() -> None:
    """Clusters and counties a verb works on (做优做强, 做强…等, 支持, 提升) are there already;
    a policy package's size and the members of a list counted are no goals; new ones are."""
    text = (
        "三、2026年重点工作\n"
        "做优做强5个国家先进制造业集群，做强生物医药等3个国家级战略性新兴产业集群，"
        "新培育4个省级先进制造业集群。"
        "支持29个扩权赋能县（市）率先高质量发展，提升39个欠发达县域托底性帮扶质效，"
        "推动16个县（市、区）整县建成美丽乡村。"
        "实施住房保障、创业服务等十条支持措施。"
        "推动东北、西北、西南、东南四个片区内城市共同实施一批重大合作事项。\n"
    )
    assert _goals(text) == [(4.0, "个", 2026), (16.0, "个", 2026)]


def test_a_glossary_after_the_report_holds_no_goals() -> None:
    text = (
        "三、2026年重点工作\n"
        "新改建农村公路6000公里。\n"
        "名词解释\n"
        "1.“四向八廊”：东南西北4个方向8条进出川综合交通走廊。\n"
    )
    assert _goals(text) == [(6000.0, "公里", 2026)]


def test_a_comparison_with_last_year_after_the_figure_is_no_report() -> None:
    text = (
        "三、2026年重点工作\n"
        "主要预期目标是：经济增长5%左右，粮食产量1300亿斤以上、力争比去年实现更多增长。\n"
    )
    assert _goals(text) == [(5.0, "%", 2026), (1300.0, "亿斤", 2026)]


def test_a_size_that_says_which_things_is_no_goal() -> None:
    """10万千瓦及以下燃煤机组, 年运量150万吨以上的物流园区: which units a task is about."""
    text = (
        "三、2026年重点工作\n"
        "关停淘汰10万千瓦及以下燃煤机组。"
        "推动大宗货物年运量150万吨以上的物流园区接入铁路专用线。"
        "新增光伏装机100万千瓦以上。\n"
    )
    assert _goals(text) == [(100.0, "万千瓦", 2026)]


def test_kinds_of_services_run_running_totals_and_yearly_output() -> None:
    """班次 is a unit; services run and a yearly output are levels; 新（改）建 adds things; a
    running total after a flow of the same unit is the stock it leads to; removals decrease."""
    text = (
        "三、2026年重点工作\n"
        "开行中欧班列4000班次。确保生猪出栏6000万头以上。新（改）建高标准农田300万亩以上。"
        "新增1000处信号灯联网、累计达8000处。拆除违法建设500万平方米。\n"
    )
    read = [(float(g.value), g.unit, g.kind, g.direction) for g in find_goals(text, _DATE)]
    assert read == [
        (4000.0, "班次", "level", "increase"),
        (6000.0, "万头", "level", "increase"),
        (300.0, "万亩", "cumulative", "increase"),
        (1000.0, "处", "cumulative", "increase"),
        (8000.0, "处", "level", "increase"),
        (500.0, "万平方米", "cumulative", "decrease"),
    ]


def test_a_rate_per_amount_of_output_is_a_share() -> None:
    text = "到2030年，单位地区生产总值生产安全事故死亡率控制在0.6人/百亿元以下。"
    (goal,) = find_goals(text, _DATE)
    assert (float(goal.value), goal.unit, goal.kind, goal.direction) == (
        0.6,
        "人/百亿元",
        "share",
        "decrease",
    )


def test_regions_are_places_and_names_end_with_their_noun() -> None:
    """实施省级… names no place; a place in a list of places is one of several; a name runs to
    its bracket's close and to the noun a list of what it is like describes."""
    text = (
        "福建省2026年政府工作报告\n"
        "三、2026年重点工作\n"
        "实施省级重点技改项目200项以上。\n"
        "支持福州、厦门、三明等地率先建设美丽城市，完成10个整县推进美丽乡村建设。\n"
        "打造40个吸引力强、带动面广的消费场景。推动16个县（市、区）整县建成美丽乡村。\n"
        "福建省将持续推进高质量发展。\n"
    )
    goals = find_goals(text, _DATE)
    assert [g.region for g in goals] == ["福建"] * 4
    assert [g.quote for g in goals[2:]] == [
        "打造40个吸引力强、带动面广的消费场景",
        "推动16个县（市、区）整县建成美丽乡村",
    ]
