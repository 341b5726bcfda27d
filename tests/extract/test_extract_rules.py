"""The rules one by one, on sentences written for the test, with hand-checked answers."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from goal_reading import goals_of

from cluster_cli.extract.deadlines import (
    delivery_date,
    document_year,
    five_year_plan,
    frames,
    title_year,
)
from cluster_cli.extract.finder import find_goals
from cluster_cli.extract.numbers import chinese_to_int, parse_number, quantities
from cluster_cli.extract.segment import flatten, sentences


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
        ("完成屋面改造50万平米", "50", "万平米"),
        ("满意度达到90分以上", "90", "分"),
    ],
)
def test_quantities_keep_the_unit_as_written(text: str, value: str, unit: str) -> None:
    found = quantities(text)
    assert [(str(q.value), q.unit) for q in found] == [(value, unit)]


def test_time_spans_and_bare_size_words_are_not_quantities() -> None:
    # a span of time is a quantity, a goal only as a limit (test_extract_describing)
    assert [q.unit for q in quantities("5个工作日内办结")] == ["个工作日"]
    assert quantities("3个月内办结") == []
    assert quantities("百亿元级产业") == []
    assert [q.start for q in quantities("零部件产值4000亿元")] == [5]  # 零部 is not a number


def test_a_score_is_a_goal_only_where_it_is_named() -> None:
    """满意度达到90分: a score; 扣2分 points of a rule; 三分之二, 十分 are no figures."""
    tasks = "三、2026年重点工作\n"
    assert _dated(tasks + "今年群众安全感满意度达到95分以上。\n", dt.date(2026, 1, 14)) == [
        (95.0, 2026)
    ]
    assert _dated(tasks + "今年对未按期整改的单位每项扣2分。\n", dt.date(2026, 1, 14)) == []
    assert quantities("三分之二以上成员同意，十分重要") == []


def test_days_are_a_goal_as_a_count_of_days() -> None:
    """空气优良天数达到330天 counts days; 开放7天 is a span of time."""
    text = "三、2026年重点工作\n确保空气优良天数达到330天，图书馆每周开放7天。\n"
    assert _dated(text, dt.date(2026, 1, 14)) == [(330.0, 2026)]


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
        dt.date(2026, 2, 3)
    )
    mistyped = "报告\n——2026年2月30日在上海市第十六届人民代表大会第四次会议上\n"
    assert delivery_date(mistyped) is None  # no such day for the JSON's date
    assert document_year(mistyped, None) == 2026  # but its year times the goals


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("2024年政府工作报告\n今年……", 2024),
        ("苏州市2025年工作要点\n一、……", 2025),
        ("某区城市更新2025年度实施计划\n", 2025),
        ("某区城市更新实施计划（2023—2025年）\n", None),  # a span of years
        ("2023—2025年某区城市更新实施计划\n", None),
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


def _dated(text: str, date: dt.date | None) -> list[tuple[float, int]]:
    """Each goal's value and deadline."""
    return [(float(g.value), g.deadline) for g in find_goals(text, date)]


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


