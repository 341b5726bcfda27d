"""``cluster-cli import``: figures from a spreadsheet, every row checked, then all recorded or
none. What a figure must be is checked in :mod:`cluster_cli.app.recording`, as for ``update``;
reading the file is :mod:`cluster_cli.files.csv_import`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from cluster_cli.commands.options import (
    DryRunOption,
    LangOption,
    LedgerOption,
    RegistryOption,
    resolve_lang,
)
from cluster_cli.commands.records import append_records, load_ledger, revised, would_revise
from cluster_cli.errors import InputFileError, ValueInputError
from cluster_cli.i18n import messages as m
from cluster_cli.i18n import say
from cluster_cli.text import file_label, warn

if TYPE_CHECKING:
    from cluster_cli.app.recording import ImportedRow
    from cluster_cli.engine.models import Registry
    from cluster_cli.engine.records import Record


def _row_problem(file: Path, line: int, problem: object) -> str:
    """``figures.csv：第 2 行：…`` / ``figures.csv: line 2: …``."""
    place = say(m.PLACE, path=file, where=say(m.LINE, line=line))
    return say(m.PROBLEM_AT, place=place, problem=problem)


def _rows_problem(file: Path, lines: list[str], problem: str) -> str:
    """``figures.csv：第 2、5 行：…`` / ``figures.csv: lines 2, 5: …`` (the first ten)."""
    shown_lines = lines[:10] + (["…"] if len(lines) > 10 else [])
    if len(lines) == 1:
        return _row_problem(file, int(lines[0]), problem)
    where = say(m.LINES, lines=say(m.LIST_OF_LINES).join(shown_lines))
    return say(m.PROBLEM_AT, place=say(m.PLACE, path=file, where=where), problem=problem)


def read_csv_rows(path: Path) -> list[tuple[int, dict[str, str]]]:
    """Rows of a CSV or .xlsx file with their first line number (see
    :mod:`cluster_cli.files.csv_import`); a cell holding a control character makes its row an
    error."""
    from cluster_cli.app.recording import control_character
    from cluster_cli.files.csv_import import ERROR, read_rows

    rows = read_rows(path)
    for index, (start, row) in enumerate(rows):
        bad = next(
            (
                say(m.CELL_CONTROL, column=say(m.CSV_COLUMNS[column]), found=found)
                for column, cell in row.items()
                if (found := control_character(cell)) is not None
            ),
            None,
        )
        if bad and ERROR not in row:
            rows[index] = (start, {ERROR: bad})
    return rows


SHOWN_BAD_ROWS = 20  # an import names this many bad rows, and counts the rest


def import_(
    file: Annotated[
        Path,
        typer.Argument(metavar="FILE"),
    ],
    dry_run: DryRunOption = False,
    registry: RegistryOption = None,
    ledger_path: LedgerOption = None,
    lang: LangOption = None,
) -> None:
    """Record many figures from a CSV or .xlsx file: every row is checked first, then all or
    none."""
    from cluster_cli.app.load import open_context
    from cluster_cli.app.recording import (
        build_record,
        imported_rows,
        latest_figures,
        scale_warning,
        unfinished_year_warning,
    )
    from cluster_cli.engine.periods import parse_stored_period
    from cluster_cli.engine.periods import today as utc_today
    from cluster_cli.files import ledger
    from cluster_cli.files.csv_import import ERROR
    from cluster_cli.render.records import describe, details

    resolve_lang(lang)
    context = open_context(registry, ledger_path)
    ledger.check_writable(context.ledger_location, context.registry_location)
    rows = read_csv_rows(file)
    if not rows:
        raise InputFileError(str(file), say(m.NO_ROWS))
    # A broken ledger is refused before its lock file is made; a missing one is created.
    loaded = load_ledger(context, creating=True)
    errors: list[str] = []
    records: list[Record] = []
    kept: list[tuple[int, Record]] = []  # each record with its line
    # 2024 and 2024-12-31 are one period (the same point in time): one key for both
    first_line: dict[tuple[str, float], tuple[int, str]] = {}
    for line, row in rows:
        if ERROR in row:
            errors.append(_row_problem(file, line, row[ERROR]))
            continue
        try:
            record = build_record(
                context.registry,
                row.get("target", ""),
                row.get("value", ""),
                row.get("period", ""),
                source=row.get("source") or "",
                note=row.get("note") or "",
            )
        except ValueInputError as error:
            empty = not row.get("target", "").strip() or not row.get("period", "").strip()
            merged = say(m.EMPTY_CELLS_MERGED) if empty else ""  # the rows under a merged cell
            errors.append(_row_problem(file, line, f"{error}{merged}"))
            continue
        key = (record.goal_id, parse_stored_period(record.period).t)
        if key in first_line:
            other_line, other = first_line[key]
            same = "" if other == record.period else say(m.SAME_PERIOD, other=other)
            duplicate = say(
                m.DUPLICATE_ROW,
                target=record.goal_id,
                period=record.period,
                line=other_line,
                same=same,
            )
            errors.append(_row_problem(file, line, duplicate))
            continue
        first_line[key] = (line, record.period)
        records.append(record)
        kept.append((line, record))
    if errors:
        named = errors[:SHOWN_BAD_ROWS]
        if len(errors) > len(named):  # a file of 200,000 bad rows is one message, not a flood
            named.append(say(m.MORE_BAD_ROWS, count=len(errors) - len(named)))
        raise InputFileError(
            str(file),
            say(m.BAD_ROWS, count=len(errors)) + "\n" + "\n".join(named),
        )
    # A row whose figure already counts, as a file imported twice holds, writes nothing (as
    # `update` given the same figure again); nor does one revised or retracted since.
    judged = imported_rows(loaded.records, records)
    skipped = [  # said once the write is done (or would be): not before a refusal
        _skipped(file, line, outcome, context.registry)
        for (line, _), outcome in zip(kept, judged, strict=True)
        if not outcome.writes
    ]
    written = [outcome for outcome in judged if outcome.writes]
    records = [outcome.record for outcome in written]
    latest = latest_figures(loaded.records)
    far_off = [  # said, never refused: a figure may truly have jumped
        _row_problem(file, line, warning)
        for (line, _), outcome in zip(kept, judged, strict=True)
        if outcome.writes
        and (
            warning := scale_warning(
                context.registry, outcome.record, latest.get(outcome.record.goal_id)
            )
        )
    ]
    # A year not over: one warning for the rows of each kind, not one a row.
    unfinished: dict[str, list[str]] = {}
    today = utc_today()
    for (line, _), outcome in zip(kept, judged, strict=True):
        caution = unfinished_year_warning(context.registry, outcome.record, today)
        if outcome.writes and caution is not None:
            unfinished.setdefault(caution, []).append(str(line))
    warn(far_off)
    warn(_rows_problem(file, lines, caution) for caution, lines in unfinished.items())
    if dry_run:
        ledger.check_appendable(context.ledger_location.path)  # what the write would refuse
    elif records:
        append_records(context, records)  # all or none; nothing is reported before it returns
    for line_said in skipped:
        print(line_said)
    if dry_run:
        for outcome in written:
            record = outcome.record
            planned = say(
                m.WOULD_RECORD, record=describe(record, context.registry), details=details(record)
            )
            print(planned + would_revise(outcome.earlier, context.registry))
        print(say(m.CHECKED_ROWS, count=len(records), path=file_label(loaded.path)))
        return
    for outcome in written:
        record = outcome.record
        print(say(m.RECORDED, record=describe(record, context.registry), details=details(record)))
        if outcome.earlier is not None:
            print(revised(outcome.earlier, record, context.registry))
    print(say(m.IMPORTED, count=len(records), file=file_label(file), path=file_label(loaded.path)))


def _skipped(file: Path, line: int, row: ImportedRow, registry: Registry) -> str:
    """Why a row is not recorded: its figure counts already, or was revised or retracted since
    it was recorded (the later record named, so that the user sees why)."""
    from cluster_cli.render.records import describe, details, value_text

    withdrawn = row.withdrawn
    if withdrawn is not None:
        old, by = withdrawn.record, withdrawn.by
        shown = {"record": describe(old, registry), "details": details(old)}
        if withdrawn.retracted:
            said = m.RETRACTED_SINCE_ROW
            return say(said, file=file_label(file), line=line, retraction=details(by), **shown)
        now = {"current": value_text(by, registry), "current_details": details(by)}
        return say(m.REVISED_SINCE_ROW, file=file_label(file), line=line, **now, **shown)
    assert row.earlier is not None  # a row not written is either
    old = row.earlier.record
    shown = {"record": describe(old, registry), "details": details(old)}
    # An estimate recorded during its year is not confirmed by a file read again.
    said = m.ALREADY_RECORDED_EARLY_ROW if row.earlier.confirms else m.ALREADY_RECORDED_ROW
    return say(said, file=file_label(file), line=line, **shown)
