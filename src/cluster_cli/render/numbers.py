"""Numbers written for readers and for spreadsheets, with no more precision than they have.

Three kinds of figure, three rules:

* typed: a target, a baseline or a recorded value is shown with the digits it was given
  (``44,343.9亿元``, never ``4.43万亿元``; ``4.43439 trillion yuan`` in English);
* computed: a gap, a projection, a growth rate is rounded (one decimal from 100 up, two below,
  two significant digits below 0.1, as 0.004; a sum of money to at least four significant
  digits, as 0.7657万亿元); what is still needed is rounded up in size, away from zero (a
  decrease of 3.5 a year is -4, never -3), a projection to the nearest; a count of people or
  firms is whole (0.4 of a firm still needed is 1). A sum of
  money is rounded in its goal's unit and English writes that same figure in billion or
  trillion yuan (0.7657万亿元 is 765.7 billion yuan): the two languages never differ by it;
* compared with a threshold: a figure a status depends on (growth, progress, attainment, pace
  gap) is rounded, but cut toward minus infinity where rounding would carry it onto or across
  a threshold it is below, so that it is never printed on the other side of the threshold that
  decided the status (0.4988% is "0.4%", not "0.5%", beside "below 0.5%"); growth ratios are
  always cut. Every threshold is a ``>=`` test on a round number, which a cut never crosses.

A computed float first loses its binary noise (it is rounded to 12 significant digits), so
that 256.2000000000055 is 256.2 everywhere, the CSV and JSON included. A typed figure has no
noise to lose: its ``repr``, the shortest text that reads back as the same float, is the digits
it was given (12,345,678,901,234.56元 keeps its 16), and those are written.
"""

from __future__ import annotations

import math
from decimal import ROUND_FLOOR, ROUND_HALF_UP, ROUND_UP, Context, Decimal
from functools import lru_cache
from typing import Literal, overload

from cluster_cli.engine.units import UNITS, Dimension, Unit, in_english, singular
from cluster_cli.i18n import Lang

SIGNIFICANT = 12
# "up" is up in size, away from zero: what is still needed, either way, is never understated.
Rounding = Literal["typed", "nearest", "up", "cut"]
_MODES = {"nearest": ROUND_HALF_UP, "up": ROUND_UP, "cut": ROUND_FLOOR}
_NOISE = 1e-9  # relative: a value this close to a step is the step (binary noise), not beyond
_EN_MONEY_SCALES = (
    (Decimal(10) ** 12, "trillion"),
    (Decimal(10) ** 9, "billion"),
    (Decimal(10) ** 6, "million"),
)
_INT_MONEY_SCALES = tuple((int(scale), name) for scale, name in _EN_MONEY_SCALES)
# Room for every digit of any float (1.8e308) and its decimals: rounding never fails, and
# products and quotients by a scale are exact.
_WIDE = Context(prec=400)


class Typed(float):
    """A figure as it was given (a target, a baseline, a recorded value), for :func:`plain`,
    which writes every digit of it. Arithmetic on it gives a plain float: a figure computed
    from it is computed, and loses its noise."""

    __slots__ = ()


def as_typed(value: float | None) -> Typed | None:
    """``value`` marked as typed for :func:`plain`; None stays None."""
    return None if value is None else Typed(value)


def given(value: float) -> Decimal:
    """Every digit a typed figure was given: its ``repr`` (at most 17 significant digits, the
    shortest that read back as the float), never rounded to 12 as :func:`exact` does."""
    if isinstance(value, int):
        return Decimal(value)
    return Decimal(float.__repr__(value))


def exact(value: float) -> Decimal:
    """The value without its binary noise: ``0.1 + 0.2`` is ``0.3``."""
    if isinstance(value, int):
        return Decimal(value)
    text = repr(value)
    if len(text) <= SIGNIFICANT:
        return Decimal(text)  # too few digits to carry noise
    return Decimal(f"{value:.{SIGNIFICANT}g}")


def write(d: Decimal, decimals: int | None = None, rounding: Rounding = "nearest") -> str:
    """``d`` with thousands separators and no exponent; trailing zeros dropped.

    ``decimals=None`` keeps every digit ``d`` has (a figure as it was typed).
    """
    if decimals is not None and rounding != "typed":
        d = rounded(d, Decimal(1).scaleb(-decimals), rounding)
    text = format(d.normalize(), ",f")  # every digit it has, none more, no exponent
    return "0" if text.strip("-0.,") == "" else text


