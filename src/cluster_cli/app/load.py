"""Locate and load the files every command works on, and compute where each goal stands.

The one place that turns the ``--registry`` and ``--ledger`` options into files read: commands
that record (:func:`open_context`, :func:`load_ledger`), that report (:func:`load_state`) and
``check`` all go through it. Nothing here prints: warnings are returned for the command to show.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import NamedTuple

from cluster_cli.engine.assess import (
    Assessment,
    compute,
    counted_period_problem,
    select,
    value_problem,
)
from cluster_cli.engine.history import recorded_by
from cluster_cli.engine.models import Record, Registry
from cluster_cli.engine.periods import parse_as_of
from cluster_cli.engine.periods import today as utc_today
from cluster_cli.files import ledger
from cluster_cli.files import registry as registry_module
from cluster_cli.i18n import messages as m
from cluster_cli.i18n import say
from cluster_cli.render.jsondoc import Origin
from cluster_cli.text import did_you_mean, folded, shown


class Filters(NamedTuple):
    """``--cluster``, ``--region`` and ``--status``: each keeps rows matching any of its values."""

    clusters: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()

    @classmethod
    def of(
        cls, clusters: list[str] | None, regions: list[str] | None, statuses: list[str] | None
    ) -> Filters:
        return cls(tuple(clusters or ()), tuple(regions or ()), tuple(statuses or ()))

    def describe(self) -> list[str]:
        """The filters as typed, for the header of a report."""
        return (
            [f"--cluster {c}" for c in self.clusters]
            + [f"--region {r}" for r in self.regions]
            + [f"--status {s}" for s in self.statuses]
        )


class Context(NamedTuple):
    """The registry, validated, and where the registry and its ledger are."""

    registry: Registry
    registry_location: registry_module.RegistryLocation
    ledger_location: ledger.LedgerLocation


def open_context(registry_option: Path | None, ledger_option: Path | None) -> Context:
    location = registry_module.locate(registry_option)
    goals = registry_module.load(location)
    return Context(goals, location, ledger.locate(ledger_option, location))


def load_ledger(
    context: Context, *, creating: bool = False
) -> tuple[ledger.LoadedLedger, list[str]]:
    """The whole ledger, and its warnings with one for records of goals no longer registered
    and one for records stamped after today. ``creating``: the command makes a missing ledger
    (and says so), which is then no news to warn of."""
    ledger.refuse_the_registry(context.ledger_location, context.registry_location)
    loaded = ledger.load(context.ledger_location.path)
    later = later_warnings(loaded.path, loaded.records, utc_today())
    missing = [] if creating else named_but_missing(context.ledger_location)
    return loaded, [*missing, *loaded.warnings, *orphan_warnings(context.registry, loaded), *later]


def named_but_missing(location: ledger.LedgerLocation) -> list[str]:
    """A ledger named by ``--ledger`` or the environment that is not there: read as empty, as
    a new ledger is, but said, since a typo in its name would show every goal without figures."""
    named = location.origin in ("option", "environment")
    if named and not location.path.exists() and not location.path.is_symlink():
        return [say(m.NAMED_LEDGER_MISSING, path=location.path)]
    return []


def later_warnings(path: Path, records: list[Record], day: dt.date) -> list[str]:
    """Records stamped after ``day``: every command leaves them out until that day comes (as
    ``--as-of`` does), so a hand edit or a machine's wrong clock is said, not silently kept."""
    cutoff = recorded_by(day)
    later = [record.id for record in records if record.recorded_at >= cutoff]
    if not later:
        return []
    ids = ", ".join(later[:5]) + (" …" if len(later) > 5 else "")
    return [say(m.STAMPED_AFTER_TODAY, path=path, count=len(later), day=day, ids=ids)]


def orphan_warnings(registry: Registry, loaded: ledger.LoadedLedger) -> list[str]:
    known = set(registry.ids())
    orphans = sorted({r.goal_id for r in loaded.records if r.goal_id not in known})
    if not orphans:
        return []
    return [say(m.ORPHAN_RECORDS, path=loaded.path, ids=", ".join(orphans))]


def protected_files(
    registry_option: Path | None, ledger_option: Path | None
) -> list[tuple[str, Path]]:
    """The files a report must never be written over: the registry (unless built in), the
    ledger and their lock files (a writer waiting on a lock that was replaced would not wait)."""
    location = registry_module.locate(registry_option)
    ledger_path = ledger.locate(ledger_option, location).path
    protected = [
        (say(m.THE_LEDGER), ledger_path),
        (say(m.THE_LEDGER_LOCK), ledger.lock_path(ledger_path)),
    ]
    if location.path is not None:
        protected.insert(0, (say(m.THE_REGISTRY), location.path))
        from cluster_cli.files.lock import lock_path  # extract --into takes it

        protected.append((say(m.THE_REGISTRY_LOCK), lock_path(location.path)))
    return protected


class State(NamedTuple):
    registry: Registry
    records: list[Record]
    assessment: Assessment
    origin: Origin
    warnings: list[str]


def load_records(ledger_path: Path) -> tuple[list[Record], list[str]]:
    loaded = ledger.load(ledger_path)
    return loaded.records, loaded.warnings


