"""Reading the ledger: whole (every reading command, ``check``), or by its edges and one goal's
lines (``update`` on a large ledger). Every record goes through the one line parser and the one
check of :mod:`cluster_cli.files.ledger.lines`, so a line refused by one reader is refused,
with the same message, by all of them, at every size."""

from __future__ import annotations

import mmap
import operator
import re
from functools import partial
from pathlib import Path

from cluster_cli.engine.records import Record
from cluster_cli.engine.units import MAX_FIGURE
from cluster_cli.errors import InputFileError, os_reason
from cluster_cli.files.ledger.lines import (
    COMMENT_CONTROL,
    ID,
    VERSION,
    conflict_error,
    duplicate_error,
    fast_line,
    is_conflict_marker,
    looks_like_record,
    outside_records_error,
    parse_line,
    record_from_table,
    split_lines,
    split_torn_tail,
    toml_error,
    torn_preview,
)
from cluster_cli.files.lock import being_written
from cluster_cli.files.regular import read_regular
from cluster_cli.files.toml import TomlError, load_toml
from cluster_cli.i18n import messages as m
from cluster_cli.i18n import say
from cluster_cli.text import clean, shown

# What `update` checks of a large ledger: its first and last EDGE_WINDOW bytes, every line of
# the goal it records, and conflict markers anywhere. Smaller ledgers are loaded whole.
EDGE_WINDOW = 64 * 1024
_RECORDS_LINE = re.compile(rb"^\[records\][ \t]*(?=\r?\n)", re.M)
_CONFLICT_BYTES = (b"\n<<<<<<<", b"\n=======", b"\n>>>>>>>", b"\n|||||||")
# Patterns are strings, as in lines.py: `re` compiles each on first use, which a command that
# reads no ledger never makes.
_QUIET_HEAD_LINE = r"[ \t]*(?:#[^\n]*)?"
_TABLE_FIRST = r"[ \t]*\["
_TABLE_LINE = r"\n[ \t]*\["


def _reads_as_document(body: str) -> bool:
    """Whether :func:`parse_text` reads the file as one TOML document (a table, a string over
    several lines), whose rules then decide: so does this reader, by leaving it to that one."""
    if '"""' in body or "'''" in body:
        return True
    # Most ledgers hold no "[" at all: the line-start search is made only when one does.
    return "[" in body and (
        re.match(_TABLE_FIRST, body) is not None or re.search(_TABLE_LINE, body) is not None
    )


# What other tools take for line breaks (CR, and what str.splitlines splits at): a file holding
# any is read line by line, where only \n ends a line, as in TOML. Then a blank or comment line
# (after a \n: a pattern that starts with a literal is found at C speed, one anchored at ^ is
# tried at every character).
_ODD_BREAKS = "\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
_QUIET_AFTER = r"\n(?=[ \t]*(?:#|\n|\Z))"
_QUIET_FIRST = r"[ \t]*(?:#|\n|\Z)"


class LoadedLedger:
    """The records of a ledger, and what was noticed reading it."""

    # A plain class: a dataclass costs a millisecond of start-up, paid by every command.
    __slots__ = ("path", "records", "torn_tail", "warnings")

    def __init__(self, path: Path, records: list[Record]) -> None:
        self.path = path
        self.records = records
        self.warnings: list[str] = []
        self.torn_tail = False  # the last line was cut off by an interrupted write


