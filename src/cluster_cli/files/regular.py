"""File names as typed, and reading input files that must be regular files.

A device (``/dev/zero``, ``/dev/urandom``) or a pipe given as a registry, ledger, CSV or quotes
file would be read without end until memory runs out; such paths are refused before any read.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from cluster_cli.errors import InputFileError, UsageError, os_reason
from cluster_cli.i18n import Phrase, say
from cluster_cli.i18n import messages as m
from cluster_cli.text import shown

# O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, forever.
_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def typed_name(typed: str, where: str, example: str) -> Path:
    """A file name given in ``where`` (an option or an environment variable), as typed:
    ``Path`` would read an empty name as the current folder and drop a final slash, and ``-``
    would be a file of that name."""
    if typed == "":
        raise UsageError(say(m.FILE_NAME_EMPTY, option=where))
    if typed == "-":
        raise UsageError(say(m.FILE_NAME_DASH, option=where, suggestion=example))
    if typed.endswith("/"):
        raise UsageError(
            say(m.FILE_NAME_IS_FOLDER, option=where, value=shown(typed), suggestion=example)
        )
    return Path(typed)


def not_regular(name: str, mode: int) -> InputFileError:
    kind = (
        m.A_DIRECTORY
        if stat.S_ISDIR(mode)
        else m.A_PIPE
        if stat.S_ISFIFO(mode)
        else m.A_SOCKET
        if stat.S_ISSOCK(mode)
        else m.A_DEVICE
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
        else m.NOT_REGULAR
    )
    return InputFileError(name, say(m.NOT_A_FILE, kind=say(kind)))


def read_regular(path: Path, what: Phrase = m.A_FILE) -> bytes | None:
    """The bytes of ``path``; None if it does not exist. Anything but a regular file (or a
    link to one) is refused with one clear message, as is any OS failure."""
    name = str(path)
    try:
        fd = os.open(path, _FLAGS)
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise InputFileError(name, say(m.IS_DIRECTORY_NOT, what=say(what))) from None
    except PermissionError:
        raise InputFileError(name, say(m.PERMISSION_DENIED, what=say(what))) from None
    except OSError as error:
        raise InputFileError(name, say(m.CANNOT_BE_READ, reason=os_reason(error))) from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise InputFileError(name, say(m.IS_DIRECTORY_NOT, what=say(what)))
        if not stat.S_ISREG(mode):
            raise not_regular(name, mode)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read()
    except OSError as error:
        if isinstance(error, IsADirectoryError):
            raise InputFileError(name, say(m.IS_DIRECTORY_NOT, what=say(what))) from None
        raise InputFileError(name, say(m.CANNOT_BE_READ, reason=os_reason(error))) from None
    finally:
        os.close(fd)
