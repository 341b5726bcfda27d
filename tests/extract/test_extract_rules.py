"""The rules one by one, on sentences written for the test, with hand-checked answers."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from cluster_cli.extract.deadlines import delivery_date, five_year_plan, frames, title_year
from cluster_cli.extract.finder import find_goals
from cluster_cli.extract.numbers import chinese_to_int, parse_number, quantities
from cluster_cli.extract.segment import flatten


@pytest.mark.parametrize(
    ("text", "value"),
    [("三", 3), ("十", 10), ("十二", 12), ("两千", 2000), ("一万五千", 15000), ("二〇二五", 2025)],
)
def test_chinese_numerals(text: str, value: int) -> None:
    assert chinese_to_int(text) == value


def test_numbers_with_commas_and_decimals() -> None:
    assert parse_number("1,250.5") == Decimal("1250.5")
    assert parse_number("两千") == Decimal(2000)
    assert parse_number("x") is None


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("规模达2000亿元", "2000", "亿元"),
        ("突破两千亿元", "2000", "亿元"),
        ("达到30万元/人左右", "30", "万元/人"),
        ("引进五大平台", "5", "个"),
        ("新增就业100万人以上", "100", "万人"),
        ("高于全省2个百分点", "2", "个百分点"),
    ],
)
def test_quantities_keep_the_unit_as_written(text: str, value: str, unit: str) -> None:
    found = quantities(text)
    assert [(str(q.value), q.unit) for q in found] == [(value, unit)]


def test_time_spans_and_bare_size_words_are_not_quantities() -> None:
    assert quantities("5个工作日内办结") == []
    assert quantities("百亿元级产业") == []


def test_five_year_plans() -> None:
    assert five_year_plan(14) == (2021, 2025)
    assert five_year_plan(15) == (2026, 2030)


def test_frames_resolve_relative_years_from_the_document_year() -> None:
    text = "今年新增10家，明年再建5家，未来5年建成20个，到2027年达到30个，比2020年翻一番"
    found = {f.words: f.deadline for f in frames(text, 0, len(text), 2026)}
    assert found["今年"] == 2026
    assert found["明年"] == 2027
    assert found["未来5年"] == 2030
    assert found["到2027年"] == 2027
    assert "比2020年" not in found  # a baseline, not a deadline


def test_a_past_year_is_a_review() -> None:
    text = "2024年全市生产总值增长5%"
    (frame,) = frames(text, 0, len(text), 2026)
    assert frame.past and frame.deadline is None


def test_delivery_date_from_the_subtitle() -> None:
    assert delivery_date("报告\n——2026年2月3日在上海市第十六届人民代表大会第四次会议上\n") == (
        2026,
        2,
        3,
    )


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("2024年政府工作报告\n今年……", 2024),
        ("苏州市2025年工作要点\n一、……", 2025),
        ("关于2023年计划执行情况与2024年计划草案的报告\n", None),  # two years: --date decides
        ("2024年全市经济运行情况\n", None),  # not a plan of its year
        ("一、今年工作\n2024年政府工作报告", None),  # only the first line is the title
    ],
)
def test_a_work_report_title_gives_the_year_it_plans_for(text: str, year: int | None) -> None:
    assert title_year(text) == year


def test_this_year_of_an_unknown_year_never_takes_another_sentence_deadline() -> None:
    """今年 in a text of unknown date is the document's year, not the 2025 of the sentence
    before: without a year for it, the figure is not proposed at all."""
    text = (
        "三、重点工作\n到2025年，力争全市集成电路产业规模达2000亿元。"
        "今年主要预期目标是：地区生产总值增长5%左右。\n"
    )
    deadlines = {p.quote: p.deadline for p in find_goals(text)}
    assert deadlines == {"力争全市集成电路产业规模达2000亿元": 2025}
    dated = {p.quote: p.deadline for p in find_goals(text, dt.date(2024, 1, 20))}
    assert dated.get("地区生产总值增长5%左右") == 2024


def test_pdf_layout_whitespace_is_squeezed_and_mapped_back() -> None:
    source = "力争全 市 集 成\n电 路 产 业 规 模 达 2000 亿\n元 。\n"
    flat = flatten(source)
    assert flat.text.startswith("力争全市集成电路产业规模达2000亿元。")
    start = flat.text.index("2000")
    quote, first, last = flat.quote(start, start + 6)
    assert source[first:last] == quote
    assert "".join(quote.split()) == "2000亿元"


def _one(text: str, date: dt.date | None = dt.date(2026, 1, 14)) -> list[tuple[object, ...]]:
    return [
        (float(p.value), p.unit, p.deadline, p.kind, p.direction, p.qualifier)
        for p in find_goals(text, date)
    ]


def test_a_work_report_target_list() -> None:
    text = (
        "三、2026年重点工作\n今年经济社会发展主要预期目标为：全省生产总值增长5%—5.5%；"
        "城镇调查失业率5%以内；居民消费价格涨幅2%左右。\n"
    )
    assert _one(text) == [
        (5.0, "%", 2026, "rate", "increase", "at_least"),
        (5.0, "%", 2026, "level", "decrease", "at_most"),
        (2.0, "%", 2026, "rate", "maintain", "about"),
    ]


def test_a_fifteenth_plan_goal_and_share() -> None:
    text = "到2030年，全社会研发投入强度达到3.5%以上，常住人口城镇化率达到78%左右。\n"
    assert _one(text) == [
        (3.5, "%", 2030, "share", "increase", "at_least"),
        (78.0, "%", 2030, "share", "increase", "about"),
    ]


def test_one_verb_for_several_counts() -> None:
    text = "今年要新认定省级概念验证中心20家、省级中试平台10家。\n"
    goals = find_goals(text, dt.date(2026, 1, 14))
    assert [(int(g.value), g.unit, g.kind) for g in goals] == [
        (20, "家", "cumulative"),
        (10, "家", "cumulative"),
    ]
    assert goals[1].quote == "省级中试平台10家"


def test_the_shiwuwu_section_gives_2030() -> None:
    text = "二、“十五五”时期的主要目标任务\n海洋生产总值占GDP比重达到14%左右。\n"
    assert _one(text) == [(14.0, "%", 2030, "share", "increase", "about")]


def test_review_figures_and_estimates_are_not_goals() -> None:
    text = (
        "一、2025年主要工作回顾\n全省生产总值增长5.5%，新增高新技术企业6000家。\n"
        "二、2026年主要任务\n去年全市生产总值突破2万亿元。专家表示，今年有望达到2.2万亿元。"
        "今年一季度新增企业300家。\n"
    )
    assert _one(text) == []


def test_names_ordinals_and_size_classes_are_not_goals() -> None:
    text = (
        "到2027年，实施“12530”行动计划，办好第21届博览会，打造3个千亿元级产业集群，"
        "排名前10位，开通12345热线。\n"
    )
    assert [(float(p.value), p.unit) for p in find_goals(text, dt.date(2026, 1, 1))] == [
        (3.0, "个")
    ]


def test_plan_year_named_in_a_title() -> None:
    text = "《集成电路产业创新集群2025行动计划》提出，培育创新领航企业30家。\n"
    assert _one(text, None) == [(30.0, "家", 2025, "cumulative", "increase", "exact")]


def test_shisiwu_in_a_news_report() -> None:
    text = "根据相关规划，“十四五”时期，杭州力争生产总值突破2.3万亿元，年均增长6%以上。\n"
    assert _one(text, dt.date(2021, 11, 8)) == [
        (2.3, "万亿元", 2025, "level", "increase", "at_least"),
        (6.0, "%", 2025, "rate", "increase", "at_least"),
    ]


@pytest.mark.parametrize(
    ("written", "words"),
    [
        ("“十四五“时期", "十四五"),  # a typo in the source: the opening mark twice
        ("十四五”时期", "十四五时期"),
        ("“十四五”时期", "“十四五”时期"),
        ("十四五时期", "十四五时期"),
    ],
)
def test_a_plan_is_named_without_a_quotation_mark_left_open(written: str, words: str) -> None:
    text = f"根据相关规划，{written}，杭州力争生产总值突破2.3万亿元。\n"
    (goal,) = find_goals(text, dt.date(2021, 11, 8))
    assert goal.deadline == 2025
    shown = [reason("zh") for reason in goal.reasons]
    assert f"{words}是截至 2025 年的五年规划" in shown, shown
    assert all(s.count("“") == s.count("”") and s.count("‘") == s.count("’") for s in shown)


def test_a_deadline_taken_from_elsewhere_is_said_once() -> None:
    """The assumption says where the deadline comes from; a reason saying it again would be
    read twice in the draft and in --json."""
    text = "到2025年，主要目标如下。\n\n培育创新领航企业30家。\n"
    goals = find_goals(text, dt.date(2023, 1, 1))
    (goal,) = [g for g in goals if g.value == 30]
    said = [s("zh") for s in (*goal.reasons, *goal.assumptions)]
    assert sum("期限 2025 年" in s for s in said) == 1, said


def test_quotes_are_verbatim_slices_of_the_text() -> None:
    text = "到 2027 年，新增\n就业 100 万人以上。\n"
    (goal,) = find_goals(text, dt.date(2026, 1, 1))
    assert text[goal.start : goal.end] == goal.quote
    assert (float(goal.value), goal.unit) == (100.0, "万人")
