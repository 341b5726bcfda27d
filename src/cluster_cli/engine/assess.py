"""The progress engine: (registry, records, as-of date) -> one result row per goal and indicator.

Pure: no file access, no Rich, no Typer. The method (docs/methodology.md) is Statistics
Canada's progress measurement for the SDGs as used by the Open SDG platform, the UN SDG
Progress Chart and Eurostat: compare the growth observed so far with the growth required to
reach the target on time; where a growth rate is undefined (counts from 0), compare the share
of the task done with the share of the time gone (时序进度).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from cluster_cli.engine.figures import apart, cagr, compound, finite, meets, ratio
from cluster_cli.engine.history import Entry, current_values, entries_by_goal, known_by
from cluster_cli.engine.models import Goal, Indicator, Record, Registry, is_growth_rate, kind_of
from cluster_cli.engine.periods import period_of_year, stored_period_problem
from cluster_cli.engine.results import (
    ACCELERATION_RATIO,
    NO_TARGET_ACCELERATION,
    NO_TARGET_ON_TRACK,
    ON_TRACK_RATIO,
    STATUS_ORDER,
    Assessment,
    GoalRow,
    IndicatorRow,
    Note,
    Point,
    Status,
    is_estimate,
    ratio_status,
    recorded_within,
)
from cluster_cli.engine.units import (
    Dimension,
    convert,
    convertible,
    is_count,
    known_unit,
    unit,
    whole,
)
from cluster_cli.i18n import messages as m
from cluster_cli.i18n import say

__all__ = [  # the results are re-exported: renderers import them from here
    "ACCELERATION_RATIO",
    "NO_TARGET_ACCELERATION",
    "NO_TARGET_ON_TRACK",
    "ON_TRACK_RATIO",
    "STATUS_ORDER",
    "Assessment",
    "GoalRow",
    "IndicatorRow",
    "Note",
    "Point",
    "Status",
    "assess_goal",
    "compute",
    "ratio_status",
    "select",
]


def compute(
    registry: Registry, records: Iterable[Record], as_of: dt.date, *, only: str | None = None
) -> Assessment:
    """Everything that had been recorded by the end of ``as_of`` (UTC), judged at ``as_of``;
    with ``only``, that one goal or context figure alone and its own records (as ``update``
    shows where a goal stands after a figure), by the same rules.

    Records of ids the registry lacks (orphans), and values in a unit that cannot be expressed
    in their goal's unit (unusable, e.g. after the registry's unit was changed), take no part:
    they are returned for ``check`` and the warnings, and never supersede a good figure. So are
    values for implausible periods (``0000``, or a year that had not begun when recorded),
    counts below 0 or with a fraction and growth rates below -100% (hand edits: ``update``
    refuses them).
    """
    if only is not None:
        records = [record for record in records if record.goal_id == only]
    known = known_by(records, as_of)
    usable: list[Record] = []
    orphans: list[Record] = []
    unusable: list[Record] = []
    implausible: list[Record] = []
    # Goals with a value no count or rate can have: a count below 0 or with a fraction, a
    # growth rate below -100% (the thing would be less than nothing).
    impossible: set[str] = set()
    item_of: dict[str, Goal | Indicator] = {**registry.targets, **registry.indicators}
    if only is not None:
        item_of = {only: item_of[only]} if only in item_of else {}
    unit_of = {key: item.unit for key, item in item_of.items()}
    # counted_period_problem's rule, unfolded: a ledger of 100,000 records is judged here.
    by_year = {key: kind_of(item) != "cumulative" for key, item in item_of.items()}
    counted = {key for key, goal_unit in unit_of.items() if is_count(goal_unit)}
    rated = {key for key, item in item_of.items() if is_growth_rate(item)}
    for record in known:
        goal_unit = unit_of.get(record.goal_id)
        if goal_unit is None:
            orphans.append(record)
        elif record.retracts is None and (
            stored_period_problem(record.period, record.recorded_at)
            or (len(record.period) != 4 and by_year[record.goal_id])
        ):
            implausible.append(record)
        elif (
            record.unit == goal_unit
            or record.retracts is not None
            or convertible(record.unit, goal_unit)
        ):
            value = record.value
            if value is not None and (  # value_problem's rule, unfolded as the period's above
                (record.goal_id in counted and (value < 0 or not whole(value, record.unit)))
                or (record.goal_id in rated and value < RATE_FLOOR)
            ):
                implausible.append(record)
                impossible.add(record.goal_id)
            else:
                usable.append(record)
        else:
            unusable.append(record)
    entries = entries_by_goal(usable, periods_checked=True)  # judged in the loop above
    bad = {r.goal_id for r in unusable}
    odd = {r.goal_id for r in implausible} - impossible
    targets = [
        _noted(
            assess_goal(key, goal, entries.get(key, []), as_of, key in bad),
            key in odd,
            key in impossible,
        )
        for key, goal in registry.targets.items()
        if only is None or key == only
    ]
    from cluster_cli.engine.indicators import assess_indicator

    indicators = [
        assess_indicator(key, indicator, entries.get(key, []), key in bad)
        for key, indicator in registry.indicators.items()
        if only is None or key == only
    ]
    return Assessment(as_of, targets, indicators, orphans, unusable, tuple(implausible))


def counted_period_problem(record: Record, item: Goal | Indicator) -> str | None:
    """Why the period of a value record cannot count for ``item``, or None: a stored period's
    problem (:func:`stored_period_problem`), or a date for a figure counted by the year (a
    level, share or rate, which ``update`` records for years only: a year-to-date figure is not
    comparable with a yearly target, and would be judged as if the year were over)."""
    problem = stored_period_problem(record.period, record.recorded_at)
    if problem is None and len(record.period) != 4 and kind_of(item) != "cumulative":
        return say(m.STORED_DATE_FOR_YEARLY, period=record.period)
    return problem


RATE_FLOOR = -100.0  # % a year: a fall of everything there was


def value_problem(record: Record, item: Goal | Indicator) -> str | None:
    """Why a value recorded for ``item`` cannot count, or None: a count below 0 or not whole
    (:func:`count_problem`), a growth rate below -100%."""
    value = record.value
    if value is not None and is_growth_rate(item) and value < RATE_FLOOR:
        return say(m.RATE_BELOW_FLOOR, value=f"{value:g}")
    return count_problem(record)


def count_problem(record: Record) -> str | None:
    """Why a value recorded for a count cannot count, or None: below 0, or not whole."""
    value = record.value
    if value is None or not known_unit(record.unit) or not is_count(record.unit):
        return None
    if value >= 0 and whole(value, record.unit):
        return None
    return say(m.COUNT_NOT_WHOLE_VALUE, value=f"{value:g}", unit=record.unit)


def _noted(row: GoalRow, implausible: bool, impossible: bool = False) -> GoalRow:
    notes = list(row.notes)
    if implausible:
        notes.append(Note.IMPLAUSIBLE_PERIOD_IGNORED)
    if impossible:
        rate = row.goal.kind == "rate"
        notes.append(Note.RATE_BELOW_FLOOR_IGNORED if rate else Note.COUNT_NOT_WHOLE_IGNORED)
    return row._replace(notes=tuple(notes)) if len(notes) > len(row.notes) else row


# ------------------------------------------------------------------------------------ helpers


def points_of(entries: list[Entry], goal_unit: str) -> list[Point]:
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
        points.append(_new(Point, (entry.period, value, record, "exact")))
    return points


_new = tuple.__new__  # skips the named tuple's own __new__: 100,000 points in a large ledger


def _attainment(latest: float, goal: Goal) -> float | None:
    """Latest over target (less is better: target over latest); 100% means met.

    Undefined (None) for a target of 0 or below, and, when less is better, for a latest
    value of 0 or below: "0% of a target of 0" would read as no progress at all.
    """
    if goal.target <= 0:
        return None
    if goal.direction == "increase":
        return ratio(latest, goal.target)
    return ratio(goal.target, latest) if latest > 0 else None


def _never_negative(goal: Goal) -> bool:
    """Counts, shares, and sums of money or measures with a target and baseline of 0 or more."""
    dimension = unit(goal.unit).dimension
    if dimension is Dimension.COUNT or goal.kind == "share":
        return True
    base = goal.baseline.value if goal.baseline is not None else 0.0
    money = dimension in (Dimension.MONEY, Dimension.MEASURE)
    return money and goal.target >= 0 and base >= 0


def band_notes(value: float, band: tuple[float, float] | None) -> list[Note]:
    if band is None or band[0] <= value <= band[1]:
        return []
    return [Note.ABOVE_BAND if value > band[1] else Note.BELOW_BAND]


def band_gap(value: float, band: tuple[float, float]) -> float:
    """How far outside the band a value lies; 0 inside it."""
    return max(0.0, band[0] - value, value - band[1])


def deadline_passed(goal: Goal, as_of: dt.date) -> bool:
    return as_of > dt.date(goal.deadline, 12, 31)


# ------------------------------------------------------------------------------------ targets


def assess_goal(
    key: str, goal: Goal, entries: list[Entry], as_of: dt.date, unusable: bool = False
) -> GoalRow:
    """One goal at ``as_of``: level, cumulative and share goals here, rate goals in rates.py.

    The figure for the deadline period decides achieved or missed; figures for later periods
    are kept (``newest``, ``reached``) but never judged.
    """
    points = points_of(entries, goal.unit)
    notes: list[Note] = []
    if unusable:
        notes.append(Note.UNIT_MISMATCH_IGNORED)
    if goal.kind == "rate":
        from cluster_cli.engine.rates import assess_rate

        return assess_rate(key, goal, entries, points, as_of, notes)

    baseline: Point | None = None
    if goal.baseline is not None:
        base_period = period_of_year(goal.baseline.period)
        recorded = [p for p in points if p.period.t == base_period.t]
        if recorded:  # a published figure for the base period beats the plan's rounded one
            baseline = recorded[-1]
            notes.append(Note.BASELINE_FROM_LEDGER)
        else:
            baseline = Point(base_period, goal.baseline.value, None, goal.baseline.qualifier)
            if goal.baseline.qualifier != "exact":
                notes.append(Note.BASELINE_APPROXIMATE)
    elif len(points) >= 2 and not is_cap(goal):  # a cap measures no way from a first figure
        baseline = points[0]
        notes.append(Note.BASELINE_FROM_FIRST_VALUE)

    y_target = goal.target
    band = goal.band
    # A baseline already at the target (the registry refuses one; the first figure or a
    # recorded base-period figure can be): there is no way from it to measure progress along.
    met_at_baseline = (
        baseline is not None
        and band is None
        and meets(baseline.value, y_target, goal.direction, None)
    )
    if met_at_baseline:
        notes.append(Note.BASELINE_MET_TARGET)
    if baseline is not None:
        # Figures for periods before the baseline stay in the history but are not used.
        after = [p for p in points if p.period.t > baseline.period.t]
        if any(p.period.t < baseline.period.t for p in points):
            notes.append(Note.VALUES_BEFORE_BASELINE)
    else:  # a single figure: its gap can be told, its progress cannot
        after = points

    t_deadline = float(goal.deadline)
    sign = 1.0 if goal.direction == "increase" else -1.0
    judged = [p for p in after if p.period.t <= t_deadline]
    if len(judged) < len(after):
        notes.append(Note.VALUES_AFTER_DEADLINE)
    latest = judged[-1] if judged else None
    newest = after[-1] if after else None
    reached = None
    if band is None and not is_cap(goal):  # under a cap is where a total starts
        # A recorded baseline (the first figure, or one for the base period) is a figure too.
        figures = [baseline, *after] if baseline is not None and baseline.record else after
        reached = next(
            (p.period for p in figures if meets(p.value, y_target, goal.direction, None)), None
        )
    passed = deadline_passed(goal, as_of)

    attainment = progress = gap = elapsed = pace_gap = None
    actual_growth = required_growth = growth_ratio = needed_growth = None
    needed_per_year = projected = None
    final = early = estimated = False

    if latest is not None:
        y_i, t_i = latest.value, latest.period.t
        # The deadline's figure settles the goal once its year is over, and only a figure
        # recorded after that: one recorded during the year is a figure so far or an early
        # estimate. A figure that meets the target is met, whenever it was recorded.
        unsettled = t_i >= t_deadline and not meets(y_i, y_target, goal.direction, band)
        early = unsettled and recorded_within(latest, goal.deadline)
        estimated = unsettled and is_estimate(latest)  # 预计数: the final figure settles it
        final = t_i >= t_deadline and passed and not early and not estimated
        if band is not None:
            gap = band_gap(y_i, band)
            notes.extend(band_notes(y_i, band))
        else:
            gap = max(0.0, sign * (y_target - y_i))
            # Under a cap is where a running total starts: 35 of 50 is no 143% "attained".
            attainment = None if is_cap(goal) else _attainment(y_i, goal)
            if is_cap(goal) and gap > 0:
                notes.append(Note.OVER_CAP)
        # "Still needed" looks ahead: nothing is, once the deadline year is over; nor over a
        # cap (a running total added to cannot fall back under it).
        if band is None and not is_cap(goal) and not passed and t_deadline > t_i and gap > 0:
            # Less than a year left: what is still needed a year is the whole gap, not the gap
            # spread over a year's fraction (2 months left would read as 6 times the gap).
            years_left = max(1.0, t_deadline - t_i)
            needed_per_year = finite(sign * gap / years_left)
            if goal.kind == "level":
                needed_growth = cagr(y_i, y_target, years_left)

    if latest is not None and baseline is not None and latest is not baseline:
        y0, t0 = baseline.value, baseline.period.t
        y_i, t_i = latest.value, latest.period.t
        share_of_time = ratio(t_i - t0, t_deadline - t0)
        elapsed = None if share_of_time is None else min(1.0, share_of_time)
        if met_at_baseline:  # growth since is a fact; a way from it to the target is not
            actual_growth = cagr(y0, y_i, t_i - t0) if goal.kind == "level" else None
        elif band is None:
            progress = ratio(y_i - y0, y_target - y0)
            if progress is not None and elapsed is not None:
                pace_gap = apart(progress, elapsed)
            if goal.kind == "level":
                actual_growth = cagr(y0, y_i, t_i - t0)
                required_growth = cagr(y0, y_target, t_deadline - t0)
            if actual_growth is not None and required_growth is not None and required_growth:
                growth_ratio = ratio(actual_growth, required_growth)
                projected = compound(y_i, actual_growth, t_deadline - t_i)
            else:
                if progress is not None and elapsed is not None and elapsed > 0:
                    growth_ratio = ratio(progress, elapsed)
                if t_i > t0:
                    projected = finite(y0 + (y_i - y0) / (t_i - t0) * (t_deadline - t0))
            if final:  # the deadline's own figure is in: nothing is left to project
                projected = None
            elif projected is not None and _never_negative(goal):
                projected = max(0.0, projected)

    if band is not None and latest is not None:
        # A band measures no progress: its time elapsed is the plan's own, from the end of the
        # year before its start (as a rate goal's), not from whichever figure came first.
        origin = float(goal.start - 1)
        elapsed = max(0.0, min(1.0, (latest.period.t - origin) / (t_deadline - origin)))
    status = _goal_status(goal, latest, baseline, growth_ratio, final, band)
    running = latest is not None and not passed and latest.period.t >= t_deadline
    if status is Status.ACHIEVED and running and not _adds_up(goal):
        # The deadline year's figure so far meets a ceiling or a share: the year may yet take it
        # back (unemployment of 4.3% in November). A sum so far that meets a floor stays met.
        status = Status.ON_TRACK
    moved_away = latest is not None and latest is not baseline
    if met_at_baseline and moved_away and status is Status.INSUFFICIENT_DATA:
        status = Status.DETERIORATING  # short of a target its baseline met: it moved away
    if not final and latest is not None and status is not Status.ACHIEVED:  # a met goal is met
        if not passed and latest.period.t >= t_deadline:  # the deadline year's, in that year
            notes.append(Note.DEADLINE_YEAR_RUNNING)
        elif early:
            notes.append(Note.DEADLINE_FIGURE_EARLY)
        elif estimated:
            notes.append(Note.DEADLINE_FIGURE_ESTIMATE)
        elif passed:
            notes.append(Note.PROVISIONAL_DEADLINE_PASSED)

    return GoalRow(
        id=key,
        goal=goal,
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
        reached=reached,
        newest=newest,
        band=band,
    )


def _goal_status(
    goal: Goal,
    latest: Point | None,
    baseline: Point | None,
    growth_ratio: float | None,
    final: bool,
    band: tuple[float, float] | None,
) -> Status:
    # A cap on a running total (新增建设用地控制在50平方公里以内): under it is where the total
    # starts, not an achievement; judged as a band with no floor.
    held = band is not None or is_cap(goal)
    if latest is not None and meets(latest.value, goal.target, goal.direction, band):
        # Above a floor stays achieved; inside a band or a cap is only on track until the deadline.
        return Status.ON_TRACK if held and not final else Status.ACHIEVED
    if latest is not None and final:
        return Status.MISSED
    if held:  # outside the band or over the cap before the deadline: a correction is needed
        return Status.INSUFFICIENT_DATA if latest is None else Status.NEEDS_ACCELERATION
    if latest is None or baseline is None or latest is baseline or growth_ratio is None:
        return Status.INSUFFICIENT_DATA
    return ratio_status(growth_ratio)


def _adds_up(goal: Goal) -> bool:
    """A figure that only grows through its year (a year's output, a running total, to reach):
    met by a figure so far, it is met for the year."""
    return goal.direction == "increase" and goal.kind in ("level", "cumulative")


def is_cap(goal: Goal) -> bool:
    """A running total to stay under (a count or amount added, less is better, from nothing:
    with a baseline above the target it is a total to bring down, met when it gets there)."""
    return goal.kind == "cumulative" and goal.direction == "decrease" and goal.baseline is None


def select(
    assessment: Assessment,
    clusters: Iterable[str] = (),
    regions: Iterable[str] = (),
    statuses: Iterable[str] = (),
) -> Assessment:
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
        for row in assessment.targets
        if place_ok(row.goal.cluster, row.goal.region)
        and (not wanted_statuses or row.status.value in wanted_statuses)
    ]
    indicators = [
        row
        for row in assessment.indicators
        if place_ok(row.indicator.cluster, row.indicator.region)
    ]
    return assessment._replace(targets=targets, indicators=indicators)
