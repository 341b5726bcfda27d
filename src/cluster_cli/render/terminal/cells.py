"""The words and small pieces of the terminal views: cells, bars, figures with their period.

Text from the registry and the ledger is untrusted: every cell is a :class:`rich.text.Text` built
with :func:`text` (through :func:`~cluster_cli.text.clean`), never a markup string.
"""

from __future__ import annotations

from typing import Literal

from rich.text import Text

from cluster_cli.engine.assess import Note, Status, TargetRow
from cluster_cli.engine.models import Indicator, Target
from cluster_cli.i18n import Lang
from cluster_cli.render.labels import (
    STATUS_LABELS,
    difference,
    percent,
    point_quantity,
    quantity,
    status_text,
)
from cluster_cli.text import clean

Justify = Literal["left", "right"]


def text(value: str, style: str = "", *, multiline: bool = False) -> Text:
    """A cell: literal text (no markup), cleaned."""
    return Text(clean(value, multiline=multiline), style=style)


def _t(lang: Lang, zh: str, en: str) -> str:
    return zh if lang == "zh" else en


def item_name(item: Target | Indicator, lang: Lang) -> str:
    return item.name if lang == "zh" else item.name_en


def qty(value: float | None, item: Target | Indicator, lang: Lang) -> str:
    return quantity(value, item.unit, lang, item.unit_en)


def baseline_text(row: TargetRow, lang: Lang) -> str:
    if row.baseline is None:
        return "—"
    return point_quantity(row.baseline, row.target.unit, lang, row.target.unit_en)


def value_period(value: str, period: str | None) -> Text:
    """``1,250亿元 (2023)`` with the period dimmed; wraps before the period when narrow."""
    cell = text(value)
    if period:
        cell.append(" ")
        cell.append(f"({clean(period)})", style="dim")
    return cell


def status_cell(status: Status, lang: Lang) -> Text:
    return Text(status_text(status, lang), style=STATUS_LABELS[status].colour)


def needed_text(row: TargetRow, lang: Lang) -> str:
    """Growth still needed each year: a rate for yearly levels, an amount for running totals."""
    t = row.target
    if row.needed_growth is not None:
        rate = percent(row.needed_growth, signed=True)
        return _t(lang, f"年均{rate}", f"{rate}/yr")
    if row.needed_per_year is not None:
        amount = difference(row.needed_per_year, t.unit, lang, t.unit_en)
        return _t(lang, f"每年{amount}", f"{amount}/yr")
    return "—"


def bar(fraction: float | None, width: int, style: str = "") -> Text:
    """A progress bar that reads without colour: ``██████▌░░░``; clamped to 0-100%."""
    if fraction is None:
        return Text("·" * width, style="dim")
    share = min(max(fraction, 0.0), 1.0)
    eighths = round(share * width * 8)
    full, rest = divmod(eighths, 8)
    filled = "█" * full + ("" if rest == 0 else " ▏▎▍▌▋▊▉"[rest])
    result = Text(filled, style=style)
    result.append("░" * (width - len(filled)), style="dim")
    return result


def approximate(row: TargetRow) -> bool:
    return Note.BASELINE_APPROXIMATE in row.notes


def progress_cell(row: TargetRow, width: int) -> Text:
    """Bar and percentage; ``≈`` when measured from an approximate baseline ("over 1000")."""
    cell = bar(row.progress, width, STATUS_LABELS[row.status].colour)
    mark = "≈" if approximate(row) and row.progress is not None else ""
    cell.append(" " + f"{mark}{percent(row.progress, decimals=0)}".rjust(4))
    return cell
