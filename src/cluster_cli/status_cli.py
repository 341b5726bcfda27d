"""``status`` and ``show``: the terminal dashboard and the full view of one goal.

Thin commands: load the state, filter, and hand it to :mod:`cluster_cli.render.terminal` (or to
the JSON contract of :mod:`cluster_cli.render.jsondoc` with ``--json``).
"""

from __future__ import annotations

import json
import sys
from difflib import get_close_matches
from typing import Annotated

import typer

from cluster_cli.cli import (
    AsOfOption,
    JsonOption,
    LangOption,
    LedgerOption,
    RegistryOption,
    resolve_lang,
)
from cluster_cli.errors import ValueInputError

ClusterFilter = Annotated[
    list[str] | None,
    typer.Option("--cluster", help="Only this cluster (id). Repeatable.", show_default=False),
]
RegionFilter = Annotated[
    list[str] | None,
    typer.Option("--region", help="Only this region (id). Repeatable.", show_default=False),
]
StatusFilter = Annotated[
    list[str] | None,
    typer.Option(
        "--status",
        help="Only goals with this status (achieved, on-track, needs-acceleration, "
        "limited-progress, deteriorating, missed, insufficient-data). Repeatable.",
        show_default=False,
    ),
]
NoColorOption = Annotated[
    bool,
    typer.Option("--no-color", help="No colours (also: the NO_COLOR environment variable)."),
]


def _warn(warnings: list[str]) -> None:
    from cluster_cli.render.terminal import clean

    for warning in warnings:
        print(f"cluster-cli: warning: {clean(warning)}", file=sys.stderr)


def status(
    registry: RegistryOption = None,
    ledger: LedgerOption = None,
    as_of: AsOfOption = None,
    lang: LangOption = None,
    cluster: ClusterFilter = None,
    region: RegionFilter = None,
    status: StatusFilter = None,
    as_json: JsonOption = False,
    no_color: NoColorOption = False,
) -> None:
    """Show every goal and where it stands, grouped by cluster."""
    from cluster_cli.progress import select
    from cluster_cli.state import check_filters, load_state

    chosen = resolve_lang(lang)
    state = load_state(registry, ledger, as_of)
    check_filters(state.registry, cluster or [], region or [], status or [])
    _warn(state.warnings)
    progress = select(state.progress, cluster or [], region or [], status or [])
    if as_json:
        from cluster_cli.render import jsondoc

        sys.stdout.write(jsondoc.render(progress, state.origin))
        return
    from cluster_cli.render import terminal

    terminal.print_view(
        lambda width: terminal.status_view(progress, state.registry, state.origin, chosen, width),
        no_color=no_color,
    )


def show(
    target: Annotated[
        str, typer.Argument(help="Goal or context-figure id, as listed by `status`.")
    ],
    registry: RegistryOption = None,
    ledger: LedgerOption = None,
    as_of: AsOfOption = None,
    lang: LangOption = None,
    as_json: JsonOption = False,
    no_color: NoColorOption = False,
) -> None:
    """Show one goal or context figure in full: figures, history, trend and source."""
    from cluster_cli.state import load_state

    chosen = resolve_lang(lang)
    state = load_state(registry, ledger, as_of)
    _warn(state.warnings)
    progress = state.progress
    as_of_text = progress.as_of.isoformat()
    goal = next((row for row in progress.targets if row.id == target), None)
    figure = next((row for row in progress.indicators if row.id == target), None)
    if goal is None and figure is None:
        raise unknown_id(target, state.registry.ids())
    from cluster_cli.render import jsondoc, terminal

    if as_json:
        document = (
            jsondoc.target_document(goal)
            if goal is not None
            else jsondoc.indicator_document(figure)  # type: ignore[arg-type]
        )
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return
    if goal is not None:
        terminal.print_view(
            lambda width: terminal.show_target_view(
                goal, state.registry, as_of_text, chosen, width
            ),
            no_color=no_color,
        )
    elif figure is not None:
        terminal.print_view(
            lambda width: terminal.show_indicator_view(
                figure, state.registry, as_of_text, chosen, width
            ),
            no_color=no_color,
        )


def register(app: typer.Typer) -> None:
    """Add ``status`` and ``show`` to ``app``."""
    app.command()(status)
    app.command()(show)


def unknown_id(given: str, known: list[str]) -> ValueInputError:
    from cluster_cli.render.terminal import clean

    close = get_close_matches(given, known, n=3, cutoff=0.5)
    hint = f"; did you mean {', '.join(close)}?" if close else " (cluster-cli status lists them)"
    return ValueInputError(f"no goal or context figure {clean(given)!r}{hint}")
