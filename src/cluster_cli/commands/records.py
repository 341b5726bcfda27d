"""Commands over the ledger of actuals: update, log, undo and import.

Registered on the app in :mod:`cluster_cli.commands.cli`. What a figure must be is checked in
:mod:`cluster_cli.app.recording`, shared by ``update`` and ``import``.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Annotated

import typer

from cluster_cli.app.load import Context, open_context
from cluster_cli.app.load import load_ledger as load_whole_ledger
from cluster_cli.app.recording import (
    build_record,
    control_character,
    earlier_figure,
    find_item,
    last_retractable,
    refuse_control_characters,
    retractable,
    retraction,
    standing_line,
)
from cluster_cli.commands.options import (
    AsOfOption,
    DryRunOption,
    JsonOption,
    LangOption,
    LedgerOption,
    RegistryOption,
    complete_goal,
    resolve_lang,
)
from cluster_cli.engine.history import entries_by_target, known_by
from cluster_cli.engine.periods import parse_as_of, parse_stored_period
from cluster_cli.engine.periods import today as utc_today
from cluster_cli.engine.records import Record
from cluster_cli.errors import InputFileError, UsageError, ValueInputError
from cluster_cli.files import ledger
from cluster_cli.render.records import describe, details, value_text
from cluster_cli.text import clean, warn

# ---------------------------------------------------------------- shared helpers


def load_ledger(context: Context) -> ledger.LoadedLedger:
    """Load the whole ledger and show its warnings."""
    loaded, warnings = load_whole_ledger(context)
    warn(warnings)
    return loaded


def append_records(context: Context, records: list[Record]) -> None:
    report_append(context, ledger.append(context.ledger_location.path, records))


def report_append(context: Context, result: ledger.AppendResult) -> None:
    warn(result.warnings)
    if result.created:
        print(f"cluster-cli: created the ledger {context.ledger_location.path}", file=sys.stderr)
    if result.header_written:
        print(
            f"cluster-cli: {context.ledger_location.path} had no `[records]` line (an empty "
            "file): wrote the ledger header first",
            file=sys.stderr,
        )


# ---------------------------------------------------------------- update


def update(
    target: Annotated[
        str,
        typer.Argument(
            metavar="GOAL",
            help="Goal or context-figure id (e.g. ic-scale), or its exact name.",
            autocompletion=complete_goal,
        ),
    ],
    value: Annotated[
        str,
        typer.Argument(
            metavar="VALUE",
            help="The figure, in the goal's unit or with a unit: 1250, 1250亿元, 4.69万亿, 150名. "
            "A negative value goes after --, behind the options: --period 2024 -- -3.5",
            show_default=False,
        ),
    ],
    period: Annotated[
        str,
        typer.Option(
            "--period",
            "-p",
            metavar="PERIOD",
            help="A year (2024) or a date (2024-06-30). Level goals (annual output): the "
            "year's figure; dates are refused, year-to-date figures are not comparable. "
            "Cumulative goals: the running total at the end of that year, or known on that day.",
            show_default=False,
        ),
    ],
    source: Annotated[
        str, typer.Option("--source", "-s", metavar="TEXT", help="Where the figure comes from.")
    ] = "",
    note: Annotated[
        str, typer.Option("--note", "-n", metavar="TEXT", help="A remark kept with the figure.")
    ] = "",
    dry_run: DryRunOption = False,
    registry: RegistryOption = None,
    ledger_path: LedgerOption = None,
    lang: LangOption = None,
) -> None:
    """Record an actual figure for a goal; a second figure for the same period revises it."""
    chosen_lang = resolve_lang(lang)
    refuse_control_characters("--source", source)
    refuse_control_characters("--note", note)
    context = open_context(registry, ledger_path)
    record = build_record(context.registry, target, value, period, source=source, note=note)
    # Refuse a ledger broken where this writes; parse only this goal's lines and the edges.
    loaded = ledger.load_for_update(context.ledger_location.path, record.target)
    warn(loaded.warnings)
    earlier = earlier_figure(loaded.records, record)
    if earlier is not None and earlier.same:
        print(
            f"already recorded: {describe(earlier.record)} {details(earlier.record)} in "
            f"{loaded.path}; nothing was written"
        )
        return
    revision = (
        ""
        if earlier is None
        else f"; it would revise {describe(earlier.record)} (id {earlier.record.id})"
    )
    if dry_run:
        print(f"would record {describe(record)} {details(record)} in {loaded.path}{revision}")
        return
    append_records(context, [record])
    print(f"recorded {describe(record)} {details(record)} in {loaded.path}")
    if earlier is not None:
        print(
            f"revised {record.target} {record.period}: {value_text(earlier.record)} -> "
            f"{value_text(record)} (the earlier figure, id {earlier.record.id}, stays in the "
            "history)"
        )
    line = standing_line(
        context.registry, [*loaded.records, record], record.target, chosen_lang, utc_today()
    )
    if line is not None:
        print(clean(line))


# ---------------------------------------------------------------- log


def _status(
    entry_status: dict[str, tuple[str, str | None]], record: Record
) -> tuple[str, str | None]:
    if record.retracts is not None:
        return "retraction", record.retracts
    return entry_status.get(record.id, ("current", None))


# Characters json.dumps(ensure_ascii=False) leaves raw that a terminal could act on. In JSON
# they can only be inside strings, where \uXXXX is the same character.
_JSON_RAW = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def json_text(data: object) -> str:
    """JSON with readable Chinese, and with DEL, C1 and bidirectional controls escaped."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return _JSON_RAW.sub(lambda match: f"\\u{ord(match[0]):04x}", text)


