"""The report as GitHub-flavoured Markdown, with Mermaid trend charts.

Every piece of text from the registry or the ledger goes through :func:`text` (or
:func:`mermaid_label` inside a chart), so that ``|``, newlines, emphasis marks, links, backticks
and HTML in a name, note, source or quote are shown literally and cannot break a table, and
control characters (terminal escapes, C1 controls, bidirectional overrides) are shown as visible
escapes by :func:`cluster_cli.text.clean` instead of acting on whatever displays the report.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from functools import lru_cache

from cluster_cli.engine.assess import GoalRow
from cluster_cli.i18n import Lang
from cluster_cli.i18n import words as w
from cluster_cli.render import layout
from cluster_cli.render.numbers import typed
from cluster_cli.render.report import Report, renderer
from cluster_cli.render.view import Chart, GoalView, number
from cluster_cli.text import RIGHT_TO_LEFT, clean, isolated

# ASCII punctuation that opens or closes Markdown constructs mid-line: emphasis, code, links (a
# link needs brackets), strikethrough, table cells, heading closers. Raw HTML is escaped apart.
_SPECIALS = re.compile(r"([\\`*_\[\]#|~])")
_WHITESPACE = re.compile(r"\s+")
_LEADING = re.compile(r"^(\d*)([-+=.)])(?=[\s=-]|$)")
# The catalogue's phrases are written as they are: a test checks that :func:`text` leaves each
# unchanged. Anything :func:`text` would change: most text has none of it and is returned as it
# is, which keeps a report of 10,000 goals fast (a million cells).
# One character class, which re scans at C speed: specials, controls, and every whitespace but
# the space (tab, line breaks, U+3000 ...); doubled and edge spaces and a leading block marker
# are checked apart.
_CHANGES = re.compile(
    r"[\\`*_\[\]#|~<>&\x00-\x1f\x7f-\x9f\xa0\u061c\u1680\u2000-\u200a\u200e\u200f"
    r"\u2028\u2029\u202a-\u202f\u205f\u2066-\u2069\u3000" + RIGHT_TO_LEFT + "]"
)
_LEADERS = frozenset("0123456789-+=.)")
_MERMAID_CHANGES = re.compile(
    r"[\"'`\[\]{}()<>;#&\\|]|[^\S ]|  |^ | $"
    "|[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)


@lru_cache(maxsize=8192)  # periods, dates, sources, words and dashes recur in every goal
def text(value: str) -> str:
    """Plain text shown literally in Markdown: one line, controls made visible, HTML-escaped,
    specials escaped."""
    if (
        _CHANGES.search(value) is None
        and "  " not in value
        and value[:1] != " "
        and value[-1:] != " "
        and (value[:1] not in _LEADERS or _LEADING.match(value) is None)
    ):
        return value
    one_line = _WHITESPACE.sub(" ", clean(value)).strip()
    escaped = _SPECIALS.sub(r"\\\1", html.escape(one_line, quote=False))
    # At the start of a line (a list item, a paragraph) these would open a block construct.
    return isolated(_LEADING.sub(r"\1\\\2", escaped))


def row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def table(header: list[str], rows: list[list[str]]) -> list[str]:
    """A GFM table; cells must already be escaped."""
    return [row(header), row(["---"] * len(header)), *(row(cells) for cells in rows), ""]


@lru_cache(maxsize=8192)  # periods and units recur in every chart
def mermaid_label(value: str) -> str:
    """Text safe inside a double-quoted Mermaid label: no controls, quotes, brackets, backticks
    or markup; ``&`` is written as Mermaid's entity code, so that "R&D" stays "R&D"."""
    if _MERMAID_CHANGES.search(value) is None:
        return value
    one_line = _WHITESPACE.sub(" ", clean(value)).strip()
    cleaned = re.sub(r"[\"'`\[\]{}()<>;#\\|]", " ", one_line)
    return _WHITESPACE.sub(" ", cleaned).strip().replace("&", "#38;")


# Explicit colours on a white plate: the bars and the target line read the same on GitHub's
# light and dark pages (Mermaid's own themes follow neither). Bars first, then the line.
MERMAID_THEME = (
    '%%{init: {"theme": "base", "themeVariables": {"xyChart": {'
    '"backgroundColor": "#ffffff", "titleColor": "#1f2328", '
    '"xAxisLabelColor": "#1f2328", "xAxisTitleColor": "#1f2328", '
    '"xAxisLineColor": "#8c959f", "xAxisTickColor": "#8c959f", '
    '"yAxisLabelColor": "#1f2328", "yAxisTitleColor": "#1f2328", '
    '"yAxisLineColor": "#8c959f", "yAxisTickColor": "#8c959f", '
    '"plotColorPalette": "#2f6ea5, #c0392b"}}, '
    '"xyChart": {"showDataLabel": true}}}%%'
)


