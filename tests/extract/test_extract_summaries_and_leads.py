"""Rules for summaries set out as marked lists, year plans that open on their year, news leads
on a plan with its years, the scope a task turns on, support given at a rate, 达 before a
figure and a doubling written without a numeral (翻番). Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

from goal_reading import goals_of

from cluster_cli.extract.finder import find_goals

_SUMMARY = (
    "报告摘要\n\n"
    "    ■ 2024年成绩单\n\n"
    "    ●预计全省地区生产总值增长5%左右\n\n"
    "    ●粮食总产达到300亿斤\n\n"
    "    ●城乡居民收入稳步增长\n\n"
    "    ■ 2025年主要预期目标\n\n"
    "    ●经济增长5.5%左右\n\n"
    "    ●城镇新增就业40万人以上\n\n"
    "    ●粮食产量继续保持280亿斤以上\n"
)


def test_marked_lines_of_a_summary_are_items_of_their_own() -> None:
    """●… lines, a blank line between them and no full stop: each is an item, and a line
    marked otherwise (■…) titles the part its items make up, a year past or the year's aims."""
    assert goals_of(_SUMMARY, dt.date(2025, 1, 20)) == [
        (5.5, "%", 2025),
        (40.0, "万人", 2025),
        (280.0, "亿斤", 2025),
    ]


def test_an_item_is_quoted_without_its_mark() -> None:
    quotes = [g.quote for g in find_goals(_SUMMARY, dt.date(2025, 1, 20))]
    assert quotes[0] == "经济增长5.5%左右"


_YEAR_PLAN = (
    "2026年，是实施“十五五”规划的开局之年，是全区转型发展的关键之年。"
    "为确保开好局、起好步，按照规划总体部署，现将加力推动产业发展行动安排如下。\n"
    "一、行动目标\n"
    "坚持以推动高质量发展为主题，加快传统产业转型升级，前瞻布局未来产业。\n"
    "——产业能级实现新跨越。科技服务业营业收入同比增长15%。\n"
    "——创新能力获得新突破。认定科技型企业100家，技术合同成交额同比增长20%。\n"
)


def test_a_text_that_opens_on_its_year_plans_for_that_year() -> None:
    """2026年，是…开局之年 as the first words: the text, of unknown date, is that year's plan,
    and 同比增长15% in it is the year's aim, not a report."""
    assert goals_of(_YEAR_PLAN, None) == [(15.0, "%", 2026), (100.0, "家", 2026), (20.0, "%", 2026)]
    # elsewhere, a growth year on year is still a report
    text = "一季度，全市规模以上工业增加值同比增长6.5%，高技术制造业增加值同比增长12%。"
    assert goals_of(text, dt.date(2026, 4, 20)) == []
    text = "今年以来，全区科技服务业营业收入同比增长15%。"
    assert goals_of(text, dt.date(2026, 6, 1)) == []


def test_a_news_lead_on_a_plan_dates_the_goals_reported_after_it() -> None:
    """记者…获悉，南京出台《…三年行动计划（2020-2022年）》: a later paragraph of the report
    that names no year states the plan's goals, to its last year."""
    text = (
        "记者27日获悉，某市出台《数字经济发展三年行动计划(2020-2022年)》，提出以数字化为主线。\n"
        "行动计划提出，到2022年，全市数字经济增加值达到5000亿元。\n"
        "数字化转型方面，全市网络零售额将达到2600亿元，规上企业工业互联网应用覆盖率达80%以上，"
        "打造5个产业数字化融合发展示范区。\n"
    )
    assert goals_of(text, dt.date(2020, 5, 29)) == [
        (5000.0, "亿元", 2022),
        (2600.0, "亿元", 2022),
        (80.0, "%", 2022),
        (5.0, "个", 2022),
    ]
    text = (  # a plan over is no frame for its news
        "某市出台《数字经济发展三年行动计划(2017-2019年)》。\n"
        "数字化转型方面，全市网络零售额将达到2600亿元。\n"
    )
    assert goals_of(text, dt.date(2021, 5, 29)) == []


def test_counts_a_task_turns_on_are_there_already() -> None:
    """围绕27个重点链条、68家“链主”企业: the chains and firms the work turns on, each count."""
    text = "到2026年，围绕27个重点链条、68家“链主”企业，深入开展强链行动，新培育专精特新企业100家。"
    assert goals_of(text, dt.date(2023, 3, 1)) == [(100.0, "家", 2026)]


def test_support_at_a_rate_is_no_goal() -> None:
    """按照…的30%给予支持: the rate a measure supports at, like 按10%给予补助."""
    text = (
        "到2028年，新增规上工业企业500家。符合条件的，按照最高不超过产品销售合同金额的30%给予支持。"
    )
    assert goals_of(text, dt.date(2026, 1, 9)) == [(500.0, "家", 2028)]


def test_da_right_before_a_figure_reaches_it() -> None:
    """覆盖率达90%以上: 达 before its figure says the level to reach, as 达到 does."""
    text = (
        "市政府印发《制造业数字化行动方案（2024—2026年）》。\n"
        "方案明确，建成工业互联网平台，规上企业工业互联网应用覆盖率达90%以上。\n"
    )
    assert goals_of(text, dt.date(2024, 5, 1)) == [(90.0, "%", 2026)]


def test_a_doubling_without_a_numeral() -> None:
    """翻番 is 翻一番; stated again with its owner and verb placed otherwise, it is one goal."""
    text = (
        "到2024年底，实现数字经济核心产业增加值翻番。"
        "规划提出，到2024年底，我省数字经济核心产业增加值实现翻番，达到5500亿元。"
    )
    assert goals_of(text, dt.date(2022, 9, 14)) == [(1.0, "番", 2024), (5500.0, "亿元", 2024)]
    assert goals_of("到2025年，推动数字经济实现翻番式增长。", dt.date(2022, 9, 14)) == []