def rounded(d: Decimal, step: Decimal, rounding: Rounding) -> Decimal:
    """``d`` to a multiple of ``step``; rounded up, a value a hair beyond a multiple (the noise
    of 2000 − 1999.99) is that multiple, not the next one."""
    if rounding == "up":
        near = d.quantize(step, rounding=ROUND_HALF_UP, context=_WIDE)
        if abs(near) >= abs(d) or abs(d - near) <= abs(d) * Decimal(_NOISE):
            return near
    return d.quantize(step, rounding=_MODES[rounding], context=_WIDE)


def default_decimals(value: float | Decimal) -> int:
    return 1 if abs(float(value)) >= 100 else 2


def small_decimals(value: float) -> int:
    """Decimals for two significant digits, for a figure below 0.1 (0.004 is 0.004, not 0.01
    nor 0): a reader must never see a small figure as 2.5 times what it is, nor as nothing."""
    return 1 - math.floor(math.log10(abs(value)))


def money_decimals(value: float) -> int:
    """The default decimals, and more below 10: four significant digits (0.7657, 4.945)."""
    size = abs(value)
    if size >= 10 or size == 0 or not math.isfinite(size):
        return default_decimals(value)
    return max(2, 3 - math.floor(math.log10(size)))


def typed(value: float) -> str:
    """Every digit the value was given, grouped by thousands (the usual case kept off Decimal:
    a report writes a million of these)."""
    if isinstance(value, int) or (value.is_integer() and -1e15 < value < 1e15):
        return f"{int(value):,}"
    text = f"{value:,}"
    return write(Decimal(repr(value))) if "e" in text else text


def _nearest(value: float, decimals: int) -> str:
    text = f"{value:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in {"-0", ""} else text


def figure(value: float, rounding: Rounding = "nearest", decimals: int | None = None) -> str:
    """A bare number: typed as given, else rounded (``decimals`` or the default) or cut."""
    if rounding == "typed":
        return typed(value)
    places = default_decimals(value) if decimals is None else decimals
    if decimals is None and -0.1 < value < 0.1 and value:
        places = small_decimals(value)
    if rounding == "nearest":
        return _nearest(value, places)
    if rounding == "cut":
        text = f"{value:.{places}f}"
        if float(text) <= value:  # the nearest is below: it is the cut (the usual case, fast)
            return _nearest(value, places)
    return write(exact(value), places, rounding)


def percent(
    fraction: float | None, decimals: int = 1, signed: bool = False, rounding: Rounding = "nearest"
) -> str:
    """0.25 -> ``25.0%``; None -> ``—``. Trailing zeros are kept: percentages line up."""
    if fraction is None:
        return "—"
    text = f"{fraction * 100:,.{decimals}f}"
    if rounding == "cut" and float(text.replace(",", "")) > fraction * 100:  # rounded up: cut
        d = _WIDE.multiply(exact(fraction), 100).quantize(
            Decimal(1).scaleb(-decimals), rounding=ROUND_FLOOR, context=_WIDE
        )
        text = f"{d:,.{decimals}f}"
    elif rounding == "up" and abs(float(text.replace(",", ""))) < abs(fraction * 100):
        # Rounded down in size: what is still needed is rounded up (3.42% a year is 3.5%), and
        # a figure below the last decimal keeps two significant digits (0.0012%, not 0.1%).
        size = abs(fraction * 100)
        places = decimals if size >= 10**-decimals else small_decimals(fraction * 100)
        d = rounded(_WIDE.multiply(exact(fraction), 100), Decimal(1).scaleb(-places), "up")
        text = f"{d:,.{places}f}"
    if text.lstrip("-").strip("0.,") == "":
        text = text.lstrip("-")
    if signed and not text.startswith("-") and text.strip("0.,"):
        text = "+" + text
    return f"{text}%"


def _shown(text: str) -> float:
    return float(text.rstrip("%").replace(",", "").lstrip("+"))


def guarded_percent(
    fraction: float | None, thresholds: tuple[float, ...], decimals: int = 1, signed: bool = False
) -> str:
    """A percentage a status depends on: rounded, but cut where rounding would carry it onto
    or across one of the ``thresholds`` it is below (99.96% of the way is "99.9%", never
    "100.0%" beside "needs acceleration")."""
    text = percent(fraction, decimals, signed)
    if fraction is not None:
        for threshold in thresholds:
            if fraction < threshold and _shown(text) >= threshold * 100:
                return percent(fraction, decimals, signed, rounding="cut")
    return text


