"""Command-line options shared by several commands, defined once so that they read alike."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, get_type_hints

import typer

from cluster_cli.errors import UsageError
from cluster_cli.files.regular import typed_name
from cluster_cli.i18n import Lang, Phrase, current, default_lang, lang_named, say
from cluster_cli.i18n import messages as m
from cluster_cli.text import shown

if TYPE_CHECKING:
    from cluster_cli.engine.models import Registry

# ---------------------------------------------------------------- shell completion
# Typer calls these while the shell completes a word (`cluster-cli --install-completion`).
# They never fail: a registry that cannot be read completes nothing.


def _registry_for_completion(ctx: typer.Context) -> Registry | None:
    from cluster_cli.app.load import open_context
    from cluster_cli.errors import ClusterError

    try:
        return open_context(ctx.params.get("registry"), None).registry
    except (ClusterError, OSError, ValueError):
        return None


def complete_goal(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """Goal and context-figure ids, each with its name as the shell's description."""
    registry = _registry_for_completion(ctx)
    if registry is None:
        return []
    lang = default_lang()
    found = []
    for key in registry.ids():
        item = registry.item(key)
        if item is not None and key.startswith(incomplete):
            found.append((key, item.name if lang == "zh" else item.name_en))
    return found


def complete_cluster(ctx: typer.Context, incomplete: str) -> list[str]:
    registry = _registry_for_completion(ctx)
    return [k for k in (registry.clusters if registry else {}) if k.startswith(incomplete)]


def complete_region(ctx: typer.Context, incomplete: str) -> list[str]:
    registry = _registry_for_completion(ctx)
    return [k for k in (registry.regions if registry else {}) if k.startswith(incomplete)]


def complete_status(incomplete: str) -> list[str]:
    from cluster_cli.engine.assess import STATUS_ORDER

    return [s.value for s in STATUS_ORDER if s.value.startswith(incomplete)]


def complete_folder(incomplete: str) -> list[str]:
    """Folders whose path starts with what is typed (``init DIR``), each ending in ``/``."""
    head, _, start = incomplete.rpartition("/")
    prefix = f"{head}/" if "/" in incomplete else ""
    try:
        names = sorted(entry.name for entry in Path(prefix or ".").iterdir() if entry.is_dir())
    except OSError:
        return []
    return [f"{prefix}{name}/" for name in names if name.startswith(start)]


def complete_lang(incomplete: str) -> list[str]:
    return [lang for lang in ("zh", "en") if lang.startswith(incomplete)]


def file_name(
    option: str, example: str, *, dash_is_stdout: bool = False
) -> Callable[[str], Path | None]:
    """How ``option`` reads a file name: as typed. ``Path`` would turn an empty name into the
    current folder and drop a final slash, so that ``-o report.md/`` wrote a file. ``-`` is
    standard output where ``dash_is_stdout`` (as without the option), and refused elsewhere: it
    would be a file named ``-``."""

    def parse(value: str | Path) -> Path | None:
        if str(value) == "-" and dash_is_stdout:
            return None
        return typed_name(str(value), option, example)

    return parse


# Nine digits: 999,999,999 goals. A count of more digits means every goal (and int() refuses
# a run of 4,300 digits).
_MOST_DIGITS = 9


def goal_count(typed: str, option: str) -> int | None:
    """A number of goals (0 or more) as ``option`` takes it (``--details``, ``--limit``), or
    ``all`` (None: no limit); digits typed full-width (３, as a Chinese input method writes them),
    全部 and 所有 too."""
    import unicodedata

    text = typed.strip()
    read = unicodedata.normalize("NFKC", text)
    if read.lower() in {"all", "全部", "所有"}:
        return None
    if text.isdecimal() and read.isascii():  # not ², which NFKC makes a 2
        digits = read.lstrip("0")
        return int(digits or "0") if len(digits) <= _MOST_DIGITS else None
    raise UsageError(say(m.GOAL_COUNT_BAD, option=option, value=shown(typed)))


RegistryOption = Annotated[
    Path | None,
    typer.Option(
        "--registry",
        "-r",
        metavar="FILE",
        parser=file_name("--registry", "targets.toml"),
        readable=False,  # unreadable files get cluster-cli's own message and exit code 3
        show_default=False,
    ),
]
LedgerOption = Annotated[
    Path | None,
    typer.Option(
        "--ledger",
        "-l",
        metavar="FILE",
        parser=file_name("--ledger", "actuals.toml"),
        readable=False,  # unreadable files get cluster-cli's own message and exit code 3
        show_default=False,
    ),
]
AsOfOption = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        metavar="DATE",
        show_default=False,
    ),
]
LangOption = Annotated[
    str | None,
    typer.Option(
        "--lang",
        metavar="zh|en",
        autocompletion=complete_lang,
        show_default=False,
    ),
]
JsonOption = Annotated[bool, typer.Option("--json")]
DryRunOption = Annotated[bool, typer.Option("--dry-run")]
ClusterFilter = Annotated[
    list[str] | None,
    typer.Option(
        "--cluster",
        metavar="ID",
        show_default=False,
        autocompletion=complete_cluster,
    ),
]
RegionFilter = Annotated[
    list[str] | None,
    typer.Option(
        "--region",
        metavar="ID",
        show_default=False,
        autocompletion=complete_region,
    ),
]
StatusFilter = Annotated[
    list[str] | None,
    typer.Option(
        "--status",
        metavar="STATUS",
        autocompletion=complete_status,
        show_default=False,
    ),
]
NoColorOption = Annotated[bool, typer.Option("--no-color")]


