"""Turn what a user typed into a record, and choose what ``undo`` retracts.

Shared by ``update`` and ``import`` (:func:`build_record`) and by ``undo``; the commands only
parse options and print. Errors a user can fix are :class:`~cluster_cli.errors.ValueInputError`.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Literal

from cluster_cli.engine.history import entries_by_target, known_by
from cluster_cli.engine.periods import parse_period
from cluster_cli.engine.records import Record
from cluster_cli.engine.units import is_count, parse_quantity
from cluster_cli.errors import ValueInputError
from cluster_cli.files import ledger
from cluster_cli.i18n import Lang
from cluster_cli.text import clean, did_you_mean

if TYPE_CHECKING:
    from cluster_cli.engine.models import Indicator, Registry, Target

Kind = Literal["level", "cumulative"]


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


def standing_line(
    registry: Registry, records: list[Record], target_id: str, lang: Lang, today: dt.date
) -> str | None:
    """Where the goal stands after a new figure: its status and the sentence explaining it."""
    from cluster_cli.engine.assess import assess_indicator, assess_target
    from cluster_cli.engine.models import Indicator, Target
    from cluster_cli.render.labels import STATUS_LABELS, explain, explain_indicator

    entries = entries_by_target(known_by(records, None)).get(target_id, [])
    item = registry.item(target_id)
    if isinstance(item, Target):
        row = assess_target(target_id, item, entries, today)
        return f"{STATUS_LABELS[row.status].symbol} {explain(row, lang)}"
    if isinstance(item, Indicator):
        indicator = assess_indicator(target_id, item, entries)
        return f"{STATUS_LABELS[indicator.status].symbol} {explain_indicator(indicator, lang)}"
    return None


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


def retraction(chosen: Record) -> Record:
    """The record that withdraws ``chosen``: nothing in the ledger is ever deleted."""
    return Record(
        id=ledger.new_id(),
        target=chosen.target,
        value=None,
        unit=chosen.unit,
        period=chosen.period,
        recorded_at=ledger.timestamp(),
        note="undo",
        retracts=chosen.id,
    )
