"""The terminal dashboard: ``status`` (a table per cluster) and ``show`` (one goal in full).

The only module that imports Rich. Every function below ``print_*`` is pure: it turns a
:class:`~cluster_cli.engine.assess.Progress` into a Rich renderable for a given width, so the output
can be tested at a fixed width.

Text from the registry and the ledger (names, quotes, sources, notes) is untrusted: every cell is
a :class:`rich.text.Text` built with :func:`clean`, never a markup string, so ``[bold]`` shows
as written and control characters (ESC, C1, bidirectional overrides) are shown as ``\\x1b``
instead of reaching the terminal.
"""

from __future__ import annotations

import math
import re
import sys
from collections.abc import Callable, Sequence
from functools import lru_cache
from io import StringIO
from itertools import product
from typing import TYPE_CHECKING, Literal, NamedTuple, TextIO

from rich.cells import cell_len
from rich.console import Console, Group, RenderableType
from rich.text import Text

if TYPE_CHECKING:  # imported where `show` builds tables: the dashboard composes its own lines
    from rich.table import Table

from cluster_cli.engine.assess import IndicatorRow, Note, Point, Progress, Status, TargetRow
from cluster_cli.engine.history import Entry
from cluster_cli.engine.models import Indicator, Registry, Target
from cluster_cli.engine.units import format_number
from cluster_cli.i18n import Lang
from cluster_cli.render.jsondoc import Origin
from cluster_cli.render.labels import (
    STATUS_LABELS,
    difference,
    explain,
    explain_indicator,
    note_texts,
    percent,
    point_quantity,
    points,
    quantity,
    ratio,
    row_meaning,
    status_text,
)
from cluster_cli.text import clean

Justify = Literal["left", "right"]

# ---------------------------------------------------------------------------------- hygiene


def text(value: str, style: str = "", *, multiline: bool = False) -> Text:
    """A cell: literal text (no markup), cleaned."""
    return Text(clean(value, multiline=multiline), style=style)


# ---------------------------------------------------------------------------------- words


def _t(lang: Lang, zh: str, en: str) -> str:
    return zh if lang == "zh" else en


def _name(item: Target | Indicator, lang: Lang) -> str:
    return item.name if lang == "zh" else item.name_en


def _qty(value: float | None, item: Target | Indicator, lang: Lang) -> str:
    return quantity(value, item.unit, lang, item.unit_en)


def _baseline_text(row: TargetRow, lang: Lang) -> str:
    if row.baseline is None:
        return "—"
    return point_quantity(row.baseline, row.target.unit, lang, row.target.unit_en)


def _value_period(value: str, period: str | None) -> Text:
    """``1,250亿元 (2023)`` with the period dimmed; wraps before the period when narrow."""
    cell = text(value)
    if period:
        cell.append(" ")
        cell.append(f"({clean(period)})", style="dim")
    return cell


def _status_cell(status: Status, lang: Lang) -> Text:
    return Text(status_text(status, lang), style=STATUS_LABELS[status].colour)


def _needed(row: TargetRow, lang: Lang) -> str:
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


def _approximate(row: TargetRow) -> bool:
    return Note.BASELINE_APPROXIMATE in row.notes


def _progress_cell(row: TargetRow, width: int) -> Text:
    """Bar and percentage; ``≈`` when measured from an approximate baseline ("over 1000")."""
    cell = bar(row.progress, width, STATUS_LABELS[row.status].colour)
    mark = "≈" if _approximate(row) and row.progress is not None else ""
    cell.append(" " + f"{mark}{percent(row.progress, decimals=0)}".rjust(4))
    return cell


# ---------------------------------------------------------------------------------- folding

# A line never starts with closing punctuation nor ends with opening punctuation.
_NO_START = frozenset("）)]}」』》〉】，,。.、；;：:！!？?”’…%·")
_NO_END = frozenset("（([{「『《〈【“‘")
_NUMBER = re.compile(r"[+-]?[\d,.]+")
_ASCII_BREAK = re.compile("[ -]")


def _wide(char: str) -> bool:
    return not char.isascii() and cell_len(char) > 1


def _may_break(s: str, i: int, name: bool) -> bool:
    """Whether a line may start at ``s[i]``.

    Values and figures break only after a space, so a number, a date or a period such as
    ``(2024-06-30)`` stays whole. Names may also break after the hyphen of a hyphenated word and
    between Chinese characters, but never inside a run of Latin letters or digits.
    """
    before, after = s[i - 1], s[i]
    if after == " " or after in _NO_START or before in _NO_END:
        return False
    if before == " ":  # a number stays with its unit: "160 billion", never "160" / "billion"
        word = s[: i - 1].rstrip(" ").rsplit(" ", 1)[-1]
        return name or not _NUMBER.fullmatch(word)
    if not name:
        return False
    if before == "-":
        return i >= 2 and s[i - 2].isalpha() and after.isalpha()
    if _wide(before) and _wide(after):
        return True
    if _wide(before) or _wide(after):
        narrow = after if _wide(before) else before
        return not (narrow.isascii() and narrow.isalnum())
    return False


