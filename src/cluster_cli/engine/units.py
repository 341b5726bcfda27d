"""Units that know their scale: money (元 … 万亿元), counts (家, 户, 万户, 人次, …), measures
(吨, 万亩, 公里, 千瓦时, …) and %. A unit converts only within its family (docs/registry.md).

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
    COUNT = "count"  # whole numbers of things
    MEASURE = "measure"  # physical quantities: tonnes, km, mu, kWh; not whole
    PERCENT = "percent"


class Unit(NamedTuple):
    symbol: str
    dimension: Dimension
    scale: Decimal  # units of its family's base per unit: 1 万亩 is 10^4 亩, 1 亿元 10^8 元
    description_en: str  # for messages
    family: str  # the base symbol: a unit converts only within its family
    name_en: str = ""  # English noun a figure is written with ("" for vague counting words)


_E4, _E8 = Decimal(10) ** 4, Decimal(10) ** 8


def _money(
    symbol: str, scale: Decimal, description: str, family: str = "元", name: str = "yuan"
) -> Unit:
    return Unit(symbol, Dimension.MONEY, scale, description, family, name)


def _family(dimension: Dimension, word: str, name: str, *prefixes: str) -> tuple[Unit, ...]:
    """A word and its 万/亿 forms (万亩, 亿吨), which convert exactly into it."""
    scales = {"万": (_E4, "ten thousand"), "亿": (_E8, "hundred million")}
    forms = [
        Unit(p + word, dimension, scales[p][0], f"{scales[p][1]} {name}", word, name)
        for p in prefixes
    ]
    return (Unit(word, dimension, Decimal(1), name, word, name), *forms)


_C, _M = Dimension.COUNT, Dimension.MEASURE

# The one table of units: the registry, `update`, the renderers and `extract` all read it.
UNITS: dict[str, Unit] = {
    u.symbol: u
    for u in (
        _money("元", Decimal(1), "yuan"),
        _money("万元", _E4, "ten thousand yuan"),
        _money("亿元", _E8, "hundred million yuan"),
        _money("万亿元", Decimal(10) ** 12, "trillion yuan"),
        # US dollars (实际使用外资, 进出口总额): money of its own, never converted to yuan.
        _money("美元", Decimal(1), "US dollars", "美元", "US dollars"),
        _money("万美元", _E4, "ten thousand US dollars", "美元", "US dollars"),
        _money("亿美元", _E8, "hundred million US dollars", "美元", "US dollars"),
        _money("万亿美元", Decimal(10) ** 12, "trillion US dollars", "美元", "US dollars"),
        # Counts: only a word and its 万 forms convert (家 and 个 count different things).
        Unit("家", _C, Decimal(1), "enterprises or institutions", "家"),
        Unit("名", _C, Decimal(1), "people or teams", "名"),
        Unit("项", _C, Decimal(1), "projects or items", "项"),
        Unit("个", _C, Decimal(1), "units (bases, centres, ...)", "个"),
        Unit("张", _C, Decimal(1), "sheets, beds, cards, ...", "张"),
        *_family(_C, "户", "households", "万"),
        *_family(_C, "套", "housing units", "万"),
        *_family(_C, "辆", "vehicles", "万"),
        *_family(_C, "台", "sets", "万"),
        *_family(_C, "件", "items"),
        *_family(_C, "所", "institutions"),
        *_family(_C, "座", "facilities"),
        *_family(_C, "处", "sites"),
        *_family(_C, "条", "lines"),
        *_family(_C, "艘", "vessels"),
        *_family(_C, "架", "aircraft"),
        *_family(_C, "部", "pieces"),
        *_family(_C, "人次", "person-times", "万"),
        *_family(_C, "户次", "household visits", "万"),
        *_family(_C, "场", "events", "万"),
        *_family(_C, "场次", "sessions", "万"),
        *_family(_C, "期", "classes", "万"),
        *_family(_C, "例", "cases", "万"),
        *_family(_C, "批次", "batches", "万"),
        *_family(_C, "支", "teams"),
        *_family(_C, "门", "courses"),
        *_family(_C, "列", "trains"),
        *_family(_C, "种", "kinds"),
        *_family(_C, "宗", "lots"),
        *_family(_C, "头", "head", "万"),
        # Measures: exact within a family, never across (亩 and 公顷 stay apart).
        *_family(_M, "吨", "tonnes", "万", "亿"),
        *_family(_M, "公里", "kilometres", "万"),
        Unit("千米", _M, Decimal(1), "kilometres", "公里", "kilometres"),
        *_family(_M, "亩", "mu", "万"),
        *_family(_M, "公顷", "hectares", "万"),
        *_family(_M, "平方米", "square metres", "万"),
        Unit("平方公里", _M, Decimal(10) ** 6, "square kilometres", "平方米", "square kilometres"),
        Unit("平方千米", _M, Decimal(10) ** 6, "square kilometres", "平方米", "square kilometres"),
        *_family(_M, "立方米", "cubic metres", "万", "亿"),
        *_family(_M, "千瓦", "kilowatts", "万", "亿"),
        *_family(_M, "千瓦时", "kilowatt-hours", "万", "亿"),
        *_family(_M, "斤", "jin", "万", "亿"),
        *_family(_M, "标准箱", "TEU", "万"),
        Unit("%", Dimension.PERCENT, Decimal(1), "percent", "%"),
    )
}

# Chinese magnitudes written between the number and the unit word: 4.69万亿, 1.2万家.
MAGNITUDES: dict[str, Decimal] = {
    "万亿": Decimal(10) ** 12,
    "亿": _E8,
    "万": _E4,
}

# Short forms and other names plans and statistics write for a unit word the table names.
SHORT_FORMS = {"标箱": "标准箱", "美金": "美元"}
# Other spellings people type for a unit word.
_UNIT_WORD_ALIASES = {
    "人": "名",
    "yuan": "元",
    "RMB": "元",
    "CNY": "元",
    "人民币": "元",  # 1250亿人民币
    "元人民币": "元",  # 1250亿元人民币
    **SHORT_FORMS,
}
# Characters of figures as they are also typed: the minus sign, and the traditional 億 and 萬.
_AS_TYPED = str.maketrans({"\u2212": "-", "億": "亿", "萬": "万"})


def word_of(symbol: str) -> Unit:
    """The unit without its magnitude: 亩 for 万亩, 元 for 亿元, 平方公里 for itself."""
    u = UNITS[symbol]
    for prefix in MAGNITUDES:
        word = UNITS.get(symbol.removeprefix(prefix))
        if symbol.startswith(prefix) and word is not None and word.family == u.family:
            return word
    return u


# A figure as typed: a number, a magnitude (Chinese, or English as the English reports write
# figures: "210 billion yuan"), then whatever names its unit, resolved by :func:`_unit_named`.
# Possessive quantifiers (*+, ?+): the blanks are taken once and never given back, so a failed
# match is linear in the text, not cubic.
_QUANTITY = (  # compiled on first use (by re's cache): only `update` and `import` parse
    r"""^\s*+
    (?P<number>[+-]?+(?:(?:\d{1,3}(?:,\d{3})++|\d++)(?:\.\d*+)?+|\.\d++)(?:[eE][+-]?+\d++)?+)
    \s*+(?P<magnitude>万亿|亿|万|(?i:thousand|million|billion|trillion)(?![a-z]))?+
    \s*+(?P<word>(?:[^\d\s.,+\-].*)?)$"""  # the text is stripped: no blank ends it
)
_EN_MAGNITUDES = {
    "thousand": Decimal(10) ** 3,
    "million": Decimal(10) ** 6,
    "billion": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12,
}
# The international symbols of measures (SI, and TEU), as English text types them.
_SYMBOLS_EN = {
    "km": "公里",
    "t": "吨",
    "ha": "公顷",
    "m2": "平方米",
    "km2": "平方公里",
    "sq km": "平方公里",
    "m3": "立方米",
    "kw": "千瓦",
    "kwh": "千瓦时",
    "kw·h": "千瓦时",
    "teu": "标准箱",
    "usd": "美元",
    "dollars": "美元",
    "percent": "%",
    "per cent": "%",
}


def _english_names() -> dict[str, str]:
    """A unit word's English name, plural and singular, lower case -> its symbol: the names the
    English reports write (yuan, mu, households, square kilometres), and the symbols above."""
    names: dict[str, str] = {}
    for u in UNITS.values():
        if u.name_en and u.name_en == u.description_en:  # a word, not a 万 form of it
            for name in (u.name_en, singular(u.name_en)):
                names.setdefault(name.lower(), u.symbol)
    return names | _SYMBOLS_EN


def _unit_named(text: str, written: str, goal: Unit, noun_en: str, after: str) -> str | None:
    """The unit word a figure was typed with: a Chinese word (万 and 亿 already taken off), an
    English name or symbol, or the goal's own English noun; None for none. A word the table
    does not know is refused, naming all that follows the number (``after``)."""
    if not written:
        return None
    written = _UNIT_WORD_ALIASES.get(written, written)
    if written in UNITS:
        return written
    english = " ".join(written.lower().replace("²", "2").replace("³", "3").split())
    if noun_en and english in {noun_en.lower(), singular(noun_en).lower()}:
        return word_of(goal.symbol).symbol  # "30 enterprises" on a goal in 家 of enterprises
    symbol = _english_names().get(english)
    if symbol is None:
        raise ValueInputError(
            say(
                m.UNKNOWN_FIGURE_UNIT,
                text=shown(text),
                word=shown(after.strip()),  # "thousand billion yuan", not "billion yuan"
                symbol=goal.symbol,
                example=_example(goal),
            )
        )
    return symbol


def _example(goal: Unit) -> str:
    """A figure in the goal's unit, as a message's example: 1250亿元, 30家, 5.5%."""
    return f"1250{goal.symbol}" if goal.dimension is not Dimension.PERCENT else "5.5%"


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


def parse_quantity(text: str, target_unit: str, noun_en: str = "") -> float:
    """Parse ``text`` (``4.69万亿``, ``44343.9亿元``, ``150名``, ``1,250``, ``210 billion yuan``)
    into ``target_unit``; ``noun_en``: the goal's English noun, a unit word too (``30
    enterprises``).

    A bare number is taken to be in ``target_unit``. Raises :class:`ValueInputError` for
    anything that is not a finite number or carries a unit of another kind.
    """
    value, exact, _ = _parse_quantity(text, target_unit, noun_en)
    if not math.isfinite(value) or abs(value) > MAX_FIGURE:  # 1e400: a float cannot hold it
        raise ValueInputError(say(m.FIGURE_TOO_LARGE, text=shown(text)))
    if value == 0 and exact != 0:  # 1e-400 would be stored as 0 without a word
        raise ValueInputError(say(m.FIGURE_TOO_SMALL, text=shown(text)))
    return value + 0.0  # -0 is stored as 0


def _described(unit: Unit) -> str:
    """What a unit measures, for messages: its English description, in Chinese its kind."""
    if current() == "en":
        return unit.description_en
    kinds = {
        Dimension.MONEY: m.AMOUNT_OF_MONEY,
        Dimension.COUNT: m.A_COUNT,
        Dimension.MEASURE: m.A_MEASURE,
    }
    return say(kinds.get(unit.dimension, m.A_PERCENTAGE))


def _kind(unit: Unit) -> str:
    """What a unit typed with a figure measures: money as money, else :func:`_described`."""
    return say(m.AMOUNT_OF_MONEY) if unit.dimension is Dimension.MONEY else _described(unit)


def _currency(unit: Unit) -> str:
    """The currency of a unit of money, for a message telling two currencies apart."""
    return say({"元": m.AMOUNT_IN_YUAN, "美元": m.AMOUNT_IN_US_DOLLARS}[unit.family])


def _parse_quantity(text: str, target_unit: str, noun_en: str) -> tuple[float, Decimal, str]:
    """The value as stored (a float) and as written (exact), in ``target_unit``, and the unit
    it was written in where the registry has that unit (``1.2万亩``: 万亩; ``4.69万亿`` on a goal
    in 亿元: 万亿元), else ``target_unit`` (a bare number, ``210 billion yuan``)."""
    goal = unit(target_unit)
    # Full-width digits, ％ and ，; −3.5 and 1250億元 as 1250亿元.
    normalized = unicodedata.normalize("NFKC", text).translate(_AS_TYPED).strip()
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
    named = match["magnitude"] or ""
    magnitude = MAGNITUDES.get(named) or _EN_MAGNITUDES.get(named.lower(), Decimal(1))
    word = _unit_named(
        text, match["word"].strip(), goal, noun_en, normalized[match.end("number") :]
    )
    value = number * magnitude
    if word is None:
        if magnitude == 1:
            return float(value), value, target_unit
        # 4.69万亿 with no unit word: the magnitude applies to the goal's base unit.
        if goal.dimension is Dimension.PERCENT:
            raise ValueInputError(say(m.PERCENT_MAGNITUDE, text=shown(text)))
        exact = value / goal.scale
        return float(exact), exact, _typed(named, word_of(target_unit).symbol, target_unit)
    given = UNITS[word]
    if given.family != goal.family:
        what, description = _kind(given), _described(goal)
        if given.dimension is goal.dimension is Dimension.MONEY:  # 亿美元 typed on a goal in 亿元
            what, description = _currency(given), _currency(goal)
        raise ValueInputError(
            say(
                m.WRONG_UNIT,
                text=shown(text),
                written=normalized[match.end("number") :].strip(),
                what=what,
                symbol=goal.symbol,
                description=description,
            )
        )
    exact = value * given.scale / goal.scale
    return float(exact), exact, _typed(named, word, target_unit)


def _typed(magnitude: str, word: str, goal_unit: str) -> str:
    """The registry's unit for a Chinese magnitude and a word (万 and 亩: 万亩), if it has one
    that converts into ``goal_unit``; else ``goal_unit`` (English magnitudes have no unit)."""
    if magnitude and magnitude not in MAGNITUDES:
        return goal_unit
    written = magnitude + word
    return written if known_unit(written) and convertible(written, goal_unit) else goal_unit


def written_unit(text: str, goal_unit: str, noun_en: str = "") -> str:
    """The unit ``text`` is typed in, magnitude included (``1.2万亩``: 万亩; ``4.69万亿`` on a goal
    in 亿元: 万亿元), where the registry knows it and it converts into ``goal_unit``; else
    ``goal_unit`` (a bare number, ``1.2万家``, ``210 billion yuan``)."""
    try:
        return _parse_quantity(text, goal_unit, noun_en)[2]
    except ValueInputError:
        return goal_unit


def convertible(source: str, goal: str) -> bool:
    """Whether a figure recorded in ``source`` can be expressed in ``goal``.

    Only within a family: 亿元 and 万元, 万亩 and 亩, 平方公里 and 平方米; never 家 and 个.
    """
    if source == goal:
        return True
    if not (known_unit(source) and known_unit(goal)):
        return False
    return unit(source).family == unit(goal).family


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


def whole(value: float, symbol: str) -> bool:
    """Whether a count is a whole number of things: 1.2 万户 is 12,000 households."""
    if value == int(value):
        return True
    things = Decimal(repr(value)) * unit(symbol).scale
    return things == things.to_integral_value()


_EN_SCALES = (
    (Decimal(10) ** 12, "trillion"),
    (Decimal(10) ** 9, "billion"),
    (Decimal(10) ** 6, "million"),
)


def in_english(amount: Decimal, symbol: str, noun: str = "") -> str:
    """A count or measure in English words, every digit kept: 300 万亩 is "3 million mu",
    1.2 万户 "12,000 households". ``noun`` (a goal's ``unit_en``) names a count instead."""
    word = word_of(symbol)
    number = amount * (unit(symbol).scale / word.scale)
    name = (noun or word.name_en) if word.dimension is Dimension.COUNT else word.name_en
    for size, big in _EN_SCALES:
        if abs(number) >= size:
            return f"{_digits(number / size)} {big} {name}".rstrip()
    if number == 1:  # names are plurals, the table's and a goal's own: 1 household, 1 project
        name = singular(name)
    return f"{_digits(number)} {name}".rstrip()


# Plurals that are not a singular plus "s" or "es", and words the same in both.
_IRREGULAR = {"people": "person", "series": "series", "species": "species"}
_ES = ("sses", "shes", "ches", "xes", "zes")
_JOINS = re.compile(r"( and | or |, )")


def singular(name: str) -> str:
    """The English name of one thing: "enterprises" -> "enterprise", "talents and teams" ->
    "talent and team", "companies" -> "company". The noun of each part joined by "and" or "or"
    is its last word ("high-tech enterprises"); a word that is not a plain plural is kept."""
    return "".join(_singular_last(part) for part in _JOINS.split(name))


def _singular_last(phrase: str) -> str:
    head, _, last = phrase.rpartition(" ")
    lower = last.lower()
    if lower in _IRREGULAR:
        one = _IRREGULAR[lower]
    elif lower.endswith("ies") and len(lower) > 4:
        one = last[:-3] + "y"
    elif lower.endswith(_ES):
        one = last[:-2]
    elif lower.endswith("s") and not lower.endswith(("ss", "us", "is")):
        one = last[:-1]
    else:
        return phrase
    return f"{head} {one}" if head else one


def _digits(d: Decimal) -> str:
    text = format(d.normalize(), ",f")
    return "0" if text.strip("-0.,") == "" else text


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
