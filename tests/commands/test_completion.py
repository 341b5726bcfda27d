"""Shell completion offers what can be typed: goal ids, clusters, regions, statuses, languages."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def complete(words: str, tmp_path: Path) -> list[str]:
    env = {
        **os.environ,
        "_CLUSTER_CLI_COMPLETE": "complete_bash",
        "COMP_WORDS": words,
        "COMP_CWORD": str(len(words.split()) - (0 if words.endswith(" ") else 1)),
    }
    done = subprocess.run(
        [sys.executable, "-m", "cluster_cli"], env=env, cwd=tmp_path, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("cluster-cli update ic-t", ["ic-talents"]),
        ("cluster-cli show kunshan-opto", ["kunshan-optoelectronics"]),
        ("cluster-cli log ic-sc", ["ic-scale"]),
        ("cluster-cli status --cluster industr", ["industrial-internet", "industry"]),
        ("cluster-cli report --region ku", ["kunshan"]),
        ("cluster-cli status --status on", ["on-track"]),
        ("cluster-cli status --lang z", ["zh"]),
    ],
)
def test_completion(words: str, expected: list[str], tmp_path: Path) -> None:
    assert complete(words, tmp_path) == expected


def test_an_unreadable_registry_completes_nothing(tmp_path: Path) -> None:
    (tmp_path / "targets.toml").write_text("not = [toml", "utf-8")
    assert complete("cluster-cli update ic-", tmp_path) == []


def test_init_completes_folders(tmp_path: Path) -> None:
    (tmp_path / "plans" / "suzhou").mkdir(parents=True)
    (tmp_path / "plain.txt").write_text("", "utf-8")
    assert complete("cluster-cli init pl", tmp_path) == ["plans/"]
    assert complete("cluster-cli init plans/s", tmp_path) == ["plans/suzhou/"]
