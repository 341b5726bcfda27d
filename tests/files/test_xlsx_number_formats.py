"""Importing .xlsx: a figure is read as its cell's number format shows it (4.3%, 44343.9亿元),
and a format that would make the figure wrong if guessed is refused, naming the cell."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cluster_cli.errors import ExitCode
from cluster_cli.files import ledger
from cluster_cli.files.csv_import import read_rows
from conftest import CliRunner

LEDGER = Path("actuals.toml")


def _workbook(path: str, rows: list[tuple[str, object, object, str]]) -> None:
    """A sheet of target, value, period and number format of the value cell (column B)."""
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["目标", "数值", "期别"])
    for number, (target, value, period, number_format) in enumerate(rows, start=2):
        sheet.append([target, value, period])
        sheet[f"B{number}"].number_format = number_format
    workbook.save(path)


def _recorded(cli: CliRunner, path: str) -> list[tuple[str, float | None, str]]:
    result = cli("import", path)
    assert result.code == 0, result.err
    return [(r.goal_id, r.value, r.unit) for r in ledger.load(LEDGER).records]


@pytest.mark.parametrize(
    ("number_format", "value", "percent"),
    [
        ("0%", 0.05, 5.0),
        ("0.0%", 0.043, 4.3),
        ("0.00%", 0.0425, 4.25),
        ("0%", 0.123, 12.3),  # shown as 12%: the cell's own digits are kept, not the rounding
        ("0.0%;[Red]-0.0%", -0.021, -2.1),
        ("[Color10]0.0%", 0.1, 10.0),
        ("0.0%", 1, 100.0),
    ],
)
def test_a_percent_format_is_read_as_the_percentage_shown(
    cli: CliRunner, reg: Path, number_format: str, value: float, percent: float
) -> None:
    _workbook("p.xlsx", [("electronic-information-growth", value, 2023, number_format)])
    assert _recorded(cli, "p.xlsx") == [("electronic-information-growth", percent, "%")]


def test_a_percent_cell_is_read_exactly_as_text() -> None:
    _workbook("p.xlsx", [("electronic-information-growth", 0.043, 2023, "0.0%")])
    assert read_rows(Path("p.xlsx")) == [
        (2, {"target": "electronic-information-growth", "value": "4.3%", "period": "2023"})
    ]


@pytest.mark.parametrize(
    "number_format",
    [
        '#,##0.0"亿元"',
        '0.0"亿元";[Red]-0.0"亿元"',
        "0.0\\亿\\元",
        "[$亿元]#,##0.0",
        "#,##0.0[$亿元]",
        "0.0[$亿元-804]",
        'G/通用格式"亿元"',
        '0.0" 亿元"',
        '0.0"亿"',
    ],
)
def test_a_unit_written_into_the_format_is_the_figure_s_unit(
    cli: CliRunner, reg: Path, number_format: str
) -> None:
    """The goal is in 万亿元: 44343.9 shown as 44343.9亿元 is 4.43439万亿元, kept as typed."""
    _workbook("u.xlsx", [("industrial-output", 44343.9, 2023, number_format)])
    assert _recorded(cli, "u.xlsx") == [("industrial-output", 44343.9, "亿元")]


def test_a_unit_of_another_kind_in_the_format_is_refused(cli: CliRunner, reg: Path) -> None:
    _workbook("u.xlsx", [("industrial-output", 12, 2023, '0"家"')])
    result = cli("import", "u.xlsx")
    assert result.code == ExitCode.INPUT, result.err
    assert "u.xlsx: line 2: " in result.err and "12家" in result.err, result.err
    assert not LEDGER.exists()


@pytest.mark.parametrize(
    ("number_format", "said"),
    [
        ("#,##0,", "thousands or millions"),
        ('0.0,,"百万"', "thousands or millions"),
        ('0.0"增长"', "'增长'"),
        ('"约"0.0', "'约'"),
        ('"¥"#,##0.00', "'¥'"),
        ("[$$-409]#,##0.00", "'$'"),
        ("0.0%%", "more than one %"),
        ('0.0%"亿元"', "more than one %"),
        ('0.0"亿元";-0.0"万元"', "in different ways"),
    ],
)
def test_a_format_too_odd_to_read_safely_is_refused(
    cli: CliRunner, reg: Path, number_format: str, said: str
) -> None:
    _workbook(
        "odd.xlsx",
        [("ic-scale", 1250, 2023, "General"), ("industrial-output", 44343.9, 2023, number_format)],
    )
    result = cli("import", "odd.xlsx")
    assert result.code == ExitCode.INPUT, result.err
    assert "odd.xlsx: line 3: column value (cell B3): the number format " in result.err
    assert repr(number_format) in result.err and said in result.err, result.err
    assert "line 2" not in result.err
    assert not LEDGER.exists()


def test_an_odd_format_is_named_in_chinese(cli: CliRunner, reg: Path) -> None:
    _workbook("odd.xlsx", [("ic-scale", 1250, 2023, "#,##0,")])
    result = cli("import", "odd.xlsx", "--lang", "zh")
    assert result.code == ExitCode.INPUT, result.err
    assert "odd.xlsx：第 2 行：“数值”列（B2 单元格）：数字格式 '#,##0,'" in result.err, result.err


@pytest.mark.parametrize(
    "number_format",
    [
        "General",
        "0",
        "0.00",
        "#,##0",
        "#,##0.00",
        "[Red]0.0",
        "[$-409]#,##0.0",
        "#,##0.0_);(#,##0.0)",
        "#,##0.0_);[Red](#,##0.0)",
        '_ * #,##0.00_ ;_ * -#,##0.00_ ;_ * "-"??_ ;_ @_ ',  # 会计专用, no currency sign
        "0.00E+00",
        "@",
        "G/通用格式",
    ],
)
def test_plain_number_formats_keep_the_figure(
    cli: CliRunner, reg: Path, number_format: str
) -> None:
    _workbook("n.xlsx", [("ic-scale", 1250, 2023, number_format)])
    assert _recorded(cli, "n.xlsx") == [("ic-scale", 1250.0, "亿元")]


def test_a_number_stored_with_a_date_format_is_not_a_figure(cli: CliRunner, reg: Path) -> None:
    """Excel shows 1250 formatted as a date as a day of 1903: that is refused, not taken as
    1250 (today's reading, kept)."""
    _workbook("d.xlsx", [("ic-scale", 1250, 2023, "yyyy/m/d")])
    result = cli("import", "d.xlsx")
    assert result.code == ExitCode.INPUT, result.err
    assert "d.xlsx: line 2: " in result.err and "'1903-" in result.err, result.err
    assert not LEDGER.exists()


def test_the_period_and_text_cells_keep_today_s_reading(cli: CliRunner, reg: Path) -> None:
    """Only the value column is read through its format: a year formatted 0"年" is the year,
    a date cell its date, a value typed as text its text."""
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["target", "value", "period"])
    sheet.append(["ic-scale", 1250, 2023])
    sheet.append(["ic-talents", "150", dt.datetime(2024, 6, 30)])
    sheet["C2"].number_format = '0"年"'
    sheet["B3"].number_format = "0.0%"  # a text cell: the format does not apply to it
    workbook.save("t.xlsx")
    assert read_rows(Path("t.xlsx")) == [
        (2, {"target": "ic-scale", "value": "1250", "period": "2023"}),
        (3, {"target": "ic-talents", "value": "150", "period": "2024-06-30"}),
    ]
