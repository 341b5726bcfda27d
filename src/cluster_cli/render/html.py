"""The report as one self-contained HTML page: inline CSS, inline SVG charts, nothing fetched.

A Content-Security-Policy forbids scripts and every external resource, and all text from the
registry or the ledger is escaped (:mod:`cluster_cli.render.htmltext`), so a name such as
``<script>`` is shown, never run; control characters, bidirectional overrides among them, are
first made visible, so that they cannot reorder what a reader sees. Statuses are shown by word,
symbol and colour together.

The page is made for sending: it reflows on a phone, prints on A4 with each page numbered and
dated, keeps each number with its qualifier and its Chinese unit or English scale and each
period whole (:class:`~cluster_cli.render.htmltext.Figures`), and has its own dark colours.
Longer than 500 lines: its CSS (some 140 lines) belongs with the markup it styles.
"""

from __future__ import annotations

import math

from cluster_cli.engine.assess import GoalRow, Status
from cluster_cli.engine.units import UNITS, singular
from cluster_cli.i18n import Lang
from cluster_cli.i18n import words as w
from cluster_cli.render import layout
from cluster_cli.render.htmltext import Figures, css_string, e, name_html
from cluster_cli.render.numbers import figure
from cluster_cli.render.report import CLUSTER_NUMBERS, Report, renderer
from cluster_cli.render.view import Chart, GoalView

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

# Text colour, background and accent per status; the same hues as the terminal colours.
STATUS_STYLE: dict[Status, tuple[str, str]] = {
    Status.ACHIEVED: ("#116329", "#dafbe1"),
    Status.ON_TRACK: ("#1a7f37", "#e6f6ea"),
    Status.NEEDS_ACCELERATION: ("#7d4e00", "#fff3c4"),
    Status.LIMITED_PROGRESS: ("#953800", "#ffe7d4"),
    Status.DETERIORATING: ("#a40e26", "#ffebe9"),
    Status.MISSED: ("#a40e26", "#ffebe9"),
    Status.INSUFFICIENT_DATA: ("#57606a", "#eef1f4"),
}

FONTS = (
    'system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", '
    '"Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans", '
    "Roboto, Arial, sans-serif"
)

