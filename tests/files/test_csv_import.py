"""Importing what spreadsheets export: encodings, separators, Chinese headers, dates, .xlsx."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from cluster_cli.engine.periods import normalize_period
from cluster_cli.errors import ExitCode
from cluster_cli.files import ledger
from cluster_cli.files.csv_import import read_rows
from conftest import CliRunner

LEDGER = Path("actuals.toml")
ROWS = [
    ("ic-scale", "1250", "2023年", "统计公报"),
    ("ic-talents", "150", "2024/6/30", "人社局"),
    ("ic-talents", "180", "2024年9月30日", "人社局"),
]
EXPECTED = [
    ("ic-scale", 1250.0, "2023", "统计公报"),
    ("ic-talents", 150.0, "2024-06-30", "人社局"),
    ("ic-talents", 180.0, "2024-09-30", "人社局"),
]


def table(separator: str, header: str = "目标,数值,期间,来源") -> str:
    lines = [header.replace(",", separator)]
    lines += [separator.join(row) for row in ROWS]
    return "\r\n".join(lines) + "\r\n"


def imported(cli: CliRunner, path: Path) -> list[tuple[str, float | None, str, str]]:
    result = cli("import", str(path))
    assert result.code == 0, result.err
    return [(r.goal_id, r.value, r.period, r.source) for r in ledger.load(LEDGER).records]


@pytest.mark.parametrize(
    ("encoding", "separator"),
    [
        ("utf-8", ","),
        ("utf-8-sig", ";"),
        ("gbk", ","),
        ("gb18030", "\t"),
        ("utf-16", "\t"),  # Excel's "Unicode text": UTF-16 LE with a BOM, tab-separated
        ("utf-16-le", ","),
    ],
)
def test_spreadsheet_exports_are_imported(
    cli: CliRunner, reg: Path, encoding: str, separator: str
) -> None:
    path = Path("figures.csv")
    path.write_bytes(table(separator).encode(encoding))
    assert imported(cli, path) == EXPECTED


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_ascii_text_in_utf16_without_a_bom_is_utf16(
    cli: CliRunner, reg: Path, encoding: str
) -> None:
    """ "t\\0a\\0r\\0g\\0..." is valid UTF-8 too: the NULs decide first."""
    path = Path("figures.csv")
    path.write_bytes("target,value,period\nic-talents,150,2023\n".encode(encoding))
    result = cli("import", str(path))
    assert result.code == 0, result.err
    assert [(r.goal_id, r.value) for r in ledger.load(LEDGER).records] == [("ic-talents", 150.0)]


def test_english_headers_in_any_case_and_trailing_empty_columns(cli: CliRunner, reg: Path) -> None:
    path = Path("figures.csv")
    text = "Target,VALUE,period,source,,\n" + "".join(",".join(row) + ",,\n" for row in ROWS)
    path.write_text(text, "utf-8")
    assert imported(cli, path) == EXPECTED


def test_semicolons_with_commas_inside_cells(cli: CliRunner, reg: Path) -> None:
    path = Path("figures.csv")
    path.write_text("target;value;period;source\nic-scale;1,250;2023;公报, 第3页\n", "utf-8")
    assert imported(cli, path) == [("ic-scale", 1250.0, "2023", "公报, 第3页")]


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("2024", "2024"),
        ("2024年", "2024"),
        (" 2024 年 ", "2024"),
        ("2024/6/30", "2024-06-30"),
        ("2024-6-3", "2024-06-03"),
        ("2024-06-30", "2024-06-30"),
        ("2024年6月30日", "2024-06-30"),
        ("1-8月", "1-8月"),
        ("2024/2/30", "2024-02-30"),  # normalized, then refused by the period parser
    ],
)
def test_periods_are_normalized(raw: str, normal: str) -> None:
    assert normalize_period(raw) == normal


def test_bad_rows_are_all_reported_and_nothing_is_written(cli: CliRunner, reg: Path) -> None:
    path = Path("figures.csv")
    text = "目标;数值;期间\nic-scale;1250;2023\nic-scale;x;2023年\nic-talents;5;2024/2/30\n"
    path.write_bytes(text.encode("gbk"))
    result = cli("import", str(path))
    assert result.code == ExitCode.INPUT
    assert "figures.csv: line 3: " in result.err and "not a number" in result.err
    assert "figures.csv: line 4: " in result.err and "not a valid date" in result.err
    assert not LEDGER.exists()


def test_thousands_of_bad_rows_are_counted_past_the_first_twenty(cli: CliRunner, reg: Path) -> None:
    rows = "".join(f"ic-scale,x{i},2023\n" for i in range(5000))
    Path("figures.csv").write_text("target,value,period\n" + rows, "utf-8")
    result = cli("import", "figures.csv")
    assert result.code == ExitCode.INPUT and "5000 bad rows;" in result.err
    assert result.err.count("figures.csv:") == 20 + 1  # twenty rows, and the file's own line
    assert "... and 4980 more bad rows" in result.err
    assert not LEDGER.exists()


def test_one_period_written_two_ways_is_a_duplicate(cli: CliRunner, reg: Path) -> None:
    path = Path("figures.csv")
    path.write_text(
        "target,value,period\nic-talents,150,2024\nic-talents,160,2024-12-31\n", "utf-8"
    )
    result = cli("import", str(path))
    assert result.code == ExitCode.INPUT
    duplicate = "figures.csv: line 3: duplicate row: ic-talents 2024-12-31 is already on line 2"
    assert duplicate in result.err
    assert "(as 2024: the same period)" in result.err
    assert not LEDGER.exists()


def test_an_unknown_encoding_is_one_clear_message(cli: CliRunner, reg: Path) -> None:
    path = Path("figures.csv")
    path.write_bytes(b"target,value,period\nic-scale,1250,2023\n\xff\xff\n")
    result = cli("import", str(path))
    assert result.code == ExitCode.INPUT
    assert "figures.csv: line 3: is neither UTF-8, GB18030/GBK nor UTF-16" in result.err


def test_an_xlsx_workbook_is_imported(cli: CliRunner, reg: Path) -> None:
    import datetime as dt

    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["目标", "数值", "期间", "来源", None])
    sheet.append(["ic-scale", 1250, 2023, "统计公报"])
    sheet.append(["ic-talents", 150.0, dt.datetime(2024, 6, 30), "人社局"])
    sheet.append(["ic-talents", "180", "2024年9月30日", "人社局"])
    sheet.append([None, None, None])
    workbook.save("figures.xlsx")
    assert imported(cli, Path("figures.xlsx")) == [
        ("ic-scale", 1250.0, "2023", "统计公报"),
        ("ic-talents", 150.0, "2024-06-30", "人社局"),
        ("ic-talents", 180.0, "2024-09-30", "人社局"),
    ]


def test_an_xlsx_with_a_bad_row_names_the_sheet_row(cli: CliRunner, reg: Path) -> None:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["target", "value", "period"])
    sheet.append(["ic-scale", "lots", 2023])
    workbook.save("figures.xlsx")
    result = cli("import", "figures.xlsx")
    assert result.code == ExitCode.INPUT and "figures.xlsx: line 2: " in result.err
    assert read_rows(Path("figures.xlsx")) == [
        (2, {"target": "ic-scale", "value": "lots", "period": "2023"})
    ]


def test_a_file_that_is_not_a_workbook(cli: CliRunner, reg: Path) -> None:
    Path("figures.xlsx").write_text("target,value,period\n", "utf-8")
    result = cli("import", "figures.xlsx")
    assert result.code == ExitCode.INPUT and "is not a readable .xlsx workbook" in result.err
    assert "Traceback" not in result.err
    chinese = cli("import", "figures.xlsx", "--lang", "zh")  # the library's English: not shown
    assert chinese.err == (
        "cluster-cli：错误：figures.xlsx："
        "不是可读的 .xlsx 工作簿（文件已损坏，或并非以 .xlsx 格式保存）\n"
    )


@pytest.mark.parametrize("installed", [True, False])
def test_a_missing_workbook_is_said_missing_with_or_without_openpyxl(
    cli: CliRunner, reg: Path, monkeypatch: pytest.MonkeyPatch, installed: bool
) -> None:
    if not installed:
        monkeypatch.setitem(sys.modules, "openpyxl", None)  # import openpyxl raises ImportError
    result = cli("import", "missing.xlsx")
    assert result.code == ExitCode.INPUT and "missing.xlsx: no such file" in result.err
    assert "openpyxl" not in result.err


def test_a_workbook_without_openpyxl_says_how_to_get_it(
    cli: CliRunner, reg: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _sheet("figures.xlsx")
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    result = cli("import", "figures.xlsx")
    assert result.code == ExitCode.INPUT and "needs openpyxl" in result.err


@pytest.mark.parametrize(("column", "formula"), [("B", "=1.043-1"), ("D", '="统计"&"公报"')])
def test_a_formula_without_its_saved_result_is_refused_by_its_cell(
    cli: CliRunner, reg: Path, column: str, formula: str
) -> None:
    """A workbook written by a program holds formulas but not their results: read as empty,
    the figure (or its source) would be lost without a word."""
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["target", "value", "period", "source", "note"])
    sheet.append(["ic-talents", 150, 2024, "人社局", None])  # an empty note is no formula
    sheet.append(["ic-scale", 1250, 2023, "统计公报"])
    sheet[f"{column}3"] = formula
    workbook.save("figures.xlsx")
    result = cli("import", "figures.xlsx")
    assert result.code == ExitCode.INPUT, result.out
    assert f"line 3: column {'value' if column == 'B' else 'source'} (cell {column}3)" in result.err
    assert "has no saved result" in result.err and "line 2" not in result.err
    assert not LEDGER.exists()


def test_a_workbook_without_formulas_is_read_once(
    cli: CliRunner, reg: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Empty notes are common, formulas rare: the workbook is read again, for its formulas,
    only when its sheets hold some."""
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["target", "value", "period", "source", "note"])
    sheet.append(["ic-talents", 150, 2024, "人社局", None])  # no note, and no formula
    workbook.save("figures.xlsx")
    loads: list[bool] = []
    load = openpyxl.load_workbook

    def counted(*args: object, **kwargs: object) -> object:
        loads.append(bool(kwargs.get("data_only")))
        return load(*args, **kwargs)

    monkeypatch.setattr(openpyxl, "load_workbook", counted)
    assert cli("import", "figures.xlsx").code == 0
    assert loads == [True]


