"""The one lock of cluster-cli's writes: an exclusive ``flock`` on ``<file>.lock`` beside the
file a path names (symbolic links resolved), so that every name of one file takes the same lock.

The ledger's appends take it (:mod:`cluster_cli.files.ledger.write`), and so does ``extract
--into``, which compares the registry with what it read and replaces it under the lock
(:func:`cluster_cli.files.registry.replace_if_unchanged`)."""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import re
import stat
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from cluster_cli.errors import LockTimeoutError, ValueInputError, WriteError, os_reason
from cluster_cli.files.ledger.ids import timestamp
from cluster_cli.i18n import messages as m
from cluster_cli.i18n import say
from cluster_cli.text import shown

ENV_LOCK_TIMEOUT = "CLUSTER_CLI_LOCK_TIMEOUT"
# A lock file is opened as itself, never through a symbolic link (not on Windows, which has
# no such flag).
_NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0)
DEFAULT_LOCK_TIMEOUT = 10.0


def lock_timeout() -> float:
    raw = os.environ.get(ENV_LOCK_TIMEOUT)
    if not raw:
        return DEFAULT_LOCK_TIMEOUT
    try:
        seconds = float(raw)
    except ValueError:
        seconds = -1.0
    if not seconds >= 0 or seconds == float("inf"):
        raise ValueInputError(say(m.LOCK_TIMEOUT_SETTING, name=ENV_LOCK_TIMEOUT, value=shown(raw)))
    return seconds


def _hostname() -> str:
    import socket

    return socket.gethostname()


def lock_path(path: Path) -> Path:
    """The lock file of the file ``path`` names (a ledger, a registry), beside the real file."""
    real = Path(os.path.realpath(path))
    return real.with_name(real.name + ".lock")


def being_written(path: Path) -> bool:
    """Whether a writer holds the lock of ``path`` at this moment: for the ledger, an unfinished
    last line is then a write in progress, not one that was cut short. Asked only when such a
    line is seen."""
    try:
        fd = os.open(lock_path(path), os.O_RDONLY | _NO_FOLLOW)
    except OSError:  # no lock file (or not one cluster-cli made): no writer holds it here
        return False
    try:
        if _try_lock(fd):
            _unlock(fd)
            return False
        return True
    finally:
        os.close(fd)


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
    """Hold an exclusive lock on ``<file>.lock`` (never on the file itself).

    The lock file is made in the folder of the real file, which must exist: whether a missing
    folder may be made is the writer's decision (the ledger's :mod:`.ledger.write`), taken
    before locking. A lock
    file is never deleted (another process may be waiting on it), so what would be refused is
    refused before it is made."""
    lock = lock_path(path)
    wait = lock_timeout() if timeout is None else timeout
    try:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT | _NO_FOLLOW, 0o644)
    except OSError as error:
        if error.errno == errno.ELOOP:  # a symbolic link: writing it would write its target
            raise WriteError(say(m.LOCK_NOT_PLAIN, lock=lock)) from None
        reason = os_reason(error)
        raise WriteError(say(m.LOCK_NOT_OPENED, lock=lock, reason=reason)) from None
    try:
        found = os.fstat(fd)
        # The lock's content is rewritten below: never a file with another name (a hard link
        # to the ledger would be emptied) nor anything but a plain file.
        if not stat.S_ISREG(found.st_mode) or found.st_nlink > 1:
            raise WriteError(say(m.LOCK_NOT_PLAIN, lock=lock))
        deadline = time.monotonic() + wait
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                holder = _holder(lock)
                raise LockTimeoutError(
                    say(
                        m.LOCKED_BY_ANOTHER,
                        path=path,
                        holder=holder,
                        wait=f"{wait:g}",
                        lock=lock,
                        name=ENV_LOCK_TIMEOUT,
                    )
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


# What a lock file holds: ``pid=4242 host=desk command=cluster-cli update ic-scale since=…``.
_FIELD = re.compile(r"(pid|host|command|since)=(.*?)(?= (?:pid|host|command|since)=|$)")


def _holder(lock: Path) -> str:
    """Who holds the lock, in the language of the run; text that is not in the lock file's
    form is quoted as it is."""
    try:
        text = lock.read_text("utf-8", errors="replace").strip()
    except OSError:
        text = ""
    if not text:
        return say(m.LOCK_HOLDER_UNKNOWN)
    found = _FIELD.findall(text)
    if " ".join(f"{key}={value}" for key, value in found) != text:  # not written by cluster-cli
        return say(m.LOCK_HOLDER, fields=text)
    fields = [say(m.LOCK_HOLDER_FIELDS[key], value=value) for key, value in found]
    return say(m.LOCK_HOLDER, fields=functools.reduce(_joined, fields))


def _joined(first: str, then: str) -> str:
    return say(m.LOCK_HOLDER_JOIN, first=first, then=then)
