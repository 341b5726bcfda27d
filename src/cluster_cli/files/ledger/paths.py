"""Where the ledger is: ``--ledger`` > ``$CLUSTER_CLI_LEDGER`` > beside the registry > the
user data folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from cluster_cli.files.registry import RegistryLocation

ENV_LEDGER = "CLUSTER_CLI_LEDGER"
DEFAULT_NAME = "actuals.toml"


class LedgerLocation(NamedTuple):
    path: Path
    origin: str  # "option", "environment", "beside the registry" or "user data folder"


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
        return LedgerLocation(Path(env), "environment")
    if registry.path is not None:
        return LedgerLocation(registry.path.parent / DEFAULT_NAME, "beside the registry")
    return LedgerLocation(user_data_dir() / DEFAULT_NAME, "user data folder")


def real_path(path: Path) -> Path:
    """The file a ledger path names, symbolic links resolved: one ledger has one lock and is
    replaced in place however it is named."""
    return Path(os.path.realpath(path))
