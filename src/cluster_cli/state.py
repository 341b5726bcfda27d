"""Load what every reporting command needs: registry, ledger records, and the computed progress.

The one place that turns command-line options into files read and a :class:`Progress`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from cluster_cli import ledger
from cluster_cli import registry as registry_module
from cluster_cli.models import Record, Registry
from cluster_cli.periods import parse_as_of
from cluster_cli.progress import Progress, compute
from cluster_cli.render.jsondoc import Origin


@dataclass(frozen=True)
class State:
    registry: Registry
    records: list[Record]
    progress: Progress
    origin: Origin
    warnings: list[str]


def load_records(ledger_path: Path) -> tuple[list[Record], list[str]]:
    loaded = ledger.load(ledger_path)
    return loaded.records, loaded.warnings


def load_state(
    registry_option: Path | None,
    ledger_option: Path | None,
    as_of: str | None,
    today: dt.date | None = None,
) -> State:
    location = registry_module.locate(registry_option)
    goals = registry_module.load(location)
    ledger_path = ledger.locate(ledger_option, location).path
    records, warnings = load_records(ledger_path)
    day = parse_as_of(as_of) if as_of else (today or dt.date.today())
    progress = compute(goals, records, day)
    origin = Origin(registry=location.display, ledger=str(ledger_path))
    return State(goals, records, progress, origin, warnings)


def check_filters(
    registry: Registry, clusters: list[str], regions: list[str], statuses: list[str]
) -> None:
    """Refuse a filter value that matches nothing the registry could ever have."""
    from difflib import get_close_matches

    from cluster_cli.errors import UsageError
    from cluster_cli.progress import STATUS_ORDER

    for option, given, known in (
        ("--cluster", clusters, list(registry.clusters)),
        ("--region", regions, list(registry.regions)),
        ("--status", statuses, [s.value for s in STATUS_ORDER]),
    ):
        for value in given:
            if value not in known:
                close = get_close_matches(value, known, n=3)
                hint = f"; did you mean {', '.join(close)}?" if close else ""
                raise UsageError(f"{option} {value!r} is unknown{hint} (known: {', '.join(known)})")
