"""The ledger of actuals (actuals.toml): an append-only TOML file of recorded figures.

Pure I/O: no Typer, no Rich. See docs/ledger.md for the format and its guarantees.

The file is a comment header, ``version = 1``, a ``[records]`` table, then one line per
record, keyed by the record's id::

    01JB7Q6M0S6T3V6D9K2XGQ0J8H = { target = "ic-scale", period = "2023", value = 1250.0, ... }

One line per record (not one ``[[record]]`` block of several lines) because ``git merge`` with
``merge=union`` keeps whole *lines*: lines shared by two blocks (``unit = "亿元"``) would be
emitted once and the blocks spliced together. Every record line is unique (it starts with the
id), so a union merge keeps every record whole.

One record is appended in place; a write cut short by a crash leaves a final line without its
newline that does not parse or does not decode: a torn tail, detected on bytes and set aside.
Several records at once (an import) replace the file with a fsynced copy that ends with them,
so that readers see all of them or none.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import mmap
import os
import re
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from cluster_cli.engine.records import Record
from cluster_cli.errors import InputFileError, LockTimeoutError, ValueInputError, WriteError
from cluster_cli.files.atomic import replace_atomically
from cluster_cli.text import clean

if TYPE_CHECKING:
    from cluster_cli.files.registry import RegistryLocation

ENV_LEDGER = "CLUSTER_CLI_LEDGER"
ENV_LOCK_TIMEOUT = "CLUSTER_CLI_LOCK_TIMEOUT"
# Test-only: seconds to sleep between small chunks of an append, so that a test can kill a
# process in the middle of a write. Never set it for real use.
ENV_TEST_SLOW_WRITE = "CLUSTER_CLI_TEST_SLOW_WRITE"
DEFAULT_NAME = "actuals.toml"
DEFAULT_LOCK_TIMEOUT = 10.0
TAIL_WINDOW = 64 * 1024
VERSION = 1

HEADER = """\
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

_ID = r"[0-9A-Za-z_-]+"
_STR = r'"([^"\\\x00-\x08\x0a-\x1f\x7f]*)"'
_NUM = r"(-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?)"
# The exact shape `append` writes, with no escapes in strings: parsed without tomllib, which
# is far too slow for 100,000 records. Anything else goes through tomllib.
_FAST_LINE_SOURCE = (
    rf'^({_ID}) = \{{ target = "([^"\\\x00-\x1f\x7f]+)", '
    rf'period = "(\d{{4}}(?:-\d{{2}}-\d{{2}})?)", '
    rf"(?:value = {_NUM}, )?unit = {_STR}, "
    rf'recorded_at = "(\d{{4}}-\d{{2}}-\d{{2}}T\d{{2}}:\d{{2}}:\d{{2}}(?:\.\d+)?Z)"'
    rf"(?:, source = {_STR})?(?:, note = {_STR})?(?:, retracts = {_STR})? \}}$"
)


@cache
def _fast_line() -> re.Pattern[str]:
    """One pattern for a single line and for a whole ledger, compiled on first use: compiling
    takes milliseconds, which a command that reads no ledger need not spend."""
    return re.compile(_FAST_LINE_SOURCE, re.MULTILINE)


# Patterns below are strings: `re` compiles each on first use, which most runs never make.
_PERIOD = r"^\d{4}(-\d{2}-\d{2})?$"
_TIMESTAMP = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$"
_STRUCTURE_LINES = frozenset({"version = 1", "[records]"})


class LedgerLocation(NamedTuple):
    path: Path
    origin: str  # "option", "environment", "beside the registry" or "user data folder"


class LoadedLedger:
    """The records of a ledger, and what was noticed reading it."""

    # A plain class: a dataclass costs a millisecond of start-up, paid by every command.
    __slots__ = ("path", "records", "torn_tail", "warnings")

    def __init__(self, path: Path, records: list[Record]) -> None:
        self.path = path
        self.records = records
        self.warnings: list[str] = []
        self.torn_tail = False  # the last line was cut off by an interrupted write


