"""Rate goals: the recorded figures are yearly growth rates in % (年均增长5%, 增长6%左右).

A plan of N years (``start`` to ``deadline``) is met when the average rate a year over its
years meets the target. The average is compound, as 年均 means in Chinese statistics: the
N-th root of the product of the yearly growth factors. Until the deadline year's figure is in,
the status compares the average so far with the target rate: the growth ratio of the method.
"""

from __future__ import annotations

import datetime as dt
import math

from cluster_cli.engine.assess import deadline_passed
from cluster_cli.engine.figures import apart, finite, meets, percent, ratio
from cluster_cli.engine.history import Entry
from cluster_cli.engine.models import Goal
from cluster_cli.engine.results import (
    GoalRow,
    Note,
    Point,
    Status,
    is_estimate,
    ratio_status,
    recorded_within,
)

# An average of rates is rounded to this many decimals of a percent, so that 5% and 5% average
# to 5%, not 4.999999999999999% (which would miss a 5% target).
_AVERAGE_DECIMALS = 9


def average_rate(rates: list[float]) -> float | None:
    """The compound average of yearly rates in % (5, 7 -> 5.995...): -100% when one year's is
    (nothing is left to grow); None below -100%, which no quantity can fall by."""
    factor = math.prod(1 + percent(rate) for rate in rates)
    if not rates or factor < 0:
        return None
    if factor == 0:
        return -100.0
    if len(rates) == 1:
        return rates[0]
    value = finite((factor ** (1 / len(rates)) - 1) * 100)
    return None if value is None else round(value, _AVERAGE_DECIMALS)


def assess_rate(
    key: str,
    goal: Goal,
    entries: list[Entry],
    points: list[Point],
    as_of: dt.date,
    notes: list[Note],
) -> GoalRow:
    years = goal.deadline - goal.start + 1
    plan = [p for p in points if p.period.is_year and goal.start <= p.period.year <= goal.deadline]
    if any(p.period.t > goal.deadline for p in points):
        notes.append(Note.VALUES_AFTER_DEADLINE)
    if any(p not in plan and p.period.t <= goal.deadline for p in points):
        notes.append(Note.VALUES_OUTSIDE_PLAN)
    latest = plan[-1] if plan else None
    band = goal.band
    row = GoalRow(
        id=key,
        goal=goal,
        baseline=None,
        latest=latest,
        points=points,
        history=entries,
        attainment=None,
        progress=None,
        gap=None,
        elapsed=None,
        pace_gap=None,
        actual_growth=None,
        required_growth=percent(goal.target),
        growth_ratio=None,
        needed_growth=None,
        needed_per_year=None,
        projected=None,
        final=False,
        status=Status.INSUFFICIENT_DATA,
        notes=(),
        newest=points[-1] if points else None,
        band=band,
    )
    average = average_rate([p.value for p in plan])
    if latest is None or average is None:
        return row._replace(notes=tuple(notes))

    goal_rate, required = goal.target, percent(goal.target)
    actual = percent(average)
    passed = deadline_passed(goal, as_of)
    # Settled by the average of every year of the plan, once the deadline year is over.
    deadline_in = latest.period.year == goal.deadline
    met = meets(average, goal_rate, goal.direction, band)
    # The deadline year's rate recorded during that year is a figure so far or an estimate.
    early = deadline_in and recorded_within(latest, goal.deadline) and not met
    estimated = deadline_in and is_estimate(latest) and not met  # 预计数
    final = deadline_in and passed and len(plan) == years and not early and not estimated
    if deadline_in and not passed:
        notes.append(Note.DEADLINE_YEAR_RUNNING)
    elif early:
        notes.append(Note.DEADLINE_FIGURE_EARLY)
    elif estimated:
        notes.append(Note.DEADLINE_FIGURE_ESTIMATE)
    elif deadline_in and len(plan) < years:
        notes.append(Note.PLAN_YEARS_MISSING)
    elapsed = min(1.0, (latest.period.year - goal.start + 1) / years)
    factor = math.prod(1 + percent(p.value) for p in plan)

    gap: float
    progress = pace_gap = growth_ratio = attainment = needed = None
    if band is not None:
        gap = max(0.0, band[0] - average, average - band[1])
        if not met:
            notes.append(Note.ABOVE_BAND if average > band[1] else Note.BELOW_BAND)
    else:
        sign = 1.0 if goal.direction == "increase" else -1.0
        gap = max(0.0, sign * (goal_rate - average))
        # A rate to reach (5%, or -3% when less is better) has a way to go: progress, a pace, a
        # ratio, a rate still needed. A floor or a ceiling (a rise of at most 3%, a fall of at
        # most 2%, growth not below 0) is only kept or not: none of them means anything there.
        if sign * goal_rate > 0:
            # Growth of the whole plan done so far, against the growth the plan asks for.
            progress = ratio(factor - 1, (1 + required) ** years - 1)
            if progress is not None:
                pace_gap = apart(progress, elapsed)
            # Average over target: attainment would be this same number, so it stays None.
            growth_ratio = ratio(actual, required)
            remaining = years - len(plan)
            # After a fall of -100% nothing is left to grow: no rate can still reach the
            # target. Ahead of the target too: the rate the years left may bring and reach it.
            if not final and not passed and remaining > 0 and factor > 0:
                needed = finite(((1 + required) ** years / factor) ** (1 / remaining) - 1)

    if band is None and growth_ratio is None and not met:  # a floor or a ceiling, not kept
        notes.append(Note.ABOVE_CEILING if goal.direction == "decrease" else Note.BELOW_FLOOR)
    if final:
        status = Status.ACHIEVED if met else Status.MISSED
    elif band is not None or growth_ratio is None:
        # Within a band, or a floor or ceiling (increase above 0%, stay below 3%).
        status = Status.ON_TRACK if met else Status.NEEDS_ACCELERATION
    else:
        status = ratio_status(growth_ratio)
    if not final and passed and not deadline_in:  # else PLAN_YEARS_MISSING says why
        notes.append(Note.PROVISIONAL_DEADLINE_PASSED)
    return row._replace(
        attainment=attainment,
        progress=progress,
        gap=gap,
        elapsed=elapsed,
        pace_gap=pace_gap,
        actual_growth=actual,
        growth_ratio=growth_ratio,
        needed_growth=needed,
        final=final,
        status=status,
        notes=tuple(notes),
        average=average,
    )
