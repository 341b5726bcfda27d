"""What ``check`` finds in records and registry alone: stale goals, records that cannot count.

Pure: the files are read by :mod:`cluster_cli.app.checks`, which collects these findings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from cluster_cli.engine.assess import counted_period_problem, value_problem
from cluster_cli.engine.history import current_values, entries_by_goal, known_by, recorded_by
from cluster_cli.engine.models import Registry
from cluster_cli.engine.records import Record
from cluster_cli.engine.units import convertible
from cluster_cli.errors import UsageError
from cluster_cli.i18n import messages as m
from cluster_cli.i18n import say
from cluster_cli.text import shown

_DURATION_UNITS = {"d": "days", "w": "weeks", "m": "months", "y": "years"}


# Durations as Chinese writes them: 90天, 6周, 18个月, 2年, with full-width digits or not (not
# NFKC, which would read ² as 2).
_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_CHINESE_DURATIONS = (("个月", "m"), ("星期", "w"), ("天", "d"), ("日", "d"), ("周", "w"),
                      ("月", "m"), ("年", "y"))  # fmt: skip


def parse_duration(text: str) -> tuple[int, str]:
    """``90d``, ``6w``, ``18m``, ``2y`` (or ``90天``, ``6周``, ``18个月``, ``2年``) -> (amount,
    unit letter)."""
    raw = text.translate(_FULL_WIDTH_DIGITS).strip().lower()
    for word, letter in _CHINESE_DURATIONS:
        if raw.endswith(word):
            raw = raw.removesuffix(word).strip() + letter
            break
    number, letter = raw[:-1], raw[-1:]
    # ASCII digits, at most six, in every unit alike: int() refuses "²" and numbers of over
    # 4,300 digits, and a duration reaching before year 1 reaches the earliest date.
    plain = number.isascii() and number.isdigit() and len(number) <= 6
    if letter not in _DURATION_UNITS or not plain or int(number) == 0:
        raise UsageError(say(m.NOT_A_DURATION, text=shown(text)))
    return int(number), letter


def subtract(day: dt.date, amount: int, letter: str) -> dt.date:
    """``day`` minus a duration; months and years keep the day of month where it exists.

    A duration reaching before year 1 gives the earliest date: nothing is older than that.
    """
    try:
        return _subtract(day, amount, letter)
    except (OverflowError, ValueError):
        return dt.date.min


def _subtract(day: dt.date, amount: int, letter: str) -> dt.date:
    if letter == "d":
        return day - dt.timedelta(days=amount)
    if letter == "w":
        return day - dt.timedelta(weeks=amount)
    months = day.year * 12 + day.month - 1 - (amount * 12 if letter == "y" else amount)
    year, month = divmod(months, 12)
    month += 1
    last_day = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(year, month, min(day.day, last_day))


@dataclass(frozen=True)
class Stale:
    target: str
    latest: str | None  # period of the latest figure, None when there is none
    reference: dt.date  # the end date checked against the cutoff

    def message(self) -> str:
        end = self.reference.isoformat()
        if self.latest is None:
            return say(m.STALE_NO_FIGURE, target=self.target, start=end)
        return say(m.STALE_LATEST, target=self.target, period=self.latest, end=end)


def stale_goals(registry: Registry, records: list[Record], cutoff: dt.date) -> list[Stale]:
    """Goals whose latest figure's period ended before ``cutoff``.

    A goal with no figure is measured from the day its plan started counting (31 December of
    the year before ``start``): it is stale once that is older than the cutoff. A goal whose
    deadline year's figure is in is settled (achieved or missed, for good): never stale, as
    the report's stale figures leave it out.
    """
    entries = entries_by_goal(known_by(records, None))
    stale = []
    for key, goal in registry.targets.items():
        values = current_values(entries.get(key, []))
        if any(value.period.t == float(goal.deadline) for value in values):
            continue
        if values:
            latest = values[-1].period
            reference, latest_text = latest.end_date, latest.text
            stale_text: str | None = latest_text
        else:
            reference, stale_text = dt.date(goal.start - 1, 12, 31), None
        if reference < cutoff:
            stale.append(Stale(key, stale_text, reference))
    return stale


def ledger_problems(
    goals: Registry,
    records: list[Record],
    ledger: str,
    today: dt.date | None = None,
    lines: Mapping[str, int] | None = None,
) -> list[str]:
    """Records that cannot count: unknown goal, unit of another kind, retraction of nothing;
    retractions that do not repeat the period of the figure they withdraw; with ``today``
    (UTC), also records recorded after it, which count only from that day on. ``lines``: the
    line each record starts on, named in its message (``FILE: line N: record ID: ...``)."""
    problems = []
    by_id = {record.id: record for record in records}
    tomorrow = recorded_by(today) if today is not None else None
    for record in records:
        problem = _record_problem(goals, record, by_id) or _retraction_period(record, by_id)
        if problem is None and tomorrow is not None and record.recorded_at >= tomorrow:
            problem = say(m.RECORDED_LATER, recorded=record.recorded_at)
        if problem is None:
            continue
        line = (lines or {}).get(record.id)
        if line is None:
            problems.append(say(m.LEDGER_RECORD, ledger=ledger, id=record.id, problem=problem))
        else:
            place = say(m.PLACE, path=ledger, where=say(m.LINE, line=line))
            problem = say(m.RECORD_PROBLEM, id=record.id, problem=problem)
            problems.append(say(m.PROBLEM_AT, place=place, problem=problem))
    return problems


def _retraction_period(record: Record, by_id: dict[str, Record]) -> str | None:
    """A retraction repeats the period of the figure it withdraws (as ``undo`` writes it); a
    hand-written one that names another still withdraws that figure, but reads as if it
    withdrew another period's. Not a reason to ignore it: ``check`` names it, to be corrected."""
    retracted = by_id.get(record.retracts) if record.retracts is not None else None
    if retracted is None or retracted.period == record.period:
        return None
    return say(
        m.RETRACTS_OTHER_PERIOD, id=retracted.id, other=retracted.period, period=record.period
    )


