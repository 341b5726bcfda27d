"""Command-line options shared by several commands, defined once so that they read alike."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from cluster_cli.errors import UsageError
from cluster_cli.i18n import Lang, default_lang

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


def complete_lang(incomplete: str) -> list[str]:
    return [lang for lang in ("zh", "en") if lang.startswith(incomplete)]


RegistryOption = Annotated[
    Path | None,
    typer.Option(
        "--registry",
        "-r",
        metavar="FILE",
        readable=False,  # unreadable files get cluster-cli's own message and exit code 3
        help="Registry of goals. Default: $CLUSTER_CLI_REGISTRY, else ./targets.toml, "
        "else the article's goals shipped with cluster-cli.",
        show_default=False,
    ),
]
LedgerOption = Annotated[
    Path | None,
    typer.Option(
        "--ledger",
        "-l",
        metavar="FILE",
        readable=False,  # unreadable files get cluster-cli's own message and exit code 3
        help="Ledger of recorded figures. Default: $CLUSTER_CLI_LEDGER, else actuals.toml "
        "beside the registry, else (built-in registry) actuals.toml in your data folder.",
        show_default=False,
    ),
]
AsOfOption = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        metavar="DATE",
        help="Compute from what had been recorded by the end of this day (YYYY-MM-DD, UTC), "
        "to reproduce an old report exactly.",
        show_default=False,
    ),
]
LangOption = Annotated[
    str | None,
    typer.Option(
        "--lang",
        metavar="zh|en",
        autocompletion=complete_lang,
        help="Output language: zh or en. Default: from the locale.",
        show_default=False,
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]
DryRunOption = Annotated[
    bool, typer.Option("--dry-run", help="Check and show what would be recorded; change nothing.")
]
ClusterFilter = Annotated[
    list[str] | None,
    typer.Option(
        "--cluster",
        metavar="ID",
        help="Only this cluster (id). Repeatable.",
        show_default=False,
        autocompletion=complete_cluster,
    ),
]
RegionFilter = Annotated[
    list[str] | None,
    typer.Option(
        "--region",
        metavar="ID",
        help="Only this region (id). Repeatable.",
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
        help="Only goals with this status (achieved, on-track, needs-acceleration, "
        "limited-progress, deteriorating, missed, insufficient-data). Repeatable.",
        show_default=False,
    ),
]
NoColorOption = Annotated[
    bool,
    typer.Option("--no-color", help="No colours (also: the NO_COLOR environment variable)."),
]


def resolve_lang(option: str | None) -> Lang:
    if option is None:
        return default_lang()
    if option not in ("zh", "en"):
        raise UsageError(f"--lang must be zh or en, not {option!r}")
    return "zh" if option == "zh" else "en"
