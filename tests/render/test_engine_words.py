"""Every fact the engine reports has words: notes, the period a target was reached, figures
after the deadline."""

from __future__ import annotations

import datetime as dt

import pytest

from cluster_cli.engine.assess import Note, assess_goal
from cluster_cli.engine.history import entries_by_goal
from cluster_cli.engine.models import Goal
from cluster_cli.i18n import Lang
from cluster_cli.i18n import words as w
from cluster_cli.render import labels, notes, view
from conftest import make_record
from report_sample import sample_registry


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_note_has_a_sentence(lang: Lang) -> None:
    texts = notes.note_texts(tuple(Note), lang)
    assert len(texts) == len(Note) and all(texts)


def _goal() -> Goal:
    return Goal.model_validate(
        {
            "name": "示例产业规模",
            "name_en": "Example industry scale",
            "cluster": "ic",
            "region": "suzhou",
            "unit": "亿元",
            "target": 200,
            "kind": "level",
            "start": 2023,
            "deadline": 2025,
            "baseline": {"value": 100, "period": 2022},
            "source": {"document": "example", "quote": "产业规模达200亿元（示例）"},
        }
    )


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_target_met_after_the_deadline_is_missed_and_says_when_it_was_met(lang: Lang) -> None:
    records = [
        make_record(
            180, goal_id="g", unit="亿元", period="2025", recorded_at="2026-02-01T00:00:00Z"
        ),
        make_record(
            210, goal_id="g", unit="亿元", period="2026", recorded_at="2027-02-01T00:00:00Z"
        ),
    ]
    entries = entries_by_goal(records)["g"]
    row = assess_goal("g", _goal(), entries, dt.date(2027, 3, 1))
    assert row.status.value == "missed" and row.reached is not None
    goal = view.goal_view(row, sample_registry(), lang)
    shown = {f.key: f.text for f in goal.figures}
    assert shown["reached"] == w.REACHED_IN_YEAR(lang, period="2026")
    assert shown["newest"].startswith("210" if lang == "zh" else "21 billion")
    assert w.NOTE_VALUES_AFTER_DEADLINE(lang) in goal.notes
    reached = w.WHY_REACHED_LATE(lang, period=w.YEAR_PERIOD(lang, period="2026"))
    assert goal.why.endswith(reached)  # 2026年的数值…
    assert goal.status_label == labels.status_text(row.status, lang)  # final: not provisional


def test_a_dated_figure_is_named_by_its_date_never_with_a_year_word_after_it() -> None:
    """2025-06-30年数值 read as nonsense: a date is named as it is, a year with 年."""
    records = [make_record(210, goal_id="g", unit="亿元", period="2025-06-30")]
    row = assess_goal("g", _goal(), entries_by_goal(records)["g"], dt.date(2025, 7, 15))
    why = view.goal_view(row, sample_registry(), "zh").why
    assert why.startswith("2025-06-30数值210亿元已达到2025年目标"), why
    assert labels.period_words("2025", "zh") == "2025年"
    assert labels.period_words("2025-06-30", "zh") == "2025-06-30"
