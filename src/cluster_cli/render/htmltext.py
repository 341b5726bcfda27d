"""Text for the HTML page: text from the files escaped and isolated (:func:`e`), names whose
long runs may break (:func:`name_html`), CSS strings, and figures that never split where a
reader would lose them (:class:`Figures`)."""

from __future__ import annotations

import html
import re

from cluster_cli.i18n import Lang
from cluster_cli.i18n import words as w
from cluster_cli.text import clean, isolated


def e(value: str) -> str:
    """Text for HTML: control characters made visible, escaped, and isolated when written right
    to left."""
    return isolated(_escaped(value))


def _escaped(value: str) -> str:
    return html.escape(clean(value), quote=True)


# A run of 16 characters and more with no space, hyphen or Chinese (a long figure, a word made
# up) in a name: it may break anywhere, where an ordinary word breaks only between words or
# after a hyphen, so that it never widens its table or heading past the page.
_LONG_TOKEN = re.compile(r"[^\s\-\u3000-\u9fff\uff00-\uffef]{16,}")


def name_html(value: str) -> str:
    """A name from the files for HTML, as :func:`e` gives it, its long runs breakable."""
    if _LONG_TOKEN.search(value) is None:  # the usual case: the name whole
        return e(value)
    out, at = [], 0
    for match in _LONG_TOKEN.finditer(value):
        out.append(_escaped(value[at : match.start()]))
        out.append(f'<span class="long">{_escaped(match.group())}</span>')
        at = match.end()
    out.append(_escaped(value[at:]))
    return isolated("".join(out))


def css_string(value: str) -> str:
    """A CSS string literal; ``<`` escaped so that it cannot close the style element."""
    escaped = clean(value).replace("\\", "\\\\").replace('"', '\\"').replace("<", "\\3c ")
    return f'"{escaped}"'


class Figures:
    """Keeps each figure of a text together across line breaks: a number never parts from its
    qualifier and its unit ("2,000亿元", "over 100 billion"), a period is never cut
    ("（2025年）", "by 2025"). A line may break before the period and inside an English unit of
    several words, as between any words, so that a table's columns can narrow to fit the page;
    "2,000亿元（2025年）" never splits into "2,000 / 亿元 / （2025 / 年）". An English number of
    seven digits and more may part from its unit, and one of five groups of digits (or of
    sixteen digits, six of them decimals) breaks once in the middle: each is as wide as a
    column can be."""

    def __init__(self, lang: Lang, units: set[str]) -> None:
        names = sorted(units, key=len, reverse=True)
        if lang == "zh":
            # The words around a Chinese figure come from the catalogue: 超过, 约, 不足 before
            # it, 个百分点 after it; a period in full-width brackets follows it.
            before = "|".join(re.escape(p.zh.split("{")[0]) for p in (w.OVER, w.ABOUT, w.UNDER))
            points = re.escape(w.POINTS.zh.split("}")[1])
            unit = "|".join([points, *(re.escape(u) for u in names if u), "%"])
            self.pattern = re.compile(
                rf"(?:{before}|≈)?[+−-]?(?<![A-Za-z0-9_./])\d[\d,]*(?:\.\d+)?"
                rf"(?:{unit})?(?P<period>\uff08[^\uff08\uff09\s]{{1,16}}\uff09)?(?![A-Za-z0-9_/])"
            )
        else:
            # 3 million mu, 1.2 billion square metres, 200 billion yuan: a scale, then the unit.
            scale = rf"(?:(?:{'|'.join(_SCALES)}) )?"
            unit = "|".join(["yuan", "US dollars", "pp", *(re.escape(u) for u in names if u)])
            self.pattern = re.compile(
                r"(?:(?:over|about|under) )?≈?[+−-]?(?<![A-Za-z0-9_./])\d[\d,]*(?:\.\d+)?"
                rf"(?:-\d\d){{0,2}}(?:%| (?P<words>{scale}(?:{unit}|(?!by\b)[a-z][\w-]*)))?"
                r"(?: (?P<period>by \d{4}|\([\w\- ]{2,16}\)))?"
                r"(?![A-Za-z0-9_/])"
            )

    def __call__(self, value: str) -> str:
        """Escaped HTML of ``value`` with its figures in unbreakable spans."""
        out, at = [], 0
        for match in self.pattern.finditer(value):
            out.append(e(value[at : match.start()]))
            out.append(self._spans(match))
            at = match.end()
        out.append(e(value[at:]))
        return "".join(out)

    @staticmethod
    def _spans(match: re.Match[str]) -> str:
        """The number with its qualifier and unit (``2,000亿元``, ``31.7 pp``) in one span, in
        English with its scale (``over 100 billion``) or a unit of one short word (``0.62
        times``) only; the rest of an English unit as text (``yuan``, ``talents and teams``);
        the period in a span of its own. A narrow column breaks between them, as between
        words."""
        text, start = match.string, match.start()
        period = match.start("period")
        body_end = period if period >= 0 else match.end()
        unit_end = start + len(text[start:body_end].rstrip())
        head_end = unit_end
        if "words" in match.re.groupindex and match.group("words"):
            words = match.start("words")  # one space after the number
            first = text[words:unit_end].split(" ", 1)[0]
            kept = first in _SCALES or (len(first) <= _SHORT_WORD and first == match["words"])
            many_digits = sum(char.isdigit() for char in text[start:words]) >= _MANY_DIGITS
            head_end = words + len(first) if kept and not many_digits else words - 1
        head = "<wbr>".join(
            f'<span class="fig">{e(part)}</span>' for part in _breakable_parts(text[start:head_end])
        )
        # The unit's other words, then the space before the period (whitespace: nothing to
        # escape).
        rest = e(text[head_end:unit_end]) + text[unit_end:body_end]
        if period < 0:
            return head + rest
        return f'{head}{rest}<span class="fig">{e(match.group("period"))}</span>'


_SCALES = ("thousand", "million", "billion", "trillion")
_SHORT_WORD = 5  # letters: "pp", "times", "tons", "yuan" (without a scale) stay with the number
_MANY_DIGITS = 7  # a number this long is wide enough alone
# Five groups of digits and more (134,908,400,000,000元), or sixteen digits and more of which six
# are decimals (123.4567890123456 trillion): wider than a table's column can be.
_LONG_NUMBER = re.compile(r"\d{1,3}(?:,\d{3}){4,}|\d[\d,]*\.(?P<decimals>\d{6,})")
_LONG_DIGITS = 16


def _breakable_parts(figure: str) -> list[str]:
    """``figure`` whole, or, when its number is too long for a column, cut once: after the
    comma in the middle of its groups of digits, else in the middle of its decimals."""
    number = _LONG_NUMBER.search(figure)
    if number is None:
        return [figure]
    if number["decimals"]:
        if sum(char.isdigit() for char in number.group()) < _LONG_DIGITS:
            return [figure]  # 1,234,567,890.123456 yuan: as wide as 15 digits can be
        cut = number.start("decimals") + len(number["decimals"]) // 2
    else:
        commas = [i for i in range(number.start(), number.end()) if figure[i] == ","]
        cut = commas[(len(commas) - 1) // 2] + 1
    return [figure[:cut], figure[cut:]]
