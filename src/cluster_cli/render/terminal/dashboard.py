"""The dashboard of ``status``: the summary, one table per cluster, the context figures."""

from __future__ import annotations

from collections import Counter

from rich.cells import cell_len
from rich.console import Group, RenderableType
from rich.text import Text

from cluster_cli.engine.assess import Assessment, GoalRow, IndicatorRow
from cluster_cli.engine.models import Registry
from cluster_cli.engine.results import most_in_need
from cluster_cli.i18n import Lang
from cluster_cli.i18n import words as w
from cluster_cli.render import SHOWN_BY_DEFAULT
from cluster_cli.render.indicators import indicator_growth, is_share
from cluster_cli.render.jsondoc import Origin
from cluster_cli.render.labels import (
    difference,
    is_provisional,
    point_quantity,
    points,
    rate_average,
    status_text,
    title_in,
)
from cluster_cli.render.terminal.cells import (
    STATUS_STYLES,
    baseline_text,
    item_name,
    needed_text,
    piece,
    progress_cell,
    qty,
    row_status_piece,
    status_piece,
    value_period,
)
from cluster_cli.render.terminal.columns import (
    Layout,
    Ranks,
    Row,
    Spec,
    fit_columns,
    table_lines,
)
from cluster_cli.render.terminal.folding import AnyCell, Piece, fixed, words
from cluster_cli.text import clean

_TARGET_COLUMNS = (
    Spec("name", w.GOAL, 0, wrap=True),
    Spec("id", w.COL_ID, 8),
    Spec("baseline", w.BASELINE, 9, "right", wrap=True),
    Spec("latest", w.LATEST, 3, "right", wrap=True),
    Spec("target", w.TARGET, 4, "right", wrap=True),
    Spec("progress", w.PROGRESS, 2),
    Spec("gap", w.GAP, 7, "right"),
    Spec("pace", w.PACE_GAP, 5, "right"),
    Spec("needed", w.NEEDED, 6, "right"),
    Spec("status", w.STATUS, 1),
)

_INDICATOR_COLUMNS = (
    Spec("name", w.CONTEXT_FIGURE, 0, wrap=True),
    Spec("id", w.COL_ID, 4),
    Spec("latest", w.LATEST, 2, "right", wrap=True),
    Spec("growth", w.GROWTH, 3, "right"),
    Spec("status", w.STATUS, 1),
)

_TARGET_RANKS = Ranks(essential=3, ids=4)
_INDICATOR_RANKS = Ranks(essential=3, ids=3)


def summary_lines(
    assessment: Assessment, origin: Origin, lang: Lang, width: int = 0, title: str = ""
) -> list[Text]:
    """Title, tally by status and sources; the tally folds between statuses, never inside one.

    ``title``: the registry's title; without one, the reports' neutral heading (the registry
    may hold any plan's goals)."""
    counts = assessment.summary
    provisional = Counter(row.status for row in assessment.targets if is_provisional(row))
    total = sum(counts.values())
    heading = clean(title_in(title, lang)) or w.TITLE(lang)
    head = Text(heading, "bold")
    head.append(w.AS_OF_LINE(lang, date=assessment.as_of.isoformat()))
    tally = Text((w.TALLY_HEAD_ONE if total == 1 else w.TALLY_HEAD)(lang, total=f"{total:,}"))
    separator = w.TALLY_SEPARATOR(lang)
    line_start = 0
    first = True
    for status, count in counts.items():
        if count == 0:
            continue
        item = Text(status_text(status, lang), style=STATUS_STYLES[status])
        if provisional[status]:
            item.append(
                " "
                + w.TALLY_PROVISIONAL(
                    lang, count=f"{count:,}", provisional=f"{provisional[status]:,}"
                )
            )
        else:
            item.append(f" {count:,}")
        if not first:
            tally.append(separator)
            line = cell_len(tally.plain[line_start:]) + item.cell_len + cell_len(separator)
            if width and line > width:
                tally.rstrip()
                tally.append("\n")
                line_start = len(tally.plain)
        first = False
        tally.append_text(item)
    if total == 0:
        tally.append(w.TALLY_NONE(lang))
    sources = Text(
        w.ORIGIN_LINE(lang, registry=clean(origin.registry), ledger=clean(origin.ledger)),
        style="dim",
    )
    return [head, tally, sources]


def _goal_row(row: GoalRow, lang: Lang, bar_width: int) -> Row:
    t = row.goal
    cells: dict[str, AnyCell] = {
        "id": fixed(piece(row.id, "dim")),
        "baseline": words(
            value_period(
                baseline_text(row, lang), row.baseline.period.text if row.baseline else None
            )
        ),
        "latest": _latest_cell(row, lang),
        "target": words(value_period(qty(t.target, t, lang), str(t.deadline))),
        "progress": fixed(progress_cell(row, bar_width)),
        "gap": fixed(piece(difference(row.gap, t.unit, lang, t.unit_en, "up"))),  # as the reports
        "pace": fixed(piece(points(row.pace_gap, lang))),
        "needed": fixed(piece(needed_text(row, lang))),
        "status": fixed(row_status_piece(row, lang)),
    }
    return Row(clean(item_name(t, lang)), clean(row.id), clean(_goal_text(row, lang)), cells)


def _latest_cell(row: GoalRow, lang: Lang) -> AnyCell:
    """The latest figure with its period; a rate goal's average so far with its years, which
    its status rests on, as in the reports."""
    latest = row.latest
    if latest is None:
        return fixed(Piece.styled("—", "dim"))
    average = rate_average(row, lang)
    if average is not None:
        return words(value_period(*average))
    return words(value_period(qty(latest.value, row.goal, lang), latest.period.text))


