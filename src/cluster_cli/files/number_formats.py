"""What an .xlsx cell's number format does to the figure it shows, so that a value cell is
read as Excel shows it: 0.043 formatted ``0.0%`` is ``4.3%``, 44343.9 formatted
``#,##0.0"亿元"`` is ``44343.9亿元`` (the unit handling of ``import`` then converts or refuses
it).

Only what changes the figure is read: a ``%`` outside quotes (the value times 100, computed in
decimals from the value's 15 significant digits, so 0.043 is 4.3, not 4.300000000000001) and text
written beside the number (quoted, after a backslash, or as ``[$亿元-804]``), which must be a
unit the figures are typed in. Decimals, grouping commas, colours (``[Red]``), conditions,
locale codes (``[$-409]``), padding (``_)``) and fills (``* ``) only change how the figure
looks. Anything that would have to be guessed is refused: a scaling comma (``#,##0,`` shows
thousands), text that is not a known unit (``"约"0.0``, ``¥#,##0``), two ``%`` or units, or
sections (positive;negative;zero) that disagree on them. Date formats never reach this
module: openpyxl reads such a cell as a date.

The section that applies to the value (Excel's rules: one section for all; two for positive
and zero, then negative; three or four for positive, negative, zero; conditions such as
``[>100]`` choose first) must show the figure: a cell whose section shows no digit (``;;;``
hides it, ``"高";"低"`` shows text, ``#,##0;-#,##0;`` and the accounting ``"-"??`` show
blank or "-" for zero) is refused, as is a negative figure shown without its sign (``0.0;0.0``
shows -4.3 as 4.3: with two sections or more, or a condition, Excel writes only the sign the
section itself writes, ``-`` or parentheses). A float is read as Excel shows it at full
precision, 15 significant digits (as its CSV export writes it), so the binary noise of a
computed cell (0.043000000000000003) is dropped, and so is the longer noise of a subtraction
(:func:`excel_decimal`).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from decimal import Decimal
from typing import NamedTuple

from cluster_cli.i18n import messages as m
from cluster_cli.i18n import say
from cluster_cli.text import shown

# Units a figure may be typed in (cluster_cli.engine.units' unit words, with 万, 亿 and 万亿).
_UNIT = re.compile(r"(?:万亿|亿|万)?(?:元|家|名|项|个|人|%)?")
# Characters Excel shows as they are without quotes that say nothing about the figure.
_PUNCTUATION = frozenset(" -+()/:")
_DIGITS = frozenset("0#?")
_GENERAL = ("general", "g/通用格式")  # Chinese Excel writes General as G/通用格式


class OddFormat(Exception):
    """A number format that cannot be read safely; the message says why."""


class _Section(NamedTuple):
    digits: bool  # shows a number at all ("-" for zero does not)
    percents: int
    scales: bool
    text: str  # written beside the number, normalized (NFKC, blanks dropped)
    zeros: bool = False  # a 0 placeholder (or General): zero is shown as 0, not blank
    signs: bool = False  # writes a minus sign or parentheses itself
    condition: tuple[str, Decimal] | None = None  # [>100]: the values it is for


_CONDITION = re.compile(r"\[\s*(<=|>=|<>|<|>|=)\s*([+-]?(?:\d+\.?\d*|\.\d+))\s*\]")
_COMPARE = {
    "<": Decimal.__lt__,
    "<=": Decimal.__le__,
    ">": Decimal.__gt__,
    ">=": Decimal.__ge__,
    "=": Decimal.__eq__,
    "<>": Decimal.__ne__,
}


def _sections(number_format: str) -> list[str]:
    """The format split at the semicolons outside quotes and brackets."""
    sections, start, quoted, bracket, index = [], 0, False, False, 0
    while index < len(number_format):
        char = number_format[index]
        if char == "\\" and not quoted:
            index += 1
        elif char == '"':
            quoted = not quoted
        elif not quoted and char in "[]":
            bracket = char == "["
        elif char == ";" and not (quoted or bracket):
            sections.append(number_format[start:index])
            start = index + 1
        index += 1
    return [*sections, number_format[start:]]


def _section(section: str) -> _Section:
    digits, percents, scales, text = False, 0, False, []
    zeros, signs, condition = False, False, None
    index = 0
    while index < len(section):
        char = section[index]
        rest = section[index:]
        general = next((g for g in _GENERAL if rest.lower().startswith(g)), None)
        if general is not None:
            digits = zeros = True
            index += len(general)
            continue
        if char == '"':
            end = section.find('"', index + 1)
            end = len(section) if end < 0 else end
            text.append(section[index + 1 : end])
            signs = signs or any(sign in text[-1] for sign in "-(")
            index = end
        elif char == "\\":
            text.append(section[index + 1 : index + 2])
            signs = signs or text[-1] in ("-", "(")
            index += 1
        elif char == "[":
            end = section.find("]", index)
            end = len(section) if end < 0 else end
            inside = section[index + 1 : end]
            if inside.startswith("$"):  # [$亿元-804]: text and locale; [$-409]: locale only
                text.append(inside[1:].split("-")[0])
            if (chosen := _CONDITION.fullmatch(section[index : end + 1])) is not None:
                condition = (chosen[1], Decimal(chosen[2]))
            index = end  # colours, conditions, [DBNum1] and the like: how the figure looks
        elif char in "_*":  # padding the width of the next character, or filling with it
            index += 1
        elif char in _DIGITS:
            digits = True
            zeros = zeros or char == "0"
        elif char in "-(":
            signs = True
        elif char == ",":
            scales = scales or section[index + 1 : index + 2] not in _DIGITS
        elif char == "%":
            percents += 1
        elif char in "Ee" and section[index + 1 : index + 2] in ("+", "-"):
            index += 1  # scientific notation
        elif char not in _PUNCTUATION and char not in ".@":
            text.append(char)
        index += 1
    written = unicodedata.normalize("NFKC", "".join(text))
    written = "".join(c for c in written if c not in _PUNCTUATION)
    return _Section(digits, percents, scales, written, zeros, signs, condition)


@functools.lru_cache(maxsize=256)  # a sheet has a few formats, for thousands of cells
def read_format(number_format: str) -> tuple[bool, str]:
    """Whether a number in ``number_format`` is shown as a percentage, and the unit written
    beside it ('' for none); :class:`OddFormat` if that cannot be told safely (not cached:
    its message is said in the language of the moment)."""
    numeric = [s for s in _sections(number_format)[:3] if "@" not in s]
    read = {(s.percents, s.scales, s.text) for s in map(_section, numeric) if s.digits}
    if not read:  # General, Text (@), or no number shown at all
        return False, ""
    if len(read) > 1:
        raise OddFormat(_refused(number_format, say(m.XLSX_FORMAT_SECTIONS)))
    ((percents, scales, text),) = read
    if scales:
        raise OddFormat(_refused(number_format, say(m.XLSX_FORMAT_SCALES)))
    if text and not _UNIT.fullmatch(text):
        raise OddFormat(_refused(number_format, say(m.XLSX_FORMAT_TEXT, text=shown(text))))
    if percents > 1 or (percents and text):
        raise OddFormat(_refused(number_format, say(m.XLSX_FORMAT_TWO_UNITS)))
    return percents == 1, text


def _refused(number_format: str, why: str) -> str:
    return say(m.XLSX_FORMAT_REFUSED, format=shown(number_format), why=why)


def excel_decimal(value: int | float) -> Decimal:
    """A number as Excel shows it at full precision: a float to 15 significant digits, as
    its CSV export writes it (0.043000000000000003 is 0.043), exactly. The noise of a
    subtraction reaches further: it is as large as the last bits of the numbers subtracted,
    not of the difference (``=1.043-1`` is 0.0429999999999999 at 15 digits, ``=1.001-1``
    0.000999999999999889). A number within 2^-46 (64 units in the last place) of the larger of
    itself and 1 from the number rounded to 9 significant digits is that number (0.043, 0.001).
    Figures with more real digits are kept whole (123456789012.34, 1234567890.0012)."""
    if not isinstance(value, float):
        return Decimal(value)
    short = float(f"{value:.9g}")
    if value != short and abs(value - short) <= max(abs(value), 1.0) * 2**-46:
        return Decimal(repr(short))
    return Decimal(f"{value:.15g}")


def number_text(value: int | float) -> str:
    """A number as a CSV export would hold it: 15 significant digits, whole numbers without
    ``.0``."""
    if isinstance(value, float):
        value = float(excel_decimal(value))
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
    return str(value)


@functools.lru_cache(maxsize=256)
def _numeric_sections(number_format: str) -> tuple[_Section, ...]:
    """The sections a number may be shown by, with Excel's text section (one holding ``@``,
    last of fewer than four) left out: none for ``@`` alone, which shows numbers as General."""
    sections = _sections(number_format)[:4]
    if len(sections) < 4 and "@" in sections[-1]:
        sections = sections[:-1]
    return tuple(map(_section, sections[:3]))


def _applied(sections: tuple[_Section, ...], value: Decimal) -> tuple[_Section | None, bool]:
    """The section that shows ``value`` (None if no section is for it), and whether Excel
    writes no minus sign of its own there (two sections or more, or conditions)."""
    conditioned = [s.condition is not None for s in sections[:2]]
    if any(conditioned):

        def meets(section: _Section) -> bool:
            return section.condition is not None and _COMPARE[section.condition[0]](
                value, section.condition[1]
            )

        if meets(sections[0]):
            return sections[0], True
        if len(sections) > 1 and meets(sections[1]):
            return sections[1], True
        other = 2 if all(conditioned) and len(sections) > 1 else 1
        return (sections[other] if other < len(sections) else None), True
    if value < 0 and len(sections) > 1:
        return sections[1], True
    if value == 0 and len(sections) > 2:
        return sections[2], False
    return sections[0], False


def _check_shown(number_format: str, value: Decimal) -> None:
    """Refuse a value its format does not show: no digit in its section (hidden, text, blank
    or "-" for zero), or a negative figure without its minus sign."""
    sections = _numeric_sections(number_format)
    if not sections:  # @ alone: numbers are shown as General
        return
    section, own_sign = _applied(sections, value)
    if section is None or not section.digits or (value == 0 and not section.zeros):
        raise OddFormat(_refused(number_format, say(m.XLSX_FORMAT_HIDES)))
    if value < 0 and own_sign and not section.signs:
        raise OddFormat(_refused(number_format, say(m.XLSX_FORMAT_NO_SIGN)))


def shown_figure(value: int | float, number_format: str | None) -> str:
    """The figure of a numeric cell as its format shows it (see the module's docstring)."""
    number_format = number_format or "General"
    percent, unit = read_format(number_format)
    exact = excel_decimal(value)
    _check_shown(number_format, exact)
    if not percent:
        return number_text(value) + unit
    hundredfold = (exact * 100).normalize()
    return f"{hundredfold:f}%"
