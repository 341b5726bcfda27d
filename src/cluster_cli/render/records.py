"""Records of the ledger as one line of text, for ``update``, ``log``, ``undo`` and ``import``."""

from __future__ import annotations

from cluster_cli.engine.models import Registry
from cluster_cli.engine.records import Record
from cluster_cli.engine.units import format_number
from cluster_cli.i18n import current, say
from cluster_cli.i18n import messages as m
from cluster_cli.render.numbers import quantity
from cluster_cli.text import clean


def describe(record: Record, registry: Registry | None = None) -> str:
    """``ic-scale 2023 = 1,250亿元`` (``= 125 billion yuan`` in English), safe to print whatever
    the ledger holds; ``registry``: where the English noun of a count is looked up."""
    if record.value is None:
        retraction = say(
            m.RETRACTION_OF, target=record.goal_id, period=record.period, id=record.retracts
        )
        return clean(retraction)
    return clean(f"{record.goal_id} {record.period} = {value_text(record, registry)}")


def value_text(record: Record, registry: Registry | None = None) -> str:
    """The recorded figure with every digit it was given (no rounding: the user checks it
    against the figure typed): in Chinese in the unit it was typed in, in English in the words
    every English view uses (0.125万亿元 is 125 billion yuan; a unit this version does not know
    is kept as typed), so that a reader of English, or a terminal without Chinese, is shown
    what was recorded."""
    if record.value is None:
        return ""
    if current() == "zh":
        return clean(f"{exact_number(record.value)}{record.unit}")
    item = registry.item(record.goal_id) if registry is not None else None
    noun = item.unit_en if item is not None else ""
    return clean(quantity(record.value, record.unit, "en", noun, "typed"))


def exact_number(value: float) -> str:
    """``44343.9`` -> ``44,343.9``: thousands separated, the shortest digits that are the value."""
    whole, _, fraction = repr(abs(value)).partition(".")
    if "e" in whole or "e" in fraction:
        return format_number(value, 12)
    text = f"{int(whole):,}" + (f".{fraction}" if fraction and fraction != "0" else "")
    return f"-{text}" if value < 0 else text


def details(record: Record) -> str:
    """``(id ...; source: ...; note: ...)`` in the current language, safe to print whatever the
    ledger holds."""
    extra = [say(m.ID_FIELD, id=record.id)]
    if record.source:
        extra.append(say(m.SOURCE_FIELD, text=record.source))
    if record.note:
        extra.append(say(m.NOTE_FIELD, text=record.note))
    return clean(say(m.DETAILS, parts=say(m.SEPARATOR).join(extra)))
