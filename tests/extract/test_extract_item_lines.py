"""Rules that a list of 民生实事, an item to a line, and a work report without its date called
for: a quote ends with its item's line and opens with its verb; a count whose noun starts with
the count's word (10家家门口养老服务站) or a code (4万个5G基站) is a goal; a heading that only
reviews (一、2024年工作回顾) is a review whatever the date. Texts invented for the test."""

from __future__ import annotations

import datetime as dt

from goal_reading import goals_of

from cluster_cli.extract.finder import find_goals

_DATE = dt.date(2024, 1, 18)

_LIST = (
    "1月17日，区人大代表票决出17项为民办实事项目。\n\n"
    "2024年区政府为民办实事项目\n\n"
    "1\n\n"
    "新增100张困难重残养护床位\n\n"
    "改建100张认知障碍照护床位、611张护理型床位\n\n"
    "新增5家老年人助餐点\n\n"
    "2\n\n"
    "新增400个公共充电桩\n"
)


def test_a_quote_keeps_to_its_items_line() -> None:
    quotes = [g.quote for g in find_goals(_LIST, _DATE)]
    assert quotes == [
        "新增100张困难重残养护床位",
        "改建100张认知障碍照护床位",
        "611张护理型床位",
        "新增5家老年人助餐点",
        "新增400个公共充电桩",
    ]


def test_a_text_wrapped_at_a_width_keeps_its_words() -> None:
    """A page wrapped inside words, with blank lines between: the quote reads on."""
    text = (
        "到2025年，提升机构的研发能力与水平，加快建设 27 家新型研发\n\n"
        "机构和 5 家科技公共服务平台；另一方面，通过\n\n改革。\n"
    )
    assert find_goals(text, _DATE)[0].quote == "加快建设 27 家新型研发\n\n机构"


def test_a_noun_that_starts_with_the_counts_word() -> None:
    text = "今年新增10家家门口养老服务站，培育三家家庭农场，推进一个个项目落地。\n"
    assert goals_of(text, _DATE) == [(10.0, "家", 2024), (3.0, "家", 2024)]


def test_a_count_before_a_code() -> None:
    text = "到2025年，建成4万个5G基站，新建20个500千伏变电站。\n"
    assert goals_of(text, dt.date(2023, 3, 1)) == [(4.0, "万个", 2025), (20.0, "个", 2025)]


def test_a_heading_that_reviews_is_a_review_without_a_date() -> None:
    """A report's opening, its date not copied: 2024年 in the heading is no deadline."""
    text = (
        "各位代表：现在，我代表市人民政府，向大会报告工作，请予审议。\n"
        "一、2024年工作回顾\n"
        "刚刚过去的一年，是深入实施“十四五”规划的关键之年。\n"
        "——工业经济总量突破2000亿元大关，工业投资增长30%，5个园区成功认定自治区级化工园区。\n"
    )
    assert goals_of(text, None) == []


def test_a_floor_before_a_list_is_every_items() -> None:
    """推出不少于200场A、400场B: 400场 is a floor too; an item with a verb of its own is not."""
    text = (
        "1月17日，区人大代表票决出17项为民办实事项目。\n\n"
        "2024年区政府为民办实事项目\n\n"
        "推出不少于200场公益性文艺演出、400场阅读推广活动\n\n"
        "新增400个公共充电桩、10个示范小区\n"
    )
    found = [(g.quote, g.qualifier) for g in find_goals(text, _DATE)]
    assert found == [
        ("推出不少于200场公益性文艺演出", "at_least"),  # its line, not the title above
        ("400场阅读推广活动", "at_least"),
        ("新增400个公共充电桩", "exact"),
        ("10个示范小区", "exact"),
    ]
    own_verb = "今年新增不少于200家企业、新建300个基站。\n"
    assert [g.qualifier for g in find_goals(own_verb, _DATE)] == ["at_least", "exact"]