def guarded_figure(value: float, thresholds: tuple[float, ...], decimals: int = 1) -> str:
    """A bare number (a pace gap in points against 0) rounded, with more decimals where
    rounding would carry it onto or across a threshold it is below: -0.04 is "-0.04", neither
    "0" (the other side) nor "-0.1" (which a reader would take as more than twice as much)."""
    text = figure(value, "nearest", decimals)
    for threshold in thresholds:
        if value < threshold and _shown(text) >= threshold:
            for more in range(decimals + 1, decimals + _MORE_DECIMALS + 1):
                text = figure(value, "nearest", more)
                if _shown(text) < threshold:
                    return text
            return figure(value, "cut", decimals + _MORE_DECIMALS)
    return text


_MORE_DECIMALS = 5  # beyond them a difference is cut: -0.0000001 is "-0.000001"


def kept_apart(value: float, mark: float) -> str:
    """A computed figure compared with ``mark`` (a rate goal's average against its target
    rate), rounded, with more decimals where rounding would show it on the mark or on its other
    side: 5.49957 against 5.5 is "5.4996", never "5.5" beside "falls short of 5.5%"."""
    text = figure(value, "nearest")
    if value == mark:
        return text
    places = len(text.partition(".")[2])
    for more in range(places, places + _MORE_DECIMALS + 1):
        text = figure(value, "nearest", more) if more > places else text
        if (_shown(text) - mark) * (value - mark) > 0:
            return text
    # Closer still: cut toward the side it is on (below: down; above: up, as -(cut of -value)).
    if value < mark:
        return figure(value, "cut", places + _MORE_DECIMALS)
    above = figure(-value, "cut", places + _MORE_DECIMALS)
    return above[1:] if above.startswith("-") else "-" + above


def ratio(value: float | None) -> str:
    """A growth ratio with two decimals, cut: 0.949 beside "below 0.95" is 0.94, never 0.95."""
    if value is None:
        return "—"
    text = f"{value:.2f}"
    if float(text) <= value:  # the nearest is below: it is the cut
        return text
    d = exact(value).quantize(Decimal("0.01"), rounding=ROUND_FLOOR, context=_WIDE)
    return f"{d:.2f}"


def _whole(value: float, rounding: Rounding) -> float:
    """A computed count made whole: rounded up in size (still needed: -3.5 a year is -4), else
    to the nearest; a value a hair beyond a whole number (binary noise) is that number."""
    nearest = math.floor(value + 0.5)
    noise = math.isclose(value, nearest, rel_tol=_NOISE, abs_tol=_NOISE)
    if rounding == "up" and not noise:
        return float(math.ceil(value) if value > 0 else math.floor(value))
    if rounding == "cut" and not noise:
        return float(math.floor(value))
    return float(nearest)


def _whole_in(value: float, rounding: Rounding, u: Unit) -> float:
    """A computed count made whole in the things counted: 0.35 万户 is 3,500 households."""
    power = u.scale.adjusted()  # a count's scales are powers of ten
    if power == 0:
        return _whole(value, rounding)
    return shifted(_whole(shifted(value, power), rounding), -power)


@lru_cache(maxsize=4096)
def quantity(
    value: float | None,
    unit_symbol: str,
    lang: Lang,
    noun_en: str = "",
    rounding: Rounding = "nearest",
) -> str:
    """A figure in its unit: ``2,000亿元`` / ``200 billion yuan`` / ``30 enterprises``.

    Chinese writes the unit right after the number and keeps the unit the figure is in.
    English writes money in million, billion or trillion yuan (3000 亿元 is 300 billion yuan),
    a count or measure in its English name (300 万亩 is 3 million mu), a count by ``noun_en``
    where the goal has one. A computed count is whole. A unit this version
    does not know is written after the number as it is. Cached: a report writes the same
    figures many times (a goal's latest value in its figures, its sentence and its history;
    the 0 of every count from zero).
    """
    if value is None:
        return "—"
    u = UNITS.get(unit_symbol)
    if u is None:
        return f"{figure(value, rounding)} {unit_symbol}".strip()
    if u.dimension is Dimension.COUNT and rounding != "typed":
        value, rounding = _whole_in(value, rounding, u), "typed"
    if u.dimension is Dimension.PERCENT:
        return f"{figure(value, rounding)}%"
    if u.dimension is Dimension.MONEY:
        if rounding == "typed" and float(value).is_integer() and abs(value) < 1e15:
            if lang == "zh":
                return f"{typed(value)}{unit_symbol}"
            return _whole_money(int(value) * int(u.scale), UNITS[u.family].name_en)
        # Rounded once, in the goal's unit; English writes the same figure rescaled. Exact:
        # the scales are powers of ten, and 28 digits hold any float's 17 and more. A typed
        # figure keeps every digit it was given (12,345,678,901,234.56元), not 12 of them.
        if rounding == "typed":
            amount = given(value)
        else:
            amount = rounded(exact(value), Decimal(1).scaleb(-money_decimals(value)), rounding)
        if lang == "zh":
            return f"{write(amount)}{unit_symbol}"
        base = _WIDE.multiply(amount, u.scale)  # in yuan (or US dollars)
        currency = UNITS[u.family].name_en
        for scale, size in _EN_MONEY_SCALES:
            if abs(base) >= scale:
                return f"{write(_WIDE.divide(base, scale))} {size} {currency}"
        return f"{write(base)} {singular(currency) if abs(base) == 1 else currency}"
    if lang == "zh":
        return f"{figure(value, rounding)}{unit_symbol}"
    # Rounded once, in the goal's unit, as money is: the two languages never differ by it.
    return in_english(Decimal(figure(value, rounding).replace(",", "")), unit_symbol, noun_en)