# ---------------------------------------------------------------- where the ledger is


def user_data_dir() -> Path:
    """The per-user data folder of cluster-cli, following each platform's convention."""
    if sys.platform == "win32":
        base = os.environ.get("APPDATA")
        root = Path(base) if base else Path.home() / "AppData" / "Roaming"
    elif sys.platform == "darwin":
        root = Path.home() / "Library" / "Application Support"
    else:
        base = os.environ.get("XDG_DATA_HOME")
        root = Path(base) if base else Path.home() / ".local" / "share"
    return root / "cluster-cli"


def locate(option: Path | None, registry: RegistryLocation) -> LedgerLocation:
    """``--ledger`` > ``$CLUSTER_CLI_LEDGER`` > beside the registry > the user data folder."""
    if option is not None:
        return LedgerLocation(option, "option")
    env = os.environ.get(ENV_LEDGER)
    if env:
        return LedgerLocation(Path(env), "environment")
    if registry.path is not None:
        return LedgerLocation(registry.path.parent / DEFAULT_NAME, "beside the registry")
    return LedgerLocation(user_data_dir() / DEFAULT_NAME, "user data folder")


# ---------------------------------------------------------------- ids and timestamps

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_last_id: tuple[int, int] = (0, 0)


def _encode(number: int, length: int) -> str:
    chars = []
    for _ in range(length):
        number, digit = divmod(number, 32)
        chars.append(_CROCKFORD[digit])
    return "".join(reversed(chars))


def new_id(now_ms: int | None = None) -> str:
    """A 26-character id that sorts by creation time (a ULID: 48 bits of ms, 80 random bits).

    Within one process, ids made in the same millisecond still increase.
    """
    global _last_id
    millis = int(time.time() * 1000) if now_ms is None else now_ms
    randomness = int.from_bytes(os.urandom(10), "big")
    last_ms, last_random = _last_id
    if millis <= last_ms:
        millis, randomness = last_ms, (last_random + 1) % (1 << 80)
    _last_id = (millis, randomness)
    return _encode(millis, 10) + _encode(randomness, 16)


def timestamp(moment: dt.datetime | None = None) -> str:
    """ISO 8601 UTC with microseconds, ending in Z: ``2024-06-30T08:15:02.123456Z``."""
    moment = moment or dt.datetime.now(dt.UTC)
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


# ---------------------------------------------------------------- writing records


def _toml_value(key: str, value: Any) -> str:
    import tomli_w  # only writing needs it

    return tomli_w.dumps({key: value}).rstrip("\n")


def record_fields(record: Record) -> dict[str, Any]:
    """A record's fields but its id, in KEY_ORDER, empty ones included (None or "").

    The one mapping from a Record to its keys: ledger lines and ``log --json`` both use it.
    """
    return {key: getattr(record, key) for key in KEY_ORDER}


def format_record(record: Record) -> str:
    """One ledger line for ``record``, newline included. Strings are escaped by tomli-w."""
    parts = []
    for key, value in record_fields(record).items():
        if value is None or (key in ("source", "note") and value == ""):
            continue
        parts.append(_toml_value(key, value))
    return f"{record.id} = {{ {', '.join(parts)} }}\n"


# ---------------------------------------------------------------- reading records


def _bad(path: Path, line: int, problem: str) -> InputFileError:
    return InputFileError(str(path), problem, f"line {line}")


