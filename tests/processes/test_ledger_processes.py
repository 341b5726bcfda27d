"""Nothing is lost with real processes: concurrent updates, and updates killed mid-write."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cluster_cli.files import ledger

pytestmark = pytest.mark.slow


@pytest.fixture
def files(registry_text: str, tmp_path: Path) -> tuple[Path, Path]:
    registry = tmp_path / "targets.toml"
    registry.write_text(registry_text, "utf-8")
    return registry, tmp_path / "actuals.toml"


def environment(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLUSTER_CLI_")}
    env.update(extra)
    return env


def start_update(
    files: tuple[Path, Path], value: int, env: dict[str, str], note: str = ""
) -> subprocess.Popen[bytes]:
    registry, path = files
    command = [sys.executable, "-m", "cluster_cli", "update", "ic-talents", str(value)]
    command += ["--period", "2024", "--registry", str(registry), "--ledger", str(path)]
    if note:
        command += ["--note", note]
    return subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True
    )


def test_twenty_concurrent_updates_leave_twenty_records(files: tuple[Path, Path]) -> None:
    env = environment(CLUSTER_CLI_LOCK_TIMEOUT="60")
    processes = [start_update(files, value, env) for value in range(20)]
    results = [(p.wait(timeout=120), p.stderr.read() if p.stderr else b"") for p in processes]
    assert [code for code, _ in results] == [0] * 20, results
    loaded = ledger.load(files[1])
    assert loaded.warnings == []
    assert sorted(r.value for r in loaded.records if r.value is not None) == [
        float(v) for v in range(20)
    ]
    assert len({r.id for r in loaded.records}) == 20


def test_updates_killed_at_random_moments_lose_nothing(files: tuple[Path, Path]) -> None:
    """Rounds of 4 concurrent updates, each killed with SIGKILL after a random delay, then one
    update left to finish (so that some succeed even on a slow, busy machine).

    The test-only slow write stretches each append over ~0.2 s so that kills land in the
    middle of writes as well as before and after them.
    """
    rng = random.Random(20240630)
    env = environment(CLUSTER_CLI_TEST_SLOW_WRITE="0.002", CLUSTER_CLI_LOCK_TIMEOUT="60")
    note = "x" * 1500  # ~100 chunks of 16 bytes
    succeeded: set[float] = set()
    started: set[float] = set()
    kills = torn_seen = rounds = 0
    next_value = 0
    while rounds < 10 or (torn_seen == 0 and rounds < 25):
        rounds += 1
        batch = []
        for _ in range(4):
            batch.append((next_value, start_update(files, next_value, env, note)))
            started.add(float(next_value))
            next_value += 1
        begin = time.monotonic()
        for delay, (_, process) in sorted(
            zip((rng.uniform(0.3, 2.0) for _ in batch), batch, strict=True), key=lambda x: x[0]
        ):
            time.sleep(max(0.0, begin + delay - time.monotonic()))
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)
                kills += 1
        for value, process in batch:
            code = process.wait(timeout=60)
            if code == 0:
                succeeded.add(float(value))
        loaded = ledger.load(files[1])  # must always load
        torn_seen += loaded.torn_tail
        values = [r.value for r in loaded.records]
        assert succeeded <= set(values), (succeeded - set(values), rounds)
        assert set(values) <= started
        assert len(values) == len(set(values))  # no record written twice
        # One update left to finish after the kills: it must succeed and remove a torn tail.
        survivor = start_update(files, next_value, env, note)
        started.add(float(next_value))
        assert survivor.wait(timeout=60) == 0, survivor.stderr.read() if survivor.stderr else ""
        succeeded.add(float(next_value))
        next_value += 1
        after = ledger.load(files[1])
        assert not after.torn_tail and after.warnings == []
        assert succeeded <= {r.value for r in after.records}
    print(
        f"rounds={rounds} started={len(started)} kills={kills} ok={len(succeeded)} torn={torn_seen}"
    )
    assert kills >= 10
    assert torn_seen >= 1, "no kill landed during a write"


def test_update_blocked_by_a_held_lock_fails_cleanly(files: tuple[Path, Path]) -> None:
    registry, path = files
    lock = ledger.lock_path(path)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import fcntl,sys,time;f=open(sys.argv[1],'w');fcntl.flock(f,fcntl.LOCK_EX);"
            "f.write('pid=1 host=elsewhere');f.flush();print('ok',flush=True);time.sleep(30)",
            str(lock),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ok"
        done = subprocess.run(
            [
                *(sys.executable, "-m", "cluster_cli", "update", "ic-scale", "1250"),
                *("-p", "2023", "--registry", str(registry), "--ledger", str(path)),
            ],
            env=environment(CLUSTER_CLI_LOCK_TIMEOUT="0.5"),
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        holder.kill()
        holder.wait()
    assert done.returncode == 5
    assert "pid=1 host=elsewhere" in done.stderr and str(lock) in done.stderr
    assert "Traceback" not in done.stderr
    assert not path.exists()


def start_undo(files: tuple[Path, Path]) -> subprocess.Popen[str]:
    registry, path = files
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "cluster_cli",
            "undo",
            "--yes",
            "--registry",
            str(registry),
            "--ledger",
            str(path),
        ],
        env=environment(CLUSTER_CLI_LOCK_TIMEOUT="60"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.parametrize("recorded", [3, 1])
def test_concurrent_undos_never_retract_the_same_record(
    files: tuple[Path, Path], recorded: int
) -> None:
    """Two `undo --yes` that both read the ledger before either can write: the lock is held
    here until both are waiting for it. They retract two different records, or the second
    finds nothing left to retract."""
    registry, path = files
    for value in range(recorded):
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "cluster_cli",
                "update",
                "ic-talents",
                str(value),
                "-p",
                "2024",
                "--registry",
                str(registry),
                "--ledger",
                str(path),
            ],
            env=environment(),
            capture_output=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
    with ledger.locked(path, 10):
        processes = [start_undo(files) for _ in range(2)]
        time.sleep(3)  # both start, read the ledger and wait for the lock
    outputs = [p.communicate(timeout=60) for p in processes]
    results = [(p.returncode, out, err) for p, (out, err) in zip(processes, outputs, strict=True)]
    loaded = ledger.load(path)
    retracted = [r.retracts for r in loaded.records if r.retracts is not None]
    assert len(retracted) == len(set(retracted)), results
    if recorded >= 2:
        assert [code for code, _, _ in results] == [0, 0], results
        assert len(retracted) == 2
    else:
        assert sorted(code for code, _, _ in results) == [0, 4], results
        assert any("no recorded figure" in err for _, _, err in results)
        assert len(retracted) == 1