def load_state(
    registry_option: Path | None,
    ledger_option: Path | None,
    as_of: str | None,
    filters: Filters | None = None,
    today: dt.date | None = None,
) -> State:
    """Load both files, compute progress at ``as_of`` and keep the rows ``filters`` select.

    Records of goals the registry does not have are not fatal: they become a warning.
    """
    day = parse_as_of(as_of) if as_of is not None else (today or utc_today())
    location = registry_module.locate(registry_option)
    goals = registry_module.load(location)
    filters = filters or Filters()
    chosen = resolve_filters(goals, filters)
    ledger_location = ledger.locate(ledger_option, location)
    ledger.refuse_the_registry(ledger_location, location)  # --ledger targets.toml
    ledger_path = ledger_location.path
    records, warnings = load_records(ledger_path)
    warnings = [*named_but_missing(ledger_location), *warnings]
    if as_of is None:  # an --as-of day leaves the later records out on purpose
        warnings = [*warnings, *later_warnings(ledger_path, records, day)]
    assessment = compute(goals, records, day)
    if assessment.orphans:
        missing = sorted({r.goal_id for r in assessment.orphans})
        warnings = [*warnings, say(m.ORPHAN_RECORDS, path=ledger_path, ids=", ".join(missing))]
    warnings = [*warnings, *ignored_warnings(goals, ledger_path, assessment)]
    if any(record.retracts is not None for record in records):  # most ledgers have none
        from cluster_cli.engine.checks import retraction_problems

        for record, problem in retraction_problems(goals, records):
            ignored = say(m.RECORD_IGNORED, path=ledger_path, id=record.id, problem=problem)
            warnings = [*warnings, ignored]
    assessment = select(assessment, chosen.clusters, chosen.regions, chosen.statuses)
    origin = Origin(registry=location.display, ledger=str(ledger_path))
    return State(goals, records, assessment, origin, warnings)


def ignored_warnings(registry: Registry, path: Path, assessment: Assessment) -> list[str]:
    """A warning for each record the assessment left out: in a unit that cannot be expressed
    in its goal's (an unknown one, ``亿``, or one of another kind), for a period or with a value
    that cannot be."""
    warnings = [
        say(
            m.UNUSABLE_RECORD,
            path=path,
            id=record.id,
            target=record.goal_id,
            period=record.period,
            unit=record.unit,
        )
        for record in assessment.unusable
    ]
    for record in assessment.implausible:
        item = registry.item(record.goal_id)
        assert item is not None  # records of no goal are orphans, not implausible
        implausible = say(
            m.IMPLAUSIBLE_RECORD,
            path=path,
            id=record.id,
            target=record.goal_id,
            period=record.period,
            problem=counted_period_problem(record, item) or value_problem(record, item),
        )
        warnings.append(implausible)
    return warnings


def goal_warnings(registry: Registry, path: Path, records: list[Record], goal_id: str) -> list[str]:
    """:func:`ignored_warnings` for one goal's records, as ``status`` gives them today: what
    ``update`` says before it records a figure for that goal."""
    return ignored_warnings(registry, path, compute(registry, records, utc_today(), only=goal_id))


def nothing_selected(state: State, filters: Filters) -> list[str]:
    """The warning that filters selected no goal, for outputs that cannot say so themselves
    (a CSV's header row alone, JSON's empty list); none when they selected some."""
    if state.assessment.targets or not filters.describe():
        return []
    return [say(m.NOTHING_SELECTED, filters=" ".join(filters.describe()))]


def resolve_filters(registry: Registry, filters: Filters) -> Filters:
    """The filters with each value as the id it names: a cluster or region by its id or by its
    name in either language (集成电路), a status by its id or its word (已完成, achieved). A value
    that names nothing the registry could ever have is refused, with the closest ids."""
    if filters == Filters():
        return filters
    from cluster_cli.engine.assess import STATUS_ORDER
    from cluster_cli.errors import UsageError
    from cluster_cli.render.labels import STATUS_LABELS

    def named(option: str, value: str, names: dict[str, tuple[str, str]]) -> str:
        if value in names:
            return value
        found = [key for key, words in names.items() if folded(value) in map(folded, words)]
        if len(found) == 1:
            return found[0]
        if found:  # two clusters (or regions) of one name: which is meant is not guessed
            ids = ", ".join(found)
            raise UsageError(say(m.FILTER_NAMES_MANY, option=option, value=shown(value), ids=ids))
        known = list(names)
        hint = did_you_mean(value, known)
        problem = say(
            m.UNKNOWN_FILTER, option=option, value=shown(value), hint=hint, known=", ".join(known)
        )
        raise UsageError(problem)

    clusters = {key: (c.name, c.name_en) for key, c in registry.clusters.items()}
    regions = {key: (r.name, r.name_en) for key, r in registry.regions.items()}
    statuses = {s.value: (STATUS_LABELS[s].zh, STATUS_LABELS[s].en) for s in STATUS_ORDER}
    return Filters(
        tuple(named("--cluster", value, clusters) for value in filters.clusters),
        tuple(named("--region", value, regions) for value in filters.regions),
        tuple(named("--status", value, statuses) for value in filters.statuses),
    )