# Answers to a yes/no question, in either language; Enter alone is no.
_YES = frozenset({"y", "yes", "是", "是的", "好", "对", "确定"})
_NO = frozenset({"n", "no", "否", "不", "不是", "取消", ""})


def confirm(question: str) -> bool:
    """Ask ``question`` at the terminal: y, yes or 是 and the like; n, no, 否 or Enter alone.
    Anything else asks again, in the language of the run (Click answered "Error: invalid
    input" and took y or n only). No one to answer (end of input) is no; Ctrl-C interrupts."""
    while True:
        try:
            answer = input(question + say(m.CONFIRM_CHOICES)).strip().lower()
        except EOFError:
            print()
            return False
        if answer in _YES:
            return True
        if answer in _NO:
            return False
        print(say(m.CONFIRM_AGAIN))


def resolve_lang(option: str | None) -> Lang:
    """The language of the output: ``--lang``, else the one the run was started in."""
    if option is None:
        return current()
    named = lang_named(option)
    if named is None:
        raise UsageError(say(m.BAD_LANG, given=shown(option)))
    return named


# ---------------------------------------------------------------- help texts
# Each option and argument is declared without help; its help comes from the catalogue in the
# language of the run when the app is built. Keys: the parameter's name, or COMMAND.NAME where
# one command means something else by it.
HELP: dict[str, Phrase] = {
    "extract.file": m.EXTRACT_FILE_HELP,
    "extract.date": m.EXTRACT_DATE_HELP,
    "extract.output": m.EXTRACT_OUTPUT_HELP,
    "extract.into": m.EXTRACT_INTO_HELP,
    "extract.yes": m.EXTRACT_YES_HELP,
    "version": m.VERSION_HELP,
    "debug": m.DEBUG_HELP,
    "registry": m.REGISTRY_HELP,
    "ledger": m.LEDGER_HELP,
    "ledger_path": m.LEDGER_HELP,
    "as_of": m.AS_OF_HELP,
    "lang": m.LANG_HELP,
    "as_json": m.JSON_HELP,
    "dry_run": m.DRY_RUN_HELP,
    "cluster": m.CLUSTER_HELP,
    "region": m.REGION_HELP,
    "status": m.STATUS_FILTER_HELP,
    "no_color": m.NO_COLOR_HELP,
    "show.target": m.SHOW_ID_HELP,
    "update.target": m.GOAL_ARGUMENT_HELP,
    "value": m.VALUE_HELP,
    "period": m.PERIOD_HELP,
    "source": m.SOURCE_HELP,
    "note": m.NOTE_HELP,
    "undo.note": m.UNDO_NOTE_HELP,
    "log.target": m.LOG_GOAL_HELP,
    "long": m.LONG_HELP,
    "yes": m.YES_HELP,
    "import.file": m.IMPORT_FILE_HELP,
    "markdown": m.MARKDOWN_HELP,
    "html": m.HTML_HELP,
    "csv": m.CSV_HELP,
    "report.as_json": m.REPORT_JSON_HELP,
    "details": m.DETAILS_HELP,
    "limit": m.LIMIT_HELP,
    "output": m.OUTPUT_HELP,
    "quotes": m.QUOTES_HELP,
    "stale_after": m.STALE_AFTER_HELP,
    "init.directory": m.INIT_DIR_HELP,
    "force": m.FORCE_HELP,
    "report.force": m.REPORT_FORCE_HELP,
}


# `extract` words its own options; only the options it shares with the others come from here.
def localize_help(function: Callable[..., object], command: str, lang: Lang) -> None:
    """Set the help of each option and argument of ``function`` in ``lang``."""
    from typer.models import ParameterInfo

    hints = get_type_hints(function, include_extras=True)
    # Annotations written as strings would give Typer fresh option objects on each reading:
    # keep the ones read here, whose help is set below.
    function.__annotations__ = dict(hints)
    for name, hint in hints.items():
        phrase = HELP.get(f"{command}.{name}") or HELP.get(name)
        if phrase is None:
            continue
        for info in getattr(hint, "__metadata__", ()):
            if isinstance(info, ParameterInfo):
                info.help = phrase(lang)
