"""A text in traditional characters is read as simplified, and quoted as written."""

from __future__ import annotations

import datetime as dt

from cluster_cli.extract.finder import find_goals
from cluster_cli.extract.script import as_simplified

TRADITIONAL = (
    "報告提出了2019年經濟社會發展主要預期目標：地區生產總值增長9%，"
    "規模以上工業企業達到300家，城鎮登記失業率控制在4%以內。"
)


def test_traditional_characters_become_simplified_one_for_one() -> None:
    read = as_simplified(TRADITIONAL)
    assert len(read) == len(TRADITIONAL)
    assert "地区生产总值增长9%" in read and "规模以上工业企业达到300家" in read


def test_a_simplified_text_is_left_as_it_is() -> None:
    text = "到2025年，集成电路产业规模达到2000亿元。"
    assert as_simplified(text) is text


def test_goals_of_a_traditional_text_are_found_and_quoted_as_written() -> None:
    found = find_goals(TRADITIONAL, dt.date(2019, 2, 19))
    assert [(str(p.value), p.unit, p.deadline) for p in found] == [
        ("9", "%", 2019),
        ("300", "家", 2019),
        ("4", "%", 2019),
    ]
    assert [p.kind for p in found] == ["rate", "level", "level"]
    for proposal in found:
        assert proposal.quote in TRADITIONAL  # as written, not as read
    assert "增長9%" in found[0].quote
