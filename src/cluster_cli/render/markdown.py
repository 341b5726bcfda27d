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
from functools import lru_cache

from cluster_cli.i18n import Lang
from cluster_cli.i18n import words as w
from cluster_cli.render.report import METHODOLOGY_LINK, Report, renderer
from cluster_cli.render.view import Chart, GoalView, number
from cluster_cli.text import clean

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
    r"\u2028\u2029\u202a-\u202f\u205f\u2066-\u2069\u3000]"
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
    return _LEADING.sub(r"\1\\\2", escaped)


def row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def table(header: list[str], rows: list[list[str]]) -> list[str]:
    """A GFM table; cells must already be escaped."""
    return [row(header), row(["---"] * len(header)), *(row(cells) for cells in rows), ""]


def mermaid_label(value: str) -> str:
    """Text safe inside a double-quoted Mermaid label: no controls, quotes, brackets, backticks
    or markup."""
    if _MERMAID_CHANGES.search(value) is None:
        return value
    one_line = _WHITESPACE.sub(" ", clean(value)).strip()
    cleaned = re.sub(r"[\"'`\[\]{}()<>;#&\\|]", " ", one_line)
    return _WHITESPACE.sub(" ", cleaned).strip()


def chart(spec: Chart, lang: Lang) -> list[str]:
    low = min(0.0, *spec.values, spec.target)
    high = max(*spec.values, spec.target)
    top = high * 1.1 if high > 0 else 1.0
    periods = ", ".join(f'"{mermaid_label(p)}"' for p in spec.periods)
    target = number(spec.target)
    caption = w.CHART_CAPTION if spec.baseline_index == 0 else w.CHART_CAPTION_NO_BASELINE
    return [
        "```mermaid",
        "xychart-beta",
        f'    title "{mermaid_label(spec.title)}"',
        f"    x-axis [{periods}]",
        f'    y-axis "{mermaid_label(spec.unit)}" {number(low)} --> {number(round(top, 2))}',
        f"    bar [{', '.join(number(v) for v in spec.values)}]",
        f"    line [{', '.join(target for _ in spec.values)}]",
        "```",
        "",
        f"*{text(caption(lang))}*",
        "",
    ]


def _goal(goal: GoalView, lang: Lang) -> list[str]:
    colon = w.COLON(lang)
    headline = " · ".join(f"{f.label} {text(f.text)}" for f in goal.headline[1:])
    first = goal.headline[0]
    lines = [
        f"### {text(goal.name)} ({text(goal.id)})",
        "",
        f"**{text(goal.status_label)}** · {text(goal.cluster)} · {text(goal.region)}",
        "",
        f"**{first.label} {text(first.text)}** · {headline}",
        "",
        text(goal.why),
        "",
        f"| {w.FIGURES(lang)} | {w.VALUE(lang)} |",
        "| --- | --- |",
        *[f"| {f.label} | {text(f.text)} |" for f in goal.figures],
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
        header = [p(lang) for p in (w.PERIOD, w.VALUE, w.RECORDED, w.SOURCE, w.NOTE, w.STANDING)]
        lines += [row(header), row(["---"] * len(header))]
        for h in goal.history:
            if h.counts:
                value, state = text(h.value), h.state
            else:  # struck through: no longer counts
                value, state = f"~~{text(h.value)}~~", text(h.state)
            lines.append(
                f"| {text(h.period)} | {value} | {text(h.recorded)} | {text(h.source)} | "
                f"{text(h.note)} | {state} |"
            )
        lines.append("")
    else:
        lines += [w.NO_HISTORY(lang), ""]
    if goal.chart is not None:
        lines += chart(goal.chart, lang)
    lines += [
        f"> {w.QUOTE(lang)}{colon}“{text(goal.source.quote)}”",
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
    for cluster in report.clusters:
        lines += [f"### {text(cluster.name)}", ""]
        lines += table(
            [text(h) for h in cluster.header],
            [[text(cell) for cell in cells] for _, cells in cluster.rows],
        )
    if report.approximate:
        lines += [f"*{report.approximate}*", ""]

    if report.goals:
        lines += [f"## {w.GOALS_DETAIL(lang)}", ""]
        for goal in report.goals:
            lines += _goal(goal, lang)

    if report.context:
        lines += [f"## {w.CONTEXT(lang)}", ""]
        lines += table(
            [text(h) for h in report.context_header],
            [[text(cell) for cell in cells] for _, cells in report.context],
        )

    lines += [f"## {w.METHOD(lang)}", "", text(report.method), ""]
    lines += [f"{w.DETAILS(lang)} [{METHODOLOGY_LINK}]({METHODOLOGY_LINK})", ""]
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
    return "\n".join(lines).rstrip("\n") + "\n"


render = renderer(render_report)