def _record_from_table(path: Path, line: int, key: str, table: Any) -> Record:
    """Build a Record from one parsed inline table, with cheap type checks."""
    where = f"record {key}"
    if not isinstance(table, dict):
        raise _bad(path, line, f"{where} is not a table {{ target = ..., ... }}")
    unknown = sorted(set(table) - set(KEY_ORDER))
    if unknown:
        raise _bad(path, line, f"{where}: unknown key(s) {', '.join(unknown)}")
    for name in _REQUIRED:
        if name not in table:
            raise _bad(path, line, f"{where}: the key '{name}' is missing")
    for name in (*_REQUIRED, "source", "note", "retracts"):
        if name in table and not isinstance(table[name], str):
            raise _bad(path, line, f"{where}: {name} must be a string")
    value = table.get("value")
    retracts = table.get("retracts")
    if value is not None:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise _bad(path, line, f"{where}: value must be a number")
        value = float(value)
        if value != value or value in (float("inf"), float("-inf")):
            raise _bad(path, line, f"{where}: value must be a finite number")
        if retracts is not None:
            raise _bad(path, line, f"{where}: a retraction has no value")
    elif retracts is None:
        raise _bad(path, line, f"{where}: the key 'value' is missing")
    return _checked(
        path,
        line,
        Record(
            id=key,
            target=table["target"],
            value=value,
            unit=table["unit"],
            period=table["period"],
            recorded_at=table["recorded_at"],
            source=table.get("source", ""),
            note=table.get("note", ""),
            retracts=retracts,
        ),
    )


def _checked(path: Path, line: int, record: Record) -> Record:
    if not record.target:
        raise _bad(path, line, f"record {record.id}: target is empty")
    if not re.match(_PERIOD, record.period):
        raise _bad(
            path,
            line,
            f"record {record.id}: period '{clean(record.period)}' is not YYYY or YYYY-MM-DD",
        )
    if not re.match(_TIMESTAMP, record.recorded_at):
        raise _bad(
            path,
            line,
            f"record {record.id}: recorded_at '{clean(record.recorded_at)}' is not an ISO 8601 "
            "UTC time ending in Z",
        )
    return record


def _fast_record(match: re.Match[str]) -> Record:
    key, target, period, value, unit, recorded_at, source, note, retracts = match.groups()
    return Record(
        id=key,
        target=target,
        value=None if value is None else float(value),
        unit=unit,
        period=period,
        recorded_at=recorded_at,
        source=source or "",
        note=note or "",
        retracts=retracts,
    )


def _line_is_complete(line: str) -> bool:
    """Whether a final line without newline is whole (it parses) rather than torn."""
    stripped = line.strip()
    if not stripped or stripped.startswith("#") or stripped in _STRUCTURE_LINES:
        return True
    if _fast_line().match(stripped):
        return True
    import tomllib  # unusual lines only: the fast pattern reads what `append` writes

    try:
        data = tomllib.loads("[records]\n" + line)
    except tomllib.TOMLDecodeError:
        return False
    return bool(data.get("records"))


def split_torn_tail(data: bytes) -> tuple[bytes, bytes]:
    """``(whole, torn)``: a final line with no newline that does not parse is torn.

    Split on bytes, before decoding: a write cut inside a multi-byte character (Chinese text
    takes 3 bytes a character) leaves a last line that is not valid UTF-8, and that line alone
    is torn; the whole lines before it are decoded as usual.
    """
    if not data or data.endswith(b"\n"):
        return data, b""
    start = data.rfind(b"\n") + 1
    last = data[start:]
    if _tail_is_complete(last):
        return data, b""
    return data[:start], last


def _tail_is_complete(last: bytes) -> bool:
    """Whether a last line without newline is whole: it decodes, and it parses."""
    try:
        text = last.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return _line_is_complete(text.removeprefix("\ufeff"))


def _torn_preview(torn: bytes) -> str:
    return _preview(torn.decode("utf-8", errors="replace"))


