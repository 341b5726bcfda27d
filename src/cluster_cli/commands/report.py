"""``cluster-cli report``: the progress report as Markdown, HTML, CSV or JSON."""

from __future__ import annotations

import re
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

import typer

from cluster_cli.commands.options import (
    AsOfOption,
    ClusterFilter,
    LangOption,
    LedgerOption,
    RegionFilter,
    RegistryOption,
    StatusFilter,
    file_name,
    goal_count,
    resolve_lang,
)
from cluster_cli.errors import UsageError
from cluster_cli.files.atomic import existing, same_file
from cluster_cli.i18n import messages as m
from cluster_cli.i18n import say
from cluster_cli.text import file_label, warn

if TYPE_CHECKING:
    from cluster_cli.app.load import State
    from cluster_cli.i18n import Lang

Format = Literal["markdown", "html", "csv", "json"]
FORMATS: tuple[Format, ...] = ("markdown", "html", "csv", "json")


def _markdown(state: State, lang: Lang, filters: list[str], details: int | None) -> str:
    from cluster_cli.render import markdown

    return markdown.render(state.assessment, state.origin, state.registry, lang, filters, details)


def _html(state: State, lang: Lang, filters: list[str], details: int | None) -> str:
    from cluster_cli.render import html

    return html.render(state.assessment, state.origin, state.registry, lang, filters, details)


def _csv(state: State, lang: Lang, filters: list[str], details: int | None) -> str:
    from cluster_cli.render import csv

    return csv.render(state.assessment, state.origin, state.registry, lang, filters)


def _json(state: State, lang: Lang, filters: list[str], details: int | None) -> str:
    from cluster_cli.render import jsondoc

    return jsondoc.render(state.assessment, state.origin)


# Each format's renderer; each imports only its own module, so a report loads one renderer.
RENDERERS: dict[Format, Callable[[State, Lang, list[str], int | None], str]] = {
    "markdown": _markdown,
    "html": _html,
    "csv": _csv,
    "json": _json,
}


def _details_limit(typed: str | None, fmt: Format) -> int | None:
    """How many goals a report details: ``--details`` as typed, else the default of Markdown
    and HTML (CSV and JSON give every goal's figures and take no such option)."""
    if typed is not None and fmt in ("csv", "json"):
        raise UsageError(say(m.DETAILS_ONLY_DOCUMENTS, format=_NAMES[fmt]))
    if typed is not None:
        return goal_count(typed, "--details")
    if fmt in ("csv", "json"):
        return None
    from cluster_cli.render import SHOWN_BY_DEFAULT

    return SHOWN_BY_DEFAULT


def check_output(output: Path, protected: list[tuple[str, Path]]) -> None:
    """Refuse to write the report over the registry or the ledger in use, onto a folder, or
    over any other registry or ledger: a report is never TOML, so a name ending in ``.toml``
    is refused, and so is an existing file that starts as a registry or a ledger does
    (``cp actuals.toml draft`` then ``-o draft`` would lose the copy)."""
    found = existing(output)
    for what, path in protected:
        if same_file(output, path):
            raise UsageError(say(m.WOULD_OVERWRITE, output=output, what=what, path=path))
    if found is not None and stat.S_ISDIR(found.st_mode):
        raise UsageError(say(m.OUTPUT_IS_DIRECTORY, output=output))
    if suffix_of(output) == ".toml":
        raise UsageError(say(m.REPORT_NEVER_TOML, output=output))
    kind = toml_file_kind(output) if found is not None and stat.S_ISREG(found.st_mode) else None
    if kind is not None:
        raise UsageError(say(m.WOULD_OVERWRITE_CONTENT, output=output, what=kind))


def refuse_another_file(output: Path) -> None:
    """Refuse to replace an existing file that no report of cluster-cli wrote (the spreadsheet
    just imported, notes): ``-o`` names it, and it would be lost. A report is replaced, as
    reports are made again and again under one name; so is anything with ``--force``."""
    found = existing(output)
    if found is None or not stat.S_ISREG(found.st_mode):
        return
    try:
        with output.open("rb") as file:
            head = file.read(_REPORT_HEAD).decode("utf-8", "replace")
    except OSError:
        return  # the write says why it cannot be made
    if not head.strip() or is_a_report(head):
        return
    raise UsageError(say(m.WOULD_REPLACE_A_FILE, output=output))


_REPORT_HEAD = 4096  # bytes: where every format of report says what it is


def is_a_report(head: str) -> bool:
    """Whether ``head`` (a file's start) is a report's, in either language: the title that
    opens Markdown and names an HTML page, the CSV's header, the JSON's first keys."""
    from cluster_cli.i18n import words as w
    from cluster_cli.render.fields import CSV_FIELDS

    text = head.removeprefix("\ufeff")
    titles = (w.TITLE.zh, w.TITLE.en)
    headers = tuple(
        ",".join(field.header(lang) for field in CSV_FIELDS[:6]) + "," for lang in ("zh", "en")
    )
    return (
        text.startswith(tuple(f"# {title}" for title in titles))
        or any(f"<title>{title}" in text for title in titles)
        or text.startswith(headers)
        or (text.startswith("{") and '"as_of"' in text[:200] and '"schema_version"' in text)
    )


# The tables a ledger ([records]) and a registry ([sources.…], [targets.…], …) are made of.
_LEDGER_TABLES = frozenset({"records"})
_REGISTRY_TABLES = frozenset({"sources", "clusters", "regions", "targets", "indicators"})
# A TOML table header, and the first key of a `key = value` line (dotted keys included).
_TABLE = re.compile(r"""\[\[?[ \t]*["']?([A-Za-z0-9_-]+)""")
_KEY = re.compile(r"""["']?([A-Za-z0-9_-]+)["']?[ \t]*(?:\.[^=]*)?=""")
_HEAD = 65536  # what is read of a file: a large one must not cost its size


