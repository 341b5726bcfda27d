"""Units that know their scale: money (元, 万元, 亿元, 万亿元), counts (家, 名, 项, 个) and %.

Values are converted with :class:`decimal.Decimal` so that ``4.69万亿`` becomes exactly
46,900 亿元, not 46,900.000000000001.
"""

from __future__ import annotations

import math
import re
import unicodedata
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import NamedTuple

from cluster_cli.errors import ValueInputError
from cluster_cli.i18n import current, say
from cluster_cli.i18n import messages as m
from cluster_cli.text import shown


class Dimension(StrEnum):
    MONEY = "money"
    COUNT = "count"
    PERCENT = "percent"


class Unit(NamedTuple):
    symbol: str
    dimension: Dimension
    scale: Decimal  # money: yuan per unit; counts and %: 1
    description_en: str


UNITS: dict[str, Unit] = {
    u.symbol: u
    for u in (
        Unit("元", Dimension.MONEY, Decimal(1), "yuan"),
        Unit("万元", Dimension.MONEY, Decimal(10) ** 4, "ten thousand yuan"),
        Unit("亿元", Dimension.MONEY, Decimal(10) ** 8, "hundred million yuan"),
        Unit("万亿元", Dimension.MONEY, Decimal(10) ** 12, "trillion yuan"),
        Unit("家", Dimension.COUNT, Decimal(1), "enterprises or institutions"),
        Unit("名", Dimension.COUNT, Decimal(1), "people or teams"),
        Unit("项", Dimension.COUNT, Decimal(1), "projects or items"),
        Unit("个", Dimension.COUNT, Decimal(1), "units (bases, centres, ...)"),
        Unit("%", Dimension.PERCENT, Decimal(1), "percent"),
    )
}

# Chinese magnitudes written between the number and the unit word: 4.69万亿, 1.2万家.
MAGNITUDES: dict[str, Decimal] = {
    "万亿": Decimal(10) ** 12,
    "亿": Decimal(10) ** 8,
    "万": Decimal(10) ** 4,
}

# Other spellings people type for a unit word.
_UNIT_WORD_ALIASES = {"人": "名", "yuan": "元", "RMB": "元", "CNY": "元"}

# Possessive quantifiers (*+, ?+): the blanks between number, magnitude and unit word are
# taken once and never given back, so a failed match is linear in the text, not cubic.
_QUANTITY = (  # compiled on first use (by re's cache): only `update` and `import` parse
    r"""^\s*+
    (?P<number>[+-]?+(?:(?:\d{1,3}(?:,\d{3})++|\d++)(?:\.\d*+)?+|\.\d++)(?:[eE][+-]?+\d++)?+)
    \s*+(?P<magnitude>万亿|亿|万)?+
    \s*+(?P<word>元|家|名|项|个|人|%|yuan|RMB|CNY)?+
    \s*+$"""
)

# The largest figure, in its unit, that cluster-cli takes: larger is a typo (1e15 万亿元 is 10,000
# times the world's yearly output), and a report writes every figure with all its digits.
MAX_FIGURE = 1e15


def unit(symbol: str) -> Unit:
    try:
        return UNITS[symbol]
    except KeyError:
        known = ", ".join(UNITS)
        raise ValueError(f"unknown unit {symbol!r}; known units: {known}") from None


def known_unit(symbol: str) -> bool:
    return symbol in UNITS


def parse_quantity(text: str, target_unit: str) -> float:
    """Parse ``text`` (``4.69万亿``, ``44343.9亿元``, ``150名``, ``1,250``) into ``target_unit``.

    A bare number is taken to be in ``target_unit``. Raises :class:`ValueInputError` for
    anything that is not a finite number or carries a unit of another kind.
    """
    value, exact = _parse_quantity(text, target_unit)
    if not math.isfinite(value) or abs(value) > MAX_FIGURE:  # 1e400: a float cannot hold it
        raise ValueInputError(say(m.FIGURE_TOO_LARGE, text=shown(text)))
    if value == 0 and exact != 0:  # 1e-400 would be stored as 0 without a word
        raise ValueInputError(say(m.FIGURE_TOO_SMALL, text=shown(text)))
    return value + 0.0  # -0 is stored as 0


def _described(unit: Unit) -> str:
    """What a unit measures, for messages: its English description, in Chinese its kind."""
    if current() == "en":
        return unit.description_en
    kinds = {Dimension.MONEY: m.AMOUNT_OF_MONEY, Dimension.COUNT: m.A_COUNT}
    return say(kinds.get(unit.dimension, m.A_PERCENTAGE))


