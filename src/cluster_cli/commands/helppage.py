"""Click's help pages in the language of the run: the usage line, the headings, the
placeholders, the help of the options Click and Typer add, the [required] and [default: …]
marks, and Chinese help folded by terminal cells."""

from __future__ import annotations

import re
from collections.abc import Sequence

from typer._click import HelpFormatter

from cluster_cli.i18n import current, read_back, say
from cluster_cli.i18n import messages as m
from cluster_cli.text import cell_len, wrap


class HelpPage(HelpFormatter):
    """Click's help layout in the language of the run: the usage prefix, the headings, the help
    of the options Click and Typer add, and the [required] and [default: …] marks."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        prefix = say(m.USAGE_PREFIX) if prefix is None else prefix
        super().write_usage(prog, _placeholders(args), prefix)

    def write_heading(self, heading: str) -> None:
        phrase = _HEADINGS.get(heading)
        if phrase is None:
            super().write_heading(heading)
        else:
            self.write(f"{'':>{self.current_indent}}{say(phrase)}\n")

    # Click wraps by characters at spaces: a Chinese help text, two cells a character and no
    # spaces, came out up to twice the terminal's width. Chinese help is laid out as Click
    # lays it out, folded by cells (cluster_cli.text.wrap); English help, whose Chinese
    # examples (目标,数值,期间) are words to keep whole, goes through Click.

    def write_text(self, text: str) -> None:
        if not _chinese(text):
            super().write_text(text)
            return
        lines = _folded(text, self.width - self.current_indent)
        self.write("".join(f"{'':>{self.current_indent}}{line}\n" for line in lines))

    def write_dl(
        self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2
    ) -> None:
        worded = [
            (_placeholders(re.sub(_ARGUMENT_TYPE, "", term)), _click_help(text))
            for term, text in rows
        ]
        if not any(_chinese(text) for _, text in worded):
            super().write_dl(worded, col_max, col_spacing)
            return
        first_col = min(max(cell_len(term) for term, _ in worded), col_max) + col_spacing
        for term, text in worded:
            self.write(f"{'':>{self.current_indent}}{term}")
            if not text:
                self.write("\n")
                continue
            if cell_len(term) <= first_col - col_spacing:
                self.write(" " * (first_col - cell_len(term)))
            else:
                self.write("\n" + " " * (first_col + self.current_indent))
            first, *rest = _folded(text, max(self.width - first_col - 2, 10))
            self.write(f"{first}\n")
            for line in rest:
                self.write(f"{'':>{first_col + self.current_indent}}{line}\n" if line else "\n")


# Typer writes an argument's Python type beside its name (`GOAL <str>`): no reader's word.
# Patterns as strings, as _MARKS: compiled on first use, not at every start-up.
_ARGUMENT_TYPE = r" <[a-z]+>$"
_PLACEHOLDER = r"\b[A-Z]+\b"


def _placeholders(text: str) -> str:
    """The placeholders of a usage line or an option (``[OPTIONS]``, ``FILE``) in the run's
    language; other words (``DRAFT.toml``, ``YYYY-MM-DD``) as they are."""
    if current() != "zh":
        return text

    def worded(match: re.Match[str]) -> str:
        phrase = m.PLACEHOLDERS.get(match.group())
        return phrase("zh") if phrase is not None else match.group()

    return re.sub(_PLACEHOLDER, worded, text)


def _chinese(text: str) -> bool:
    """Help written in Chinese (the run's language), with characters Click would miscount."""
    return current() == "zh" and not text.isascii()


def _folded(text: str, width: int) -> list[str]:
    """Click's paragraphs (blank-line separated; one opening with a \\b line is kept as it is)
    folded by cells; the lines of a paragraph are joined as one, with no space added next to a
    Chinese character."""
    lines: list[str] = []
    for paragraph in text.split("\n\n"):
        if lines:
            lines.append("")
        if paragraph.startswith("\b\n"):
            lines += paragraph.split("\n")[1:]
            continue
        joined = ""
        for part in paragraph.split("\n"):
            part = part.strip()
            wide = joined and (cell_len(joined[-1]) > 1 or cell_len(part[:1]) > 1)
            joined += part if not joined or wide else " " + part
        lines += wrap(joined, width)
    return lines


_HEADINGS = {
    "Options": m.OPTIONS_HEADING,
    "Arguments": m.ARGUMENTS_HEADING,
    "Commands": m.COMMANDS_HEADING,
}
# The help texts of -h/--help (Click) and of the shell-completion options (Typer).
_ADDED_HELP = (m.HELP_OPTION_HELP, m.INSTALL_COMPLETION_HELP, m.SHOW_COMPLETION_HELP)
_MARKS = r"  \[([^\[\]]+)\]\Z"


def _click_help(text: str) -> str:
    """A help text with Click's words in the language of the run."""
    added = read_back(text, _ADDED_HELP)
    if added is not None:
        return say(added[0])
    found = re.search(_MARKS, text)
    if found is None:
        return text
    marks = []
    for mark in found[1].split("; "):
        read = read_back(mark, (m.REQUIRED_MARK, m.DEFAULT_MARK))
        if read is None:
            return text
        marks.append(say(read[0], **read[1]))
    return f"{text[: found.start()]}  [{say(m.SEPARATOR).join(marks)}]"
