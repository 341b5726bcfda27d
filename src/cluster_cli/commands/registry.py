"""``check`` and ``init``: validate the registry and the ledger; start a registry of your own."""

import sys
from pathlib import Path
from typing import Annotated

import typer

from cluster_cli.commands.options import JsonOption, LedgerOption, RegistryOption
from cluster_cli.errors import ExitCode, InputFileError, WriteError
from cluster_cli.text import clean


def check(
    registry: RegistryOption = None,
    quotes: Annotated[
        list[Path] | None,
        typer.Option(
            "--quotes",
            metavar="FILE",
            readable=False,  # unreadable files get cluster-cli's own message and exit code 3
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
        raise typer.Exit(ExitCode.PROBLEMS)


def init(
    directory: Annotated[
        Path,
        typer.Argument(metavar="[DIR]", help="Folder to write targets.toml into.", readable=False),
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
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise WriteError(
            f"{directory}: the folder could not be made ({error.strerror or error}); "
            "nothing was written"
        ) from None
    write_atomically(path, registry_module.builtin_text().encode("utf-8"))
    print(f"wrote {path}: the article's 14 goals and 13 context figures, with comments.")
    print("Edit it, then run `cluster-cli check` and `cluster-cli status`.")
