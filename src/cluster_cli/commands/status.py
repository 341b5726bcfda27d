"""``status`` and ``show``: the terminal dashboard and the full view of one goal.

Thin commands: load the state, filter, and hand it to :mod:`cluster_cli.render.terminal` (or to
the JSON contract of :mod:`cluster_cli.render.jsondoc` with ``--json``).
"""

import sys
from typing import Annotated

import typer

from cluster_cli.commands.options import (
    AsOfOption,
    ClusterFilter,
    JsonOption,
    LangOption,
    LedgerOption,
    NoColorOption,
    RegionFilter,
    RegistryOption,
    StatusFilter,
    complete_goal,
    goal_count,
    resolve_lang,
)
from cluster_cli.errors import UsageError
from cluster_cli.i18n import messages as m
from cluster_cli.i18n import say
from cluster_cli.text import warn


def status(
    registry: RegistryOption = None,
    ledger: LedgerOption = None,
    as_of: AsOfOption = None,
    lang: LangOption = None,
    cluster: ClusterFilter = None,
    region: RegionFilter = None,
    status: StatusFilter = None,
    limit: Annotated[
        str | None, typer.Option("--limit", metavar="N|all", show_default=False)
    ] = None,
    as_json: JsonOption = False,
    no_color: NoColorOption = False,
) -> None:
    """Show where the goals stand, grouped by cluster."""
    from cluster_cli.app.load import Filters, load_state, nothing_selected
    from cluster_cli.render import SHOWN_BY_DEFAULT

    chosen = resolve_lang(lang)
    if limit is not None and as_json:
        raise UsageError(say(m.LIMIT_NOT_JSON))
    at_most = SHOWN_BY_DEFAULT if limit is None else goal_count(limit, "--limit")
    filters = Filters.of(cluster, region, status)
    state = load_state(registry, ledger, as_of, filters)
    warn(state.warnings)
    assessment = state.assessment
    if as_json:
        from cluster_cli.render import jsondoc

        warn(nothing_selected(state, filters))  # the dashboard says so in its own lines
        sys.stdout.write(jsondoc.render(assessment, state.origin))
        return
    from cluster_cli.render import terminal

    terminal.print_view(
        lambda width: terminal.status_view(
            assessment, state.registry, state.origin, chosen, width, at_most
        ),
        no_color=no_color,
    )


def show(
    target: Annotated[
        str,
        typer.Argument(metavar="ID", autocompletion=complete_goal),
    ],
    registry: RegistryOption = None,
    ledger: LedgerOption = None,
    as_of: AsOfOption = None,
    lang: LangOption = None,
    as_json: JsonOption = False,
    no_color: NoColorOption = False,
) -> None:
    """Show one goal or context figure in full: figures, history, trend and source."""
    from cluster_cli.app.load import load_state
    from cluster_cli.app.recording import find_item

    chosen = resolve_lang(lang)
    state = load_state(registry, ledger, as_of)
    key, _ = find_item(state.registry, target)  # by id or exact name, as `update` finds it
    warn(state.warnings)
    assessment = state.assessment
    as_of_text = assessment.as_of.isoformat()
    goal = next((row for row in assessment.targets if row.id == key), None)
    figure = next((row for row in assessment.indicators if row.id == key), None)
    from cluster_cli.render import jsondoc, terminal

    if as_json:
        document = (
            jsondoc.target_document(goal)
            if goal is not None
            else jsondoc.indicator_document(figure)  # type: ignore[arg-type]
        )
        from cluster_cli.render.jsonout import dumps  # only for --json

        print(dumps(document, indent=2))
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