@lru_cache(maxsize=8192)
def _chunks(s: str, name: bool, period_only: bool = False) -> tuple[tuple[int, int], ...]:
    """Pieces that are never broken, as (start, end) offsets; each keeps its trailing spaces.

    ``period_only``: a value breaks only before its period, ``1,250亿元`` / ``(2023)``.
    """
    # In ASCII text a line can only start after a space or a hyphen: only those are asked.
    candidates = (
        (m.end() for m in _ASCII_BREAK.finditer(s, 0, len(s) - 1))
        if s.isascii()
        else range(1, len(s))
    )
    starts = [0]
    for i in candidates:
        if _may_break(s, i, name) and (not period_only or s[i] == "("):
            starts.append(i)
    return tuple(zip(starts, [*starts[1:], len(s)], strict=True))


def _cells(s: str, start: int, end: int) -> int:
    piece = s[start:end].rstrip(" ")
    return len(piece) if piece.isascii() else cell_len(piece)


@lru_cache(maxsize=8192)
def fold_offsets(
    s: str, width: int, name: bool = True, period_only: bool = False
) -> tuple[tuple[int, int], ...]:
    """Lines of ``s`` at most ``width`` cells wide, as (start, end) offsets without the spaces
    where it broke. A value breaks before its period when that is enough. Only a piece wider
    than the whole column is cut, cell by cell."""
    if not name and not period_only and _widest_piece(s, name, period_only=True) <= width:
        return fold_offsets(s, width, name, period_only=True)
    lines: list[tuple[int, int]] = []
    line_start = line_end = 0
    for start, end in _chunks(s, name, period_only):
        if line_end > line_start and _cells(s, line_start, end) > width:
            lines.append((line_start, line_end))
            line_start = start
        line_end = end
        while _cells(s, line_start, line_end) > width:  # one piece too wide for the column
            cut = line_start + 1
            while cut < line_end and cell_len(s[line_start : cut + 1]) <= width:
                cut += 1
            lines.append((line_start, cut))
            line_start = cut
    lines.append((line_start, line_end))
    return tuple((a, a + len(s[a:b].rstrip(" "))) for a, b in lines)


@lru_cache(maxsize=8192)
def _widest_piece(s: str, name: bool, period_only: bool = False) -> int:
    return max((_cells(s, a, b) for a, b in _chunks(s, name, period_only)), default=0)


class _Para:
    """One paragraph of a cell: styled text and how it may fold (``None``: never).

    The layout search asks the same questions of each cell many times: answers are kept.
    (Plain classes with slots: a dashboard builds thousands of these.)
    """

    __slots__ = ("_narrowest", "_natural", "_whole", "fold", "text")

    def __init__(self, text: Text, fold: Literal["name", "words"] | None = None) -> None:
        self.text = text
        self.fold = fold
        self._natural: int | None = None
        self._narrowest: int | None = None
        self._whole: int | None = None

    def lines(self, width: int) -> int:
        if self.fold is None:
            return 1
        return len(fold_offsets(self.text.plain, width, self.fold == "name"))

    @property
    def natural(self) -> int:
        if self._natural is None:
            self._natural = cell_len(self.text.plain)
        return self._natural

    @property
    def narrowest(self) -> int:
        if self._narrowest is None:
            self._narrowest = (
                self.natural
                if self.fold is None
                else _widest_piece(self.text.plain, self.fold == "name")
            )
        return self._narrowest

    @property
    def whole(self) -> int:
        """The narrowest width that keeps a value whole (its period may go under it)."""
        if self._whole is None:
            self._whole = (
                self.narrowest
                if self.fold != "words"
                else _widest_piece(self.text.plain, False, period_only=True)
            )
        return self._whole

    def render(self, width: int) -> list[Text]:
        if self.fold is None:
            return [self.text]
        plain = self.text.plain
        offsets = fold_offsets(plain, width, self.fold == "name")
        if len(offsets) == 1 and offsets[0] == (0, len(plain)):
            return [self.text]  # fits whole: no copy
        return [self.text[a:b] for a, b in offsets]