def _decode(path: Path, data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputFileError(
            str(path), f"is not valid UTF-8 (byte {error.start})", f"line {line}"
        ) from None


def _read_bytes(path: Path) -> bytes | None:
    if path.is_dir():
        raise InputFileError(str(path), "is a directory, not a ledger file")
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except PermissionError:
        raise InputFileError(str(path), "permission denied: the ledger cannot be read") from None
    except OSError as error:
        raise InputFileError(str(path), f"cannot be read: {error.strerror or error}") from None


def load(path: Path) -> LoadedLedger:
    """Read every record. A missing file is an empty ledger; a torn tail is a warning."""
    data = _read_bytes(path)
    if data is None:
        return LoadedLedger(path, [])
    return _load_data(path, data)


def _load_data(path: Path, data: bytes) -> LoadedLedger:
    whole_bytes, torn = split_torn_tail(data)
    whole = _decode(path, whole_bytes).removeprefix("\ufeff")
    loaded = LoadedLedger(path, [])
    if torn:
        line = whole_bytes.count(b"\n") + 1
        loaded.torn_tail = True
        loaded.warnings.append(
            f"{path}: line {line}: an unfinished record at the end (a write that was "
            f"interrupted) is ignored; the next update removes it: {_torn_preview(torn)}"
        )
    records = _parse_fast(path, whole)
    loaded.records = records if records is not None else _parse_slow(path, whole)
    return loaded


# What `update` checks of a large ledger: its first and last EDGE_WINDOW bytes, every line of
# the goal it records, and conflict markers anywhere. Smaller ledgers are loaded whole.
EDGE_WINDOW = 64 * 1024
_TOML_PLACE = r" ?\(at line (\d+), column (\d+)\)"
_CONFLICT_MARKERS = (b"\n<<<<<<<", b"\n=======", b"\n>>>>>>>")


def load_for_update(path: Path, target: str) -> LoadedLedger:
    """The records of one goal, checking the ledger at a cost that barely grows with its size.

    ``update`` must not parse a ledger of 100,000 records to append one, yet must refuse a
    ledger that is broken where it writes. A ledger up to 2 x EDGE_WINDOW bytes is loaded and
    checked whole; a larger one has its header, its tail and the goal's own lines parsed, and
    is searched for git conflict markers (byte searches, not parsing). ``check`` and every
    reading command still parse all of it.
    """
    try:
        size = None if path.is_dir() else path.stat().st_size
    except FileNotFoundError:
        return LoadedLedger(path, [])
    except OSError:
        size = None  # let the read below report it
    if size is None or size <= 2 * EDGE_WINDOW:
        data = _read_bytes(path)
        if data is None:
            return LoadedLedger(path, [])
        loaded = _load_data(path, data)
        loaded.records = [r for r in loaded.records if r.target == target]
        return loaded
    # A large ledger is searched in place (mapped, not copied into memory).
    try:
        with (
            path.open("rb") as handle,
            mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as view,
        ):
            return _load_large_for_update(path, view, target)
    except OSError as error:
        raise InputFileError(str(path), f"cannot be read: {error.strerror or error}") from None


def _load_large_for_update(path: Path, data: mmap.mmap, target: str) -> LoadedLedger:
    for marker in _CONFLICT_MARKERS:
        at = data.find(marker)
        if at >= 0:
            line = data[:at].count(b"\n") + 2
            raise _bad(
                path,
                line,
                "an unresolved git merge conflict: resolve it first "
                "(with `actuals.toml merge=union` in .gitattributes it cannot happen)",
            )
    head_end = data.rfind(b"\n", 0, EDGE_WINDOW) + 1
    head = _decode(path, data[:head_end])
    if _parse_fast(path, head) is None:
        _parse_slow(path, head)  # raises with the line and column
    tail_start = data.find(b"\n", len(data) - EDGE_WINDOW) + 1
    whole_bytes, torn = split_torn_tail(data[tail_start:])
    whole = _decode(path, whole_bytes)

    def first_line() -> int:  # counted only for a message: a count is a pass over the file
        return data[:tail_start].count(b"\n") + 1

    try:
        _parse_lines(path, whole, 1)
    except InputFileError:
        _parse_lines(path, whole, first_line())  # raises again, with the file's line number
        raise
    loaded = LoadedLedger(path, _target_records(path, data, target))
    if torn:
        loaded.torn_tail = True
        loaded.warnings.append(
            f"{path}: line {first_line() + whole.count(chr(10))}: an unfinished record at the "
            "end (a write that was interrupted) is ignored; this update removes it: "
            + _torn_preview(torn)
        )
    return loaded


def _parse_lines(path: Path, text: str, first_line: int) -> list[Record]:
    """Parse record lines taken from the middle of a ledger; errors name the file's line."""
    records = []
    fast_line = _fast_line()
    for number, line in enumerate(text.splitlines(), start=first_line):
        match = fast_line.match(line)
        if match is not None:
            records.append(_fast_record(match))
            continue
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        import tomllib

        try:
            table = tomllib.loads("[records]\n" + line).get("records", {})
        except tomllib.TOMLDecodeError as error:
            found = re.search(_TOML_PLACE, str(error))
            message = re.sub(_TOML_PLACE, "", str(error))
            where = f"line {number}" + (f", column {found[2]}" if found else "")
            raise InputFileError(str(path), f"invalid TOML: {message}", where) from None
        if not isinstance(table, dict) or len(table) != 1:
            raise _bad(path, number, "not a record line: `ID = { target = ..., ... }`")
        for key, value in table.items():
            records.append(_record_from_table(path, number, key, value))
    return records


def _target_records(path: Path, data: bytes | mmap.mmap, target: str) -> list[Record]:
    """Parse only the lines recording ``target``, found by a byte search."""
    needle = f' = {{ target = "{target}", '.encode()
    records: list[Record] = []
    at = data.find(needle)
    while at >= 0:
        start = data.rfind(b"\n", 0, at) + 1
        end = data.find(b"\n", at)
        if end < 0:
            break  # a last line without newline: `append` keeps or removes it
        line = _decode(path, data[start:end])
        match = _fast_line().match(line)
        if match is not None:
            records.append(_fast_record(match))
        else:  # an unusual line: parse it properly; its line number is worth a count
            records.extend(_parse_lines(path, line, data[:start].count(b"\n") + 1))
        at = data.find(needle, end)
    return records


def _preview(text: str, limit: int = 120) -> str:
    return f"'{clean(text if len(text) <= limit else text[:limit] + '...')}'"


def _parse_fast(path: Path, text: str) -> list[Record] | None:
    """For files in exactly the shape written here: one regular-expression scan over all the
    record lines (a C loop, not a Python one per line); None if any line is not in that shape."""
    head, marker, body = text.partition("\n[records]\n")
    if not marker:
        head, marker, body = text.partition("[records]\n")
        if not marker or head.strip():
            return None
    for line in head.splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("#") and stripped != "version = 1":
            return None
    found = _fast_line().findall(body)
    lines = sum(
        1 for line in body.splitlines() if line.strip() and not line.lstrip().startswith("#")
    )
    if len(found) != lines:
        return None  # a line of another shape: tomllib reads it and reports any error
    records = [
        Record(
            key,
            target,
            float(value) if value else None,
            unit,
            period,
            recorded_at,
            source,
            note,
            retracts or None,
        )
        for key, target, period, value, unit, recorded_at, source, note, retracts in found
    ]
    if len({record.id for record in records}) != len(records) or any(
        (record.value is None) == (record.retracts is None) for record in records
    ):
        return None  # a duplicate id or a half retraction: the slow path names its line
    return records


def _parse_slow(path: Path, text: str) -> list[Record]:
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise InputFileError(str(path), f"invalid TOML: {error}") from None
    unknown = sorted(set(data) - {"version", "records"})
    if unknown:
        raise InputFileError(
            str(path), f"unknown key(s) {', '.join(unknown)}: a ledger holds only [records]"
        )
    version = data.get("version", VERSION)
    if version != VERSION:
        raise InputFileError(
            str(path),
            f"version = {clean(str(version))}: this cluster-cli reads ledger version {VERSION}",
        )
    table = data.get("records", {})
    if not isinstance(table, dict):
        raise InputFileError(str(path), "records must be a table ([records])")
    lines = _key_lines(text)
    return [_record_from_table(path, lines.get(key, 0), key, value) for key, value in table.items()]


def _key_lines(text: str) -> dict[str, int]:
    """Line number of each record key, for error messages."""
    found: dict[str, int] = {}
    pattern = re.compile(rf"^\s*\"?({_ID})\"?\s*=")
    for number, line in enumerate(text.splitlines(), start=1):
        match = pattern.match(line)
        if match:
            found.setdefault(match[1], number)
    return found


# ---------------------------------------------------------------- locking


def lock_timeout() -> float:
    raw = os.environ.get(ENV_LOCK_TIMEOUT)
    if not raw:
        return DEFAULT_LOCK_TIMEOUT
    try:
        seconds = float(raw)
    except ValueError:
        seconds = -1.0
    if not seconds >= 0 or seconds == float("inf"):
        raise ValueInputError(
            f"${ENV_LOCK_TIMEOUT} = '{clean(raw)}': give a number of seconds, e.g. 10"
        )
    return seconds


def _hostname() -> str:
    import socket

    return socket.gethostname()


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        with contextlib.suppress(OSError):
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


@contextlib.contextmanager
def locked(path: Path, timeout: float | None = None) -> Iterator[None]:
    """Hold an exclusive lock on ``<ledger>.lock`` (never on the ledger itself)."""
    lock = lock_path(path)
    wait = lock_timeout() if timeout is None else timeout
    directory = path.parent if str(path.parent) else Path(".")
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise WriteError(
            f"{directory}: the folder for the ledger cannot be created "
            f"({error.strerror or error}); nothing was changed"
        ) from None
    try:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as error:
        raise WriteError(
            f"{lock}: the lock file cannot be opened ({error.strerror or error}); "
            "nothing was changed"
        ) from None
    try:
        deadline = time.monotonic() + wait
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                raise LockTimeoutError(
                    f"{path} is locked by another cluster-cli ({_holder(lock)}); waited "
                    f"{wait:g} s for {lock}. If no other cluster-cli is running, try again; "
                    f"set ${ENV_LOCK_TIMEOUT} to wait longer"
                )
            time.sleep(0.02)
        with contextlib.suppress(OSError):
            info = (
                f"pid={os.getpid()} host={_hostname()} "
                f"command={' '.join(sys.argv[:1] + sys.argv[1:3])} since={timestamp()}\n"
            )
            os.ftruncate(fd, 0)
            os.pwrite(fd, info.encode("utf-8"), 0)
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)


