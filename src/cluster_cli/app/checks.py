"""What ``cluster-cli check`` verifies: the registry, its quotes, the ledger, fresh figures.

Pure of Typer and Rich: it returns a :class:`CheckReport`; the command prints it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from cluster_cli.engine import quotes as quotes_module
from cluster_cli.engine.history import current_values, entries_by_target, known_by
from cluster_cli.engine.models import Registry
from cluster_cli.engine.periods import stored_period_problem
from cluster_cli.engine.records import Record
from cluster_cli.engine.units import convertible, shown
from cluster_cli.errors import InputFileError, UsageError
from cluster_cli.files import ledger as ledger_module
from cluster_cli.files import registry as registry_module

_DURATION_UNITS = {"d": "days", "w": "weeks", "m": "months", "y": "years"}


@dataclass
class CheckReport:
    registry: str
    ledger: str
    counts: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems and not self.stale


def parse_duration(text: str) -> tuple[int, str]:
    """``90d``, ``6w``, ``18m``, ``2y`` -> (amount, unit letter)."""
    raw = text.strip().lower()
    number, letter = raw[:-1], raw[-1:]
    # ASCII digits, at most six: int() refuses "²" and numbers of over 4,300 digits.
    plain = number.isascii() and number.isdigit() and len(number) <= 6
    if letter not in _DURATION_UNITS or not plain or not 0 < int(number) <= 100_000:
        raise UsageError(
            f"--stale-after {shown(text)} is not a duration: use a number and d, w, m or y "
            "(90d, 6w, 18m, 2y)"
        )
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
        if self.latest is None:
            return (
                f"{self.target}: no figure recorded since the plan started "
                f"({self.reference.isoformat()})"
            )
        return (
            f"{self.target}: latest figure is for {self.latest} (ends {self.reference.isoformat()})"
        )


def stale_goals(registry: Registry, records: list[Record], cutoff: dt.date) -> list[Stale]:
    """Goals whose latest figure's period ended before ``cutoff``.

    A goal with no figure is measured from the day its plan started counting (31 December of
    the year before ``start``): it is stale once that is older than the cutoff.
    """
    entries = entries_by_target(known_by(records, None))
    stale = []
    for key, goal in registry.targets.items():
        values = current_values(entries.get(key, []))
        if values:
            latest = values[-1].period
            reference, latest_text = latest.end_date, latest.text
            stale_text: str | None = latest_text
        else:
            reference, stale_text = dt.date(goal.start - 1, 12, 31), None
        if reference < cutoff:
            stale.append(Stale(key, stale_text, reference))
    return stale


def ledger_problems(goals: Registry, records: list[Record], ledger: str) -> list[str]:
    """Records that cannot count: unknown goal, unit of another kind, retraction of nothing."""
    problems = []
    by_id = {record.id: record for record in records}
    for record in records:
        where = f"{ledger}: record {record.id}"
        item = goals.item(record.target)
        if item is None:
            problems.append(f"{where}: no goal or indicator {record.target!r} in the registry")
        elif record.retracts is not None:
            retracted = by_id.get(record.retracts)
            if retracted is None:
                problems.append(f"{where}: retracts {record.retracts}, which is not in the ledger")
            elif retracted.target != record.target:
                problems.append(
                    f"{where}: retracts {record.retracts} of {retracted.target}, "
                    f"but names {record.target}"
                )
        elif problem := stored_period_problem(record.period, record.recorded_at):
            problems.append(f"{where}: {record.target} {problem}; the figure is ignored")
        elif not convertible(record.unit, item.unit):
            problems.append(
                f"{where}: {record.target} {record.period} is in {record.unit}, which cannot be "
                f"expressed in the goal's unit {item.unit}; the figure is ignored"
            )
    return problems


def run_checks(
    registry: Path | None,
    ledger: Path | None,
    quotes: list[Path],
    stale_after: str | None,
    today: dt.date,
) -> CheckReport:
    """Every check, collecting every problem rather than stopping at the first."""
    duration = parse_duration(stale_after) if stale_after is not None else None
    location = registry_module.locate(registry)
    ledger_location = ledger_module.locate(ledger, location)
    report = CheckReport(location.display, str(ledger_location.path))
    goals: Registry | None = None
    try:
        goals = registry_module.load(location)
    except InputFileError as error:
        report.problems.append(str(error))
    if goals is not None:
        report.counts = {"targets": len(goals.targets), "indicators": len(goals.indicators)}
        if quotes:
            texts = [registry_module.read_text(path) for path in quotes]
            for missing in quotes_module.missing_quotes(goals, texts):
                report.problems.append(
                    f"{location.display}: {missing.item_id}.source.quote: not found in "
                    f"{', '.join(map(str, quotes))}: {missing.quote!r}"
                )
    try:
        loaded = ledger_module.load(ledger_location.path)
    except InputFileError as error:
        report.problems.append(str(error))
        return report
    report.counts["records"] = len(loaded.records)
    report.warnings.extend(loaded.warnings)
    if goals is None:
        return report
    report.problems.extend(ledger_problems(goals, loaded.records, str(loaded.path)))
    if duration is not None:
        cutoff = subtract(today, *duration)
        report.stale = [s.message() for s in stale_goals(goals, loaded.records, cutoff)]
    return report
