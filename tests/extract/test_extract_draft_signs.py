"""What a drafted registry means once figures come in: a fall is negative growth, a change over
several years is a rate a year, another plan's goal in the same words is a goal of its own, and
English readers are shown the figure in English words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import rtoml

from cluster_cli.extract.contract import DocumentInfo
from cluster_cli.extract.draft import draft_text
from cluster_cli.extract.finder import find_goals
from cluster_cli.extract.labels import value_text
from cluster_cli.files.registry import validate
from conftest import CliRunner


def _goals(text: str, date: dt.date) -> list[dict[str, Any]]:
    info = DocumentInfo("plan.txt", "某市工作要点", date.isoformat(), "0" * 64, 9, "text")
    written = draft_text(info, find_goals(text, date), "en").text
    validate(rtoml.loads(written), "draft.toml")  # the registry accepts it as it is
    return list(rtoml.loads(written)["targets"].values())


def test_a_fall_a_year_is_negative_growth_with_the_direction_decrease() -> None:
    (goal,) = _goals("2025年工作要点\n\n今年单位地区生产总值能耗下降2.5%。\n", dt.date(2025, 1, 20))
    assert (goal["kind"], goal["direction"], goal["target"]) == ("rate", "decrease", -2.5)
    assert any("A fall of 2.5% is growth of -2.5%" in a["en"] for a in goal["assumptions"])


def test_a_rise_a_year_keeps_its_sign() -> None:
    (goal,) = _goals("今年地区生产总值增长5%左右。\n", dt.date(2025, 1, 20))
    assert (goal["direction"], goal["target"]) == ("increase", 5)


def test_a_fall_against_a_year_named_is_a_compound_rate_a_year_from_the_year_after() -> None:
    (goal,) = _goals("到2025年，单位地区生产总值能耗比2020年下降13.5%。\n", dt.date(2021, 3, 1))
    assert (goal["start"], goal["deadline"]) == (2021, 2025)
    assert goal["target"] == pytest.approx((0.865 ** (1 / 5) - 1) * 100, abs=1e-4)  # -2.8589
    assert any("over the 5 years 2021-2025" in a["en"] for a in goal["assumptions"])


def test_a_drafted_fall_is_not_met_by_a_rise(cli: CliRunner) -> None:
    """The figure a statistics bureau publishes for the year (+1% or -3%) read against it."""
    Path("plan.txt").write_text("2025年工作要点\n\n今年单位地区生产总值能耗下降2.5%。\n", "utf-8")
    assert cli("extract", "plan.txt", "-o", "draft.toml").code == 0
    goal = next(iter(rtoml.loads(Path("draft.toml").read_text("utf-8"))["targets"]))
    update = ["update", goal, "-r", "draft.toml", "-p", "2025", "-s", "example", "--lang", "en"]
    rise = cli(*update, "1.0")
    assert rise.code == 0, rise.err
    assert "✓" not in rise.out and "short of the target of -2.5%" in rise.out
    fall = cli(*update[:-2], "--note", "revised", "--lang", "en", "--", "-3.0")
    assert fall.code == 0, fall.err
    assert "meeting the target of -2.5%" in fall.out


def test_into_appends_another_plans_goal_in_the_same_words_and_names_what_it_skips(
    cli: CliRunner,
) -> None:
    Path("a.txt").write_text("2024年工作要点\n\n今年研发投入强度达到3.5%。\n", "utf-8")
    Path("b.txt").write_text("2026年工作要点\n\n今年研发投入强度达到3.5%。\n", "utf-8")
    assert cli("extract", "a.txt", "-o", "targets.toml").code == 0
    added = cli("extract", "b.txt", "--into", "targets.toml", "--yes", "--lang", "en")
    assert added.code == 0 and "appended 1 goal(s)" in added.out, added.out
    deadlines = [
        t["deadline"] for t in rtoml.loads(Path("targets.toml").read_text())["targets"].values()
    ]
    assert sorted(deadlines) == [2024, 2026]
    again = cli("extract", "b.txt", "--into", "targets.toml", "--yes", "--lang", "en")
    assert "nothing to add" in again.out
    assert "研发投入强度 3.5% by 2026: already there (" in again.out, again.out


def test_english_writes_the_figure_in_english_words_every_digit_kept() -> None:
    text = "今年地区生产总值达到4.8万亿元以上，新增企业27家，投入1234.5万元。\n"
    proposals = find_goals(text, dt.date(2025, 1, 20))
    english = [value_text(p, "en") for p in proposals]
    assert english == ["at least 4.8 trillion yuan", "27", "12.345 million yuan"], english
    assert [value_text(p, "zh") for p in proposals] == ["4.8万亿元以上", "27家", "1234.5万元"]