def decode(path: Path, data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        problem = say(m.LEDGER_NOT_UTF8, byte=error.start + 1)
        raise InputFileError(str(path), problem, say(m.LINE, line=line)) from None


def _placed(path: Path, line: int, message: str) -> str:
    """``FILE: line N: message``, the place written as errors write it."""
    place = say(m.PLACE, path=path, where=say(m.LINE, line=line))
    return say(m.PROBLEM_AT, place=place, problem=message)


def load(path: Path) -> LoadedLedger:
    """Read every record. A missing file is an empty ledger; a torn tail is a warning."""
    data = read_regular(path, m.A_LEDGER_FILE)
    if data is None:
        return LoadedLedger(path, [])
    return load_data(path, data)


def load_data(path: Path, data: bytes) -> LoadedLedger:
    whole_bytes, torn = split_torn_tail(data)
    whole = decode(path, whole_bytes).removeprefix("\ufeff")
    loaded = LoadedLedger(path, [])
    if torn:
        line = whole_bytes.count(b"\n") + 1
        loaded.torn_tail = True
        if not being_written(path):  # else another cluster-cli is appending that line now
            torn_tail = say(m.TORN_TAIL, preview=torn_preview(torn))
            loaded.warnings.append(_placed(path, line, torn_tail))
    records = parse_fast(whole)
    loaded.records = records if records is not None else parse_text(path, whole)
    return loaded


def parse_fast(text: str) -> list[Record] | None:
    """For files in exactly the shape written here: one regular-expression scan over all the
    record lines (a C loop, not a Python one per line); None if anything needs a closer look,
    which :func:`parse_text` gives it, naming the line."""
    if any(c in text for c in _ODD_BREAKS):
        return None  # what may look like a line break: the line-by-line reader decides
    head, marker, body = text.partition("\n[records]\n")
    if not marker:
        head, marker, body = text.partition("[records]\n")
        if not marker or head:
            return None
    # Above [records], what tomllib would accept of the shape written here: blank lines of
    # spaces and tabs, comments (without control characters, as in the whole file), one
    # `version = 1`.
    versions = 0
    for line in head.split("\n"):
        if line.strip(" \t") == "version = 1":
            versions += 1
        elif re.fullmatch(_QUIET_HEAD_LINE, line) is None:
            return None
    if versions > 1 or re.search(COMMENT_CONTROL, text) or _reads_as_document(body):
        return None
    found = fast_line().findall(body)
    # Lines that are neither blank nor a comment, counted without splitting the text: a
    # line blank by another whitespace (U+3000) is counted here and sends the file below.
    # The text after the last \n is a line too: an empty one, quiet, when the text ends there.
    quiet = len(re.findall(_QUIET_AFTER, body)) + (re.match(_QUIET_FIRST, body) is not None)
    lines = body.count("\n") + 1 - quiet
    if len(found) != lines:
        return None  # a line of another shape
    new = tuple.__new__  # skips the named tuple's own __new__, a Python call per record
    records = [
        new(
            Record,
            (
                key,
                goal_id,
                float(value) if value else None,
                unit,
                period,
                recorded_at,
                source,
                note,
                retracts or None,
            ),
        )
        for key, goal_id, period, value, unit, recorded_at, source, note, retracts in found
    ]
    # The checks the pattern cannot make, as C loops (map, count) over 100,000 records.
    if len(set(map(operator.itemgetter(0), records))) != len(records):
        return None  # a duplicate id
    values = list(map(operator.attrgetter("value"), records))
    retracts = list(map(operator.attrgetter("retracts"), records))
    if any(map(operator.is_, values, retracts)) or (
        values.count(None) + retracts.count(None) != len(records)
    ):
        return None  # a record with neither a value nor `retracts`, or with both
    sizes = list(map(abs, filter(partial(operator.is_not, None), values)))
    if sizes and max(sizes) > MAX_FIGURE:
        return None  # a figure past what is taken: the line reader names its line
    return records


# A record's key written with a dot (01J...ABC.target = "ic-scale"), one key a line.
_DOTTED_KEY = re.compile(r"\s*[A-Za-z0-9_-]+\s*\.")


def parse_text(path: Path, text: str) -> list[Record]:
    """Every record of a ledger that :func:`parse_fast` did not take, with the first problem
    reported by file and line. Record lines are read one by one with the one line parser;
    a file holding other TOML (``[records.ID]`` tables) is read whole by tomllib."""
    lines = split_lines(text)
    records_at = None
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if is_conflict_marker(stripped):
            raise conflict_error(path, number)
        if records_at is None:
            if stripped == "[records]":
                records_at = number
            elif looks_like_record(line):
                _check_head(path, "\n".join(lines[: number - 1]) + "\n")  # a TOML error first
                raise outside_records_error(path, number, line, writing=False)
    if records_at is None:
        return _parse_document(path, text)
    body = lines[records_at:]
    head = lines[: records_at - 1]
    if any(line.lstrip().startswith("[") for line in head) or any(
        line.lstrip().startswith("[") or '"""' in line or "'''" in line or _DOTTED_KEY.match(line)
        for line in body
    ):
        # Tables (a record's, even above), strings over several lines, a record written
        # key by key (ID.target = ...): TOML of more than one line each, read whole.
        return _parse_document(path, text)
    _check_head(path, "\n".join(lines[: records_at - 1]) + "\n")
    return parse_lines(path, body, records_at + 1, unique=True)


def parse_lines(
    path: Path, lines: list[str], first_line: int, *, unique: bool = False
) -> list[Record]:
    """Records of ``lines``, the first being line ``first_line`` of the file. ``unique``:
    refuse an id seen twice, naming both lines."""
    records = []
    seen: dict[str, int] = {}
    for number, line in enumerate(lines, start=first_line):
        record = parse_line(path, number, line)
        if record is None:
            continue
        if unique:
            first = seen.setdefault(record.id, number)
            if first != number:
                raise duplicate_error(path, number, record.id, first)
        records.append(record)
    return records


def _check_head(path: Path, head: str) -> None:
    """The lines above ``[records]``: comments and ``version = 1``, nothing else."""
    try:
        data = load_toml(head)
    except TomlError as error:
        raise toml_error(path, error, document=head) from None
    _check_top_level(path, data)


def _check_top_level(path: Path, data: dict[str, object]) -> None:
    unknown = sorted(set(data) - {"version", "records"})
    if "targets" in unknown:  # a registry given as the ledger: said as such
        raise InputFileError(str(path), say(m.LEDGER_IS_A_REGISTRY))
    if unknown:
        raise InputFileError(str(path), say(m.LEDGER_UNKNOWN_KEYS, keys=", ".join(unknown)))
    version = data.get("version", VERSION)
    if type(version) is not int:  # "1", 1.0 and true are no version number
        if isinstance(version, str):
            written = shown(version)
        elif isinstance(version, bool):
            written = "true" if version else "false"
        else:
            written = clean(str(version))
        problem = say(m.LEDGER_VERSION_TYPE, version=written, supported=VERSION)
        raise InputFileError(str(path), problem)
    if version != VERSION:
        problem = say(m.LEDGER_VERSION, version=version, supported=VERSION)
        raise InputFileError(str(path), problem)


def _parse_document(path: Path, text: str) -> list[Record]:
    try:
        data = load_toml(text)
    except TomlError as error:
        raise toml_error(path, error, document=text) from None
    _check_top_level(path, data)
    table = data.get("records", {})
    if not isinstance(table, dict):
        raise InputFileError(str(path), say(m.RECORDS_NOT_TABLE))
    lines = _key_lines(text)
    return [record_from_table(path, lines.get(key, 0), key, value) for key, value in table.items()]


def _key_lines(text: str) -> dict[str, int]:
    """Line number of each record key, for error messages."""
    found: dict[str, int] = {}
    pattern = re.compile(rf"^\s*(?:\[records\.)?\"?({ID})\"?\s*[=\]]")
    for number, line in enumerate(split_lines(text), start=1):
        match = pattern.match(line)
        if match:
            found.setdefault(match[1], number)
    return found


# ---------------------------------------------------------------- update's reading


def load_for_update(path: Path, target: str) -> LoadedLedger:
    """The records of one goal, checking the ledger at a cost that barely grows with its size.

    ``update`` must not parse a ledger of 100,000 records to append one, yet must refuse a
    ledger that is broken where it writes. A ledger up to 2 x EDGE_WINDOW bytes is loaded and
    checked whole; a larger one has its header, its tail and the goal's own lines parsed, and
    is searched for git conflict markers (byte searches, not parsing). ``check`` and every
    reading command still parse all of it.
    """
    import os
    import stat

    try:
        info = os.stat(path)
    except FileNotFoundError:
        return LoadedLedger(path, [])
    except OSError:
        info = None  # let the read below report it
    if info is None or not stat.S_ISREG(info.st_mode) or info.st_size <= 2 * EDGE_WINDOW:
        data = read_regular(path, m.A_LEDGER_FILE)
        if data is None:
            return LoadedLedger(path, [])
        loaded = load_data(path, data)
        loaded.records = [r for r in loaded.records if r.goal_id == target]
        return loaded
    # A large ledger is searched in place (mapped, not copied into memory).
    try:
        with (
            path.open("rb") as handle,
            mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as view,
        ):
            return _load_large_for_update(path, view, target)
    except OSError as error:
        reason = os_reason(error)
        raise InputFileError(str(path), say(m.CANNOT_BE_READ, reason=reason)) from None


def _load_large_for_update(path: Path, data: mmap.mmap, target: str) -> LoadedLedger:
    for marker in _CONFLICT_BYTES:
        at = data.find(marker)
        if at >= 0:
            raise conflict_error(path, data[:at].count(b"\n") + 2)
    head_end = data.rfind(b"\n", 0, EDGE_WINDOW) + 1
    records = _RECORDS_LINE.search(data)
    if records is not None and records.end() > head_end:  # comments run past the window
        head_end = data.find(b"\n", records.end()) + 1
    body_start = records.end() if records is not None else 0  # after the [records] line
    head = decode(path, data[:head_end]).removeprefix("\ufeff")
    if parse_fast(head) is None:
        parse_text(path, head)  # raises with the line and column
    tail_start = data.find(b"\n", len(data) - EDGE_WINDOW) + 1
    if tail_start == 0:  # the last line alone is longer than the window: it starts before it
        tail_start = data.rfind(b"\n") + 1
    tail_start = max(tail_start, head_end)  # the tail holds record lines only
    whole_bytes, torn = split_torn_tail(data[tail_start:])
    whole = decode(path, whole_bytes)

    def first_line() -> int:  # counted only for a message: a count is a pass over the file
        return data[:tail_start].count(b"\n") + 1

    try:
        parse_lines(path, split_lines(whole), 1)
    except InputFileError:  # a broken line, or a record over several lines: read it all
        return _whole_for_update(path, data, target)
    found = _target_records(path, data, target, body_start)
    if found is None:
        return _whole_for_update(path, data, target)
    loaded = LoadedLedger(path, found)
    if torn:
        loaded.torn_tail = True
        torn_tail = say(m.TORN_TAIL_NOW, preview=torn_preview(torn))
        loaded.warnings.append(_placed(path, first_line() + whole.count("\n"), torn_tail))
    return loaded


def _whole_for_update(path: Path, data: mmap.mmap, target: str) -> LoadedLedger:
    """A ledger with a line the fast reading cannot take (a broken one, or a record over
    several lines: a table, a key with a dot, a string of several lines): read whole, as
    ``check`` reads it, which gathers such records or names the line that is wrong."""
    loaded = load_data(path, bytes(data))
    loaded.records = [r for r in loaded.records if r.goal_id == target]
    return loaded


def _target_records(
    path: Path, data: bytes | mmap.mmap, target: str, body_start: int
) -> list[Record] | None:
    """Parse only the lines that can record ``target``: those holding its id, found by a byte
    search (however the line quotes it: "ic-scale", 'ic-scale'). None when one of them is not
    a record line (a table's ``target = …``, a key with a dot, a broken line): the whole file
    decides."""
    needle = target.encode()
    records: list[Record] = []
    at = data.find(needle, body_start)
    while at >= 0:
        start = data.rfind(b"\n", 0, at) + 1
        end = data.find(b"\n", at)
        if end < 0:
            break  # a last line without newline: `append` keeps or removes it
        # A string of several lines can hold what looks like a record line, which is none:
        # one opened shortly before (cluster-cli never writes one) sends the file to be read
        # whole. (Searched near each line, not in the whole file: two passes over 10 MB.)
        near = max(body_start, start - EDGE_WINDOW)
        if data.rfind(b'"""', near, end) >= 0 or data.rfind(b"'''", near, end) >= 0:
            return None
        line = decode(path, data[start:end])
        try:
            record = parse_line(path, 0, line)
        except InputFileError:
            return None
        if record is not None and record.goal_id == target:
            records.append(record)
        at = data.find(needle, end)
    return records
