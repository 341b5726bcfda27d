"""Pure functions over ledger records: what was known at a date, and which value counts.

* ``--as-of DATE`` keeps the records recorded on or before that day (UTC), so a report can be
  reproduced exactly as it was on that day;
* a retraction withdraws the record it names;
* several values for the same goal and period are revisions: the latest recorded one counts,
  and the history keeps all of them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from itertools import islice
from operator import attrgetter, eq
from typing import NamedTuple

from cluster_cli.engine.periods import Period, parse_stored_period, stored_period_problem
from cluster_cli.engine.records import Record


def recorded_by(day: dt.date) -> str:
    """What every timestamp recorded on or before ``day`` (UTC) sorts before: the next day's
    date. (The day's last instant would not do: "…T23:59:59Z", written without a fraction,
    sorts after "…T23:59:59.999999Z".)"""
    return (day + dt.timedelta(days=1)).isoformat()


def known_by(records: Iterable[Record], day: dt.date | None) -> list[Record]:
    """Records recorded on or before ``day`` (all of them when ``day`` is None), oldest first."""
    if day is None:
        chosen = list(records)
    else:
        cutoff = recorded_by(day)
        chosen = [r for r in records if r.recorded_at < cutoff]
    # By recording time, then id: after a union merge (in either direction) the order is the
    # same. Stamps of one length (as cluster-cli writes them) sort as text, the usual case and
    # the only sort; a hand-written "…T10:00:00Z" would sort as text after "…T10:00:00.5Z",
    # so mixed lengths sort by time, and equal stamps by id.
    chosen.sort(key=_STAMP)
    stamps = list(map(_STAMP, chosen))
    if len(set(map(len, stamps))) > 1:
        chosen.sort(key=_moment)
    elif any(map(eq, stamps, islice(stamps, 1, None))):
        chosen.sort(key=_STAMP_AND_ID)
    return chosen


_STAMP = attrgetter("recorded_at")
_STAMP_AND_ID = attrgetter("recorded_at", "id")


def _moment(record: Record) -> tuple[str, str, str]:
    """A stamp ``…T10:00:00.500Z`` as its whole seconds and its fraction without trailing
    zeros (``500`` and ``5`` are one time; ``05`` is before ``5``), then the id."""
    seconds, _, fraction = record.recorded_at.removesuffix("Z").partition(".")
    return seconds, fraction.rstrip("0"), record.id


class Entry(NamedTuple):
    """A value as it stands: the record, its period, and what happened to it later."""

    record: Record
    period: Period
    superseded_by: str | None = None  # id of the later revision for the same period
    retracted_by: str | None = None  # id of the retraction

    @property
    def counts(self) -> bool:
        return self.superseded_by is None and self.retracted_by is None


def entries_by_goal(
    records: Iterable[Record], *, periods_checked: bool = False
) -> dict[str, list[Entry]]:
    """Every value record per goal id, oldest recording first, marked superseded or retracted.

    ``records`` must already be filtered with :func:`known_by` and sorted by recording time.
    Values for implausible periods (:func:`stored_period_problem`) are left out: they cannot
    count, and ``check`` names them. ``periods_checked``: the caller has left them out already.
    """
    records = list(records)
    values = [
        record
        for record in records
        if record.retracts is None
        and (periods_checked or stored_period_problem(record.period, record.recorded_at) is None)
    ]
    periods = [parse_stored_period(record.period) for record in values]
    retracted: dict[str, str] = {}
    if len(values) < len(records):  # some records are retractions (or cannot count)
        goal_of = {record.id: record.goal_id for record in values}
        for record in records:
            # A retraction naming another goal than the record it withdraws is inconsistent
            # (`check` reports it) and withdraws nothing.
            if record.retracts is not None and goal_of.get(record.retracts) == record.goal_id:
                retracted.setdefault(record.retracts, record.id)
    # Keyed by the position in time: "2024" and "2024-12-31" are the same period. Later
    # recordings overwrite earlier ones: the latest counts.
    latest_for_period = {
        (record.goal_id, period.t): record.id
        for record, period in zip(values, periods, strict=True)
        if record.id not in retracted
    }
    result: dict[str, list[Entry]] = {}
    for record, period in zip(values, periods, strict=True):
        winner = latest_for_period.get((record.goal_id, period.t))
        superseded = None if winner is None or winner == record.id else winner
        # tuple.__new__ skips the named tuple's own __new__ (a Python call per record).
        entry = _new(Entry, (record, period, superseded, retracted.get(record.id)))
        entries = result.get(record.goal_id)
        if entries is None:
            result[record.goal_id] = [entry]
        else:
            entries.append(entry)
    return result


_new = tuple.__new__


def current_values(entries: list[Entry]) -> list[Entry]:
    """The values that count, one per period, in chronological order of period."""
    # One value counts per point in time, so the position alone orders them.
    return sorted([e for e in entries if e.counts], key=_BY_TIME)


_BY_TIME = attrgetter("period.t")
