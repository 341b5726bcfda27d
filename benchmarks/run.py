"""Benchmark cluster-cli against its frameworks' floor and a bare TOML parser.

Run by hand (not part of the test suite)::

    python -m benchmarks.run                 # 100, 1,000 and 10,000 goals, 10 records each
    python -m benchmarks.run --sizes 100 --runs 3

For each size it generates a registry and a ledger, then reports the median wall time and the
peak memory (max RSS) of each command, beside

* the skeleton: a Typer + Rich + Pydantic app that validates one model and prints one table,
  the floor any CLI on these frameworks pays (``benchmarks/skeleton.py``);
* the fastest TOML parser installed, reading the same registry and ledger and nothing else.

Every command runs as a fresh process, as a user's shell would start it.
"""

from __future__ import annotations

import argparse
import compileall
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import cluster_cli
from cluster_cli.engine.models import Record
from cluster_cli.files.ledger import HEADER, format_record

HERE = Path(__file__).resolve().parent
SKELETON = HERE / "skeleton.py"
PARSERS = ("rtoml", "pytomlpp", "tomli", "tomllib")


@dataclass(frozen=True)
class Measurement:
    label: str
    seconds: float  # median wall time
    peak_mib: float  # largest max-RSS over the runs


def run_once(argv: Sequence[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    start = time.perf_counter()
    process = subprocess.Popen(
        argv, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        stderr = process.stderr.read().decode() if process.stderr else ""
        raise RuntimeError(f"{' '.join(argv)} exited {process.returncode}: {stderr}")
    if process.stderr:
        process.stderr.close()
    return elapsed, usage.ru_maxrss / 1024  # Linux reports KiB


def measure(
    label: str,
    argv: Sequence[str],
    env: dict[str, str],
    cwd: Path,
    runs: int,
    before_each: object = None,
) -> Measurement:
    run_once(argv, env, cwd)  # warm the file cache
    times, peaks = [], []
    for _ in range(runs):
        if callable(before_each):
            before_each()
        seconds, peak = run_once(argv, env, cwd)
        times.append(seconds)
        peaks.append(peak)
    return Measurement(label, statistics.median(times), max(peaks))


def _nothing() -> None:
    pass


def measure_pair(
    first: tuple[str, Sequence[str]],
    second: tuple[str, Sequence[str]],
    env: dict[str, str],
    cwd: Path,
    runs: int,
    before: tuple[Callable[[], object], Callable[[], object]] | None = None,
) -> tuple[Measurement, Measurement]:
    """Two commands run alternately, so that a busy moment of the machine hits both alike.
    ``before``: what to do (untimed) before each run of the first and of the second."""
    results: dict[str, list[tuple[float, float]]] = {first[0]: [], second[0]: []}
    steps = list(zip((first, second), before or (_nothing, _nothing), strict=True))
    for (_, argv), prepare in steps:
        prepare()
        run_once(argv, env, cwd)
    for _ in range(runs):
        for (label, argv), prepare in steps:
            prepare()
            results[label].append(run_once(argv, env, cwd))

    def summary(label: str) -> Measurement:
        samples = results[label]
        return Measurement(
            label, statistics.median(t for t, _ in samples), max(p for _, p in samples)
        )

    return summary(first[0]), summary(second[0])


# ------------------------------------------------------------------------------ data


def registry_text(goals: int) -> str:
    lines = [
        "schema_version = 1",
        "[sources.bench]",
        'title = "generated"',
        "[clusters.c0]",
        'name = "集群"',
        'name_en = "Cluster"',
        "[regions.r0]",
        'name = "苏州市"',
        'name_en = "Suzhou"',
    ]
    for i in range(goals):
        level = i % 2 == 0
        lines += [
            f"[targets.goal-{i:05d}]",
            f'name = "目标{i}"',
            f'name_en = "Goal {i}"',
            'cluster = "c0"',
            'region = "r0"',
            f'unit = "{"亿元" if level else "家"}"',
            f"target = {2000 + i}",
            f'kind = "{"level" if level else "cumulative"}"',
            "start = 2016",
            "deadline = 2030",
            f"baseline = {{ value = {1000 if level else 0}, period = 2015 }}",
            f'source = {{ document = "bench", quote = "目标{i}" }}',
        ]
    return "\n".join(lines) + "\n"


def ledger_text(goals: int, per_goal: int) -> str:
    parts = [HEADER]
    for j in range(per_goal):
        for i in range(goals):
            level = i % 2 == 0
            value = 1000 + 60 * (j + 1) if level else 10 * (j + 1)
            parts.append(
                format_record(
                    Record(
                        id=f"B{j:03d}{i:06d}",
                        goal_id=f"goal-{i:05d}",
                        value=float(value),
                        unit="亿元" if level else "家",
                        period=str(2016 + j),
                        recorded_at=f"2026-01-{1 + j % 28:02d}T00:00:00.{i:06d}Z",
                        source="统计公报",
                    )
                )
            )
    return "".join(parts)


def write_data(folder: str, goals: int, per_goal: int) -> None:
    """Write targets.toml and actuals.toml of ``goals`` goals with ``per_goal`` records each."""
    Path(folder, "targets.toml").write_text(registry_text(goals), "utf-8")
    Path(folder, "actuals.toml").write_text(ledger_text(goals, per_goal), "utf-8")


def generate(python: str, folder: Path, goals: int, per_goal: int) -> None:
    """Generate the files in a child process: the benchmark's own memory stays small, and
    the peak memory of the processes it starts is theirs alone (a forked child starts with
    its parent's footprint)."""
    code = (
        f"from benchmarks.run import write_data; write_data({str(folder)!r}, {goals}, {per_goal})"
    )
    subprocess.run([python, "-c", code], check=True, cwd=HERE.parent)


def fastest_parser() -> str:
    available = []
    for name in PARSERS:
        try:
            __import__(name)
        except ImportError:
            continue
        available.append(name)
    return available[0]


# ------------------------------------------------------------------------------ main


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--records-per-goal", type=int, default=10)
    parser.add_argument("--runs", type=int, default=5)
    # Quick commands are at the mercy of the machine's moods: they get more runs.
    parser.add_argument("--startup-runs", type=int, default=30)
    parser.add_argument("--out", type=Path, default=HERE / "out" / "results.md")
    options = parser.parse_args(argv)
    sizes = [int(size) for size in options.sizes.split(",")]

    skeleton = SKELETON
    cli = shutil.which("cluster-cli")
    if cli is None:
        print("install cluster-cli first: pip install -e .", file=sys.stderr)
        return 2
    toml_parser = fastest_parser()
    # An installed package has its bytecode compiled; an editable install under
    # PYTHONDONTWRITEBYTECODE would recompile every module on every run and measure that.
    compileall.compile_dir(str(Path(cluster_cli.__file__).parent), quiet=1)
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLUSTER_CLI_")}
    env.update({"NO_COLOR": "1", "COLUMNS": "120", "LANG": "C.UTF-8"})
    python = sys.executable
    runs = options.runs
    startup_runs = options.startup_runs
    lines = [
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, {platform.system()} {platform.release()}; "
        f"median of {startup_runs} runs for the shipped registry and for `update`, of {runs} "
        f"for the other commands; TOML parser baseline: {toml_parser}.",
        "",
    ]

    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        env["XDG_DATA_HOME"] = str(root / "data")  # no ledger of the user's own
        empty = root / "empty"
        empty.mkdir()
        skeleton_run = ("skeleton", [python, str(skeleton), "status"])
        # Each command alternates with the skeleton: both are timed at the same moments.
        floor, status = measure_pair(
            skeleton_run, ("status (shipped registry)", [cli, "status"]), env, empty, startup_runs
        )
        floor_help, help_ = measure_pair(
            skeleton_run, ("--help", [cli, "--help"]), env, empty, startup_runs
        )
        floor_version, version = measure_pair(
            skeleton_run, ("--version", [cli, "--version"]), env, empty, startup_runs
        )
        shipped = [(status, floor), (help_, floor_help), (version, floor_version)]
        lines += [
            "| command | median | ratio to skeleton | peak memory |",
            "| --- | --- | --- | --- |",
        ]
        lines.append(
            f"| `skeleton` | {floor.seconds * 1000:.0f} ms | 1.00x | {floor.peak_mib:.0f} MiB |"
        )
        for m, pair_floor in shipped:
            lines.append(
                f"| `{m.label}` | {m.seconds * 1000:.0f} ms | "
                f"{m.seconds / pair_floor.seconds:.2f}x | {m.peak_mib:.0f} MiB |"
            )
        lines += [
            "",
            "| goals / records | command | median | peak memory | ratio to parser + skeleton |",
            "| --- | --- | --- | --- | --- |",
        ]
        json_times: dict[int, float] = {}
        ratios: dict[tuple[int, str], float] = {}  # (goals, command) -> ratio to the reference
        for goals in sizes:
            folder = root / f"g{goals}"
            folder.mkdir()
            ledger = folder / "actuals.toml"
            generate(python, folder, goals, options.records_per_goal)
            pristine = folder / "actuals.pristine.toml"
            shutil.copyfile(ledger, pristine)
            records = goals * options.records_per_goal
            read = (
                f"import {toml_parser} as p, pathlib\n"
                "for f in ('targets.toml', 'actuals.toml'):\n"
                "    p.loads(pathlib.Path(f).read_text('utf-8'))\n"
            )
            baseline = measure("parser", [python, "-c", read], env, folder, runs)
            reference = baseline.seconds + floor.seconds

            def restore(source: Path = pristine, path: Path = ledger) -> None:
                shutil.copyfile(source, path)

            measured = [
                measure("status", [cli, "status"], env, folder, runs),
                measure("status --limit all", [cli, "status", "--limit", "all"], env, folder, runs),
                measure("status --json", [cli, "status", "--json"], env, folder, runs),
                measure("report --markdown", [cli, "report", "--markdown"], env, folder, runs),
                measure(
                    "report --markdown --details all",
                    [cli, "report", "--markdown", "--details", "all"],
                    env,
                    folder,
                    runs,
                ),
                measure(
                    "update",
                    [cli, "update", "goal-00001", "55", "--period", "2025", "--source", "bench"],
                    env,
                    folder,
                    runs,
                    before_each=restore,
                ),
                measure("--version", [cli, "--version"], env, folder, runs),
            ]
            lines.append(
                f"| {goals:,} / {records:,} | {toml_parser} reads both files | "
                f"{baseline.seconds * 1000:.0f} ms | {baseline.peak_mib:.0f} MiB | |"
            )
            for m in measured:
                lines.append(
                    f"| {goals:,} / {records:,} | `{m.label}` | {m.seconds * 1000:.0f} ms | "
                    f"{m.peak_mib:.0f} MiB | {m.seconds / reference:.2f}x |"
                )
                ratios[goals, m.label] = m.seconds / reference
                if m.label == "status --json":
                    json_times[goals] = m.seconds

        # update: the same registry, a 100-record ledger against a 100,000-record one, run
        # alternately (each from a fresh copy) so that the machine's moods hit both alike.
        biggest = max(sizes)
        folder = root / f"g{biggest}"
        ledger = folder / "actuals.toml"
        sources = []
        for goals, per_goal in ((100, 1), (10_000, 10)):
            sized = root / f"ledger-{goals}-{per_goal}"
            sized.mkdir()
            generate(python, sized, goals, per_goal)
            sources.append(sized / "actuals.toml")

        def copy_of(source: Path) -> Callable[[], object]:
            return lambda: shutil.copyfile(source, ledger)

        update = [cli, "update", "goal-00001", "55", "--period", "2025", "--source", "bench"]
        small, large = measure_pair(
            ("100 records", update),
            ("100,000 records", update),
            env,
            folder,
            options.startup_runs,
            before=(copy_of(sources[0]), copy_of(sources[1])),
        )
        update_times = {small.label: small.seconds, large.label: large.seconds}

    lines += ["", "| check | measured | limit |", "| --- | --- | --- |"]
    for (m, pair_floor), name, limit in zip(
        shipped, ("status", "--help", "--version"), ("1.10x", "0.80x", "0.40x"), strict=True
    ):
        lines.append(f"| `{name}` / skeleton | {m.seconds / pair_floor.seconds:.2f}x | {limit} |")
    for label in ("status", "status --json", "report --markdown"):
        if (10_000, label) in ratios:
            lines.append(
                f"| `{label}`, 10,000 goals / (parser + skeleton) "
                f"| {ratios[10_000, label]:.2f}x | 2x |"
            )
    if 1000 in json_times and 10_000 in json_times:
        growth = json_times[10_000] / json_times[1000]
        lines.append(f"| `status --json` 10,000 / 1,000 goals | {growth:.2f}x | 11x |")
    ratio = update_times["100,000 records"] / update_times["100 records"]
    lines.append(
        f"| `update`, 100,000 / 100 records ({biggest:,}-goal registry) | {ratio:.2f}x | 1.2x |"
    )
    text = "\n".join(lines) + "\n"
    print(text)
    options.out.parent.mkdir(parents=True, exist_ok=True)
    options.out.write_text(text, "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
