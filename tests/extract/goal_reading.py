"""The one way the extractor's tests read a text's goals: value, unit and deadline."""

from __future__ import annotations

import datetime as dt

from cluster_cli.extract.finder import find_goals


def goals_of(text: str, date: dt.date | None) -> list[tuple[float, str, int]]:
    """Each goal's value, unit and deadline, in the order of the text."""
    return [(float(g.value), g.unit, g.deadline) for g in find_goals(text, date)]