def retraction_problems(goals: Registry, records: list[Record]) -> list[tuple[Record, str]]:
    """Retractions that withdraw nothing (of an id not in the ledger, of themselves, of a
    retraction, of another goal's figure), each with why: every command ignores them."""
    retractions = [record for record in records if record.retracts is not None]
    if not retractions:
        return []
    wanted = {record.retracts for record in retractions}
    by_id = {record.id: record for record in records if record.id in wanted}
    found = []
    for record in retractions:
        if goals.item(record.goal_id) is None:
            continue  # an orphan: warned about as one
        problem = _record_problem(goals, record, by_id)
        if problem is not None:
            found.append((record, problem))
    return found


def _record_problem(goals: Registry, record: Record, by_id: dict[str, Record]) -> str | None:
    goal = record.goal_id
    item = goals.item(goal)
    if item is None:
        return say(m.RECORD_GOAL_UNKNOWN, goal=shown(goal))
    if record.retracts is not None:
        retracted = by_id.get(record.retracts)
        if retracted is None:
            return say(m.RETRACTS_NOTHING, id=record.retracts)
        if retracted is record:
            return say(m.RETRACTS_ITSELF)
        if retracted.retracts is not None:  # undo never writes one: a retraction stays
            return say(m.RETRACTS_A_RETRACTION, id=record.retracts)
        if retracted.goal_id != goal:
            return say(
                m.RETRACTS_OTHER_GOAL, id=record.retracts, other=retracted.goal_id, goal=goal
            )
        return None
    if problem := counted_period_problem(record, item):
        return say(m.PERIOD_IGNORED, goal=goal, problem=problem)
    if not convertible(record.unit, item.unit):
        return say(
            m.UNIT_IGNORED, goal=goal, period=record.period, unit=record.unit, goal_unit=item.unit
        )
    if problem := value_problem(record, item):
        # `update` refuses these; a hand edit can write them, and every command leaves them out.
        return say(m.VALUE_IGNORED, goal=goal, period=record.period, problem=problem)
    return None
