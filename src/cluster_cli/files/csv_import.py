"""Reading the rows of a spreadsheet to import: CSV as Excel, WPS and LibreOffice save it, or
an .xlsx workbook (with the optional openpyxl).

Text encodings are tried in a fixed order rather than guessed by a detector: a byte-order mark
decides (UTF-8, UTF-16); else NULs in half the bytes of one position mean UTF-16 (ASCII text
in UTF-16 would pass as UTF-8); else strict UTF-8, which other encodings' Chinese text almost
never passes (a stray NUL in it is a control character of a cell, named as such); else UTF-16
when there are NULs at all; else GB18030 (a superset of GBK and GB2312, what Chinese Excel
saves as "CSV") -- unless the bytes before the first one that is not UTF-8 already hold a
UTF-8 character of three bytes or more (every Chinese character): that is a file with rows
of two encodings, pasted together, and it is refused at the line of that byte rather than
read whole as GB18030, which would turn its UTF-8 rows into nonsense. GBK text does form
UTF-8 by chance, but almost only two-byte characters (目 is C4 BF, "Ŀ"); a three-byte one
needs a rare character of GB2312 rows E0-EF, so pure GBK files still read as before.
A statistical detector could name the wrong encoding for a short file; this order cannot turn
valid UTF-8 into anything else.

Lines end at \\r\\n, \\n or a lone \\r (Excel for Mac's "CSV (Macintosh)"), as the csv module
reads them when the text is opened with newline="".

The separator is the one of comma, semicolon and tab that splits the header into known
columns (csv.Sniffer guesses from few rows, and wrongly when cells hold commas).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable
from pathlib import Path

from cluster_cli.errors import InputFileError
from cluster_cli.files.number_formats import OddFormat, number_text, shown_figure
from cluster_cli.files.regular import read_regular
from cluster_cli.files.utf16 import utf16_codec
from cluster_cli.i18n import current, read_back, say
from cluster_cli.i18n import messages as m
from cluster_cli.i18n import words as w
from cluster_cli.text import shown

COLUMNS = ("target", "value", "period", "source", "note", "unit")
REQUIRED_COLUMNS = ("target", "value", "period")
# Header names as Chinese spreadsheets have them, beside the English ones.
# The Chinese header names, and others spreadsheets head the same columns with: 期间, 年份
# and 年度 for 期别, 指标 (a goal named by its id or name) for 目标.
ALIASES = {label.zh: key for key, label in m.CSV_COLUMNS.items()} | {
    "期间": "period",
    "年份": "period",
    "年度": "period",
    "指标": "target",
}
ERROR = "__error__"  # key of a row that could not be read: its value is the problem

Row = tuple[int, dict[str, str]]


def decode(name: str, data: bytes) -> str:
    """The text of a CSV file (see the module's docstring for the order tried)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(name, data[3:], "utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(name, data, "utf-16")
    # NULs first: ASCII text in UTF-16 without a BOM ("t\0a\0r\0") is valid UTF-8 too. Only
    # NULs in a good share of one byte position are UTF-16: a stray NUL in UTF-8 is a control
    # character of a cell, named as such below.
    codec = utf16_codec(data, mostly=True)  # half the bytes of one position, or more
    if codec is not None:
        return _strict(name, data, codec)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        not_utf8 = error
    sample = data[:4096]
    if sample.count(0):  # Chinese in UTF-16 has fewer NULs, but no other encoding has any
        odd, even = sample[1::2].count(0), sample[0::2].count(0)
        return _strict(name, data, "utf-16-le" if odd > even else "utf-16-be")
    # The bytes before the first bad one are valid UTF-8. If they hold a character of three
    # bytes or more, they are UTF-8 rows and a later row is in another encoding: refused, as
    # GB18030 would misread the UTF-8 rows (see the module's docstring).
    if any(ord(char) >= 0x800 for char in data[: not_utf8.start].decode("utf-8")):
        raise _not_utf8(name, data, not_utf8)
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError as error:
        problem = say(m.CSV_NOT_DECODABLE, byte=error.start + 1)
        raise InputFileError(name, problem, _line_at(data, error.start)) from None


def _line_at(data: bytes, offset: int) -> str:
    """The line holding byte ``offset`` of UTF-8 or GB18030 bytes, as the csv module counts
    lines: each ends at \\r\\n, \\n or a lone \\r."""
    before = data[:offset]
    breaks = before.count(b"\n") + before.count(b"\r") - before.count(b"\r\n")
    return say(m.LINE, line=breaks + 1)


def _not_utf8(name: str, data: bytes, error: UnicodeDecodeError) -> InputFileError:
    problem = say(m.CSV_BAD_ENCODING, encoding="UTF-8", byte=error.start + 1)
    return InputFileError(name, problem, _line_at(data, error.start))


def _strict(name: str, data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        if encoding == "utf-8":  # the line is only countable in bytes of an ASCII superset
            raise _not_utf8(name, data, error) from None
        problem = say(m.CSV_BAD_ENCODING, encoding=encoding.upper(), byte=error.start + 1)
        raise InputFileError(name, problem) from None


def column_name(cell: str) -> str:
    name = cell.strip().lstrip("\ufeff").strip()
    return ALIASES.get(name, name.lower())


def choose_delimiter(text: str) -> str:
    """Comma, semicolon or tab: the one that splits the header into the most known columns."""
    # The first line as the csv module will read it: ended by \r\n, \n or a lone \r.
    first = io.StringIO(text.lstrip("\ufeff"), newline="").readline()
    best, best_known = ",", -1
    for delimiter in (",", ";", "\t"):
        try:
            cells = next(csv.reader([first], delimiter=delimiter), [])
        except csv.Error:  # a header cell over the field limit: read_rows names the problem
            cells = []
        known = sum(column_name(cell) in COLUMNS for cell in cells)
        if known > best_known:
            best, best_known = delimiter, known
    return best


def header_columns(name: str, header: list[str]) -> list[str]:
    """Column names of the header, trailing empty cells dropped; refused if wrong."""
    while header and not header[-1].strip():
        header = header[:-1]
    if not header:
        raise InputFileError(name, say(m.CSV_EMPTY, header=say(m.CSV_HEADER_HELP)))
    columns = [column_name(cell) for cell in header]
    unknown = [c for c in columns if c not in COLUMNS]
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if unknown or missing:
        comma = say(w.ENUMERATION)
        parts = []
        if unknown:
            quoted = comma.join(shown(column) for column in unknown)
            parts.append(say(m.CSV_UNKNOWN_COLUMNS, columns=quoted, count=len(unknown)))
        if missing:
            named = [say(m.CSV_COLUMNS[column]) for column in missing]  # in the run's language
            parts.append(say(m.CSV_MISSING_COLUMNS, columns=comma.join(named), count=len(named)))
        problem = say(
            m.CSV_BAD_HEADER, problem=say(m.SEPARATOR).join(parts), header=say(m.CSV_HEADER_HELP)
        )
        raise InputFileError(name, problem, say(m.LINE, line=1))
    twice = [column for column in dict.fromkeys(columns) if columns.count(column) > 1]
    if twice:
        typed = [shown(cell.strip()) for cell in header if column_name(cell) == twice[0]]
        problem = say(m.CSV_DUPLICATE_COLUMN, column=twice[0], cells=", ".join(typed))
        raise InputFileError(name, problem, say(m.LINE, line=1))
    return columns


def shaped_rows(
    columns: list[str],
    rows: list[tuple[int, list[str]]],
    *,
    commas: bool = False,
    raw: Callable[[int], str] | None = None,
) -> list[Row]:
    """Cells named by their column; empty rows skipped. A row with more
    cells than the header has columns is an error (trailing empty cells aside); one with fewer
    leaves the last columns empty. ``commas``: cells separated by commas, where an unquoted
    thousands separator splits a number in two (see :func:`_split_number`, which reads the
    text of the row starting at a line from ``raw``)."""
    shaped: list[Row] = []
    for start, cells in rows:
        while len(cells) > len(columns) and not cells[-1].strip():
            cells = cells[:-1]  # trailing empty cells, as spreadsheets pad rows
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) > len(columns):
            too_many = say(m.CSV_TOO_MANY_CELLS, cells=len(cells), columns=len(columns))
            hint = say(m.CSV_QUOTE_COMMAS) if commas else ""
            shaped.append((start, {ERROR: too_many + hint}))
            continue
        split = _split_number(columns, cells, raw(start)) if commas and raw else None
        if split is not None:
            shaped.append((start, {ERROR: split}))
            continue
        # Periods are read as `update` reads them (2024年, 2024/6/30: engine.periods).
        shaped.append((start, _unit_joined(dict(zip(columns, cells, strict=False)))))
    return shaped


# The number a value cell opens with: 1250, 1,250.5, −3.5, 1.5e-05 (as a workbook's cell gives
# a small number); what follows it is the unit the value is written with, if any.
_NUMBER = re.compile(r"[+\-\u2212－]?[\d０-９][\d０-９,，.．]*(?:[eE][+-]?\d+)?")


def _unit_joined(row: dict[str, str]) -> dict[str, str]:
    """A unit column (单位, as statistical tables have one) joined to its row's value: 1250 and
    亿元 are read as 1250亿元. A value written with a unit of its own keeps it when the column
    says the same, and is an error when it says another; one that is no number (—) is left for
    the value's own message."""
    unit = row.pop("unit", "").strip()
    value = row.get("value", "").strip()
    number = _NUMBER.match(value)
    if not unit or number is None:
        return row
    written = value[number.end() :].strip()
    if not written:
        return row | {"value": value + unit}
    if written == unit:
        return row
    return {ERROR: say(m.CSV_TWO_UNITS, value=shown(value), unit=shown(unit))}


# 1,250 written without quotes in a comma-separated row: "1" and "250" (or "250.5").
_GROUP_START = re.compile(r"\s*[+-]?\d{1,3}")
_GROUP_REST = re.compile(r"\d{3}(?:\.\d+)?\s*")


def _quoted_cells(line: str) -> list[bool]:
    """Whether each cell of a comma-separated row was written in quotes, as the csv module
    reads it: a quote opens a quoted cell only as its first character, ``""`` inside is a
    quote, and a comma or the end of the row follows the closing quote."""
    quoted: list[bool] = []
    index = 0
    while True:
        quoted.append(line.startswith('"', index))
        if quoted[-1]:
            index += 1
            while index < len(line):
                if line[index] == '"' and not line.startswith('"', index + 1):
                    break
                index += 2 if line[index] == '"' else 1
        index = line.find(",", index)
        if index < 0:
            return quoted
        index += 1


def _split_number(columns: list[str], cells: list[str], line: str) -> str | None:
    """Why a row whose value is one to three digits written unquoted right before an unquoted
    cell of three digits (the next column's) is refused: it is a number split by its
    thousands separator, which would be recorded as its first digits with the rest taken for
    a source or a note. ``line``: the row's text in the file, which shows the quotes."""
    at = columns.index("value") + 1
    if at >= len(cells) or not _GROUP_START.fullmatch(cells[at - 1]):
        return None
    if not _GROUP_REST.fullmatch(cells[at]):
        return None
    quoted = _quoted_cells(line)
    if at >= len(quoted) or quoted[at - 1] or quoted[at]:
        return None
    value, rest = cells[at - 1].strip(), cells[at].strip()
    joined = f"{value},{rest}"
    return say(
        m.CSV_SPLIT_NUMBER,
        value=shown(value),
        next=shown(rest),
        column=say(m.CSV_COLUMNS[columns[at]]),
        joined=joined,
        plain=joined.replace(",", ""),
        rest=rest,
    )


def read_rows(path: Path) -> list[Row]:
    """Rows of a CSV or .xlsx file with their line (or sheet row) number, header excluded."""
    name = str(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if path.suffix.lower() == ".toml" and path.is_file():  # actuals.toml, targets.toml
        raise InputFileError(name, say(m.IMPORT_IS_TOML))
    data = read_regular(path)
    if data is None:
        raise InputFileError(name, say(m.NO_SUCH_FILE))
    if data.startswith(b"PK\x03\x04"):  # a zip: a workbook saved under another name
        raise InputFileError(name, say(m.CSV_IS_WORKBOOK))
    if data.startswith(b"\xd0\xcf\x11\xe0"):  # the compound file of Excel 97-2003
        raise InputFileError(name, say(m.CSV_IS_OLD_EXCEL))
    text = decode(name, data)
    delimiter = choose_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    # strict: a stray or unclosed quote is an error, not a cell swallowing the lines after it
    line = 1  # where the row being read starts
    try:
        header = next(reader, None)
        columns = header_columns(name, header or [])
        rows: list[tuple[int, list[str]]] = []
        ends: dict[int, int] = {}  # line a row starts at -> the line after it
        line = reader.line_num + 1
        for cells in reader:
            start, line = line, reader.line_num + 1
            rows.append((start, cells))
            ends[start] = line
    except csv.Error as error:
        problem = str(error)
        if problem == "unexpected end of data":
            problem = say(m.CSV_UNCLOSED_QUOTE)
            if reader.line_num > line:
                problem = say(m.CSV_UNCLOSED_TO_END, problem=problem, line=line)
        elif (known := read_back(problem, m.CSV_MODULE_ERRORS)) is not None:
            problem = say(known[0], **known[1])
        where = say(m.LINE, line=line)
        raise InputFileError(name, say(m.CSV_INVALID, problem=problem), where) from None
    # The rows' text as the csv module read it, line by line: it shows which cells were quoted.
    lines = io.StringIO(text, newline="").readlines()

    def raw(start: int) -> str:
        return "".join(lines[start - 1 : ends[start] - 1])

    return shaped_rows(columns, rows, commas=delimiter == ",", raw=raw)


def _cell_text(value: object) -> str:
    """An .xlsx cell as the text a CSV export would hold."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return number_text(value)
    return str(value)


def _value_text(value: object, number_format: str | None, cell: str) -> str:
    """A cell of the value column as its number format shows it (4.3%, 44343.9亿元): see
    :mod:`cluster_cli.files.number_formats`; a format too odd to read is refused (ValueError
    naming the cell)."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        return _cell_text(value)  # text, dates and empty cells: as a CSV export has them
    try:
        return shown_figure(value, number_format)
    except OddFormat as error:
        column = say(m.CSV_COLUMNS["value"])
        raise ValueError(say(m.XLSX_CELL, column=column, cell=cell, problem=error)) from None


# The widest first sheet read: figures need three to five columns.
MAX_SHEET_COLUMNS = 64


def _read_xlsx(path: Path) -> list[Row]:
    """The first sheet of a workbook; row numbers are the sheet's."""
    name = str(path)
    data = read_regular(path)  # a missing file is said first: openpyxl would not help
    if data is None:
        raise InputFileError(name, say(m.NO_SUCH_FILE))
    try:
        import openpyxl
        from openpyxl.utils import get_column_letter
    except ImportError:
        raise InputFileError(name, say(m.XLSX_NEEDS_OPENPYXL)) from None
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # zipfile, XML and openpyxl's own errors: not a workbook
        # The library's words are English: in Chinese, what they come to.
        detail = str(error) if current() == "en" else say(m.XLSX_DAMAGED)
        raise InputFileError(name, say(m.XLSX_UNREADABLE, error=detail)) from None
    try:
        sheet = workbook.worksheets[0]
        width = sheet.max_column or 0
        if width > MAX_SHEET_COLUMNS:  # a stray cell at XFD1: rows of 16,384 cells
            raise InputFileError(name, say(m.XLSX_TOO_WIDE, columns=width, limit=MAX_SHEET_COLUMNS))
        # Row by row, empty rows left out as they come: a sheet whose last cell is row
        # 1,048,576 is read in a moment and held in no more memory than its figures.
        table: list[tuple[int, list[str]]] = []
        odd: dict[int, str] = {}  # sheet row -> its value cell's format, refused
        value_at = -1  # the value column: its cells are read as their number format shows
        cells = sheet.iter_rows(max_col=MAX_SHEET_COLUMNS)
        for number, row in enumerate(cells, start=1):
            texts = [_cell_text(cell.value) for cell in row]
            if number == 1:
                value_at = next((i for i, t in enumerate(texts) if column_name(t) == "value"), -1)
            elif 0 <= value_at < len(row) and row[value_at].value is not None:
                cell = row[value_at]
                where = f"{get_column_letter(value_at + 1)}{number}"
                try:
                    texts[value_at] = _value_text(cell.value, cell.number_format, where)
                except ValueError as error:
                    odd[number] = str(error)
            if number == 1 or any(texts):
                table.append((number, texts))
    finally:
        workbook.close()
    header = table[0][1] if table else []
    if len(table) < 2 and not any(cell.strip() for cell in header):
        raise InputFileError(name, say(m.XLSX_FIRST_SHEET_EMPTY, header=say(m.CSV_HEADER_HELP)))
    columns = header_columns(name, header)
    odd.update(_unsaved_formulas(data, columns, table[1:]))
    rows = shaped_rows(columns, table[1:])
    return [(number, {ERROR: odd[number]} if number in odd else row) for number, row in rows]


# A formula in a sheet's XML: <f>…</f>, or a shared one <f t="shared" si="0"/>, perhaps with a
# namespace prefix.
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")


def _has_formulas(data: bytes) -> bool:
    """Whether any sheet of the workbook ``data`` holds a formula (its XML, not parsed)."""
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as book:
        return any(
            _FORMULA.search(book.read(name))
            for name in book.namelist()
            if name.startswith("xl/worksheets/") and name.endswith(".xml")
        )


def _unsaved_formulas(
    data: bytes, columns: list[str], table: list[tuple[int, list[str]]]
) -> dict[int, str]:
    """Rows with a formula whose result the workbook does not hold (written by a program and
    never opened in Excel or WPS): read as empty, a figure or its source would be lost without
    a word. Only a workbook with empty cells and formulas in its sheets is read again, for its
    formulas: most have empty notes, few have formulas."""
    import openpyxl
    from openpyxl.utils import get_column_letter

    empty = {
        (number, index)
        for number, texts in table
        for index in range(len(columns))
        if columns[index] and (index >= len(texts) or not texts[index].strip())
    }
    if not empty or not _has_formulas(data):
        return {}
    last = max(number for number, _ in empty)
    workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    found: dict[int, str] = {}
    try:
        sheet = workbook.worksheets[0]
        cells = sheet.iter_rows(max_row=last, max_col=len(columns))
        for number, row in enumerate(cells, start=1):
            for index, cell in enumerate(row):
                formula = isinstance(cell.value, str) and cell.value.startswith("=")
                if formula and (number, index) in empty and number not in found:
                    where = f"{get_column_letter(index + 1)}{number}"
                    column = say(m.CSV_COLUMNS[columns[index]])
                    problem = say(m.XLSX_FORMULA_UNSAVED, formula=cell.value[:40])
                    found[number] = say(m.XLSX_CELL, column=column, cell=where, problem=problem)
    finally:
        workbook.close()
    return found
