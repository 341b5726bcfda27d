"""Figures in counts and measures, in both languages: Chinese writes the unit as typed, English
its English name, in million or billion as money is, every digit kept; a chart's axis too."""

from __future__ import annotations

import pytest

from cluster_cli.render import layout
from cluster_cli.render.numbers import quantity, whole_count
from cluster_cli.render.view import Chart


@pytest.mark.parametrize(
    ("value", "unit", "zh", "en"),
    [
        (300, "万亩", "300万亩", "3 million mu"),
        (3_000_000, "亩", "3,000,000亩", "3 million mu"),
        (12_000, "亩", "12,000亩", "12,000 mu"),
        (5000, "公里", "5,000公里", "5,000 kilometres"),
        (4800.5, "万吨", "4,800.5万吨", "48.005 million tonnes"),
        (1.5, "亿千瓦时", "1.5亿千瓦时", "150 million kilowatt-hours"),
        (3, "平方公里", "3平方公里", "3 square kilometres"),
        (1.2, "万户", "1.2万户", "12,000 households"),
        (150, "人次", "150人次", "150 person-times"),
        (30, "家", "30家", "30"),  # a vague counting word: the goal's noun says what
    ],
)
def test_a_typed_figure_in_both_languages(value: float, unit: str, zh: str, en: str) -> None:
    assert quantity(value, unit, "zh", rounding="typed") == zh
    assert quantity(value, unit, "en", rounding="typed") == en


def test_a_goals_noun_names_a_count_in_english() -> None:
    assert quantity(1.2, "万户", "en", "homes renovated", "typed") == "12,000 homes renovated"
    assert quantity(3000, "万头", "en", "hogs", "typed") == "30 million hogs"


def test_a_computed_count_is_whole_in_the_things_counted() -> None:
    # 0.35004 万户 is 3,500.4 households: 3,501 still needed, never 1 万户.
    assert quantity(0.35004, "万户", "en", rounding="up") == "3,501 households"
    assert quantity(0.35004, "万户", "zh", rounding="up") == "0.3501万户"
    assert whole_count(0.35004, "万户", up=True) == 0.3501
    assert quantity(2.345, "吨", "zh") == "2.35吨"  # a measure is not whole


def test_a_chart_in_ten_thousand_tonnes() -> None:
    spec = Chart("粮食产量", "万吨", ["2024", "2025"], [4800.5, 4950], 5000)
    en = layout.scale(spec, "en")
    assert en.unit == "million tonnes" and en.values == [48.005, 49.5] and en.target == 50
    assert not en.whole
    zh = layout.scale(spec, "zh")
    assert zh.unit == "万吨" and zh.values == [4800.5, 4950] and zh.top >= 5000


def test_a_chart_of_a_count_in_ten_thousands_is_drawn_in_the_things_counted() -> None:
    spec = Chart("改造", "万户", ["2024", "2025"], [0.35, 0.8], 1.2)
    en = layout.scale(spec, "en")
    assert en.unit == "households" and en.values == [3500, 8000] and en.whole
    assert not layout.scale(spec, "zh").whole  # 0.35万户: no whole ticks in 万户


def test_one_of_a_unit_is_written_in_the_singular() -> None:
    from decimal import Decimal

    from cluster_cli.engine.units import in_english

    assert in_english(Decimal(1), "户") == "1 household"
    assert in_english(Decimal(1), "座") == "1 facility"
    assert in_english(Decimal(1), "千瓦时") == "1 kilowatt-hour"
    assert in_english(Decimal("0.0001"), "万户") == "1 household"  # 1 of the things counted
    assert in_english(Decimal(2), "户") == "2 households"
    assert in_english(Decimal(1), "亩") == "1 mu" and in_english(Decimal(1), "头") == "1 head"
    # A goal's own noun too, each noun of it: a user writes the plural once, for every count.
    assert in_english(Decimal(1), "户", "old flats") == "1 old flat"
    assert in_english(Decimal(1), "名", "talents and teams") == "1 talent and team"
    assert in_english(Decimal(1), "家", "companies") == "1 company"
    assert in_english(Decimal(1), "家", "businesses") == "1 business"
    assert in_english(Decimal(1), "名", "people") == "1 person"
    assert in_english(Decimal(2), "名", "people") == "2 people"
    assert quantity(1, "个", "en", "projects", "typed") == "1 project"
    assert quantity(1, "亩", "en") == "1 mu"  # no plural to undo
