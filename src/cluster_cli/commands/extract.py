"""``cluster-cli extract``: propose the quantified goals of a policy text.

Thin: read the document (:mod:`cluster_cli.files.documents`), find the goals
(:mod:`cluster_cli.extract.finder`), then print them or write a registry draft
(:mod:`cluster_cli.extract.draft`).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer

from cluster_cli.commands import options
from cluster_cli.commands.options import JsonOption, LangOption, file_name, resolve_lang
from cluster_cli.errors import InputFileError, UsageError, ValueInputError
from cluster_cli.i18n import Phrase
from cluster_cli.i18n import messages as m
from cluster_cli.text import clean, file_label, shown, warn

if TYPE_CHECKING:
    import datetime as dt

    from cluster_cli.extract.contract import DocumentInfo
    from cluster_cli.extract.draft import Draft
    from cluster_cli.extract.model import Proposal
    from cluster_cli.i18n import Lang


def extract(
    file: Annotated[
        Path,
        typer.Argument(
            metavar="FILE",
            readable=False,  # cluster-cli's own message and exit code
            show_default=False,
        ),
    ],
    date: Annotated[
        str | None,
        typer.Option(
            "--date",
            metavar="YYYY-MM-DD",
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
            parser=file_name("-o", "draft.toml"),
            readable=False,  # cluster-cli's own message and exit code
            show_default=False,
        ),
    ] = None,
    into: Annotated[
        Path | None,
        typer.Option(
            "--into",
            metavar="TARGETS.toml",
            parser=file_name("--into", "targets.toml"),
            readable=False,  # cluster-cli's own message and exit code
            show_default=False,
        ),
    ] = None,
    lang: LangOption = None,
    yes: Annotated[bool, typer.Option("--yes", "-y")] = False,
) -> None:
    """Propose the quantified goals of a Chinese policy text, for review."""
    import hashlib

    from cluster_cli.extract.contract import DocumentInfo
    from cluster_cli.extract.finder import read_goals
    from cluster_cli.files.documents import read_document

    language = resolve_lang(lang)
    if str(file) == "-":  # read as a file named "-", it was "no such file"
        raise UsageError(say(m.FILE_NAME_DASH, language, option="FILE", suggestion="plan.txt"))
    day = _parse_date(date, language)
    from cluster_cli.files.atomic import existing

    if output is not None and existing(output, follow=False) is not None:  # a link too
        raise InputFileError(str(output), say(m.EXTRACT_EXISTS, language))
    document = read_document(file)
    found = read_goals(document.text, day, document.title)
    day = found.date
    proposals = found.proposals
    _warn_undated(file, found.undated, language)
    info = DocumentInfo(
        file=file.name,
        title=DocumentInfo.title_of(document.title, document.text, file.stem),
        date=day.isoformat() if day else None,
        sha256=hashlib.sha256(document.text.encode("utf-8")).hexdigest(),
        characters=len(document.text),
        format=document.format,
    )
    # The draft is made before anything is shown, so that the table can give each goal's id.
    draft = None
    if output is not None:
        from cluster_cli.extract.draft import draft_text

        draft = draft_text(info, proposals, language)
    appendix = _appendix(into, info, proposals, language) if into is not None else None
    if appendix is not None and appendix[1].count and not yes and not _terminal_input():
        # Refused before anything is written: not the draft of -o either.
        raise UsageError(say(m.EXTRACT_NEED_YES, language, file=into))
    if as_json:
        from cluster_cli.extract.contract import document as json_document
        from cluster_cli.render.jsonout import dumps

        print(dumps(json_document(info, proposals, language), indent=2))
    else:
        ids = draft.ids if draft else appendix[1].ids if appendix else None
        drafted = output is not None or into is not None
        _print_blocks(info, proposals, language, ids, drafted)
    if output is not None and draft is not None:
        _write_draft(output, info, draft, as_json, language)
    if into is not None and appendix is not None:
        _append(into, appendix, yes, as_json, language)


def _warn_undated(file: Path, words: list[str], lang: Lang) -> None:
    """Say on stderr that figures timed by the document's own year (今年, 用3年时间) were not
    proposed: neither ``--date`` nor the text gave that year."""
    if words:
        warn([say(m.EXTRACT_UNDATED, lang, file=file_label(file), word=words[0])])


def say(phrase: Phrase, lang: Lang, **values: object) -> str:
    """``phrase`` in ``lang``, with the values (paths, dates, errors) made safe to print."""
    return phrase(lang, **{k: clean(str(v)) for k, v in values.items()})


FIRST_DOCUMENT_YEAR, LAST_DOCUMENT_YEAR = 1949, 2100  # the dates --date takes


def _parse_date(text: str | None, lang: Lang) -> dt.date | None:
    if text is None:
        return None
    import datetime as dt

    try:
        day = dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValueInputError(say(m.EXTRACT_BAD_DATE, lang, text=shown(text))) from None
    # A plan's date: deadlines are read from it, and a registry takes none past 2200.
    if not FIRST_DOCUMENT_YEAR <= day.year <= LAST_DOCUMENT_YEAR:
        first, last = FIRST_DOCUMENT_YEAR, LAST_DOCUMENT_YEAR
        raise ValueInputError(
            say(m.EXTRACT_DATE_RANGE, lang, text=shown(text), first=first, last=last)
        )
    return day


def _print_blocks(
    info: DocumentInfo,
    proposals: list[Proposal],
    lang: Lang,
    ids: list[str | None] | None,
    drafted: bool,
) -> None:
    from cluster_cli.extract.labels import blocks
    from cluster_cli.render.terminal.console import console

    out = console()
    for line in blocks(clean(info.title), proposals, lang, out.width, ids, drafted):
        out.print(clean(line), crop=False, soft_wrap=True)


def _write_draft(output: Path, info: DocumentInfo, draft: Draft, quiet: bool, lang: Lang) -> None:
    from cluster_cli.files.atomic import write_atomically

    if output.exists():
        raise InputFileError(str(output), say(m.EXTRACT_EXISTS, lang))
    write_atomically(output, draft.text.encode("utf-8"))
    name = file_label(output)  # a line break in the name shown, not acted on
    if draft.count == 0 and draft.left_out == 0:  # no comments to read: none was found
        wrote = say(m.EXTRACT_WROTE_EMPTY, lang, file=name)
    else:
        wrote = say(
            m.EXTRACT_WROTE, lang, file=name, count=draft.count, left=draft.left_out, text=info.file
        )
    print(wrote, file=sys.stderr if quiet else sys.stdout)


def _appendix(
    into: Path, info: DocumentInfo, proposals: list[Proposal], lang: Lang
) -> tuple[bytes, Draft]:
    """The registry's bytes as read and the text to add, validated together; nothing written."""
    from cluster_cli.errors import ClusterError
    from cluster_cli.extract.draft import appendix_text
    from cluster_cli.files import registry as registry_module
    from cluster_cli.files.toml import parse_toml

    original = registry_module.read_bytes(into)
    text = original.decode("utf-8-sig")
    try:
        existing = registry_module.validate(parse_toml(text, str(into)), str(into))
    except ClusterError as error:
        if lang == "en":
            raise
        raise InputFileError(
            str(into), say(m.EXTRACT_INVALID_REGISTRY, lang, detail=error)
        ) from None
    addition = appendix_text(info, proposals, existing, lang)
    combined = _appended(original, addition.text)
    if addition.count:
        registry_module.validate(
            parse_toml(combined.decode("utf-8-sig"), str(into)),
            f"{into} (+ extract)",
        )
    return original, addition


