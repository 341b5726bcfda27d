"""Colour on a real terminal, none with NO_COLOR, --no-color or when piped (real processes)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")

SGR = re.compile(r"\x1b\[([0-9;]*)m")
COLOUR_CODES = {*range(30, 39), *range(40, 49), *range(90, 98), *range(100, 108)}


def _env(**extra: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"NO_COLOR", "FORCE_COLOR", "CLUSTER_CLI_REGISTRY", "CLUSTER_CLI_LEDGER"}
    }
    env.update({"TERM": "xterm-256color", "COLUMNS": "100", "LANG": "C.UTF-8"}, **extra)
    return env


def _on_pty(args: list[str], env: dict[str, str], cwd: Path) -> str:
    import pty

    main_fd, child_fd = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "cluster_cli", *args],
        stdin=child_fd,
        stdout=child_fd,
        stderr=subprocess.PIPE,
        env=env,
        cwd=cwd,
    )
    os.close(child_fd)
    chunks = []
    while True:
        try:
            data = os.read(main_fd, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(main_fd)
    assert process.wait(timeout=60) == 0, process.stderr.read() if process.stderr else ""
    return b"".join(chunks).decode("utf-8", "replace")


def _colour_codes(output: str) -> set[int]:
    codes = set()
    for match in SGR.finditer(output):
        params = [int(p) for p in match.group(1).split(";") if p]
        codes |= {p for p in params if p in COLOUR_CODES}
    return codes


ARGS = ["status", "--lang", "en", "--as-of", "2025-03-31"]


def test_colour_on_a_terminal(tmp_path: Path) -> None:
    output = _on_pty(ARGS, _env(), tmp_path)
    assert _colour_codes(output), output[:400]
    assert "insufficient data" in output


def test_no_color_environment_variable(tmp_path: Path) -> None:
    output = _on_pty(ARGS, _env(NO_COLOR="1"), tmp_path)
    assert "insufficient data" in output
    assert not _colour_codes(output)


def test_no_color_option(tmp_path: Path) -> None:
    output = _on_pty([*ARGS, "--no-color"], _env(), tmp_path)
    assert "insufficient data" in output
    assert not _colour_codes(output)


def test_piped_output_has_no_escape_codes(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "cluster_cli", *ARGS],
        capture_output=True,
        env=_env(),
        cwd=tmp_path,
        timeout=60,
        check=True,
    )
    output = result.stdout.decode("utf-8")
    assert "insufficient data" in output
    assert "\x1b" not in output
