"""Numbers for readers and charts: the quick ways agree with exact decimal arithmetic."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cluster_cli.i18n import Lang
from cluster_cli.render import layout
from cluster_cli.render.labels import difference
from cluster_cli.render.numbers import (
    Rounding,
    clean_float,
    exact,
    kept_apart,
    quantity,
    shifted,
    whole_count,
)
from cluster_cli.render.view import Chart

finite = st.floats(allow_nan=False, allow_infinity=False, min_value=-1e15, max_value=1e15)


@given(value=finite, power=st.integers(min_value=-12, max_value=12))
def test_shifted_is_the_decimal_product(value: float, power: int) -> None:
    assert shifted(value, power) == float(exact(value) * Decimal(10) ** power)


def test_shifted_moves_the_decimal_point_without_binary_noise() -> None:
    assert shifted(1060.0, -1) == 106.0
    assert shifted(0.3, 7) == 3_000_000.0  # 0.3 亿元 in yuan
    assert shifted(0.1 + 0.2, 1) == 3.0  # the noise of 0.30000000000000004 is gone
    assert shifted(1e300, -2) == 1e298  # an exponent goes the Decimal way


@given(value=finite)
def test_clean_float_is_the_exact_value(value: float) -> None:
    assert clean_float(value) == float(exact(value))


@given(
    values=st.lists(
        st.floats(min_value=0.001, max_value=1e7, allow_nan=False), min_size=1, max_size=12
    ),
    target=st.floats(min_value=0.001, max_value=1e7, allow_nan=False),
    unit=st.sampled_from(["亿元", "万元", "元", "万亿元", "家", "%"]),
)
def test_an_english_axis_holds_the_exact_values_in_its_unit(
    values: list[float], target: float, unit: str
) -> None:
    """A chart in billion yuan shows each value with the digits it has in 亿元, moved."""
    spec = Chart("t", unit, [str(2000 + i) for i in range(len(values))], values, target)
    axis = layout.scale(spec, "en")
    scales = {"元": 0, "万元": 4, "亿元": 8, "万亿元": 12}
    if unit in scales:
        yuan = [exact(v) * Decimal(10) ** scales[unit] for v in [*values, target]]
        largest = max(abs(y) for y in yuan)
        size = next((s for s in (12, 9, 6) if largest >= Decimal(10) ** s), 0)
        if size == scales[unit]:  # already in the axis's unit: the values as they are
            expected = [*values, target]
        else:
            expected = [float(y / Decimal(10) ** size) for y in yuan]
    else:
        expected = [*values, target]
    assert [*axis.values, axis.target] == expected
    assert axis.ticks[0] == axis.bottom and axis.ticks[-1] == axis.top
    assert axis.bottom <= min(0.0, *expected) and axis.top >= max(expected)


# ------------------------------------------------------------------ one figure, two languages

_EN_SCALES = {"trillion yuan": 12, "billion yuan": 9, "million yuan": 6, "yuan": 0}
_ZH_SCALES = {"万亿元": 12, "亿元": 8, "万元": 4}


def _zh_yuan(text: str, symbol: str) -> Decimal:
    return Decimal(text.removesuffix(symbol).replace(",", "")).scaleb(_ZH_SCALES[symbol])


def _en_yuan(text: str) -> Decimal:
    number, _, name = text.partition(" ")
    return Decimal(number.replace(",", "")).scaleb(_EN_SCALES[name])


@given(
    value=st.floats(min_value=-1e9, max_value=1e9, allow_nan=False),
    symbol=st.sampled_from(sorted(_ZH_SCALES)),
    rounding=st.sampled_from(["nearest", "up", "typed"]),
)
def test_chinese_and_english_write_the_same_sum_of_money(
    value: float, symbol: str, rounding: Rounding
) -> None:
    """The English figure is the Chinese one rescaled (a gap of 0.7657万亿元 is 765.7 billion
    yuan, never 0.77万亿元 beside 765.7 billion): rounding happens once, in the goal's unit."""
    zh = quantity(value, symbol, "zh", "", rounding)
    en = quantity(value, symbol, "en", "", rounding)
    assert _zh_yuan(zh, symbol) == _en_yuan(en), (zh, en)


def test_a_small_sum_in_a_large_unit_keeps_four_significant_digits() -> None:
    assert quantity(0.7657, "万亿元", "zh", "", "up") == "0.7657万亿元"
    assert quantity(0.7657, "万亿元", "en", "", "up") == "765.7 billion yuan"
    assert quantity(49.45, "亿元", "en") == "4.945 billion yuan"  # was 4.95 beside 49.45亿元
    assert quantity(1568.64, "亿元", "zh") == "1,568.6亿元"
    assert quantity(1568.64, "亿元", "en") == "156.86 billion yuan"


def test_us_dollars_are_written_as_their_own_money() -> None:
    assert quantity(12.5, "亿美元", "zh") == "12.5亿美元"
    assert quantity(12.5, "亿美元", "en") == "1.25 billion US dollars"
    assert quantity(3000.0, "万美元", "en", "", "typed") == "30 million US dollars"
    assert quantity(1.0, "美元", "en", "", "typed") == "1 US dollar"
    assert quantity(1.0, "美元", "en") == "1 US dollar"
    assert quantity(2.0, "美元", "en") == "2 US dollars"


