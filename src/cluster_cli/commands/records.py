"""Commands over the ledger of actuals: update, log and undo (import: :mod:`.importing`).

Registered on the app in :mod:`cluster_cli.commands.cli`. What a figure must be is checked in
:mod:`cluster_cli.app.recording`, shared by ``update`` and ``import``.
"""

from __future__ import annotations

import shutil
import sys
from typing import TYPE_CHECKING, Annotated

import typer

from cluster_cli.commands import options
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
from cluster_cli.errors import UsageError, ValueInputError
from cluster_cli.i18n import messages as m
from cluster_cli.i18n import say
from cluster_cli.text import clean, file_label, warn

# The application layer, the engine and the ledger are imported inside each command: `--help`
# imports every command module, and needs none of them.
if TYPE_CHECKING:
    from pathlib import Path

    from cluster_cli.app.load import Context
    from cluster_cli.app.recording import Earlier
    from cluster_cli.engine.models import Registry
    from cluster_cli.engine.records import Record
    from cluster_cli.files import ledger
    from cluster_cli.i18n import Phrase

# ---------------------------------------------------------------- shared helpers


def load_ledger(context: Context, *, creating: bool = False) -> ledger.LoadedLedger:
    """Load the whole ledger and show its warnings (``creating``: see app.load.load_ledger)."""
    from cluster_cli.app.load import load_ledger as load_whole_ledger

    loaded, warnings = load_whole_ledger(context, creating=creating)
    warn(warnings)
    return loaded


def _record_in(phrase: Phrase, record: Record, path: Path, registry: Registry) -> str:
    """``phrase`` about ``record`` in the ledger ``path``: the record as the log writes it."""
    from cluster_cli.render.records import describe, details

    return say(
        phrase, record=describe(record, registry), details=details(record), path=file_label(path)
    )


def append_records(context: Context, records: list[Record]) -> None:
    from cluster_cli.files import ledger

    location = context.ledger_location
    result = ledger.append(location.path, records, make_folder=location.makes_folder)
    report_append(context, result)


def report_append(context: Context, result: ledger.AppendResult) -> None:
    warn(result.warnings)
    path = context.ledger_location.path
    if result.created:
        print(say(m.LEDGER_CREATED, path=file_label(path)), file=sys.stderr)
    if result.header_written:
        print(say(m.LEDGER_HEADER_WRITTEN, path=file_label(path)), file=sys.stderr)


# ---------------------------------------------------------------- update


