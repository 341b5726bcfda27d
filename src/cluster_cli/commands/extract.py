"""``cluster-cli extract``: propose the quantified goals of a policy text.

Thin: read the document (:mod:`cluster_cli.files.documents`), find the goals
(:mod:`cluster_cli.extract.finder`), then print them or write a registry draft
(:mod:`cluster_cli.extract.draft`).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from cluster_cli.commands.options import JsonOption, LangOption, resolve_lang
from cluster_cli.errors import InputFileError, UsageError, ValueInputError
from cluster_cli.text import clean

if TYPE_CHECKING:
    import datetime as dt

    from cluster_cli.extract.contract import DocumentInfo
    from cluster_cli.extract.model import Proposal
    from cluster_cli.i18n import Lang


def extract(
    file: Annotated[
        Path,
        typer.Argument(
            metavar="FILE",
            readable=False,  # cluster-cli's own message and exit code
            help="Policy text: .txt/.md (UTF-8, GBK/GB18030), .html, .docx or .pdf with text.",
            show_default=False,
        ),
    ],
    date: Annotated[
        str | None,
        typer.Option(
            "--date",
            metavar="YYYY-MM-DD",
            help="The document's date, for 今年, 明年, 未来5年. Default: the delivery date "
            "stated in the text, if any.",
            show_default=False,
        ),
    ] = None,
    as_json: JsonOption = False,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="DRAFT.toml",
            readable=False,  # cluster-cli's own message and exit code
            help="Write the proposals as a NEW registry file (never overwrites).",
            show_default=False,
        ),
    ] = None,
    into: Annotated[
        Path | None,
        typer.Option(
            "--into",
            metavar="TARGETS.toml",
            readable=False,  # cluster-cli's own message and exit code
            help="Append the new goals to this registry, keeping every byte already there.",
            show_default=False,
        ),
    ] = None,
    lang: LangOption = None,
    yes: Annotated[
        bool, typer.Option("--yes", "-y", help="With --into: append without asking.")
    ] = False,
) -> None:
    """Propose the quantified goals of a Chinese policy text, for review."""
    import hashlib

    from cluster_cli.extract.contract import DocumentInfo
    from cluster_cli.extract.deadlines import delivery_date
    from cluster_cli.extract.finder import find_goals
    from cluster_cli.extract.segment import flatten
    from cluster_cli.files.documents import read_document

    language = resolve_lang(lang)
    day = _parse_date(date)
    if output is not None and (output.exists() or output.is_symlink()):
        raise InputFileError(str(output), "already exists; -o writes a new draft only")
    document = read_document(file)
    if day is None:
        stated = delivery_date(flatten(document.text).text)
        if stated is not None:
            import datetime as dt

            try:
                day = dt.date(*stated)
            except ValueError:
                day = None
    proposals = find_goals(document.text, day)
    info = DocumentInfo(
        file=file.name,
        title=document.title,
        date=day.isoformat() if day else None,
        sha256=hashlib.sha256(document.text.encode("utf-8")).hexdigest(),
        characters=len(document.text),
        format=document.format,
    )
    if as_json:
        from cluster_cli.extract.contract import document as json_document
        from cluster_cli.extract.contract import dumps

        print(dumps(json_document(info, proposals)))
    else:
        _print_table(info, proposals, language)
    if output is not None:
        _write_draft(output, info, proposals, as_json)
    if into is not None:
        _append(into, info, proposals, yes, as_json)


def _parse_date(text: str | None) -> dt.date | None:
    if text is None:
        return None
    import datetime as dt

    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValueInputError(f"--date {text!r} is not a date: use YYYY-MM-DD") from None


def _print_table(info: DocumentInfo, proposals: list[Proposal], lang: Lang) -> None:
    from rich.console import Console
    from rich.table import Table

    from cluster_cli.extract.labels import COLUMNS, HEADERS, describe

    console = Console(highlight=False)
    words = HEADERS[lang]
    table = Table(title=clean(words["title"].format(title=info.title, n=len(proposals))))
    for header in COLUMNS[lang]:
        table.add_column(header)
    for proposal in proposals:
        table.add_row(*(clean(cell) for cell in describe(proposal, lang)))
    console.print(table)
    if not proposals:
        console.print(words["none"])
    else:
        console.print(words["review"])


def _write_draft(output: Path, info: DocumentInfo, proposals: list[Proposal], quiet: bool) -> None:
    from cluster_cli.extract.draft import draft_text
    from cluster_cli.files.atomic import write_atomically

    text, written, left_out = draft_text(info, proposals)
    if output.exists():
        raise InputFileError(str(output), "already exists; -o writes a new draft only")
    write_atomically(output, text.encode("utf-8"))
    print(
        f"wrote {clean(str(output))}: {written} goal(s), {left_out} left out (see comments); "
        f"review it, then run `cluster-cli check --registry {clean(str(output))} "
        f"--quotes {clean(info.file)}`",
        file=sys.stderr if quiet else sys.stdout,
    )


def _append(
    into: Path, info: DocumentInfo, proposals: list[Proposal], yes: bool, quiet: bool
) -> None:
    from cluster_cli.extract.draft import appendix_text
    from cluster_cli.files import registry as registry_module
    from cluster_cli.files.atomic import write_atomically

    original = _read_registry_bytes(into)
    text = original.decode("utf-8-sig")
    existing = registry_module.validate(registry_module.parse_toml(text, str(into)), str(into))
    addition = appendix_text(info, proposals, existing)
    out = sys.stderr if quiet else sys.stdout
    if addition.count == 0:
        print(f"{clean(str(into))}: nothing to add (every goal is there already)", file=out)
        return
    print(f"to append to {clean(str(into))}:", file=out)
    for line in addition.summary:
        print(f"  + {clean(line)}", file=out)
    if addition.skipped:
        print(f"  ({addition.skipped} already present, skipped)", file=out)
    combined = original + (b"" if original.endswith(b"\n") or not original else b"\n")
    combined += addition.text.encode("utf-8")
    registry_module.validate(
        registry_module.parse_toml(combined.decode("utf-8-sig"), str(into)),
        f"{into} (with the new goals)",
    )
    if not yes:
        if not sys.stdin.isatty():
            raise UsageError(
                f"--into {into}: confirm on a terminal, or pass --yes; nothing was changed"
            )
        if not typer.confirm(f"Append {addition.count} goal(s) to {into}?", default=False):
            print("nothing was changed", file=out)
            return
    if _read_registry_bytes(into) != original:
        raise InputFileError(str(into), "changed while extract ran; nothing was changed")
    write_atomically(into, combined)
    print(f"appended {addition.count} goal(s) to {clean(str(into))}", file=out)


def _read_registry_bytes(path: Path) -> bytes:
    from cluster_cli.files import registry as registry_module

    registry_module.read_text(path)  # one clear message for a missing or undecodable file
    return path.read_bytes()
