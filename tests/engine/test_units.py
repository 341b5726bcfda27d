from __future__ import annotations

import pytest

from cluster_cli.engine.units import format_number, format_quantity, parse_quantity
from cluster_cli.errors import ValueInputError


@pytest.mark.parametrize(
    ("text", "goal_unit", "expected"),
    [
        ("1250", "亿元", 1250.0),
        ("1,250.5", "亿元", 1250.5),
        ("4.69万亿", "亿元", 46900.0),
        ("4.69万亿元", "亿元", 46900.0),
        ("44343.9亿元", "亿元", 44343.9),
        ("44343.9亿元", "万亿元", 4.43439),
        ("4.36万亿元", "亿元", 43600.0),
        ("5000万元", "亿元", 0.5),
        ("150名", "名", 150.0),
        ("150人", "名", 150.0),
        ("1.2万家", "家", 12000.0),
        ("6.2%", "%", 6.2),
        ("１２５０亿元", "亿元", 1250.0),  # full-width digits
        (" 30 家 ", "家", 30.0),
        ("-3.5", "%", -3.5),
    ],
)
def test_parse_quantity_converts_to_the_goal_unit(
    text: str, goal_unit: str, expected: float
) -> None:
    assert parse_quantity(text, goal_unit) == expected


@pytest.mark.parametrize(
    ("text", "goal_unit", "message"),
    [
        ("", "亿元", "empty"),
        ("   ", "亿元", "empty"),
        ("abc", "亿元", "not a number"),
        ("nan", "亿元", "finite"),
        ("inf", "名", "finite"),
        ("-Infinity", "名", "finite"),
        ("1250亿元", "名", "measured in 名"),
        ("150名", "亿元", "measured in 亿元"),
        ("30家", "名", "measured in 名"),
        ("5%", "亿元", "measured in 亿元"),
        ("3万", "%", "magnitude"),
        ("12 34", "亿元", "not a number"),
    ],
)
def test_parse_quantity_refuses(text: str, goal_unit: str, message: str) -> None:
    with pytest.raises(ValueInputError, match=message):
        parse_quantity(text, goal_unit)


@pytest.mark.parametrize(
    ("value", "unit", "lang", "noun", "expected"),
    [
        (2000, "亿元", "zh", "", "2,000亿元"),
        (2000, "亿元", "en", "", "200 billion yuan"),
        (3000, "亿元", "en", "", "300 billion yuan"),
        (4.36, "万亿元", "en", "", "4.36 trillion yuan"),
        (4.36, "万亿元", "zh", "", "4.36万亿元"),
        (44343.9, "亿元", "en", "", "4.43 trillion yuan"),
        (5, "亿元", "en", "", "500 million yuan"),
        (600, "名", "zh", "", "600名"),
        (600, "名", "en", "talents and teams", "600 talents and teams"),
        (30, "家", "en", "", "30"),
        (6.2, "%", "en", "", "6.2%"),
        (1953.125, "亿元", "zh", "", "1,953.1亿元"),
    ],
)
def test_format_quantity(value: float, unit: str, lang: str, noun: str, expected: str) -> None:
    assert format_quantity(value, unit, lang, noun) == expected


def test_format_number_never_shows_minus_zero() -> None:
    assert format_number(-0.001, 2) == "0"
    assert format_number(-0.0) == "0"
