"""Context figures (indicators without a target): judged by their observed growth alone, or,
for a share (城镇化率, 失业率), by its change in percentage points a year; a figure where less is
better (``direction = "decrease"``) is judged the other way round.

Pure, as :mod:`cluster_cli.engine.assess`, which calls :func:`assess_indicator` for each.
"""

from __future__ import annotations

from cluster_cli.engine.assess import points_of
from cluster_cli.engine.figures import cagr, finite, percent
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


def growth_status(growth: float, decrease: bool = False) -> Status:
    """A context indicator's status by its observed growth a year (a fall, when less is
    better)."""
    return grade(-growth if decrease else growth, NO_TARGET_ON_TRACK, NO_TARGET_ACCELERATION)


def change_status(change_pp: float, decrease: bool = False) -> Status:
    """A share's status by its change in percentage points a year, against 0 only (no
    recognised threshold in points exists for a context figure): the better way on track, no
    change limited progress, the wrong way deteriorating."""
    better = float(f"{-change_pp if decrease else change_pp:.12g}")
    if better > 0:
        return Status.ON_TRACK
    return Status.LIMITED_PROGRESS if better == 0 else Status.DETERIORATING


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
    decrease = indicator.direction == "decrease"
    if indicator.measure == "share":
        return _share_row(key, indicator, points, entries, tuple(notes), decrease)
    growth: float | None
    qualifier = "exact"
    if indicator.measure == "rate":
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
    status = growth_status(growth, decrease) if growth is not None else Status.INSUFFICIENT_DATA
    return IndicatorRow(
        key, indicator, latest, points, entries, growth, status, tuple(notes), qualifier
    )


def _share_row(
    key: str,
    indicator: Indicator,
    points: list[Point],
    entries: list[Entry],
    notes: tuple[Note, ...],
    decrease: bool,
) -> IndicatorRow:
    """A share: its change in points a year from the first figure to the latest, annualised
    over less than a year as a growth is; a single figure has none (a published growth, a
    relative one, says nothing of the points)."""
    first, latest = points[0], points[-1]
    years = latest.period.t - first.period.t
    change = (
        finite((latest.value - first.value) / years) if len(points) >= 2 and years > 0 else None
    )
    qualifier = "exact"
    if change is not None and (first.qualifier != "exact" or latest.qualifier != "exact"):
        qualifier = "about"  # from an "over 80%" it is neither more nor less, but near
    status = change_status(change, decrease) if change is not None else Status.INSUFFICIENT_DATA
    return IndicatorRow(
        key, indicator, latest, points, entries, None, status, notes, qualifier, change
    )
