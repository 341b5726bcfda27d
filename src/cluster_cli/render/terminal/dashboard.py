"""The dashboard of ``status``: the summary, one table per cluster, the context figures."""

from __future__ import annotations

from rich.cells import cell_len
from rich.console import Group, RenderableType
from rich.text import Text

from cluster_cli.engine.assess import Assessment, GoalRow, IndicatorRow
from cluster_cli.engine.models import Registry
from cluster_cli.i18n import Lang
from cluster_cli.render.jsondoc import Origin
from cluster_cli.render.labels import (
    difference,
    percent,
    point_quantity,
    points,
    status_text,
)
from cluster_cli.render.terminal.cells import (
    STATUS_STYLES,
    _t,
    approximate,
    baseline_text,
    item_name,
    needed_text,
    piece,
    progress_cell,
    qty,
    status_piece,
    value_period,
)
from cluster_cli.render.terminal.columns import Ranks, Row, Spec, fit_columns, table_lines
from cluster_cli.render.terminal.folding import AnyCell, Piece, fixed, words
from cluster_cli.text import clean

_TARGET_COLUMNS = (
    Spec("name", "目标", "Goal", 0, wrap=True),
    Spec("id", "编号", "ID", 8),
    Spec("baseline", "基期", "Baseline", 9, "right", wrap=True),
    Spec("latest", "最新", "Latest", 3, "right", wrap=True),
    Spec("target", "目标值", "Target", 4, "right", wrap=True),
    Spec("progress", "进度", "Progress", 2),
    Spec("gap", "差距", "Gap", 7, "right"),
    Spec("pace", "对比时序进度", "Pace", 5, "right"),
    Spec("needed", "尚需增长", "Needed", 6, "right"),
    Spec("status", "状态", "Status", 1),
)

_INDICATOR_COLUMNS = (
    Spec("name", "背景指标", "Context figure", 0, wrap=True),
    Spec("id", "编号", "ID", 4),
    Spec("latest", "最新", "Latest", 2, "right", wrap=True),
    Spec("growth", "年均增长", "Growth/yr", 3, "right"),
    Spec("status", "状态", "Status", 1),
)

_TARGET_RANKS = Ranks(essential=3, ids=4)
_INDICATOR_RANKS = Ranks(essential=3, ids=3)


def title_in(title: str, lang: Lang) -> str:
    """The part of a registry's title in ``lang``: "中文 / English" holds both, the Chinese part
    first (docs/registry.md); a title without " / " is shown as it is."""
    zh, slash, en = title.partition(" / ")
    if not slash:
        return title.strip()
    return (zh if lang == "zh" else en).strip()


def summary_lines(
    assessment: Assessment, origin: Origin, lang: Lang, width: int = 0, title: str = ""
) -> list[Text]:
    """Title, tally by status and sources; the tally folds between statuses, never inside one.

    ``title``: the registry's title; without one, a heading of the clusters' goals."""
    counts = assessment.summary
    total = sum(counts.values())
    heading = clean(title_in(title, lang)) or _t(
        lang, "苏州产业创新集群目标进展", "Suzhou innovation-cluster goals"
    )
    head = Text(heading, "bold")
    head.append(_t(lang, f" · 截至{assessment.as_of.isoformat()}", f" · as of {assessment.as_of}"))
    tally = Text(_t(lang, f"{total}项目标：", f"{total} goals: "))
    separator = _t(lang, "，", ", ")
    line_start = 0
    first = True
    for status, count in counts.items():
        if count == 0:
            continue
        item = Text(status_text(status, lang), style=STATUS_STYLES[status])
        item.append(f" {count}")
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
        tally.append(_t(lang, "没有符合条件的目标", "none match the filters"))
    sources = Text(_t(lang, "目标登记：", "registry: "), style="dim")
    sources.append(clean(origin.registry), style="dim")
    sources.append(_t(lang, "；数据台账：", "; ledger: "), style="dim")
    sources.append(clean(origin.ledger), style="dim")
    return [head, tally, sources]


def _target_row(row: GoalRow, lang: Lang, bar_width: int) -> Row:
    t = row.target
    latest = row.latest
    cells: dict[str, AnyCell] = {
        "id": fixed(piece(row.id, "dim")),
        "baseline": words(
            value_period(
                baseline_text(row, lang), row.baseline.period.text if row.baseline else None
            )
        ),
        "latest": words(value_period(qty(latest.value, t, lang), latest.period.text))
        if latest
        else fixed(Piece.styled("—", "dim")),
        "target": words(value_period(qty(t.target, t, lang), str(t.deadline))),
        "progress": fixed(progress_cell(row, bar_width)),
        "gap": fixed(piece(difference(row.gap, t.unit, lang, t.unit_en))),
        "pace": fixed(piece(points(row.pace_gap, lang))),
        "needed": fixed(piece(needed_text(row, lang))),
        "status": fixed(status_piece(row.status, lang)),
    }
    return Row(clean(item_name(t, lang)), clean(row.id), clean(_goal_text(row, lang)), cells)


