"""Commands over the ledger of actuals: update, log, undo and import.

Registered on the app in :mod:`cluster_cli.commands.cli`. Validation lives in plain functions
(:func:`build_record`) shared by ``update`` and ``import``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

import typer

from cluster_cli.commands.options import (
    AsOfOption,
    DryRunOption,
    JsonOption,
    LedgerOption,
    RegistryOption,
)
from cluster_cli.engine.history import entries_by_target, known_by
from cluster_cli.engine.periods import parse_as_of, parse_period, parse_stored_period
from cluster_cli.engine.records import Record
from cluster_cli.engine.units import format_quantity, is_count, parse_quantity
from cluster_cli.errors import InputFileError, UsageError, ValueInputError
from cluster_cli.files import ledger
from cluster_cli.files import registry as registry_module
from cluster_cli.text import clean, did_you_mean, warn

if TYPE_CHECKING:
    from cluster_cli.engine.models import Indicator, Registry, Target

Kind = Literal["level", "cumulative"]


# ---------------------------------------------------------------- shared helpers


@dataclass(frozen=True)
class Context:
    registry: Registry
    registry_location: registry_module.RegistryLocation
    ledger_location: ledger.LedgerLocation


def open_context(registry: Path | None, ledger_option: Path | None) -> Context:
    location = registry_module.locate(registry)
    goals = registry_module.load(location)
    return Context(goals, location, ledger.locate(ledger_option, location))


def load_ledger(context: Context) -> ledger.LoadedLedger:
    """Load the ledger, printing its warnings and any records of goals no longer registered."""
    loaded = ledger.load(context.ledger_location.path)
    warn(loaded.warnings)
    orphans = orphan_targets(context.registry, loaded.records)
    if orphans:
        warn(
            [
                f"{loaded.path}: records of goal(s) the registry does not have are ignored: "
                f"{', '.join(orphans)} (run `cluster-cli check` for details)"
            ]
        )
    return loaded


def orphan_targets(registry: Registry, records: list[Record]) -> list[str]:
    known = set(registry.ids())
    return sorted({r.target for r in records if r.target not in known})


def find_item(registry: Registry, key: str) -> Target | Indicator:
    item = registry.item(key)
    if item is None:
        raise ValueInputError(
            f"no goal or indicator '{clean(key)}' in the registry"
            f"{did_you_mean(key, registry.ids())} (`cluster-cli status` lists them)"
        )
    return item


def kind_of(item: Target | Indicator) -> Kind:
    """Targets say; indicators are yearly levels unless they count things (running totals)."""
    from cluster_cli.engine.models import Target

    if isinstance(item, Target):
        return item.kind
    return "cumulative" if is_count(item.unit) else "level"


def build_record(
    registry: Registry,
    target: str,
    value: str,
    period: str,
    *,
    source: str = "",
    note: str = "",
    today: dt.date | None = None,
    recorded_at: str | None = None,
) -> Record:
    """Check one figure typed by a user and turn it into a record (ValueInputError if wrong)."""
    item = find_item(registry, target.strip())
    key = target.strip()
    parsed_period = parse_period(period, today=today)
    if kind_of(item) == "level" and not parsed_period.is_year:
        raise ValueInputError(
            f"{key} is a yearly figure (a level such as annual output), so record it for a "
            f"year (e.g. --period {parsed_period.year}, once the full-year figure is out); "
            f"'{clean(period.strip())}' is a date, and year-to-date figures (1-8月, 1-6月) are not "
            "comparable with an annual target"
        )
    amount = parse_quantity(value, item.unit)
    if is_count(item.unit):
        if amount < 0:
            raise ValueInputError(
                f"'{clean(value)}': {key} counts {item.unit}, and a count cannot be negative"
            )
        if amount != int(amount):
            raise ValueInputError(
                f"'{clean(value)}': {key} counts {item.unit}, so give a whole number"
            )
    return Record(
        id=ledger.new_id(),
        target=key,
        value=amount,
        unit=item.unit,
        period=parsed_period.text,
        recorded_at=recorded_at or ledger.timestamp(),
        source=source.strip(),
        note=note.strip(),
    )


def control_character(text: str) -> str | None:
    """How to name the first character of ``text`` a terminal could act on, if any.

    C0 controls (newline and tab included), DEL, C1 controls and bidirectional controls: the
    characters :func:`cluster_cli.text.clean` would change.
    """
    for position, char in enumerate(text, start=1):
        if clean(char) != char:
            kind = "a line break" if char in "\r\n" else "a control character"
            return f"{kind} (U+{ord(char):04X}) at character {position}"
    return None


def refuse_control_characters(label: str, text: str) -> None:
    found = control_character(text)
    if found is not None:
        raise ValueInputError(
            f"{label} holds {found}: it is kept as one line of plain text, and such characters "
            "could change what a terminal shows; remove it"
        )


def describe(record: Record) -> str:
    """``ic-scale 2023 = 1,250亿元``, safe to print whatever the ledger holds."""
    if record.value is None:
        return clean(f"{record.target} {record.period}: retraction of {record.retracts}")
    return clean(f"{record.target} {record.period} = {format_quantity(record.value, record.unit)}")


def details(record: Record) -> str:
    """``(id ...; source: ...; note: ...)``, safe to print whatever the ledger holds."""
    extra = [f"id {record.id}"]
    if record.source:
        extra.append(f"source: {record.source}")
    if record.note:
        extra.append(f"note: {record.note}")
    return clean(f"({'; '.join(extra)})")


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


def standing_line(registry: Registry, records: list[Record], target_id: str) -> str | None:
    """Where the goal stands after a new figure: its status and the sentence explaining it."""
    from cluster_cli.engine.assess import assess_indicator, assess_target
    from cluster_cli.engine.models import Indicator, Target
    from cluster_cli.i18n import default_lang
    from cluster_cli.render.labels import STATUS_LABELS, explain, explain_indicator

    lang = default_lang()
    entries = entries_by_target(known_by(records, None)).get(target_id, [])
    item = registry.item(target_id)
    if isinstance(item, Target):
        row = assess_target(target_id, item, entries, dt.date.today())
        return f"{STATUS_LABELS[row.status].symbol} {explain(row, lang)}"
    if isinstance(item, Indicator):
        indicator = assess_indicator(target_id, item, entries)
        return f"{STATUS_LABELS[indicator.status].symbol} {explain_indicator(indicator, lang)}"
    return None


# ---------------------------------------------------------------- update


def update(
    target: Annotated[
        str, typer.Argument(metavar="GOAL", help="Goal or indicator id, e.g. ic-scale.")
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
) -> None:
    """Record an actual figure for a goal; a second figure for the same period revises it."""
    refuse_control_characters("--source", source)
    refuse_control_characters("--note", note)
    context = open_context(registry, ledger_path)
    record = build_record(context.registry, target, value, period, source=source, note=note)
    # Refuse a ledger broken where this writes; parse only this goal's lines and the edges.
    loaded = ledger.load_for_update(context.ledger_location.path, record.target)
    warn(loaded.warnings)
    if dry_run:
        print(f"would record {describe(record)} {details(record)} in {loaded.path}")
        return
    append_records(context, [record])
    print(f"recorded {describe(record)} {details(record)}")
    line = standing_line(context.registry, [*loaded.records, record], record.target)
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
        typer.Argument(metavar="[GOAL]", help="Only this goal's records.", show_default=False),
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
            find_item(context.registry, key)  # raises with suggestions
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


def retractable(records: list[Record]) -> list[Record]:
    """Figures (not retractions) not yet retracted, in the order they were recorded."""
    ordered = known_by(records, None)
    retracted = {r.retracts for r in ordered if r.retracts is not None}
    return [r for r in ordered if r.retracts is None and r.id not in retracted]


def last_retractable(loaded: ledger.LoadedLedger) -> Record:
    candidates = retractable(loaded.records)
    if not candidates:
        raise ValueInputError(f"{loaded.path}: there is no recorded figure to retract")
    return candidates[-1]


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
        if not sys.stdin.isatty():
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
        return [
            Record(
                id=ledger.new_id(),
                target=chosen.target,
                value=None,
                unit=chosen.unit,
                period=chosen.period,
                recorded_at=ledger.timestamp(),
                note="undo",
                retracts=chosen.id,
            )
        ]

    result = ledger.append_chosen(context.ledger_location.path, retraction_of_last)
    report_append(context, result)
    (retraction,) = result.records
    chosen = retracted[0]
    print(
        clean(
            f"retracted {describe(chosen)} recorded {chosen.recorded_at} {details(chosen)}; "
            f"retraction id {retraction.id}"
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
