"""The ledger's lock: the one lock of cluster-cli's writes (:mod:`cluster_cli.files.lock`),
on ``actuals.toml.lock`` beside the real ledger. Named here so that the ledger package exports
it with the rest of the ledger's names."""

from __future__ import annotations

from cluster_cli.files.lock import (
    DEFAULT_LOCK_TIMEOUT,
    ENV_LOCK_TIMEOUT,
    being_written,
    lock_path,
    lock_timeout,
    locked,
)

__all__ = [
    "DEFAULT_LOCK_TIMEOUT",
    "ENV_LOCK_TIMEOUT",
    "being_written",
    "lock_path",
    "lock_timeout",
    "locked",
]