def update(
    target: Annotated[
        str,
        typer.Argument(metavar="GOAL", autocompletion=complete_goal),
    ],
    value: Annotated[
        str,
        typer.Argument(metavar="VALUE", show_default=False),
    ],
    period: Annotated[
        str,
        typer.Option("--period", "-p", metavar="PERIOD", show_default=False),
    ],
    source: Annotated[str, typer.Option("--source", "-s", metavar="TEXT")] = "",
    note: Annotated[str, typer.Option("--note", "-n", metavar="TEXT")] = "",
    dry_run: DryRunOption = False,
    registry: RegistryOption = None,
    ledger_path: LedgerOption = None,
    lang: LangOption = None,
) -> None:
    """Record an actual figure for a goal; a second figure for the same period revises it."""
    from cluster_cli.app.load import goal_warnings, later_warnings, open_context
    from cluster_cli.app.recording import (
        build_record,
        earlier_figure,
        keeping_source,
        latest_figures,
        refuse_control_characters,
        scale_warning,
        standing_line,
        unfinished_year_warning,
    )
    from cluster_cli.engine.periods import today as utc_today
    from cluster_cli.files import ledger

    chosen_lang = resolve_lang(lang)
    refuse_control_characters("--source", source)
    refuse_control_characters("--note", note)
    context = open_context(registry, ledger_path)
    location = context.ledger_location
    ledger.check_writable(location, context.registry_location)
    record = build_record(context.registry, target, value, period, source=source, note=note)
    path = location.path
    # Refuse a ledger broken where this writes (parse only this goal's lines and the edges)
    # before its lock file is made: a refused update creates no file. Read again under the lock.
    before = ledger.load_for_update(path, record.goal_id)
    warn(later_warnings(path, before.records, utc_today()))  # this goal's: the lines read
    # Its records that cannot count (an unknown unit, an impossible period): as status says.
    warn(goal_warnings(context.registry, path, before.records, record.goal_id))
    latest = latest_figures(before.records).get(record.goal_id)
    # Said, never refused: a figure may truly have jumped; an estimate may be wanted. Not for
    # a figure already recorded, which nothing will write.
    known = earlier_figure(before.records, record)
    writes = known is None or not known.same or known.confirms
    cautions = [
        caution
        for caution in (
            unfinished_year_warning(context.registry, record, utc_today()),
            scale_warning(context.registry, record, latest),
        )
        if caution is not None and writes
    ]
    if cautions:
        from cluster_cli.render.records import describe

        said = describe(record, context.registry)
        warn([say(m.RECORD_WARNING, record=said, warning=caution) for caution in cautions])
    if dry_run:
        ledger.check_appendable(path)  # what the write would refuse
        _dry_run_update(record, before, context.registry)
        return
    # What is already recorded is read under the ledger's lock, so that two identical updates
    # at the same moment write one figure, not two.
    seen: list[ledger.LoadedLedger] = []

    def unless_recorded(current: ledger.LoadedLedger) -> list[Record]:
        seen.append(current)
        found = earlier_figure(current.records, record)
        if found is not None and found.same and not found.confirms:
            return []
        return [keeping_source(record, found)]

    result = ledger.append_chosen(
        path,
        unless_recorded,
        read=lambda p: ledger.load_for_update(p, record.goal_id),
        make_folder=location.makes_folder,
    )
    loaded = seen[0]
    warn(loaded.warnings)
    earlier = earlier_figure(loaded.records, record)
    if not result.records:
        assert earlier is not None
        old = earlier.record
        print(_record_in(m.ALREADY_RECORDED, old, loaded.path, context.registry))
        return
    report_append(context, result)
    record = result.records[0]  # with the source it keeps, where it restates a figure
    print(_record_in(m.RECORDED_IN, record, loaded.path, context.registry))
    if earlier is not None:
        print(revised(earlier, record, context.registry))
    line = standing_line(
        context.registry, [*loaded.records, record], record.goal_id, chosen_lang, utc_today()
    )
    if line is not None:
        print(clean(line))


def _dry_run_update(record: Record, loaded: ledger.LoadedLedger, registry: Registry) -> None:
    """What ``update --dry-run`` says it would do; nothing is written."""
    from cluster_cli.app.recording import earlier_figure, keeping_source
    from cluster_cli.render.records import describe, details

    warn(loaded.warnings)
    earlier = earlier_figure(loaded.records, record)
    if earlier is not None and earlier.same and not earlier.confirms:
        old = earlier.record
        print(_record_in(m.ALREADY_RECORDED, old, loaded.path, registry))
        return
    record = keeping_source(record, earlier)
    print(
        say(
            m.WOULD_RECORD_IN,
            record=describe(record, registry),
            details=details(record),
            path=file_label(loaded.path),
            revision=would_revise(earlier, registry),
        )
    )


def revised(earlier: Earlier, record: Record, registry: Registry) -> str:
    """``revised GOAL PERIOD: old -> new (...)``, or ``confirmed ...`` for a figure recorded
    during its year: what a new record does to the one that counted (update, import)."""
    from cluster_cli.render.records import value_text

    if earlier.same_amount and not earlier.confirms:
        phrase = m.RESTATED
    else:
        phrase = m.CONFIRMED if earlier.confirms else m.REVISED
    return say(
        phrase,
        target=record.goal_id,
        period=record.period,
        old=value_text(earlier.record, registry),
        new=value_text(record, registry),
        id=earlier.record.id,
    )