BASE_CSS = f"""
:root {{ color-scheme: light dark; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0;
  --soft: #f6f8fa; --accent: #0b4f8a; --paper: #fff; --bar: #2f6ea5; --bar-base: #7d9fc0;
  --goal: #c0392b; --grid: #e4e8ec; }}
@media (prefers-color-scheme: dark) {{
  :root {{ --ink: #e6edf3; --muted: #9da7b3; --line: #3d444d; --soft: #151b23;
    --accent: #6cb6ff; --paper: #0d1117; --bar: #5b9bd5; --bar-base: #3f6a93;
    --goal: #ff7b72; --grid: #262c36; }}
}}
* {{ box-sizing: border-box; }}
html {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
body {{ font-family: {FONTS}; color: var(--ink); background: var(--paper); margin: 0;
  line-height: 1.55; font-size: 15px; overflow-wrap: break-word; }}
main {{ max-width: 1080px; margin: 0 auto; padding: 32px 40px 48px; }}
header.top {{ border-bottom: 3px solid var(--accent); padding-bottom: 14px; margin-bottom: 8px; }}
h1 {{ font-size: 28px; margin: 0 0 4px; color: var(--accent); letter-spacing: .01em; }}
.subtitle {{ color: var(--muted); margin: 0 0 10px; font-size: 16px; }}
dl.meta {{ display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 0;
  font-size: 13px; color: var(--muted); }}
dl.meta dt {{ font-weight: 600; }} dl.meta dd {{ margin: 0; overflow-wrap: anywhere; }}
h2 {{ font-size: 21px; margin: 34px 0 12px; padding-bottom: 4px;
  border-bottom: 1px solid var(--line); }}
h3 {{ font-size: 17px; margin: 22px 0 8px; }}
h4 {{ font-size: 14px; margin: 14px 0 6px; color: var(--muted); }}
p {{ margin: 6px 0 10px; }}
.fig {{ white-space: nowrap; }}
table {{ border-collapse: collapse; width: 100%; font-size: 13.5px; margin: 6px 0 14px; }}
th, td {{ border: 1px solid var(--line); padding: 5px 8px; text-align: left;
  vertical-align: top; overflow-wrap: anywhere; }}
/* A long word from the files (a web address) breaks anywhere, so that a table can narrow;
   the catalogue's labels and headings break only between words. */
th, .split table td:first-child, .badge {{ overflow-wrap: normal; }}
/* A goal's name breaks inside a word only when that word alone is wider than its column: the
   table gives it room for its longest word first. */
table.clusters td:first-child {{ overflow-wrap: break-word; }}
.long {{ overflow-wrap: anywhere; }}
th {{ background: var(--soft); font-weight: 600; }}
td.num {{ text-align: right; font-variant-numeric: tabular-nums; }}
table.clusters td:first-child {{ font-weight: 600; }}
tr.retired td {{ color: var(--muted); }}
tr.retired td.value {{ text-decoration: line-through; }}
.badge {{ display: inline-block; padding: 1px 9px; border-radius: 999px; font-size: 12.5px;
  font-weight: 600; border: 1px solid currentColor; }}
.badge .sym {{ font-weight: 700; margin-right: 4px; }}
.badge .lead {{ white-space: nowrap; }} /* never "-" alone above "deteriorating" */
/* Wide enough for the longest status word (deteriorating, acceleration) on one line. */
.cards {{ display: grid; grid-template-columns: repeat(auto-fill, minmax(128px, 1fr));
  gap: 10px; margin: 8px 0 16px; }}
.card {{ border: 1px solid var(--line); border-radius: 8px; padding: 8px 10px;
  border-top-width: 4px; }}
.card .count {{ font-size: 24px; font-weight: 700; line-height: 1.1; }}
.card .label {{ font-size: 12.5px; font-weight: 600; overflow-wrap: normal; }}
ul.findings {{ padding-left: 20px; margin: 6px 0; }}
ul.findings li {{ margin: 3px 0; }}
article.goal {{ border: 1px solid var(--line); border-radius: 10px; padding: 4px 20px 14px;
  margin: 18px 0; border-left-width: 6px; }}
article.goal h3 {{ display: flex; gap: 4px 10px; align-items: baseline; flex-wrap: wrap; }}
article.goal h3 .id, .brief .id {{ color: var(--muted); font-weight: 400; font-size: 13px; }}
article.brief {{ padding: 6px 14px; margin: 8px 0; border-radius: 6px; font-size: 14px; }}
article.brief summary {{ cursor: pointer; }}
article.brief blockquote {{ margin-top: 6px; }}
.where {{ color: var(--muted); font-size: 13px; margin: 0 0 6px; }}
.split {{ display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 20px;
  align-items: start; }}
.split table td:first-child {{ color: var(--muted); }}
figure {{ margin: 6px 0 12px; }}
figure svg {{ width: 100%; max-width: 420px; height: auto; display: block; }}
svg text {{ fill: var(--ink); }}
svg .grid {{ stroke: var(--grid); }} svg .axis {{ stroke: var(--muted); }}
svg .bar {{ fill: var(--bar); }} svg .bar.base {{ fill: var(--bar-base); }}
svg .goal {{ stroke: var(--goal); }} svg text.goal {{ fill: var(--goal); stroke: none; }}
svg text.tick, svg text.unit {{ fill: var(--muted); }}
figcaption {{ font-size: 12.5px; color: var(--muted); margin-top: 2px; }}
blockquote {{ margin: 10px 0 0; padding: 8px 14px; background: var(--soft);
  border-left: 4px solid var(--line); font-size: 14px; }}
blockquote .doc {{ display: block; color: var(--muted); font-size: 12.5px; margin-top: 2px; }}
ul.plain, ol.plain {{ margin: 4px 0 10px; padding-left: 20px; font-size: 13.5px; }}
a {{ color: var(--accent); }}
footer {{ margin-top: 36px; color: var(--muted); font-size: 12.5px;
  border-top: 1px solid var(--line); padding-top: 8px; }}
/* Narrow screens and print: a wide table becomes one block per row, each cell with its
   column's name, so nothing scrolls sideways or is cut off. The cluster table's nine columns
   need some 880 px in English: below 960 px of screen it is blocks. */
@media (max-width: 820px) {{
  main {{ padding: 16px 14px; }}
  .split {{ grid-template-columns: minmax(0, 1fr); gap: 0; }}
  article.goal {{ padding: 4px 12px 12px; }}
}}
@media (max-width: 960px) {{
  table.clusters thead {{ display: none; }}
  table.clusters, table.clusters tbody, table.clusters tr {{ display: block; }}
  table.clusters tr {{ border: 1px solid var(--line); border-top: 0; padding: 4px 8px; }}
  table.clusters tr:first-child {{ border-top: 1px solid var(--line); }}
  table.clusters td {{ display: inline-block; max-width: 100%; border: 0;
    padding: 0 12px 0 0; }}
  table.clusters td:first-child {{ display: block; }}
  table.clusters td.num {{ text-align: left; }}
  table.clusters td[data-label]::before {{ content: attr(data-label) " "; color: var(--muted);
    font-weight: 400; }}
}}
@media (max-width: 600px) {{
  table.stack thead {{ display: none; }}
  table.stack, table.stack tbody, table.stack tr, table.stack td {{ display: block; }}
  table.stack tr {{ border: 1px solid var(--line); border-top: 0; padding: 4px 8px; }}
  table.stack tr:first-child {{ border-top: 1px solid var(--line); }}
  table.stack td {{ border: 0; padding: 1px 0; text-align: left; }}
  table.stack td[data-label]::before {{ content: attr(data-label) " "; color: var(--muted); }}
}}
@media print {{
  :root {{ --ink: #1f2328; --muted: #4d5761; --line: #c3ccd5; --soft: #f6f8fa;
    --accent: #0b4f8a; --paper: #fff; --bar: #2f6ea5; --bar-base: #7d9fc0; --goal: #c0392b;
    --grid: #e4e8ec; }}
  body {{ font-size: 10pt; line-height: 1.45; }}
  main {{ max-width: none; padding: 0; }}
  h1 {{ font-size: 18pt; }} h2 {{ font-size: 14pt; margin: 18px 0 8px; }}
  h3 {{ font-size: 11.5pt; margin: 12px 0 6px; }} h4 {{ font-size: 9.5pt; margin: 8px 0 4px; }}
  table, ul.plain, ol.plain, blockquote, .where {{ font-size: 9.5pt; }}
  .badge, .card .label, figcaption, blockquote .doc, footer, dl.meta,
  article.goal h3 .id, .brief .id {{ font-size: 9pt; }}
  .card .count {{ font-size: 16pt; }}
  th, td {{ padding: 3px 6px; }}
  article.goal {{ padding: 2px 12px 8px; margin: 10px 0; border-radius: 6px; }}
  article.brief {{ padding: 3px 10px; margin: 4px 0; font-size: 9.5pt; }}
  article.brief blockquote {{ display: none; }}
  article.brief summary {{ list-style: none; }}
  .split {{ grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 14px; }}
  h2, h3, h4 {{ break-after: avoid; page-break-after: avoid; }}
  figure, tr, .cards, blockquote, article.brief {{ break-inside: avoid; page-break-inside: avoid; }}
  a {{ color: inherit; text-decoration: none; }}
  footer {{ display: none; }}
}}
"""

