"""The installed entry points, run as real processes."""

from __future__ import annotations

import gc
import shutil
import subprocess
import sys

from cluster_cli import __version__
from cluster_cli.commands.cli import run


def test_python_dash_m_and_version_fast_path() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "cluster_cli", "--version"], capture_output=True, text=True
    )
    assert done.returncode == 0
    assert done.stdout == f"cluster-cli {__version__}\n"


def test_version_does_not_import_the_frameworks() -> None:
    code = (
        "import sys; sys.argv = ['cluster-cli', '--version']; "
        "from cluster_cli.entry import main; main(); "
        "print(sorted(m for m in ('typer', 'rich', 'pydantic') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.splitlines()[-1] == "[]"


def test_console_script_reports_errors_on_stderr_without_traceback() -> None:
    script = shutil.which("cluster-cli")
    assert script is not None, "cluster-cli must be installed (pip install -e '.[dev]')"
    done = subprocess.run(
        [script, "status", "--registry", "missing.toml"], capture_output=True, text=True
    )
    assert done.returncode == 3
    assert done.stdout == ""
    assert done.stderr == "cluster-cli: error: missing.toml: no such file\n"


def test_a_command_leaves_the_cycle_collector_as_it_found_it() -> None:
    """Commands run without the cycle collector (they build many objects and no cycles); the
    caller's setting is restored afterwards, also after an error."""
    assert gc.isenabled()
    assert run(["status"]) == 0
    assert gc.isenabled()
    assert run(["show", "no-such-goal"]) != 0
    assert gc.isenabled()
    gc.disable()
    try:
        run(["status"])
        assert not gc.isenabled()
    finally:
        gc.enable()
