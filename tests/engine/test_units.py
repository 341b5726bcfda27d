from __future__ import annotations

import pytest

from cluster_cli.engine.units import format_number, parse_quantity
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
        # As the English reports write figures: English magnitudes, names and symbols.
        ("210 billion yuan", "亿元", 2100.0),
        ("210 Billion", "亿元", 2100.0),
        ("4.69 trillion yuan", "亿元", 46900.0),
        ("1.5 million yuan", "万元", 150.0),
        ("3 million mu", "万亩", 300.0),
        ("12,000 households", "万户", 1.2),
        ("1 household", "户", 1.0),
        ("50 square kilometres", "平方公里", 50.0),
        ("50 km2", "平方公里", 50.0),
        ("50 km²", "平方公里", 50.0),
        ("120 km", "公里", 120.0),
        ("3 million t", "万吨", 300.0),
        ("5.5 percent", "%", 5.5),
        ("1200万标箱", "万标准箱", 1200.0),  # the short form statistics write
        ("1.2亿人次", "万人次", 12000.0),
        ("1.2万场", "场", 12000.0),  # counts plans name: events, sessions, teams, cases
        ("5000场次", "万场次", 0.5),
        ("100支", "支", 100.0),
        # US dollars are money of their own: 亿美元 and 万美元 convert, never into yuan.
        ("1.25 billion US dollars", "亿美元", 12.5),
        ("3000万美元", "亿美元", 0.3),
        ("500 USD", "万美元", 0.05),
        ("1.25万亿美元", "亿美元", 12500.0),
        ("50亿美金", "亿美元", 50.0),  # 美金: what people call the dollar
        # As figures are also typed: the minus sign, traditional characters, 人民币.
        ("−3.5", "%", -3.5),
        ("1250億元", "亿元", 1250.0),
        ("1.2萬億元", "亿元", 12000.0),
        ("1250亿人民币", "亿元", 1250.0),
        ("1250亿元人民币", "亿元", 1250.0),
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
        ("2100 apples", "亿元", "'2100 apples': 'apples' is not a unit cluster-cli knows"),
        ("21x", "亿元", "'x' is not a unit"),
        ("30 enterprises", "家", "'enterprises' is not a unit"),  # the goal names no noun
        ("210 billion yuan", "亩", "is in billion yuan"),
        ("3 million mu", "亿元", "measured in 亿元"),
        ("3 million", "%", "magnitude"),
        ("12 millions", "亿元", "'millions' is not a unit"),
        ("1.2 thousand billion yuan", "亿元", "'thousand billion yuan' is not a unit"),
        ("12.5亿美元", "亿元", r"an amount in US dollars\), but .* 亿元 \(an amount in yuan"),
        ("210 billion yuan", "亿美元", "an amount in yuan"),
    ],
)
def test_parse_quantity_refuses(text: str, goal_unit: str, message: str) -> None:
    with pytest.raises(ValueInputError, match=message):
        parse_quantity(text, goal_unit)


def test_format_number_never_shows_minus_zero() -> None:
    assert format_number(-0.001, 2) == "0"
    assert format_number(-0.0) == "0"


def test_a_goals_own_english_noun_is_a_unit_word() -> None:
    assert parse_quantity("30 enterprises", "家", "enterprises") == 30.0
    assert parse_quantity("1 Enterprise", "家", "enterprises") == 1.0
    assert parse_quantity("12,000 households", "万户", "old flats") == 1.2  # the table's too
    assert parse_quantity("1.2万 old flats", "户", "old flats") == 12000.0


def test_the_unit_typed_is_kept_where_the_registry_has_it() -> None:
    from cluster_cli.engine.units import written_unit

    assert written_unit("1.2万亩", "亩") == "万亩"
    assert written_unit("4.69万亿", "亿元") == "万亿元"
    assert written_unit("1.2万 households", "户") == "万户"
    # An English magnitude names no unit of the registry: the figure is kept in the goal's.
    assert written_unit("210 billion yuan", "亿元") == "亿元"
    assert written_unit("3 million mu", "万亩") == "万亩"
    assert written_unit("2100 apples", "亿元") == "亿元"


def test_every_currency_has_its_name_in_messages() -> None:
    """Two currencies are told apart by name (人民币金额, 美元金额) in a message."""
    from cluster_cli.engine.units import UNITS, Dimension, _currency

    names = {_currency(u) for u in UNITS.values() if u.dimension is Dimension.MONEY}
    assert names == {"an amount in yuan", "an amount in US dollars"}