def _sheet(path: str, *cells: tuple[str, object]) -> None:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["target", "value", "period"])
    sheet.append(["ic-talents", 150, 2024])
    for at, value in cells:
        sheet[at] = value
    workbook.save(path)


def test_a_sheet_reaching_the_last_row_is_read_row_by_row(cli: CliRunner, reg: Path) -> None:
    _sheet("tall.xlsx", ("A1048576", None), ("C1048576", " "))  # a few KB, a million rows
    assert read_rows(Path("tall.xlsx")) == [
        (2, {"target": "ic-talents", "value": "150", "period": "2024"})
    ]


def test_a_sheet_reaching_the_last_column_is_refused(cli: CliRunner, reg: Path) -> None:
    _sheet("wide.xlsx", ("XFD1", "x"))  # 16,384 columns: every row a million-cell row
    result = cli("import", "wide.xlsx", "--dry-run")
    assert result.code == ExitCode.INPUT
    assert result.err.strip() == (
        "cluster-cli: error: wide.xlsx: the first sheet is 16384 columns wide, more than the "
        "64 read: delete the stray cells on the right and save it again"
    )


@pytest.mark.parametrize(
    ("start", "message"),
    [
        (b"PK\x03\x04", "is an Excel workbook (.xlsx), not a CSV file"),
        (b"\xd0\xcf\x11\xe0", ".xls"),
    ],
)
def test_a_workbook_named_as_csv_says_so(
    cli: CliRunner, reg: Path, start: bytes, message: str
) -> None:
    Path("figures.csv").write_bytes(start + b"\x00" * 64)
    result = cli("import", "figures.csv")
    assert result.code == ExitCode.INPUT and message in result.err


