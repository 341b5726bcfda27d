"""Numbers for readers and charts: the quick ways agree with exact decimal arithmetic."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from cluster_cli.render import layout
from cluster_cli.render.numbers import clean_float, exact, shifted
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
