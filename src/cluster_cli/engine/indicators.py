"""Context figures (indicators without a target): judged by their observed growth alone.

Pure, as :mod:`cluster_cli.engine.assess`, which calls :func:`assess_indicator` for each.
"""

from __future__ import annotations

from cluster_cli.engine.assess import points_of
from cluster_cli.engine.figures import cagr, percent
from cluster_cli.engine.history import Entry
from cluster_cli.engine.models import Indicator
from cluster_cli.engine.periods import period_of_year
from cluster_cli.engine.results import (
    NO_TARGET_ACCELERATION,
    NO_TARGET_ON_TRACK,
    IndicatorRow,
    Note,
    Point,
    Status,
    grade,
)
from cluster_cli.engine.units import Dimension, unit


def growth_status(growth: float) -> Status:
    """A context indicator's status by its observed growth a year."""
    return grade(growth, NO_TARGET_ON_TRACK, NO_TARGET_ACCELERATION)


def assess_indicator(
    key: str, indicator: Indicator, entries: list[Entry], unusable: bool = False
) -> IndicatorRow:
    recorded = points_of(entries, indicator.unit)
    notes: list[Note] = [Note.UNIT_MISMATCH_IGNORED] if unusable else []
    published = Point(period_of_year(indicator.period), indicator.value, None, indicator.qualifier)
    # A recorded figure for the registry's own period is a revision of the published one.
    revised = any(p.period.t == published.period.t for p in recorded)
    points = sorted([*recorded, *([] if revised else [published])], key=lambda p: p.period)
    latest = points[-1]
    growth: float | None
    qualifier = "exact"
    if unit(indicator.unit).dimension is Dimension.PERCENT:
        growth = percent(latest.value)  # the indicator is itself a growth rate
        qualifier = latest.qualifier
        notes.append(Note.GROWTH_IS_VALUE)
    elif len(points) >= 2:
        growth = cagr(points[0].value, latest.value, latest.period.t - points[0].period.t)
        if points[0].qualifier != "exact" or latest.qualifier != "exact":
            qualifier = "about"  # from an "over 1000" it is neither more nor less, but near
    elif indicator.growth is not None:
        growth = percent(indicator.growth.percent)
        qualifier = indicator.growth.qualifier
        notes.append(Note.GROWTH_FROM_SOURCE)
    else:
        growth = None
    status = growth_status(growth) if growth is not None else Status.INSUFFICIENT_DATA
    return IndicatorRow(
        key, indicator, latest, points, entries, growth, status, tuple(notes), qualifier
    )
