"""The report as one self-contained HTML page: inline CSS, inline SVG charts, nothing fetched.

A Content-Security-Policy forbids scripts and every external resource, and all text from the
registry or the ledger is escaped with :func:`html.escape`, so a name such as
``<script>`` is shown, never run; control characters, bidirectional overrides among them, are
first made visible by :func:`cluster_cli.text.clean`, so that they cannot reorder what a reader
sees. Statuses are shown by word, symbol and colour together.
"""

from __future__ import annotations

import html
import math
from collections.abc import Collection

from cluster_cli.engine.assess import Status
from cluster_cli.i18n import Lang
from cluster_cli.i18n import words as w
from cluster_cli.render.numbers import figure
from cluster_cli.render.report import CLUSTER_NUMBERS, METHODOLOGY_LINK, Report, renderer
from cluster_cli.render.view import Chart, GoalView
from cluster_cli.text import clean

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
:root {{ --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --soft: #f6f8fa;
  --accent: #0b4f8a; }}
* {{ box-sizing: border-box; }}
html {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
body {{ font-family: {FONTS}; color: var(--ink); background: #fff; margin: 0;
  line-height: 1.55; font-size: 15px; }}
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
h4 {{ font-size: 14px; margin: 14px 0 6px; color: var(--muted); text-transform: none; }}
p {{ margin: 6px 0 10px; }}
table {{ border-collapse: collapse; width: 100%; font-size: 13.5px; margin: 6px 0 14px; }}
th, td {{ border: 1px solid var(--line); padding: 5px 8px; text-align: left;
  vertical-align: top; overflow-wrap: break-word; }}
th {{ background: var(--soft); font-weight: 600; }}
td.num {{ text-align: right; font-variant-numeric: tabular-nums; }}
table.clusters td:first-child {{ min-width: 13em; font-weight: 600; }}
table.clusters td:nth-child(6), table.clusters td:last-child {{ white-space: nowrap; }}
tr.retired td {{ color: var(--muted); }}
tr.retired td.value {{ text-decoration: line-through; }}
.badge {{ display: inline-block; padding: 1px 9px; border-radius: 999px; font-size: 12.5px;
  font-weight: 600; white-space: nowrap; border: 1px solid currentColor; }}
.badge .sym {{ font-weight: 700; margin-right: 4px; }}
.cards {{ display: grid; grid-template-columns: repeat(auto-fill, minmax(112px, 1fr));
  gap: 10px; margin: 8px 0 16px; }}
.card {{ border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px;
  border-top-width: 4px; }}
.card .count {{ font-size: 26px; font-weight: 700; line-height: 1.1; }}
.card .label {{ font-size: 12.5px; font-weight: 600; }}
ul.findings {{ padding-left: 20px; margin: 6px 0; }}
ul.findings li {{ margin: 3px 0; }}
article.goal {{ border: 1px solid var(--line); border-radius: 10px; padding: 4px 20px 14px;
  margin: 18px 0; border-left-width: 6px; }}
article.goal h3 {{ display: flex; gap: 10px; align-items: baseline; flex-wrap: wrap; }}
article.goal h3 .id {{ color: var(--muted); font-weight: 400; font-size: 13px; }}
.where {{ color: var(--muted); font-size: 13px; margin: 0 0 6px; }}
.why {{ font-size: 15px; }}
.headline {{ font-size: 15px; margin: 2px 0 6px; }}
.split {{ display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1.15fr); gap: 20px;
  align-items: start; }}
.split table td:first-child {{ color: var(--muted); width: 48%; }}
figure {{ margin: 6px 0 12px; }}
figure svg {{ width: 100%; height: auto; display: block; }}
figcaption {{ font-size: 12px; color: var(--muted); margin-top: 2px; }}
blockquote {{ margin: 10px 0 0; padding: 8px 14px; background: var(--soft);
  border-left: 4px solid var(--line); font-size: 14px; }}
blockquote .doc {{ display: block; color: var(--muted); font-size: 12.5px; margin-top: 2px; }}
ul.plain {{ margin: 4px 0 10px; padding-left: 20px; font-size: 13.5px; }}
a {{ color: var(--accent); }}
footer {{ margin-top: 36px; color: var(--muted); font-size: 12px;
  border-top: 1px solid var(--line); padding-top: 8px; }}
@media (max-width: 760px) {{ main {{ padding: 18px; }} .split {{ grid-template-columns: 1fr; }} }}
@page {{ size: A4; margin: 14mm 12mm; }}
@media print {{
  body {{ font-size: 10.5pt; }}
  main {{ max-width: none; padding: 0; }}
  h2 {{ break-after: avoid; page-break-after: avoid; }}
  h3, h4 {{ break-after: avoid; page-break-after: avoid; }}
  article.goal, figure, tr, .cards {{ break-inside: avoid; page-break-inside: avoid; }}
  section.goals > h2 {{ break-before: page; page-break-before: always; }}
  a {{ color: inherit; text-decoration: none; }}
}}
"""


def _status_css() -> str:
    lines = []
    for status, (ink, background) in STATUS_STYLE.items():
        key = status.value
        lines.append(
            f".badge.st-{key}, .card.st-{key} {{ color: {ink}; background: {background}; }}"
        )
        lines.append(f".card.st-{key}, article.goal.st-{key} {{ border-color: {ink}; }}")
    return "\n".join(lines)


def e(value: str) -> str:
    """Text for HTML: control characters made visible, then escaped."""
    return html.escape(clean(value), quote=True)


def badge(status: Status, label: str) -> str:
    symbol, _, words = label.partition(" ")
    return (
        f'<span class="badge st-{status.value}"><span class="sym" aria-hidden="true">'
        f"{e(symbol)}</span>{e(words)}</span>"
    )


def table(header: list[str], rows: list[str], css: str = "") -> str:
    head = "".join(f"<th>{e(h)}</th>" for h in header)
    opening = f'<table class="{css}">' if css else "<table>"
    return f"{opening}<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def cells(values: list[str], numeric: Collection[int] = ()) -> str:
    return "".join(
        f'<td class="num">{e(v)}</td>' if i in numeric else f"<td>{e(v)}</td>"
        for i, v in enumerate(values)
    )


def _nice_step(span: float) -> float:
    raw = span / 4
    if raw <= 0:
        return 1.0
    exponent = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * exponent:
            return float(factor * exponent)
    return float(10 * exponent)  # pragma: no cover


def chart_svg(spec: Chart, lang: Lang) -> str:
    """Bars for the figures by period, a dashed line for the target; all in the goal's unit."""
    width, height = 560, 240
    left, right, top, bottom = 64, 16, 18, 34
    plot_w, plot_h = width - left - right, height - top - bottom
    low = min(0.0, *spec.values, spec.target)
    high = max(*spec.values, spec.target, 0.0)
    step = _nice_step(high - low if high > low else 1.0)
    y_min = math.floor(low / step) * step
    y_max = math.ceil(high * 1.08 / step) * step if high > 0 else step
    if y_max <= y_min:
        y_max = y_min + step

    def y(value: float) -> float:
        return top + plot_h * (1 - (value - y_min) / (y_max - y_min))

    parts = []
    tick = y_min
    while tick <= y_max + step / 1000:
        ty = y(tick)
        parts.append(
            f'<line x1="{left}" x2="{width - right}" y1="{ty:.1f}" y2="{ty:.1f}" '
            'stroke="#e4e8ec" stroke-width="1"/>'
            f'<text x="{left - 6}" y="{ty + 4:.1f}" text-anchor="end" font-size="11" '
            f'fill="#59636e">{e(figure(tick))}</text>'
        )
        tick += step
    count = len(spec.values)
    slot = plot_w / count
    bar_w = min(56.0, slot * 0.6)
    zero = y(max(y_min, 0.0))
    for index, (period, value) in enumerate(zip(spec.periods, spec.values, strict=True)):
        cx = left + slot * (index + 0.5)
        vy = y(value)
        top_y, bar_h = min(vy, zero), abs(zero - vy)
        fill = "#9db7d0" if index == spec.baseline_index else "#2f6ea5"
        parts.append(
            f'<rect x="{cx - bar_w / 2:.1f}" y="{top_y:.1f}" width="{bar_w:.1f}" '
            f'height="{max(bar_h, 0.5):.1f}" fill="{fill}" rx="2"/>'
            f'<text x="{cx:.1f}" y="{top_y - 4:.1f}" text-anchor="middle" font-size="11" '
            f'fill="#1f2328">{e(figure(value, "typed"))}</text>'
            f'<text x="{cx:.1f}" y="{height - bottom + 16}" text-anchor="middle" '
            f'font-size="11.5" fill="#1f2328">{e(period)}</text>'
        )
    ty = y(spec.target)
    target_label = f"{w.TARGET(lang)} {figure(spec.target, 'typed')}"
    parts.append(
        f'<line x1="{left}" x2="{width - right}" y1="{ty:.1f}" y2="{ty:.1f}" stroke="#a40e26" '
        'stroke-width="2" stroke-dasharray="6 4"/>'
        f'<text x="{width - right}" y="{ty - 5:.1f}" text-anchor="end" font-size="11.5" '
        f'font-weight="600" fill="#a40e26">{e(target_label)}</text>'
        f'<line x1="{left}" x2="{left}" y1="{top}" y2="{height - bottom}" stroke="#8c959f"/>'
        f'<line x1="{left}" x2="{width - right}" y1="{zero:.1f}" y2="{zero:.1f}" '
        'stroke="#8c959f"/>'
        f'<text x="12" y="{top + plot_h / 2:.1f}" font-size="11" fill="#59636e" '
        f'text-anchor="middle" transform="rotate(-90 12 {top + plot_h / 2:.1f})">'
        f"{e(spec.unit)}</text>"
    )
    label = f"{spec.title}: " + ", ".join(
        f"{p} {figure(v, 'typed')}" for p, v in zip(spec.periods, spec.values, strict=True)
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{e(label)}">{"".join(parts)}</svg>'
    )


def _goal(goal: GoalView, lang: Lang) -> str:
    first, *rest = goal.headline
    headline = " · ".join(f"{e(f.label)} {e(f.text)}" for f in rest)
    parts = [
        f'<article class="goal st-{goal.status.value}" id="goal-{e(goal.id)}">',
        f'<h3><span>{e(goal.name)}</span> <span class="id">{e(goal.id)}</span> '
        f"{badge(goal.status, goal.status_label)}</h3>",
        f'<p class="where">{e(goal.cluster)} · {e(goal.region)}</p>',
        f'<p class="headline"><strong>{e(first.label)} {e(first.text)}</strong> · {headline}</p>',
        f'<p class="why">{e(goal.why)}</p>',
        '<div class="split"><div>',
        table(
            [w.FIGURES(lang), w.VALUE(lang)],
            [f"<tr>{cells([f.label, f.text], {1})}</tr>" for f in goal.figures],
        ),
        "</div><div>",
    ]
    if goal.chart is not None:
        caption = w.CHART_CAPTION if goal.chart.baseline_index == 0 else w.CHART_CAPTION_NO_BASELINE
        parts.append(
            f"<figure>{chart_svg(goal.chart, lang)}<figcaption>{e(caption(lang))}</figcaption>"
            "</figure>"
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
                f'<tr{css}><td>{e(h.period)}</td><td class="num value">{e(h.value)}</td>'
                f"<td>{e(h.recorded)}</td><td>{e(h.source)}</td><td>{e(h.note)}</td>"
                f"<td>{e(h.state)}</td></tr>"
            )
        parts.append(table(header, rows))
    else:
        parts.append(f"<p>{e(w.NO_HISTORY(lang))}</p>")
    parts.append(
        f"<blockquote><strong>{e(w.QUOTE(lang))}</strong>{e(w.COLON(lang))}"
        f"“{e(goal.source.quote)}”"
        f'<span class="doc">— {e(goal.source.document)}</span></blockquote>'
    )
    parts.append("</article>")
    return "\n".join(parts)


def render_report(report: Report) -> str:
    lang = report.lang
    colon = w.COLON(lang)
    separator = w.LIST_SEPARATOR(lang)
    html_lang = "zh-CN" if lang == "zh" else "en"
    title = f"{report.title} · {report.as_of}"
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{html_lang}">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(title)}</title>",
        f"<style>{BASE_CSS}{_status_css()}\n</style>",
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
        items = separator.join(finding.items) or w.NOTHING(lang)
        out.append(f"<li><strong>{e(finding.label)}</strong>{e(colon)}{e(items)}</li>")
    out.append("</ul></section>")

    out.append(f'<section class="clusters"><h2>{e(w.BY_CLUSTER(lang))}</h2>')
    if not report.clusters:
        out.append(f"<p>{e(w.NO_GOALS(lang))}</p>")
    for cluster in report.clusters:
        out.append(f"<h3>{e(cluster.name)}</h3>")
        rows = [
            f"<tr>{cells(values[:-1], CLUSTER_NUMBERS)}<td>{badge(status, values[-1])}</td></tr>"
            for status, values in cluster.rows
        ]
        out.append(table(cluster.header, rows, "clusters"))
    if report.approximate:
        out.append(f'<p class="where">{e(report.approximate)}</p>')
    out.append("</section>")

    if report.goals:
        out.append(f'<section class="goals"><h2>{e(w.GOALS_DETAIL(lang))}</h2>')
        out += [_goal(section, lang) for section in report.goals]
        out.append("</section>")

    if report.context:
        out.append(f'<section class="context"><h2>{e(w.CONTEXT(lang))}</h2>')
        rows = [
            f"<tr>{cells(values[:3], {1, 2})}<td>{badge(status, values[3])}</td>"
            f"<td>{e(values[4])}</td></tr>"
            for status, values in report.context
        ]
        out.append(table(report.context_header, rows))
        out.append("</section>")

    out.append(f'<section class="method"><h2>{e(w.METHOD(lang))}</h2>')
    out.append(f"<p>{e(report.method)}</p>")
    more = w.DETAILS(lang)
    out.append(f'<p>{e(more)} <a href="{e(METHODOLOGY_LINK)}">{e(METHODOLOGY_LINK)}</a></p>')
    legend_rows = [
        f"<tr><td>{badge(status, f'{symbol} {name}')}</td><td>{e(meaning)}</td></tr>"
        for status, symbol, name, meaning in report.legend
    ]
    out.append(table([w.STATUS(lang), w.MEANING(lang)], legend_rows))
    term_rows = [f"<tr>{cells([term, means])}</tr>" for term, means in report.terms]
    out.append(table([w.TERM(lang), w.MEANING(lang)], term_rows))
    out.append("</section>")

    out.append(f'<section class="sources"><h2>{e(w.SOURCES(lang))}</h2>')
    out.append(f"<h3>{e(w.RECORD_SOURCES(lang))}</h3>")
    if report.record_sources:
        out.append('<ul class="plain">')
        for source in report.record_sources:
            backs = separator.join(source.backs)
            out.append(f"<li>{e(source.source)} — {e(w.BACKS(lang))}{e(colon)}{e(backs)}</li>")
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
