"""The progress engine: (registry, records, as-of date) -> one result row per goal and indicator.

Pure: no file access, no Rich, no Typer. The method (docs/methodology.md) is Statistics
Canada's progress measurement for the SDGs as used by the Open SDG platform, the UN SDG
Progress Chart and Eurostat: compare the growth observed so far with the growth required to
reach the target on time; where a growth rate is undefined (counts from 0), compare the share
of the task done with the share of the time gone (时序进度).
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Iterable
from decimal import Decimal
from enum import StrEnum
from typing import NamedTuple

from cluster_cli.engine.history import Entry, current_values, entries_by_target, known_by
from cluster_cli.engine.models import Indicator, Qualifier, Record, Registry, Target
from cluster_cli.engine.periods import Period, period_of_year
from cluster_cli.engine.units import Dimension, convert, convertible, unit

# Growth-ratio thresholds (Statistics Canada / Open SDG; Eurostat uses the same cut-offs).
ON_TRACK_RATIO = 0.95
ACCELERATION_RATIO = 0.60
# Observed-growth thresholds for indicators without a target (same source).
NO_TARGET_ON_TRACK = 0.015
NO_TARGET_ACCELERATION = 0.005


class Status(StrEnum):
    ACHIEVED = "achieved"
    ON_TRACK = "on-track"
    NEEDS_ACCELERATION = "needs-acceleration"
    LIMITED_PROGRESS = "limited-progress"
    DETERIORATING = "deteriorating"
    MISSED = "missed"
    INSUFFICIENT_DATA = "insufficient-data"


STATUS_ORDER = tuple(Status)


class Note(StrEnum):
    """Facts about a row that a reader must be told; renderers turn them into sentences."""

    BASELINE_APPROXIMATE = "baseline-approximate"  # "over 1000": measured from a floor
    BASELINE_FROM_LEDGER = "baseline-from-ledger"  # a recorded value for the base period
    BASELINE_FROM_FIRST_VALUE = "baseline-from-first-value"  # no baseline in the registry
    VALUES_BEFORE_BASELINE = "values-before-baseline"  # shown in history, not used
    PROVISIONAL_DEADLINE_PASSED = "provisional-deadline-passed"  # trend only, figure missing
    UNIT_MISMATCH_IGNORED = "unit-mismatch-ignored"  # a record in a unit of another kind
    GROWTH_FROM_SOURCE = "growth-from-source"  # indicator: the published yoy growth
    GROWTH_IS_VALUE = "growth-is-value"  # indicator measured in %: the value is the growth


class Point(NamedTuple):
    """A value that counts for its period, in the goal's current unit."""

    period: Period
    value: float
    record: Record | None  # None: the figure comes from the registry
    # "over 1000": the registry can give a floor or an estimate; a recorded figure is exact.
    qualifier: Qualifier = "exact"


class TargetRow(NamedTuple):
    id: str
    target: Target
    baseline: Point | None
    latest: Point | None
    points: list[Point]  # values that count, one per period, chronological
    history: list[Entry]  # every recording, with revisions and retractions
    attainment: float | None
    progress: float | None
    gap: float | None
    elapsed: float | None
    pace_gap: float | None
    actual_growth: float | None
    required_growth: float | None
    growth_ratio: float | None
    needed_growth: float | None
    needed_per_year: float | None
    projected: float | None
    final: bool
    status: Status
    notes: tuple[Note, ...]


class IndicatorRow(NamedTuple):
    id: str
    indicator: Indicator
    latest: Point
    points: list[Point]
    history: list[Entry]
    growth: float | None  # observed growth per year, as a fraction
    status: Status
    notes: tuple[Note, ...]


class Progress(NamedTuple):
    as_of: dt.date
    targets: list[TargetRow]
    indicators: list[IndicatorRow]
    orphans: list[Record]  # records of ids the registry lacks
    unusable: list[Record]  # values in a unit of another kind

    @property
    def summary(self) -> dict[Status, int]:
        counts = Counter(row.status for row in self.targets)
        return {status: counts.get(status, 0) for status in STATUS_ORDER}


def compute(registry: Registry, records: Iterable[Record], as_of: dt.date) -> Progress:
    """Everything that had been recorded by the end of ``as_of`` (UTC), judged at ``as_of``.

    Records of ids the registry lacks (orphans), and values in a unit that cannot be expressed
    in their goal's unit (unusable, e.g. after the registry's unit was changed), take no part:
    they are returned for ``check`` and the warnings, and never supersede a good figure.
    """
    known = known_by(records, as_of)
    usable: list[Record] = []
    orphans: list[Record] = []
    unusable: list[Record] = []
    unit_of = {key: item.unit for key, item in registry.targets.items()}
    unit_of.update((key, item.unit) for key, item in registry.indicators.items())
    for record in known:
        goal_unit = unit_of.get(record.target)
        if goal_unit is None:
            orphans.append(record)
        elif (
            record.unit == goal_unit
            or record.retracts is not None
            or convertible(record.unit, goal_unit)
        ):
            usable.append(record)
        else:
            unusable.append(record)
    entries = entries_by_target(usable)
    bad = {r.target for r in unusable}
    targets = [
        assess_target(key, target, entries.get(key, []), as_of, key in bad)
        for key, target in registry.targets.items()
    ]
    indicators = [
        assess_indicator(key, indicator, entries.get(key, []), key in bad)
        for key, indicator in registry.indicators.items()
    ]
    return Progress(as_of, targets, indicators, orphans, unusable)


