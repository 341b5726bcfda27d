"""The text as the rules read it: whitespace squeezed out, cut into paragraphs, sentences and
clauses, with every position mapped back to the text as read.

Text extracted from a PDF breaks lines, and puts spaces, inside sentences and numbers
(``超 4 万亿元``). Spaces are dropped; a line break is kept as a paragraph break only where a
sentence, a heading or a title ends, or a table stacked one cell to a line has a cell, so that a
sentence wrapped over several lines reads as one.
"""

from __future__ import annotations

import itertools
import re
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

# Whitespace inside a line that may separate cells: a tab, an ideographic space or a run of
# spaces between two characters, or a space between two numbers of several digits (5510 8000;
# a PDF's letter-spaced 2 0 2 7 is one number, and so is 10 000 with its thousands apart).
_CELL_GAP = re.compile(r"(?<=\S)(?:[ \t\u3000]*[\t\u3000][ \t\u3000]*| {2,})(?=\S)")
_NUMBERS_GAP = re.compile(r"(?<=\d\d) +(?!\d{3}(?:\D|$))(?=\d)")
# A table row has cells: two gaps at least. One wide space in prose is layout.
_ROW_GAPS = 2
_RUN = re.compile(r"\S+")
# A line that ends here ends its paragraph.
_CLOSERS = frozenset("。！？!?；;：:…”」』）)")
_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+(?:部分|章|节)|"
    r"[（(][一二三四五六七八九十]+[)）]|\d{1,2}[.、．](?!\d))"
)
_TOP_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+(?:部分|章))")
# Marks that open an item of a list (●, ■, ◆, ▲, •, ★…): the line before it ends there, even in
# a text whose blank lines say nothing (a summary's items, a line each, none ending in 。).
BULLETS = frozenset("●○■□◆◇▲△▶►•★☆◎※➢➤✔√")
_SHORT_LINE = 24  # a line shorter than this (without spaces) is a title or a heading
CELL = "\t"  # in the flat text, a gap between the cells of a table row: it ends a clause
CLAUSE_END = frozenset("，,；;：:。！？!?" + CELL)
_SENTENCE_MARK = re.compile("[。！？!?]")  # the marks that end a sentence
# The characters a clause's end or its brackets turn on.
_CLAUSE_MARK = re.compile("[，,；;：:。！？!?\t《（(》）)]")