class _Cell:
    """The paragraphs of one table cell, and its height at each width tried."""

    __slots__ = ("_heights", "_narrowest", "_whole", "natural", "paras")

    def __init__(self, paras: tuple[_Para, ...]) -> None:
        self.paras = paras
        self._heights: dict[int, int] = {}
        self.natural = max(p.natural for p in paras)
        self._narrowest: int | None = None
        self._whole: int | None = None

    def lines(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = sum(p.lines(width) for p in self.paras)
        return height

    @property
    def narrowest(self) -> int:
        if self._narrowest is None:
            self._narrowest = max(p.narrowest for p in self.paras)
        return self._narrowest

    @property
    def whole(self) -> int:
        if self._whole is None:
            self._whole = max(p.whole for p in self.paras)
        return self._whole

    def lines_at(self, width: int) -> list[Text]:
        return [line for p in self.paras for line in p.render(width)]


def _fixed(cell: Text) -> _Cell:
    return _Cell((_Para(cell),))


def _words(cell: Text) -> _Cell:
    return _Cell((_Para(cell, "words"),))


# ---------------------------------------------------------------------------------- layout


class _Spec(NamedTuple):
    key: str
    zh: str
    en: str
    keep: int  # columns with the lowest numbers are kept when the terminal is narrow
    justify: Justify = "left"
    wrap: bool = False  # may fold onto several lines (only between words)


_TARGET_COLUMNS = (
    _Spec("name", "目标", "Goal", 0, wrap=True),
    _Spec("id", "编号", "ID", 8),
    _Spec("baseline", "基期", "Baseline", 9, "right", wrap=True),
    _Spec("latest", "最新", "Latest", 3, "right", wrap=True),
    _Spec("target", "目标值", "Target", 4, "right", wrap=True),
    _Spec("progress", "进度", "Progress", 2),
    _Spec("gap", "差距", "Gap", 7, "right"),
    _Spec("pace", "对比时序进度", "Pace", 5, "right"),
    _Spec("needed", "尚需增长", "Needed", 6, "right"),
    _Spec("status", "状态", "Status", 1),
)

_INDICATOR_COLUMNS = (
    _Spec("name", "背景指标", "Context figure", 0, wrap=True),
    _Spec("id", "编号", "ID", 4),
    _Spec("latest", "最新", "Latest", 2, "right", wrap=True),
    _Spec("growth", "年均增长", "Growth/yr", 3, "right"),
    _Spec("status", "状态", "Status", 1),
)


class _Ranks(NamedTuple):
    essential: int  # columns up to this rank are kept even when rows get tall
    ids: int  # with a column less important than this, ids are always shown


_TARGET_RANKS = _Ranks(essential=3, ids=4)
_INDICATOR_RANKS = _Ranks(essential=3, ids=3)
_NAME_MIN: dict[Lang, int] = {"zh": 12, "en": 16}
_NAME_CAP: dict[Lang, int] = {"zh": 40, "en": 48}  # longer names fold onto a second line
_GAP = 3  # one space of padding on each side of the (blank) column separator

IdMode = Literal["column", "line", "none"]


class Layout(NamedTuple):
    """The columns shown and their widths, and where the goal ids go."""

    widths: dict[str, int]
    ids: IdMode
    lines: int = 0  # lines of all rows together
    tallest: int = 0  # lines of the tallest row
    folded: int = 0  # cells folded onto several lines


class _Row:
    """One goal or figure of a table: its name, id and cells."""

    __slots__ = ("_names", "cells", "goal", "id", "name")

    def __init__(self, name: str, id: str, goal: str | None, cells: dict[str, _Cell]) -> None:
        self.name = name
        self.id = id
        self.goal = goal  # "→ target (deadline)", under the name when there is no target column
        self.cells = cells
        # The layout search asks for the same few name cells many times: built once each.
        self._names: dict[tuple[IdMode, bool], _Cell] = {}

    def name_cell(self, ids: IdMode, goal: bool) -> _Cell:
        cell = self._names.get((ids, goal))
        if cell is None:
            paras = [_Para(text(self.name), "name")]
            if ids == "line":
                paras.append(_Para(text(self.id, "dim")))
            if goal and self.goal is not None:
                paras.append(_Para(text(self.goal, "dim"), "words"))
            cell = self._names[ids, goal] = _Cell(tuple(paras))
        return cell


def _choices(spec: _Spec, cells: list[_Cell], header: int) -> list[int]:
    """Widths worth trying for a column: whole lines, at most two lines, narrowest."""
    natural = max([header, *(c.natural for c in cells)])
    if not spec.wrap:
        return [natural]
    narrowest = max([header, *(c.narrowest for c in cells)])
    whole = max([header, *(c.whole for c in cells)])
    two = next(w for w in range(narrowest, natural + 1) if all(c.lines(w) <= 2 for c in cells))
    return sorted({natural, whole, two, narrowest}, reverse=True)


class _Column(NamedTuple):
    """A column's cells at one width: the lines of each, how many fold, how many break a value."""

    lines: list[int]
    folded: int
    broken: int


# Columns at the widths tried, shared by every arrangement of one table's rows.
_Memo = dict[tuple[str, int], _Column]


def _column(key: str, cells: list[_Cell], width: int, memo: _Memo) -> _Column:
    found = memo.get((key, width))
    if found is None:
        lines = [cell.lines(width) for cell in cells]
        found = memo[key, width] = _Column(
            lines,
            sum(n > 1 for n in lines),
            sum(cell.whole > width for cell in cells),
        )
    return found


def _arrange(
    shown: list[_Spec],
    headers: dict[str, int],
    rows: list[_Row],
    ids: IdMode,
    width: int,
    lang: Lang,
    memo: _Memo | None = None,
) -> Layout | None:
    """The best widths for these columns, or ``None`` if they do not fit."""
    memo = {} if memo is None else memo
    keys = [s.key for s in shown]
    goal = "target" not in keys
    names = [row.name_cell(ids, goal) for row in rows]
    room = width - _GAP * (len(shown) - 1)
    name_min = max(headers["name"], _NAME_MIN[lang], max(c.narrowest for c in names))
    name_cap = max(name_min, min(_NAME_CAP[lang], max(c.natural for c in names)))
    if ids == "line":
        widest_id = max(cell_len(row.id) for row in rows)
        name_min = max(name_min, widest_id)
        name_cap = max(name_cap, widest_id)
    others = [s for s in shown if s.key != "name"]
    cells = {s.key: [row.cells[s.key] for row in rows] for s in others}
    options = [_choices(s, cells[s.key], headers[s.key]) for s in others]
    # Chinese has no spaces to fold a name at: a whole name reads better than a whole figure,
    # whose period can go under it.
    name_weight = 2 if lang == "zh" else 1
    name_limit = 2 if ids == "line" else 1  # an id line under the name does not count
    best: tuple[tuple[int, int, int], Layout] | None = None
    for combo in product(*options):
        name_width = min(name_cap, room - sum(combo))
        if name_width < name_min:
            continue
        columns = [
            _column(s.key, cells[s.key], w, memo) for s, w in zip(others, combo, strict=True)
        ]
        name_lines = [name.lines(name_width) for name in names]
        heights = [max(row) for row in zip(name_lines, *(c.lines for c in columns), strict=True)]
        # cells drawn on more than one line, and values broken elsewhere than before their period
        folded = sum(c.folded for c in columns)
        folded += name_weight * sum(n > name_limit for n in name_lines)
        broken = sum(c.broken for c in columns)
        score = (sum(heights) + folded, broken, -name_width)
        if best is None or score < best[0]:
            widths = {"name": name_width} | {s.key: w for s, w in zip(others, combo, strict=True)}
            ordered = {key: widths[key] for key in keys}
            best = (score, Layout(ordered, ids, sum(heights), max(heights), folded))
    return None if best is None else best[1]


_SAMPLE_ALL_UP_TO = 48


def _sample(rows: list[_Row], each: int = 4) -> list[_Row]:
    """The rows that decide a layout: all of a short table; of a long one (a registry of
    thousands of goals), the first rows and those with the widest cells of every column,
    names and ids included, so that the search stays quick. A cell of another row that cannot
    fold into the width chosen is cut, as any piece wider than its column is."""
    if len(rows) <= _SAMPLE_ALL_UP_TO:
        return rows
    keep = set(range(16))
    # Natural widths only: cheap to measure, and the widest cells are the ones that fold.
    widths: list[Callable[[_Row], int]] = [
        lambda row: cell_len(row.name),
        lambda row: cell_len(row.id),
        *(lambda row, key=key: row.cells[key].natural for key in rows[0].cells),
    ]
    for measure in widths:
        ranked = sorted(range(len(rows)), key=lambda i: measure(rows[i]), reverse=True)
        keep.update(ranked[:each])
    return [rows[i] for i in sorted(keep)]


def fit_columns(
    specs: Sequence[_Spec],
    rows: list[_Row],
    width: int,
    lang: Lang,
    ranks: _Ranks,
) -> Layout:
    """Choose the columns that fit in ``width``, their widths and where the ids go.

    The most important columns are kept that let rows average at most about two lines (none
    taller than three); a further column is dropped when that unfolds at least half the rows.
    Ids go in their own column, else on a line under the name when the column is wide enough for
    the longest one, else (only with few columns) nowhere: ``show`` and ``--json`` have them.
    When nothing reads that well, the essential columns stay and the fewest lines win.
    """
    rows = _sample(rows)
    headers = {s.key: cell_len(s.zh if lang == "zh" else s.en) for s in specs}
    ranked = [s for s in sorted(specs, key=lambda s: s.keep) if s.key != "id"]
    id_spec = next(s for s in specs if s.key == "id")
    essential = sum(1 for s in ranked if s.keep <= ranks.essential)
    budget = 2 * len(rows) + len(rows) // 2
    candidates: list[tuple[int, Layout]] = []
    memo: _Memo = {}
    chosen: Layout | None = None
    for count in range(len(ranked), essential - 1, -1):
        shown = ranked[:count]
        modes: list[IdMode] = ["column", "line"]
        if max(s.keep for s in shown) <= ranks.ids:
            modes.append("none")
        good = []
        for mode in modes:
            columns = [*shown, id_spec] if mode == "column" else shown
            columns = [s for s in specs if s in columns]  # in display order
            layout = _arrange(columns, headers, rows, mode, width, lang, memo)
            if layout is None:
                continue
            candidates.append((count, layout))
            if layout.lines <= budget and layout.tallest <= 3:
                good.append(layout)
        with_ids = [layout for layout in good if layout.ids != "none"]
        if chosen is not None and chosen.ids != "none":
            good = with_ids
        if not good:
            continue
        best = min(with_ids or good, key=lambda layout: (layout.folded, layout.lines))
        if chosen is None or best.folded <= chosen.folded - len(rows) / 2:
            chosen = best
    if chosen is not None:
        return chosen
    if not candidates:  # not even the essential columns fit: the fewest that do
        for count in range(essential - 1, 0, -1):
            layout = _arrange(ranked[:count], headers, rows, "none", width, lang)
            if layout is not None:
                return layout
        return Layout({"name": max(width, 1)}, "none")
    return min(candidates, key=lambda c: (c[1].tallest, c[1].lines, -c[0]))[1]


def _append_aligned(out: Text, piece: Text, width: int, justify: Justify) -> None:
    """Append one line of a cell at exactly ``width`` cells: cut with an ellipsis if longer (a
    piece wider than its column, in a row the layout search did not sample), padded if shorter."""
    if piece.cell_len > width:
        piece = piece.copy()
        piece.truncate(width, overflow="ellipsis", pad=True)
    room = width - piece.cell_len
    if justify == "right" and room > 0:
        out.append(" " * room)
    out.append_text(piece)
    if justify != "right" and room > 0:
        out.append(" " * room)


def _table_lines(
    specs: Sequence[_Spec],
    layout: Layout,
    lang: Lang,
    rows: list[_Row],
    title: Text | None = None,
) -> list[Text]:
    """A table as lines: the title, the header, a rule, then the rows, columns ``_GAP`` cells
    apart (the look of Rich's SIMPLE_HEAD box without edges).

    The widths are chosen and the cells folded already, so the lines are composed directly:
    a Rich table would measure and wrap every cell again, which costs more than the rest of
    the dashboard.
    """
    shown = [s for s in specs if s.key in layout.widths]
    widths = [layout.widths[s.key] for s in shown]
    total = sum(widths) + _GAP * (len(shown) - 1)
    separator = " " * _GAP

    def line(pieces: list[Text]) -> Text:
        out = Text()
        for i, (piece, width, spec) in enumerate(zip(pieces, widths, shown, strict=True)):
            if i:
                out.append(separator)
            _append_aligned(out, piece, width, spec.justify)
        return out

    lines: list[Text] = []
    if title is not None:
        heading = Text()
        _append_aligned(heading, title, max(total, title.cell_len), "left")
        lines.append(heading)
    lines.append(line([Text(s.zh if lang == "zh" else s.en, style="bold") for s in shown]))
    lines.append(Text("─" * total))
    goal = "target" not in layout.widths
    for row in rows:
        cells = [
            (row.name_cell(layout.ids, goal) if s.key == "name" else row.cells[s.key]).lines_at(w)
            for s, w in zip(shown, widths, strict=True)
        ]
        for i in range(max(len(cell) for cell in cells)):
            lines.append(line([cell[i] if i < len(cell) else Text() for cell in cells]))
    return lines


# ---------------------------------------------------------------------------------- status


def summary_lines(progress: Progress, origin: Origin, lang: Lang, width: int = 0) -> list[Text]:
    """Title, tally by status and sources; the tally folds between statuses, never inside one."""
    counts = progress.summary
    total = sum(counts.values())
    head = Text(_t(lang, "苏州产业创新集群目标进展", "Suzhou innovation-cluster goals"), "bold")
    head.append(_t(lang, f" · 截至{progress.as_of.isoformat()}", f" · as of {progress.as_of}"))
    tally = Text(_t(lang, f"{total}项目标：", f"{total} goals: "))
    separator = _t(lang, "，", ", ")
    line_start = 0
    first = True
    for status, count in counts.items():
        if count == 0:
            continue
        item = Text(status_text(status, lang), style=STATUS_LABELS[status].colour)
        item.append(f" {count}")
        if not first:
            tally.append(separator)
            line = cell_len(tally.plain[line_start:]) + item.cell_len + cell_len(separator)
            if width and line > width:
                tally.rstrip()
                tally.append("\n")
                line_start = len(tally.plain)
        first = False
        tally.append_text(item)
    if total == 0:
        tally.append(_t(lang, "没有符合条件的目标", "none match the filters"))
    sources = Text(_t(lang, "目标登记：", "registry: "), style="dim")
    sources.append(clean(origin.registry), style="dim")
    sources.append(_t(lang, "；数据台账：", "; ledger: "), style="dim")
    sources.append(clean(origin.ledger), style="dim")
    return [head, tally, sources]


def _target_row(row: TargetRow, lang: Lang, bar_width: int) -> _Row:
    t = row.target
    latest = row.latest
    cells = {
        "id": _fixed(text(row.id, "dim")),
        "baseline": _words(
            _value_period(
                _baseline_text(row, lang), row.baseline.period.text if row.baseline else None
            )
        ),
        "latest": _words(_value_period(_qty(latest.value, t, lang), latest.period.text))
        if latest
        else _fixed(Text("—", style="dim")),
        "target": _words(_value_period(_qty(t.target, t, lang), str(t.deadline))),
        "progress": _fixed(_progress_cell(row, bar_width)),
        "gap": _fixed(text(difference(row.gap, t.unit, lang, t.unit_en))),
        "pace": _fixed(text(points(row.pace_gap, lang))),
        "needed": _fixed(text(_needed(row, lang))),
        "status": _fixed(_status_cell(row.status, lang)),
    }
    return _Row(clean(_name(t, lang)), clean(row.id), clean(_goal_text(row, lang)), cells)


def _indicator_row(row: IndicatorRow, lang: Lang) -> _Row:
    i = row.indicator
    value = point_quantity(row.latest, i.unit, lang, i.unit_en)
    cells = {
        "id": _fixed(text(row.id, "dim")),
        "latest": _words(_value_period(value, row.latest.period.text)),
        "growth": _fixed(text(percent(row.growth, signed=True))),
        "status": _fixed(_status_cell(row.status, lang)),
    }
    return _Row(clean(_name(i, lang)), clean(row.id), None, cells)


def _goal_text(row: TargetRow, lang: Lang) -> str:
    return f"→ {_qty(row.target.target, row.target, lang)} ({row.target.deadline})"


def _clusters(registry: Registry, keys: list[str]) -> list[str]:
    order = [key for key in registry.clusters if key in keys]
    return order + [key for key in dict.fromkeys(keys) if key not in registry.clusters]


def _cluster_title(registry: Registry, key: str, lang: Lang, count: int) -> Text:
    label = registry.clusters.get(key)
    name = (label.name if lang == "zh" else label.name_en) if label else key
    title = Text("▌", style="cyan")
    title.append(clean(name), style="bold")
    title.append(_t(lang, f"（{count}项）", f" ({count})"), style="dim")
    return title


def status_view(
    progress: Progress, registry: Registry, origin: Origin, lang: Lang, width: int
) -> Group:
    """The dashboard: summary, one table per cluster (columns aligned across them), indicators."""
    parts: list[RenderableType] = [*summary_lines(progress, origin, lang, width)]
    bar_width = 10 if width >= 120 else 8 if width >= 100 else 6
    hidden = False
    if progress.targets:
        rows = [_target_row(row, lang, bar_width) for row in progress.targets]
        layout = fit_columns(_TARGET_COLUMNS, rows, width, lang, _TARGET_RANKS)
        hidden = layout.ids == "none"
        by_cluster: dict[str, list[_Row]] = {}
        for target, row in zip(progress.targets, rows, strict=True):
            by_cluster.setdefault(target.target.cluster, []).append(row)
        for key in _clusters(registry, list(by_cluster)):
            parts.append(Text(""))
            title = _cluster_title(registry, key, lang, len(by_cluster[key]))
            parts.extend(_table_lines(_TARGET_COLUMNS, layout, lang, by_cluster[key], title))
    if progress.indicators:
        irows = [_indicator_row(row, lang) for row in progress.indicators]
        layout = fit_columns(_INDICATOR_COLUMNS, irows, width, lang, _INDICATOR_RANKS)
        hidden = hidden or layout.ids == "none"
        parts.append(Text(""))
        title = Text("▌", style="cyan")
        title.append(
            _t(
                lang,
                "背景指标（无目标，按增速判断）",
                "Context figures (no target; judged by growth)",
            ),
            "bold",
        )
        parts.extend(_table_lines(_INDICATOR_COLUMNS, layout, lang, irows, title))
    parts.append(Text(""))
    parts.append(
        Text(
            _t(
                lang,
                "详情：cluster-cli show 编号　状态含义与计算方法：docs/methodology.md",
                "Details: cluster-cli show ID.  Statuses and method: docs/methodology.md",
            ),
            style="dim",
        )
    )
    if any(_approximate(row) and row.progress is not None for row in progress.targets):
        parts.append(
            Text(
                _t(
                    lang,
                    "≈ 基期为约数（如“超过1000亿元”），进度按该下限计算，为近似值。",
                    '≈ measured from an approximate baseline ("over ..."): approximate.',
                ),
                style="dim",
            )
        )
    if hidden:
        parts.append(
            Text(
                _t(
                    lang,
                    "终端较窄，未列出编号：加宽终端或使用 --json 查看。",
                    "IDs left out at this width: widen the terminal or use --json.",
                ),
                style="dim",
            )
        )
    return Group(*parts)


# ---------------------------------------------------------------------------------- show


def _section(title: str) -> Text:
    heading = Text("\n")
    heading.append(title, style="bold underline")
    return heading


def _figures(pairs: list[tuple[str, str]]) -> Table:
    from rich.table import Table

    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="dim", no_wrap=True)
    grid.add_column(overflow="fold")
    for label, value in pairs:
        grid.add_row(Text(label), text(value))
    return grid