def _indicator_row(row: IndicatorRow, lang: Lang) -> Row:
    i = row.indicator
    value = point_quantity(row.latest, i.unit, lang, i.unit_en)
    cells: dict[str, AnyCell] = {
        "id": fixed(piece(row.id, "dim")),
        "latest": words(value_period(value, row.latest.period.text)),
        "growth": fixed(piece(percent(row.growth, signed=True))),
        "status": fixed(status_piece(row.status, lang)),
    }
    return Row(clean(item_name(i, lang)), clean(row.id), None, cells)


def _goal_text(row: GoalRow, lang: Lang) -> str:
    return f"→ {qty(row.target.target, row.target, lang)} ({row.target.deadline})"


def _clusters(registry: Registry, keys: list[str]) -> list[str]:
    order = [key for key in registry.clusters if key in keys]
    return order + [key for key in dict.fromkeys(keys) if key not in registry.clusters]


def _cluster_title(registry: Registry, key: str, lang: Lang, count: int) -> Text:
    label = registry.clusters.get(key)
    name = (label.name if lang == "zh" else label.name_en) if label else key
    title = Text("▌", style="cyan")
    title.append(clean(name), style="bold")
    title.append(_t(lang, f"（{count}项）", f" ({count})"), style="dim")
    return title


def status_view(
    assessment: Assessment, registry: Registry, origin: Origin, lang: Lang, width: int
) -> Group:
    """The dashboard: title, one table per cluster (columns aligned across them), indicators,
    notes, and last the tally by status: a long dashboard scrolls its top out of sight, and the
    tally is what must stay on screen."""
    head, tally, sources = summary_lines(assessment, origin, lang, width, registry.title)
    parts: list[RenderableType] = [head, sources]
    bar_width = 10 if width >= 120 else 8 if width >= 100 else 6
    hidden = False
    if assessment.targets:
        rows = [_target_row(row, lang, bar_width) for row in assessment.targets]
        layout = fit_columns(_TARGET_COLUMNS, rows, width, lang, _TARGET_RANKS)
        hidden = layout.ids == "none"
        by_cluster: dict[str, list[Row]] = {}
        for target, row in zip(assessment.targets, rows, strict=True):
            by_cluster.setdefault(target.target.cluster, []).append(row)
        for key in _clusters(registry, list(by_cluster)):
            parts.append(Text(""))
            title = _cluster_title(registry, key, lang, len(by_cluster[key]))
            parts.extend(table_lines(_TARGET_COLUMNS, layout, lang, by_cluster[key], title))
    if assessment.indicators:
        irows = [_indicator_row(row, lang) for row in assessment.indicators]
        layout = fit_columns(_INDICATOR_COLUMNS, irows, width, lang, _INDICATOR_RANKS)
        hidden = hidden or layout.ids == "none"
        parts.append(Text(""))
        title = Text("▌", style="cyan")
        title.append(
            _t(
                lang,
                "背景指标（无目标，按增速判断）",
                "Context figures (no target; judged by growth)",
            ),
            "bold",
        )
        parts.extend(table_lines(_INDICATOR_COLUMNS, layout, lang, irows, title))
    parts.append(Text(""))
    parts.append(
        Text(
            _t(
                lang,
                "详情：cluster-cli show 编号　状态含义与计算方法：docs/methodology.md",
                "Details: cluster-cli show ID.  Statuses and method: docs/methodology.md",
            ),
            style="dim",
        )
    )
    if any(approximate(row) and row.progress is not None for row in assessment.targets):
        parts.append(
            Text(
                _t(
                    lang,
                    "≈ 基期为约数（如“超过1000亿元”），进度按该下限计算，为近似值。",
                    '≈ measured from an approximate baseline ("over ..."): approximate.',
                ),
                style="dim",
            )
        )
    if hidden:
        parts.append(
            Text(
                _t(
                    lang,
                    "终端较窄，未列出编号：加宽终端或使用 --json 查看。",
                    "IDs left out at this width: widen the terminal or use --json.",
                ),
                style="dim",
            )
        )
    parts.append(tally)
    return Group(*parts)
