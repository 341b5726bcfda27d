"""Folding a cell onto lines: where a line may break (between words, never inside a number
or a date), and each cell's widths and heights, kept for the layout search."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal, NamedTuple

from rich.cells import cell_len, get_character_cell_size
from rich.text import Span, Text

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
        if name:
            return True
        # The word before the spaces, found without copying what precedes it: a note of a
        # million characters has a million places to ask about.
        end = i - 1
        while end > 0 and s[end - 1] == " ":
            end -= 1
        word = s[s.rfind(" ", 0, end) + 1 : end]
        return not _NUMBER.fullmatch(word)
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


def width_of(s: str) -> int:
    """Terminal cells of ``s``, as Rich counts them. Rich keeps the widths of only 4,096
    strings and a dashboard measures tens of thousands once each: the characters' widths (also
    kept by Rich) are summed directly; ASCII is one cell a character."""
    if s.isascii():
        return len(s)
    if "\u200d" in s or "\ufe0f" in s:  # joined emoji: Rich's own rules
        return cell_len(s)
    return sum(map(get_character_cell_size, s))


class Piece(NamedTuple):
    """Styled text as plain characters and the styles over them, lighter than a Rich
    :class:`~rich.text.Text`: a dashboard of thousands of goals holds tens of thousands of
    cells, and only the lines written need to become ``Text`` (or nothing, on a pipe)."""

    plain: str
    spans: tuple[Span, ...] = ()

    @classmethod
    def styled(cls, plain: str, style: str = "") -> Piece:
        """``plain`` (cleaned already) in one style."""
        return cls(plain, (Span(0, len(plain), style),) if style else ())

    @classmethod
    def of(cls, text: Text) -> Piece:
        whole = (Span(0, len(text), text.style),) if text.style else ()
        return cls(text.plain, (*whole, *text.spans))

    def cut(self, start: int, end: int) -> Piece:
        """The characters from ``start`` to ``end`` and the styles over them."""
        spans = tuple(
            Span(max(s.start, start) - start, min(s.end, end) - start, s.style)
            for s in self.spans
            if s.start < end and s.end > start
        )
        return Piece(self.plain[start:end], spans)

    def to_text(self) -> Text:
        return Text(self.plain, spans=list(self.spans))

    def __rich__(self) -> Text:
        """Rendered by Rich as the Text it stands for (a line of the dashboard)."""
        return self.to_text()


class Para:
    """One paragraph of a cell: styled text and how it may fold (``None``: never).

    The layout search asks the same questions of each cell many times: answers are kept.
    (Plain classes with slots: a dashboard builds thousands of these.)
    """

    __slots__ = ("_narrowest", "_natural", "_whole", "fold", "piece")

    def __init__(self, piece: Piece, fold: Literal["name", "words"] | None = None) -> None:
        self.piece = piece
        self.fold = fold
        self._natural: int | None = None
        self._narrowest: int | None = None
        self._whole: int | None = None

    def lines(self, width: int) -> int:
        if self.fold is None:
            return 1
        return len(fold_offsets(self.piece.plain, width, self.fold == "name"))

    @property
    def natural(self) -> int:
        if self._natural is None:
            self._natural = width_of(self.piece.plain)
        return self._natural

    @property
    def narrowest(self) -> int:
        if self._narrowest is None:
            self._narrowest = (
                self.natural
                if self.fold is None
                else _widest_piece(self.piece.plain, self.fold == "name")
            )
        return self._narrowest

    @property
    def whole(self) -> int:
        """The narrowest width that keeps a value whole (its period may go under it)."""
        if self._whole is None:
            self._whole = (
                self.narrowest
                if self.fold != "words"
                else _widest_piece(self.piece.plain, False, period_only=True)
            )
        return self._whole

    def render(self, width: int) -> list[tuple[Piece, int]]:
        """The lines at ``width``, each with the cells it takes."""
        piece = self.piece
        if self.fold is None or (self.natural <= width and not piece.plain.endswith(" ")):
            return [(piece, self.natural)]  # fits whole: no copy
        offsets = fold_offsets(piece.plain, width, self.fold == "name")
        lines = [piece.cut(a, b) for a, b in offsets]
        return [(line, width_of(line.plain)) for line in lines]

    lines_at = render  # a one-paragraph cell is the paragraph itself (no Cell around it)


class Cell:
    """The paragraphs of one table cell, and its height at each width tried."""

    __slots__ = ("_heights", "_narrowest", "_natural", "_whole", "paras")

    def __init__(self, paras: tuple[Para, ...]) -> None:
        self.paras = paras
        self._heights: dict[int, int] = {}
        self._natural: int | None = None
        self._narrowest: int | None = None
        self._whole: int | None = None

    def lines(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = sum(p.lines(width) for p in self.paras)
        return height

    @property
    def natural(self) -> int:
        if self._natural is None:
            self._natural = max(p.natural for p in self.paras)
        return self._natural

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

    def lines_at(self, width: int) -> list[tuple[Piece, int]]:
        return [line for p in self.paras for line in p.render(width)]


# A table cell: one paragraph, or several (a name with its id and target under it).
AnyCell = Cell | Para


def fixed(cell: Piece) -> Para:
    return Para(cell)


def words(cell: Piece) -> Para:
    return Para(cell, "words")