# Rows laid out by str.format called from map(): a report of 10,000 goals has 600,000 lines,
# and a Python call per cell would be most of its time.
_FIGURE_ROW = "| {} | {} |".format
_HISTORY_ROW = "| {} | {} | {} | {} | {} | {} |".format
_STRUCK = "~~{}~~".format


def chart(spec: Chart, lang: Lang, target_text: str, noun: str = "") -> list[str]:
    """A Mermaid bar chart with the target as a line, and its figures in a table under it
    (values are not shown by every Mermaid version)."""
    axis = layout.scale(spec, lang, noun)
    periods = ", ".join(map('"{}"'.format, map(mermaid_label, spec.periods)))
    bars = list(map(number, axis.values))
    key = w.CHART_KEY if spec.baseline_index == 0 else w.CHART_KEY_NO_BASELINE
    header = [w.PERIOD(lang), *map(text, spec.periods), w.TARGET(lang)]
    values = [text(axis.unit), *layout.figure_labels(spec, axis, lang), typed(axis.target)]
    return [
        "```mermaid",
        MERMAID_THEME,
        "xychart-beta",
        f'    title "{mermaid_label(spec.title)}"',
        f"    x-axis [{periods}]",
        f'    y-axis "{mermaid_label(axis.unit)}" {number(axis.bottom)} --> {number(axis.top)}',
        f"    bar [{', '.join(bars)}]",
        f"    line [{', '.join([number(axis.target)] * len(bars))}]",
        "```",
        "",
        f"*{text(key(lang, target=target_text))}*",
        "",
        f"**{w.CHART_DATA(lang)}**",
        "",
        *table(header, [values]),
    ]


@lru_cache(maxsize=2)
def _history_header(lang: Lang) -> tuple[str, str]:
    """The history table's header and rule, the same for every goal."""
    header = [p(lang) for p in (w.PERIOD, w.VALUE, w.RECORDED, w.SOURCE, w.NOTE, w.STANDING)]
    return row(header), row(["---"] * len(header))


def _history(goal: GoalView) -> Iterable[str]:
    """The history table's rows: a value that no longer counts is struck through, and why."""
    columns = zip(*goal.history, strict=True)
    periods, values, recorded, _, sources, notes, states, _, counts = columns
    values_shown: Iterable[str] = map(text, values)
    if not all(counts):
        values_shown = [v if c else _STRUCK(v) for v, c in zip(values_shown, counts, strict=True)]
        states = tuple(s if c else text(s) for s, c in zip(states, counts, strict=True))
    return map(
        _HISTORY_ROW,
        map(text, periods),
        values_shown,
        map(text, recorded),
        map(text, sources),
        map(text, notes),
        states,
    )


def _goal(goal: GoalView, lang: Lang, engine_row: GoalRow | None) -> list[str]:
    colon = w.COLON(lang)
    first, *rest = goal.headline
    headline = " · ".join([f"{f.label} {text(f.text)}" for f in rest])
    provisional = engine_row is not None and layout.is_provisional(engine_row)
    status = layout.status_label(goal.status_label, provisional, lang)
    keys, labels, texts = zip(*goal.figures, strict=True)
    lines = [
        f"### {text(goal.name)} ({text(goal.id)})",
        "",
        f"**{text(status)}** · {text(goal.cluster)} · {text(goal.region)}",
        "",
        f"**{first.label} {text(first.text)}** · {headline}",
        "",
        text(goal.why),
        "",
        f"| {w.FIGURES(lang)} | {w.VALUE(lang)} |",
        "| --- | --- |",
        *map(_FIGURE_ROW, labels, map(text, texts)),
        "",
    ]
    notes = [*goal.notes, goal.remark] if goal.remark else goal.notes
    if notes:
        lines += [f"**{w.NOTES(lang)}**", ""]
        lines += [f"- {text(note)}" for note in notes] + [""]
    if goal.assumptions:
        lines += [f"**{w.ASSUMPTIONS(lang)}**", ""]
        lines += [f"- {text(a)}" for a in goal.assumptions] + [""]
    lines += [f"**{w.HISTORY(lang)}**", ""]
    if goal.history:
        lines += _history_header(lang)
        lines += _history(goal)
        lines.append("")
    else:
        lines += [w.NO_HISTORY(lang), ""]
    if goal.chart is not None:
        target = texts[keys.index("target")]
        lines += chart(goal.chart, lang, target, layout.noun_en(engine_row))
    lines += [  # two paragraphs: the quote, then where it is from
        f"> {w.QUOTE(lang)}{colon}“{text(goal.source.quote)}”",
        ">",
        f"> — {text(goal.source.document)}",
        "",
    ]
    return lines


