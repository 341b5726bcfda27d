"""Write docs/cli.md from the app's own help texts, so that the reference cannot drift.

python tools/clidocs.py          # rewrite docs/cli.md
python tools/clidocs.py --check  # exit 1 if docs/cli.md is out of date (the tests do this)
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from pathlib import Path

from cluster_cli.commands.cli import COMMANDS, run

DOC = Path(__file__).resolve().parent.parent / "docs" / "cli.md"
WIDTH = "100"


def help_text(args: list[str]) -> str:
    buffer = io.StringIO()
    saved = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = WIDTH
    try:
        with contextlib.redirect_stdout(buffer):
            run([*args, "--help"])
    finally:
        if saved is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = saved
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines()) + "\n"


def render() -> str:
    names = list(COMMANDS)
    parts = [
        "# Command reference\n",
        "Generated from the program's own help by `python tools/clidocs.py`; the test suite "
        "fails when it is out of date. Exit codes are listed in the README.\n",
        "```text\n" + help_text([]) + "```\n",
    ]
    for name in names:
        parts.append(f"## `cluster-cli {name}`\n")
        parts.append("```text\n" + help_text([name]) + "```\n")
    return "\n".join(parts)


def main() -> int:
    text = render()
    if "--check" in sys.argv[1:]:
        if not DOC.exists() or DOC.read_text("utf-8") != text:
            print("docs/cli.md is out of date: run python tools/clidocs.py", file=sys.stderr)
            return 1
        return 0
    DOC.write_text(text, "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
