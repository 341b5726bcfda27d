"""A text in traditional characters is read as simplified, and quoted as written."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from cluster_cli.extract.finder import find_goals
from cluster_cli.extract.script import as_simplified
from conftest import CliRunner

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


ENERGY = "到2020年，全市能源消費總量控制在7651萬噸標準煤以內，新建充電樁2萬個。\n"


def test_a_units_characters_are_given_as_written(cli: CliRunner) -> None:
    """The JSON gives the unit as the text writes it (萬噸標準煤, as the answer keys do); the
    draft registry keeps to the simplified units it knows (2萬個 is 20,000 个)."""
    Path("plan.txt").write_text(ENERGY, "utf-8")
    done = cli("extract", "plan.txt", "--json", "--date", "2016-01-01")
    assert done.code == 0, done.err
    units = [(p["value"], p["unit"]) for p in json.loads(done.out)["proposals"]]
    assert units == [(7651, "萬噸標準煤"), (2, "萬個")]
    assert cli("extract", "plan.txt", "--date", "2016-01-01", "-o", "draft.toml").code == 0
    draft = Path("draft.toml").read_text("utf-8")
    assert 'unit = "个"' in draft and "target = 20000" in draft
    assert "no unit '万吨标准煤'" in draft  # left out, with the reason, in the units it knows
    assert cli("check", "--registry", "draft.toml", "--quotes", "plan.txt").code == 0


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # The unit after its number, whatever else the quote holds (只要…隻, 颱風…臺).
        ("到2025年，只要新增種豬5000隻，產量達到5萬噸。", [("只", "隻"), ("万吨", "萬噸")]),
        ("到2025年，全區颱風過後新增設備500臺，達到國際領先水平。", [("台", "臺")]),
        # A unit shared with the list's last item, each character as the text writes it.
        (
            "到2020年，地區生產總值分別達1.28萬億、1.18萬億、8200億元。",
            [("万亿元", "萬億元"), ("万亿元", "萬億元"), ("亿元", "億元")],
        ),
        # The same in both scripts: nothing to say.
        ("到2025年，新增企业300家。", [("家", "")]),
    ],
)
def test_a_unit_is_also_given_as_written(text: str, units: list[tuple[str, str]]) -> None:
    found = find_goals(text, dt.date(2020, 1, 1))
    assert [(p.unit, p.unit_written) for p in found] == units
