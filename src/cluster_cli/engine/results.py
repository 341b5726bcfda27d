"""What the progress engine returns: statuses, notes and one row per goal and indicator.

Kept apart from the computation so that the goal kinds (:mod:`cluster_cli.engine.rates`) and
the renderers share these types without importing each other.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from enum import StrEnum
from typing import NamedTuple

from cluster_cli.engine.history import Entry
from cluster_cli.engine.models import Goal, Indicator, Qualifier, Record
from cluster_cli.engine.periods import Period, recorded_by_end_of

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
    # Figures for periods after the deadline: shown, and ``reached`` may name one of them,
    # but the deadline year's figure decides achieved or missed.
    VALUES_AFTER_DEADLINE = "values-after-deadline"
    # A rate goal: figures outside the plan's years (or for dates) are shown, not averaged.
    VALUES_OUTSIDE_PLAN = "values-outside-plan"
    ABOVE_BAND = "above-band"  # maintain: the figure is above the band around the target
    BELOW_BAND = "below-band"  # maintain: the figure is below it
    OVER_CAP = "over-cap"  # a running total to stay under is over its cap
    ABOVE_CEILING = "above-ceiling"  # a rate to stay at or below (居民消费价格涨幅3%) is above it
    BELOW_FLOOR = "below-floor"  # a rate to stay at or above (增速不低于0) is below it
    # A record for a period that had not begun when it was recorded, or before 1949.
    IMPLAUSIBLE_PERIOD_IGNORED = "implausible-period-ignored"
    # A count recorded below 0 or with a fraction (a hand edit: `update` refuses it).
    COUNT_NOT_WHOLE_IGNORED = "count-not-whole-ignored"
    # A growth rate below -100% (a hand edit: `update` refuses it).
    RATE_BELOW_FLOOR_IGNORED = "rate-below-floor-ignored"
    # The baseline (the first figure, or one recorded for the base period) already met the
    # target: progress from it is undefined, and a later figure short of it moved away.
    BASELINE_MET_TARGET = "baseline-met-target"
    # The deadline year's figure is in, but the year is not over (a figure so far, or an
    # early estimate): it cannot settle the goal yet.
    DEADLINE_YEAR_RUNNING = "deadline-year-running"
    # The year is over, but its figure short of the target was recorded during that year (a
    # figure so far, or an early estimate): the year's final figure settles the goal.
    DEADLINE_FIGURE_EARLY = "deadline-figure-early"
    # The deadline year's figure, short of the target, is noted as an estimate (预计数: a work
    # report's figure for the year just ended): the year's final figure settles the goal.
    DEADLINE_FIGURE_ESTIMATE = "deadline-figure-estimate"
    # A rate goal with the deadline year's rate in but other years of the plan missing: the
    # average of the years recorded cannot settle the goal.
    PLAN_YEARS_MISSING = "plan-years-missing"


class Point(NamedTuple):
    """A value that counts for its period, in the goal's current unit."""

    period: Period
    value: float
    record: Record | None  # None: the figure comes from the registry
    # "over 1000": the registry can give a floor or an estimate; a recorded figure is exact.
    qualifier: Qualifier = "exact"


# A note that says its figure is an estimate: 预计数, 预计, 2025年预计, 初步预计, estimate,
# expected (as a work report gives the year just ended). It opens the note: "低于年初预计的2000亿元"
# and "不含估计数" speak of an estimate, they do not call the figure one (docs/methodology.md).
_ESTIMATE = re.compile(
    r"(?:\d{4}\s*年度?\s*)?(?:初步)?(?:预计|预估|估计)|(?:preliminary\s+)?(?:estimated?|expected)\b",
    re.IGNORECASE,
)


def is_estimate(point: Point) -> bool:
    """Whether the point's figure is noted as an estimate: its record's note opens saying so."""
    record = point.record
    return record is not None and _ESTIMATE.match(record.note.strip()) is not None


def recorded_within(point: Point, year: int) -> bool:
    """Whether the point's figure was recorded by the end of ``year`` (a plan's own figure,
    with no record, was not)."""
    record = point.record
    return record is not None and recorded_by_end_of(record.recorded_at, year)


