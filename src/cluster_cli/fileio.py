"""Writing files so that a crash or a full disk never leaves a half-written file behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
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


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, fsync it, then rename it over ``path``.

    Either the old content or the new content is there afterwards, never a mix.
    """
    directory = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise WriteError(f"{path}: is a directory; nothing was written")
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except FileNotFoundError:
        raise WriteError(
            f"{path}: the folder {directory} does not exist; nothing was written"
        ) from None
    except OSError as error:
        raise WriteError(
            f"{path}: cannot write in {directory} ({error.strerror or error}); nothing was written"
        ) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise WriteError(
            f"{path}: could not be written ({error.strerror or error}); nothing was changed"
        ) from None
    fsync_directory(directory)