def _bullets(items: list[str]) -> Table:
    from rich.table import Table

    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    for item in items:
        grid.add_row(Text("•"), text(item, multiline=True))
    return grid


def trend_chart(
    points_: list[Point],
    item: Target | Indicator,
    lang: Lang,
    width: int,
    target: tuple[float, str] | None = None,
    baseline: Point | None = None,
) -> Table:
    """Horizontal bars from zero, one per period, with the target as a marker and a last bar."""
    from rich.table import Table

    series = list(points_)
    if baseline is not None and all(p.period.t != baseline.period.t for p in series):
        series = [baseline, *series]
    series.sort(key=lambda p: p.period)
    values = [p.value for p in series] + ([target[0]] if target else [])
    top = max((abs(v) for v in values), default=0.0) or 1.0
    bar_width = max(10, min(40, width - 40))
    mark = None
    if target is not None:
        mark = min(bar_width - 1, max(0, math.ceil(abs(target[0]) / top * bar_width) - 1))
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(no_wrap=True)
    grid.add_column(justify="right", no_wrap=True)
    grid.add_column(no_wrap=True, style="dim")
    for point in series:
        drawn = bar(abs(point.value) / top, bar_width, "cyan")
        if mark is not None and drawn.plain[mark] == "░":
            drawn = drawn[:mark] + Text("┊", style="yellow") + drawn[mark + 1 :]
        tag = ""
        if baseline is not None and point.period.t == baseline.period.t:
            tag = _t(lang, "基期", "baseline")
        grid.add_row(text(point.period.text), drawn, text(_qty(point.value, item, lang)), text(tag))
    if target is not None:
        grid.add_row(
            text(target[1]),
            bar(abs(target[0]) / top, bar_width, "yellow"),
            text(_qty(target[0], item, lang)),
            text(_t(lang, "目标", "target")),
        )
    return grid