def test_a_stray_nul_in_utf8_is_a_control_character_not_utf16(cli: CliRunner, reg: Path) -> None:
    Path("figures.csv").write_bytes(b"target,value,period,note\nic-talents,150,2023,a\x00b\n")
    result = cli("import", "figures.csv")
    assert result.code == ExitCode.INPUT
    found = "figures.csv: line 2: column note: a control character (U+0000)"
    assert found in result.err, result.err


@pytest.mark.parametrize("encoding", ["utf-8", "gbk"])
def test_cr_only_line_endings_are_lines(cli: CliRunner, reg: Path, encoding: str) -> None:
    """Excel for Mac's "CSV (Macintosh)" ends lines with a lone \\r."""
    path = Path("figures.csv")
    path.write_bytes(table(",").replace("\r\n", "\r").encode(encoding))
    assert imported(cli, path) == EXPECTED


def test_lines_ended_by_cr_only_are_counted_in_messages(cli: CliRunner, reg: Path) -> None:
    Path("figures.csv").write_bytes(b"target,value,period\ric-scale,1250,2023\ric-scale,x,2024\r")
    result = cli("import", "figures.csv")
    assert result.code == ExitCode.INPUT
    assert "figures.csv: line 3: " in result.err and "not a number" in result.err
    Path("figures.csv").write_bytes(b"target,value,period\ric-scale,1250,2023\r\xff\xff\r")
    result = cli("import", "figures.csv")
    assert result.code == ExitCode.INPUT
    assert "figures.csv: line 3: is neither UTF-8, GB18030/GBK nor UTF-16" in result.err
    assert not LEDGER.exists()


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_utf8_rows_then_a_gbk_row_are_refused(cli: CliRunner, reg: Path, newline: str) -> None:
    """Read whole as GB18030, the UTF-8 rows would be recorded as mojibake (苏州日报 as
    鑻忓窞鏃ユ姤): the first byte that is not UTF-8 is named instead, with its line."""
    head = f"target,value,period,source{newline}ic-scale,1250,2023,苏州日报{newline}"
    tail = f"ic-talents,150,2024,人社局{newline}"
    data = head.encode("utf-8") + tail.encode("gbk")
    Path("figures.csv").write_bytes(data)
    result = cli("import", "figures.csv")
    assert result.code == ExitCode.INPUT, result.err
    bad = len(head.encode("utf-8")) + len("ic-talents,150,2024,") + 1  # counted from 1
    assert f"figures.csv: line 3: is not valid UTF-8 (byte {bad})" in result.err, result.err
    assert not LEDGER.exists()


