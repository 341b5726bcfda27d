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

from cluster_cli.i18n import Lang
from cluster_cli.render.view import (
    METHODOLOGY_LINK,
    Chart,
    GoalSection,
    Report,
    number,
    renderer,
    word,
)
from cluster_cli.text import clean

# ASCII punctuation that opens or closes Markdown constructs mid-line: emphasis, code, links (a
# link needs brackets), strikethrough, table cells, heading closers. Raw HTML is escaped apart.
_SPECIALS = re.compile(r"([\\`*_\[\]#|~])")
_WHITESPACE = re.compile(r"\s+")
_LEADING = re.compile(r"^(\d*)([-+=.)])(?=[\s=-]|$)")


def text(value: str) -> str:
    """Plain text shown literally in Markdown: one line, controls made visible, HTML-escaped,
    specials escaped."""
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
    one_line = _WHITESPACE.sub(" ", clean(value)).strip()
    cleaned = re.sub(r"[\"'`\[\]{}()<>;#&\\|]", " ", one_line)
    return _WHITESPACE.sub(" ", cleaned).strip()


def chart(spec: Chart, lang: Lang) -> list[str]:
    low = min(0.0, *spec.values, spec.target)
    high = max(*spec.values, spec.target)
    top = high * 1.1 if high > 0 else 1.0
    periods = ", ".join(f'"{mermaid_label(p)}"' for p in spec.periods)
    target = word("target", lang)
    return [
        "```mermaid",
        "xychart-beta",
        f'    title "{mermaid_label(spec.title)}"',
        f"    x-axis [{periods}]",
        f'    y-axis "{mermaid_label(spec.unit)}" {number(low)} --> {number(round(top, 2))}',
        f"    bar [{', '.join(number(v) for v in spec.values)}]",
        f"    line [{', '.join(number(spec.target) for _ in spec.values)}]",
        "```",
        "",
        f"*{text(word('chart', lang))}: "
        + (
            f"柱为各期数值，线为目标值（{text(target)}）。*"
            if lang == "zh"
            else f"bars are the figures by period, the line is the {text(target.lower())}.*"
        ),
        "",
    ]


def _goal(section: GoalSection, lang: Lang) -> list[str]:
    colon = "：" if lang == "zh" else ": "
    lines = [
        f"### {text(section.name)} ({text(section.id)})",
        "",
        f"**{text(section.status_label)}** · {text(section.cluster)} · {text(section.region)}",
        "",
        f"{text(section.why)}",
        "",
    ]
    lines += table(
        [text(word("figures", lang)), text(word("value", lang))],
        [[text(label), text(value)] for label, value in section.figures],
    )
    if section.notes:
        lines += [f"**{text(word('notes', lang))}**", ""]
        lines += [f"- {text(note)}" for note in section.notes] + [""]
    if section.assumptions:
        lines += [f"**{text(word('assumptions', lang))}**", ""]
        lines += [f"- {text(a)}" for a in section.assumptions] + [""]
    lines += [f"**{text(word('history', lang))}**", ""]
    if section.history:
        header = [word(k, lang) for k in ("period", "value", "recorded", "source", "note", "state")]
        body = []
        for h in section.history:
            cells = [text(h.period), text(h.value), text(h.recorded), text(h.source)]
            cells += [text(h.note), text(h.state)]
            if not h.counts:  # struck through: no longer counts
                cells[1] = f"~~{cells[1]}~~"
            body.append(cells)
        lines += table([text(h) for h in header], body)
    else:
        lines += [text(word("no_history", lang)), ""]
    if section.chart is not None:
        lines += chart(section.chart, lang)
    lines += [
        f"> {text(word('quote', lang))}{colon}“{text(section.quote)}”",
        f"> — {text(section.document)}",
        "",
    ]
    return lines


def render_report(report: Report) -> str:
    lang = report.lang
    colon = "：" if lang == "zh" else ": "
    lines = [f"# {text(report.title)}", ""]
    if report.subtitle:
        lines += [f"{text(report.subtitle)}", ""]
    lines += [f"- **{text(label)}**{colon}{text(value)}" for label, value in report.meta] + [""]

    lines += [f"## {text(word('summary', lang))}", ""]
    summary_rows = [[text(label), str(count)] for _, label, count in report.summary]
    summary_rows.append([f"**{text(word('total', lang))}**", f"**{report.total}**"])
    lines += table([text(word("status", lang)), text(word("goals", lang))], summary_rows)
    lines += [f"**{text(word('findings', lang))}**", ""]
    separator = "；" if lang == "zh" else "; "
    for finding in report.findings:
        items = separator.join(text(item) for item in finding.items) or text(word("nothing", lang))
        lines.append(f"- **{text(word(finding.key, lang))}**{colon}{items}")
    lines.append("")

    lines += [f"## {text(word('by_cluster', lang))}", ""]
    if not report.clusters:
        lines += [text(word("no_goals", lang)), ""]
    for cluster in report.clusters:
        lines += [f"### {text(cluster.name)}", ""]
        lines += table(
            [text(h) for h in cluster.header],
            [[text(cell) for cell in cells] for _, cells in cluster.rows],
        )

    if report.goals:
        lines += [f"## {text(word('goals_detail', lang))}", ""]
        for section in report.goals:
            lines += _goal(section, lang)

    if report.context:
        lines += [f"## {text(word('context', lang))}", ""]
        lines += table(
            [text(h) for h in report.context_header],
            [[text(cell) for cell in cells] for _, cells in report.context],
        )

    lines += [f"## {text(word('method', lang))}", "", text(report.method), ""]
    more = "详见" if lang == "zh" else "Details:"
    lines += [f"{more} [{METHODOLOGY_LINK}]({METHODOLOGY_LINK})", ""]
    lines += table(
        [text(word(k, lang)) for k in ("symbol", "status", "meaning")],
        [[text(symbol), text(name), text(meaning)] for _, symbol, name, meaning in report.legend],
    )

    lines += [f"## {text(word('sources', lang))}", ""]
    lines += [f"**{text(word('record_sources', lang))}**", ""]
    if report.record_sources:
        backs = text(word("backs", lang))
        for source in report.record_sources:
            items = separator.join(text(b) for b in source.backs)
            lines.append(f"- {text(source.source)} — {backs}{colon}{items}")
        lines.append("")
    else:
        lines += [text(word("no_record_sources", lang)), ""]
    lines += [f"**{text(word('documents', lang))}**", ""]
    lines += [f"- {text(d)}" for d in report.documents] + [""]
    return "\n".join(lines).rstrip("\n") + "\n"


render = renderer(render_report)