def _entry_state(entry: Entry, lang: Lang) -> Text:
    if entry.retracted_by is not None:
        return Text(
            _t(lang, f"✗ 已撤回（{entry.retracted_by}）", f"✗ retracted by {entry.retracted_by}"),
            "red",
        )
    if entry.superseded_by is not None:
        return Text(
            _t(lang, f"↻ 已修订为 {entry.superseded_by}", f"↻ revised by {entry.superseded_by}"),
            "yellow",
        )
    return Text(_t(lang, "✓ 有效", "✓ counts"), "green")


def _record_value(
    value: float | None, unit_symbol: str, item: Target | Indicator, lang: Lang
) -> str:
    """A recorded value in the unit it was recorded in (which may differ from today's)."""
    if value is None:
        return "—"
    try:
        return quantity(value, unit_symbol, lang, item.unit_en)
    except ValueError:
        return f"{format_number(value)} {unit_symbol}"


def history_table(entries: list[Entry], item: Target | Indicator, lang: Lang) -> Table:
    from rich import box
    from rich.table import Column, Table

    headers = (
        _t(lang, "期间", "Period"),
        _t(lang, "数值", "Value"),
        _t(lang, "记录时间", "Recorded"),
        _t(lang, "记录", "Record"),
    )
    table = Table(
        *(Column(Text(h, style="bold"), overflow="fold") for h in headers),
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
    )
    table.add_column(Text(_t(lang, "状态", "State"), style="bold"), overflow="fold")
    table.add_column(Text(_t(lang, "来源与备注", "Source and note"), style="bold"), overflow="fold")
    for entry in sorted(entries, key=lambda e: (e.period, e.record.recorded_at)):
        record = entry.record
        value_cell = text(_record_value(record.value, record.unit, item, lang))
        source = text(record.source)
        if record.note:
            source.append(" — " if record.source else "")
            source.append(clean(record.note), style="dim")
        if not entry.counts:
            value_cell.stylize("strike")
        table.add_row(
            text(entry.period.text),
            value_cell,
            text(record.recorded_at[:10]),
            text(record.id, "dim"),
            _entry_state(entry, lang),
            source,
        )
    return table