def test_gbk_that_is_utf8_by_chance_before_its_first_bad_byte_is_still_gbk(
    cli: CliRunner, reg: Path
) -> None:
    """统 is CD B3 in GBK, a valid two-byte UTF-8 character ("ͳ"); 计 (BC C6) is not UTF-8.
    Only a UTF-8 character of three bytes or more before the bad byte refuses the file."""
    text = "target,value,period,source\nic-scale,1250,2023,统计公报\n"
    Path("figures.csv").write_bytes(text.encode("gbk"))
    assert imported(cli, Path("figures.csv")) == [("ic-scale", 1250.0, "2023", "统计公报")]


def test_a_bom_utf8_file_with_a_gbk_row_names_its_line(cli: CliRunner, reg: Path) -> None:
    data = "\ufefftarget,value,period\nic-scale,1250,2023\n".encode() + "人社局\n".encode("gbk")
    Path("figures.csv").write_bytes(data)
    result = cli("import", "figures.csv")
    assert result.code == ExitCode.INPUT
    assert "figures.csv: line 3: is not valid UTF-8" in result.err, result.err


def test_an_empty_first_sheet_says_the_first_sheet_is_read(cli: CliRunner, reg: Path) -> None:
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.create_sheet("figures").append(["target", "value", "period"])
    workbook.save("figures.xlsx")
    result = cli("import", "figures.xlsx")
    assert result.code == ExitCode.INPUT and "the first sheet is empty" in result.err


def test_a_toml_file_is_not_a_spreadsheet(cli: CliRunner, reg: Path) -> None:
    cli("update", "ic-scale", "1250", "-p", "2023")
    before = LEDGER.read_bytes()
    result = cli("import", str(LEDGER))
    assert result.code == ExitCode.INPUT and "is a TOML file" in result.err
    assert LEDGER.read_bytes() == before
    Path("folder.toml").mkdir()  # a folder or nothing is what it is, whatever its name
    assert cli("import", "folder.toml").err.endswith("folder.toml: is a directory, not a file\n")
    assert cli("import", "none.toml").err.endswith("none.toml: no such file\n")


def test_a_column_given_twice_is_named(cli: CliRunner, reg: Path) -> None:
    path = Path("twice.csv")
    path.write_text("目标,数值,期间,target\nic-scale,1,2023,ic-scale\n", "utf-8")
    result = cli("import", str(path))
    assert result.code == ExitCode.INPUT, result.err
    assert "the column target appears twice in the header ('目标', 'target')" in result.err
    assert not Path("actuals.toml").exists()