def would_revise(earlier: Earlier | None, registry: Registry) -> str:
    """``; it would revise ...`` after ``would record ...`` (--dry-run); empty for a new figure."""
    from cluster_cli.render.records import describe

    if earlier is None:
        return ""
    if earlier.same_amount and not earlier.confirms:
        phrase = m.WOULD_RESTATE
    else:
        phrase = m.WOULD_CONFIRM if earlier.confirms else m.WOULD_REVISE
    return say(
        phrase,
        record=describe(earlier.record, registry),
        id=earlier.record.id,
    )


# ---------------------------------------------------------------- log


def _status(
    entry_status: dict[str, tuple[str, str | None]], record: Record
) -> tuple[str, str | None]:
    if record.retracts is not None:
        return "retraction", record.retracts
    return entry_status.get(record.id, ("current", None))


def short_ids(ids: list[str], least: int = 8) -> dict[str, str]:
    """Each id's shortest prefix of at least ``least`` characters that no other id starts with
    (as git shortens commits): the ids a reader can tell apart."""
    ordered = sorted(set(ids))
    shortest: dict[str, str] = {}
    for index, record_id in enumerate(ordered):
        length = least
        for neighbour in ordered[max(index - 1, 0) : index + 2]:
            if neighbour != record_id:
                common = next(
                    (
                        i
                        for i, pair in enumerate(zip(record_id, neighbour, strict=False))
                        if pair[0] != pair[1]
                    ),
                    min(len(record_id), len(neighbour)),
                )
                length = max(length, common + 1)
        shortest[record_id] = record_id[:length]
    return shortest


def log_lines(
    records: list[Record],
    statuses: dict[str, tuple[str, str | None]],
    short: dict[str, str] | None,
    width: int,
    registry: Registry | None = None,
) -> list[str]:
    """One entry per record: when it was recorded, its id and the figure with its state, source
    and note. With ``short`` the ids are shortened and the last column is folded between words
    to ``width``, each further line under the first; without, one line per record."""
    from cluster_cli.render.records import describe
    from cluster_cli.render.terminal.folding import fold_offsets, width_of

    def shown(record_id: str) -> str:
        return short.get(record_id, record_id) if short is not None else record_id

    ids = [shown(record.id) for record in records]
    id_width = max(map(len, ids), default=0)
    lines: list[str] = []
    for record, record_id in zip(records, ids, strict=True):
        status, other = _status(statuses, record)
        mark = {
            "current": "",
            "superseded": "  [" + say(m.SUPERSEDED_BY, id=shown(other or "")) + "]",
            "retracted": "  [" + say(m.RETRACTED_BY, id=shown(other or "")) + "]",
            "retraction": "",
        }[status]
        extra = say(m.SEPARATOR).join(
            part
            for part in (
                say(m.SOURCE_FIELD, text=record.source) if record.source else "",
                say(m.NOTE_FIELD, text=record.note) if record.note else "",
            )
            if part
        )
        figure = clean(
            describe(record, registry)
            + mark
            + (f"  {say(m.DETAILS, parts=extra)}" if extra else "")
        )
        when = say(m.LOG_TIME, time=record.recorded_at[:16].replace("T", " "))  # stamped in UTC
        head = f"{when}  {record_id.ljust(id_width)}  "
        rest = width - width_of(head)
        if short is None or rest < 20 or width_of(figure) <= rest:
            lines.append(head + figure)
            continue
        folded = [figure[a:b] for a, b in fold_offsets(figure, rest)]
        lines.append(head + folded[0])
        lines.extend(" " * len(head) + line for line in folded[1:])
    return lines


