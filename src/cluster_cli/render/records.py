"""Records of the ledger as one line of text, for ``update``, ``log``, ``undo`` and ``import``."""

from __future__ import annotations

from cluster_cli.engine.records import Record
from cluster_cli.engine.units import format_quantity
from cluster_cli.text import clean


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