def _append(into: Path, appendix: tuple[bytes, Draft], yes: bool, quiet: bool, lang: Lang) -> None:
    from cluster_cli.files.registry import replace_if_unchanged

    original, addition = appendix
    out = sys.stderr if quiet else sys.stdout
    if addition.count == 0:
        if addition.left_out:  # found, but in units the registry has no place for
            print(say(m.EXTRACT_NONE_IN_UNITS, lang, file=into, count=addition.left_out), file=out)
            _print_skipped(addition, lang, out)  # and those it holds already, as below
        elif addition.skipped:
            print(say(m.EXTRACT_NOTHING, lang, file=into), file=out)
            _print_skipped(addition, lang, out)
        else:
            print(say(m.EXTRACT_NONE_FOUND, lang, file=into), file=out)
        return
    print(say(m.EXTRACT_TO_APPEND, lang, file=into), file=out)
    for key, proposal in addition.summary:
        print(f"  + {_goal_line(m.EXTRACT_LINE, key, proposal, lang)}", file=out)
    _print_skipped(addition, lang, out)
    if not yes:
        if not _terminal_input():
            raise UsageError(say(m.EXTRACT_NEED_YES, lang, file=into))
        if not options.confirm(say(m.EXTRACT_CONFIRM, lang, count=addition.count, file=into)):
            print(say(m.EXTRACT_UNCHANGED, lang), file=out)
            return
    # Compared and written under the registry's lock: of two runs at once, one waits and is
    # then refused, the file having changed; none reports goals that are not in the file.
    replace_if_unchanged(into, original, _appended(original, addition.text))
    print(say(m.EXTRACT_APPENDED, lang, count=addition.count, file=into), file=out)


def _print_skipped(addition: Draft, lang: Lang, out: TextIO) -> None:
    """Each proposal left out as already in the registry, with the goal that holds it."""
    for there, proposal in addition.skipped:
        print(f"  {_goal_line(m.EXTRACT_SKIPPED, there, proposal, lang)}", file=out)


def _goal_line(phrase: Phrase, key: str, proposal: Proposal, lang: Lang) -> str:
    """One goal of ``--into`` (added or skipped): its id, name, figure and deadline."""
    from cluster_cli.extract.labels import value_text

    value = value_text(proposal, lang)
    return say(phrase, lang, id=key, name=proposal.name, value=value, deadline=proposal.deadline)


def _terminal_input() -> bool:
    """Whether a person can answer: standard input is a terminal (not closed, not a pipe)."""
    return sys.stdin is not None and sys.stdin.isatty()


def _appended(original: bytes, text: str) -> bytes:
    """The registry with ``text`` after it, on a line of its own, in the registry's own line
    endings (a file saved on Windows keeps CRLF throughout)."""
    newline = b"\r\n" if b"\r\n" in original else b"\n"
    combined = original + (b"" if original.endswith(b"\n") or not original else newline)
    return combined + text.encode("utf-8").replace(b"\n", newline)