def _whole_money(amount: int, currency: str) -> str:
    """A whole number of yuan (or US dollars) in million, billion or trillion, every digit
    kept, in integer arithmetic (most typed figures are whole: this is the fast path)."""
    for scale, size in _INT_MONEY_SCALES:
        if abs(amount) >= scale:
            whole, rest = divmod(abs(amount), scale)
            sign = "-" if amount < 0 else ""
            if rest == 0:
                return f"{sign}{whole:,} {size} {currency}"
            digits = str(rest).rjust(len(str(scale)) - 1, "0").rstrip("0")
            return f"{sign}{whole:,}.{digits} {size} {currency}"
    return f"{amount:,} {singular(currency) if abs(amount) == 1 else currency}"  # 1 US dollar


def plain(value: float | None) -> str:
    """A number for a chart or a spreadsheet: no separators, no exponent, no binary noise.

    None (a figure that cannot be computed) is the empty string. A :class:`Typed` figure keeps
    every digit it was given (12345678901234.56); any other loses what lies beyond 12
    significant digits (256.2000000000055 is 256.2).
    """
    if value is None:
        return ""
    if isinstance(value, int):
        return str(value)
    if value.is_integer() and -1e15 < value < 1e15:
        return str(int(value))
    text = repr(value)
    if len(text) <= SIGNIFICANT and "e" not in text:
        return text
    d = given(value) if isinstance(value, Typed) else exact(value)
    return str(int(d)) if d == d.to_integral_value() else format(d.normalize(), "f")


def shifted(value: float, power: int) -> float:
    """``value`` times ``10 ** power``, as its decimal digits say: 1060 亿元 is 106.0 billion yuan
    and 0.3 亿元 is 30 million, never 29.999999999999996: the digits of :func:`exact`, with
    the decimal point moved, read back as a float (Decimal arithmetic only for a value that
    Python writes with an exponent)."""
    text = repr(value)
    if len(text) > SIGNIFICANT:
        text = f"{value:.{SIGNIFICANT}g}"
    if "e" in text or not math.isfinite(value):
        return float(exact(value).scaleb(power, context=_WIDE))
    return float(f"{text}e{power}")


@overload
def clean_float(value: float) -> float: ...
@overload
def clean_float(value: None) -> None: ...
def clean_float(value: float | None) -> float | None:
    """The float without its binary noise, for JSON and chart axes."""
    if value is None or len(repr(value)) <= SIGNIFICANT or isinstance(value, int):
        return value
    return float(f"{value:.{SIGNIFICANT}g}")


def clean_at(value: float | None, scale: float) -> float | None:
    """A computed figure without the binary noise of the figures of size ``scale`` it was
    computed from: 2000 − 1999.99 is 0.01, not 0.00999999999999. Rounded twelve places below
    the leading digit of ``scale`` (the figures' noise lies further down), then as
    :func:`clean_float`."""
    if value is None or not math.isfinite(value) or not scale or not math.isfinite(scale):
        return clean_float(value)
    decimals = SIGNIFICANT - math.floor(math.log10(abs(scale)))
    return clean_float(round(value, decimals))


def whole_count(value: float | None, unit_symbol: str, up: bool = False) -> float | None:
    """A computed count made whole: rounded up in size (still needed) or to the nearest
    (projected)."""
    u = UNITS.get(unit_symbol)
    if value is None or u is None or u.dimension is not Dimension.COUNT:
        return value
    return _whole_in(value, "up" if up else "nearest", u)
