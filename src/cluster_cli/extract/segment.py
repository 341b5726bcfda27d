"""The text as the rules read it: whitespace squeezed out, cut into paragraphs, sentences and
clauses, with every position mapped back to the text as read.

Text extracted from a PDF breaks lines, and puts spaces, inside sentences and numbers
(``超 4 万亿元``). Spaces are dropped; a line break is kept as a paragraph break only where a
sentence or a heading ends, so that a sentence wrapped over several lines reads as one.
"""

from __future__ import annotations

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
_SHORT_LINE = 24  # a line shorter than this (without spaces) is a title or a heading
SENTENCE_END = frozenset("。！？!?")
CELL = "\t"  # in the flat text, a gap between the cells of a table row: it ends a clause
CLAUSE_END = frozenset("，,；;：:。！？!?" + CELL)


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
    lengths = sorted(len(line.text) for line in lines)
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
            or (_HEADING.match(line.text[:12]) and not wrapped)
            or number == len(lines) - 1
            or _HEADING.match(lines[number + 1].text[:12])
        ):
            chars.append("\n")
            origin.append(line.break_at)
    return Flat("".join(chars), origin, source)


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
    for index in range(start, end):
        if text[index] in SENTENCE_END:
            spans.append((begin, index + 1))
            begin = index + 1
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
    for index in range(start, end):
        char = text[index]
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
