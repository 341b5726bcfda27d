"""The ledger's line format: writing a record line, THE parser of one line, and THE check of
a record, shared by every way the ledger is read (whole, by its edges, by one goal's lines).

A record line is ``ID = { target = "...", period = "...", value = ..., unit = "...",
recorded_at = "...", ... }``. Lines in exactly the shape :func:`format_record` writes, with
values the check would accept, match :data:`FAST_LINE_SOURCE` and are read without tomllib
(far too slow for 100,000 records); any other line goes through tomllib and the same check.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from pathlib import Path
from typing import Any

from cluster_cli.engine.records import Record
from cluster_cli.engine.units import MAX_FIGURE
from cluster_cli.errors import InputFileError
from cluster_cli.i18n import messages as m
from cluster_cli.i18n import say
from cluster_cli.text import clean, shown

VERSION = 1

HEADER = """\
# cluster-cli 台账：经 `cluster-cli update` 与 `cluster-cli import` 记录的数值。
# 每条记录一行，追加在末尾，从不改写：更正即为同一目标、同一期别的新记录（以最新者为准），
# `cluster-cli undo` 则追加一条撤销记录。详见 docs/ledger.md。
#
# 用 git 保存此文件时，请在 .gitattributes 中写入 `actuals.toml merge=union` 一行。
#
# cluster-cli ledger of actuals: the figures recorded with `cluster-cli update` and
# `cluster-cli import`. One line per record, appended at the end, never rewritten:
# a correction is a new record for the same goal and period (the latest one counts), and
# `cluster-cli undo` appends a retraction. See docs/ledger.md.
#
# Keep this file in git with the line `actuals.toml merge=union` in .gitattributes.

version = 1

