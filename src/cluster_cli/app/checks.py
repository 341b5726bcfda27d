"""What ``cluster-cli check`` verifies: the registry, its quotes, the ledger, fresh figures.

Reads the files and collects every problem (the findings themselves are computed in
:mod:`cluster_cli.engine.checks`); it returns a :class:`CheckReport` that the command prints.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from cluster_cli.app.load import named_but_missing
from cluster_cli.engine import quotes as quotes_module
from cluster_cli.engine.checks import ledger_problems, parse_duration, stale_goals, subtract
from cluster_cli.engine.models import Record, Registry
from cluster_cli.errors import InputFileError
from cluster_cli.files import ledger as ledger_module
from cluster_cli.files import registry as registry_module
from cluster_cli.files.documents import read_document
from cluster_cli.files.ledger.lines import record_lines
from cluster_cli.files.ledger.read import decode
from cluster_cli.files.regular import read_regular
from cluster_cli.i18n import messages as m
from cluster_cli.i18n import say
from cluster_cli.text import shown


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
    report.warnings += named_but_missing(ledger_location)
    # A file that cannot be read stops `check` as it stops every command (exit 3); what a
    # file that reads holds wrong is a problem found, listed with the others (exit 1).
    registry_text = registry_module.read(location)
    ledger_data = read_regular(ledger_location.path, m.A_LEDGER_FILE)
    ledger_text = ""
    if ledger_data is not None:  # text that is not UTF-8 cannot be read either (a torn tail aside)
        ledger_text = decode(ledger_location.path, ledger_module.split_torn_tail(ledger_data)[0])
    goals: Registry | None = None
    try:
        goals = registry_module.load_text(location, registry_text)
    except InputFileError as error:
        report.problems.append(str(error))
    if goals is not None:
        report.counts = {"targets": len(goals.targets), "indicators": len(goals.indicators)}
        if quotes:
            # Read as `extract` reads them (GBK, HTML, .docx, PDF): its drafts' quotes are found.
            texts = [read_document(path).text for path in quotes]
            for missing in quotes_module.missing_quotes(goals, texts):
                not_found = say(
                    m.QUOTE_NOT_FOUND,
                    registry=location.display,
                    id=missing.item_id,
                    files=", ".join(map(str, quotes)),
                    quote=shown(missing.quote, len(missing.quote)),
                )
                report.problems.append(not_found)
    try:
        ledger_module.refuse_the_registry(ledger_location, location)  # --ledger targets.toml
        if ledger_data is None:  # no ledger yet: no records
            loaded = ledger_module.LoadedLedger(ledger_location.path, [])
        else:
            loaded = ledger_module.load_data(ledger_location.path, ledger_data)
    except InputFileError as error:
        report.problems.append(str(error))
        return report
    report.counts["records"] = len(loaded.records)
    report.warnings.extend(loaded.warnings)
    if goals is None:
        return report
    problems = ledger_problems(goals, loaded.records, str(loaded.path), today)
    if problems:  # each named with its line, as the parser names a line's problems
        lines = record_lines(ledger_text, {record.id for record in loaded.records})
        problems = ledger_problems(goals, loaded.records, str(loaded.path), today, lines)
    report.problems.extend(problems)
    report.warnings.extend(far_off_figures(goals, loaded.records, str(loaded.path)))
    if duration is not None:
        cutoff = subtract(today, *duration)
        report.stale = [s.message() for s in stale_goals(goals, loaded.records, cutoff)]
    return report


def far_off_figures(goals: Registry, records: list[Record], ledger: str) -> list[str]:
    """Each goal's latest figure that is far from every figure the registry gives it (its
    target, published figure, baseline), as ``update`` asks of a figure typed: after a unit is
    changed in the registry and not its figures (万亿元 to 亿元), growth of 2,139.9% was shown
    and ``check`` said nothing."""
    from cluster_cli.app.recording import latest_figures, scale_warning

    warnings = []
    for goal_id, record in latest_figures(records).items():
        message = scale_warning(goals, record, None)
        if message is not None:
            where = {"goal": goal_id, "period": record.period}
            warnings.append(
                say(m.CHECK_FAR_OFF, ledger=ledger, id=record.id, **where, problem=message)
            )
    return warnings