# The same hues for a dark page: light ink on a dark tint.
STATUS_DARK: dict[Status, tuple[str, str]] = {
    Status.ACHIEVED: ("#7ee2a8", "#0f2e1a"),
    Status.ON_TRACK: ("#6fdd8b", "#12301c"),
    Status.NEEDS_ACCELERATION: ("#f2cc60", "#332701"),
    Status.LIMITED_PROGRESS: ("#ffa657", "#3a1f05"),
    Status.DETERIORATING: ("#ff9492", "#3c0d12"),
    Status.MISSED: ("#ff9492", "#3c0d12"),
    Status.INSUFFICIENT_DATA: ("#b1bac4", "#21262d"),
}


def _status_rules(styles: dict[Status, tuple[str, str]]) -> list[str]:
    lines = []
    for status, (ink, background) in styles.items():
        key = status.value
        lines.append(
            f".badge.st-{key}, .card.st-{key} {{ color: {ink}; background: {background}; }}"
        )
        lines.append(f".card.st-{key}, article.goal.st-{key} {{ border-color: {ink}; }}")
    return lines


def _status_css() -> str:
    light = "\n".join(_status_rules(STATUS_STYLE))
    dark = "\n".join(_status_rules(STATUS_DARK))
    return f"{light}\n@media screen and (prefers-color-scheme: dark) {{\n{dark}\n}}"