def _holder(lock: Path) -> str:
    try:
        text = lock.read_text("utf-8", errors="replace").strip()
    except OSError:
        text = ""
    return f"holder: {text}" if text else "holder unknown"


# ---------------------------------------------------------------- appending


class AppendResult:
    """What an append did."""

    __slots__ = ("created", "header_written", "records", "warnings")

    def __init__(self, records: list[Record] | None = None) -> None:
        self.created = False
        self.header_written = False  # the file was empty or had no `[records]` line
        self.warnings: list[str] = []
        self.records: list[Record] = records or []  # what was appended


# Where the `[records]` line is looked for before appending: the first HEAD_WINDOW bytes, and
# up to EDGE_WINDOW when the comments above it are unusually long.
HEAD_WINDOW = 4096
_TEMP_SUFFIX = ".ledger-tmp"
_COPY_CHUNK = 1 << 20


def _is_header_line(line: str) -> bool:
    stripped = line.strip()
    return not stripped or stripped.startswith("#") or stripped == "version = 1"


def _not_a_ledger(path: Path, number: int, line: str) -> InputFileError:
    return _bad(
        path,
        number,
        f"{_preview(line.strip(), 60)} comes before any `[records]` line, so this file is not a "
        "cluster-cli ledger and nothing was changed. If this line and the ones below it are "
        "records written by an older cluster-cli, add a line `[records]` above them",
    )


