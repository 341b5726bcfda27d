"""Pydantic's plugin loader, imported only when plugins are looked for.

With the first validator it builds, Pydantic imports its plugin loader, and the loader imports
``importlib.metadata`` (and the email parser with it) to scan every installed package for
plugins: about 30 ms, more than a whole ``cluster-cli status`` spends on its own work.
cluster-cli builds its validators with plugins off (:func:`plugins_off`; Typer does the same for
its options), and then the scan never runs: only the import is paid, for nothing.

:func:`defer_loader` puts a stand-in in its place before Pydantic is imported. The stand-in
answers "no plugins" exactly when Pydantic's would (``PYDANTIC_DISABLE_PLUGINS`` set to ``1``,
``true`` or ``__all__``); anything else (plugins on, a name it does not know) loads the real
loader, which replaces it from then on. So plugins behave as they always do, only later.
"""

from __future__ import annotations

import importlib
import os
import sys
import types
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

LOADER = "pydantic.plugin._loader"
_OFF = ("__all__", "1", "true")  # the values with which Pydantic itself returns no plugins


def _real_loader() -> types.ModuleType:
    if isinstance(sys.modules.get(LOADER), _StandIn):
        del sys.modules[LOADER]
    return importlib.import_module(LOADER)


def get_plugins() -> Iterable[object]:
    if os.environ.get("PYDANTIC_DISABLE_PLUGINS") in _OFF:
        return ()
    plugins: Iterable[object] = _real_loader().get_plugins()
    return plugins


class _StandIn(types.ModuleType):
    def __getattr__(self, name: str) -> object:
        if name.startswith("__"):  # the import system asks for __path__ and the like
            raise AttributeError(name)
        return getattr(_real_loader(), name)


def defer_loader() -> None:
    """Install the stand-in, unless Pydantic's loader is imported already."""
    if LOADER in sys.modules:
        return
    stand_in = _StandIn(LOADER, __doc__)
    stand_in.get_plugins = get_plugins  # type: ignore[attr-defined]
    sys.modules[LOADER] = stand_in


@contextmanager
def plugins_off() -> Iterator[None]:
    """Pydantic plugins off while a validator is built: a scan of every installed package
    costs tens of milliseconds at each start, cluster-cli uses no plugin, and one would see
    every figure of the registry (Typer does the same for its options). Setting
    PYDANTIC_DISABLE_PLUGINS yourself still decides."""
    if "PYDANTIC_DISABLE_PLUGINS" in os.environ:
        yield
        return
    os.environ["PYDANTIC_DISABLE_PLUGINS"] = "1"
    try:
        yield
    finally:
        del os.environ["PYDANTIC_DISABLE_PLUGINS"]
