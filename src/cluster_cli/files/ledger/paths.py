"""Where the ledger is: ``--ledger`` > ``$CLUSTER_CLI_LEDGER`` > beside the registry > the
user data folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from cluster_cli.errors import InputFileError, WriteError
from cluster_cli.files.regular import typed_name
from cluster_cli.i18n import messages as m
from cluster_cli.i18n import say

if TYPE_CHECKING:
    from cluster_cli.files.registry import RegistryLocation

ENV_LEDGER = "CLUSTER_CLI_LEDGER"
DEFAULT_NAME = "actuals.toml"
USER_DATA = "user data folder"


class LedgerLocation(NamedTuple):
    path: Path
    origin: str  # "option", "environment", "beside the registry" or USER_DATA

    @property
    def makes_folder(self) -> bool:
        """Whether writing may make the ledger's folder: only the default ledger's, in the user
        data folder. A ledger named by the user in a folder that is not there is a typo, not a
        second ledger to start."""
        return self.origin == USER_DATA


def user_data_dir() -> Path:
    """The per-user data folder of cluster-cli, following each platform's convention."""
    if sys.platform == "win32":
        base = os.environ.get("APPDATA")
        root = Path(base) if base else Path.home() / "AppData" / "Roaming"
    elif sys.platform == "darwin":
        root = Path.home() / "Library" / "Application Support"
    else:
        base = os.environ.get("XDG_DATA_HOME")
        # The XDG spec: a relative path is to be ignored (it would give each folder a ledger).
        root = Path(base) if base and os.path.isabs(base) else Path.home() / ".local" / "share"
    return root / "cluster-cli"


def locate(option: Path | None, registry: RegistryLocation) -> LedgerLocation:
    """``--ledger`` > ``$CLUSTER_CLI_LEDGER`` > beside the registry > the user data folder."""
    if option is not None:
        return LedgerLocation(option, "option")
    env = os.environ.get(ENV_LEDGER)
    if env:
        return LedgerLocation(typed_name(env, f"${ENV_LEDGER}", DEFAULT_NAME), "environment")
    if registry.path is not None:
        return LedgerLocation(registry.path.parent / DEFAULT_NAME, "beside the registry")
    return LedgerLocation(user_data_dir() / DEFAULT_NAME, USER_DATA)


def real_path(path: Path) -> Path:
    """The file a ledger path names, symbolic links resolved: one ledger has one lock and is
    replaced in place however it is named."""
    return Path(os.path.realpath(path))


def missing_folder(path: Path) -> Path | None:
    """The folder of the file the ledger path names, as typed or with links resolved, when
    there is no such folder (or it is a file); None when it is there or cannot be looked up
    (the write says why)."""
    from cluster_cli.files.atomic import absent_folder

    # As typed too: realpath reads nosuch/../actuals.toml as actuals.toml.
    return absent_folder(real_path(path)) or absent_folder(path)


def no_folder_error(path: Path, folder: Path) -> WriteError:
    phrase = m.LEDGER_FOLDER_IS_FILE if os.path.lexists(folder) else m.LEDGER_NO_FOLDER
    return WriteError(say(phrase, path=path, directory=folder))


def refuse_the_registry(location: LedgerLocation, registry: RegistryLocation) -> None:
    """Refuse a ledger that is the registry file itself (``--ledger targets.toml``), saying so
    plainly: every command, reading or writing, before the file is read as a ledger."""
    from cluster_cli.files.atomic import same_file

    if registry.path is not None and same_file(location.path, registry.path):
        problem = say(m.LEDGER_IS_REGISTRY, registry=registry.path)
        raise InputFileError(str(location.path), problem)


def check_writable(location: LedgerLocation, registry: RegistryLocation) -> None:
    """Refuse, before anything is read or written, a ledger that is the registry file itself or
    whose folder is not there (unless it is the default ledger, whose folder a write makes)."""
    refuse_the_registry(location, registry)
    folder = None if location.makes_folder else missing_folder(location.path)
    if folder is not None:
        raise no_folder_error(location.path, folder)
