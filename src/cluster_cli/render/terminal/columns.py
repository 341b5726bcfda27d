"""The column-fitting search: which columns a table shows at a width, how wide each is, where
the ids go; and the table drawn as lines of text."""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from itertools import product
from typing import Literal, NamedTuple

from rich.cells import cell_len
from rich.text import Span, Text

from cluster_cli.i18n import Lang, Phrase
from cluster_cli.render.terminal.cells import Justify, piece
from cluster_cli.render.terminal.folding import AnyCell, Cell, Para, Piece, width_of


class Spec(NamedTuple):
    key: str
    header: Phrase
    keep: int  # columns with the lowest numbers are kept when the terminal is narrow
    justify: Justify = "left"
    wrap: bool = False  # may fold onto several lines (only between words)


class Ranks(NamedTuple):
    essential: int  # columns up to this rank are kept even when rows get tall
    ids: int  # with a column less important than this, ids are always shown


_NAME_MIN: dict[Lang, int] = {"zh": 12, "en": 16}
_NAME_CAP: dict[Lang, int] = {"zh": 40, "en": 48}  # longer names fold onto a second line
GAP = 3  # one space of padding on each side of the (blank) column separator

# Where a table's ids go: a column of their own, a line under the name, a line of their own
# under the row (across the whole table: a long id needs no wide name column), or nowhere.
IdMode = Literal["column", "line", "row", "none"]


class Layout(NamedTuple):
    """The columns shown and their widths, and where the goal ids go."""

    widths: dict[str, int]
    ids: IdMode
    lines: int = 0  # lines of all rows together
    tallest: int = 0  # lines of the tallest row
    folded: int = 0  # cells folded onto several lines


class Row:
    """One goal or figure of a table: its name, id and cells."""

    __slots__ = ("_names", "cells", "goal", "id", "name")

    def __init__(self, name: str, id: str, goal: str | None, cells: dict[str, AnyCell]) -> None:
        self.name = name
        self.id = id
        self.goal = goal  # "→ target (deadline)", under the name when there is no target column
        self.cells = cells
        # The layout search asks for the same few name cells many times: built once each.
        self._names: dict[tuple[IdMode, bool], Cell] = {}

    def name_cell(self, ids: IdMode, goal: bool) -> Cell:
        cell = self._names.get((ids, goal))
        if cell is None:
            paras = [Para(piece(self.name), "name")]
            if ids == "line":
                paras.append(Para(piece(self.id, "dim")))
            if goal and self.goal is not None:
                paras.append(Para(piece(self.goal, "dim"), "words"))
            cell = self._names[ids, goal] = Cell(tuple(paras))
        return cell


def _choices(spec: Spec, cells: list[AnyCell], header: int) -> list[int]:
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


def _column(key: str, cells: list[AnyCell], width: int, memo: _Memo) -> _Column:
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
    shown: list[Spec],
    headers: dict[str, int],
    rows: list[Row],
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
    room = width - GAP * (len(shown) - 1)
    name_min = max(headers["name"], _NAME_MIN[lang], max(c.narrowest for c in names))
    name_cap = max(name_min, min(_NAME_CAP[lang], max(c.natural for c in names)))
    if ids == "line":
        widest_id = max(cell_len(row.id) for row in rows)
        name_min = max(name_min, widest_id)
        name_cap = max(name_cap, widest_id)
    if ids == "row" and max(cell_len(row.id) for row in rows) > width:
        return None
    id_lines = 1 if ids == "row" else 0
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
            lines = sum(heights) + id_lines * len(rows)
            best = (score, Layout(ordered, ids, lines, max(heights), folded))
    return None if best is None else best[1]


_SAMPLE_ALL_UP_TO = 48


def _sample(rows: list[Row], each: int = 4) -> list[Row]:
    """The rows that decide a layout: all of a short table; of a long one (a registry of
    thousands of goals), the first rows and those with the widest cells of every column,
    names and ids included, so that the search stays quick. A cell of another row that cannot
    fold into the width chosen is cut, as any piece wider than its column is."""
    if len(rows) <= _SAMPLE_ALL_UP_TO:
        return rows
    keep = set(range(16))
    # Natural widths only: cheap to measure, and the widest cells are the ones that fold.
    measured = [
        [width_of(row.name) for row in rows],
        [width_of(row.id) for row in rows],
        *([row.cells[key].natural for row in rows] for key in rows[0].cells),
    ]
    for widths in measured:  # nlargest: as sorting all and taking the first, ties included
        keep.update(heapq.nlargest(each, range(len(rows)), key=widths.__getitem__))
    return [rows[i] for i in sorted(keep)]


