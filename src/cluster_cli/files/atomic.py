"""Writing files so that a crash or a full disk never leaves a half-written file behind."""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Callable
from pathlib import Path

from cluster_cli.errors import WriteError, change_undone, may_change, os_reason
from cluster_cli.i18n import messages as m
from cluster_cli.i18n import say

_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


def fsync_directory(directory: Path) -> None:
    """Make a rename durable. Not every platform can open a directory; that is fine."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _temporary(target: Path, suffix: str) -> tuple[int, str]:
    """A new file beside ``target``, created 0666 less the umask like any other tool's file
    (``tempfile.mkstemp`` would make it 0600, and the rename would keep that)."""
    directory = target.parent if str(target.parent) else Path(".")
    for _ in range(100):
        name = str(directory / f".{target.name}.{os.urandom(6).hex()}{suffix}")
        try:
            return os.open(name, _CREATE, 0o666), name
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {target}")


def replace_atomically(
    target: Path, fill: Callable[[int], None], *, name: Path | None = None, suffix: str = ".tmp"
) -> None:
    """Let ``fill`` write a temporary file beside ``target`` (given its descriptor), fsync it and
    rename it over ``target``, then fsync the folder.

    Either the old content or the new content is there afterwards, never a mix; on failure the
    temporary file is removed and nothing was changed. A new file gets the usual permissions
    (0666 less the umask); a file replaced keeps its own, and its owner where the process may
    set it (root). Messages name ``name`` (the path as
    the user gave it), else ``target``.
    """
    shown = name or target
    directory = target.parent if str(target.parent) else Path(".")
    before = may_change()  # noted before anything is touched: said on Ctrl-C
    try:
        fd, temporary = _temporary(target, suffix)
    except FileNotFoundError:
        change_undone(before)
        if directory.is_dir():  # /proc: there, but no file can be made in it
            raise WriteError(say(m.WRITE_NO_FILE_IN, path=shown, directory=directory)) from None
        raise WriteError(say(m.WRITE_NO_FOLDER, path=shown, directory=directory)) from None
    except OSError as error:
        change_undone(before)
        cannot = say(m.WRITE_CANNOT_IN, path=shown, directory=directory, reason=os_reason(error))
        raise WriteError(cannot) from None
    replacing = False
    try:
        try:
            with contextlib.suppress(FileNotFoundError):
                old = os.stat(target)
                if hasattr(os, "fchmod"):
                    os.fchmod(fd, stat.S_IMODE(old.st_mode))
                if hasattr(os, "fchown") and (old.st_uid, old.st_gid) != (
                    os.geteuid(),
                    os.getegid(),
                ):
                    # Root writing another user's ledger keeps it theirs; anyone else cannot
                    # give a file away, and the copy is theirs as the old file may not be.
                    with contextlib.suppress(PermissionError):
                        os.fchown(fd, old.st_uid, old.st_gid)
            fill(fd)
            os.fsync(fd)
        finally:
            os.close(fd)
        replacing = True  # from here on the target may be the new file
        os.replace(temporary, target)
    except OSError as error:  # os.replace too changes nothing when it fails
        if _discard(temporary):
            change_undone(before)
        failed = m.NOT_WRITTEN_NOTHING_CHANGED
        raise WriteError(say(failed, path=shown, reason=os_reason(error), changed="")) from None
    except BaseException:  # Ctrl-C while writing: nothing changed, and nothing left behind
        if _discard(temporary) and not replacing:
            change_undone(before)
        raise
    fsync_directory(directory)


def _discard(temporary: str) -> bool:
    """Remove a temporary file; whether it is gone."""
    try:
        os.unlink(temporary)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return True


def write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def absent_folder(path: Path) -> Path | None:
    """The folder ``path`` puts its file in, as typed, when there is no such folder (or it is a
    file); None when it is there or cannot be looked up (the write says why). ``nosuch/../x``
    names no file, as the system would say: ``os.path.realpath`` would read it as ``x``."""
    folder = path.parent
    try:
        mode = os.stat(folder).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return folder
    except OSError:
        return None
    return None if stat.S_ISDIR(mode) else folder


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` at once (see :func:`replace_atomically`).

    A symbolic link is written through: the file it names is replaced, the link stays. A
    device or a pipe (``/dev/null``, a FIFO) is written to directly: it cannot be replaced.
    """
    folder = absent_folder(path)
    if folder is not None:
        raise WriteError(say(m.WRITE_NO_FOLDER, path=path, directory=folder))
    real = Path(os.path.realpath(path))
    try:
        mode = os.stat(real).st_mode
    except OSError:
        mode = stat.S_IFREG  # a new file, or one the write below will report
    if stat.S_ISDIR(mode):
        raise WriteError(say(m.WRITE_IS_DIRECTORY, path=path))
    if not stat.S_ISREG(mode):
        _write_in_place(path, real, data)
        return
    replace_atomically(real, lambda fd: write_all(fd, data), name=path)


def _write_in_place(path: Path, real: Path, data: bytes) -> None:
    try:
        fd = os.open(real, os.O_WRONLY | getattr(os, "O_BINARY", 0))
    except OSError as error:
        raise WriteError(say(m.WRITE_CANNOT_OPEN, path=path, reason=os_reason(error))) from None
    may_change()  # a device or a pipe: what is written cannot be taken back
    try:
        write_all(fd, data)
    except OSError as error:
        raise WriteError(say(m.WRITE_FAILED, path=path, reason=os_reason(error))) from None
    finally:
        os.close(fd)


def existing(path: Path, *, follow: bool = True) -> os.stat_result | None:
    """What is at ``path`` before it is written (``follow=False``: a link itself), None when
    nothing is. A path the system cannot look up (a name too long, a loop of links) cannot be
    written either: that is said as for any write, not left to surface as an internal error."""
    try:
        return os.stat(path) if follow else os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as error:
        raise WriteError(say(m.WRITE_CANNOT_OPEN, path=path, reason=os_reason(error))) from None


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file: the same real path, or a hard link of it. A loop of
    links names no file (``os.path.realpath`` does not raise on it, as ``Path.resolve`` does)."""
    if os.path.realpath(a) == os.path.realpath(b):
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False
