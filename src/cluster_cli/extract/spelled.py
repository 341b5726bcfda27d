"""Counts that spell out a numbered name: “1136”的思路, 即1个总体目标、1个总抓手、3条主线、6个方面.

A framework named by its digits, then explained (即, 也就是, 就是) part by part: each count of
the explanation is a digit of the name, the size of a part of the framework, not a goal."""

from __future__ import annotations

import re

from cluster_cli.extract.numbers import Quantity

# The name: two to six digits in quotation marks (“1136”, "135"), and the explanation that
# follows it in the same sentence.
_DIGIT_NAME = re.compile(r"[“\"‘](?P<digits>\d{2,6})[”\"’]")
_EXPLAINED = re.compile(r"即|也就是|就是")
_REACH = 200  # how far back in its sentence a count looks for the name


def spells_a_name(text: str, quantity: Quantity) -> bool:
    """``quantity`` is a one-digit count of the explanation that follows a digit name in its
    sentence (…按照“1136”的思路…，即围绕…1个总体目标): one of the name's digits."""
    value = quantity.value
    if value != value.to_integral_value() or not 0 < value < 10:
        return False
    start = max(0, quantity.start - _REACH)
    stop = max(text.rfind("。", start, quantity.start), text.rfind("\n", start, quantity.start))
    start = max(start, stop + 1)
    for name in _DIGIT_NAME.finditer(text, start, quantity.start):
        explained = _EXPLAINED.search(text, name.end(), quantity.start)
        if explained and str(int(value)) in name.group("digits"):
            return True
    return False