def fit_columns(
    specs: Sequence[Spec],
    rows: list[Row],
    width: int,
    lang: Lang,
    ranks: Ranks,
) -> Layout:
    """Choose the columns that fit in ``width``, their widths and where the ids go.

    The most important columns are kept that let rows average at most about two lines (none
    taller than three); a further column is dropped when that unfolds at least half the rows.
    Ids go in their own column, else on a line under the name when the column is wide enough for
    the longest one, else (only with few columns) nowhere: ``show`` and ``--json`` have them.
    When nothing reads that well, the essential columns stay and the fewest lines win.
    """
    rows = _sample(rows)
    headers = {s.key: cell_len(s.header(lang)) for s in specs}
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
            modes.append("row")
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
            fallbacks: tuple[IdMode, ...] = ("row", "none")
            for mode in fallbacks:
                layout = _arrange(ranked[:count], headers, rows, mode, width, lang)
                if layout is not None:
                    return layout
        return Layout({"name": max(width, 1)}, "none")
    return min(candidates, key=lambda c: (c[1].tallest, c[1].lines, -c[0]))[1]


def _truncated(piece: Piece, width: int) -> tuple[Piece, int]:
    """A line of a cell wider than its column (in a row the layout search did not sample),
    cut with an ellipsis."""
    cut = piece.to_text()
    cut.truncate(width, overflow="ellipsis", pad=True)
    return Piece.of(cut), cut.cell_len


_EMPTY = (Piece(""), 0)


def table_lines(
    specs: Sequence[Spec],
    layout: Layout,
    lang: Lang,
    rows: list[Row],
    title: Text | None = None,
) -> list[Text | Piece]:
    """A table as lines: the title, the header, a rule, then the rows, columns ``GAP`` cells
    apart (the look of Rich's SIMPLE_HEAD box without edges).

    The widths are chosen and the cells folded already, so the lines are composed directly:
    a Rich table would measure and wrap every cell again, which costs more than the rest of
    the dashboard.
    """
    shown = [s for s in specs if s.key in layout.widths]
    widths = [layout.widths[s.key] for s in shown]
    columns = list(zip(widths, [s.justify for s in shown], strict=True))
    total = sum(widths) + GAP * (len(shown) - 1)
    separator = " " * GAP

    def line(pieces: list[tuple[Piece, int]]) -> Piece:
        """The pieces aligned in their columns, composed at once (appending to a Rich Text piece
        by piece would cost more than the rest of the dashboard)."""
        parts: list[str] = []
        spans: list[Span] = []
        used = 0  # characters so far (not cells)
        for i, ((cell, cells), (width, justify)) in enumerate(zip(pieces, columns, strict=True)):
            if i:
                parts.append(separator)
                used += GAP
            if cells > width:
                cell, cells = _truncated(cell, width)
            room = width - cells
            if room > 0 and justify == "right":
                parts.append(" " * room)
                used += room
            if cell.spans:
                spans.extend(Span(a + used, b + used, style) for a, b, style in cell.spans)
            parts.append(cell.plain)
            used += len(cell.plain)
            if room > 0 and justify != "right":
                parts.append(" " * room)
                used += room
        return Piece("".join(parts), tuple(spans))

    lines: list[Text | Piece] = []
    if title is not None:
        heading = Text()
        heading.append_text(title)
        heading.append(" " * (total - title.cell_len))
        lines.append(heading)
    headers = [Piece.styled(s.header(lang), "bold") for s in shown]
    lines.append(line([(header, width_of(header.plain)) for header in headers]))
    lines.append(Text("─" * total))
    goal = "target" not in layout.widths
    for row in rows:
        cells = [
            (row.name_cell(layout.ids, goal) if s.key == "name" else row.cells[s.key]).lines_at(w)
            for s, w in zip(shown, widths, strict=True)
        ]
        for i in range(max(len(cell) for cell in cells)):
            lines.append(line([cell[i] if i < len(cell) else _EMPTY for cell in cells]))
        if layout.ids == "row":
            padding = " " * (total - width_of(row.id))
            lines.append(Piece(row.id + padding, (Span(0, len(row.id), "dim"),)))
    return lines
