"""The notes on a goal (engine facts: an approximate baseline, a band left, the deadline year
running) as the sentences every renderer shows."""

from __future__ import annotations

from cluster_cli.engine.assess import GoalRow, Note
from cluster_cli.i18n import Lang
from cluster_cli.render.labels import NOTE_TEXT, band_bounds, point_quantity


def note_texts(notes: tuple[Note, ...], lang: Lang, row: GoalRow | None = None) -> list[str]:
    """The notes as sentences; ``row``: the goal, whose band the band notes name and whose
    approximate baseline the baseline note quotes."""
    bounds = band_bounds(row, lang) if row is not None else {}
    texts = []
    for note in notes:
        phrase = NOTE_TEXT[note]
        if note in (Note.ABOVE_BAND, Note.BELOW_BAND):
            texts.append(phrase(lang, **(bounds or {"low": "—", "high": "—"})))
        elif note is Note.BASELINE_APPROXIMATE:
            shown = "—"
            if row is not None and row.baseline is not None:
                shown = point_quantity(row.baseline, row.goal.unit, lang, row.goal.unit_en)
            texts.append(phrase(lang, baseline=shown))
        else:
            texts.append(phrase(lang))
    return texts
