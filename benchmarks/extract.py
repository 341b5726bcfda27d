"""Time `cluster-cli extract --json` on the largest development text against the skeleton.

Run by hand::

    python -m benchmarks.extract            # 15 alternating runs of each
    python -m benchmarks.extract --runs 5

Both run as fresh processes, alternating so that a busy machine slows both alike. The limit
is 1.5 times the skeleton's median (benchmarks/skeleton.py: Typer, Rich and Pydantic started,
one model validated, one table printed).
"""

from __future__ import annotations

import argparse
import compileall
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import cluster_cli

HERE = Path(__file__).resolve().parent
DEV = HERE.parent.parent / "shared" / "extract" / "dev"
LIMIT = 1.5


def _time(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def measure(runs: int) -> tuple[float, float, Path]:
    texts = sorted(DEV.glob("*.txt"), key=lambda p: p.stat().st_size)
    if not texts:
        raise SystemExit(f"no development texts in {DEV}")
    largest = texts[-1]
    cli = shutil.which("cluster-cli") or ""
    extract = (
        [cli, "extract", str(largest), "--json"]
        if cli
        else [sys.executable, "-m", "cluster_cli", "extract", str(largest), "--json"]
    )
    skeleton = [sys.executable, str(HERE / "skeleton.py"), "status"]
    # An installed package has its bytecode compiled; an editable install under
    # PYTHONDONTWRITEBYTECODE would recompile every module on every run and measure that.
    compileall.compile_dir(str(Path(cluster_cli.__file__).parent), quiet=1)
    _time(extract), _time(skeleton)  # warm the file cache
    ours, floor = [], []
    for _ in range(runs):
        ours.append(_time(extract))
        floor.append(_time(skeleton))
    return statistics.median(ours), statistics.median(floor), largest


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    ns = parser.parse_args()
    ours, floor, text = measure(ns.runs)
    ratio = ours / floor
    verdict = "ok" if ratio <= LIMIT else f"over the limit of {LIMIT}x"
    print(f"extract {text.name}: {ours * 1000:.0f} ms (median of {ns.runs})")
    print(f"skeleton:  {floor * 1000:.0f} ms")
    print(f"ratio {ratio:.2f}x: {verdict}")
    return 0 if ratio <= LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())