# ------------------------------------------------------------------------------------ helpers


def _finite(value: float | None) -> float | None:
    """Figures that cannot be computed are None, never NaN or infinity."""
    if value is None or not math.isfinite(value):
        return None
    return value


def _ratio(numerator: float, denominator: float) -> float | None:
    if denominator == 0:
        return None
    return _finite(numerator / denominator)


def _percent(value: float) -> float:
    """4.1 -> 0.041 exactly as written (not 0.040999999999999995)."""
    return float(Decimal(repr(value)) / 100)


def _cagr(start: float, end: float, years: float) -> float | None:
    """Compound annual growth rate; undefined for non-positive values or no time."""
    if start <= 0 or end <= 0 or years <= 0:
        return None
    try:
        return _finite((end / start) ** (1 / years) - 1)
    except (OverflowError, ZeroDivisionError):
        return None


def _compound(value: float, growth: float, years: float) -> float | None:
    """``value`` grown at ``growth`` a year for ``years``; None when it overflows."""
    try:
        return _finite(value * (1 + growth) ** years)
    except OverflowError:
        return None


def _points(entries: list[Entry], goal_unit: str) -> list[Point]:
    """The values that count, converted to ``goal_unit``."""
    points = []
    for entry in current_values(entries):
        record = entry.record
        if record.value is None:
            continue
        value = (
            record.value
            if record.unit == goal_unit
            else convert(record.value, record.unit, goal_unit)
        )
        points.append(Point(entry.period, value, record))
    return points


def meets(value: float, target: float, direction: str) -> bool:
    return value >= target if direction == "increase" else value <= target


# ------------------------------------------------------------------------------------ targets


def assess_target(
    key: str, target: Target, entries: list[Entry], as_of: dt.date, unusable: bool = False
) -> TargetRow:
    points = _points(entries, target.unit)
    notes: list[Note] = []
    if unusable:
        notes.append(Note.UNIT_MISMATCH_IGNORED)

    baseline: Point | None = None
    if target.baseline is not None:
        base_period = period_of_year(target.baseline.period)
        recorded = [p for p in points if p.period.t == base_period.t]
        if recorded:  # a published figure for the base period beats the plan's rounded one
            baseline = recorded[-1]
            notes.append(Note.BASELINE_FROM_LEDGER)
        else:
            baseline = Point(base_period, target.baseline.value, None, target.baseline.qualifier)
            if target.baseline.qualifier != "exact":
                notes.append(Note.BASELINE_APPROXIMATE)
    elif len(points) >= 2:
        baseline = points[0]
        notes.append(Note.BASELINE_FROM_FIRST_VALUE)

    if baseline is not None:
        # Figures for periods before the baseline stay in the history but are not used.
        after = [p for p in points if p.period.t > baseline.period.t]
        if any(p.period.t < baseline.period.t for p in points):
            notes.append(Note.VALUES_BEFORE_BASELINE)
        latest = after[-1] if after else None
    else:  # a single figure: its gap can be told, its progress cannot
        latest = points[-1] if points else None

    y_target = target.target
    t_deadline = float(target.deadline)
    sign = 1.0 if target.direction == "increase" else -1.0

    attainment = progress = gap = elapsed = pace_gap = None
    actual_growth = required_growth = growth_ratio = needed_growth = None
    needed_per_year = projected = None
    final = False

    if latest is not None:
        y_i, t_i = latest.value, latest.period.t
        gap = max(0.0, sign * (y_target - y_i))
        attainment = _ratio(y_i, y_target) if sign > 0 else _ratio(y_target, y_i)
        final = t_i >= t_deadline
        if t_deadline > t_i and gap > 0:
            needed_per_year = _finite(sign * gap / (t_deadline - t_i))
            if target.kind == "level":
                needed_growth = _cagr(y_i, y_target, t_deadline - t_i)

    if latest is not None and baseline is not None and latest is not baseline:
        y0, t0 = baseline.value, baseline.period.t
        y_i, t_i = latest.value, latest.period.t
        progress = _ratio(y_i - y0, y_target - y0)
        elapsed = _ratio(t_i - t0, t_deadline - t0)
        if progress is not None and elapsed is not None:
            pace_gap = _finite(progress - elapsed)
        if target.kind == "level":
            actual_growth = _cagr(y0, y_i, t_i - t0)
            required_growth = _cagr(y0, y_target, t_deadline - t0)
        if actual_growth is not None and required_growth is not None and required_growth != 0:
            growth_ratio = _ratio(actual_growth, required_growth)
            projected = _compound(y_i, actual_growth, t_deadline - t_i)
        else:
            if progress is not None and elapsed is not None and elapsed > 0:
                growth_ratio = _ratio(progress, elapsed)
            if t_i > t0:
                projected = _finite(y0 + (y_i - y0) / (t_i - t0) * (t_deadline - t0))

    status = _target_status(target, latest, baseline, growth_ratio, final)
    if (
        not final
        and latest is not None
        and as_of > dt.date(target.deadline, 12, 31)
        and status is not Status.ACHIEVED
    ):
        notes.append(Note.PROVISIONAL_DEADLINE_PASSED)

    return TargetRow(
        id=key,
        target=target,
        baseline=baseline,
        latest=latest,
        points=points,
        history=entries,
        attainment=attainment,
        progress=progress,
        gap=gap,
        elapsed=elapsed,
        pace_gap=pace_gap,
        actual_growth=actual_growth,
        required_growth=required_growth,
        growth_ratio=growth_ratio,
        needed_growth=needed_growth,
        needed_per_year=needed_per_year,
        projected=projected,
        final=final,
        status=status,
        notes=tuple(notes),
    )


