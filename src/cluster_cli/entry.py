"""The console script (and ``python -m cluster_cli``): the process's start-up policy, then the CLI.

Everything that concerns the process as a whole lives here and nowhere else, so that tests and
tools calling :func:`cluster_cli.commands.cli.run` get the library's plain behaviour:

- ``--version`` answers before Typer, Rich or Pydantic are imported: scripts and shell prompts
  call it often, and importing Typer alone costs more than the answer.
- The cycle collector is off: one command builds many small objects that form no cycles, and the
  process ends when the command does. The collector would only walk the growing heap again and
  again (a third of ``status --json`` on 10,000 goals); reference counting frees everything.
- At the end the heap is frozen: the interpreter's exit would otherwise look for cycles once
  more among every object the frameworks made (about 20 ms of every command), only for the
  system to take the memory back. The output is flushed and every file written is closed by
  then: nothing cluster-cli writes waits on a finalizer.
- Pydantic plugins are off unless ``PYDANTIC_DISABLE_PLUGINS`` says otherwise: cluster-cli uses
  none, a scan of every installed package for them costs tens of milliseconds at each start,
  and a plugin would see every figure of the registry.
"""

from __future__ import annotations

import gc
import os
import sys

from cluster_cli import __version__


def apply_startup_policy() -> None:
    gc.disable()
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")


def main() -> None:
    if sys.argv[1:] == ["--version"]:
        print(f"cluster-cli {__version__}")
        return
    apply_startup_policy()
    from cluster_cli.commands.cli import run

    code = run(sys.argv[1:])
    gc.freeze()  # the exit collects no cycles (see above)
    sys.exit(code)
