"""Writing a view: to the terminal or a pipe (:func:`print_view`), or to a string at a fixed
width for tests (:func:`to_text`)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from io import StringIO
from typing import TextIO

from rich.console import Console, Group, RenderableType
from rich.text import Text

from cluster_cli.render.terminal.folding import Piece, width_of


class _Console(Console):
    def on_broken_pipe(self) -> None:
        """A reader gone away (``| head``) is the command's to handle, as any closed pipe:
        Rich's own handling would exit with 1 at once."""
        self.quiet = True
        raise BrokenPipeError


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
    out = _Console(
        file=file or sys.stdout,
        width=width,
        no_color=True if no_color else None,
        force_terminal=force_terminal,
        markup=False,
        emoji=False,
        highlight=False,
        soft_wrap=False,
    )
    if out.width < 1:  # COLUMNS=0 (or less): Rich would fold text at no width at all
        out.width = 80
    return out


def print_view(
    build: Callable[[int], RenderableType], no_color: bool = False, file: TextIO | None = None
) -> None:
    out = console(file, no_color=no_color)
    view = build(out.width)
    if out.color_system is None and isinstance(view, Group):
        lines = view.renderables
        if all(isinstance(line, Text | Piece) for line in lines):
            _write_plain(out, lines)  # type: ignore[arg-type]
            return
    out.print(view)


def _write_plain(out: Console, texts: list[Text | Piece]) -> None:
    """What ``out.print`` writes for lines of text when there are no styles to show (a pipe, a
    file): the text itself, and Rich's wrapping only for a line wider than the console. The
    dashboard's lines fit already, so this spares it Rich's rendering of each of them."""
    width = out.width
    chunks: list[str] = []
    for text_ in texts:
        plain = text_.plain
        if "\n" not in plain and width_of(plain) <= width:
            chunks.append(plain)  # the usual case: no copy, no splitting
            continue
        if isinstance(text_, Piece):
            text_ = text_.to_text()
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
