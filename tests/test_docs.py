"""The documentation says what the program does."""

from __future__ import annotations

import subprocess
import sys

from conftest import REPO


def test_cli_reference_is_generated_from_the_current_help() -> None:
    done = subprocess.run(
        [sys.executable, str(REPO / "tools" / "clidocs.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr


def test_readme_quick_start_has_exactly_the_two_commands_ci_runs() -> None:
    readme = (REPO / "README.md").read_text("utf-8")
    quick = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    blocks = [b.split("```", 1)[0].strip() for b in quick.split("```sh\n")[1:]]
    assert len(blocks) == 2
    assert blocks[0] == "pip install . && cluster-cli status"
    ci = (REPO / ".ci" / "run").read_text("utf-8")
    assert blocks[1] in ci


def test_ci_fails_when_any_step_of_the_test_command_fails() -> None:
    """Under `set -e` a failing command that is not the last of an && list stops the list
    but not the script: a lint failure skipped the tests and CI passed."""
    readme = (REPO / "README.md").read_text("utf-8")
    quick = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    command = quick.split("```sh\n")[2].split("```", 1)[0].strip()
    ci = (REPO / ".ci" / "run").read_text("utf-8")
    line = next(line for line in ci.splitlines() if line.startswith(command))
    assert line.endswith("|| exit 1")
    failing = subprocess.run(
        ["bash", "-c", "set -euo pipefail; true && false && true || exit 1; echo reached"],
        capture_output=True,
        text=True,
    )
    assert failing.returncode == 1 and "reached" not in failing.stdout
