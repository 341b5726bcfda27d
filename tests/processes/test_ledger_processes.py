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

from cluster_cli.engine.records import Record
from cluster_cli.files import ledger
from conftest import make_record

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
    update left to finish (so that some succeed even on a slow, busy machine); rounds go on
    until enough kills have landed.

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
    # At least 10 rounds; more, up to 40, until 10 kills and a torn write have been seen
    # (how many kills land depends on the machine's speed, not on the code under test).
    while rounds < 10 or ((kills < 10 or torn_seen == 0) and rounds < 40):
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


def _run(files: tuple[Path, Path], ledger_path: Path, *args: str) -> list[str]:
    return [
        *(sys.executable, "-m", "cluster_cli", *args),
        *("--registry", str(files[0]), "--ledger", str(ledger_path)),
    ]


@pytest.mark.parametrize("first", ["import", "update"])
def test_one_ledger_under_two_names_takes_one_lock(
    files: tuple[Path, Path], tmp_path: Path, first: str
) -> None:
    """`import -l link/actuals.toml` (a symbolic link) and `update -l real/actuals.toml` at
    once, each order: both succeed and every record is in the file, still behind the link."""
    real = tmp_path / "real" / "actuals.toml"
    real.parent.mkdir()
    link = tmp_path / "link" / "actuals.toml"
    link.parent.mkdir()
    link.symlink_to(real)
    ledger.append(real, [ledger_record(0.0)])
    figures = tmp_path / "figures.csv"
    figures.write_text(
        "target,value,period\n" + "".join(f"ic-talents,{v},{2016 + v}\n" for v in range(1, 8)),
        "utf-8",
    )
    importing = _run(files, link, "import", str(figures))
    updating = _run(files, real, "update", "ic-scale", "1250", "-p", "2023", "--note", "x" * 600)
    slow = environment(CLUSTER_CLI_TEST_SLOW_WRITE="0.003", CLUSTER_CLI_LOCK_TIMEOUT="60")
    commands = [importing, updating] if first == "import" else [updating, importing]
    holder = subprocess.Popen(commands[0], env=slow, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    lock = real.with_name("actuals.toml.lock")
    deadline = time.monotonic() + 30
    while holder.poll() is None and time.monotonic() < deadline:
        if lock.exists() and lock.read_text("utf-8", errors="replace").startswith("pid="):
            break
        time.sleep(0.01)
    second = subprocess.run(commands[1], env=slow, capture_output=True, timeout=120)
    _, err = holder.communicate(timeout=120)
    assert holder.returncode == 0, err.decode()
    assert second.returncode == 0, second.stderr.decode()
    assert link.is_symlink()
    values = sorted(r.value or 0.0 for r in ledger.load(real).records)
    assert values == [0.0, *map(float, range(1, 8)), 1250.0]


def ledger_record(value: float) -> Record:
    return make_record(value, goal_id="ic-talents", period="2015")


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "fifo"])
def test_devices_and_pipes_are_refused_as_input_files(
    files: tuple[Path, Path], tmp_path: Path, device: str
) -> None:
    """Read without end they would fill the memory; a FIFO without writer would block."""
    if device == "fifo":
        os.mkfifo(tmp_path / "fifo")
        device = str(tmp_path / "fifo")
    registry, path = files
    ledger.append(path, [ledger_record(1.0)])
    cases = [
        ["status", "--registry", device],
        ["status", "--registry", str(registry), "--ledger", device],
        ["update", "ic-scale", "1", "-p", "2023", "--registry", str(registry), "-l", device],
        ["import", device, "--registry", str(registry), "--ledger", str(path)],
        ["check", "--registry", str(registry), "--ledger", str(path), "--quotes", device],
    ]
    for args in cases:
        done = subprocess.run(
            [sys.executable, "-m", "cluster_cli", *args],
            env=environment(),
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 3, (args, done.stderr)
        assert f"{device}: is a " in done.stderr and "not a file" in done.stderr, done.stderr
        assert "Traceback" not in done.stderr
