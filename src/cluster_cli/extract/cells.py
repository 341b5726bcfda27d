"""The cells of an indicator table, however its rows are laid out: a value cell (``5510``,
``≥58``, ``55左右``, ``〔13〕``), the bound it carries, a column's year, and what each kind of
goal a row gives is said to be."""

from __future__ import annotations

import re
from decimal import Decimal

from cluster_cli.extract.model import Qualifier
from cluster_cli.extract.numbers import HAN, Quantity
from cluster_cli.i18n import messages as m

# A line that may open the header of an indicator table laid out one cell to a line (指  标,
# 主要指标, 类别): most texts have none, and the reader of such tables is not even imported.
_GAP = r"[ \t\r\u3000]*"
HEAD_LINE = re.compile(
    rf"^{_GAP}\|?{_GAP}(?:指{_GAP}标(?:名称)?|主要指标|类{_GAP}别){_GAP}\|?{_GAP}$", re.M
)
# A column of a year: 2020年, 2025年目标, 2020年基数, 2025年（规划）, 2025年目标值.
YEAR_CELL = re.compile(
    r"(?P<year>(?:19|20)\d{2})年?(?:底|末)?(?:基期值?|基数|现状值?|实际值?|目标值?|规划目标|"
    r"预期目标|预期值|规划值)?(?:[（(〔][^）)〕]{0,8}[）)〕])?"
)
# A value cell: 5510, 3.2以上, <5.5, 〔13〕, [30], 7%左右 (a bracketed one, summed over the years).
VALUE = re.compile(
    r"(?P<open>[〔\[［【])?(?P<bound>[<>≤≥＜＞])?(?P<number>\d+(?:\.\d+)?)(?P<percent>[%％])?"
    r"(?P<after>以上|以下|左右|以内)?[〕\]］】]?"
)
NAMED = re.compile(rf"{HAN}{{2}}")  # a name cell, not a value or a sign
QUALIFIERS: dict[str, Qualifier] = {
    **dict.fromkeys(("<", "≤", "＜", "以下", "以内"), "at_most"),
    **dict.fromkeys((">", "≥", "＞", "以上"), "at_least"),
    "左右": "about",
}
KIND_WHY = {
    "level": m.FOUND_LEVEL,
    "cumulative": m.FOUND_CUMULATIVE,
    "share": m.FOUND_SHARE,
    "rate": m.FOUND_RATE,
}


def amount(value: Decimal, unit: str) -> tuple[Decimal, str]:
    """A figure in its base unit (1.7万亿元 is 1700000000000 元), to compare figures."""
    return Quantity(0, 0, value, unit, False).in_base_unit()