# ------------------------------------------------------------- patterns of plans and work points


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 不 turns a bound round: 不超过 is at most, 不低于 at least.
        ("城镇调查失业率不超过5.5%。", (5.5, "%", "level", "decrease", "at_most")),
        ("单位GDP能耗不高于0.4吨标准煤。", (0.4, "吨标准煤", "level", "decrease", "at_most")),
        ("参股比例不低于10%。", (10.0, "%", "share", "increase", "at_least")),
        ("力争迈上9000亿元台阶。", (9000.0, "亿元", "level", "increase", "at_least")),
        # A share raised or lowered to a level is a share, not a growth rate.
        ("本地配套率提高到70%。", (70.0, "%", "share", "increase", "exact")),
        ("研发投入强度提高至3.2%。", (3.2, "%", "share", "increase", "exact")),
        # Percentages written out, and Chinese numbers with 万 inside.
        ("社会消费品零售总额增长百分之五左右。", (5.0, "%", "rate", "increase", "about")),
        ("城镇新增就业一万二千人以上。", (12000.0, "人", "cumulative", "increase", "at_least")),
        # Units of measure as written, and an age only as a life expectancy.
        ("实际使用外资达到150亿美元。", (150.0, "亿美元", "level", "increase", "exact")),
        ("森林蓄积量达到1600万立方米。", (1600.0, "万立方米", "level", "increase", "exact")),
        ("PM2.5平均浓度降至25微克/立方米。", (25.0, "微克/立方米", "level", "decrease", "exact")),
        ("人均预期寿命达到85岁。", (85.0, "岁", "level", "increase", "exact")),
        ("动力电池产能达到200吉瓦时。", (200.0, "吉瓦时", "level", "increase", "exact")),
        # A round size reached, without a digit.
        ("规上工业总产值突破万亿元。", (1.0, "万亿元", "level", "increase", "at_least")),
        # A count in Chinese numerals after its noun, its verb at the clause's start.
        ("新增上市企业十家。", (10.0, "家", "cumulative", "increase", "exact")),
        # 建成…个以上 with no word of adding: a stock to reach (some villages are there already)
        ("建成示范村三十个以上。", (30.0, "个", "level", "increase", "at_least")),
        ("新建示范村三十个以上。", (30.0, "个", "cumulative", "increase", "at_least")),
        ("人才资源总量突破三百万人。", (300.0, "万人", "level", "increase", "at_least")),
        # The size of the things counted is not the goal, and does not make the count a level.
        ("培育营收超10亿元企业15家。", (15.0, "家", "cumulative", "increase", "exact")),
        # An age limit is not a direction; grain held does not hold new farmland.
        ("每千人口拥有3岁以下婴幼儿托位数达到4.5个。", (4.5, "个", "level", "increase", "exact")),
        # More units, and phrases of plans that read as reports elsewhere.
        ("累计完成工业投资600亿元。", (600.0, "亿元", "cumulative", "increase", "exact")),
        ("低空飞行年飞行量达到50万架次。", (50.0, "万架次", "level", "increase", "exact")),
        ("研发人员全时当量达到12万人年。", (12.0, "万人年", "level", "increase", "exact")),
        ("劳动年龄人口平均受教育年限达到11.8年。", (11.8, "年", "level", "increase", "exact")),
        ("婴儿死亡率控制在3‰以下。", (3.0, "‰", "share", "decrease", "at_most")),
        ("一般公共预算收入增长3%。", (3.0, "%", "rate", "increase", "exact")),  # not planned
        # Things brought in are added up, whatever they are called.
        ("引进500强企业投资项目10个。", (10.0, "个", "cumulative", "increase", "exact")),
        ("高新技术企业总数达到400家。", (400.0, "家", "level", "increase", "exact")),
        ("算力规模达到20EFLOPS。", (20.0, "EFLOPS", "level", "increase", "exact")),
        ("人均地区生产总值比2020年翻一番。", (1.0, "番", "rate", "increase", "exact")),
        ("高新技术企业总数翻两番。", (2.0, "番", "rate", "increase", "exact")),
        ("盘活存量低效用地800亩。", (800.0, "亩", "cumulative", "increase", "exact")),
        ("为企业减税降费30亿元以上。", (30.0, "亿元", "cumulative", "decrease", "at_least")),
        # Rates per 100,000 and ratios, with or without :1.
        ("孕产妇死亡率控制在9/10万以下。", (9.0, "/10万", "share", "decrease", "at_most")),
        ("城乡居民收入比缩小到1.8以内。", (1.8, "", "share", "decrease", "at_most")),
        ("城乡居民收入比缩小到2.1。", (2.1, "", "share", "decrease", "exact")),  # 缩小: less
        ("卫生职业院校生师比不高于16:1。", (16.0, ":1", "share", "decrease", "at_most")),
        # A count in Chinese numerals of the things just listed, in a clause that builds them.
        (
            "打造智能装备基地和新材料、新能源、生物医药三个产业园。",
            (3.0, "个", "cumulative", "increase", "exact"),
        ),
        # A capacity for grain is built up, not held as grain area and output are.
        ("粮食烘干能力达到日烘干2万吨。", (2.0, "万吨", "level", "increase", "exact")),
    ],
)
def test_patterns_of_plans(text: str, expected: tuple[object, ...]) -> None:
    """Each sentence after 到2027年: (value, unit, kind, direction, qualifier)."""
    value, unit, *rest = expected
    assert _one("到2027年，" + text) == [(value, unit, 2027, *rest)]