def _source_lines(registry: Registry, item: Target | Indicator, lang: Lang) -> list[RenderableType]:
    document = registry.sources.get(item.source.document)
    lines: list[RenderableType] = []
    if document is not None:
        line = text(f"《{document.title}》" if lang == "zh" else document.title, "bold")
        for extra in (document.publisher, document.date):
            if extra:
                line.append(", ")
                line.append(clean(extra))
        lines.append(line)
        if document.url:
            lines.append(text(document.url, "dim"))
    else:
        lines.append(text(item.source.document))
    quote = Text("“")
    quote.append(clean(item.source.quote, multiline=True), style="italic")
    quote.append("”")
    lines.append(quote)
    return lines


def _place(registry: Registry, item: Target | Indicator, lang: Lang) -> str:
    parts = []
    for table, key in ((registry.clusters, item.cluster), (registry.regions, item.region)):
        label = table.get(key)
        parts.append((label.name if lang == "zh" else label.name_en) if label else key)
    return " · ".join(parts)


def _header(item: Target | Indicator, key: str, registry: Registry, lang: Lang, as_of: str) -> Text:
    head = text(_name(item, lang), "bold")
    head.append("  ")
    head.append(key, style="dim")
    head.append("\n")
    head.append(clean(_place(registry, item, lang)))
    head.append(_t(lang, f" · 截至{as_of}", f" · as of {as_of}"), style="dim")
    return head


