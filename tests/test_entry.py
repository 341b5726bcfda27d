"""The installed entry points, run as real processes."""

from __future__ import annotations

import gc
import os
import shutil
import subprocess
import sys

import pytest

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


def test_run_leaves_the_process_as_it_found_it() -> None:
    """The start-up policy belongs to the console script: tests and tools calling run() keep
    their cycle collector and their environment."""
    before = dict(os.environ)
    assert gc.isenabled()
    assert run(["status"]) == 0
    assert run(["show", "no-such-goal"]) != 0
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0
    assert dict(os.environ) == before


POLICY_PROBE = """
import gc, os, sys
from cluster_cli import entry
sys.argv = ["cluster-cli", "check"]
try:
    entry.main()
except SystemExit as done:
    frozen = gc.get_freeze_count() > 1000  # the heap is left to the system at exit
    print(done.code, gc.isenabled(), frozen, os.environ.get("PYDANTIC_DISABLE_PLUGINS"))
"""


@pytest.mark.parametrize(("preset", "expected"), [(None, "__all__"), ("", ""), ("1", "1")])
def test_the_console_script_applies_the_startup_policy(preset: str | None, expected: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    if preset is not None:
        env["PYDANTIC_DISABLE_PLUGINS"] = preset  # the user's setting decides
    done = subprocess.run(
        [sys.executable, "-c", POLICY_PROBE], capture_output=True, text=True, env=env
    )
    last = done.stdout.splitlines()[-1].split()
    assert last == ["0", "False", "True", *([expected] if expected else [])], done.stderr


SCAN_PROBE = """
import importlib.metadata, sys
def scan(*args, **kwargs):
    print("pydantic looked for plugins among the installed packages", file=sys.stderr)
    raise SystemExit(97)
importlib.metadata.distributions = scan
from cluster_cli import entry
sys.argv = ["cluster-cli", "status", "--json"]
entry.main()
"""


@pytest.mark.parametrize(("policy", "scans"), [(True, False), (False, True)])
def test_no_plugin_scan_under_the_startup_policy(policy: bool, scans: bool) -> None:
    """Without the policy building the registry validator scans every installed package (so the
    probe can fail); with it, a whole command runs without a scan."""
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    code = SCAN_PROBE
    if not policy:
        code = code.replace(
            "from cluster_cli import entry",
            "from cluster_cli import entry\nentry.apply_startup_policy = lambda: None",
        )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert ("looked for plugins" in done.stderr) is scans, done.stderr
    assert (done.returncode == 0) is not scans


def test_help_imports_no_application_layer() -> None:
    """`--help` imports every command module for its signature, and none of what the commands
    then do: the application layer, the engine's models, the ledger (start-up benchmark)."""
    code = (
        "import sys; from cluster_cli.commands.cli import run; run(['--help']); "
        "print(sorted(m for m in ('cluster_cli.app.load', 'cluster_cli.engine.models', "
        "'cluster_cli.files.ledger') if m in sys.modules), file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stderr.strip().splitlines()[-1] == "[]", done.stderr