def _new_head(path: Path, fd: int, size: int) -> bytes | None:
    """None if the file has its `[records]` line; else the bytes that should replace it.

    An empty file, or one holding only blank lines, comments and `version = 1` (no
    `[records]`), gets the header: appending records to it would put them outside
    `[records]`. Anything else without a `[records]` line is not a ledger and is refused.
    """
    window = HEAD_WINDOW
    while True:
        head = os.pread(fd, min(size, window), 0)
        at_end = len(head) >= size
        if not at_end:
            head = head[: head.rfind(b"\n") + 1]
        text = head.decode("utf-8", errors="replace").removeprefix("\ufeff")
        for number, line in enumerate(text.splitlines(), start=1):
            if line.strip() == "[records]":
                return None
            if not _is_header_line(line):
                raise _not_a_ledger(path, number, line)
        if at_end:
            break
        if window >= EDGE_WINDOW:
            raise _bad(
                path,
                text.count("\n") + 1,
                f"no `[records]` line in the first {EDGE_WINDOW // 1024} KiB, so this file is "
                "not a cluster-cli ledger and nothing was changed",
            )
        window *= 4
    if not text.strip():
        return HEADER.encode("utf-8")
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        raise InputFileError(
            str(path), "is not valid UTF-8 and has no `[records]` line; nothing was changed"
        ) from None
    return head.rstrip(b"\r\n") + b"\n\n[records]\n"


