"""What ``cluster-cli init`` refuses before it writes the article's registry (a
``DIR/targets.toml`` that is a symbolic link), the copy it keeps of a registry ``--force``
replaces, and what it says after: figures recorded with the built-in registry, which commands
beside the new one no longer read.

``init`` never writes through a link: the file a link leads to may be a registry shared with
others, or a ledger, and ``--force`` would replace it with no copy kept (``report -o`` refuses a
link to the registry or the ledger for the same reason). A link that leads to a ledger gets the
ledger's own message; any other link is refused naming the file it leads to.
"""

from __future__ import annotations

import os
from pathlib import Path

from cluster_cli.errors import ClusterError, UsageError, WriteError, os_reason
from cluster_cli.files import ledger
from cluster_cli.files.atomic import same_file
from cluster_cli.files.registry import RegistryLocation
from cluster_cli.i18n import messages as m
from cluster_cli.i18n import say


def refuse_a_link(path: Path) -> None:
    """Refuse ``path`` (``DIR/targets.toml``) when it is a symbolic link, dangling or not."""
    if not path.is_symlink():
        return
    _refuse_a_link_to_a_ledger(path)
    target = Path(os.path.realpath(path))
    raise UsageError(say(m.INIT_THROUGH_A_LINK, path=path, target=target))


def _refuse_a_link_to_a_ledger(path: Path) -> None:
    """The link leads to the ledger beside it (or its lock), or to a file that reads as a
    ledger anywhere else (another folder's, the data folder's)."""
    beside = ledger.locate(None, RegistryLocation(path, "option")).path
    for what, protected in (
        (say(m.THE_LEDGER), beside),
        (say(m.THE_LEDGER_LOCK), ledger.lock_path(beside)),
    ):
        if same_file(path, protected):
            target = protected.resolve()
            raise UsageError(say(m.INIT_WOULD_OVERWRITE, path=path, what=what, target=target))
    target = path.resolve()
    if target.is_file() and _reads_as_a_ledger(target):
        what = say(m.THE_LEDGER)
        raise UsageError(say(m.INIT_WOULD_OVERWRITE, path=path, what=what, target=target))


def _reads_as_a_ledger(path: Path) -> bool:
    """Whether the start of ``path`` is a ledger's, broken or not: a [records] table (or
    [records.ID]) or a record line in its first 64 KiB. A registry has neither. Only the start
    is read: a link to a large file must not cost its size."""
    from cluster_cli.files.ledger.lines import looks_like_record

    try:
        with path.open("rb") as file:
            head = file.read(65536).decode("utf-8", "replace")
    except OSError:
        return False
    return any(
        line.strip().startswith("[records") or (looks_like_record(line) and "target" in line)
        for line in head.splitlines()
    )


def figures_left_behind(registry: Path) -> str | None:
    """The notice that the figures recorded so far with the built-in registry are in the data
    folder's ledger, and that commands beside ``registry`` read the ledger beside it instead:
    without it, every goal would read as without figures and nothing would say why. None when
    both are one ledger, the new one exists already, or there are no figures."""
    builtin = ledger.locate(None, RegistryLocation(None, "built-in")).path
    beside = ledger.locate(None, RegistryLocation(registry, "option")).path
    if same_file(builtin, beside) or os.path.lexists(beside) or not builtin.is_file():
        return None
    try:
        records = ledger.load(builtin).records
    except ClusterError:  # unreadable: `status` in another folder says why
        return None
    from cluster_cli.app.recording import retractable

    count = len(retractable(records))  # the figures still standing
    if count == 0:  # nothing but what was taken back
        return None
    folder = registry.parent
    here = os.path.realpath(folder) == os.path.realpath(os.curdir)
    commands = say(m.COMMANDS_HERE) if here else say(m.COMMANDS_IN, folder=folder)
    return say(
        m.INIT_FIGURES_ELSEWHERE, count=count, path=builtin, beside=beside, commands=commands
    )


def keep_a_copy(path: Path, replacement: bytes) -> Path | None:
    """Before ``--force`` replaces ``path``, its content under the first free name of
    ``targets.toml.bak``, ``targets.toml.bak2``, …: an edited registry is work that one flag
    would otherwise lose. None when there is nothing to keep (no file, or the same bytes)."""
    from cluster_cli.files.atomic import write_atomically

    try:
        kept = path.read_bytes()
    except (FileNotFoundError, IsADirectoryError):
        return None  # nothing to keep; a folder is refused by the write, which says so
    except OSError as error:  # unread, it cannot be kept: it is not replaced either
        raise WriteError(say(m.INIT_COPY_NOT_KEPT, path=path, reason=os_reason(error))) from None
    if kept == replacement:
        return None
    copy = path.with_name(f"{path.name}.bak")
    number = 1
    while os.path.lexists(copy):
        number += 1
        copy = path.with_name(f"{path.name}.bak{number}")
    write_atomically(copy, kept)
    return copy