def _status_line(status: Status, lang: Lang, sentence: str, meaning: str | None = None) -> Group:
    line = _status_cell(status, lang)
    line.stylize("bold")
    if meaning:
        line.append(_t(lang, f"（{meaning}）", f" ({meaning})"), style="dim")
    return Group(line, text(sentence))


def show_target_view(
    row: TargetRow, registry: Registry, as_of: str, lang: Lang, width: int
) -> Group:
    t = row.target
    latest = row.latest
    baseline = "—"
    if row.baseline is not None:
        origin = (
            _t(lang, "，采用记录数据", ", recorded figure")
            if row.baseline.record is not None
            else ""
        )
        baseline = f"{_baseline_text(row, lang)} ({row.baseline.period.text}{origin})"
    kind = (
        _t(lang, "年度数值", "yearly level")
        if t.kind == "level"
        else _t(lang, "自基期起累计", "running total since the baseline")
    )
    direction = "" if t.direction == "increase" else _t(lang, "，越低越好", ", lower is better")
    by = _t(lang, f"{t.deadline}年底前", f"by end {t.deadline}")
    figures = [
        (
            _t(lang, "目标", "Target"),
            f"{_qty(t.target, t, lang)} ({by}; {kind}{direction})",
        ),
        (_t(lang, "基期", "Baseline"), baseline),
        (
            _t(lang, "最新", "Latest"),
            f"{_qty(latest.value, t, lang)} ({latest.period.text})" if latest else "—",
        ),
        (_t(lang, "达成率（最新÷目标）", "Attainment (latest ÷ target)"), percent(row.attainment)),
        (
            _t(lang, "进度（已完成的任务）", "Progress (share of the task done)"),
            percent(row.progress),
        ),
        (_t(lang, "时间已过", "Time elapsed"), percent(row.elapsed)),
        (_t(lang, "对比时序进度", "Pace against time"), points(row.pace_gap, lang)),
        (_t(lang, "差距", "Gap to the target"), difference(row.gap, t.unit, lang, t.unit_en)),
        (_t(lang, "实际年均增速", "Growth so far, per year"), percent(row.actual_growth)),
        (
            _t(lang, "所需年均增速（自基期）", "Growth required, per year"),
            percent(row.required_growth),
        ),
        (
            _t(lang, "增速之比（实际÷所需）", "Growth ratio (actual ÷ required)"),
            ratio(row.growth_ratio),
        ),
        (_t(lang, "尚需年均增速", "Growth still needed, per year"), percent(row.needed_growth)),
        (
            _t(lang, "尚需每年增加", "Still needed per year"),
            difference(row.needed_per_year, t.unit, lang, t.unit_en),
        ),
        (
            _t(lang, f"按当前趋势预计（{t.deadline}年）", f"Projected for {t.deadline} on trend"),
            _qty(row.projected, t, lang),
        ),
        (
            _t(lang, "截止年份数据", "Deadline-year figure in"),
            _t(lang, "是", "yes") if row.final else _t(lang, "否", "no"),
        ),
    ]
    parts: list[RenderableType] = [
        _header(t, row.id, registry, lang, as_of),
        _section(_t(lang, "状态", "Status")),
        _status_line(row.status, lang, explain(row, lang), row_meaning(row, lang)),
        _section(_t(lang, "数值", "Figures")),
        _figures(figures),
        _section(_t(lang, "走势", "Trend")),
    ]
    if row.points or row.baseline:
        parts.append(
            trend_chart(row.points, t, lang, width, (t.target, str(t.deadline)), row.baseline)
        )
    else:
        parts.append(Text(_t(lang, "尚无数据。", "No figures yet."), style="dim"))
    parts.extend(_common_tail(note_texts(row.notes, lang), t, row.history, registry, lang))
    return Group(*parts)


