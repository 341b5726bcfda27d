"""``check`` and ``init``: validate the registry and the ledger; start a registry of your own."""

import stat
import sys
from pathlib import Path
from typing import Annotated

import typer

from cluster_cli.commands.options import (
    JsonOption,
    LangOption,
    LedgerOption,
    RegistryOption,
    complete_folder,
    resolve_lang,
)
from cluster_cli.errors import ExitCode, InputFileError, UsageError, WriteError, os_reason
from cluster_cli.i18n import messages as m
from cluster_cli.i18n import say
from cluster_cli.text import clean, file_label, warn


def check(
    registry: RegistryOption = None,
    quotes: Annotated[
        list[Path] | None,
        typer.Option(
            "--quotes",
            metavar="FILE",
            readable=False,  # unreadable files get cluster-cli's own message and exit code 3
            show_default=False,
        ),
    ] = None,
    ledger: LedgerOption = None,
    stale_after: Annotated[
        str | None,
        typer.Option("--stale-after", metavar="DURATION", show_default=False),
    ] = None,
    as_json: JsonOption = False,
    lang: LangOption = None,
) -> None:
    """Validate the registry and the ledger; exit 1 listing every problem found."""
    resolve_lang(lang)
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
        from cluster_cli.render.jsonout import dumps  # only for --json

        print(dumps(document, indent=2))
    else:
        for warning in report.warnings:
            print(say(m.CHECK_WARNING, message=clean(warning)), file=sys.stderr)
        for problem in report.problems:
            print(say(m.CHECK_PROBLEM, message=clean(problem, multiline=True)), file=sys.stderr)
        for item in report.stale:
            print(say(m.CHECK_STALE, item=clean(item), after=stale_after), file=sys.stderr)
        if report.ok:
            counts = report.counts
            checked = say(m.CHECK_QUOTES_OK, count=len(quotes)) if quotes else ""
            fresh = say(m.CHECK_FRESH, after=stale_after) if stale_after else ""
            print(
                say(
                    m.CHECK_OK,
                    registry=file_label(report.registry),
                    targets=counts["targets"],
                    indicators=counts["indicators"],
                    checked=checked,
                    ledger=file_label(report.ledger),
                    records=counts["records"],
                    fresh=fresh,
                )
            )
    if not report.ok:
        raise typer.Exit(ExitCode.PROBLEMS)


def init(
    directory: Annotated[
        str,  # as typed: Path("") would be the current folder, given by no name at all
        typer.Argument(metavar="DIR", autocompletion=complete_folder),
    ] = ".",
    force: Annotated[bool, typer.Option("--force")] = False,
    lang: LangOption = None,
) -> None:
    """Write the article's registry to DIR/targets.toml as a starting point."""
    resolve_lang(lang)
    from cluster_cli.app.init import keep_a_copy, refuse_a_link
    from cluster_cli.files import registry as registry_module
    from cluster_cli.files.atomic import existing, write_atomically

    if directory == "":
        raise UsageError(say(m.FOLDER_NAME_EMPTY, option="DIR"))
    into = Path(directory)
    folder = existing(into)
    if folder is not None and not stat.S_ISDIR(folder.st_mode):
        raise InputFileError(file_label(into), say(m.NOT_A_DIRECTORY))
    path = into / registry_module.DEFAULT_NAME
    refuse_a_link(path)  # never written through, --force or not: it may lead to a shared file
    if existing(path) is not None and not force:
        raise InputFileError(file_label(path), say(m.ALREADY_EXISTS))
    try:
        into.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        reason = os_reason(error)
        where = file_label(into)
        raise WriteError(say(m.FOLDER_NOT_MADE, directory=where, reason=reason)) from None
    text = registry_module.builtin_text().encode("utf-8")
    copy = keep_a_copy(path, text) if force else None
    write_atomically(path, text)
    print(say(m.INIT_WROTE, path=file_label(path)))  # a folder's line breaks shown, not acted on
    if copy is not None:
        print(say(m.INIT_KEPT, path=file_label(path), copy=file_label(copy)))
    print(say(m.INIT_NEXT))
    from cluster_cli.app.init import figures_left_behind

    left_behind = figures_left_behind(path)
    warn([left_behind] if left_behind else [])