def _indicator_row(row: IndicatorRow, lang: Lang) -> Row:
    i = row.indicator
    value = point_quantity(row.latest, i.unit, lang, i.unit_en)
    cells: dict[str, AnyCell] = {
        "id": fixed(piece(row.id, "dim")),
        "latest": words(value_period(value, row.latest.period.text)),
        "growth": fixed(piece(indicator_growth(row, lang, signed=True))),
        "status": fixed(status_piece(row.status, lang)),
    }
    return Row(clean(item_name(i, lang)), clean(row.id), None, cells)


def _goal_text(row: GoalRow, lang: Lang) -> str:
    return f"→ {qty(row.goal.target, row.goal, lang)} ({row.goal.deadline})"


def _left_out(specs: tuple[Spec, ...], layout: Layout, ranks: Ranks) -> list[Spec]:
    """The essential columns (status, progress, latest: what a reader looks for) left out;
    the others give way at most widths, and `show` has them all."""
    return [s for s in specs if 0 < s.keep <= ranks.essential and s.key not in layout.widths]


def _clusters(registry: Registry, keys: list[str]) -> list[str]:
    order = [key for key in registry.clusters if key in keys]
    return order + [key for key in dict.fromkeys(keys) if key not in registry.clusters]


def _cluster_title(registry: Registry, key: str, lang: Lang, count: int, total: int) -> Text:
    """The cluster's name and how many of its goals the table shows (of how many, when the
    dashboard leaves some out)."""
    label = registry.clusters.get(key)
    name = (label.name if lang == "zh" else label.name_en) if label else key
    title = Text("▌", style="cyan")
    title.append(clean(name), style="bold")
    counted = (
        w.CLUSTER_COUNT(lang, count=f"{count:,}")
        if count == total
        else w.CLUSTER_COUNT_SOME(lang, count=f"{count:,}", total=f"{total:,}")
    )
    title.append(counted, style="dim")
    return title


def status_view(
    assessment: Assessment,
    registry: Registry,
    origin: Origin,
    lang: Lang,
    width: int,
    at_most: int | None = SHOWN_BY_DEFAULT,
) -> Group:
    """The dashboard: title, one table per cluster (columns aligned across them), indicators,
    notes, and last the tally by status: a long dashboard scrolls its top out of sight, and the
    tally is what must stay on screen.

    ``at_most``: of more goals, the tables show those that most need attention
    (:func:`~cluster_cli.engine.results.most_in_need`) and say so; the tally counts them all."""
    head, tally, sources = summary_lines(assessment, origin, lang, width, registry.title)
    parts: list[RenderableType] = [head, sources]
    # The figure beside the bar takes six cells ("≈60.0%", "103.3%"): the bar takes the rest.
    bar_width = 8 if width >= 120 else 6 if width >= 100 else 4
    hidden = False
    left_out: list[Spec] = []  # the essential columns a narrow terminal has no room for
    shown = most_in_need(assessment.targets, at_most)
    if shown:
        rows = [_goal_row(row, lang, bar_width) for row in shown]
        layout = fit_columns(_TARGET_COLUMNS, rows, width, lang, _TARGET_RANKS)
        hidden = layout.ids == "none"
        left_out += _left_out(_TARGET_COLUMNS, layout, _TARGET_RANKS)
        by_cluster: dict[str, list[Row]] = {}
        for goal_row, row in zip(shown, rows, strict=True):
            by_cluster.setdefault(goal_row.goal.cluster, []).append(row)
        in_cluster = Counter(row.goal.cluster for row in assessment.targets)
        for key in _clusters(registry, list(by_cluster)):
            parts.append(Text(""))
            count = len(by_cluster[key])
            title = _cluster_title(registry, key, lang, count, in_cluster[key])
            parts.extend(table_lines(_TARGET_COLUMNS, layout, lang, by_cluster[key], title))
    if assessment.indicators:
        irows = [_indicator_row(row, lang) for row in assessment.indicators]
        layout = fit_columns(_INDICATOR_COLUMNS, irows, width, lang, _INDICATOR_RANKS)
        hidden = hidden or layout.ids == "none"
        parts.append(Text(""))
        title = Text("▌", style="cyan")
        shares = any(is_share(row) for row in assessment.indicators)
        title.append((w.CONTEXT_TITLE_SHARES if shares else w.CONTEXT_TITLE)(lang), "bold")
        parts.extend(table_lines(_INDICATOR_COLUMNS, layout, lang, irows, title))
    parts.append(Text(""))
    parts.append(Text(f"{w.DETAILS_HINT(lang)}  {w.METHOD_HINT(lang)}", style="dim"))
    if any(row.approximate for row in shown):
        parts.append(Text(w.APPROXIMATE_MARK(lang), style="dim"))
    if len(shown) < len(assessment.targets):
        total = len(assessment.targets)
        limited = (
            w.DASHBOARD_LIMITED(lang, count=f"{len(shown):,}", total=f"{total:,}")
            if shown
            else w.DASHBOARD_NONE(lang, count=f"{total:,}")
        )
        parts.append(Text(limited, style="dim"))
    if hidden:
        parts.append(Text(w.IDS_HIDDEN(lang), style="dim"))
    if left_out:  # the tally below still counts the statuses
        names = dict.fromkeys(spec.header(lang) for spec in left_out)
        columns = w.ENUMERATION(lang).join(names)
        parts.append(Text(w.COLUMNS_HIDDEN(lang, columns=columns), style="dim"))
    parts.append(tally)
    return Group(*parts)
