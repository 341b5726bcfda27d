"""The console-script entry point.

``cluster-cli --version`` answers before Typer, Rich or Pydantic are imported: scripts and
shell prompts call it often, and importing Typer alone costs more than the answer.
"""

from __future__ import annotations

import sys

from cluster_cli import __version__


def main() -> None:
    if sys.argv[1:] == ["--version"]:
        print(f"cluster-cli {__version__}")
        return
    from cluster_cli.plugin_scan import defer_loader

    defer_loader()  # before Pydantic is imported
    from cluster_cli.commands.cli import main as cli_main

    cli_main()
