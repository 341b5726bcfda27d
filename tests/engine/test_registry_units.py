"""Units beyond money, 家/名/项/个 and %: counts of other things (户, 万户, 人次) and measures
(吨, 万亩, 公里, 千瓦时), each converting exactly within its family and never across."""

from __future__ import annotations

import tomllib
from typing import Any

import pytest

from cluster_cli.engine.models import Registry
from cluster_cli.engine.units import (
    UNITS,
    Dimension,
    convertible,
    parse_quantity,
    same_quantity,
    whole,
    written_unit,
)
from cluster_cli.errors import ValueInputError
from conftest import REGISTRY_HEAD

REGISTRY = (
    REGISTRY_HEAD
    + """
[targets.goal]
name = "目标"
name_en = "Goal"
cluster = "c"
region = "r"
unit = "亩"
target = 3000000
start = 2025
deadline = 2026
kind = "cumulative"
source = { document = "doc", quote = "建设高标准农田300万亩" }
"""
)


def registry(unit: str, target: str = "3000000") -> Registry:
    text = REGISTRY.replace('unit = "亩"', f'unit = "{unit}"')
    data: dict[str, Any] = tomllib.loads(text.replace("target = 3000000", f"target = {target}"))
    return Registry.model_validate(data)


@pytest.mark.parametrize(("unit", "target"), [("亩", "3000000"), ("万吨", "5000.5")])
def test_a_goal_in_a_measure_is_valid(unit: str, target: str) -> None:
    assert registry(unit, target).targets["goal"].unit == unit


def test_a_count_is_whole_in_the_things_counted() -> None:
    assert registry("万户", "1.2").targets["goal"].target == 1.2  # 12,000 households
    with pytest.raises(ValueError, match="a count in 户 is a whole number"):
        registry("户", "2.5")
    assert whole(1.2, "万户") and whole(12000, "户") and not whole(2.5, "户")
    # Half a household in 万户 is refused naming what is counted, not 万户.
    with pytest.raises(ValueError, match="a count in 户 is a whole number"):
        registry("万户", "1.00005")


def test_a_figure_with_its_magnitude_converts_exactly_within_its_family() -> None:
    assert parse_quantity("1.2万亩", "亩") == 12000
    assert written_unit("1.2万亩", "亩") == "万亩"  # the ledger keeps it as typed
    assert written_unit("1.2万", "亩") == "万亩"
    assert written_unit("12000", "亩") == "亩"
    assert same_quantity(1.2, "万亩", 12000, "亩")
    assert parse_quantity("0.5亿吨", "万吨") == 5000
    assert parse_quantity("3平方公里", "万平方米") == 300  # 1 km² is 10^6 m²
    assert parse_quantity("2.5万千瓦时", "千瓦时") == 25000  # 千瓦时, not 千瓦 then 时
    assert parse_quantity("3万人次", "万人次") == 3


@pytest.mark.parametrize(
    ("source", "goal"),
    [("亩", "公顷"), ("户", "家"), ("吨", "斤"), ("千瓦", "千瓦时"), ("吨", "元")],
)
def test_families_never_convert_into_each_other(source: str, goal: str) -> None:
    assert not convertible(source, goal)
    with pytest.raises(ValueInputError, match="this goal is measured in"):
        parse_quantity(f"5{source}", goal)


def test_every_unit_has_a_family_and_an_english_description() -> None:
    for symbol, unit in UNITS.items():
        assert unit.family in UNITS and UNITS[unit.family].scale == 1, symbol
        assert unit.description_en.isascii() and unit.description_en, symbol
        if unit.dimension is Dimension.MEASURE:
            assert unit.name_en, symbol


def test_square_qianmi_is_square_kilometres() -> None:
    from cluster_cli.engine.units import convertible, same_quantity

    assert convertible("平方千米", "平方公里") and convertible("平方千米", "平方米")
    assert same_quantity(2, "平方千米", 2_000_000, "平方米")
