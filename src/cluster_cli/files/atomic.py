"""Writing files so that a crash or a full disk never leaves a half-written file behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from cluster_cli.errors import WriteError


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


def replace_atomically(
    target: Path, fill: Callable[[int], None], *, name: Path | None = None, suffix: str = ".tmp"
) -> None:
    """Let ``fill`` write a temporary file beside ``target`` (given its descriptor), fsync it and
    rename it over ``target``, then fsync the folder.

    Either the old content or the new content is there afterwards, never a mix; on failure the
    temporary file is removed and nothing was changed. Messages name ``name`` (the path as the
    user gave it), else ``target``.
    """
    shown = name or target
    directory = target.parent if str(target.parent) else Path(".")
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=directory)
    except FileNotFoundError:
        raise WriteError(
            f"{shown}: the folder {directory} does not exist; nothing was written"
        ) from None
    except OSError as error:
        raise WriteError(
            f"{shown}: cannot write in {directory} ({error.strerror or error}); nothing was written"
        ) from None
    try:
        try:
            fill(fd)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temporary, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise WriteError(
            f"{shown}: could not be written ({error.strerror or error}); nothing was changed"
        ) from None
    fsync_directory(directory)


def write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` at once (see :func:`replace_atomically`)."""
    if path.is_dir():
        raise WriteError(f"{path}: is a directory; nothing was written")
    replace_atomically(path, lambda fd: write_all(fd, data))