def test_grain_held_and_farmland_built_in_one_sentence() -> None:
    text = "2026年，粮食播种面积稳定在85万亩以上；新建高标准农田5.2万亩。"
    assert [g[4] for g in _one(text)] == ["maintain", "increase"]


@pytest.mark.parametrize(
    "text",
    [
        "到2027年，对企业数字化改造投入按10%给予补助。",
        "到2027年，给予最高50万元奖励。",
        "2026年，全年新增城镇就业12万人，超额完成年度目标。",
        "到2027年，为全省0—6岁儿童提供服务。",
        "到2027年，对设备投资按实际投资额的10%给予补助。",
        "到2027年，单个企业最高不超过200万元。",
        "到2027年，每个村至少培养1名乡村工匠。",
        "到2027年，用3年时间完成改造。",
        "到2027年，实施十大工程。",
        "去年累计完成工业投资600亿元。",
        "专家表示，到2027年该市产值有望达到3000亿元。",
        "到2027年，对新建充电桩按充电功率给予每千瓦200元。",
        "到2027年，实施03人才集聚工程。",
        # A year past in Chinese numerals, and today's work built on it.
        "二〇二四年，全县生产总值达到312亿元，新增企业31家，为今年工作打下基础。",
        "今年GDP增长6%以上吗",  # a question without its question mark
        "经济总量比2010年翻了一番。",
        # 三大 names the set the list names; it counts nothing to be built.
        "到2027年，重点打造汽车、化工、电子三大产业集群。",
    ],
)
def test_support_achievements_ages_and_opinions_are_not_goals(text: str) -> None:
    assert _one(text) == []


def test_a_list_number_is_not_part_of_the_quote() -> None:
    for text in ("到2027年，（一）新增上市公司5家以上。", "3.到2027年新增上市公司5家以上。"):
        [goal] = find_goals(text, dt.date(2026, 1, 14))
        assert goal.quote.startswith(("到2027年新增", "新增"))


def test_a_year_plan_gives_its_items_its_year() -> None:
    text = (
        "2025年全省商务工作要点\n"
        "一、全力提振消费\n"
        "1.开展消费提振年活动，全年举办促消费活动三千场以上。\n"
        "2.新建改造一刻钟便民生活圈二百个。\n"
        "二、稳外贸\n"
        "3.跨境电商进出口额增长20%。\n"
    )
    goals = find_goals(text, dt.date(2025, 2, 15))
    assert [(float(g.value), g.deadline, g.kind) for g in goals] == [
        (3000.0, 2025, "cumulative"),
        (200.0, 2025, "cumulative"),
        (20.0, 2025, "rate"),
    ]
    assumed = goals[1].assumptions[0]("en")
    assert "2025" in assumed and "the time frame the document's title or opening states" in assumed


def test_items_without_a_time_in_a_text_that_is_not_a_year_plan_stay_out() -> None:
    text = "一、全力提振消费\n1.新建改造一刻钟便民生活圈二百个。\n2.跨境电商进出口额增长20%。\n"
    assert find_goals(text, dt.date(2025, 2, 15)) == []


@pytest.mark.parametrize(
    ("date", "expected"),
    [(dt.date(2021, 6, 1), [(200.0, 2025)]), (dt.date(2026, 3, 1), []), (None, [])],
)
def test_a_plan_period_opening_is_a_review_only_once_the_plan_is_over(
    date: dt.date | None, expected: list[tuple[float, int]]
) -> None:
    text = "“十四五”期间，新增企业200家。\n"
    assert _dated(text, date) == expected


def test_table_cells_are_not_joined_into_one_number() -> None:
    text = "主要指标\n1　地区生产总值（亿元）　5510　8000　7%左右　预期性\n2\t研发投入\t2.9\t3.6\n"
    flat = flatten(text)
    assert "55108000" not in flat.text and "2.93.6" not in flat.text
    assert find_goals(text, dt.date(2021, 3, 1)) == []  # a cell alone says not what it counts