def render_report(report: Report) -> str:
    lang = report.lang
    colon = w.COLON(lang)
    separator = w.LIST_SEPARATOR(lang)
    lines = [f"# {text(report.title)}", ""]
    if report.subtitle:
        lines += [f"{text(report.subtitle)}", ""]
    lines += [f"- **{text(label)}**{colon}{text(value)}" for label, value in report.meta] + [""]

    lines += [f"## {w.SUMMARY(lang)}", ""]
    summary_rows = [[text(label), str(count)] for _, label, count in report.summary]
    summary_rows.append([f"**{w.TOTAL(lang)}**", f"**{report.total}**"])
    lines += table([w.STATUS(lang), w.GOALS(lang)], summary_rows)
    lines += [f"**{w.FINDINGS(lang)}**", ""]
    for finding in report.findings:
        items = separator.join(text(item) for item in finding.items) or w.NOTHING(lang)
        lines.append(f"- **{text(finding.label)}**{colon}{items}")
    lines.append("")

    lines += [f"## {w.BY_CLUSTER(lang)}", ""]
    if not report.clusters:
        lines += [w.NO_GOALS(lang), ""]
    members = layout.cluster_rows(report)
    for cluster in report.clusters:
        lines += [f"### {text(cluster.name)}", ""]
        rows = []
        for (_, cells), row in zip(cluster.rows, members[cluster.id], strict=True):
            shown = [*cells[:-1], layout.status_label(cells[-1], layout.is_provisional(row), lang)]
            rows.append([text(cell) for cell in shown])
        lines += table([text(h) for h in cluster.header], rows)
    if report.approximate:
        lines += [f"*{report.approximate}*", ""]

    if report.goals or report.details_note:
        lines += [f"## {w.GOALS_DETAIL(lang)}", ""]
        if report.details_note:
            lines += [f"*{text(report.details_note)}*", ""]
        rows_by_id = {row.id: row for row in report.rows}
        # Each goal's lines are joined at once: 10,000 goals make 600,000 lines, which need
        # not all be alive until the end.
        for goal in report.goals:
            lines.append("\n".join(_goal(goal, lang, rows_by_id.get(goal.id))))

    if report.context:
        lines += [f"## {w.CONTEXT(lang)}", ""]
        lines += table(
            [text(h) for h in report.context_header],
            [[text(cell) for cell in cells] for _, cells in report.context],
        )

    lines += [f"## {w.METHOD(lang)}", "", text(report.method), ""]
    lines += [f"**{w.RULES(lang)}**", ""]
    lines += [f"- {text(rule)}" for rule in layout.rules(lang)] + [""]
    lines += table(
        [w.SYMBOL(lang), w.STATUS(lang), w.MEANING(lang)],
        [[text(symbol), text(name), text(meaning)] for _, symbol, name, meaning in report.legend],
    )
    lines += table(
        [w.TERM(lang), w.MEANING(lang)],
        [[text(term), text(means)] for term, means in report.terms],
    )

    lines += [f"## {w.SOURCES(lang)}", ""]
    lines += [f"**{w.RECORD_SOURCES(lang)}**", ""]
    if report.record_sources:
        backs = w.BACKS(lang)
        for source in report.record_sources:
            items = separator.join(text(b) for b in source.backs)
            lines.append(f"- {text(source.source)} — {backs}{colon}{items}")
        lines.append("")
    else:
        lines += [w.NO_RECORD_SOURCES(lang), ""]
    lines += [f"**{w.DOCUMENTS(lang)}**", ""]
    lines += [f"- {text(d)}" for d in report.documents] + [""]
    document = "\n".join(lines)
    # One newline at the end; the text is copied again only when it has more.
    if document.endswith("\n") and not document.endswith("\n\n"):
        return document
    return document.rstrip("\n") + "\n"


render = renderer(render_report)
