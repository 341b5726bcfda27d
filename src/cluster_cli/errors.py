"""One base class for every failure a user can act on, and the exit codes they map to; and
whether the run has changed a file yet, for what Ctrl-C (exit 130) says.

The CLI catches :class:`ClusterError` once, prints its message to stderr and exits with
``exit_code``; tracebacks are shown only with ``--debug``.
"""

from __future__ import annotations

import errno as errno_names
from enum import IntEnum

from cluster_cli.i18n import current, say
from cluster_cli.i18n import messages as m


class ExitCode(IntEnum):
    """What the exit status of cluster-cli means (the README's table of exit codes)."""

    OK = 0
    PROBLEMS = 1  # `check` found problems, or a goal is stale
    USAGE = 2  # bad command-line arguments (also Typer's own code)
    INPUT = 3  # a registry, ledger or CSV file is unreadable or invalid
    VALUE = 4  # a value, unit, period or goal id given on the command line is wrong
    LOCKED = 5  # a lock (the ledger's, the registry's) could not be taken in time
    IO = 6  # writing failed (disk full, permissions); nothing was changed
    INTERNAL = 70  # a bug: please report it with the output of --debug
    INTERRUPTED = 130  # Ctrl-C, as shells report SIGINT


class ClusterError(Exception):
    """An error the user can act on. ``str(error)`` is the whole message."""

    exit_code = ExitCode.INPUT


class InputFileError(ClusterError):
    """A registry, ledger or CSV file that cannot be read or is invalid."""

    exit_code = ExitCode.INPUT

    def __init__(self, path: str, problem: str, where: str | None = None) -> None:
        self.path = path
        self.problem = problem
        self.where = where
        place = say(m.PLACE, path=path, where=where) if where else path
        super().__init__(say(m.PROBLEM_AT, place=place, problem=problem))


class ValueInputError(ClusterError):
    """A value, unit, period or goal id typed by the user is wrong."""

    exit_code = ExitCode.VALUE


class UsageError(ClusterError):
    """Options that cannot be combined, or a missing argument Typer cannot catch."""

    exit_code = ExitCode.USAGE


class LockTimeoutError(ClusterError):
    exit_code = ExitCode.LOCKED


class WriteError(ClusterError):
    exit_code = ExitCode.IO


def os_reason(error: OSError) -> str:
    """Why the system refused, in the language of the run: the system's own words in English,
    the catalogue's in Chinese where it knows the error number."""
    english = error.strerror or str(error)
    if current() != "zh" or error.errno is None:
        return english
    phrase = m.OS_REASONS.get(errno_names.errorcode.get(error.errno, ""))
    return phrase("zh") if phrase is not None else english


# ---------------------------------------------------------------- what a run has changed
# Said on Ctrl-C: exit 130 adds "nothing was changed" only while it is sure. Every write of a
# file (cluster_cli.files: the ledger's appends, atomic replacements) notes that it may change
# one before it touches anything, and takes the note back only once it has put everything back.

_may_have_changed = False


def may_change() -> bool:
    """Note that a write is about to touch a file; what was noted before, for
    :func:`change_undone`."""
    global _may_have_changed
    before = _may_have_changed
    _may_have_changed = True
    return before


def change_undone(before: bool) -> None:
    """The write that noted :func:`may_change` left every file as it was (it was refused, or
    cut back after a failure or Ctrl-C): the note is what it was before it (``before``)."""
    global _may_have_changed
    _may_have_changed = before


def nothing_changed() -> bool:
    """No file has been touched by this run, or every write was put back."""
    return not _may_have_changed


def new_run() -> None:
    """A new run of the CLI (the tests run many in one process) has changed nothing yet."""
    global _may_have_changed
    _may_have_changed = False