def test_a_letter_spaced_year_is_one_number() -> None:
    assert flatten("到 2 0 2 7 年，建成 1 0 0 家").text.startswith("到2027年，建成100家")


def test_a_numbered_item_wrapped_onto_the_next_line_is_one_sentence() -> None:
    line = "（一）到2025年，新增上市公司5家以上，培育专精特新企业300家，数字经济增加值达到1000"
    text = "\n".join(["这是一行和别的行一样长的正文，用来给出这篇文字的行宽，没有数字。"] * 4)
    text += "\n" + line + "\n亿元。\n"
    goals = find_goals(text, dt.date(2024, 2, 1))
    assert (1000.0, "亿元") in [(float(g.value), g.unit) for g in goals]


def test_a_heading_sentence_does_not_lend_the_next_sentence_its_deadline() -> None:
    text = "一、2024年目标任务\n（一）新增上市公司5家以上。到2025年，新增专精特新企业300家。\n"
    assert _dated(text, dt.date(2024, 2, 1)) == [(5.0, 2024), (300.0, 2025)]


def test_a_sum_set_down_in_a_budget_is_planned() -> None:
    text = "二、2026年重点工作\n今年安排省级财政资金1053.8亿元。\n"
    assert _one(text) == [(1053.8, "亿元", 2026, "level", "increase", "planned")]


def test_an_official_saying_what_will_be_done_states_goals() -> None:
    text = "市科技局负责人表示，今年将新建省级以上创新平台30家。\n"
    assert _one(text) == [(30.0, "家", 2026, "cumulative", "increase", "exact")]


def test_a_milestone_does_not_carry_to_the_next_sentences() -> None:
    text = "到2027年，建成低空起降点150个，其中2026年累计达到130个。建设5G-A基站1000个。\n"
    assert _dated(text, dt.date(2025, 3, 1)) == [
        (150.0, 2027),
        (130.0, 2026),
        (1000.0, 2027),
    ]


def test_a_plan_named_in_the_title_gives_its_items_its_deadline() -> None:
    text = (
        "鹿城市“十五五”卫生健康事业发展规划\n"
        "三、重点任务\n"
        "（二）强化基层医疗卫生服务。全市建成县域医共体20个，诊疗量占比保持在65%以上。\n"
    )
    assert goals_of(text, dt.date(2026, 4, 20)) == [
        (20.0, "个", 2030),
        (65.0, "%", 2030),
    ]


def test_a_year_plan_keeps_its_levels_to_hold() -> None:
    text = (
        "2025年全县农业农村工作要点\n"
        "5.压实粮食安全责任，粮食播种面积稳定在85万亩以上、总产量稳定在6.8亿斤以上。\n"
    )
    assert _one(text, dt.date(2025, 2, 1)) == [
        (85.0, "万亩", 2025, "level", "maintain", "at_least"),
        (6.8, "亿斤", 2025, "level", "maintain", "at_least"),
    ]


def test_years_in_chinese_numerals_are_years() -> None:
    text = "到二〇二七年，建成示范园区12个。二〇二五年三月一日，召开大会。"
    found = frames(text, 0, len(text), 2025)
    assert [(f.words, f.deadline, f.how) for f in found] == [
        ("到二〇二七年", 2027, "year"),
        ("二〇二五年", None, "day"),
    ]