def toml_file_kind(path: Path) -> str | None:
    """What ``path`` holds, "ledger" or "registry" (in the language of the run), when it starts
    as one does: past comments and blank lines, only ``key = value`` lines (``version = 1``,
    ``schema_version = 1``) up to a table of the ledger or the registry, or a key of one
    (``targets.ic-scale.name = …``). None for anything else (a report, a text, a spreadsheet)
    and for a file that cannot be read (the write then says why)."""
    try:
        with path.open("rb") as file:
            head = file.read(_HEAD).decode("utf-8", "replace").removeprefix("\ufeff")
    except OSError:
        return None
    for line in head.split("\n"):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        table = _TABLE.match(text)
        key = _KEY.match(text)
        name = table.group(1) if table else key.group(1) if key else None
        if name is None:
            return None  # no TOML: a report, a note
        if name in _LEDGER_TABLES:
            return say(m.THE_LEDGER)
        if name in _REGISTRY_TABLES:
            return say(m.THE_REGISTRY)
        if table:
            return None  # TOML of some other kind
    return None


# What a file name says its content is: -o report.html without --html writes HTML.
EXTENSIONS: dict[str, Format] = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".csv": "csv",
    ".json": "json",
}


def suffix_of(path: Path) -> str:
    """The name's extension, lower case; a name that is only one (``.html``, which ``Path``
    reads as a hidden file with none) is that extension."""
    if path.suffix:
        return path.suffix.lower()
    name = path.name
    return name.lower() if name.startswith(".") and name.count(".") == 1 else ""


def choose_format(
    markdown: bool, html: bool, csv: bool, as_json: bool, output: Path | None = None
) -> Format:
    chosen = [name for name, on in zip(FORMATS, (markdown, html, csv, as_json), strict=True) if on]
    if len(chosen) > 1:
        options = ", ".join(f"--{name}" for name in chosen)
        raise UsageError(say(m.ONE_FORMAT, options=options))
    named = EXTENSIONS.get(suffix_of(output)) if output is not None else None
    if output is not None and chosen and named is not None and chosen[0] != named:
        suggestion = output.with_suffix(_suffix(chosen[0]))
        raise UsageError(
            say(
                m.NAME_SAYS_FORMAT,
                output=output,
                named=named,
                chosen=chosen[0],
                suggestion=suggestion,
            )
        )
    return chosen[0] if chosen else named or "markdown"


# The formats as their names are written in either language.
_NAMES: dict[Format, str] = {"markdown": "Markdown", "html": "HTML", "csv": "CSV", "json": "JSON"}


def _suffix(fmt: str) -> str:
    return next(suffix for suffix, name in EXTENSIONS.items() if name == fmt)


def report(
    registry: RegistryOption = None,
    ledger: LedgerOption = None,
    as_of: AsOfOption = None,
    lang: LangOption = None,
    markdown: Annotated[
        bool,
        typer.Option("--markdown"),
    ] = False,
    html: Annotated[bool, typer.Option("--html")] = False,
    csv: Annotated[bool, typer.Option("--csv")] = False,
    as_json: Annotated[bool, typer.Option("--json")] = False,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            parser=file_name("-o", "report.md", dash_is_stdout=True),
            readable=False,  # unreadable files get cluster-cli's own message and exit code 3
            show_default=False,
        ),
    ] = None,
    cluster: ClusterFilter = None,
    region: RegionFilter = None,
    status: StatusFilter = None,
    details: Annotated[
        str | None, typer.Option("--details", metavar="N|all", show_default=False)
    ] = None,
    force: Annotated[bool, typer.Option("--force")] = False,
) -> None:
    """Write a progress report: summary, tables, each goal's figures, history and chart."""
    from cluster_cli.app.load import Filters, load_state, nothing_selected, protected_files
    from cluster_cli.files.atomic import write_atomically

    fmt = choose_format(markdown, html, csv, as_json, output)
    chosen_lang = resolve_lang(lang)
    if output is not None:
        check_output(output, protected_files(registry, ledger))
        if not force:
            refuse_another_file(output)
        flagged = markdown or html or csv or as_json
        suffix = suffix_of(output)
        if suffix and suffix not in EXTENSIONS and not flagged:
            # report.pdf would get Markdown under a name that promises something else.
            said = suffix.strip() or suffix  # "actuals.toml ": the .toml, not ".toml  files"
            raise UsageError(say(m.NAME_SAYS_NO_FORMAT, output=output, suffix=said))

    filters = Filters.of(cluster, region, status)
    state = load_state(registry, ledger, as_of, filters)
    warn(state.warnings)
    if fmt in ("csv", "json") and output is None:  # -o says how many it wrote; HTML, Markdown say
        warn(nothing_selected(state, filters))
    assessment = state.assessment

    limit = _details_limit(details, fmt)
    text = RENDERERS[fmt](state, chosen_lang, filters.describe(), limit)
    total = len(assessment.targets)
    if details is None and limit is not None and limit < total:  # the default cut the details
        print(
            say(m.REPORT_DETAILS_LIMITED, count=f"{limit:,}", total=f"{total:,}"), file=sys.stderr
        )

    if output is None:
        sys.stdout.write(text)
        return
    data = text.encode("utf-8")
    if fmt == "csv":
        data = b"\xef\xbb\xbf" + data  # so that Excel and WPS read the Chinese correctly
    write_atomically(output, data)
    name = file_label(output)  # a line break in the name shown, not acted on
    print(
        say(
            m.REPORT_WROTE,
            output=name,
            format=_NAMES[fmt],
            count=f"{len(assessment.targets):,}",
        ),
        file=sys.stderr,
    )
