"""Colour on a real terminal, none with NO_COLOR, --no-color or when piped (real processes)."""

from __future__ import annotations

import os
import re
import shlex
import shutil
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


def _on_pty(args: list[str], env: dict[str, str], cwd: Path, encoding: str = "utf-8") -> str:
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
    return b"".join(chunks).decode(encoding)  # strict: every byte as the terminal reads it


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


@pytest.mark.parametrize(
    ("encoding", "achieved", "empty_bar"), [("gbk", "√", "·"), ("ascii", "v", "-")]
)
def test_a_terminal_without_the_symbols_gets_stand_ins(
    tmp_path: Path, encoding: str, achieved: str, empty_bar: str
) -> None:
    """A GBK (or ASCII) terminal has no ✓ and no ░: the status of a goal met must not come out
    as "?", the symbol of insufficient data."""
    ledger = tmp_path / "actuals.toml"
    env = _env(NO_COLOR="1", PYTHONIOENCODING=encoding, CLUSTER_CLI_LEDGER=str(ledger))
    update = ["update", "ic-scale", "2100", "--period", "2025", "--source", "example"]
    subprocess.run([sys.executable, "-m", "cluster_cli", *update], env=env, check=True)
    lang = "en" if encoding == "ascii" else "zh"  # an ASCII terminal shows no Chinese at all
    output = _on_pty(["status", "--lang", lang], env, tmp_path, encoding)
    lines = output.splitlines()
    met = next(line for line in lines if "2,100" in line or "210 " in line)  # ic-scale
    waiting = next(line for line in lines if "数据不足" in line or "insufficient data" in line)
    assert f"{achieved} " in met and "? " not in met, met
    assert "? " in waiting, waiting  # insufficient data keeps its own symbol
    assert ("#" if encoding == "ascii" else "█") * 6 in met, met
    assert empty_bar * 6 in waiting, waiting
    assert "?" not in output.replace("? ", "") or encoding == "ascii", output


# ------------------------------------------------------------------------------ tmux

TMUX = shutil.which("tmux")


def _ledger(tmp_path: Path) -> Path:
    from cluster_cli.files.ledger import HEADER, format_record
    from terminal_samples import RECORDS

    path = tmp_path / "actuals.toml"
    path.write_text(HEADER + "".join(format_record(r) for r in RECORDS), "utf-8")
    return path


def _tmux(args: list[str], tmp_path: Path, columns: int = 80, rows: int = 40) -> tuple[str, str]:
    """Run cluster-cli in a tmux window of ``columns`` x ``rows``, as a user would see it:
    the screen when it has finished, and everything it printed (the scrollback)."""
    assert TMUX is not None, "tmux is needed to test what users see"
    socket = str(tmp_path / "tmux.sock")
    tmux = [TMUX, "-S", socket, "-f", "/dev/null", "-u"]
    env = {k: v for k, v in _env().items() if k not in {"COLUMNS", "LINES", "TMUX"}}
    command = shlex.join([sys.executable, "-m", "cluster_cli", *args])
    done = shlex.join([*tmux, "wait-for", "-S", "done"])
    shell = f"{command}; {done}; sleep 60"
    size = ["-x", str(columns), "-y", str(rows)]
    subprocess.run([*tmux, "new-session", "-d", *size, shell], env=env, cwd=tmp_path, check=True)
    try:
        subprocess.run([*tmux, "wait-for", "done"], env=env, timeout=60, check=True)
        screen = subprocess.run(
            [*tmux, "capture-pane", "-p"], env=env, capture_output=True, check=True
        ).stdout.decode("utf-8")
        everything = subprocess.run(
            [*tmux, "capture-pane", "-p", "-S", "-"], env=env, capture_output=True, check=True
        ).stdout.decode("utf-8")
    finally:
        subprocess.run([*tmux, "kill-server"], env=env, check=False)
    return screen, everything


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_dashboard_on_an_80_column_terminal(tmp_path: Path, lang: str) -> None:
    """At 80 x 40: every goal's id was printed whole (users type it into `update` and `show`),
    and the screen left when `status` ends shows the tally by status on its last line."""
    from terminal_samples import sample_assessment

    ledger = _ledger(tmp_path)
    args = ["status", "--lang", lang, "--as-of", "2025-03-31", "--ledger", str(ledger)]
    screen, everything = _tmux(args, tmp_path)
    assessment = sample_assessment()
    words = set(re.findall(r"[\w-]+", everything))
    ids = [row.id for row in assessment.targets] + [row.id for row in assessment.indicators]
    assert not [key for key in ids if key not in words]
    lines = [line for line in screen.splitlines() if line.strip()]
    assert len(screen.splitlines()) <= 40
    tally = "14个目标：" if lang == "zh" else "14 goals: "
    assert any(line.startswith(tally) for line in lines[-3:]), lines[-3:]
    assert lines[-1].rstrip().endswith(("数据不足 5", "insufficient data 5")), lines[-1]
    assert all(len(line) <= 80 for line in everything.splitlines())