def show_indicator_view(
    row: IndicatorRow, registry: Registry, as_of: str, lang: Lang, width: int
) -> Group:
    i = row.indicator
    value = point_quantity(row.latest, i.unit, lang, i.unit_en)
    figures = [
        (_t(lang, "最新", "Latest"), f"{value} ({row.latest.period.text})"),
        (_t(lang, "年均增长", "Growth per year"), percent(row.growth, signed=True)),
        (_t(lang, "相关目标", "Related goal"), i.related_target or "—"),
    ]
    parts: list[RenderableType] = [
        _header(i, row.id, registry, lang, as_of),
        text(
            _t(
                lang,
                "背景指标：无目标，按增速判断。",
                "Context figure: no target; judged by its growth.",
            ),
            "dim",
        ),
        _section(_t(lang, "状态", "Status")),
        _status_line(row.status, lang, explain_indicator(row, lang)),
        _section(_t(lang, "数值", "Figures")),
        _figures(figures),
        _section(_t(lang, "走势", "Trend")),
        trend_chart(row.points, i, lang, width),
    ]
    parts.extend(_common_tail(note_texts(row.notes, lang), i, row.history, registry, lang))
    return Group(*parts)


def _common_tail(
    notes: list[str], item: Target | Indicator, history: list[Entry], registry: Registry, lang: Lang
) -> list[RenderableType]:
    parts: list[RenderableType] = []
    extra = [item.note] if item.note else []
    if notes or extra:
        parts += [_section(_t(lang, "说明", "Notes")), _bullets([*notes, *extra])]
    if item.assumptions:
        parts += [_section(_t(lang, "假设", "Assumptions")), _bullets(list(item.assumptions))]
    parts += [_section(_t(lang, "来源", "Source")), *_source_lines(registry, item, lang)]
    parts.append(_section(_t(lang, "记录历史", "Recorded values")))
    if history:
        parts.append(history_table(history, item, lang))
    else:
        parts.append(
            Text(
                _t(
                    lang,
                    "台账中尚无记录（仅有登记表中的数值）。",
                    "Nothing recorded in the ledger yet.",
                ),
                style="dim",
            )
        )
    return parts


# ---------------------------------------------------------------------------------- output


def console(
    file: TextIO | None = None,
    *,
    width: int | None = None,
    no_color: bool = False,
    force_terminal: bool | None = None,
) -> Console:
    """A console that never interprets markup or highlights, and follows NO_COLOR and --no-color.

    Colour is used only on a terminal (Rich detects it); piped output is plain text.
    """
    return Console(
        file=file or sys.stdout,
        width=width,
        no_color=True if no_color else None,
        force_terminal=force_terminal,
        markup=False,
        emoji=False,
        highlight=False,
        soft_wrap=False,
    )


def print_view(
    build: Callable[[int], RenderableType], no_color: bool = False, file: TextIO | None = None
) -> None:
    out = console(file, no_color=no_color)
    view = build(out.width)
    if out.color_system is None and isinstance(view, Group):
        lines = view.renderables
        if all(isinstance(line, Text) for line in lines):
            _write_plain(out, lines)  # type: ignore[arg-type]
            return
    out.print(view)


def _write_plain(out: Console, texts: list[Text]) -> None:
    """What ``out.print`` writes for lines of text when there are no styles to show (a pipe, a
    file): the text itself, and Rich's wrapping only for a line wider than the console. The
    dashboard's lines fit already, so this spares it Rich's rendering of each of them."""
    width = out.width
    chunks: list[str] = []
    for text_ in texts:
        for line in text_.split("\n", allow_blank=True):
            if line.cell_len <= width:
                chunks.append(line.plain)
            else:
                chunks.extend(part.plain for part in line.wrap(out, width))
    out.file.write("\n".join(chunks) + "\n")


def to_text(build: Callable[[int], RenderableType], width: int, color: bool = False) -> str:
    """Render at a fixed width, as plain text or with the escape codes a terminal would get."""
    buffer = StringIO()
    out = Console(
        file=buffer,
        width=width,
        force_terminal=color,
        color_system="truecolor" if color else None,
        markup=False,
        emoji=False,
        highlight=False,
        soft_wrap=False,
        legacy_windows=False,
        _environ={},
    )
    out.print(build(width))
    return buffer.getvalue()