def _remove_stray_copies(path: Path) -> None:
    """Temporary copies left by a process killed while replacing the ledger (under the lock,
    any that exist are stray)."""
    import glob

    real = Path(os.path.realpath(path))
    pattern = glob.escape(f".{real.name}.") + "*" + _TEMP_SUFFIX
    for stray in real.parent.glob(pattern):
        with contextlib.suppress(OSError):
            stray.unlink()


def _replace(path: Path, fd: int | None, keep: int, data: bytes) -> None:
    """Replace the ledger at once with its first ``keep`` bytes (read from ``fd``) + ``data``.

    They are written to a temporary file beside the ledger, which is fsynced and renamed over
    it; then the folder is fsynced. Readers see the old file or the new one, never a mix. A
    symbolic link is followed (the file it points to is replaced) and the file's permissions
    are kept. A crash leaves a stray temporary file, removed by the next append.
    """
    import stat

    def fill(out: int) -> None:
        if fd is not None:
            if hasattr(os, "fchmod"):
                os.fchmod(out, stat.S_IMODE(os.fstat(fd).st_mode))
            offset = 0
            while offset < keep:
                chunk = os.pread(fd, min(_COPY_CHUNK, keep - offset), offset)
                if not chunk:
                    raise OSError(0, "the ledger became shorter while it was copied")
                _write_all(out, chunk, slow=False)
                offset += len(chunk)
        _write_all(out, data)

    real = Path(os.path.realpath(path))
    replace_atomically(real, fill, name=path, suffix=_TEMP_SUFFIX)


def _read_tail(fd: int, size: int) -> tuple[int, bytes]:
    """The last line of the file (from after its last newline) and where it starts.

    Reads at most TAIL_WINDOW bytes unless the last line is longer than that.
    """
    window = TAIL_WINDOW
    while True:
        start = max(0, size - window)
        chunk = os.pread(fd, size - start, start)
        newline = chunk.rfind(b"\n")
        if newline >= 0:
            return start + newline + 1, chunk[newline + 1 :]
        if start == 0:
            return 0, chunk
        window *= 4


def _write_all(fd: int, data: bytes, *, slow: bool = True) -> None:
    setting = os.environ.get(ENV_TEST_SLOW_WRITE) if slow else None
    pause = float(setting) if setting else 0.0
    step = 16 if pause else len(data)
    view = memoryview(data)
    offset = 0
    while offset < len(data):
        written = os.write(fd, view[offset : offset + step])
        offset += written
        if pause:
            time.sleep(pause)


