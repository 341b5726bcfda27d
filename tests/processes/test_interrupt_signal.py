"""A real Ctrl-C (SIGINT) in the middle of an append: exit 130, the ledger as it was, and the
message says so."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from cluster_cli.errors import ExitCode
from cluster_cli.files import ledger
from conftest import make_record


def test_sigint_during_an_append_says_nothing_was_changed(
    registry_text: str, tmp_path: Path
) -> None:
    registry = tmp_path / "targets.toml"
    registry.write_text(registry_text, "utf-8")
    path = tmp_path / "actuals.toml"
    ledger.append(path, [make_record(1.0, goal_id="ic-talents")])
    before = path.read_bytes()
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLUSTER_CLI_")}
    env.update(CLUSTER_CLI_TEST_SLOW_WRITE="0.05", LANG="C.UTF-8")
    command = [sys.executable, "-m", "cluster_cli", "update", "ic-talents", "7", "-p", "2024"]
    command += ["-s", "a source long enough to take a while", "-r", str(registry)]
    process = subprocess.Popen(
        [*command, "-l", str(path)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        # A child started from a shell's background job would ignore SIGINT: take it.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 60
    while path.stat().st_size == len(before):  # the first pieces of the line are written
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.002)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    assert process.returncode == ExitCode.INTERRUPTED, err
    assert err.strip() == "cluster-cli: interrupted; nothing was changed", err
    assert "recorded" not in out
    assert path.read_bytes() == before
