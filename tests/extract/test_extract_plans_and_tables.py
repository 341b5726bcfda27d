"""Rules that news of district work reports and of special plans called for: the year's
sentence that opens a paragraph of the opening (after the meeting's line) dates the whole
report; a count moved from a past figure to the one aimed at is a level; the counts that spell
out a framework named by its digits are parts of the name. Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

from goal_reading import goals_of

from cluster_cli.extract.finder import find_goals

_DATE = dt.date(2025, 1, 10)


def test_the_years_sentence_after_the_meetings_line_dates_the_report() -> None:
    """A news report of a work report opens on the meeting, then 2025年是…之年: the main
    expected goals, which name no year, are that year's."""
    text = (
        "1月10日，甲区第五届人民代表大会第三次会议召开，区长代表区人民政府向大会报告工作。\n\n"
        "2025年是“十四五”规划的收官之年，做好各项工作意义重大。\n\n"
        "经济社会发展主要预期目标是：地区生产总值增长6%以上，实际使用外资2亿美元。\n"
    )
    assert goals_of(text, _DATE) == [(6.0, "%", 2025), (2.0, "亿美元", 2025)]
    # The paragraph's year must be the document's: 2024年是…之年 in a report of 2025 reviews.
    past = text.replace("2025年是“十四五”规划的收官之年", "2024年是极不平凡的一年")
    assert goals_of(past, _DATE) == []


def test_a_count_moved_from_a_past_figure_to_the_aim_is_a_level() -> None:
    """从2020年的X提高到Y: the stock then and the stock aimed at, not a number added."""
    text = (
        "《规划》提出，到2025年，千兆宽带用户从2020年的500万户提高到3000万户，"
        "科技型企业由1200家增加到2000家。\n"
    )
    goals = find_goals(text, dt.date(2021, 12, 1))
    assert [(float(g.value), g.unit, g.kind) for g in goals] == [
        (3000.0, "万户", "level"),
        (2000.0, "家", "level"),
    ]


def test_counts_that_spell_out_a_digit_name_are_not_goals() -> None:
    """按照“1236”的思路，即1个目标、2个抓手、3条主线、6个方面: the framework's parts; the goals
    of the next sentence stay."""
    text = (
        "到2025年，全市按照“1236”的思路构建框架体系，即围绕1个总体目标，抓住2个总抓手，"
        "围绕3条主线，在6个方面重点发力。"
        "到2025年，建成5G基站3万个，培育大数据企业200家。\n"
    )
    assert goals_of(text, dt.date(2022, 1, 1)) == [(3.0, "万个", 2025), (200.0, "家", 2025)]