def _parse_quantity(text: str, target_unit: str) -> tuple[float, Decimal]:
    """The value as stored (a float) and as written (exact), in ``target_unit``."""
    goal = unit(target_unit)
    normalized = unicodedata.normalize("NFKC", text).strip()  # full-width digits, ％, ，
    if not normalized:
        raise ValueInputError(say(m.EMPTY_VALUE))
    if normalized.lower().lstrip("+-") in {"nan", "inf", "infinity"}:
        raise ValueInputError(say(m.NOT_FINITE, text=shown(text)))
    match = re.match(_QUANTITY, normalized, re.VERBOSE)
    if match is None:
        hint = say(m.COMMA_HINT) if "," in normalized else ""
        raise ValueInputError(say(m.NOT_A_QUANTITY, text=shown(text), hint=hint))
    try:
        number = Decimal(match["number"].replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
        raise ValueInputError(say(m.NOT_A_NUMBER, text=shown(text))) from None
    if not number.is_finite():
        raise ValueInputError(say(m.NOT_FINITE, text=shown(text)))
    magnitude = MAGNITUDES[match["magnitude"]] if match["magnitude"] else Decimal(1)
    word = match["word"]
    if word is not None:
        word = _UNIT_WORD_ALIASES.get(word, word)
    value = number * magnitude
    if word is None:
        if magnitude == 1:
            return float(value), value
        # 4.69万亿 with no unit word: the magnitude applies to the goal's base unit.
        if goal.dimension is Dimension.PERCENT:
            raise ValueInputError(say(m.PERCENT_MAGNITUDE, text=shown(text)))
        return float(value / goal.scale), value
    given = UNITS[word]
    if given.dimension is not goal.dimension or (
        given.dimension is Dimension.COUNT and given.symbol != goal.symbol
    ):
        written = (match["magnitude"] or "") + word
        what = say(m.AMOUNT_OF_MONEY) if given.dimension is Dimension.MONEY else _described(given)
        raise ValueInputError(
            say(
                m.WRONG_UNIT,
                text=shown(text),
                written=written,
                what=what,
                symbol=goal.symbol,
                description=_described(goal),
            )
        )
    exact = value * given.scale / goal.scale
    return float(exact), exact


def convertible(source: str, goal: str) -> bool:
    """Whether a figure recorded in ``source`` can be expressed in ``goal``.

    Money converts between its scales; a count or a percentage only into itself.
    """
    if source == goal:
        return True
    if not (known_unit(source) and known_unit(goal)):
        return False
    given, wanted = unit(source), unit(goal)
    return given.dimension is Dimension.MONEY and wanted.dimension is Dimension.MONEY


def convert(value: float, source: str, goal: str) -> float:
    """``value`` in ``source`` expressed in ``goal`` (see :func:`convertible`)."""
    if source == goal:
        return value
    return float(Decimal(repr(value)) * unit(source).scale / unit(goal).scale)


def same_quantity(value: float, symbol: str, other: float, other_symbol: str) -> bool:
    """Whether two figures are one amount: ``0.2`` 万亿元 is ``2000`` 亿元, digit for digit."""
    if symbol == other_symbol:
        return value == other
    if not convertible(symbol, other_symbol):
        return False
    return (
        Decimal(repr(value)) * unit(symbol).scale == Decimal(repr(other)) * unit(other_symbol).scale
    )


def is_count(symbol: str) -> bool:
    return unit(symbol).dimension is Dimension.COUNT


# ---------------------------------------------------------------- formatting


# Decimals beyond which a small figure is written in scientific notation (1.2e-12).
_MAX_DECIMALS = 10


def format_number(value: float, decimals: int | None = None) -> str:
    """Thousands separators; one decimal from 100 up, two below, trailing zeros dropped.

    Below 1, at least two significant digits are kept (0.0045 is "0.0045", never "0"): a
    figure a reader quotes must not vanish in the rounding.
    """
    if decimals is None:
        magnitude = abs(value)
        decimals = 1 if magnitude >= 100 else 2
        if 0 < magnitude < 0.1:
            decimals = 1 - math.floor(math.log10(magnitude))  # two significant digits
            if decimals > _MAX_DECIMALS:
                return f"{value:.2g}"
    text = f"{value:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in {"-0", ""}:
        text = "0"
    return text


_EN_MONEY_SCALES = (
    (Decimal(10) ** 12, "trillion yuan"),
    (Decimal(10) ** 9, "billion yuan"),
    (Decimal(10) ** 6, "million yuan"),
)


def format_quantity(value: float, symbol: str, lang: str = "zh", noun_en: str = "") -> str:
    """Render a value in its unit for a reader: ``2,000亿元`` / ``200 billion yuan``.

    Chinese writes the unit right after the number; English converts money to
    million/billion/trillion yuan (3000 亿元 is 300 billion yuan, never "3000 billion")
    and drops the counting word, adding ``noun_en`` when one is given.
    """
    u = unit(symbol)
    if u.dimension is Dimension.PERCENT:
        return f"{format_number(value)}%"
    if lang == "zh":
        return f"{format_number(value)}{symbol}"
    if u.dimension is Dimension.MONEY:
        yuan = Decimal(repr(value)) * u.scale
        for scale, name in _EN_MONEY_SCALES:
            if abs(yuan) >= scale:
                return f"{format_number(float(yuan / scale))} {name}"
        return f"{format_number(float(yuan))} yuan"
    return f"{format_number(value)} {noun_en}".rstrip()