def log(
    target: Annotated[
        str | None,
        typer.Argument(
            metavar="[GOAL]",
            help="Only this goal's records.",
            show_default=False,
            autocompletion=complete_goal,
        ),
    ] = None,
    as_json: JsonOption = False,
    as_of: AsOfOption = None,
    registry: RegistryOption = None,
    ledger_path: LedgerOption = None,
) -> None:
    """List recorded figures, oldest first, with revisions and retractions marked."""
    context = open_context(registry, ledger_path)
    day = parse_as_of(as_of) if as_of is not None else None
    loaded = load_ledger(context)
    records = known_by(loaded.records, day)
    if target is not None:
        key = target.strip()
        if context.registry.item(key) is None and all(r.target != key for r in loaded.records):
            key, _item = find_item(context.registry, key)  # a name, or an error with suggestions
        records = [r for r in records if r.target == key]
    statuses: dict[str, tuple[str, str | None]] = {}
    for entries in entries_by_target(records).values():
        for entry in entries:
            if entry.retracted_by is not None:
                statuses[entry.record.id] = ("retracted", entry.retracted_by)
            elif entry.superseded_by is not None:
                statuses[entry.record.id] = ("superseded", entry.superseded_by)
    if as_json:
        rows = []
        for record in records:
            status, other = _status(statuses, record)
            rows.append(
                {
                    "id": record.id,
                    **ledger.record_fields(record),
                    "status": status,
                    "superseded_by": other if status == "superseded" else None,
                    "retracted_by": other if status == "retracted" else None,
                }
            )
        print(json_text(rows))
        return
    if not records:
        print(f"no records in {loaded.path}" + (f" recorded by {day}" if day else ""))
        return
    for record in records:
        status, other = _status(statuses, record)
        mark = {
            "current": "",
            "superseded": f"  [superseded by {other}]",
            "retracted": f"  [retracted by {other}]",
            "retraction": "",
        }[status]
        when = record.recorded_at[:19].replace("T", " ")
        extra = "; ".join(
            part
            for part in (
                f"source: {record.source}" if record.source else "",
                f"note: {record.note}" if record.note else "",
            )
            if part
        )
        line = f"{when}  {record.id}  {describe(record)}{mark}" + (f"  ({extra})" if extra else "")
        print(clean(line))


# ---------------------------------------------------------------- undo