STATUS_CSS = _status_css()


def badge(status: Status, label: str, provisional: bool = False, lang: Lang = "zh") -> str:
    symbol, _, words = label.partition(" ")
    if provisional:
        words = layout.status_label(words, provisional, lang)
    css = f"badge st-{status.value}" + (" provisional" if provisional else "")
    first, space, rest = words.partition(" ")
    return (
        f'<span class="{css}"><span class="lead"><span class="sym" aria-hidden="true">'
        f"{e(symbol)}</span>{e(first)}</span>{space}{e(rest)}</span>"
    )


def table(header: list[str], rows: list[str], css: str = "") -> str:
    head = "".join(f"<th>{e(h)}</th>" for h in header)
    opening = f'<table class="{css}">' if css else "<table>"
    return f"{opening}<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def cell(text: str, label: str = "", css: str = "") -> str:
    """A cell whose ``text`` is HTML already; ``label``: its column, shown when rows stack."""
    attributes = (f' class="{css}"' if css else "") + (f' data-label="{e(label)}"' if label else "")
    return f"<td{attributes}>{text}</td>"


def chart_svg(spec: Chart, lang: Lang, noun: str = "") -> str:
    """Bars for the figures by period, a dashed line for the target, in the report's units.

    Text is drawn in currentColor and the colours come from the page's CSS, so the chart
    follows a dark page; the sizes are chosen so that, at the width printed (half of A4), no
    label is smaller than 9 pt.
    """
    axis = layout.scale(spec, lang, noun)
    width, height = 420, 250
    # Room on the left for the widest tick (1,500,000 households): none runs off the chart.
    widest = max(layout.text_box(figure(tick), 0, 0, "start")[2] for tick in axis.ticks)
    left, right, top, bottom = max(58, math.ceil(widest) + 8), 8, 30, 30
    plot_w, plot_h = width - left - right, height - top - bottom
    y_min, y_max = axis.ticks[0], axis.ticks[-1]

    def y(value: float) -> float:
        return top + plot_h * (1 - (value - y_min) / (y_max - y_min))

    parts = [
        # The unit, level above the axis: rotated CJK reads sideways.
        f'<text class="unit" x="4" y="16" font-size="16" fill="#59636e">{e(axis.unit)}</text>'
    ]
    taken = [layout.text_box(axis.unit, 4, 16, "start")]  # what the target's label must not hide
    for tick in axis.ticks:
        ty = y(tick)
        parts.append(
            f'<line class="grid" x1="{left}" x2="{width - right}" y1="{ty:.1f}" y2="{ty:.1f}" '
            'stroke="#e4e8ec" stroke-width="1"/>'
            f'<text class="tick" x="{left - 6}" y="{ty + 5:.1f}" text-anchor="end" '
            f'font-size="16" fill="#59636e">{e(figure(tick))}</text>'
        )
    count = len(axis.values)
    slot = plot_w / count
    bar_w = min(56.0, slot * 0.62)
    zero = y(max(y_min, 0.0))
    labels = layout.figure_labels(spec, axis, lang)  # the baseline's with its qualifier
    # Labels as wide as a bar's slot or more would run together: some bars go without.
    labelled = layout.labelled_bars(labels, spec.periods, slot)
    for index, (period, value) in enumerate(zip(spec.periods, axis.values, strict=True)):
        cx = left + slot * (index + 0.5)
        vy = y(value)
        top_y, bar_h = min(vy, zero), abs(zero - vy)
        base = index == spec.baseline_index
        fill = "#7d9fc0" if base else "#2f6ea5"
        taken.append((cx - bar_w / 2, top_y, cx + bar_w / 2, top_y + max(bar_h, 0.5)))
        parts.append(
            f'<rect class="bar{" base" if base else ""}" x="{cx - bar_w / 2:.1f}" '
            f'y="{top_y:.1f}" width="{bar_w:.1f}" height="{max(bar_h, 0.5):.1f}" '
            f'fill="{fill}" rx="2"/>'
        )
        if index not in labelled:
            continue
        # Over its bar, or flush with the chart's right edge where it would run past it.
        box = layout.text_box(labels[index], cx, top_y - 5, "middle")
        lx, anchor = (cx, "middle") if box[2] <= width - 2 else (width - 2, "end")
        taken.append(layout.text_box(labels[index], lx, top_y - 5, anchor))
        parts.append(
            f'<text x="{lx:.1f}" y="{top_y - 5:.1f}" text-anchor="{anchor}" font-size="16" '
            f'font-weight="600" fill="#1f2328">{e(labels[index])}</text>'
            f'<text x="{cx:.1f}" y="{height - bottom + 20}" text-anchor="middle" '
            f'font-size="16" fill="#1f2328">{e(period)}</text>'
        )
    ty = y(axis.target)
    goal = f"{w.TARGET(lang)} {figure(axis.target, 'typed')}"
    gx, gy, anchor = layout.target_label_place(goal, ty, left, width - right, taken)
    parts.append(
        f'<line class="goal" x1="{left}" x2="{width - right}" y1="{ty:.1f}" y2="{ty:.1f}" '
        'stroke="#c0392b" stroke-width="2.5" stroke-dasharray="7 4"/>'
        f'<text class="goal" x="{gx:g}" y="{gy:.1f}" text-anchor="{anchor}" '
        f'font-size="16" font-weight="700" fill="#c0392b">{e(goal)}</text>'
        f'<line class="axis" x1="{left}" x2="{left}" y1="{top}" y2="{height - bottom}" '
        'stroke="#8c959f"/>'
        f'<line class="axis" x1="{left}" x2="{width - right}" y1="{zero:.1f}" y2="{zero:.1f}" '
        'stroke="#8c959f"/>'
    )
    # Each piece escaped (and isolated) apart: a title written right to left is isolated
    # alone, not with the figures after it.
    label = f"{e(spec.title)} ({e(axis.unit)}): " + ", ".join(
        f"{e(p)} {e(shown)}" for p, shown in zip(spec.periods, labels, strict=True)
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{label}">{"".join(parts)}</svg>'
    )


