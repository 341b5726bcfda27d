"""`import` is all or none: on a failed write, and when the process is killed mid-write."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cluster_cli.engine.models import Record
from cluster_cli.errors import ExitCode, WriteError
from cluster_cli.files import ledger
from conftest import CliRunner, make_record


def make(value: float) -> Record:
    return make_record(value, goal_id="ic-talents")


def rows_csv(path: Path, tag: str, count: int = 5, base: int = 100) -> Path:
    """``count`` figures from ``base`` up: a figure already counting would not be written
    again, so each batch of a test that imports many is given its own ``base``."""
    lines = ["target,value,period,note"]
    lines += [f"ic-talents,{base + i},{2019 + i},{tag}" for i in range(count)]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def test_import_reports_nothing_as_recorded_when_the_write_fails(
    cli: CliRunner, reg: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli("update", "ic-scale", "1250", "-p", "2023")
    before = Path("actuals.toml").read_bytes()

    def fail(path: Path, records: object, **_: object) -> None:
        raise WriteError(f"{path}: could not be written (No space left on device)")

    monkeypatch.setattr(ledger, "append", fail)
    result = cli("import", str(rows_csv(Path("figures.csv"), "batch")))
    assert result.code == ExitCode.IO
    assert "recorded" not in result.out
    assert Path("actuals.toml").read_bytes() == before


def test_a_batch_that_fails_to_replace_the_ledger_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "actuals.toml"
    ledger.append(path, [make(1.0)])
    path.write_bytes(path.read_bytes() + b'01J = { target = "ic-ta')  # a torn tail
    before = path.read_bytes()

    def fail(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(WriteError, match="nothing was changed"):
        ledger.append(path, [make(2.0), make(3.0)])
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["actuals.toml", "actuals.toml.lock"]


def test_a_batch_removes_a_torn_tail_and_keeps_everything_else(tmp_path: Path) -> None:
    path = tmp_path / "actuals.toml"
    first = make(1.0)
    ledger.append(path, [first])
    whole = path.read_bytes()
    path.write_bytes(whole + b'01J = { target = "ic-ta')
    batch = [make(2.0), make(3.0)]
    result = ledger.append(path, batch)
    assert "unfinished record" in result.warnings[0]
    assert path.read_bytes() == whole + "".join(map(ledger.format_record, batch)).encode()
    assert ledger.load(path).records == [first, *batch]


def test_a_single_record_is_still_appended_in_place(tmp_path: Path) -> None:
    path = tmp_path / "actuals.toml"
    ledger.append(path, [make(1.0)])
    inode = path.stat().st_ino
    ledger.append(path, [make(2.0)])
    assert path.stat().st_ino == inode


def _strays(folder: Path) -> list[Path]:
    return list(folder.glob(".actuals.toml.*"))


@pytest.mark.slow
def test_imports_killed_mid_write_leave_all_rows_or_none(
    registry_text: str, tmp_path: Path
) -> None:
    """Rounds of one slow import of 5 rows, killed with SIGKILL once it has begun writing.

    After every kill the ledger loads and holds either all 5 rows of that import or none.
    """
    registry = tmp_path / "targets.toml"
    registry.write_text(registry_text, "utf-8")
    path = tmp_path / "actuals.toml"
    ledger.append(path, [make(1.0)])
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLUSTER_CLI_")}
    env.update(CLUSTER_CLI_TEST_SLOW_WRITE="0.003", CLUSTER_CLI_LOCK_TIMEOUT="60")
    rng = random.Random(20240630)
    command = [sys.executable, "-m", "cluster_cli", "import", "--registry", str(registry)]
    command += ["--ledger", str(path)]
    outcomes = {"all": 0, "none": 0}
    killed_writing = 0
    for round_ in range(12):
        tag = f"round-{round_}"
        csv_path = rows_csv(tmp_path / f"{tag}.csv", tag, base=100 * (round_ + 1))
        for stray in _strays(tmp_path):  # left by the previous kill: proof it hit a write
            stray.unlink()
        size = path.stat().st_size
        process = subprocess.Popen(
            [*command, str(csv_path)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while not _strays(tmp_path) and path.stat().st_size == size:
            assert process.poll() is None, "the import ended before it began writing"
            assert time.monotonic() < deadline
            time.sleep(0.002)
        time.sleep(rng.uniform(0.0, 0.25))  # the 5 lines take ~0.3 s to write
        writing = process.poll() is None
        if writing:
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=60)
        killed_writing += writing
        loaded = ledger.load(path)  # must always load
        count = sum(1 for r in loaded.records if r.note == tag)
        assert count in (0, 5), (round_, count, loaded.warnings)
        outcomes["all" if count == 5 else "none"] += 1
    print(f"outcomes={outcomes} killed while writing={killed_writing}")
    assert killed_writing >= 6, "too few kills landed during a write"
    assert outcomes["none"] >= 1
    done = subprocess.run(
        [*command, str(rows_csv(tmp_path / "last.csv", "last", base=10_000))],
        env={k: v for k, v in env.items() if k != "CLUSTER_CLI_TEST_SLOW_WRITE"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    loaded = ledger.load(path)
    assert loaded.warnings == [] and sum(r.note == "last" for r in loaded.records) == 5
    assert _strays(tmp_path) == []