def _target_status(
    target: Target,
    latest: Point | None,
    baseline: Point | None,
    growth_ratio: float | None,
    final: bool,
) -> Status:
    if latest is not None and meets(latest.value, target.target, target.direction):
        return Status.ACHIEVED
    if latest is not None and final:
        return Status.MISSED
    if latest is None or baseline is None or latest is baseline or growth_ratio is None:
        return Status.INSUFFICIENT_DATA
    return ratio_status(growth_ratio)


def _grade(value: float, on_track: float, acceleration: float) -> Status:
    """The cut-offs of the method: on track, acceleration needed, limited, deteriorating."""
    if value >= on_track:
        return Status.ON_TRACK
    if value >= acceleration:
        return Status.NEEDS_ACCELERATION
    if value >= 0:
        return Status.LIMITED_PROGRESS
    return Status.DETERIORATING


def ratio_status(ratio: float) -> Status:
    """A goal's status by its growth (or pace) ratio."""
    return _grade(ratio, ON_TRACK_RATIO, ACCELERATION_RATIO)


# --------------------------------------------------------------------------------- indicators


def growth_status(growth: float) -> Status:
    """A context indicator's status by its observed growth a year."""
    return _grade(growth, NO_TARGET_ON_TRACK, NO_TARGET_ACCELERATION)


def assess_indicator(
    key: str, indicator: Indicator, entries: list[Entry], unusable: bool = False
) -> IndicatorRow:
    recorded = _points(entries, indicator.unit)
    notes: list[Note] = [Note.UNIT_MISMATCH_IGNORED] if unusable else []
    published = Point(period_of_year(indicator.period), indicator.value, None, indicator.qualifier)
    # A recorded figure for the registry's own period is a revision of the published one.
    revised = any(p.period.t == published.period.t for p in recorded)
    points = sorted([*recorded, *([] if revised else [published])], key=lambda p: p.period)
    latest = points[-1]
    growth: float | None
    if unit(indicator.unit).dimension is Dimension.PERCENT:
        growth = _percent(latest.value)  # the indicator is itself a growth rate
        notes.append(Note.GROWTH_IS_VALUE)
    elif len(points) >= 2:
        growth = _cagr(points[0].value, latest.value, latest.period.t - points[0].period.t)
    elif indicator.growth is not None:
        growth = _percent(indicator.growth.percent)
        notes.append(Note.GROWTH_FROM_SOURCE)
    else:
        growth = None
    status = growth_status(growth) if growth is not None else Status.INSUFFICIENT_DATA
    return IndicatorRow(key, indicator, latest, points, entries, growth, status, tuple(notes))


def select(
    progress: Progress,
    clusters: Iterable[str] = (),
    regions: Iterable[str] = (),
    statuses: Iterable[str] = (),
) -> Progress:
    """Keep the rows matching every filter given (each filter: any of its values).

    ``statuses`` filters goals only; context indicators follow the cluster and region filters.
    """
    wanted_clusters, wanted_regions = set(clusters), set(regions)
    wanted_statuses = set(statuses)

    def place_ok(cluster: str, region: str) -> bool:
        return (not wanted_clusters or cluster in wanted_clusters) and (
            not wanted_regions or region in wanted_regions
        )

    targets = [
        row
        for row in progress.targets
        if place_ok(row.target.cluster, row.target.region)
        and (not wanted_statuses or row.status.value in wanted_statuses)
    ]
    indicators = [
        row for row in progress.indicators if place_ok(row.indicator.cluster, row.indicator.region)
    ]
    return Progress(progress.as_of, targets, indicators, progress.orphans, progress.unusable)
