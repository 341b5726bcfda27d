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


@pytest.mark.parametrize(
    ("target", "value", "number_format", "said"),
    [
        ("industrial-output", 44343.9, ";;;", "shows no number"),  # hidden: looks empty
        ("industrial-output", 44343.9, '"高";"低"', "shows no number"),  # shows 高
        ("industrial-output", -44343.9, '"高";"低"', "shows no number"),
        ("ic-talents", 0, "#,##0;-#,##0;", "shows no number"),  # zero shown blank
        ("ic-talents", 0, '_ * #,##0.00_ ;_ * -#,##0.00_ ;_ * "-"??_ ;_ @_ ', "shows no number"),
        ("ic-talents", 0, "#,###", "shows no number"),  # a # alone shows nothing for 0
        ("industrial-output", 5, '[>100]0.0;"小"', "shows no number"),  # the condition's else
        ("industrial-output", 5, "[>100]0.0", "shows no number"),  # no section for 5: ####
        ("industrial-output", 5, ";;0.0", "shows no number"),  # shown for zero only
        ("electronic-information-growth", -4.3, "0.0;0.0", "without its minus sign"),
        ("electronic-information-growth", -0.043, "0.0%;[Red]0.0%", "without its minus sign"),
        ("electronic-information-growth", -4.3, "0.0;0.0;0", "without its minus sign"),
        ("electronic-information-growth", -4.3, "[<0]0.0;0.0", "without its minus sign"),
    ],
)
def test_a_cell_not_shown_as_its_figure_is_refused(
    cli: CliRunner, reg: Path, target: str, value: float, number_format: str, said: str
) -> None:
    """A figure the analyst never saw (a hidden cell, text, a blank or "-" for zero, a
    negative figure shown without its sign) is refused, naming the cell, not recorded."""
    _workbook("h.xlsx", [("ic-scale", 1250, 2023, "General"), (target, value, 2023, number_format)])
    result = cli("import", "h.xlsx")
    assert result.code == ExitCode.INPUT, result.err
    assert "h.xlsx: line 3: column value (cell B3): the number format " in result.err
    assert repr(number_format)[:30] in result.err and said in result.err, result.err  # long: …
    assert "line 2" not in result.err
    assert not LEDGER.exists()


def test_a_hidden_cell_is_refused_in_chinese(cli: CliRunner, reg: Path) -> None:
    _workbook("h.xlsx", [("ic-scale", 1250, 2023, ";;;")])
    result = cli("import", "h.xlsx", "--lang", "zh")
    assert result.code == ExitCode.INPUT, result.err
    assert "（B2 单元格）：数字格式 ';;;' 不显示这个单元格的数值" in result.err, result.err


@pytest.mark.parametrize(
    ("value", "number_format", "recorded"),
    [
        (-4.3, "0.0;-0.0", -4.3),
        (-4.3, "0.0;(0.0)", -4.3),  # parentheses are a negative figure
        (-4.3, "#,##0.0_);[Red](#,##0.0)", -4.3),
        (-4.3, '0.0;"-"0.0', -4.3),
        (-4.3, "0.0;\\-0.0", -4.3),
        (-4.3, "0.0", -4.3),  # one section: Excel writes the minus sign itself
        (-4.3, "0.0;@", -4.3),  # the second section is for text
        (-4.3, "0.0;-0.0;", -4.3),  # only zero is shown blank
        (4.3, "#,##0.0;-#,##0.0;", 4.3),
        (0, "0.0;-0.0;0", 0.0),
        (0, "#,##0;-#,##0;0", 0.0),
        (0, "0.0", 0.0),
    ],
)
def test_a_section_showing_the_figure_and_its_sign_keeps_it(
    cli: CliRunner, reg: Path, value: float, number_format: str, recorded: float
) -> None:
    _workbook("s.xlsx", [("electronic-information-growth", value, 2023, number_format)])
    assert _recorded(cli, "s.xlsx") == [("electronic-information-growth", recorded, "%")]


def test_a_condition_chooses_the_section(cli: CliRunner, reg: Path) -> None:
    _workbook("c.xlsx", [("industrial-output", 44343.9, 2023, '[>100]0.0;"小"')])
    assert _recorded(cli, "c.xlsx") == [("industrial-output", 44343.9, "万亿元")]


def _cached(path: str, cell: str, stored: str) -> None:
    """Write ``stored`` as the cell's value as Excel saves a computed cell (17 significant
    digits: ``0.043000000000000003``), where openpyxl would write 16."""
    import re
    import zipfile

    sheet = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(path) as book:
        parts = {name: book.read(name) for name in book.namelist()}
    xml = parts[sheet].decode()
    xml, count = re.subn(rf'(<c r="{cell}"[^>]*><v>)[^<]*(</v>)', rf"\g<1>{stored}\g<2>", xml)
    assert count == 1, xml
    parts[sheet] = xml.encode()
    with zipfile.ZipFile(path, "w") as book:
        for name, data in parts.items():
            book.writestr(name, data)


@pytest.mark.parametrize(
    ("stored", "number_format", "text"),
    [
        ("0.043000000000000003", "0.0%", "4.3%"),
        ("4.3000000000000007", "0.0", "4.3"),
        ("4.3000000000000007", "General", "4.3"),
        ("1250.0000000000002", "#,##0", "1250"),
        ("0.30000000000000004", "0%", "30%"),
        ("-0.043000000000000003", "0.0%;-0.0%", "-4.3%"),
        ("4.4343900000000001E4", '0.0"亿元"', "44343.9亿元"),
        # =1.043-1: 0.0429999999999999 at 15 significant digits, whose 10th to 15th are noise
        ("4.2999999999999927E-2", "0.0%", "4.3%"),
        ("4.2999999999999927E-2", "General", "0.043"),
        ("-4.2999999999999927E-2", "General", "-0.043"),
        # =1.001-1, =0.9995-1, =(1.001-1)*100: the noise is the operands', not the result's
        ("9.9999999999988987E-4", "0.00%", "0.1%"),
        ("-4.9999999999994493E-4", "0.00%", "-0.05%"),
        ("9.9999999999988987E-2", "General", "0.1"),
        ("4.3000000000006366E-2", "0.0%", "4.3%"),  # =100.043-100
        # Figures with 13 to 15 real digits are kept whole.
        ("123456789012.34", "General", "123456789012.34"),
        ("1234567890.0012", "General", "1234567890.0012"),
        ("0.1234567890123", "General", "0.1234567890123"),
        ("1.0000000001", "General", "1.0000000001"),
        ("0.123", "0%", "12.3%"),
    ],
)
def test_a_float_is_read_to_excel_s_fifteen_significant_digits(
    stored: str, number_format: str, text: str
) -> None:
    """Binary noise of a computed cell (0.043000000000000003) is not a figure anyone saw:
    Excel shows, and exports to CSV, 15 significant digits."""
    _workbook("f.xlsx", [("electronic-information-growth", 0.5, 2023, number_format)])
    _cached("f.xlsx", "B2", stored)
    assert read_rows(Path("f.xlsx")) == [
        (2, {"target": "electronic-information-growth", "value": text, "period": "2023"})
    ]


def test_a_noisy_percent_is_recorded_as_shown(cli: CliRunner, reg: Path) -> None:
    _workbook("f.xlsx", [("electronic-information-growth", 0.5, 2023, "0.0%")])
    _cached("f.xlsx", "B2", "0.043000000000000003")
    assert _recorded(cli, "f.xlsx") == [("electronic-information-growth", 4.3, "%")]
