"""Where the time of `report --markdown` and `status --json` goes, stage by stage, in one process.

Run by hand::

    python -m benchmarks.stages                 # 10,000 goals, 10 records each, median of 3
    python -m benchmarks.stages --goals 1000 --runs 5

`benchmarks.run` times whole commands against the reference (the fastest TOML parser reading
both files, plus the skeleton's start-up). This says what each stage of a report costs, through
the same public functions the commands call, beside two floors of the work a report cannot skip:
joining its lines into one document, and formatting each line once from four cells, with no
figure written, nothing escaped and nothing computed.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def _stages(folder: Path, details: int | None) -> dict[str, float]:
    """One report of the files in ``folder``, timed stage by stage (the start-up policy of the
    console script applied, as a command runs)."""
    gc.disable()
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    os.environ["XDG_DATA_HOME"] = str(folder / "data")  # no ledger of the user's own
    os.chdir(folder)
    times: dict[str, float] = {}
    start = time.perf_counter()
    from cluster_cli.app import load
    from cluster_cli.engine.assess import compute
    from cluster_cli.engine.periods import today
    from cluster_cli.render import jsondoc, markdown, report

    times["imports"] = time.perf_counter() - start

    def timed(name: str, step: Callable[[], T]) -> T:
        began = time.perf_counter()
        result = step()
        times[name] = time.perf_counter() - began
        return result

    context = timed("registry", lambda: load.open_context(None, None))
    loaded = timed("ledger", lambda: load.load_ledger(context)[0])
    records = loaded.records
    timed("compute", lambda: compute(context.registry, records, today()))
    state = load.load_state(None, None, None)  # the same again, as the commands call it
    built = timed(
        "report views",
        lambda: report.build(state.assessment, state.origin, state.registry, "en", None, details),
    )
    text = timed("Markdown layout", lambda: markdown.render_report(built))
    timed("encode", lambda: text.encode("utf-8"))
    timed("status --json document", lambda: jsondoc.render(state.assessment, state.origin))
    lines = text.split("\n")
    timed("floor: join the report's lines", lambda: "\n".join(lines))
    cells = "| {} | {} | {} | {} |".format
    timed(
        "floor: format each line from 4 cells",
        lambda: [cells(line, line, line, line) for line in lines],
    )
    times["report lines"] = len(lines)
    return times


def _parser_seconds(folder: Path, runs: int) -> float:
    from benchmarks.run import fastest_parser

    parser = fastest_parser()
    code = (
        f"import {parser} as p, pathlib\n"
        "for f in ('targets.toml', 'actuals.toml'):\n"
        "    p.loads(pathlib.Path(f).read_text('utf-8'))\n"
    )
    samples = []
    for _ in range(runs):
        began = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], cwd=folder, check=True)
        samples.append(time.perf_counter() - began)
    return statistics.median(samples)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--goals", type=int, default=10_000)
    parser.add_argument("--records-per-goal", type=int, default=10)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--details", default="100", help="goals detailed, as `report --details` (default 100)"
    )
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    if options.child is not None:  # one measurement, in a fresh process
        details = None if options.details == "all" else int(options.details)
        print(json.dumps(_stages(options.child, details)))
        return 0
    # Imported here: the child that measures must import cluster-cli itself, and time it.
    from benchmarks.run import generate

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        generate(sys.executable, folder, options.goals, options.records_per_goal)
        runs = []
        for _ in range(options.runs):
            out = subprocess.run(
                [
                    *(sys.executable, "-m", "benchmarks.stages", "--child", str(folder)),
                    *("--details", options.details),
                ],
                check=True,
                capture_output=True,
                text=True,
                cwd=Path(__file__).resolve().parent.parent,
            ).stdout
            runs.append(json.loads(out))
        reference = _parser_seconds(folder, options.runs)
    medians = {name: statistics.median(run[name] for run in runs) for name in runs[0]}
    lines = int(medians.pop("report lines"))
    print(
        f"{options.goals:,} goals, {options.goals * options.records_per_goal:,} records; "
        f"report: {lines:,} lines, {options.details} goals detailed; median of {options.runs}"
    )
    print(f"{'the parser reading both files (a process)':<44} {reference:7.3f} s")
    for name, seconds in medians.items():
        print(f"{name:<44} {seconds:7.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
