"""Appending records to the ledger, under its lock, all or none.

One record is appended in place; a write cut short by a crash leaves a final line without its
newline that does not parse or does not decode: a torn tail, detected on bytes and set aside.
Several records at once (an import) replace the file with a fsynced copy that ends with them,
so that readers see all of them or none.
"""

from __future__ import annotations

import contextlib
import math
import mmap
import os
import stat
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from cluster_cli.engine.records import Record
from cluster_cli.errors import (
    InputFileError,
    ValueInputError,
    WriteError,
    change_undone,
    may_change,
    os_reason,
)
from cluster_cli.files.atomic import replace_atomically
from cluster_cli.files.ledger.lines import (
    HEADER,
    bad,
    format_record,
    outside_records_error,
    split_lines,
    tail_is_complete,
    torn_preview,
)
from cluster_cli.files.ledger.paths import missing_folder, no_folder_error, real_path
from cluster_cli.files.ledger.read import EDGE_WINDOW, LoadedLedger, load
from cluster_cli.files.lock import locked
from cluster_cli.files.regular import not_regular
from cluster_cli.i18n import messages as m
from cluster_cli.i18n import say
from cluster_cli.text import shown

# Test-only: seconds to sleep between small chunks of an append, so that a test can kill a
# process in the middle of a write. Never set it for real use.
ENV_TEST_SLOW_WRITE = "CLUSTER_CLI_TEST_SLOW_WRITE"
TAIL_WINDOW = 64 * 1024


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
        for number, line in enumerate(split_lines(text), start=1):
            if line.strip() == "[records]":
                return None
            if not _is_header_line(line):
                raise outside_records_error(path, number, line, writing=True)
        if at_end:
            break
        # Comments before `[records]` may run long; one line of 64 KiB is no header line.
        if not head and window >= EDGE_WINDOW:
            raise bad(
                path,
                text.count("\n") + 1,
                say(m.NO_RECORDS_LINE_IN, kib=EDGE_WINDOW // 1024),
            )
        window *= 4
    if not text.strip():
        return HEADER.encode("utf-8")
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        raise InputFileError(str(path), say(m.NOT_UTF8_NO_RECORDS)) from None
    return head.rstrip(b"\r\n") + b"\n\n[records]\n"


def _remove_stray_copies(path: Path) -> None:
    """Temporary copies left by a process killed while replacing the ledger (under the lock,
    any that exist are stray)."""
    import glob

    real = real_path(path)
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

    replace_atomically(real_path(path), fill, name=path, suffix=_TEMP_SUFFIX)


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


def _slow_write_pause() -> float:
    """The test hook's pause, checked before anything is written."""
    setting = os.environ.get(ENV_TEST_SLOW_WRITE)
    if not setting:
        return 0.0
    try:
        pause = float(setting)
    except ValueError:
        pause = -1.0
    if not (math.isfinite(pause) and 0 <= pause <= 60):
        raise ValueInputError(
            say(m.SLOW_WRITE_SETTING, name=ENV_TEST_SLOW_WRITE, value=shown(setting))
        )
    return pause


def _write_all(fd: int, data: bytes, *, slow: bool = True) -> None:
    pause = _slow_write_pause() if slow else 0.0
    step = 16 if pause else len(data)
    view = memoryview(data)
    offset = 0
    while offset < len(data):
        written = os.write(fd, view[offset : offset + step])
        offset += written
        if pause:
            time.sleep(pause)


def append(
    path: Path,
    records: Iterable[Record],
    *,
    timeout: float | None = None,
    make_folder: bool = False,
) -> AppendResult:
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

    The lock file is made beside the ledger, and never deleted: what can be refused without
    the lock is refused before it (:func:`_check_before_locking`), so that a refused write
    creates no file. A missing folder is made only with ``make_folder`` (the default ledger in
    the user data folder); otherwise it is refused.
    """
    batch = list(records)
    if not batch:
        return AppendResult()
    _slow_write_pause()
    _check_before_locking(path, make_folder)
    with locked(path, timeout):
        return _append_batch(path, batch)


def append_chosen(
    path: Path,
    choose: Callable[[LoadedLedger], list[Record]],
    *,
    timeout: float | None = None,
    read: Callable[[Path], LoadedLedger] = load,
    make_folder: bool = False,
) -> AppendResult:
    """Append the records ``choose`` computes from the ledger as ``read`` finds it under the
    lock (by default the whole ledger).

    For a write that depends on what is already recorded (``undo`` retracts the last figure
    not yet retracted; ``update`` writes no figure already there): reading the ledger first and
    locking it afterwards would let two processes choose the same thing. ``choose`` may raise
    to change nothing. The records appended are in the result's ``records``. The caller reads
    the ledger once before (``read`` refuses a broken one under the lock too, but by then the
    lock file exists); ``make_folder`` as for :func:`append`.
    """
    _slow_write_pause()
    _check_before_locking(path, make_folder)
    with locked(path, timeout):
        batch = choose(read(path))
        result = _append_batch(path, batch) if batch else AppendResult()
    result.records = batch
    return result


def _append_batch(path: Path, batch: list[Record]) -> AppendResult:
    """Append ``batch`` (not empty); the caller holds the lock."""
    payload = "".join(format_record(record) for record in batch).encode("utf-8")
    result = AppendResult(records=batch)
    real = real_path(path)  # the file is written, never a link that names it
    _refuse_no_file(path, real)
    _remove_stray_copies(path)
    try:
        fd = os.open(real, os.O_RDWR)
    except FileNotFoundError:
        _replace(path, None, 0, HEADER.encode("utf-8") + payload)
        result.created = True
        return result
    except OSError as error:
        reason = os_reason(error)
        raise WriteError(say(m.CANNOT_OPEN_FOR_WRITING, path=path, reason=reason)) from None
    try:
        head = _new_head(path, fd, os.fstat(fd).st_size)
        if head is not None:
            _replace(path, fd, 0, head + payload)
            result.header_written = True
        else:
            _refuse_a_last_table(path, fd)
            if len(batch) > 1:
                _replace_with_batch(path, fd, payload, result)
            else:
                _append_locked(path, fd, payload, result)
    finally:
        os.close(fd)
    return result


def _refuse_no_file(path: Path, real: Path) -> None:
    """Refuse a ledger path that names a folder, a device, a pipe or a socket."""
    try:
        mode = os.stat(real).st_mode
    except OSError:
        mode = stat.S_IFREG  # a new file, or one that opening reports
    if stat.S_ISDIR(mode):
        raise InputFileError(str(path), say(m.LEDGER_IS_DIRECTORY))
    if not stat.S_ISREG(mode):
        raise not_regular(str(path), mode)


def _check_before_locking(path: Path, make_folder: bool) -> None:
    """Refuse what can be known without the lock, before its file is made: a folder that is
    not there (made only with ``make_folder``), and what :func:`check_appendable` refuses. The
    same is checked again under the lock, where the file may have changed. A lock file is never
    deleted once made (another process may be waiting on it), so this is how a refused write
    leaves no file."""
    folder = missing_folder(path)
    if folder is None:
        check_appendable(path)
        return
    if not make_folder:
        raise no_folder_error(path, folder)
    may_change()  # a folder made stays
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        reason = os_reason(error)
        raise WriteError(say(m.LEDGER_FOLDER_NOT_MADE, directory=folder, reason=reason)) from None


def check_appendable(path: Path) -> None:
    """Refuse a ledger that records could not be appended to, without locking or changing it: a
    path that is no regular file, a file that cannot be opened for writing, or one with other
    lines before its `[records]` line or a last table that is not `[records]`. A file that is
    not there yet is fine. ``--dry-run`` asks this too, so that it refuses what a write would."""
    real = real_path(path)
    _refuse_no_file(path, real)
    try:
        fd = os.open(real, os.O_RDWR | getattr(os, "O_NONBLOCK", 0))
    except (FileNotFoundError, NotADirectoryError):
        return
    except OSError as error:
        reason = os_reason(error)
        raise WriteError(say(m.CANNOT_OPEN_FOR_WRITING, path=path, reason=reason)) from None
    try:
        if _new_head(path, fd, os.fstat(fd).st_size) is None:
            _refuse_a_last_table(path, fd)
    finally:
        os.close(fd)


def _refuse_a_last_table(path: Path, fd: int) -> None:
    """A line appended at the end belongs to the file's last table: refuse to append when that
    is not `[records]` (a hand-written `[records.ID]` table), which would make the new line a
    key of that record and the ledger unreadable. The last "[" that starts a line is found by
    searching back from the end, at C speed: most ledgers hold one, in `[records]`."""
    size = os.fstat(fd).st_size
    if size == 0:
        return
    with mmap.mmap(fd, size, access=mmap.ACCESS_READ) as data:
        at = size
        while (at := data.rfind(b"[", 0, at)) >= 0:
            start = data.rfind(b"\n", 0, at) + 1
            before = data[start:at].removeprefix(b"\xef\xbb\xbf")  # a BOM, on the first line
            if before.strip(b" \t") == b"":  # a header line
                break
        if at < 0:
            return
        end = data.find(b"\n", at)
        header = data[at : size if end < 0 else end].decode("utf-8", "replace").strip()
        if header.partition("#")[0].strip() == "[records]":  # a comment may follow it
            return
        line = data[:start].count(b"\n") + 1
    raise InputFileError(str(path), say(m.ENDS_WITH_TABLE, line=line, header=shown(header)))


def _replace_with_batch(path: Path, fd: int, payload: bytes, result: AppendResult) -> None:
    """Copy the ledger, less a torn last line, with ``payload`` at its end, and rename the copy
    over the ledger: all of the batch or none of it, whenever the process dies."""
    size = os.fstat(fd).st_size
    line_start, last = _read_tail(fd, size)
    keep, separator = size, b""
    if last and tail_is_complete(last):
        separator = b"\n"
    elif last:
        keep = line_start
    _replace(path, fd, keep, separator + payload)
    if keep != size:
        result.warnings.append(
            say(m.REMOVED_TORN, path=path, byte=line_start + 1, preview=torn_preview(last))
        )


def _append_locked(path: Path, fd: int, payload: bytes, result: AppendResult) -> None:
    size = os.fstat(fd).st_size
    original = size
    before = may_change()  # noted before anything is touched: said on Ctrl-C
    try:
        line_start, last = _read_tail(fd, size)
        if last:
            if tail_is_complete(last):
                payload = b"\n" + payload
            else:
                os.ftruncate(fd, line_start)
                os.fsync(fd)
                size = line_start
                result.warnings.append(
                    say(m.REMOVED_TORN, path=path, byte=line_start + 1, preview=torn_preview(last))
                )
        os.lseek(fd, size, os.SEEK_SET)
        _write_all(fd, payload)
        os.fsync(fd)
    except BaseException as error:
        # Whatever stopped the write (a full disk, Ctrl-C), the ledger is cut back to the size
        # it had: no unfinished line is left for the next reader.
        try:
            os.ftruncate(fd, size)
            os.fsync(fd)
        except OSError:
            pass
        else:
            if size == original:  # as it was: no torn line was removed either
                change_undone(before)
        if not isinstance(error, OSError):
            raise
        changed = "" if size == original else say(m.ONLY_TORN_REMOVED)
        reason = os_reason(error)
        raise WriteError(
            say(m.NOT_WRITTEN_NOTHING_CHANGED, path=path, reason=reason, changed=changed)
        ) from None