def test_small_differences_in_points_keep_their_digits() -> None:
    """0.01 pp short of 3.85% is not "0.1 pp", which a reader would take as ten times more."""
    assert difference(0.01, "%", "en", "", "up") == "0.01 pp"
    assert quantity(3.645, "%", "zh", "", "typed") == "3.645%"


@given(
    value=st.floats(allow_nan=False, allow_infinity=False),
    symbol=st.sampled_from(["万亿元", "亿元", "元", "%", "家", "km"]),
    lang=st.sampled_from(["zh", "en"]),
    rounding=st.sampled_from(["nearest", "up", "cut", "typed"]),
)
def test_any_finite_figure_is_written_whole(
    value: float, symbol: str, lang: Lang, rounding: Rounding
) -> None:
    """A figure past what the registry and the ledger accept (1e15 in its unit) still comes
    out as digits, never as an error: a report must not fail on one odd value."""
    text = quantity(value, symbol, lang, "units", rounding)
    assert text[0].isdigit() or text[0] == "-", text


# ------------------------------------------------------------------ what is still to go


def test_what_is_still_needed_is_rounded_up_in_size_even_below_zero() -> None:
    """A decrease of 3.5 sites a year still needed is -4 a year, never -3: rounding up is away
    from zero, so that what must still be done is never understated in either direction."""
    assert quantity(-3.5, "个", "zh", "", "up") == "-4个"
    assert difference(-3.5, "个", "en", "sites", "up") == "-4 sites"
    assert whole_count(-3.5, "个", up=True) == -4
    assert quantity(-21.871, "万元", "zh", "", "up") == "-21.88万元"
    assert quantity(-0.76571, "万亿元", "en", "", "up") == "-765.8 billion yuan"
    assert difference(-0.123, "%", "en", "", "up") == "-0.13 pp"
    assert quantity(3.5, "个", "zh", "", "up") == "4个"  # above zero as before


def test_a_small_figure_rounded_up_keeps_its_significant_digits() -> None:
    """0.004 pp short is "0.004 pp", not "0.01 pp", which a reader takes as 2.5 times more."""
    assert difference(0.004, "%", "en", "", "up") == "0.004 pp"
    assert difference(0.004, "%", "zh", "", "up") == "0.004个百分点"
    assert difference(50.004 - 50, "%", "en", "", "up") == "0.004 pp"  # no binary noise
    assert difference(0.00412, "%", "en", "", "up") == "0.0042 pp"  # two digits, rounded up
    assert quantity(0.004, "%", "en", "", "up") == "0.004%"
    assert quantity(0.004, "亿元", "zh", "", "up") == "0.004亿元"
    assert quantity(-0.004, "亿元", "zh", "", "up") == "-0.004亿元"
    assert difference(0.4, "家", "en", "enterprises", "up") == "1 enterprise"  # counts: whole
    # the noise of a difference of large figures does not carry it to the next digit up
    assert difference(0.01 + 2e-13, "%", "en", "", "up") == "0.01 pp"
    assert difference(0.12, "%", "en", "", "up") == "0.12 pp"  # from 0.1 up: two decimals


@given(value=st.floats(min_value=1e-9, max_value=0.1, exclude_max=True))
def test_a_small_gap_rounded_up_is_never_read_as_much_more(value: float) -> None:
    shown = float(difference(value, "%", "en", "", "up").removesuffix(" pp"))
    assert value * (1 - 1e-9) <= shown <= value * 1.1, (value, shown)


def test_growth_still_needed_is_rounded_up_in_size() -> None:
    """3.42% a year still needed is 3.5%, a fall of 2.23% still needed is -2.3%: never less
    than what is needed; a figure below the last decimal keeps two significant digits."""
    from cluster_cli.render.numbers import percent

    assert percent(0.0342, rounding="up") == "3.5%"
    assert percent(-0.0223, rounding="up") == "-2.3%"
    assert percent(0.034, rounding="up") == "3.4%"  # exact: nothing to round
    assert percent(0.0350000000001, rounding="up") == "3.5%"  # binary noise is no more
    assert percent(0.0000123, rounding="up") == "0.0013%"
    assert percent(0.0342, signed=True, rounding="up") == "+3.5%"


@pytest.mark.parametrize(
    ("value", "mark", "shown"),
    [
        (5.49957, 5.5, "5.4996"),
        (5.50043, 5.5, "5.5004"),
        (5.5, 5.5, "5.5"),
        (4.75, 5.0, "4.75"),
        (5.4999999999, 5.5, "5.499999"),
        (-2.9999999999, -3.0, "-2.99999"),
    ],
)
def test_a_figure_compared_with_a_mark_is_never_shown_on_it(
    value: float, mark: float, shown: str
) -> None:
    assert kept_apart(value, mark) == shown
