"""Arithmetic of the method that never yields NaN or infinity: undefined figures are None."""

from __future__ import annotations

import math
from decimal import Decimal


def finite(value: float | None) -> float | None:
    """Figures that cannot be computed are None, never NaN or infinity."""
    if value is None or not math.isfinite(value):
        return None
    return value


def apart(first: float, second: float) -> float | None:
    """``first - second``, 0 where the difference is only binary noise: progress and time
    elapsed both half way (0.49999999999999956 and 0.5) are on schedule, not "behind by
    0.000001 pp". Noise is what lies within 1e-12 of the larger of the two."""
    difference = first - second
    if abs(difference) <= 1e-12 * max(abs(first), abs(second)):
        return 0.0
    return finite(difference)


def ratio(numerator: float, denominator: float) -> float | None:
    if denominator == 0:
        return None
    return finite(numerator / denominator)


def percent(value: float) -> float:
    """4.1 -> 0.041 exactly as written (not 0.040999999999999995)."""
    return float(Decimal(repr(value)) / 100)


def cagr(start: float, end: float, years: float) -> float | None:
    """Compound annual growth rate; undefined for non-positive values or no time."""
    if start <= 0 or end <= 0 or years <= 0:
        return None
    try:
        return finite((end / start) ** (1 / years) - 1)
    except (OverflowError, ZeroDivisionError):
        return None


def compound(value: float, growth: float, years: float) -> float | None:
    """``value`` grown at ``growth`` a year for ``years``; None when it overflows."""
    try:
        return finite(value * (1 + growth) ** years)
    except OverflowError:
        return None


def meets(value: float, target: float, direction: str, band: tuple[float, float] | None) -> bool:
    """Whether ``value`` meets the target: at or beyond it, or inside the band (maintain)."""
    if band is not None:
        return band[0] <= value <= band[1]
    return value >= target if direction == "increase" else value <= target