def test_dangnian_is_the_year_of_what_it_follows_not_the_document_year() -> None:
    text = "到2027年，签约项目当年开工率达到60%以上。\n"
    assert [g.deadline for g in find_goals(text, dt.date(2025, 3, 1))] == [2027]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A figure bounded for this year is aimed at; one reported for a past year is not.
        (
            "东湖省去年增长5.6%，今年提出地区生产总值增长5.5%左右。",
            [(5.5, "%", 2026, "rate", "increase", "about")],
        ),
        # 据悉 reports what is planned as well as what was done.
        (
            "据悉，今年该区将确保新增规上工业企业80家。",
            [(80.0, "家", 2026, "cumulative", "increase", "exact")],
        ),
        ("今年地区生产总值增长5.6%，比上年提高0.3个百分点。", []),
    ],
)
def test_this_year_in_the_news(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _one(text) == expected


def test_a_plan_named_for_its_first_year_gives_that_year_not_the_plans_end() -> None:
    text = "2026年是“十五五”开局之年。主要预期目标为：地区生产总值增长6.5%左右。\n"
    assert [g.deadline for g in find_goals(text, dt.date(2026, 1, 20))] == [2026]


@pytest.mark.parametrize(
    "text",
    [
        # 全年 in a paragraph about a year past is that year.
        "报告显示，2024年全省经济稳中向好。全年城镇新增就业58.3万人。\n",
        # A streak is a record, not an aim.
        "到2027年，粮食总产量连续十年稳定在500亿斤以上。\n",
        # A sentence that reports goes on reporting after its first clause.
        "到2027年，建成园区3个。全市已集聚企业320余家，本地配套率达到65%。\n",
    ],
)
def test_reports_in_a_plans_words(text: str) -> None:
    quotes = [g.quote for g in find_goals(text, dt.date(2025, 3, 1))]
    assert not [q for q in quotes if "58.3" in q or "500" in q or "65%" in q], quotes


def test_orders_counted_and_a_count_raised_to_a_level() -> None:
    goals = find_goals(
        "到2027年，低空物流年配送量达到500万单，小巨人企业增加到100家。\n", dt.date(2025, 3, 1)
    )
    assert [(float(g.value), g.unit, g.kind) for g in goals] == [
        (500.0, "万单", "level"),
        (100.0, "家", "level"),
    ]


def test_a_part_follows_the_goal_it_is_part_of() -> None:
    text = "鹿城市“十五五”能源发展规划\n二、重点任务\n新增装机1000万千瓦，其中光伏600万千瓦。\n"
    assert _dated(text, dt.date(2026, 4, 1)) == [(1000.0, 2030), (600.0, 2030)]


def test_a_plan_chapter_opening_on_its_period_dates_its_items() -> None:
    text = (
        "第六章 建设现代化产业体系\n"
        "“十五五”时期，坚持把发展经济的着力点放在实体经济上。\n"
        "第七节 强化要素保障\n"
        "力争新增上市公司30家，引进高层次人才1万名。\n"
    )
    assert _dated(text, dt.date(2026, 3, 1)) == [(30.0, 2030), (1.0, 2030)]


def test_a_plan_looked_to_dates_nothing() -> None:
    looked_to = "今年是“十四五”规划收官之年，也要谋划“十五五”发展。"
    text = looked_to + "主要农作物耕种收综合机械化率达到86%。\n"
    assert [g.deadline for g in find_goals(text, dt.date(2025, 2, 1))] == [2025]


def test_money_set_down_for_this_year_is_a_goal() -> None:
    text = "省级财政今年安排乡村振兴衔接资金86亿元。\n"
    assert _one(text, dt.date(2025, 2, 1)) == [(86.0, "亿元", 2025, "level", "increase", "planned")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The item's own verb, not the list's, when it has one.
        (
            "到2027年，新增高新技术企业50家、总数达到400家。",
            [("家", "cumulative"), ("家", "level")],
        ),
        # One wide space in prose is layout, not a table's cell; thousands apart are one number.
        ("到2027年，全市新增上市企业　20家。", [("家", "cumulative")]),
        ("到2027年，全市新增上市企业  20家。", [("家", "cumulative")]),
        ("到2027年，新增就业10 000人。", [("人", "cumulative")]),
        # A bound before the number makes a this-year figure an aim as one after it does.
        ("今年全市GDP增长不低于5%。", [("%", "rate")]),
        ("今年全市GDP增长5%以上。", [("%", "rate")]),
        # 亿 and 万 in one Chinese number.
        ("到2027年，安排资金一亿五千万元。", [("元", "level")]),
    ],
)
def test_edges_of_numbers_and_lists(text: str, expected: list[tuple[str, str]]) -> None:
    goals = find_goals(text, dt.date(2026, 1, 20))
    assert [(g.unit, g.kind) for g in goals] == expected
    assert all(g.value in (50, 400, 20, 10000, 5, 150_000_000) for g in goals)


