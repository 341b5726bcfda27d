"""`extract --into` with real processes: runs at once never lose a goal they report appended."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

RUNS = 6  # processes appending to one registry at once
ROUNDS = 3


def environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLUSTER_CLI_")}
    env.update(LANG="C.UTF-8", CLUSTER_CLI_LOCK_TIMEOUT="60")
    return env


def plan(folder: Path, number: int) -> Path:
    """A plan of one goal whose target (100 + number) tells which run appended it."""
    path = folder / f"plan{number}.txt"
    text = f"{2025 + number}年工作要点\n\n今年新增高新技术企业{100 + number}家。\n"
    path.write_text(text, "utf-8")
    return path


def targets_of_the_plans(registry: Path) -> set[int]:
    goals = tomllib.loads(registry.read_text("utf-8"))["targets"]
    return {int(goal["target"]) - 100 for key, goal in goals.items() if key.startswith("xinzeng")}


@pytest.mark.parametrize("round_", range(ROUNDS))
def test_runs_at_once_report_only_the_goals_they_wrote(
    registry_text: str, tmp_path: Path, round_: int
) -> None:
    registry = tmp_path / "targets.toml"
    registry.write_text(registry_text, "utf-8")
    env = environment()
    into = ["--into", str(registry), "--yes"]
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "cluster_cli", "extract", str(plan(tmp_path, number)), *into],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
        )
        for number in range(RUNS)
    ]
    appended, refused = set(), []
    for number, run in enumerate(runs):
        out, err = run.communicate(timeout=120)
        if run.returncode == 0:
            assert "appended 1 goal" in out.decode(), out
            appended.add(number)
        else:  # waited for the lock, then found the registry changed: nothing written
            assert run.returncode == 3, err
            assert "changed while extract ran; nothing was changed" in err.decode(), err
            refused.append(number)
    assert appended, "one run at least appends"
    assert targets_of_the_plans(registry) == appended, (appended, refused)
    assert registry.read_text("utf-8").startswith(registry_text)
    check = subprocess.run(
        [sys.executable, "-m", "cluster_cli", "check", "--registry", str(registry)],
        env=env,
        capture_output=True,
        cwd=tmp_path,
    )
    assert check.returncode == 0, check.stderr
