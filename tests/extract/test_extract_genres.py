"""Texts of kinds the development set lacks, invented for the test (no real place or figure):
an 实施方案 with 分别 lists, a 十五五 outline, a news report mixing results with goals, and a
PDF's text with spaces and line breaks inside numbers."""

from __future__ import annotations

import datetime as dt

from cluster_cli.extract.finder import find_goals

IMPLEMENTATION_PLAN = (
    "某市加快发展新质生产力实施方案（2025—2027年）\n"
    "一、总体目标\n"
    "到2027年，全市战略性新兴产业增加值占地区生产总值比重达到30%以上，"
    "规模以上工业企业研发机构覆盖率达到50%。"
    "高新技术企业、专精特新“小巨人”企业分别达到3000家、120家。\n"
    "二、重点任务\n"
    "（一）培育创新主体。到2027年，新建省级以上创新平台50个。\n"
)
OUTLINE = (
    "某省国民经济和社会发展第十五个五年规划纲要\n"
    "第二章 主要目标\n"
    "“十五五”时期经济社会发展的主要目标是：地区生产总值年均增长5%左右。"
    "全社会研发经费投入年均增长7%以上。单位地区生产总值能耗累计下降13.5%左右。"
    "累计新增城镇就业300万人左右。到2030年，常住人口城镇化率达到72%左右。\n"
)
NEWS = (
    "某市去年经济运行稳中有进 今年目标瞄准“万亿”\n"
    "本报讯 记者从市统计局获悉，2025年全市地区生产总值达9200亿元，同比增长5.8%；"
    "规上工业增加值突破3000亿元，同比增长7.1%。社会消费品零售总额达到4100亿元。\n"
    "记者从日前召开的市两会上获悉，今年全市地区生产总值预期增长5.5%左右，力争突破1万亿元；"
    "新增城镇就业15万人。市发展改革委负责人说，到2027年，全市数字经济核心产业增加值将达到"
    "1500亿元。\n"
)
PDF_TEXT = (
    "某市制造业数字化转型行动计划\n"
    "到 2 0 2 7 年，全市规模以上工业企\n业数字化改造覆盖率达到 9 5 % ，培育\n"
    "智能工厂 1 0 0 家、数字化车间 1,0\n00 个，工业互联网平台连接设备突破 1 2 0\n万台（套）。\n"
)


def _goals(text: str, date: dt.date | None) -> list[tuple[object, ...]]:
    return [
        (p.name, float(p.value), p.unit, p.deadline, p.kind, p.direction, p.qualifier)
        for p in find_goals(text, date)
    ]


def test_an_implementation_plan_with_a_respectively_list() -> None:
    goals = find_goals(IMPLEMENTATION_PLAN, dt.date(2025, 6, 1))
    assert [(g.name, float(g.value), g.unit, g.kind) for g in goals] == [
        ("全市战略性新兴产业增加值占地区生产总值比重", 30.0, "%", "share"),
        ("规模以上工业企业研发机构覆盖率", 50.0, "%", "share"),
        ("高新技术企业", 3000.0, "家", "level"),  # 分别: each name with its number
        ("专精特新“小巨人”企业", 120.0, "家", "level"),  # and the verb of the list
        ("新建省级以上创新平台", 50.0, "个", "cumulative"),
    ]
    assert {(g.deadline, g.plan_start) for g in goals} == {(2027, 2025)}


def test_the_plan_period_in_the_title_is_the_start_whatever_the_date() -> None:
    goals = find_goals(IMPLEMENTATION_PLAN, dt.date(2026, 1, 20))
    assert {g.plan_start for g in goals} == {2025}
    why = goals[0].plan_start_why
    assert why is not None and "2025—2027年" in why("zh") and "2025—2027年" in why("en")


def test_a_fifteenth_plan_outline() -> None:
    assert _goals(OUTLINE, None) == [
        ("地区生产总值年均增长", 5.0, "%", 2030, "rate", "increase", "about"),
        ("全社会研发经费投入年均增长", 7.0, "%", 2030, "rate", "increase", "at_least"),
        ("单位地区生产总值能耗累计下降", 13.5, "%", 2030, "rate", "decrease", "about"),
        ("累计新增城镇就业", 300.0, "万人", 2030, "cumulative", "increase", "about"),
        ("常住人口城镇化率", 72.0, "%", 2030, "share", "increase", "about"),
    ]
    assert {g.plan_start for g in find_goals(OUTLINE)} == {2026}


def test_news_keeps_the_goals_and_leaves_the_results() -> None:
    assert _goals(NEWS, dt.date(2026, 1, 20)) == [
        ("全市地区生产总值增长", 5.5, "%", 2026, "rate", "increase", "about"),
        ("全市地区生产总值", 1.0, "万亿元", 2026, "level", "increase", "at_least"),
        ("新增城镇就业", 15.0, "万人", 2026, "cumulative", "increase", "exact"),
        ("全市数字经济核心产业增加值", 1500.0, "亿元", 2027, "level", "increase", "exact"),
    ]


def test_pdf_text_with_spaces_and_breaks_inside_numbers() -> None:
    goals = find_goals(PDF_TEXT, dt.date(2025, 3, 1))
    assert [(g.name, float(g.value), g.unit) for g in goals] == [
        ("全市规模以上工业企业数字化改造覆盖率", 95.0, "%"),
        ("培育智能工厂", 100.0, "家"),
        ("数字化车间", 1000.0, "个"),  # 1,0⏎00: one number, not 0
        ("工业互联网平台连接设备", 120.0, "万台"),
    ]
    for goal in goals:
        assert PDF_TEXT[goal.start : goal.end] == goal.quote