@pytest.mark.parametrize(
    "opening",
    ["“十四五”以来，全市经济稳步发展。", "今年工作为“十四五”圆满收官打下基础。"],
)
def test_a_plan_mentioned_in_passing_does_not_date_the_text(opening: str) -> None:
    text = opening + "\n一、社会事业\n全市新建学校10所。\n"
    assert find_goals(text, dt.date(2024, 3, 1)) == []


def test_a_paragraph_about_a_year_past_stays_in_it_until_a_later_frame() -> None:
    text = (
        "二〇二五年工作要点\n"
        "2024年，全省地区生产总值增长5.8%。其中，第二产业增加值增长6.1%。"
        "今年，全省新增规上工业企业100家。\n"
    )
    assert _dated(text, dt.date(2025, 2, 1)) == [(100.0, 2025)]


def test_this_year_after_a_later_deadline_holds_for_the_sentences_after_it() -> None:
    text = "到2028年人工智能核心产业规模突破3000亿元，今年增长20%以上。新增专精特新企业800家。\n"
    assert _dated(text, dt.date(2026, 1, 20)) == [(3000.0, 2028), (20.0, 2026), (800.0, 2026)]


def test_a_rough_size_is_not_a_figure() -> None:
    assert _one("到2027年，新建几十万元的设备更新项目，培育上千家企业。") == []


def test_an_endless_sentence_is_read_in_pieces_cut_at_clause_marks() -> None:
    """A text of one sentence with no full stop (a damaged extraction) is read in pieces of at
    most LONGEST_SENTENCE characters, each ending at a clause mark: the rules' work stays in
    proportion to the text. Sentences people write are left whole."""
    from cluster_cli.extract.segment import LONGEST_SENTENCE

    clause = "到2025年全市产业规模达到100亿元"
    text = "，".join([clause] * 300)
    pieces = sentences(text, 0, len(text))
    assert len(pieces) > 1 and all(e - s <= LONGEST_SENTENCE for s, e in pieces)
    assert all(text[e - 1] == "，" for _, e in pieces[:-1])
    assert "".join(text[s:e] for s, e in pieces) == text
    written = "到2025年全市产业规模达到100亿元，" * 20 + "营收增长5%。"
    assert sentences(written, 0, len(written)) == [(0, len(written))]
    # No clause mark at all: cut at the limit, nothing lost.
    solid = "数" * (LONGEST_SENTENCE * 2 + 5)
    assert [e - s for s, e in sentences(solid, 0, len(solid))] == [2000, 2000, 5]


def test_a_rise_on_the_existing_base_is_no_report() -> None:
    """在现有基础上提高2-3个百分点: a rise on where things stand (现有 here marks no report)."""
    text = "“十四五”期间，西部地区专业人才占人才总量比例在现有基础上提高1-2个百分点。"
    goals = find_goals(text, dt.date(2021, 7, 1))
    assert [(float(g.value), g.unit, g.deadline, g.kind) for g in goals] == [
        (1.0, "个百分点", 2025, "share")
    ]
    assert find_goals("现有企业1200家，“十四五”期间保持稳定。", dt.date(2021, 7, 1)) == []


def test_things_developed_are_counted_as_added() -> None:
    """开发100个…规范: things made in the period (not 开发区, a zone)."""
    text = (
        "某市技能人才发展行动方案（2021—2025年）\n一、总体要求\n提升技能水平。\n"
        "二、重点任务\n开发60个左右职业技能培训课程包。\n"
    )
    goals = find_goals(text, dt.date(2021, 7, 1))
    assert [(float(g.value), g.unit, g.deadline, g.kind) for g in goals] == [
        (60.0, "个", 2025, "cumulative")
    ]


@pytest.mark.parametrize(
    "text", ["覆盖全年龄段", "过去年均增长5%", "未来年均增长5%", "力争提前年底完成"]
)
def test_year_words_inside_longer_words_are_no_frames(text: str) -> None:
    """全年, 去年, 来年, 前年 as pieces of other words: 全年龄段, 过去年均, 未来年均, 提前年底."""
    assert frames(text, 0, len(text), 2024) == []


def test_a_year_past_compared_with_is_still_a_year_past() -> None:
    found = frames("超过去年水平", 0, 6, 2024)
    assert [(f.words, f.past) for f in found] == [("去年", True)]