def log(
    target: Annotated[
        str | None,
        typer.Argument(metavar="GOAL", show_default=False, autocompletion=complete_goal),
    ] = None,
    long: Annotated[bool, typer.Option("--long")] = False,
    as_json: JsonOption = False,
    as_of: AsOfOption = None,
    registry: RegistryOption = None,
    ledger_path: LedgerOption = None,
    lang: LangOption = None,
) -> None:
    """List recorded figures, oldest first, with revisions and retractions marked."""
    from cluster_cli.app.load import open_context
    from cluster_cli.app.recording import find_item
    from cluster_cli.engine.history import entries_by_goal, known_by
    from cluster_cli.engine.periods import parse_as_of
    from cluster_cli.engine.periods import today as utc_today
    from cluster_cli.files import ledger

    resolve_lang(lang)
    context = open_context(registry, ledger_path)
    day = parse_as_of(as_of) if as_of is not None else None
    loaded = load_ledger(context)
    # What status counts today, by default: a record stamped later is warned about, not shown.
    records = known_by(loaded.records, day or utc_today())
    if target is not None:
        key = target.strip()
        if context.registry.item(key) is None and all(r.goal_id != key for r in loaded.records):
            key, _item = find_item(context.registry, key)  # a name, or an error with suggestions
        records = [r for r in records if r.goal_id == key]
    statuses: dict[str, tuple[str, str | None]] = {}
    for entries in entries_by_goal(records).values():
        for entry in entries:
            if entry.retracted_by is not None:
                statuses[entry.record.id] = ("retracted", entry.retracted_by)
            elif entry.superseded_by is not None:
                statuses[entry.record.id] = ("superseded", entry.superseded_by)
    if as_json:
        from cluster_cli.render.jsonout import dumps

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
        print(dumps(rows, indent=2))
        return
    if not records:
        if day:
            print(say(m.NO_RECORDS_BY, path=file_label(loaded.path), day=day))
        else:
            print(say(m.NO_RECORDS, path=file_label(loaded.path)))
        return
    # Short ids are unique among every id of the ledger, not only among those shown.
    short = None if long else short_ids([r.id for r in loaded.records])
    width = shutil.get_terminal_size().columns
    for line in log_lines(records, statuses, short, width, context.registry):
        print(line)


# ---------------------------------------------------------------- undo


def undo(
    note: Annotated[str, typer.Option("--note", "-n", metavar="TEXT")] = "",
    yes: Annotated[bool, typer.Option("--yes", "-y")] = False,
    dry_run: DryRunOption = False,
    registry: RegistryOption = None,
    ledger_path: LedgerOption = None,
    lang: LangOption = None,
) -> None:
    """Retract the last recorded figure by appending a retraction (nothing is deleted)."""
    from cluster_cli.app.load import open_context
    from cluster_cli.app.recording import (
        last_retractable,
        refuse_control_characters,
        retractable,
        retraction,
    )
    from cluster_cli.files import ledger
    from cluster_cli.files.atomic import existing
    from cluster_cli.render.records import describe, details

    resolve_lang(lang)
    refuse_control_characters("--note", note)
    context = open_context(registry, ledger_path)
    location = context.ledger_location
    ledger.check_writable(location, context.registry_location)
    if existing(location.path, follow=False) is None:  # one message, not two
        raise ValueInputError(say(m.NO_LEDGER_TO_RETRACT, path=file_label(location.path)))
    loaded = load_ledger(context)  # a broken ledger is refused before its lock file is made
    last = last_retractable(loaded)
    if dry_run or not yes:
        ledger.check_appendable(location.path)  # refused now, not after a confirmation
        print(
            clean(
                say(
                    m.WILL_RETRACT,
                    record=describe(last, context.registry),
                    recorded_at=last.recorded_at,
                    details=details(last),
                )
            )
        )
    if dry_run:
        return
    confirmed: str | None = None  # with --yes: whatever is last once the ledger is locked
    if not yes:
        if sys.stdin is None or not sys.stdin.isatty():
            raise UsageError(say(m.NOT_CONFIRMED))
        if not options.confirm(say(m.RETRACT_PROMPT)):
            print(say(m.NOTHING_CHANGED))
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
                raise ValueInputError(say(m.RETRACTED_MEANWHILE, path=current.path, id=confirmed))
            chosen = still[0]
        retracted[:] = [chosen]
        return [retraction(chosen, note)]

    result = ledger.append_chosen(
        location.path, retraction_of_last, make_folder=location.makes_folder
    )
    report_append(context, result)
    (written,) = result.records
    chosen = retracted[0]
    print(
        clean(
            say(
                m.RETRACTED,
                record=describe(chosen, context.registry),
                recorded_at=chosen.recorded_at,
                details=details(chosen),
                id=written.id,
            )
        )
    )
