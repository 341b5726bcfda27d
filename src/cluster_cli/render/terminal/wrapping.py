"""Text at any width without breaking a word or a number.

Rich wraps text at spaces and cuts a "word" longer than the line anywhere, and a run of Chinese
is one word to it: "已完成任务的43.7%" may be cut inside the number. Where that could happen,
these fold with :func:`~cluster_cli.render.terminal.folding.fold_offsets` instead (between
words, after a hyphen, between Chinese characters; never inside a Latin word or a number).
"""

from __future__ import annotations

from io import StringIO

from rich.console import Console, RenderableType
from rich.measure import Measurement
from rich.text import Text

from cluster_cli.render.terminal.folding import Piece, fold_offsets, width_of


def _console() -> Console:
    return Console(file=StringIO(), width=10_000, markup=False, emoji=False, highlight=False)


def minimum_width(renderable: RenderableType) -> int:
    """The narrowest Rich can draw ``renderable`` without cutting a word (for a table: each
    column's longest word and the padding)."""
    out = _console()
    return Measurement.get(out, out.options, renderable).minimum


def natural_width(renderable: RenderableType) -> int:
    """The width of ``renderable`` drawn with no line wrapped."""
    out = _console()
    return Measurement.get(out, out.options, renderable).maximum


def longest_word(plain: str) -> int:
    return max((width_of(word) for word in plain.split()), default=0)


def folded_lines(text: Text, width: int) -> list[Text]:
    """``text`` folded at ``width`` cells, paragraph by paragraph, styles kept."""
    piece = Piece.of(text)
    plain = text.plain
    lines: list[Text] = []
    start = 0
    for paragraph in plain.split("\n"):
        end = start + len(paragraph)
        for a, b in fold_offsets(paragraph, max(width, 1)):
            lines.append(piece.cut(start + a, start + b).to_text())
        start = end + 1
    return lines


def wrapped(text: Text, width: int) -> Text:
    """``text`` as it is when Rich's wrapping at ``width`` breaks no word, else folded here."""
    if longest_word(text.plain) <= width:
        return text
    return Text("\n").join(folded_lines(text, width))


def indented(text: Text, width: int, indent: int) -> list[Text]:
    """``text`` folded to fit ``width`` after ``indent`` spaces, each line indented."""
    return [Text(" " * indent).append_text(line) for line in folded_lines(text, width - indent)]