def append(path: Path, records: Iterable[Record], *, timeout: float | None = None) -> AppendResult:
    """Append ``records`` at the end of the ledger, all or none, under the ledger lock.

    One record is appended in place: only the head of the file (to find its `[records]` line)
    and its tail (to set aside a torn last line and add a missing newline) are read, so the
    cost does not grow with the ledger. A process killed during that write leaves at most one
    torn line, which readers ignore and the next append removes.

    Several records (an import) must appear together or not at all, even if the process is
    killed: the ledger is copied to a temporary file with the new lines at its end, which is
    fsynced and renamed over the ledger (:func:`_replace`). A new ledger, or an empty one, is
    written the same way. On any write failure the file is left (or cut back) as it was and
    :class:`WriteError` is raised.
    """
    batch = list(records)
    if not batch:
        return AppendResult()
    with locked(path, timeout):
        return _append_batch(path, batch)


def append_chosen(
    path: Path,
    choose: Callable[[LoadedLedger], list[Record]],
    *,
    timeout: float | None = None,
) -> AppendResult:
    """Append the records ``choose`` computes from the ledger as it is under the lock.

    For a write that depends on what is already recorded (``undo`` retracts the last figure
    not yet retracted): reading the ledger first and locking it afterwards would let two
    processes choose the same thing. ``choose`` may raise to change nothing. The records
    appended are in the result's ``records``.
    """
    with locked(path, timeout):
        batch = choose(load(path))
        result = _append_batch(path, batch) if batch else AppendResult()
    result.records = batch
    return result


def _append_batch(path: Path, batch: list[Record]) -> AppendResult:
    """Append ``batch`` (not empty); the caller holds the lock."""
    payload = "".join(format_record(record) for record in batch).encode("utf-8")
    result = AppendResult(records=batch)
    if path.is_dir():
        raise InputFileError(str(path), "is a directory, not a ledger file")
    _remove_stray_copies(path)
    try:
        fd = os.open(path, os.O_RDWR)
    except FileNotFoundError:
        _replace(path, None, 0, HEADER.encode("utf-8") + payload)
        result.created = True
        return result
    except OSError as error:
        raise WriteError(
            f"{path}: cannot be opened for writing ({error.strerror or error}); nothing was changed"
        ) from None
    try:
        head = _new_head(path, fd, os.fstat(fd).st_size)
        if head is not None:
            _replace(path, fd, 0, head + payload)
            result.header_written = True
        elif len(batch) > 1:
            _replace_with_batch(path, fd, payload, result)
        else:
            _append_locked(path, fd, payload, result)
    finally:
        os.close(fd)
    return result


def _replace_with_batch(path: Path, fd: int, payload: bytes, result: AppendResult) -> None:
    """Copy the ledger, less a torn last line, with ``payload`` at its end, and rename the copy
    over the ledger: all of the batch or none of it, whenever the process dies."""
    size = os.fstat(fd).st_size
    line_start, last = _read_tail(fd, size)
    keep, separator = size, b""
    if last and _tail_is_complete(last):
        separator = b"\n"
    elif last:
        keep = line_start
    _replace(path, fd, keep, separator + payload)
    if keep != size:
        result.warnings.append(
            f"{path}: byte {line_start}: removed an unfinished record left by an "
            f"interrupted write: {_torn_preview(last)}"
        )


def _append_locked(path: Path, fd: int, payload: bytes, result: AppendResult) -> None:
    size = os.fstat(fd).st_size
    original = size
    try:
        line_start, last = _read_tail(fd, size)
        if last:
            if _tail_is_complete(last):
                payload = b"\n" + payload
            else:
                os.ftruncate(fd, line_start)
                os.fsync(fd)
                size = line_start
                result.warnings.append(
                    f"{path}: byte {line_start}: removed an unfinished record left by an "
                    f"interrupted write: {_torn_preview(last)}"
                )
        os.lseek(fd, size, os.SEEK_SET)
        _write_all(fd, payload)
        os.fsync(fd)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.ftruncate(fd, size)
            os.fsync(fd)
        changed = "" if size == original else " (only an unfinished last line was removed)"
        raise WriteError(
            f"{path}: could not be written ({error.strerror or error}); nothing was "
            f"changed{changed}"
        ) from None
