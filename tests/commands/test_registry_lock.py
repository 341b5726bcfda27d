"""`extract --into` compares the registry with what it read and writes it under the registry's
lock (the one lock the ledger's writes take too): a run never writes over another's goals."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from cluster_cli.files import ledger
from cluster_cli.files.lock import lock_path, locked
from conftest import CliRunner

PLAN = "2026年工作要点\n\n今年新增专精特新企业200家。\n"


@pytest.fixture
def plan() -> Path:
    path = Path("plan.txt")
    path.write_text(PLAN, "utf-8")
    return path


def test_the_registry_and_the_ledger_share_one_lock() -> None:
    assert ledger.locked is locked and ledger.lock_path is lock_path
    assert lock_path(Path("targets.toml")).name == "targets.toml.lock"


def test_a_held_lock_is_waited_for_then_named(
    cli: CliRunner, reg: Path, plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLUSTER_CLI_LOCK_TIMEOUT", "0.3")
    before = reg.read_bytes()
    with locked(reg, 1.0):  # another cluster-cli writing the registry
        result = cli("extract", str(plan), "--into", str(reg), "--yes")
    assert result.code == 5, result.err
    assert "is locked by another cluster-cli" in result.err
    assert "targets.toml.lock" in result.err
    assert reg.read_bytes() == before


def test_a_registry_changed_while_waiting_is_refused_whole(
    cli: CliRunner, reg: Path, plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The other writer appends while this run waits for the lock: this run writes nothing,
    and the other's goal stays."""
    held, go_on = threading.Event(), threading.Event()
    pause = time.sleep

    def waiting(seconds: float) -> None:  # the run waits for the lock: let the other write
        go_on.set()
        pause(seconds)

    monkeypatch.setattr(time, "sleep", waiting)
    theirs = "\n# another run's goals\n"

    def other_writer() -> None:
        with locked(reg, 5.0):
            held.set()
            go_on.wait(5.0)
            reg.write_bytes(reg.read_bytes() + theirs.encode("utf-8"))

    writer = threading.Thread(target=other_writer)
    writer.start()
    held.wait(5.0)
    try:
        result = cli("extract", str(plan), "--into", str(reg), "--yes")
    finally:
        go_on.set()
        writer.join()
    assert result.code == 3, result.err
    assert "changed while extract ran; nothing was changed" in result.err
    assert reg.read_text("utf-8").endswith(theirs)
    assert "zhuanjing" not in reg.read_text("utf-8")


def test_a_report_is_never_written_over_the_registry_lock(cli: CliRunner, reg: Path) -> None:
    result = cli("report", "-o", "targets.toml.lock", "--markdown")
    assert result.code == 2
    assert "that is the registry's lock file" in result.err
    assert not Path("targets.toml.lock").exists()