def _quote(goal: GoalView, lang: Lang) -> str:
    return (
        f"<blockquote><strong>{e(w.QUOTE(lang))}</strong>{e(w.COLON(lang))}"
        f"“{e(goal.source.quote)}”"
        f'<span class="doc">— {e(goal.source.document)}</span></blockquote>'
    )


def _brief(goal: GoalView, lang: Lang, fig: Figures) -> str:
    """A goal with nothing recorded: one line (its quote one click away on screen)."""
    shown = {f.key: f for f in goal.figures}
    facts = " · ".join(
        f"{e(shown[key].label)} {fig(shown[key].text)}"
        for key in ("target", "baseline")
        if shown[key].text != "—"
    )
    return (
        f'<article class="goal brief st-{goal.status.value}" id="goal-{e(goal.id)}"><details>'
        f'<summary><strong>{name_html(goal.name)}</strong> <span class="id">{e(goal.id)}</span> '
        f"{badge(goal.status, goal.status_label)} · {facts} · {e(w.NO_HISTORY(lang))}"
        f"</summary>{_quote(goal, lang)}</details></article>"
    )


def _goal(goal: GoalView, lang: Lang, fig: Figures, row: GoalRow | None) -> str:
    provisional = row is not None and layout.is_provisional(row)
    first, *rest = goal.headline
    headline = " · ".join(f"{e(f.label)} {fig(f.text)}" for f in rest)
    parts = [
        f'<article class="goal st-{goal.status.value}" id="goal-{e(goal.id)}">',
        f'<h3><span>{name_html(goal.name)}</span> <span class="id">{e(goal.id)}</span> '
        f"{badge(goal.status, goal.status_label, provisional, lang)}</h3>",
        f'<p class="where">{e(goal.cluster)} · {e(goal.region)}</p>',
        f'<p class="headline"><strong>{e(first.label)} {fig(first.text)}</strong> · {headline}</p>',
        f'<p class="why">{fig(goal.why)}</p>',
        '<div class="split"><div>',
        table(
            [w.FIGURES(lang), w.VALUE(lang)],
            [f"<tr><td>{e(f.label)}</td>{cell(fig(f.text))}</tr>" for f in goal.figures],
        ),
        "</div><div>",
    ]
    if goal.chart is not None:
        key = w.CHART_KEY if goal.chart.baseline_index == 0 else w.CHART_KEY_NO_BASELINE
        target = next(f.text for f in goal.figures if f.key == "target")
        parts.append(
            f"<figure>{chart_svg(goal.chart, lang, layout.noun_en(row))}"
            f"<figcaption>{fig(key(lang, target=target))}</figcaption></figure>"
        )
    notes = [*goal.notes, goal.remark] if goal.remark else goal.notes
    if notes:
        parts.append(f"<h4>{e(w.NOTES(lang))}</h4>")
        parts.append('<ul class="plain">' + "".join(f"<li>{e(n)}</li>" for n in notes))
        parts.append("</ul>")
    if goal.assumptions:
        parts.append(f"<h4>{e(w.ASSUMPTIONS(lang))}</h4>")
        parts.append('<ul class="plain">' + "".join(f"<li>{e(a)}</li>" for a in goal.assumptions))
        parts.append("</ul>")
    parts.append("</div></div>")
    parts.append(f"<h4>{e(w.HISTORY(lang))}</h4>")
    if goal.history:
        header = [p(lang) for p in (w.PERIOD, w.VALUE, w.RECORDED, w.SOURCE, w.NOTE, w.STANDING)]
        rows = []
        for h in goal.history:
            css = "" if h.counts else ' class="retired"'
            rows.append(
                f"<tr{css}>{cell(e(h.period), header[0])}"
                f"{cell(fig(h.value), header[1], 'num value')}"
                f"{cell(e(h.recorded), header[2])}{cell(e(h.source), header[3])}"
                f"{cell(e(h.note), header[4])}{cell(e(h.state), header[5])}</tr>"
            )
        parts.append(table(header, rows, "stack"))
    else:
        parts.append(f"<p>{e(w.NO_HISTORY(lang))}</p>")
    parts.append(_quote(goal, lang))
    parts.append("</article>")
    return "\n".join(parts)