def undo(
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
    dry_run: DryRunOption = False,
    registry: RegistryOption = None,
    ledger_path: LedgerOption = None,
) -> None:
    """Retract the last recorded figure by appending a retraction (nothing is deleted)."""
    context = open_context(registry, ledger_path)
    loaded = load_ledger(context)
    last = last_retractable(loaded)
    if dry_run or not yes:
        print(clean(f"will retract {describe(last)} recorded {last.recorded_at} {details(last)}"))
    if dry_run:
        return
    confirmed: str | None = None  # with --yes: whatever is last once the ledger is locked
    if not yes:
        if sys.stdin is None or not sys.stdin.isatty():
            raise UsageError("not confirmed: stdin is not a terminal; run again with --yes")
        if not typer.confirm("Retract it?", default=False):
            print("nothing was changed")
            return
        confirmed = last.id
    retracted: list[Record] = []

    def retraction_of_last(current: ledger.LoadedLedger) -> list[Record]:
        """Chosen under the ledger lock, so that two undos never retract the same record."""
        if confirmed is None:
            chosen = last_retractable(current)
        else:
            still = [r for r in retractable(current.records) if r.id == confirmed]
            if not still:
                raise ValueInputError(
                    f"{current.path}: {confirmed} was retracted meanwhile by another "
                    "cluster-cli; nothing was changed"
                )
            chosen = still[0]
        retracted[:] = [chosen]
        return [retraction(chosen)]

    result = ledger.append_chosen(context.ledger_location.path, retraction_of_last)
    report_append(context, result)
    (written,) = result.records
    chosen = retracted[0]
    print(
        clean(
            f"retracted {describe(chosen)} recorded {chosen.recorded_at} {details(chosen)}; "
            f"retraction id {written.id}"
        )
    )


# ---------------------------------------------------------------- import


def read_csv_rows(path: Path) -> list[tuple[int, dict[str, str]]]:
    """Rows of a CSV or .xlsx file with their first line number (see
    :mod:`cluster_cli.files.csv_import`); a cell holding a control character makes its row an
    error."""
    from cluster_cli.files.csv_import import ERROR, read_rows

    rows = read_rows(path)
    for index, (start, row) in enumerate(rows):
        bad = next(
            (
                f"column {column}: {found}; a cell is one line of plain text, and such "
                "characters could change what a terminal shows"
                for column, cell in row.items()
                if (found := control_character(cell)) is not None
            ),
            None,
        )
        if bad and ERROR not in row:
            rows[index] = (start, {ERROR: bad})
    return rows


def import_(
    file: Annotated[
        Path,
        typer.Argument(
            metavar="FILE",
            help="CSV (UTF-8, GBK or UTF-16; comma, semicolon or tab) or .xlsx with columns "
            "target,value,period[,source,note] or 目标,数值,期间[,来源,备注].",
        ),
    ],
    dry_run: DryRunOption = False,
    registry: RegistryOption = None,
    ledger_path: LedgerOption = None,
) -> None:
    """Record many figures from a CSV or .xlsx file: every row is checked first, then all or
    none."""
    from cluster_cli.files.csv_import import ERROR

    context = open_context(registry, ledger_path)
    rows = read_csv_rows(file)
    if not rows:
        raise InputFileError(str(file), "has a header but no rows: nothing to import")
    loaded = load_ledger(context)
    errors: list[str] = []
    records: list[Record] = []
    # 2024 and 2024-12-31 are one period (the same point in time): one key for both
    first_line: dict[tuple[str, float], tuple[int, str]] = {}
    for line, row in rows:
        if ERROR in row:
            errors.append(f"{file}:{line}: {row[ERROR]}")
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
            errors.append(f"{file}:{line}: {error}")
            continue
        key = (record.target, parse_stored_period(record.period).t)
        if key in first_line:
            other_line, other = first_line[key]
            same = "" if other == record.period else f" (as {other}: the same period)"
            errors.append(
                f"{file}:{line}: duplicate row: {record.target} {record.period} is already on "
                f"line {other_line}{same}"
            )
            continue
        first_line[key] = (line, record.period)
        records.append(record)
    if errors:
        raise InputFileError(
            str(file),
            f"{len(errors)} bad row(s); nothing was recorded:\n" + "\n".join(errors),
        )
    if dry_run:
        for record in records:
            print(f"would record {describe(record)} {details(record)}")
        print(f"{len(records)} record(s) checked; nothing was written to {loaded.path}")
        return
    append_records(context, records)  # all or none; nothing is reported before it returns
    for record in records:
        print(f"recorded {describe(record)} {details(record)}")
    print(f"imported {len(records)} record(s) from {file} into {loaded.path}")
