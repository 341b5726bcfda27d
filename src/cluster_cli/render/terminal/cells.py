"""The words and small pieces of the terminal views: cells, bars, figures with their period.

Text from the registry and the ledger is untrusted: every cell is a :class:`rich.text.Text` built
with :func:`text` (through :func:`~cluster_cli.text.clean`), never a markup string.
"""

from __future__ import annotations

from typing import Literal

from rich.text import Span, Text

from cluster_cli.engine.assess import GoalRow, Status
from cluster_cli.engine.models import Goal, Indicator
from cluster_cli.i18n import Lang
from cluster_cli.i18n import words as w
from cluster_cli.render.labels import (
    difference,
    met_percent,
    needed_rate,
    point_quantity,
    quantity,
    row_status_text,
    status_text,
)
from cluster_cli.render.terminal.folding import Piece
from cluster_cli.text import clean

Justify = Literal["left", "right"]

# Status colours readable on light and dark terminals alike: each at least 4.5:1 (WCAG) against
# both white and black, a band of luminance that holds no pure yellow, hence the deep amber.
# Green, red and grey are entries of the 256-colour palette, so they stay exact there; amber
# and orange become colour 130 (4.7:1 on white, 4.46:1 on black), where the symbol and word
# beside them carry the meaning as everywhere.
STATUS_STYLES: dict[Status, str] = {
    Status.ACHIEVED: "#00875f",
    Status.ON_TRACK: "#00875f",
    Status.NEEDS_ACCELERATION: "#a56800",
    Status.LIMITED_PROGRESS: "#b95c00",
    Status.DETERIORATING: "#af5f5f",
    Status.MISSED: "#af5f5f",
    Status.INSUFFICIENT_DATA: "#767676",
}


def text(value: str, style: str = "", *, multiline: bool = False) -> Text:
    """A cell: literal text (no markup), cleaned."""
    return Text(clean(value, multiline=multiline), style=style)


def item_name(item: Goal | Indicator, lang: Lang) -> str:
    return item.name if lang == "zh" else item.name_en


def qty(value: float | None, item: Goal | Indicator, lang: Lang) -> str:
    """A target or a recorded value in the item's unit, with every digit it was given (as the
    reports write it: ``4.43439万亿元``, never ``4.43万亿元``)."""
    return quantity(value, item.unit, lang, item.unit_en, "typed")


def baseline_text(row: GoalRow, lang: Lang) -> str:
    if row.baseline is None:
        return "—"
    return point_quantity(row.baseline, row.goal.unit, lang, row.goal.unit_en)


def value_period(value: str, period: str | None) -> Piece:
    """``1,250亿元 (2023)`` with the period dimmed; wraps before the period when narrow."""
    plain = clean(value)
    if not period:
        return Piece(plain)
    start = len(plain) + 1
    plain = f"{plain} ({clean(period)})"
    return Piece(plain, (Span(start, len(plain), "dim"),))


def status_cell(status: Status, lang: Lang) -> Text:
    return Text(status_text(status, lang), style=STATUS_STYLES[status])


def status_piece(status: Status, lang: Lang) -> Piece:
    return Piece.styled(status_text(status, lang), STATUS_STYLES[status])


def row_status_piece(row: GoalRow, lang: Lang) -> Piece:
    """A goal's status, marked when provisional (the deadline passed without its figure)."""
    return Piece.styled(row_status_text(row, lang), STATUS_STYLES[row.status])


def piece(value: str, style: str = "") -> Piece:
    """A cell of the dashboard: literal text, cleaned."""
    return Piece.styled(clean(value), style)


def needed_text(row: GoalRow, lang: Lang) -> str:
    """Growth still needed each year: a rate for yearly levels, an amount for running totals."""
    t = row.goal
    if row.needed_growth is not None:
        rate = needed_rate(row, signed=True)
        return w.NEEDED_RATE(lang, rate=rate)
    if row.needed_per_year is not None:
        # rounded up, as the reports do: what is still needed is never understated
        amount = difference(row.needed_per_year, t.unit, lang, t.unit_en, "up")
        sign = "+" if row.needed_per_year > 0 else ""  # signed as the rates are: +30家, -4个
        return w.NEEDED_AMOUNT(lang, amount=sign + amount)
    return "—"


def bar(fraction: float | None, width: int, style: str = "", negative: bool = False) -> Text:
    """A progress bar that reads without colour: ``██████▌░░░``; clamped to 0-100%.
    ``negative``: the length of a value below zero, drawn in another shade (``▒▒▒░░░``), so
    that a fall never reads as a rise where colour is off."""
    if fraction is None:
        return Text("·" * width, style="dim")
    if negative:
        share = min(max(fraction, 0.0), 1.0)
        shaded = "▒" * max(1 if share > 0 else 0, min(width, round(share * width)))
        result = Text(shaded, style="red")
        result.append("░" * (width - len(shaded)), style="dim")
        return result
    filled = _filled(fraction, width)
    result = Text(filled, style=style)
    result.append("░" * (width - len(filled)), style="dim")
    return result


def _filled(fraction: float, width: int) -> str:
    share = min(max(fraction, 0.0), 1.0)
    eighths = round(share * width * 8)
    if share < 1.0:  # a bar is full only for a goal met
        eighths = min(eighths, width * 8 - 1)
    full, rest = divmod(eighths, 8)
    return "█" * full + ("" if rest == 0 else " ▏▎▍▌▋▊▉"[rest])


def progress_cell(row: GoalRow, width: int) -> Piece:
    """Bar and percentage; ``≈`` when measured from an approximate baseline ("over 1000").

    The bar's colour covers the percentage too, as a Rich text's own style would."""
    mark = "≈" if row.approximate else ""
    # As the reports write it: 99.96% of the way is 99.9%, never 100% beside a full bar.
    figure = " " + f"{mark}{met_percent(row.progress)}".rjust(6)
    if row.progress is None:
        plain = "·" * width + figure
        return Piece(plain, (Span(0, len(plain), "dim"),))
    filled = _filled(row.progress, width)
    plain = filled + "░" * (width - len(filled)) + figure
    colour = STATUS_STYLES[row.status]
    whole = (Span(0, len(plain), colour),) if colour else ()
    return Piece(plain, (*whole, Span(len(filled), width, "dim")))