class GoalRow(NamedTuple):
    id: str
    goal: Goal
    baseline: Point | None
    latest: Point | None  # the newest figure up to the deadline: the one that is judged
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
    # The first period whose figure met the target, deadline or not ("reached in 2026").
    reached: Period | None = None
    newest: Point | None = None  # the newest figure of all, after the deadline too
    average: float | None = None  # rate goals: the average rate a year so far, in %
    band: tuple[float, float] | None = None  # maintain goals: the values that meet it

    @property
    def approximate(self) -> bool:
        """Whether its progress is measured from an approximate baseline ("over 1000")."""
        return self.progress is not None and Note.BASELINE_APPROXIMATE in self.notes


class IndicatorRow(NamedTuple):
    id: str
    indicator: Indicator
    latest: Point
    points: list[Point]
    history: list[Entry]
    growth: float | None  # observed growth per year, as a fraction
    status: Status
    notes: tuple[Note, ...]
    growth_qualifier: str = "exact"  # "over" when the source says 超过20%, as figures have
    # A share (城镇化率): its change in percentage points a year, first figure to latest (the
    # qualifier above says whether it is exact); None for other kinds and a single figure.
    change_pp: float | None = None


class Assessment(NamedTuple):
    as_of: dt.date
    targets: list[GoalRow]
    indicators: list[IndicatorRow]
    orphans: list[Record]  # records of ids the registry lacks
    unusable: list[Record]  # values in a unit of another kind
    # periods not begun when recorded (or before 1949), and counts not whole
    implausible: tuple[Record, ...] = ()

    @property
    def summary(self) -> dict[Status, int]:
        counts = Counter(row.status for row in self.targets)
        return {status: counts.get(status, 0) for status in STATUS_ORDER}


def grade(value: float, on_track: float, acceleration: float) -> Status:
    """The cut-offs of the method: on track, acceleration needed, limited, deteriorating.

    Judged on the value without its binary noise (twelve significant digits, as printed): a
    ratio of exactly 0.6, computed as 0.5999999999999996, needs acceleration, as 0.60 reads."""
    value = float(f"{value:.12g}")
    if value >= on_track:
        return Status.ON_TRACK
    if value >= acceleration:
        return Status.NEEDS_ACCELERATION
    if value >= 0:
        return Status.LIMITED_PROGRESS
    return Status.DETERIORATING


def ratio_status(ratio: float) -> Status:
    """A goal's status by its growth (or pace) ratio."""
    return grade(ratio, ON_TRACK_RATIO, ACCELERATION_RATIO)


# The order in which goals need attention: a goal missed first, one achieved last.
ATTENTION_ORDER = (
    Status.MISSED, Status.DETERIORATING, Status.LIMITED_PROGRESS, Status.NEEDS_ACCELERATION,
    Status.INSUFFICIENT_DATA, Status.ON_TRACK, Status.ACHIEVED,
)  # fmt: skip


def attention_key(row: GoalRow) -> tuple[int, bool, float, float]:
    """The sort key of goals by need of attention, most in need first: by status
    (:data:`ATTENTION_ORDER`), then by growth ratio and pace gap; a goal judged without a ratio
    (a band, a cap, a floor or a ceiling missed, a fall from a first figure) after those of its
    status that have one."""
    ratio_of, pace = row.growth_ratio, row.pace_gap
    return (
        ATTENTION_ORDER.index(row.status),
        ratio_of is None,
        ratio_of if ratio_of is not None else 0.0,
        pace if pace is not None else 0.0,
    )


def most_in_need(rows: list[GoalRow], at_most: int | None) -> list[GoalRow]:
    """All ``rows`` when they are ``at_most`` or fewer (None: no limit); else the ``at_most``
    that most need attention (:func:`attention_key`; in registry order where that ranks them
    alike). Either way in registry order, as the tables list them."""
    if at_most is None or len(rows) <= at_most:
        return rows
    ranked = sorted(range(len(rows)), key=lambda at: (*attention_key(rows[at]), at))
    return [rows[at] for at in sorted(ranked[:at_most])]