def test_a_row_with_more_fields_than_the_header_is_refused(cli: CliRunner, reg: Path) -> None:
    """An unquoted thousands separator splits 1,250 into 1 and 250: refused, not 1亿元 with
    the source 250."""
    path = Path("figures.csv")
    path.write_text("target,period,value,source\nic-scale,2023,1,250,公报\n", "utf-8")
    result = cli("import", str(path))
    assert result.code == ExitCode.INPUT, result.err
    assert "figures.csv: line 2: 5 cells but 4 columns" in result.err, result.err
    assert '"1,250"' in result.err and "thousands separator" in result.err, result.err
    assert not LEDGER.exists()
    result = cli("import", str(path), "--lang", "zh")
    assert "第 2 行：有 5 个单元格，但只有 4 列" in result.err and "千位分隔符" in result.err


def test_a_row_with_more_fields_is_refused_whatever_the_separator(
    cli: CliRunner, reg: Path
) -> None:
    Path("figures.csv").write_text("target;value;period\nic-scale;1250;2023;x\n", "utf-8")
    result = cli("import", "figures.csv")
    assert result.code == ExitCode.INPUT, result.err
    assert "figures.csv: line 2: 4 cells but 3 columns" in result.err, result.err
    assert "thousands separator" not in result.err  # a comma does not separate cells here
    assert not LEDGER.exists()


def test_a_number_split_by_its_thousands_separator_into_the_next_column_is_refused(
    cli: CliRunner, reg: Path
) -> None:
    """The row has as many fields as the header, but 250 took the place of the source."""
    path = Path("figures.csv")
    path.write_text("target,period,value,source\nic-scale,2023,1,250\n", "utf-8")
    result = cli("import", str(path))
    assert result.code == ExitCode.INPUT, result.err
    assert "figures.csv: line 2: " in result.err and '"1,250"' in result.err, result.err
    assert not LEDGER.exists()


def test_rows_with_fewer_fields_leave_the_last_columns_empty(cli: CliRunner, reg: Path) -> None:
    """A missing optional cell at the end is empty; a missing required one is refused."""
    path = Path("figures.csv")
    path.write_text("target,value,period,source\nic-scale,1250,2023\nic-talents,150\n", "utf-8")
    result = cli("import", str(path))
    assert result.code == ExitCode.INPUT, result.err
    assert "figures.csv: line 3: the period is empty" in result.err and "line 2" not in result.err
    assert not LEDGER.exists()
    path.write_text("target,value,period,source\nic-scale,1250,2023\n", "utf-8")
    assert imported(cli, path) == [("ic-scale", 1250.0, "2023", "")]


def test_trailing_empty_fields_past_the_header_are_accepted(cli: CliRunner, reg: Path) -> None:
    path = Path("figures.csv")
    path.write_text("target,value,period\nic-scale,1250,2023,,, \n", "utf-8")
    assert imported(cli, path) == [("ic-scale", 1250.0, "2023", "")]


@pytest.mark.parametrize(
    ("header", "row", "expected"),
    [
        ("target,value,source,period", 'ic-talents,120,"302",2024', ("120", "302")),
        ("target,value,source,period", '"ic-talents","120","302","2024"', ("120", "302")),
        ("target,value,note,period", "kunshan-highlands,3,100%,2024", ("3", "100%")),
        ("target,value,note,period", '"kunshan-highlands","3","100%","2024"', ("3", "100%")),
        ("target,value,note,period", "ic-talents,12,500名,2024", ("12", "500名")),
        ("target,value,source,period", 'ic-talents,"120",302,2024', ("120", "302")),
        ("target,value,source,period", "ic-talents,120, 302,2024", ("120", " 302")),
        ("target,value,source,period", "ic-talents,120,3025,2024", ("120", "3025")),
    ],
)
def test_a_value_beside_a_cell_that_is_not_its_thousands_is_read(
    header: str, row: str, expected: tuple[str, str]
) -> None:
    """Only 1,250 written as such (two unquoted cells side by side, the second three digits)
    looks like a split number: a quoted cell, a percentage or a unit is a cell of its own."""
    Path("figures.csv").write_text(f"{header}\n{row}\n", "utf-8")
    ((line, cells),) = read_rows(Path("figures.csv"))
    column = header.split(",")[2]
    assert (line, cells["value"], cells[column]) == (2, *expected)


def test_a_quoted_three_digit_source_is_imported(cli: CliRunner, reg: Path) -> None:
    path = Path("figures.csv")
    path.write_text('target,value,source,period\nic-talents,120,"302",2024\n', "utf-8")
    assert imported(cli, path) == [("ic-talents", 120.0, "2024", "302")]