def _page_css(report: Report) -> str:
    """Each printed page's foot: the report, its as-of date and the page number.

    Chromium (131 and later) draws the margin boxes of ``@page`` when printing or saving as
    PDF, with the ``page`` and ``pages`` counters; a fixed footer could not number the pages.
    """
    lang = report.lang
    marker = "\x00"
    numbered = w.PRINTED_PAGE(lang, page=f"{marker}page{marker}", pages=f"{marker}pages{marker}")
    content = " ".join(
        f"counter({piece})" if index % 2 else css_string(piece)
        for index, piece in enumerate(numbered.split(marker))
        if piece or index % 2
    )
    as_of = f"{report.title} · {w.PRINTED_AS_OF(lang, as_of=report.as_of)}"
    box = f"font-size: 9pt; color: #4d5761; font-family: {FONTS};"
    return (
        "@page { size: A4; margin: 12mm 12mm 14mm; "
        f"@bottom-left {{ content: {css_string(as_of)}; {box} }} "
        f"@bottom-right {{ content: {content}; {box} }} }}"
    )


def _units(report: Report) -> set[str]:
    """The units a report's figures are written in: the symbols, and the English names
    (``square metres``, a goal's ``unit_en``) with their singulars."""
    symbols = {row.goal.unit for row in report.rows} | set(UNITS)
    names = {u.name_en for u in UNITS.values()} | {row.goal.unit_en for row in report.rows}
    return symbols | names | {singular(name) for name in names if name}