[records]
"""

# Keys of a record, in the order they are written. Optional ones are left out when empty.
KEY_ORDER = ("target", "period", "value", "unit", "recorded_at", "source", "note", "retracts")
_REQUIRED = ("target", "period", "unit", "recorded_at")

ID = r"[0-9A-Za-z_-]+"
_STR = r'"([^"\\\x00-\x08\x0a-\x1f\x7f]*)"'
# At most 15 digits before the point, and only a negative exponent (0.00001 is written 1e-05):
# every figure `repr` writes below 1e15, the largest taken (MAX_FIGURE); others, 1e15 itself
# or a hand-written 1e10, take the per-line parser.
_NUM = r"(-?(?:0|[1-9][0-9]{0,14})(?:\.[0-9]+)?(?:[eE]-[0-9]{1,2})?)"
# Real calendar days only, 29 February of leap years included; year 0000 is no date.
_LEAP_YEAR = r"(?:\d\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)"
_DAY = (
    r"(?!0000)(?:\d{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)"
    rf"|(?:0[13578]|1[02])-31)|{_LEAP_YEAR}-02-29)"
)
_TIME = r"(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?Z"
FAST_LINE_SOURCE = (
    rf'^({ID}) = \{{ target = "([^"\\\x00-\x1f\x7f]+)", '
    rf'period = "(\d{{4}}|(?!9999-){_DAY})", '  # a date's position needs the next year
    rf"(?:value = {_NUM}, )?unit = {_STR}, "
    rf'recorded_at = "({_DAY}T{_TIME})"'
    rf"(?:, source = {_STR})?(?:, note = {_STR})?(?:, retracts = {_STR})? \}}$"
)


@cache
def fast_line() -> re.Pattern[str]:
    """One pattern for a single line and for a whole ledger, compiled on first use: compiling
    takes milliseconds, which a command that reads no ledger need not spend."""
    # ASCII: \d is 0-9 only, as in TOML and in the record check (٢٠٢٤ is no year here).
    return re.compile(FAST_LINE_SOURCE, re.MULTILINE | re.ASCII)


# Patterns below are strings: `re` compiles each on first use, which most runs never make.
# ASCII digits only (\d would take ٢٠٢٤), and \Z: $ would let a final newline through (a
# period's shape is the engine's rule: engine.periods.period_shape_problem).
_TIMESTAMP = r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?Z\Z"
_TOML_PLACE = r" ?\(at line (\d+), column (\d+)\)"
STRUCTURE_LINES = frozenset({"version = 1", "[records]"})
# A comment holding a control character but tab, which TOML refuses; a record line that holds
# one is refused anyway. Starts with a literal, so a whole ledger is searched at C speed.
COMMENT_CONTROL = r"#[^\n]*[\x00-\x08\x0b-\x1f\x7f]"
CONFLICT_MARKERS = ("<<<<<<<", "=======", ">>>>>>>", "|||||||")
_RECORD_LINE = rf"^\s*\"?({ID})\"?\s*=\s*\{{"
_TABLE_SHAPE = "{ target = ..., ... }"  # what a record is, in messages


# ---------------------------------------------------------------- writing


# Characters TOML lets a string hold raw that editors and str.splitlines take for line breaks:
# written as escapes, so that each record is one line for every tool.
_BREAKS_RAW = "[\x85\u2028\u2029]"


def _toml_value(key: str, value: Any) -> str:
    import tomli_w  # only writing needs it

    text = tomli_w.dumps({key: value}).rstrip("\n")
    if isinstance(value, str) and re.search(_BREAKS_RAW, text):
        text = re.sub(_BREAKS_RAW, lambda found: f"\\u{ord(found.group()):04x}", text)
    return text


def record_fields(record: Record) -> dict[str, Any]:
    """A record's fields but its id, in KEY_ORDER, empty ones included (None or "").

    The one mapping from a Record to its keys: ledger lines and ``log --json`` both use it.
    """
    return {key: getattr(record, _FIELD_OF.get(key, key)) for key in KEY_ORDER}


# The file's key for the goal is "target", as in every ledger written so far.
_FIELD_OF = {"target": "goal_id"}


def format_record(record: Record) -> str:
    """One ledger line for ``record``, newline included. Strings are escaped by tomli-w."""
    parts = []
    for key, value in record_fields(record).items():
        if value is None or (key in ("source", "note") and value == ""):
            continue
        parts.append(_toml_value(key, value))
    return f"{record.id} = {{ {', '.join(parts)} }}\n"


# ---------------------------------------------------------------- messages


def preview(text: str, limit: int = 120) -> str:
    return f"'{clean(text if len(text) <= limit else text[:limit] + '...')}'"


def bad(path: Path, line: int, problem: str) -> InputFileError:
    return InputFileError(str(path), problem, say(m.LINE, line=line) if line else None)


def toml_message(text: str, document: str | None = None) -> str:
    from cluster_cli.files.toml import toml_message as worded  # an error's cost only

    return worded(text, document)


def toml_error(
    path: Path, error: Exception, line_offset: int = 0, document: str | None = None
) -> InputFileError:
    """tomllib's message with its place moved to the front: ``FILE: line 3, column 9: ...``;
    at the end of ``document``, the line where what was left open begins."""
    found = re.search(_TOML_PLACE, str(error))
    if found is None:  # at the end of the document
        message = toml_message(str(error), document)
    else:
        message = toml_message(re.sub(_TOML_PLACE, "", str(error)))
    if path.suffix.lower() in _SPREADSHEETS:  # `-l figures.csv`: what is meant is an import
        message += say(m.LEDGER_IS_SPREADSHEET, path=path)
    if found is None:
        return InputFileError(str(path), say(m.INVALID_TOML, message=message))
    where = say(m.LINE_COLUMN, line=int(found[1]) + line_offset, column=found[2])
    return InputFileError(str(path), say(m.INVALID_TOML, message=message), where)


_SPREADSHEETS = frozenset({".csv", ".tsv", ".xlsx", ".xlsm", ".xls"})


def conflict_error(path: Path, line: int) -> InputFileError:
    return bad(path, line, say(m.LEDGER_CONFLICT))


def duplicate_error(path: Path, line: int, key: str, first: int) -> InputFileError:
    return bad(path, line, say(m.DUPLICATE_RECORD, id=key, first=first))


def outside_records_error(path: Path, line: int, text: str, *, writing: bool) -> InputFileError:
    changed = say(m.AND_NOTHING_CHANGED) if writing else ""
    problem = say(m.BEFORE_RECORDS, line=preview(text.strip(), 60), changed=changed)
    return bad(path, line, problem)


def split_lines(text: str) -> list[str]:
    """The lines of a ledger as TOML counts them: a line ends at \\n (or \\r\\n) only. A line or
    paragraph separator inside a string is text (str.splitlines would end the line there)."""
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()  # the text ends with its last line's \n
    return [line[:-1] if line.endswith("\r") else line for line in lines]


def is_conflict_marker(line: str) -> bool:
    return line.startswith(CONFLICT_MARKERS)


def looks_like_record(line: str) -> bool:
    return re.match(_RECORD_LINE, line) is not None


# Where a record starts: `ID = {`, `"ID" = {`, `ID.target = ...` or a table `[records.ID]`.
_RECORD_START = rf"[ \t]*(?:\[[ \t]*records[ \t]*\.[ \t]*)?[\"']?({ID})[\"']?[ \t]*[=.\]]"


def record_lines(text: str, ids: set[str]) -> dict[str, int]:
    """The line (from 1) on which each of ``ids`` starts in the ledger ``text``, for messages
    about a record as a whole (what ``check`` finds in it), which name its place as the parser's
    do. An id not found is left out."""
    found: dict[str, int] = {}
    for number, line in enumerate(split_lines(text), start=1):
        start = re.match(_RECORD_START, line)
        if start is not None and start.group(1) in ids:
            found.setdefault(start.group(1), number)
    return found


# ---------------------------------------------------------------- THE check of a record


def _period_problem(period: str) -> str | None:
    from cluster_cli.engine.periods import period_shape_problem

    found = period_shape_problem(period)
    return None if found is None else say(found[0], **dict(found[1]))


def _timestamp_problem(stamp: str) -> str | None:
    shape = re.match(_TIMESTAMP, stamp) is not None
    if shape:
        try:
            dt.datetime.fromisoformat(stamp)
        except ValueError:
            shape = False
    if shape:
        return None
    return say(m.RECORDED_AT_NOT_UTC, stamp=shown(stamp))


def record_problem(record: Record) -> str | None:
    """What is wrong with a record read from a ledger, or None: the one check every reader
    applies, whichever parser read the line."""
    problem = (
        _value_problem(record)
        or _period_problem(record.period)
        or _timestamp_problem(record.recorded_at)
    )
    return say(m.RECORD_PROBLEM, id=record.id, problem=problem) if problem else None


def _value_problem(record: Record) -> str | None:
    if not record.goal_id:
        return say(m.TARGET_EMPTY)
    if record.value is not None:
        if record.value != record.value or record.value in (float("inf"), float("-inf")):
            return say(m.VALUE_NOT_FINITE)
        if abs(record.value) > MAX_FIGURE:
            return say(m.VALUE_TOO_LARGE, limit="1e15")
        if record.retracts is not None:
            return say(m.RETRACTION_WITH_VALUE)
    elif record.retracts is None:
        return say(m.KEY_MISSING, key="value")
    return None


def checked(path: Path, line: int, record: Record) -> Record:
    problem = record_problem(record)
    if problem is not None:
        raise bad(path, line, problem)
    return record


# ---------------------------------------------------------------- THE parser of one line


def record_from_match(match: re.Match[str]) -> Record:
    key, target, period, value, unit, recorded_at, source, note, retracts = match.groups()
    return Record(
        id=key,
        goal_id=target,
        value=None if value is None else float(value),
        unit=unit,
        period=period,
        recorded_at=recorded_at,
        source=source or "",
        note=note or "",
        retracts=retracts,
    )


def record_from_table(path: Path, line: int, key: str, table: Any) -> Record:
    """Build a checked Record from one table tomllib parsed."""
    if not isinstance(table, dict):
        raise bad(path, line, say(m.RECORD_NOT_TABLE, id=key, shape=_TABLE_SHAPE))

    def refused(problem: str) -> InputFileError:
        return bad(path, line, say(m.RECORD_PROBLEM, id=key, problem=problem))

    unknown = sorted(set(table) - set(KEY_ORDER))
    if unknown:
        raise refused(say(m.UNKNOWN_RECORD_KEYS, keys=", ".join(unknown)))
    for name in _REQUIRED:
        if name not in table:
            raise refused(say(m.KEY_MISSING, key=name))
    for name in (*_REQUIRED, "source", "note", "retracts"):
        if name in table and not isinstance(table[name], str):
            raise refused(say(m.NOT_A_STRING, key=name))
    value = table.get("value")
    if value is not None:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise refused(say(m.VALUE_NOT_NUMBER))
        try:
            value = float(value)
        except OverflowError:  # an integer past any float (0xfff...: hundreds of digits)
            raise refused(say(m.VALUE_TOO_LARGE, limit="1e15")) from None
    record = Record(
        id=key,
        goal_id=table["target"],
        value=value,
        unit=table["unit"],
        period=table["period"],
        recorded_at=table["recorded_at"],
        source=table.get("source", ""),
        note=table.get("note", ""),
        retracts=table.get("retracts"),
    )
    return checked(path, line, record)


def parse_line(path: Path, number: int, line: str) -> Record | None:
    """THE parser of one ledger line: a checked record, or None for a blank or comment line.
    Errors name the file, ``number`` (the line's number in the file) and the column."""
    match = fast_line().match(line)
    if match is not None:
        return checked(path, number, record_from_match(match))
    stripped = line.strip()
    if (not stripped or stripped.startswith("#")) and re.search(COMMENT_CONTROL, line) is None:
        return None  # a blank line or a comment (one holding a control character: tomllib says)
    if is_conflict_marker(stripped):
        raise conflict_error(path, number)
    from cluster_cli.files.toml import TomlError, load_toml  # unusual lines only

    try:
        table = load_toml("[records]\n" + line).get("records", {})
    except TomlError as error:
        if re.search(_TOML_PLACE, str(error)) is None:  # the line ended with something open
            text = re.sub(r" \(at end of document\)\Z", "", str(error))  # of this line, here
            invalid = say(m.INVALID_TOML, message=toml_message(text))
            raise bad(path, number, invalid) from None
        raise toml_error(path, error, number - 2) from None
    if not isinstance(table, dict) or len(table) != 1:
        raise bad(path, number, say(m.NOT_A_RECORD_LINE, shape=f"`ID = {_TABLE_SHAPE}`"))
    ((key, value),) = table.items()
    return record_from_table(path, number, key, value)


# ---------------------------------------------------------------- torn tails


def line_is_complete(line: str) -> bool:
    """Whether a final line without newline is whole rather than torn: it parses, or it ends
    on a brace with its mistake inside the line. A line typed by hand (editors leave no final
    newline) and mistyped (``value = 1,600.0 }``) is whole and wrong, for the line parser to say
    so; a write cut short leaves something open at the end of the line, a string or the record."""
    stripped = line.strip()
    if not stripped or stripped.startswith("#") or stripped in STRUCTURE_LINES:
        return True
    if fast_line().match(stripped):
        return True
    import tomllib  # unusual lines only: the fast pattern reads what `append` writes

    try:
        data = tomllib.loads("[records]\n" + line)
    except tomllib.TOMLDecodeError as error:
        # Mistyped within the line, and closed: whole. Left open at its end (a string, the
        # table: `note = "see {table 3}` cut after its brace): torn.
        return stripped.endswith("}") and not str(error).endswith("(at end of document)")
    except (ValueError, RecursionError):  # a limit of Python's (load_toml), met before any
        return True  # cut: whole, and the line parser says what is wrong with it
    return bool(data.get("records"))


def tail_is_complete(last: bytes) -> bool:
    """Whether a last line without newline is whole: it decodes, and it parses."""
    try:
        text = last.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return line_is_complete(text.removeprefix("\ufeff"))


def split_torn_tail(data: bytes) -> tuple[bytes, bytes]:
    """``(whole, torn)``: a final line with no newline that does not parse is torn, after the
    lines before it (an append always follows the header's).

    Split on bytes, before decoding: a write cut inside a multi-byte character (Chinese text
    takes 3 bytes a character) leaves a last line that is not valid UTF-8, and that line alone
    is torn; the whole lines before it are decoded as usual.
    """
    if not data or data.endswith(b"\n"):
        return data, b""
    start = data.rfind(b"\n") + 1
    if start == 0:  # one line, no header before it: no ledger cluster-cli appended to
        return data, b""
    last = data[start:]
    if tail_is_complete(last):
        return data, b""
    return data[:start], last


def torn_preview(torn: bytes) -> str:
    """The torn line in full, as far as a record's line goes: what is removed stays on the
    screen, to be typed again if it was not a write cut short."""
    return preview(torn.decode("utf-8", errors="replace"), limit=_TORN_SHOWN)


_TORN_SHOWN = 2000  # characters: a record's line is some hundreds
