"""``show``: one goal or context figure in full (status, figures, trend, notes, source,
recorded values)."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.text import Text

if TYPE_CHECKING:  # imported where `show` builds tables: the dashboard composes its own lines
    pass

from cluster_cli.engine.assess import GoalRow, IndicatorRow, Point, Status
from cluster_cli.engine.history import Entry
from cluster_cli.engine.models import Goal, Indicator, Registry, prose
from cluster_cli.engine.units import format_number
from cluster_cli.i18n import Lang
from cluster_cli.render.labels import (
    difference,
    explain,
    explain_indicator,
    note_texts,
    percent,
    point_quantity,
    points,
    quantity,
    ratio,
    row_meaning,
)
from cluster_cli.render.terminal.cells import (
    STATUS_STYLES,
    _t,
    bar,
    baseline_text,
    item_name,
    qty,
    status_cell,
    text,
)
from cluster_cli.render.terminal.folding import width_of
from cluster_cli.render.terminal.wrapping import (
    folded_lines,
    indented,
    longest_word,
    minimum_width,
    natural_width,
    wrapped,
)
from cluster_cli.text import clean


def _section(title: str) -> Text:
    heading = Text("\n")
    heading.append(title, style="bold underline")
    return heading


def _figures(pairs: list[tuple[str, str]], width: int) -> RenderableType:
    """Labels beside their values; when that would cut a word or a number, each label on a line
    of its own and its value under it."""
    from rich.table import Table

    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="dim", no_wrap=True)
    grid.add_column(overflow="fold")
    for label, value in pairs:
        grid.add_row(Text(label), text(value))
    # The labels never wrap: the values wrap between words in what room is left.
    labels = max(width_of(label) for label, _ in pairs)
    if labels + 2 + max(longest_word(clean(value)) for _, value in pairs) <= width:
        return grid
    lines: list[Text] = []
    for label, value in pairs:
        lines += folded_lines(Text(label, style="dim"), width)
        lines += indented(text(value), width, 2)
    return Group(*lines)


def _bullets(items: list[str], width: int) -> RenderableType:
    from rich.table import Table

    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    for item in items:
        grid.add_row(Text("•"), text(item, multiline=True))
    if minimum_width(grid) <= width:
        return grid
    lines: list[Text] = []
    for item in items:
        body = indented(text(item, multiline=True), width, 2)
        lines += [Text("•").append_text(body[0][1:]), *body[1:]]
    return Group(*lines)


def trend_chart(
    points_: list[Point],
    item: Goal | Indicator,
    lang: Lang,
    width: int,
    target: tuple[float, str] | None = None,
    baseline: Point | None = None,
) -> RenderableType:
    """Horizontal bars from zero, one per period, with the target as a marker and a last bar.
    Where a bar and its figure do not fit on one line, the figure goes under the bar."""
    from rich.table import Table

    series = list(points_)
    if baseline is not None and all(p.period.t != baseline.period.t for p in series):
        series = [baseline, *series]
    series.sort(key=lambda p: p.period)
    values = [p.value for p in series] + ([target[0]] if target else [])
    top = max((abs(v) for v in values), default=0.0) or 1.0
    # period, share of the longest bar, bar style, figure, tag
    rows: list[tuple[str, float, str, str, str]] = []
    for point in series:
        tag = ""
        if baseline is not None and point.period.t == baseline.period.t:
            tag = _t(lang, "基期", "baseline")
        rows.append(
            (point.period.text, abs(point.value) / top, "cyan", qty(point.value, item, lang), tag)
        )
    if target is not None:
        rows.append(
            (
                target[1],
                abs(target[0]) / top,
                "yellow",
                qty(target[0], item, lang),
                _t(lang, "目标", "target"),
            )
        )

    def bars(bar_width: int) -> list[Text]:
        mark = None
        if target is not None:
            mark = min(bar_width - 1, max(0, math.ceil(abs(target[0]) / top * bar_width) - 1))
        drawn_bars = []
        for i, (_, share, style, _, _) in enumerate(rows):
            drawn = bar(share, bar_width, style)
            is_target = target is not None and i == len(rows) - 1
            if mark is not None and not is_target and drawn.plain[mark] == "░":
                drawn = drawn[:mark] + Text("┊", style="yellow") + drawn[mark + 1 :]
            drawn_bars.append(drawn)
        return drawn_bars

    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(no_wrap=True)
    grid.add_column(justify="right", no_wrap=True)
    grid.add_column(no_wrap=True, style="dim")
    for (period, _, _, figure, tag), drawn in zip(
        rows, bars(max(10, min(40, width - 40))), strict=True
    ):
        grid.add_row(text(period), drawn, text(figure), text(tag))
    if natural_width(grid) <= width:
        return grid
    period_width = max(width_of(clean(row[0])) for row in rows)
    bar_width = max(4, min(40, width - period_width - 1))
    indent = period_width + 1 if width - period_width - 1 >= 12 else 2
    lines: list[Text] = []
    for (period, _, _, figure, tag), drawn in zip(rows, bars(bar_width), strict=True):
        head = text(period)
        head.pad_right(period_width - head.cell_len)
        lines.append(head.append(" ").append_text(drawn))
        under = text(figure)
        if tag:
            under.append(" ")
            under.append(tag, style="dim")
        lines += indented(under, width, indent)
    return Group(*lines)


def _entry_state(entry: Entry, lang: Lang) -> Text:
    if entry.retracted_by is not None:
        return Text(
            _t(lang, f"✗ 已撤回（{entry.retracted_by}）", f"✗ retracted by {entry.retracted_by}"),
            STATUS_STYLES[Status.MISSED],
        )
    if entry.superseded_by is not None:
        return Text(
            _t(lang, f"↻ 已修订为 {entry.superseded_by}", f"↻ revised by {entry.superseded_by}"),
            STATUS_STYLES[Status.NEEDS_ACCELERATION],
        )
    return Text(_t(lang, "✓ 有效", "✓ counts"), STATUS_STYLES[Status.ACHIEVED])


def _record_value(value: float | None, unit_symbol: str, item: Goal | Indicator, lang: Lang) -> str:
    """A recorded value in the unit it was recorded in (which may differ from today's)."""
    if value is None:
        return "—"
    try:
        return quantity(value, unit_symbol, lang, item.unit_en)
    except ValueError:
        return f"{format_number(value)} {unit_symbol}"


def history_table(
    entries: list[Entry], item: Goal | Indicator, lang: Lang, width: int | None = None
) -> RenderableType:
    """The records of one goal, a row each; below ``width`` where the table would cut a word
    or a number, a few lines each."""
    from rich import box
    from rich.table import Column, Table

    headers = (
        _t(lang, "期间", "Period"),
        _t(lang, "数值", "Value"),
        _t(lang, "记录时间", "Recorded"),
        _t(lang, "记录", "Record"),
    )
    table = Table(
        *(Column(Text(h, style="bold"), overflow="fold") for h in headers),
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
    )
    table.add_column(Text(_t(lang, "状态", "State"), style="bold"), overflow="fold")
    table.add_column(Text(_t(lang, "来源与备注", "Source and note"), style="bold"), overflow="fold")
    ordered = sorted(entries, key=lambda e: (e.period, e.record.recorded_at))
    rows = [_history_row(entry, item, lang) for entry in ordered]
    for row in rows:
        table.add_row(*row)
    if width is None or minimum_width(table) <= width:
        return table
    lines: list[Text] = []
    for period, value, recorded, record_id, state, source in rows:
        lines += folded_lines(period.append("  ").append_text(value), width)
        meta = recorded.append(" · ").append_text(record_id).append(" · ").append_text(state)
        lines += indented(meta, width, 2)
        if source.plain:
            lines += indented(source, width, 2)
    return Group(*lines)


def _history_row(
    entry: Entry, item: Goal | Indicator, lang: Lang
) -> tuple[Text, Text, Text, Text, Text, Text]:
    record = entry.record
    value_cell = text(_record_value(record.value, record.unit, item, lang))
    source = text(record.source)
    if record.note:
        source.append(" — " if record.source else "")
        source.append(clean(record.note), style="dim")
    if not entry.counts:
        value_cell.stylize("strike")
    return (
        text(entry.period.text),
        value_cell,
        text(record.recorded_at[:10]),
        text(record.id, "dim"),
        _entry_state(entry, lang),
        source,
    )


def _source_lines(registry: Registry, item: Goal | Indicator, lang: Lang) -> list[Text]:
    document = registry.sources.get(item.source.document)
    lines: list[Text] = []
    if document is not None:
        line = text(f"《{document.title}》" if lang == "zh" else document.title, "bold")
        for extra in (document.publisher, document.date):
            if extra:
                line.append(", ")
                line.append(clean(extra))
        lines.append(line)
        if document.url:
            lines.append(text(document.url, "dim"))
    else:
        lines.append(text(item.source.document))
    quote = Text("“")
    quote.append(clean(item.source.quote, multiline=True), style="italic")
    quote.append("”")
    lines.append(quote)
    return lines


def _place(registry: Registry, item: Goal | Indicator, lang: Lang) -> str:
    parts = []
    for table, key in ((registry.clusters, item.cluster), (registry.regions, item.region)):
        label = table.get(key)
        parts.append((label.name if lang == "zh" else label.name_en) if label else key)
    return " · ".join(parts)


def _header(item: Goal | Indicator, key: str, registry: Registry, lang: Lang, as_of: str) -> Text:
    head = text(item_name(item, lang), "bold")
    head.append("  ")
    head.append(key, style="dim")
    head.append("\n")
    head.append(clean(_place(registry, item, lang)))
    head.append(_t(lang, f" · 截至{as_of}", f" · as of {as_of}"), style="dim")
    return head


def _status_line(
    status: Status, lang: Lang, width: int, sentence: str, meaning: str | None = None
) -> Group:
    line = status_cell(status, lang)
    line.stylize("bold")
    if meaning:
        line.append(_t(lang, f"（{meaning}）", f" ({meaning})"), style="dim")
    return Group(wrapped(line, width), wrapped(text(sentence), width))


def show_target_view(row: GoalRow, registry: Registry, as_of: str, lang: Lang, width: int) -> Group:
    t = row.target
    latest = row.latest
    baseline = "—"
    if row.baseline is not None:
        origin = (
            _t(lang, "，采用记录数据", ", recorded figure")
            if row.baseline.record is not None
            else ""
        )
        baseline = f"{baseline_text(row, lang)} ({row.baseline.period.text}{origin})"
    kind = (
        _t(lang, "年度数值", "yearly level")
        if t.kind == "level"
        else _t(lang, "自基期起累计", "running total since the baseline")
    )
    direction = "" if t.direction == "increase" else _t(lang, "，越低越好", ", lower is better")
    by = _t(lang, f"{t.deadline}年底前", f"by end {t.deadline}")
    figures = [
        (
            _t(lang, "目标", "Target"),
            f"{qty(t.target, t, lang)} ({by}; {kind}{direction})",
        ),
        (_t(lang, "基期", "Baseline"), baseline),
        (
            _t(lang, "最新", "Latest"),
            f"{qty(latest.value, t, lang)} ({latest.period.text})" if latest else "—",
        ),
        (_t(lang, "达成率（最新÷目标）", "Attainment (latest ÷ target)"), percent(row.attainment)),
        (
            _t(lang, "进度（已完成的任务）", "Progress (share of the task done)"),
            percent(row.progress),
        ),
        (_t(lang, "时间已过", "Time elapsed"), percent(row.elapsed)),
        (_t(lang, "对比时序进度", "Pace against time"), points(row.pace_gap, lang)),
        (_t(lang, "差距", "Gap to the target"), difference(row.gap, t.unit, lang, t.unit_en)),
        (_t(lang, "实际年均增速", "Growth so far, per year"), percent(row.actual_growth)),
        (
            _t(lang, "所需年均增速（自基期）", "Growth required, per year"),
            percent(row.required_growth),
        ),
        (
            _t(lang, "增速之比（实际÷所需）", "Growth ratio (actual ÷ required)"),
            ratio(row.growth_ratio),
        ),
        (_t(lang, "尚需年均增速", "Growth still needed, per year"), percent(row.needed_growth)),
        (
            _t(lang, "尚需每年增加", "Still needed per year"),
            difference(row.needed_per_year, t.unit, lang, t.unit_en),
        ),
        (
            _t(lang, f"按当前趋势预计（{t.deadline}年）", f"Projected for {t.deadline} on trend"),
            qty(row.projected, t, lang),
        ),
        (
            _t(lang, "截止年份数据", "Deadline-year figure in"),
            _t(lang, "是", "yes") if row.final else _t(lang, "否", "no"),
        ),
    ]
    parts: list[RenderableType] = [
        wrapped(_header(t, row.id, registry, lang, as_of), width),
        _section(_t(lang, "状态", "Status")),
        _status_line(row.status, lang, width, explain(row, lang), row_meaning(row, lang)),
        _section(_t(lang, "数值", "Figures")),
        _figures(figures, width),
        _section(_t(lang, "走势", "Trend")),
    ]
    if row.points or row.baseline:
        parts.append(
            trend_chart(row.points, t, lang, width, (t.target, str(t.deadline)), row.baseline)
        )
    else:
        parts.append(Text(_t(lang, "尚无数据。", "No figures yet."), style="dim"))
    parts.extend(_common_tail(note_texts(row.notes, lang), t, row.history, registry, lang, width))
    return Group(*parts)


def show_indicator_view(
    row: IndicatorRow, registry: Registry, as_of: str, lang: Lang, width: int
) -> Group:
    i = row.indicator
    value = point_quantity(row.latest, i.unit, lang, i.unit_en)
    figures = [
        (_t(lang, "最新", "Latest"), f"{value} ({row.latest.period.text})"),
        (_t(lang, "年均增长", "Growth per year"), percent(row.growth, signed=True)),
        (_t(lang, "相关目标", "Related goal"), i.related_target or "—"),
    ]
    parts: list[RenderableType] = [
        wrapped(_header(i, row.id, registry, lang, as_of), width),
        wrapped(
            text(
                _t(
                    lang,
                    "背景指标：无目标，按增速判断。",
                    "Context figure: no target; judged by its growth.",
                ),
                "dim",
            ),
            width,
        ),
        _section(_t(lang, "状态", "Status")),
        _status_line(row.status, lang, width, explain_indicator(row, lang)),
        _section(_t(lang, "数值", "Figures")),
        _figures(figures, width),
        _section(_t(lang, "走势", "Trend")),
        trend_chart(row.points, i, lang, width),
    ]
    parts.extend(_common_tail(note_texts(row.notes, lang), i, row.history, registry, lang, width))
    return Group(*parts)


def _common_tail(
    notes: list[str],
    item: Goal | Indicator,
    history: list[Entry],
    registry: Registry,
    lang: Lang,
    width: int,
) -> list[RenderableType]:
    parts: list[RenderableType] = []
    extra = [prose(item.note, lang)] if item.note else []
    if notes or extra:
        parts += [_section(_t(lang, "说明", "Notes")), _bullets([*notes, *extra], width)]
    if item.assumptions:
        parts += [
            _section(_t(lang, "假设", "Assumptions")),
            _bullets([prose(a, lang) for a in item.assumptions], width),
        ]
    parts += [
        _section(_t(lang, "来源", "Source")),
        *(wrapped(line, width) for line in _source_lines(registry, item, lang)),
    ]
    parts.append(_section(_t(lang, "记录历史", "Recorded values")))
    if history:
        parts.append(history_table(history, item, lang, width))
    else:
        parts.append(
            Text(
                _t(
                    lang,
                    "台账中尚无记录（仅有登记表中的数值）。",
                    "Nothing recorded in the ledger yet.",
                ),
                style="dim",
            )
        )
    return parts