@pytest.mark.parametrize(
    "row",
    [
        "ic-talents,120,302,2024",
        "ic-talents,1,250.5,2024",
        "ic-talents,-12,500,2024",
        '"ic-talents",1,250,"2024"',
    ],
)
def test_a_split_number_s_message_gives_advice_that_is_right(
    cli: CliRunner, reg: Path, row: str
) -> None:
    """Refused, and each fix suggested records what was meant: the number quoted with its
    separator, the number without it, or the next cell quoted if it is one of its own."""
    path = Path("figures.csv")
    path.write_text(f"target,value,source,period\n{row}\n", "utf-8")
    result = cli("import", str(path))
    assert result.code == ExitCode.INPUT, result.err
    value, rest = row.split(",")[1:3]
    joined = f"{value},{rest}"
    assert "figures.csv: line 2: " in result.err, result.err
    assert f'"{joined}"' in result.err and f"({joined.replace(',', '')})" in result.err
    assert f'quote it ("{rest}")' in result.err, result.err
    assert not LEDGER.exists()
    result = cli("import", str(path), "--lang", "zh")
    assert f'"{joined}"' in result.err and f'"{rest}"' in result.err, result.err


def test_headers_spreadsheets_use_for_the_columns_are_read(cli: CliRunner, reg: Path) -> None:
    """指标 and 年份 head a goal and its period in many spreadsheets; a missing column is named
    in the run's language."""
    Path("f.csv").write_text("指标,数值,年份\nic-scale,1250,2024\n", "utf-8")
    assert cli("import", "f.csv", "--dry-run").code == 0
    Path("g.csv").write_text("项目,数值\nic-scale,1250\n", "utf-8")
    zh = cli("import", "g.csv", "--lang", "zh")
    assert "未知的列 '项目'；缺少列 目标、期别" in zh.err, zh.err
    en = cli("import", "g.csv", "--lang", "en")
    assert "unknown column '项目'; missing columns target, period" in en.err, en.err


def test_a_unit_column_is_joined_to_a_bare_value(cli: CliRunner, reg: Path) -> None:
    """Statistical tables give the unit a column of its own (单位): it was an unknown column."""
    path = Path("figures.csv")
    path.write_text(
        "目标,数值,期别,单位\nic-scale,1250,2023,亿元\nindustrial-output,4.69万亿元,2024,万亿元\n"
        "ic-talents,150,2023,\n",
        "utf-8",
    )
    assert imported(cli, path) == [
        ("ic-scale", 1250.0, "2023", ""),
        ("industrial-output", 4.69, "2024", ""),
        ("ic-talents", 150.0, "2023", ""),
    ]


def test_a_value_and_a_unit_column_that_disagree_are_refused(cli: CliRunner, reg: Path) -> None:
    path = Path("figures.csv")
    path.write_text("target,value,period,unit\nic-scale,13亿元,2023,万元\n", "utf-8")
    result = cli("import", str(path))
    assert result.code == ExitCode.INPUT
    assert (
        "figures.csv: line 2: the value '13亿元' has a unit of its own, and the unit column says "
        "'万元': keep one"
    ) in result.err
    assert not LEDGER.exists()


def test_a_unit_column_beside_a_value_that_is_no_number_leaves_it_to_its_message(
    cli: CliRunner, reg: Path
) -> None:
    path = Path("figures.csv")
    path.write_text("target,value,period,unit\nic-scale,—,2023,亿元\n", "utf-8")
    result = cli("import", str(path))
    assert "figures.csv: line 2: '—' is not a number" in result.err, result.err
    path.write_text("target,value,period,unit\nic-scale,1250万元,2023,元\n", "utf-8")
    assert "has a unit of its own, and the unit column says '元'" in cli("import", str(path)).err


def test_empty_goal_and_period_cells_are_named_as_empty(cli: CliRunner, reg: Path) -> None:
    """A merged cell of a spreadsheet is empty below its first row: "no goal ''" said nothing."""
    path = Path("figures.csv")
    path.write_text("target,value,period\n,1250,2023\nic-scale,1250,\n", "utf-8")
    result = cli("import", str(path), "--lang", "zh")
    assert "figures.csv：第 2 行：目标为空" in result.err and "合并单元格" in result.err
    assert "figures.csv：第 3 行：期别为空" in result.err, result.err
