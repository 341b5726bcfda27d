"""Shared fixtures: run the CLI in-process with captured output, isolated folders, one record
factory and one golden-file check."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from cluster_cli.commands.cli import run
from cluster_cli.engine.models import Record
from cluster_cli.files import ledger

REPO = Path(__file__).resolve().parent.parent
ARTICLE = REPO.parent / "shared" / "sources" / "000_67493ae3ddcdcf26.txt"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests under tests/processes start real processes (kills, locks, pseudo-terminals, odd
    environments): they are `slow`, left out of the fast lane ``-m "not slow"``; CI runs all."""
    processes = REPO / "tests" / "processes"
    for item in items:
        if processes in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.slow)


@dataclass
class Result:
    code: int
    out: str
    err: str


CliRunner = Callable[..., Result]


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test runs in its own empty folder, with no user settings leaking in."""
    monkeypatch.chdir(tmp_path)
    for variable in (
        "CLUSTER_CLI_REGISTRY",
        "CLUSTER_CLI_LEDGER",
        "CLUSTER_CLI_DEBUG",
        "NO_COLOR",
        "FORCE_COLOR",
    ):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("COLUMNS", "120")
    yield


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> CliRunner:
    """Call ``cli("status", "--json")``; returns exit code, stdout and stderr."""

    def invoke(*args: str) -> Result:
        capsys.readouterr()
        code = run(list(args))
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return invoke


# The head of a small registry: one source (doc), one cluster (c), one region (r); the goals
# a test needs follow it.
REGISTRY_HEAD = """\
schema_version = 1
[sources.doc]
title = "政府工作报告"
[clusters.c]
name = "宏观"
name_en = "Macro"
[regions.r]
name = "某市"
name_en = "A city"
"""


def count_goal(
    key: str, name: str, name_en: str, target: int = 10, start: int = 2024, deadline: int = 2027
) -> str:
    """A goal of REGISTRY_HEAD's cluster and region: ``target`` 家 (enterprises) more by
    ``deadline``, counted from 0 the year before ``start``."""
    return f"""
[targets.{key}]
name = "{name}"
name_en = "{name_en}"
cluster = "c"
region = "r"
unit = "家"
unit_en = "enterprises"
target = {target}
kind = "cumulative"
start = {start}
deadline = {deadline}
baseline = {{ value = 0, period = {start - 1} }}
source = {{ document = "doc", quote = "新增企业{target}家" }}
"""


def write_goals_in_thirds(goals: int) -> None:
    """./targets.toml of ``goals`` count goals ``goal-000``… of REGISTRY_HEAD, and the ledger
    beside it: a third of each status at 2025-06-30: achieved (i % 3 == 0), limited progress
    (1), no figure (2)."""
    text = REGISTRY_HEAD + "".join(
        count_goal(f"goal-{i:03d}", f"目标{i}", f"Goal {i}", 100, 2020, 2030) for i in range(goals)
    )
    Path("targets.toml").write_text(text, "utf-8")
    records = [
        make_record(
            100.0 if i % 3 == 0 else 5.0,
            goal_id=f"goal-{i:03d}",
            unit="家",
            period="2024",
            recorded_at=f"2025-03-01T00:00:00.{i:06d}Z",  # before 2025-06-30
            source="example",
        )
        for i in range(goals)
        if i % 3 != 2
    ]
    Path("actuals.toml").write_text(
        ledger.HEADER + "".join(map(ledger.format_record, records)), "utf-8"
    )


@pytest.fixture
def registry_text() -> str:
    return (REPO / "targets.toml").read_text("utf-8")


@pytest.fixture
def reg(registry_text: str) -> Path:
    """The shipped registry as ./targets.toml (each test runs in its own folder)."""
    path = Path("targets.toml")
    path.write_text(registry_text, "utf-8")
    return path


def make_record(
    value: float | None = 1250.0,
    note: str = "",
    goal_id: str = "ic-scale",
    *,
    unit: str | None = None,
    period: str = "2023",
    recorded_at: str | None = None,
    source: str = "",
    retracts: str | None = None,
    id: str | None = None,
) -> Record:
    """The one factory of records for the tests: by default of 2023 for the IC scale goal (亿元)
    or, given another goal, a count (名), with a fresh id and the time now. Helpers of single
    test modules fix their own defaults and build through it."""
    return Record(
        id=id if id is not None else ledger.new_id(),
        goal_id=goal_id,
        value=value,
        unit=unit if unit is not None else "亿元" if goal_id == "ic-scale" else "名",
        period=period,
        recorded_at=recorded_at if recorded_at is not None else ledger.timestamp(),
        source=source,
        note=note,
        retracts=retracts,
    )


def numbered_record(i: int, target: str = "ic-talents", source: str = "") -> Record:
    """Record number ``i`` of a generated ledger: a figure a year from 2016 (cycling over eight
    years), of ``ic-talents`` (名) or another goal in 亿元, recorded one microsecond apart."""
    return make_record(
        float(100 + i),
        goal_id=target,
        unit="名" if target == "ic-talents" else "亿元",
        period=str(2016 + i % 8),
        recorded_at=f"2024-03-02T08:15:02.{i:06d}Z",
        source=source,
        id=f"R{i:08d}",
    )


def check_golden(path: Path, text: str) -> None:
    """``text`` must equal the golden file at ``path``, byte for byte.

    Under ``UPDATE_GOLDEN=1`` a differing or missing file is rewritten and the test still FAILS,
    naming the file: a rewritten golden file is a change to read and commit, never a pass.
    """
    expected = path.read_bytes().decode("utf-8") if path.exists() else None
    if text == expected:
        return
    if os.environ.get("UPDATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
        pytest.fail(f"{path} rewritten: read the difference (git diff) and run the tests again")
    if expected is None:
        pytest.fail(f"{path} is missing: run the tests with UPDATE_GOLDEN=1 to write it")
    pytest.fail(
        f"{path} differs from the output; if the change is intended, "
        "rewrite it with UPDATE_GOLDEN=1 and read the difference"
    )


def fresh_python(*lines: str) -> list[str]:
    """What a new interpreter prints running ``lines``: for what a process imports."""
    done = subprocess.run(
        [sys.executable, "-c", "\n".join(lines)], capture_output=True, text=True, check=True
    )
    return done.stdout.splitlines()
