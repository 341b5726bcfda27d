"""The shape of the code: pure computation and file renderers know nothing of Typer or Rich."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    "module",
    [
        "cluster_cli.engine.assess",
        "cluster_cli.render.labels",
        "cluster_cli.engine.history",
        "cluster_cli.files.ledger",
        "cluster_cli.files.registry",
        "cluster_cli.render.jsondoc",
        "cluster_cli.render.markdown",
        "cluster_cli.render.html",
        "cluster_cli.render.csv",
        "cluster_cli.app.checks",
    ],
)
def test_module_imports_neither_typer_nor_rich(module: str) -> None:
    code = (
        f"import sys, {module}; "
        "print(sorted(m for m in ('typer', 'rich', 'click') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