def render_report(report: Report) -> str:
    lang = report.lang
    colon = w.COLON(lang)
    separator = w.LIST_SEPARATOR(lang)
    fig = Figures(lang, _units(report))
    rows_by_id = {row.id: row for row in report.rows}
    html_lang = "zh-CN" if lang == "zh" else "en"
    title = f"{report.title} · {report.as_of}"
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{html_lang}">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        # A page with its own dark colours: browsers do not darken it by force.
        '<meta name="color-scheme" content="light dark">',
        f"<title>{e(title)}</title>",
        f"<style>{BASE_CSS}{STATUS_CSS}\n{_page_css(report)}\n</style>",
        "</head>",
        "<body>",
        "<main>",
        '<header class="top">',
        f"<h1>{e(report.title)}</h1>",
    ]
    if report.subtitle:
        out.append(f'<p class="subtitle">{e(report.subtitle)}</p>')
    out.append('<dl class="meta">')
    out += [f"<dt>{e(label)}</dt><dd>{e(value)}</dd>" for label, value in report.meta]
    out += ["</dl>", "</header>"]

    out.append(f'<section class="summary"><h2>{e(w.SUMMARY(lang))}</h2>')
    out.append('<div class="cards">')
    for status, label, count in report.summary:
        symbol, _, words = label.partition(" ")
        out.append(
            f'<div class="card st-{status.value}"><div class="count">{count}</div>'
            f'<div class="label"><span aria-hidden="true">{e(symbol)}</span> {e(words)}</div>'
            "</div>"
        )
    out.append(
        f'<div class="card"><div class="count">{report.total}</div>'
        f'<div class="label">{e(w.TOTAL(lang))}</div></div>'
    )
    out.append("</div>")
    out.append(f'<h3>{e(w.FINDINGS(lang))}</h3><ul class="findings">')
    for finding in report.findings:
        # Item by item, so that each is isolated apart where it is written right to left.
        items = e(separator).join(map(fig, finding.items)) or e(w.NOTHING(lang))
        out.append(f"<li><strong>{e(finding.label)}</strong>{e(colon)}{items}</li>")
    out.append("</ul></section>")

    out.append(f'<section class="clusters"><h2>{e(w.BY_CLUSTER(lang))}</h2>')
    if not report.clusters:
        out.append(f"<p>{e(w.NO_GOALS(lang))}</p>")
    members = layout.cluster_rows(report)
    for cluster in report.clusters:
        out.append(f"<h3>{e(cluster.name)}</h3>")
        header = cluster.header
        rows = []
        for (status, values), row in zip(cluster.rows, members[cluster.id], strict=True):
            cells = [cell(name_html(values[0]))]
            cells += [
                cell(fig(v), header[i], "num" if i in CLUSTER_NUMBERS else "")
                for i, v in enumerate(values[1:-1], start=1)
            ]
            provisional = layout.is_provisional(row)
            cells.append(cell(badge(status, values[-1], provisional, lang), header[-1]))
            rows.append(f"<tr>{''.join(cells)}</tr>")
        out.append(table(header, rows, "clusters"))
    if report.approximate:
        out.append(f'<p class="where">{e(report.approximate)}</p>')
    out.append("</section>")

    if report.goals or report.details_note:
        out.append(f'<section class="goals"><h2>{e(w.GOALS_DETAIL(lang))}</h2>')
        if report.details_note:
            out.append(f'<p class="where">{e(report.details_note)}</p>')
        for goal in report.goals:
            if layout.nothing_recorded(goal.status, len(goal.history), goal.chart is not None):
                out.append(_brief(goal, lang, fig))
            else:
                out.append(_goal(goal, lang, fig, rows_by_id.get(goal.id)))
        out.append("</section>")

    if report.context:
        header = report.context_header
        out.append(f'<section class="context"><h2>{e(w.CONTEXT(lang))}</h2>')
        rows = [
            f"<tr>{cell(name_html(values[0]))}{cell(fig(values[1]), header[1], 'num')}"
            f"{cell(fig(values[2]), header[2], 'num')}"
            f"{cell(badge(status, values[3]), header[3])}{cell(fig(values[4]), header[4])}</tr>"
            for status, values in report.context
        ]
        out.append(table(header, rows, "stack"))
        out.append("</section>")

    out.append(f'<section class="method"><h2>{e(w.METHOD(lang))}</h2>')
    out.append(f"<p>{e(report.method)}</p>")
    out.append(f"<h3>{e(w.RULES(lang))}</h3>")
    out.append('<ul class="plain">' + "".join(f"<li>{e(r)}</li>" for r in layout.rules(lang)))
    out.append("</ul>")
    legend_rows = [
        f"<tr><td>{badge(status, f'{symbol} {name}')}</td><td>{e(meaning)}</td></tr>"
        for status, symbol, name, meaning in report.legend
    ]
    out.append(table([w.STATUS(lang), w.MEANING(lang)], legend_rows))
    term_rows = [f"<tr><td>{e(term)}</td><td>{e(means)}</td></tr>" for term, means in report.terms]
    out.append(table([w.TERM(lang), w.MEANING(lang)], term_rows))
    out.append("</section>")

    out.append(f'<section class="sources"><h2>{e(w.SOURCES(lang))}</h2>')
    out.append(f"<h3>{e(w.RECORD_SOURCES(lang))}</h3>")
    if report.record_sources:
        out.append('<ul class="plain">')
        for source in report.record_sources:
            backs = e(separator).join(map(e, source.backs))  # each isolated apart, as above
            out.append(f"<li>{e(source.source)} — {e(w.BACKS(lang))}{e(colon)}{backs}</li>")
        out.append("</ul>")
    else:
        out.append(f"<p>{e(w.NO_RECORD_SOURCES(lang))}</p>")
    out.append(f"<h3>{e(w.DOCUMENTS(lang))}</h3>")
    out.append('<ul class="plain">' + "".join(f"<li>{e(d)}</li>" for d in report.documents))
    out.append("</ul></section>")
    out.append(f"<footer>{e(title)} · cluster-cli</footer>")
    out += ["</main>", "</body>", "</html>"]
    return "\n".join(out) + "\n"


render = renderer(render_report)
