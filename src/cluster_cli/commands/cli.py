"""The command-line interface: parse arguments, load files, compute, render. Nothing else.

Every command is a few lines over the library modules. Errors users can act on are
:class:`~cluster_cli.errors.ClusterError`; :func:`run` catches them once, prints one line to
stderr and maps them to exit codes. ``--debug`` anywhere on the command line shows tracebacks.
"""

import gc
import importlib
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from cluster_cli import __version__
from cluster_cli.commands.options import JsonOption, LedgerOption, RegistryOption
from cluster_cli.errors import EXIT_INTERNAL, EXIT_PROBLEMS, ClusterError, InputFileError
from cluster_cli.text import clean


def _version(value: bool) -> None:
    if value:
        print(f"cluster-cli {__version__}")
        raise typer.Exit()


def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
    debug: Annotated[
        bool, typer.Option("--debug", help="Show tracebacks on errors (accepted anywhere).")
    ] = False,
) -> None:
    """cluster-cli: goals, recorded actuals, progress and reports."""


def check(
    registry: RegistryOption = None,
    quotes: Annotated[
        list[Path] | None,
        typer.Option(
            "--quotes",
            metavar="FILE",
            help="Source text(s): every quote in the registry must occur in one of them "
            "(whitespace ignored). Repeatable.",
            show_default=False,
        ),
    ] = None,
    ledger: LedgerOption = None,
    stale_after: Annotated[
        str | None,
        typer.Option(
            "--stale-after",
            metavar="DURATION",
            help="Also fail for each goal whose latest figure's period ended longer ago than "
            "this (90d, 6w, 18m, 2y); a goal with no figure counts from its plan's start.",
            show_default=False,
        ),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Validate the registry and the ledger; exit 1 listing every problem found."""
    from cluster_cli.app.checks import run_checks
    from cluster_cli.engine.periods import today as utc_today

    report = run_checks(registry, ledger, quotes or [], stale_after, utc_today())
    if as_json:
        document = {
            "ok": report.ok,
            "registry": report.registry,
            "ledger": report.ledger,
            **report.counts,
            "problems": report.problems,
            "stale": report.stale,
            "warnings": report.warnings,
        }
        import json  # only for --json: the dashboard does without it

        print(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        for warning in report.warnings:
            print(f"warning: {clean(warning)}", file=sys.stderr)
        for problem in report.problems:
            print(f"problem: {clean(problem, multiline=True)}", file=sys.stderr)
        for item in report.stale:
            print(f"stale: {item} (--stale-after {stale_after})", file=sys.stderr)
        if report.ok:
            counts = report.counts
            checked = f"; {len(quotes)} source text(s) hold every quote" if quotes else ""
            fresh = f"; every goal has a figure newer than {stale_after}" if stale_after else ""
            print(
                f"ok: {report.registry}: {counts['targets']} targets, "
                f"{counts['indicators']} indicators{checked}; "
                f"{report.ledger}: {counts['records']} records{fresh}"
            )
    if not report.ok:
        raise typer.Exit(EXIT_PROBLEMS)


def init(
    directory: Annotated[
        Path, typer.Argument(metavar="[DIR]", help="Folder to write targets.toml into.")
    ] = Path("."),
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write the article's registry to DIRECTORY/targets.toml as a starting point."""
    from cluster_cli.files import registry as registry_module
    from cluster_cli.files.atomic import write_atomically

    if directory.exists() and not directory.is_dir():
        raise InputFileError(str(directory), "is not a directory")
    path = directory / registry_module.DEFAULT_NAME
    if path.exists() and not force:
        raise InputFileError(str(path), "already exists; use --force to overwrite it")
    directory.mkdir(parents=True, exist_ok=True)
    write_atomically(path, registry_module.builtin_text().encode("utf-8"))
    print(f"wrote {path}: the article's 14 goals and 13 context figures, with comments.")
    print("Edit it, then run `cluster-cli check` and `cluster-cli status`.")


# Each command and where it lives, in the order --help lists them. Only the command being run
# is imported and registered: Typer inspects the signature of every registered command on
# each run, and most commands' modules are not needed by the others.
COMMANDS: dict[str, tuple[str, str]] = {
    "status": ("cluster_cli.commands.status", "status"),
    "show": ("cluster_cli.commands.status", "show"),
    "update": ("cluster_cli.commands.records", "update"),
    "log": ("cluster_cli.commands.records", "log"),
    "undo": ("cluster_cli.commands.records", "undo"),
    "import": ("cluster_cli.commands.records", "import_"),
    "report": ("cluster_cli.commands.report", "report"),
    "check": ("cluster_cli.commands.cli", "check"),
    "init": ("cluster_cli.commands.cli", "init"),
}


def build_app(only: str | None = None) -> typer.Typer:
    """The Typer app with every command, or with ``only`` that one."""
    app = typer.Typer(
        name="cluster-cli",
        help=(
            "Track published quantitative goals (Suzhou's industrial innovation clusters) "
            "against the figures that come in later."
        ),
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        rich_markup_mode=None,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    app.callback()(_root)
    for name, (module, function) in COMMANDS.items():
        if only is None or name == only:
            app.command(name)(getattr(importlib.import_module(module), function))
    return app


def _command_name(args: list[str]) -> str | None:
    """The command about to run, when it can be told without parsing: the first word."""
    if os.environ.get("_CLUSTER_CLI_COMPLETE"):  # shell completion needs every command
        return None
    first = next((arg for arg in args if not arg.startswith("-")), None)
    return first if first in COMMANDS else None


def _utf8_output() -> None:
    """Chinese text must not crash the output: files and pipes get UTF-8 whatever the locale
    (a report redirected on a GBK or cp1252 system), a terminal that cannot show a character
    gets a replacement mark instead of an exception."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        reconfigure = getattr(stream, "reconfigure", None)
        if encoding == "utf8" or reconfigure is None:
            continue
        if stream.isatty():
            reconfigure(errors="replace")
        else:
            reconfigure(encoding="utf-8")


def run(argv: list[str]) -> int:
    """Run the CLI with ``argv`` and return the exit code (for tests and for :func:`main`)."""
    _utf8_output()
    debug = "--debug" in argv or bool(os.environ.get("CLUSTER_CLI_DEBUG"))
    args = [arg for arg in argv if arg != "--debug"]
    # A command is short and builds many small objects that form no cycles: the cycle
    # collector would only walk the growing heap again and again (a third of `status --json`
    # on 10,000 goals), while reference counting frees everything as before.
    collecting = gc.isenabled()
    gc.disable()
    try:
        build_app(_command_name(args))(args=args, prog_name="cluster-cli")
    except SystemExit as exit_:
        code = exit_.code
        return code if isinstance(code, int) else (0 if code is None else 1)
    except ClusterError as error:
        if debug:
            raise
        print(f"cluster-cli: error: {clean(str(error), multiline=True)}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("cluster-cli: interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # a bug: one line, and the way to see more
        if debug:
            raise
        print(
            f"cluster-cli: internal error: {type(error).__name__}: {error} "
            "(run again with --debug for the traceback, and please report it)",
            file=sys.stderr,
        )
        return EXIT_INTERNAL
    finally:
        if collecting:
            gc.enable()
    return 0


def main() -> None:
    sys.exit(run(sys.argv[1:]))
