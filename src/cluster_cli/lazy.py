"""Packages that import each of their modules when one of its names is first used.

A package's ``__init__`` that imported every module to re-export its names would make every
command pay for all of them: ``status`` would load the views of ``show``, and reading the
ledger would load how it is written. The package lists where each name lives instead.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from importlib import import_module
from typing import Any


def exports(package: str, homes: dict[str, str]) -> Callable[[str], Any]:
    """The module ``__getattr__`` of ``package``: ``homes`` maps each name it exports to the
    module (of the package) the name lives in. A name found is kept in the package, so it is
    looked up once."""
    namespace = sys.modules[package].__dict__

    def __getattr__(name: str) -> Any:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(f"{package}.{home}"), name)
        namespace[name] = value
        return value

    return __getattr__
