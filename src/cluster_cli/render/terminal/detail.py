"""``show``: one goal or context figure in full (status, figures, trend, notes, source,
recorded values)."""

from __future__ import annotations

import math

from rich.console import Group, RenderableType
from rich.text import Text

from cluster_cli.engine.assess import GoalRow, IndicatorRow, Point, Status
from cluster_cli.engine.history import Entry
from cluster_cli.engine.models import Goal, Indicator, Registry, prose
from cluster_cli.i18n import Lang
from cluster_cli.i18n import words as w
from cluster_cli.render.indicators import (
    context_note,
    explain_indicator,
    indicator_growth_shown,
    is_share,
)
from cluster_cli.render.labels import point_quantity, status_text
from cluster_cli.render.notes import note_texts
from cluster_cli.render.terminal.cells import (
    STATUS_STYLES,
    bar,
    item_name,
    qty,
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
from cluster_cli.render.view import HistoryLine, SourceView, goal_view, history_line, in_period
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
    # period, share of the longest bar (below 0 for a value below 0), bar style, figure, tag
    rows: list[tuple[str, float, str, str, str]] = []
    for point in series:
        tag = ""
        if baseline is not None and point.period.t == baseline.period.t:
            tag = w.CHART_BASELINE(lang)
        # as published: the plan's "over 1000" is 超过1,000亿元 on its bar too
        shown = point_quantity(point, item.unit, lang, item.unit_en)
        rows.append((point.period.text, point.value / top, "cyan", shown, tag))
    if target is not None:
        rows.append(
            (
                target[1],
                target[0] / top,
                "yellow",
                qty(target[0], item, lang),
                w.CHART_TARGET(lang),
            )
        )

    def bars(bar_width: int) -> list[Text]:
        mark = None
        if target is not None:
            mark = min(bar_width - 1, max(0, math.ceil(abs(target[0]) / top * bar_width) - 1))
        drawn_bars = []
        for i, (_, share, style, _, _) in enumerate(rows):
            drawn = bar(abs(share), bar_width, style, negative=share < 0)
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


_STATES = {  # standing -> symbol and colour of the history's state cell
    "counts": ("✓", STATUS_STYLES[Status.ACHIEVED]),
    "revised": ("↻", STATUS_STYLES[Status.NEEDS_ACCELERATION]),
    "retracted": ("✗", STATUS_STYLES[Status.MISSED]),
}


def history_table(
    entries: list[Entry], item: Goal | Indicator, lang: Lang, width: int | None = None
) -> RenderableType:
    """The records of one goal, a row each, in the words of the goal view; below ``width``
    where the table would cut a word or a number, a few lines each."""
    from rich import box
    from rich.table import Column, Table

    headers = (w.PERIOD, w.VALUE, w.RECORDED, w.RECORD_ID, w.STANDING, w.SOURCE_AND_NOTE)
    table = Table(
        *(Column(Text(h(lang), style="bold"), overflow="fold") for h in headers),
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
    )
    ordered = sorted(entries, key=lambda e: (e.period, e.record.recorded_at))
    rows = [_history_row(history_line(entry, lang, item.unit_en)) for entry in ordered]
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


def _history_row(line: HistoryLine) -> tuple[Text, Text, Text, Text, Text, Text]:
    value_cell = text(line.value)
    source = text(line.source)
    if line.note:
        source.append(" — " if line.source else "")
        source.append(clean(line.note), style="dim")
    if not line.counts:
        value_cell.stylize("strike")
    symbol, style = _STATES[line.standing]
    return (
        text(line.period),
        value_cell,
        text(line.recorded),
        text(line.record, "dim"),
        text(f"{symbol} {line.state}", style),
        source,
    )


def _source_lines(source: SourceView, lang: Lang, known: bool) -> list[Text]:
    """The document (title, publisher, date, url) and the quote; ``known``: the registry
    describes the document, else only its id is shown."""
    lines: list[Text] = []
    if known:
        line = text(w.DOCUMENT_TITLE(lang, title=source.document), "bold")
        for extra in (source.publisher, source.date):
            if extra:
                line.append(w.TALLY_SEPARATOR(lang))  # "，" in Chinese
                line.append(clean(extra))
        lines.append(line)
        if source.url:
            lines.append(text(source.url, "dim"))
    else:
        lines.append(text(source.document))
    quote = Text("“")
    quote.append(clean(source.quote, multiline=True), style="italic")
    quote.append("”")
    lines.append(quote)
    return lines


def _header(name: str, key: str, place: list[str], lang: Lang, as_of: str) -> Text:
    head = text(name, "bold")
    head.append("  ")
    head.append(key, style="dim")
    head.append("\n")
    head.append(clean(" · ".join(place)))
    head.append(w.AS_OF_LINE(lang, date=as_of), style="dim")
    return head


def _status_line(label: Text, width: int, sentence: str, meaning: str, lang: Lang) -> Group:
    label.stylize("bold")
    if meaning:
        label.append(w.MEANING_ASIDE(lang, meaning=meaning), style="dim")
    return Group(wrapped(label, width), wrapped(text(sentence), width))


def kind_text(goal: Goal, lang: Lang) -> str:
    """What kind of figure the goal is, and which way is better when not up (the usual)."""
    parts = [w.KINDS[goal.kind](lang)]
    if goal.direction != "increase":
        parts.append(w.DIRECTIONS[goal.direction](lang))
    return w.TALLY_SEPARATOR(lang).join(parts)


def show_target_view(row: GoalRow, registry: Registry, as_of: str, lang: Lang, width: int) -> Group:
    """``show`` of a goal: its goal view (the figures, words and sentences of the reports),
    laid out for the terminal, with the kind of goal under its target."""
    t = row.goal
    goal = goal_view(row, registry, lang)
    figures = [(f.label, f.text) for f in goal.figures]
    figures.insert(1, (w.COL_KIND(lang), kind_text(t, lang)))
    label = Text(goal.status_label, style=STATUS_STYLES[row.status])
    parts: list[RenderableType] = [
        wrapped(_header(goal.name, row.id, [goal.cluster, goal.region], lang, as_of), width),
        _section(w.STATUS(lang)),
        _status_line(label, width, goal.why, goal.meaning, lang),
        _section(w.FIGURES(lang)),
        _figures(figures, width),
        _section(w.TREND(lang)),
    ]
    if row.points or row.baseline:
        parts.append(
            trend_chart(row.points, t, lang, width, (t.target, str(t.deadline)), row.baseline)
        )
    else:
        parts.append(Text(w.NO_FIGURES(lang), style="dim"))
    notes = [*goal.notes, *([goal.remark] if goal.remark else [])]
    known = t.source.document in registry.sources
    parts.extend(
        _common_tail(notes, goal.assumptions, goal.source, known, t, row.history, lang, width)
    )
    return Group(*parts)


def _place(registry: Registry, item: Indicator, lang: Lang) -> list[str]:
    parts = []
    for table, key in ((registry.clusters, item.cluster), (registry.regions, item.region)):
        label = table.get(key)
        parts.append((label.name if lang == "zh" else label.name_en) if label else key)
    return parts


def show_indicator_view(
    row: IndicatorRow, registry: Registry, as_of: str, lang: Lang, width: int
) -> Group:
    i = row.indicator
    value = point_quantity(row.latest, i.unit, lang, i.unit_en)
    figures = [
        (w.LATEST(lang), in_period(value, row.latest.period.text, lang)),
        (
            (w.CHANGE_LABEL if is_share(row) else w.GROWTH_LABEL)(lang),
            indicator_growth_shown(row, lang),
        ),
        (w.RELATED_GOAL(lang), i.related_target or "—"),
    ]
    label = Text(status_text(row.status, lang), style=STATUS_STYLES[row.status])
    document = registry.sources.get(i.source.document)
    source = SourceView(
        document=document.title if document else i.source.document,
        publisher=document.publisher if document else "",
        date=document.date if document else "",
        url=document.url if document else "",
        quote=i.source.quote,
    )
    parts: list[RenderableType] = [
        wrapped(_header(item_name(i, lang), row.id, _place(registry, i, lang), lang, as_of), width),
        wrapped(text(context_note(row, lang), "dim"), width),
        _section(w.STATUS(lang)),
        _status_line(label, width, explain_indicator(row, lang), "", lang),
        _section(w.FIGURES(lang)),
        _figures(figures, width),
        _section(w.TREND(lang)),
        trend_chart(row.points, i, lang, width),
    ]
    notes = note_texts(row.notes, lang) + ([prose(i.note, lang)] if i.note else [])
    assumptions = [prose(a, lang) for a in i.assumptions]
    parts.extend(
        _common_tail(notes, assumptions, source, document is not None, i, row.history, lang, width)
    )
    return Group(*parts)


def _common_tail(
    notes: list[str],
    assumptions: list[str],
    source: SourceView,
    known: bool,
    item: Goal | Indicator,
    history: list[Entry],
    lang: Lang,
    width: int,
) -> list[RenderableType]:
    parts: list[RenderableType] = []
    if notes:
        parts += [_section(w.NOTES(lang)), _bullets(notes, width)]
    if assumptions:
        parts += [_section(w.ASSUMPTIONS(lang)), _bullets(assumptions, width)]
    parts += [
        _section(w.SOURCE(lang)),
        *(wrapped(line, width) for line in _source_lines(source, lang, known)),
    ]
    parts.append(_section(w.HISTORY(lang)))
    if history:
        parts.append(history_table(history, item, lang, width))
    else:
        parts.append(Text(w.NO_HISTORY(lang), style="dim"))
    return parts
