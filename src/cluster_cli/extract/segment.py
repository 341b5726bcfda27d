"""The text as the rules read it: whitespace squeezed out, cut into paragraphs, sentences and
clauses, with every position mapped back to the text as read.

Text extracted from a PDF breaks lines, and puts spaces, inside sentences and numbers
(``超 4 万亿元``). Spaces are dropped; a line break is kept as a paragraph break only where a
sentence or a heading ends, so that a sentence wrapped over several lines reads as one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Whitespace inside a line that separates rather than pads: a tab, an ideographic space or a
# run of spaces between two characters, or a space between two numbers of several digits
# (5510 8000; a PDF's letter-spaced 2 0 2 7 is one number).
_CELL_GAP = re.compile(
    r"(?<=\S)(?:[ \t\u3000]*[\t\u3000][ \t\u3000]*| {2,})(?=\S)|(?<=\d\d) +(?=\d\d)"
)
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
    origin: tuple[int, ...]
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


def flatten(source: str) -> Flat:
    lines = []  # (start in source, squeezed characters with their positions, ends with \n)
    for match in re.finditer(r"[^\n]*(?:\n|$)", source):
        line = match.group()
        kept = [(match.start() + i, c) for i, c in enumerate(line) if not c.isspace()]
        for gap in _CELL_GAP.finditer(line):
            # Between cells of a table (or two numbers) a gap separates: 5510　8000 is two
            # numbers, not 55108000. CELL stands for it, placed where the gap is.
            kept.append((match.start() + gap.start(), CELL))
        if len(kept) > 1:
            kept.sort()
        if kept:
            newline = line.rfind("\n")
            lines.append((kept, match.start() + (newline if newline >= 0 else len(line) - 1)))
    lengths = sorted(len(kept) for kept, _ in lines)
    median = lengths[len(lengths) // 2] if lengths else 0
    # Narrow columns (a newspaper page) make every line short: a heading is shorter still.
    short = min(_SHORT_LINE, int(median * 0.6))
    chars: list[str] = []
    origin: list[int] = []
    for number, (kept, break_at) in enumerate(lines):
        for position, char in kept:
            chars.append(char)
            origin.append(position)
        head = "".join(c for _, c in kept[:12])
        # A numbered line as long as the text's lines is an item wrapped onto the next line
        # ("（一）…达到 1000⏎亿元"), not a heading.
        wrapped = median >= _SHORT_LINE and len(kept) >= median * 0.9
        if (
            kept[-1][1] in _CLOSERS
            or len(kept) < short
            or (_HEADING.match(head) and not wrapped)
            or number == len(lines) - 1
            or _HEADING.match("".join(c for _, c in lines[number + 1][0][:12]))
        ):
            chars.append("\n")
            origin.append(break_at)
    return Flat("".join(chars), tuple(origin), source)


def paragraphs(flat: Flat) -> list[Paragraph]:
    found = []
    for match in re.finditer(r"[^\n]+", flat.text):
        head = match.group()[:16]
        heading = bool(_HEADING.match(head)) and len(match.group()) < 80
        found.append(
            Paragraph(
                match.start(), match.end(), heading, heading and bool(_TOP_HEADING.match(head))
            )
        )
    return found


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
    return [(s, e) for s, e in spans if e - s > 1]


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
            char == ","
            and text[index - 1 : index].isdigit()
            and text[index + 1 : index + 2].isdigit()
        ):
            continue  # 1,000: a thousands separator
        elif char in CLAUSE_END and depth == 0:
            spans.append((begin, index))
            begin = index + 1
    if begin < end:
        spans.append((begin, end))
    return [(s, e) for s, e in spans if e > s]
