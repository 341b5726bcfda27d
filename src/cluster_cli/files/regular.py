"""Reading input files that must be regular files.

A device (``/dev/zero``, ``/dev/urandom``) or a pipe given as a registry, ledger, CSV or quotes
file would be read without end until memory runs out; such paths are refused before any read.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from cluster_cli.errors import InputFileError

# O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, forever.
_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def not_regular(name: str, mode: int) -> InputFileError:
    kind = (
        "a directory"
        if stat.S_ISDIR(mode)
        else "a pipe"
        if stat.S_ISFIFO(mode)
        else "a socket"
        if stat.S_ISSOCK(mode)
        else "a device"
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
        else "not a regular file"
    )
    return InputFileError(name, f"is {kind}, not a file: give the path of a file")


def read_regular(path: Path, what: str = "file") -> bytes | None:
    """The bytes of ``path``; None if it does not exist. Anything but a regular file (or a
    link to one) is refused with one clear message, as is any OS failure."""
    name = str(path)
    try:
        fd = os.open(path, _FLAGS)
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise InputFileError(name, f"is a directory, not a {what}") from None
    except PermissionError:
        raise InputFileError(name, f"permission denied: the {what} cannot be read") from None
    except OSError as error:
        raise InputFileError(name, f"cannot be read: {error.strerror or error}") from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise InputFileError(name, f"is a directory, not a {what}")
        if not stat.S_ISREG(mode):
            raise not_regular(name, mode)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read()
    except OSError as error:
        if isinstance(error, IsADirectoryError):
            raise InputFileError(name, f"is a directory, not a {what}") from None
        raise InputFileError(name, f"cannot be read: {error.strerror or error}") from None
    finally:
        os.close(fd)
