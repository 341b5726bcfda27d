"""The command-line interface: parse arguments, load files, compute, render. Nothing else.

Every command is a few lines over the library modules. Errors users can act on are
:class:`~cluster_cli.errors.ClusterError`; :func:`run` catches them once, prints one line to
stderr and maps them to exit codes. ``--debug`` anywhere on the command line shows tracebacks.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from cluster_cli import __version__
from cluster_cli.errors import EXIT_INTERNAL, EXIT_PROBLEMS, ClusterError, InputFileError
from cluster_cli.i18n import Lang, default_lang
from cluster_cli.models import Registry

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

RegistryOption = Annotated[
    Path | None,
    typer.Option(
        "--registry",
        "-r",
        help="Registry of goals. Default: $CLUSTER_CLI_REGISTRY, else ./targets.toml, "
        "else the article's goals shipped with cluster-cli.",
        show_default=False,
    ),
]
LangOption = Annotated[
    str | None,
    typer.Option(
        "--lang", help="Output language: zh or en. Default: from the locale.", show_default=False
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]


def _version(value: bool) -> None:
    if value:
        print(f"cluster-cli {__version__}")
        raise typer.Exit()


@app.callback()
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


def resolve_lang(option: str | None) -> Lang:
    if option is None:
        return default_lang()
    if option not in ("zh", "en"):
        from cluster_cli.errors import UsageError

        raise UsageError(f"--lang must be zh or en, not {option!r}")
    return "zh" if option == "zh" else "en"


LedgerOption = Annotated[
    Path | None,
    typer.Option(
        "--ledger",
        help="Ledger of recorded figures. Default: $CLUSTER_CLI_LEDGER, else actuals.toml "
        "beside the registry.",
        show_default=False,
    ),
]
AsOfOption = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        help="Compute from what had been recorded by this date (YYYY-MM-DD), to reproduce an "
        "old report exactly.",
        show_default=False,
    ),
]


@app.command()
def check(
    registry: RegistryOption = None,
    quotes: Annotated[
        list[Path] | None,
        typer.Option(
            "--quotes",
            help="Source text(s): every quote in the registry must occur in one of them "
            "(whitespace ignored). Repeatable.",
            show_default=False,
        ),
    ] = None,
    ledger_path: Annotated[
        Path | None,
        typer.Option(
            "--ledger",
            "-l",
            help="Ledger of recorded figures to validate too. Default: $CLUSTER_CLI_LEDGER, "
            "else actuals.toml beside the registry, else the one in your data folder.",
            show_default=False,
        ),
    ] = None,
    stale_after: Annotated[
        str | None,
        typer.Option(
            "--stale-after",
            help="Also fail for each goal whose latest figure's period ended longer ago than "
            "this (90d, 6w, 18m, 2y); a goal with no figure counts from its plan's start.",
            show_default=False,
        ),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Validate the registry and the ledger; exit 1 listing every problem found."""
    import datetime as dt

    from cluster_cli import ledger as ledger_module
    from cluster_cli import ledger_cli
    from cluster_cli import quotes as quotes_module
    from cluster_cli import registry as registry_module

    duration = ledger_cli.parse_duration(stale_after) if stale_after is not None else None
    location = registry_module.locate(registry)
    ledger_location = ledger_module.locate(ledger_path, location)
    problems: list[str] = []
    warnings: list[str] = []
    stale: list[str] = []
    counts: dict[str, int] = {}
    goals: Registry | None = None
    try:
        goals = registry_module.load(location)
    except InputFileError as error:
        problems.append(str(error))
    if goals is not None:
        counts = {"targets": len(goals.targets), "indicators": len(goals.indicators)}
        if quotes:
            texts = [registry_module.read_text(path) for path in quotes]
            for missing in quotes_module.missing_quotes(goals, texts):
                problems.append(
                    f"{location.display}: {missing.item_id}.source.quote: not found in "
                    f"{', '.join(map(str, quotes))}: {missing.quote!r}"
                )
    try:
        loaded = ledger_module.load(ledger_location.path)
    except InputFileError as error:
        problems.append(str(error))
    else:
        counts["records"] = len(loaded.records)
        warnings.extend(loaded.warnings)
        if goals is not None:
            known = set(goals.ids())
            for record in loaded.records:
                if record.target not in known:
                    problems.append(
                        f"{loaded.path}: record {record.id}: no goal or indicator "
                        f"{record.target!r} in {location.display}"
                    )
            if duration is not None:
                cutoff = ledger_cli.subtract(dt.date.today(), *duration)
                stale = [
                    item.message() for item in ledger_cli.stale_goals(goals, loaded.records, cutoff)
                ]
    if as_json:
        print(
            json.dumps(
                {
                    "ok": not problems and not stale,
                    "registry": location.display,
                    "ledger": str(ledger_location.path),
                    **counts,
                    "problems": problems,
                    "stale": stale,
                    "warnings": warnings,
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        for warning in warnings:
            print(f"warning: {warning}", file=sys.stderr)
        for problem in problems:
            print(f"problem: {problem}", file=sys.stderr)
        for item in stale:
            print(f"stale: {item} (--stale-after {stale_after})", file=sys.stderr)
        if not problems and not stale:
            checked = f"; {len(quotes)} source text(s) hold every quote" if quotes else ""
            fresh = f"; every goal has a figure newer than {stale_after}" if stale_after else ""
            print(
                f"ok: {location.display}: {counts['targets']} targets, "
                f"{counts['indicators']} indicators{checked}; "
                f"{ledger_location.path}: {counts['records']} records{fresh}"
            )
    if problems or stale:
        raise typer.Exit(EXIT_PROBLEMS)


@app.command()
def init(
    directory: Annotated[Path, typer.Argument(help="Folder to write targets.toml into.")] = Path(
        "."
    ),
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write the article's registry to DIRECTORY/targets.toml as a starting point."""
    from cluster_cli import registry as registry_module
    from cluster_cli.fileio import write_atomically

    if directory.exists() and not directory.is_dir():
        raise InputFileError(str(directory), "is not a directory")
    path = directory / registry_module.DEFAULT_NAME
    if path.exists() and not force:
        raise InputFileError(str(path), "already exists; use --force to overwrite it")
    directory.mkdir(parents=True, exist_ok=True)
    write_atomically(path, registry_module.builtin_text().encode("utf-8"))
    print(f"wrote {path}: the article's 14 goals and 13 context figures, with comments.")
    print("Edit it, then run `cluster-cli check` and `cluster-cli status`.")


from cluster_cli import ledger_cli  # noqa: E402  (commands over the ledger)

app.command("update")(ledger_cli.update)
app.command("log")(ledger_cli.log)
app.command("undo")(ledger_cli.undo)
app.command("import")(ledger_cli.import_)

from cluster_cli import status_cli  # noqa: E402  (its commands use the options above)

status_cli.register(app)


def run(argv: list[str]) -> int:
    """Run the CLI with ``argv`` and return the exit code (for tests and for :func:`main`)."""
    debug = "--debug" in argv or bool(os.environ.get("CLUSTER_CLI_DEBUG"))
    args = [arg for arg in argv if arg != "--debug"]
    try:
        app(args=args, prog_name="cluster-cli")
    except SystemExit as exit_:
        code = exit_.code
        return code if isinstance(code, int) else (0 if code is None else 1)
    except ClusterError as error:
        if debug:
            raise
        print(f"cluster-cli: error: {error}", file=sys.stderr)
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
    return 0


def main() -> None:
    sys.exit(run(sys.argv[1:]))


import cluster_cli.report_cli  # noqa: E402, F401  (registers `report`)