@dataclass(frozen=True)
class Flat:
    """``text`` without layout whitespace; ``origin[i]`` is the index in the original text of
    ``text[i]`` (a kept line break maps to the break itself)."""

    text: str
    origin: Sequence[int]
    source: str

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of ``text[start:end]``."""
        return self.origin[start], self.origin[end - 1] + 1

    def quote(self, start: int, end: int) -> tuple[str, int, int]:
        first, last = self.span(start, end)
        return self.source[first:last], first, last


@dataclass(frozen=True)
class Paragraph:
    start: int  # in the flat text
    end: int
    heading: bool
    top: bool  # a top-level heading (一、 第一部分)
    numbered: bool  # opens with a heading's or an item's number, whatever its length


class _Line(NamedTuple):
    pieces: list[tuple[int, str]]  # runs of characters (and CELL marks), with their positions
    text: str  # the line without its layout whitespace
    break_at: int  # where its line break is in the source
    blank_after: bool = False  # a blank line follows it


def _squeezed(source: str) -> list[_Line]:
    """Each line that holds more than whitespace, squeezed: runs of characters, taken whole
    (a text of millions of characters is not taken apart one character at a time)."""
    lines: list[_Line] = []
    for match in re.finditer(r"[^\n]*(?:\n|$)", source):
        line, base = match.group(), match.start()
        pieces = [(base + run.start(), run.group()) for run in _RUN.finditer(line)]
        if not pieces:
            if lines:
                lines[-1] = lines[-1]._replace(blank_after=True)
            continue
        # Between cells of a table (or two numbers) a gap separates: 5510　8000 is two
        # numbers, not 55108000. CELL stands for it, placed where the gap is.
        gaps = [(base + gap.start(), CELL) for gap in _CELL_GAP.finditer(line)]
        if len(gaps) < _ROW_GAPS:
            gaps = []
        gaps += [(base + gap.start(), CELL) for gap in _NUMBERS_GAP.finditer(line)]
        if gaps:
            pieces = sorted(set(pieces + gaps))
        newline = line.rfind("\n")
        break_at = base + (newline if newline >= 0 else len(line) - 1)
        lines.append(_Line(pieces, "".join(text for _, text in pieces), break_at))
    return lines


def flatten(source: str) -> Flat:
    lines = _squeezed(source)
    # A table stacked one cell to a line: each of its lines is a cell, ending its paragraph;
    # its short lines say nothing of how long the text's lines are.
    cells = {
        number
        for start, end in stacked_blocks([line.text for line in lines])
        for number in range(start - 1, end)
    }
    lengths = sorted(len(line.text) for number, line in enumerate(lines) if number not in cells)
    median = lengths[len(lengths) // 2] if lengths else 0
    # Narrow columns (a newspaper page) make every line short: a heading is shorter still.
    short = min(_SHORT_LINE, int(median * 0.6))
    # A blank line ends a paragraph (a headline over its article), unless the text is
    # double-spaced with its sentences wrapped: most lines before a blank one end mid-sentence.
    spaced = [line.text[-1] in _CLOSERS for line in lines if line.blank_after]
    blank_breaks = 2 * spaced.count(False) <= len(spaced)
    chars: list[str] = []
    origin = array("q")  # 8 bytes a character, not a Python int each
    for number, line in enumerate(lines):
        for position, text in line.pieces:
            chars.append(text)
            origin.extend(range(position, position + len(text)))
        # A numbered line as long as the text's lines is an item wrapped onto the next line
        # ("（一）…达到 1000⏎亿元"), not a heading.
        wrapped = median >= _SHORT_LINE and len(line.text) >= median * 0.9
        if (
            line.text[-1] in _CLOSERS
            or (line.blank_after and blank_breaks)
            or len(line.text) < short
            or number in cells
            or _headline(line.text, median)
            or (number == 0 and _title(line.text, lines))
            or (_HEADING.match(line.text[:12]) and not wrapped)
            or number == len(lines) - 1
            or _HEADING.match(lines[number + 1].text[:12])
            or lines[number + 1].text[0] in BULLETS  # ●经济增长6%左右: an item of its own
        ):
            chars.append("\n")
            origin.append(line.break_at)
    return Flat("".join(chars), origin, source)


_TITLE = 60  # characters: a first line shorter than this, and than the next, is a title
_HEADLINE = 40  # characters: a cross-head among paragraphs a line each is no longer
_INSIDE_MARKS = frozenset("，,；;：:。！？!?")


def _title(first: str, lines: list[_Line]) -> bool:
    """Whether the first line is a title (2026年工作要点), not the start of a sentence wrapped
    onto the next line: short, without a mark of a sentence inside or a figure cut at its end,
    shorter than the line after it (a title wrapped in two is longer than its rest), and
    naming a document or followed by a whole sentence (a narrow column's lines run on)."""
    return (
        len(lines) > 1
        and len(first) < _TITLE
        and len(first) < len(lines[1].text)
        and not first[-1].isdigit()
        and not _INSIDE_MARKS.intersection(first)
        and (_names_a_document(first) or lines[1].text[-1] in _CLOSERS)
    )


# The last word of a document's title: 工作要点, 政府工作报告, 实施方案（2024—2026年）.
_DOCUMENT_WORDS: tuple[str, ...] = ("报告", "规划", "纲要", "方案", "意见", "通知", "要点")
_DOCUMENT_WORDS += ("计划", "办法", "细则", "公报", "安排", "决定", "清单")


def _names_a_document(line: str) -> bool:
    if line.endswith(("）", ")")):
        line = line[: max(line.rfind("（"), line.rfind("("))]  # （2024—2026年）
    return line.endswith(_DOCUMENT_WORDS)


def _headline(line: str, median: int) -> bool:
    """A cross-head among paragraphs of a line each (a news page's 人口流入大城市新增保障房…
    占比力争达30%以上): short, and less than half the text's lines, no sentence in it."""
    short = len(line) < _HEADLINE and 2 * len(line) < median
    return short and not _INSIDE_MARKS.intersection(line)


# A table stacked one cell to a line (a web page's table saved as text): its serial numbers
# 1, 2, 3… each alone on a line, a row's reach apart, under a header with 序号 among its cells.
_ROW_REACH = 12  # lines: the widest row a serial number may open before the next one
_SERIALS = 3  # serial numbers in order: fewer could be page numbers
_HEADER_REACH = 8  # lines before the first row that may be the header's cells
_HEADER_CELL = 40  # characters: a longer line is prose, not a header's cell
_PROSE_MARKS = frozenset("，。；！？,;!?")


def stacked_blocks(lines: Sequence[str]) -> list[tuple[int, int]]:
    """The spans of line indexes (end excluded) of the tables stacked one cell to a line: the
    serial numbers, with the header cells (序号 among them) before the first and the last row's
    cells after the last, up to a heading."""
    blocks: list[tuple[int, int]] = []
    if "序号" not in lines:
        return blocks  # most texts
    index = 0
    while index < len(lines):
        if lines[index] != "1":
            index += 1
            continue
        serials = [index]
        at = index
        while True:  # the next serial number within a row's reach
            wanted = str(len(serials) + 1)
            ahead = range(at + 2, min(len(lines), at + _ROW_REACH + 1))
            at = next((i for i in ahead if lines[i] == wanted), -1)
            if at < 0:
                break
            serials.append(at)
        if len(serials) < _SERIALS or "序号" not in lines[max(0, index - _HEADER_REACH) : index]:
            index += 1  # numbers alone on their lines, no table's header: page numbers
            continue
        width = max(b - a for a, b in itertools.pairwise(serials))
        start = index
        while (
            start > 0
            and index - start < _HEADER_REACH
            and len(lines[start - 1]) <= _HEADER_CELL
            and not _PROSE_MARKS.intersection(lines[start - 1])
        ):
            start -= 1
        end = serials[-1] + 1
        while end < min(len(lines), serials[-1] + width) and not _HEADING.match(lines[end]):
            end += 1  # the last row's cells, up to the next heading
        blocks.append((start, end))
        index = end
    return blocks


def paragraphs(flat: Flat) -> list[Paragraph]:
    found = []
    for match in re.finditer(r"[^\n]+", flat.text):
        head = match.group()[:16]
        numbered = bool(_HEADING.match(head))
        heading = numbered and len(match.group()) < 80
        top = heading and bool(_TOP_HEADING.match(head))
        found.append(Paragraph(match.start(), match.end(), heading, top, numbered))
    return found


# Longer than any sentence a person writes (the longest in the development and validation texts
# is about 500 characters). The rules weigh every figure of a sentence against every phrase of
# time in it: one endless sentence (a damaged extraction, a list with no full stop) would take
# time growing with its square, so it is read in pieces of this length, cut at clause marks.
LONGEST_SENTENCE = 2000
_PIECE_ENDS = "；;，,"


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans in ``text[start:end]``; the end mark belongs to its sentence."""
    spans = []
    begin = start
    for mark in _SENTENCE_MARK.finditer(text, start, end):
        spans.append((begin, mark.end()))
        begin = mark.end()
    if begin < end:
        spans.append((begin, end))
    return [piece for s, e in spans if e - s > 1 for piece in _pieces(text, s, e)]


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence, or pieces of at most :data:`LONGEST_SENTENCE` characters, each ending at
    the last clause mark it holds (anywhere, if it holds none)."""
    pieces = []
    while end - start > LONGEST_SENTENCE:
        limit = start + LONGEST_SENTENCE
        cut = max(text.rfind(mark, start, limit) for mark in _PIECE_ENDS) + 1
        if cut <= start:
            cut = limit
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clause spans (cut at commas, semicolons, colons) in ``text[start:end]``, ignoring marks
    inside brackets and book titles (quotation marks are too often unbalanced to trust)."""
    spans = []
    begin = start
    depth = 0
    opened = start
    for mark in _CLAUSE_MARK.finditer(text, start, end):  # only the marks: the rest is words
        index = mark.start()
        char = mark.group()
        if depth and index - opened > 40:
            depth = 0  # an unbalanced bracket: a parenthesis is short
        if char in "《（(":
            depth += 1
            opened = index
        elif char in "》）)":
            depth = max(0, depth - 1)
        elif (
            char in ",:："
            and text[index - 1 : index].isdigit()
            and text[index + 1 : index + 2].isdigit()
        ):
            continue  # 1,000: a thousands separator; 18:1, a ratio
        elif char in CLAUSE_END and depth == 0:
            spans.append((begin, index))
            begin = index + 1
    if begin < end:
        spans.append((begin, end))
    return [(s, e) for s, e in spans if e > s]
