"""What a report says, in plain text, before any format is applied.

The Markdown and HTML renderers lay out the same :class:`Report`, so both show the same figures,
worded by :mod:`cluster_cli.render.labels` exactly as ``status`` words them; the CSV writes the
engine's rows the report carries. Each format's ``render`` entry point is made by
:func:`renderer`, and the numbers of charts and spreadsheets are written by :func:`number`.
Every string here is plain,
unescaped text: names, notes, sources and quotes come straight from the registry and the ledger,
and each renderer escapes all of it for its own format.

Pure and deterministic: the same progress, registry and language give the same report; the only
date in it is the as-of date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Protocol

from cluster_cli.engine.assess import (
    ON_TRACK_RATIO,
    STATUS_ORDER,
    Progress,
    Status,
    TargetRow,
)
from cluster_cli.engine.history import Entry
from cluster_cli.engine.models import Registry, prose
from cluster_cli.engine.units import format_number
from cluster_cli.i18n import Lang
from cluster_cli.render.jsondoc import Origin
from cluster_cli.render.labels import (
    STATUS_LABELS,
    STATUS_MEANING,
    explain,
    explain_indicator,
    note_texts,
    percent,
    point_quantity,
    points,
    quantity,
    ratio,
    status_text,
)

# A figure whose period ended more than this many months before the as-of date is stale.
STALE_MONTHS = 18
# How many goals the summary names as furthest behind.
BEHIND_COUNT = 3
METHODOLOGY_LINK = "docs/methodology.md"

_BEHIND_STATUSES = (Status.NEEDS_ACCELERATION, Status.LIMITED_PROGRESS, Status.DETERIORATING)

WORDS: dict[str, tuple[str, str]] = {
    "title": ("目标进展报告", "Goal progress report"),
    "as_of": ("数据截至", "As of"),
    "registry": ("目标登记表", "Registry"),
    "ledger": ("数据台账", "Ledger"),
    "filters": ("筛选条件", "Filters"),
    "summary": ("概要", "Summary"),
    "status": ("状态", "Status"),
    "goals": ("目标数", "Goals"),
    "total": ("合计", "Total"),
    "findings": ("主要发现", "Headline findings"),
    "met": ("已完成", "Met"),
    "missed": ("未完成", "Missed"),
    "behind": ("差距最大", "Furthest behind"),
    "missing": ("尚无新数据", "No figure since the baseline"),
    "stale": ("数据陈旧", "Stale figures"),
    "orphans": ("未匹配的记录", "Records of unknown goals"),
    "none_met": ("暂无已完成的目标", "No goal is met yet"),
    "nothing": ("无", "none"),
    "no_goals": ("没有符合筛选条件的目标。", "No goal matches the filters."),
    "by_cluster": ("分集群进展", "Progress by cluster"),
    "goal": ("目标", "Goal"),
    "target": ("目标值", "Target"),
    "baseline": ("基期", "Baseline"),
    "latest": ("最新数值", "Latest"),
    "attainment": ("完成度", "Attainment"),
    "progress": ("任务完成", "Task done"),
    "elapsed": ("时间进度", "Time gone"),
    "pace_gap": ("进度差", "Pace gap"),
    "actual_growth": ("实际年均增速", "Observed growth a year"),
    "required_growth": ("所需年均增速", "Growth needed a year (from baseline)"),
    "growth_ratio": ("增速比", "Growth ratio"),
    "needed_growth": ("此后尚需年均增速", "Growth still needed a year"),
    "needed_per_year": ("此后尚需年均增加", "Increase still needed a year"),
    "projected": ("按趋势预计截止年数值", "Projected at the deadline"),
    "gap": ("距目标差距", "Gap to the target"),
    "goals_detail": ("各目标详情", "Goals in detail"),
    "why": ("判断依据", "Why"),
    "figures": ("数据", "Figures"),
    "notes": ("说明", "Notes"),
    "assumptions": ("假设", "Assumptions"),
    "history": ("记录历史", "History of recorded figures"),
    "no_history": ("尚无记录。", "Nothing recorded yet."),
    "period": ("期别", "Period"),
    "value": ("数值", "Value"),
    "recorded": ("记录日期", "Recorded"),
    "source": ("来源", "Source"),
    "note": ("备注", "Note"),
    "state": ("处理", "Standing"),
    "counts": ("计入", "counts"),
    "chart": ("趋势", "Trend"),
    "quote": ("原文", "Source text"),
    "context": ("背景指标", "Context figures"),
    "indicator": ("指标", "Figure"),
    "growth": ("年均增速", "Growth a year"),
    "method": ("方法与状态说明", "Method and status legend"),
    "symbol": ("符号", "Symbol"),
    "meaning": ("含义", "Meaning"),
    "sources": ("数据来源", "Sources"),
    "record_sources": ("已记录数值的来源", "Sources of the recorded figures"),
    "no_record_sources": ("尚无已记录的数值。", "No figure has been recorded yet."),
    "documents": ("目标及基期的出处", "Where the goals and baselines are quoted from"),
    "no_source": ("（未注明来源）", "(no source given)"),
    "backs": ("支撑", "backs"),
}


# The legend of the statuses judged by a ratio: growth ratio where a growth rate is defined,
# otherwise 时序进度 (share of the task done / share of the time gone), as the engine judges them.


def meaning(status: Status, lang: Lang) -> str:
    """What a status means, for the legend."""
    zh, en = STATUS_MEANING[status]
    return zh if lang == "zh" else en


def word(key: str, lang: Lang) -> str:
    zh, en = WORDS[key]
    return zh if lang == "zh" else en


def method_text(lang: Lang) -> str:
    on_track = ratio(ON_TRACK_RATIO)
    if lang == "zh":
        return (
            "采用加拿大统计局用于可持续发展目标的进度测量方法（Open SDG、联合国SDG进展图表与"
            "欧盟统计局亦采用）：将基期以来的实际年均增速与按期达标所需的年均增速相比，"
            f"二者之比（增速比）达到{on_track}即为进展顺利；增速无法计算时（如从0开始累计），"
            "以任务完成比例与时间进度之比代替。截止年份的数据一经记录，即判定为已完成或未完成。"
        )
    return (
        "The method is Statistics Canada's progress measure for the Sustainable Development "
        "Goals, also used by Open SDG, the UN SDG Progress Chart and Eurostat: the growth "
        "observed since the baseline is compared with the growth needed to reach the target on "
        f"time; a ratio of {on_track} or more is on track. Where a growth rate is undefined "
        "(counts from zero), the share of the task done is compared with the share of the time "
        "gone. Once a figure for the deadline year is recorded, the goal is met or missed."
    )


@dataclass(frozen=True)
class Finding:
    key: str  # a WORDS key naming the finding
    items: list[str]  # plain-text items; empty means "none"


@dataclass(frozen=True)
class Chart:
    """Values by period (baseline first) and the target, in the goal's unit."""

    title: str
    unit: str
    periods: list[str]
    values: list[float]
    target: float


@dataclass(frozen=True)
class HistoryLine:
    period: str
    value: str
    recorded: str
    source: str
    note: str
    state: str
    counts: bool


@dataclass(frozen=True)
class GoalSection:
    id: str
    name: str
    cluster: str
    region: str
    status: Status
    status_label: str
    why: str
    figures: list[tuple[str, str]]
    notes: list[str]
    assumptions: list[str]
    history: list[HistoryLine]
    chart: Chart | None
    quote: str
    document: str


@dataclass(frozen=True)
class ClusterTable:
    id: str
    name: str
    header: list[str]
    rows: list[tuple[Status, list[str]]]  # status of the row, and its cells (last one: status)


@dataclass(frozen=True)
class SourceLine:
    source: str
    backs: list[str]


@dataclass(frozen=True)
class Report:
    lang: Lang
    title: str
    subtitle: str
    as_of: str
    meta: list[tuple[str, str]]
    summary: list[tuple[Status, str, int]]  # status, its label, count
    total: int
    findings: list[Finding]
    clusters: list[ClusterTable]
    goals: list[GoalSection]
    context_header: list[str]
    context: list[tuple[Status, list[str]]]
    legend: list[tuple[Status, str, str, str]]  # status, symbol, word, meaning
    method: str
    record_sources: list[SourceLine]
    documents: list[str]
    filters: list[str] = field(default_factory=list)
    # The engine's rows behind the report, for a format that gives the figures themselves (CSV).
    rows: list[TargetRow] = field(default_factory=list)


def number(value: float | None) -> str:
    """A plain number, for a chart or a spreadsheet: no thousands separators, no exponent.

    None (a figure that cannot be computed) is the empty string.
    """
    if value is None:
        return ""
    if isinstance(value, int):
        return str(value)
    value = float(value)
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return format(Decimal(repr(value)), "f")


def _name(row: TargetRow, lang: Lang) -> str:
    return row.target.name if lang == "zh" else row.target.name_en


def _value(value: float | None, unit_symbol: str, lang: Lang, noun_en: str = "") -> str:
    """A quantity, tolerating a record in a unit this version does not know."""
    if value is None:
        return "—"
    try:
        return quantity(value, unit_symbol, lang, noun_en)
    except ValueError:
        return f"{format_number(value)} {unit_symbol}".strip()


def _with_period(text: str, period: str, lang: Lang) -> str:
    if lang == "zh":
        return f"{text}（{period}年）" if period.isdigit() else f"{text}（{period}）"
    return f"{text} ({period})"


def months_between(earlier: dt.date, later: dt.date) -> int:
    return (later.year - earlier.year) * 12 + later.month - earlier.month


def is_missing(row: TargetRow) -> bool:
    """No figure at all, or none after the baseline."""
    if row.latest is None:
        return True
    return row.baseline is not None and row.latest.period.t <= row.baseline.period.t


def is_stale(row: TargetRow, as_of: dt.date) -> bool:
    """The latest figure ended more than STALE_MONTHS before the as-of date (final ones aside)."""
    if row.latest is None or is_missing(row) or row.final:
        return False
    return months_between(row.latest.period.end_date, as_of) > STALE_MONTHS


def findings(progress: Progress, lang: Lang) -> list[Finding]:
    rows = progress.targets
    met = [_name(r, lang) for r in rows if r.status is Status.ACHIEVED]
    missed = [_name(r, lang) for r in rows if r.status is Status.MISSED]
    behind_rows = sorted(
        (r for r in rows if r.status in _BEHIND_STATUSES and r.growth_ratio is not None),
        key=lambda r: (r.growth_ratio, r.pace_gap if r.pace_gap is not None else 0.0, r.id),
    )[:BEHIND_COUNT]
    behind = []
    for r in behind_rows:
        growth_ratio = ratio(r.growth_ratio)
        detail = (
            f"增速比{growth_ratio}，{points(r.pace_gap, lang)}"
            if lang == "zh"
            else f"growth ratio {growth_ratio}, {points(r.pace_gap, lang)}"
        )
        behind.append(
            f"{_name(r, lang)}（{detail}）" if lang == "zh" else f"{_name(r, lang)} ({detail})"
        )
    missing = [_name(r, lang) for r in rows if is_missing(r)]
    stale = []
    for r in rows:
        if is_stale(r, progress.as_of):
            assert r.latest is not None
            stale.append(_with_period(_name(r, lang), r.latest.period.text, lang))
    result = [
        Finding("met", met),
        Finding("behind", behind),
        Finding("missed", missed),
        Finding("missing", missing),
        Finding("stale", stale),
    ]
    if progress.orphans:
        ids = sorted({r.target for r in progress.orphans})
        result.append(Finding("orphans", ids))
    return result


def _cluster_header(lang: Lang) -> list[str]:
    keys = ("goal", "target", "baseline", "latest", "attainment", "pace_gap", "growth_ratio")
    return [word(k, lang) for k in keys] + [word("status", lang)]


def _target_text(row: TargetRow, lang: Lang) -> str:
    t = row.target
    goal = _value(t.target, t.unit, lang, t.unit_en)
    return f"{goal}（{t.deadline}年）" if lang == "zh" else f"{goal} by {t.deadline}"


def _baseline_text(row: TargetRow, lang: Lang) -> str:
    t = row.target
    if row.baseline is None:
        return "—"
    text = point_quantity(row.baseline, t.unit, lang, t.unit_en)
    return _with_period(text, row.baseline.period.text, lang)


def _latest_text(row: TargetRow, lang: Lang) -> str:
    t = row.target
    if row.latest is None:
        return "—"
    return _with_period(
        _value(row.latest.value, t.unit, lang, t.unit_en), row.latest.period.text, lang
    )


def _cluster_row(row: TargetRow, lang: Lang) -> list[str]:
    return [
        _name(row, lang),
        _target_text(row, lang),
        _baseline_text(row, lang),
        _latest_text(row, lang),
        percent(row.attainment),
        points(row.pace_gap, lang),
        ratio(row.growth_ratio),
        status_text(row.status, lang),
    ]


def _figures(row: TargetRow, lang: Lang) -> list[tuple[str, str]]:
    t = row.target
    latest = _latest_text(row, lang)
    if row.latest is not None and row.latest.record is not None and row.latest.record.source:
        latest += f"；{word('source', lang)}：" if lang == "zh" else "; source: "
        latest += row.latest.record.source
    return [
        (word("target", lang), _target_text(row, lang)),
        (word("baseline", lang), _baseline_text(row, lang)),
        (word("latest", lang), latest),
        (word("attainment", lang), percent(row.attainment)),
        (word("gap", lang), _value(row.gap, t.unit, lang, t.unit_en)),
        (word("progress", lang), percent(row.progress)),
        (word("elapsed", lang), percent(row.elapsed)),
        (word("pace_gap", lang), points(row.pace_gap, lang)),
        (word("actual_growth", lang), percent(row.actual_growth)),
        (word("required_growth", lang), percent(row.required_growth)),
        (word("growth_ratio", lang), ratio(row.growth_ratio)),
        (word("needed_growth", lang), percent(row.needed_growth)),
        (word("needed_per_year", lang), _value(row.needed_per_year, t.unit, lang, t.unit_en)),
        (word("projected", lang), _value(row.projected, t.unit, lang, t.unit_en)),
    ]


def _history_line(entry: Entry, lang: Lang, noun_en: str) -> HistoryLine:
    record = entry.record
    if entry.retracted_by is not None:
        state = (
            f"已撤回（{entry.retracted_by}）"
            if lang == "zh"
            else f"retracted ({entry.retracted_by})"
        )
    elif entry.superseded_by is not None:
        state = (
            f"已被修订（{entry.superseded_by}）"
            if lang == "zh"
            else f"revised by {entry.superseded_by}"
        )
    else:
        state = word("counts", lang)
    return HistoryLine(
        period=entry.period.text,
        value=_value(record.value, record.unit, lang, noun_en),
        recorded=record.recorded_at[:10],
        source=record.source,
        note=record.note,
        state=state,
        counts=entry.counts,
    )


def _chart(row: TargetRow, lang: Lang) -> Chart | None:
    if not row.points:
        return None
    by_period = {p.period: p.value for p in row.points}
    if row.baseline is not None:
        by_period.setdefault(row.baseline.period, row.baseline.value)
    ordered = sorted(by_period.items())
    return Chart(
        title=_name(row, lang),
        unit=row.target.unit,
        periods=[period.text for period, _ in ordered],
        values=[value for _, value in ordered],
        target=row.target.target,
    )


def _goal_section(row: TargetRow, registry: Registry, lang: Lang) -> GoalSection:
    t = row.target
    document = registry.sources.get(t.source.document)
    cluster = registry.clusters.get(t.cluster)
    region = registry.regions.get(t.region)
    return GoalSection(
        id=row.id,
        name=_name(row, lang),
        cluster=(cluster.name if lang == "zh" else cluster.name_en) if cluster else t.cluster,
        region=(region.name if lang == "zh" else region.name_en) if region else t.region,
        status=row.status,
        status_label=status_text(row.status, lang),
        why=explain(row, lang),
        figures=_figures(row, lang),
        notes=note_texts(row.notes, lang),
        assumptions=[prose(a, lang) for a in t.assumptions],
        history=[_history_line(e, lang, t.unit_en) for e in row.history],
        chart=_chart(row, lang),
        quote=t.source.quote,
        document=document.title if document else t.source.document,
    )


def _record_sources(progress: Progress, lang: Lang) -> list[SourceLine]:
    backing: dict[str, list[str]] = {}
    named: list[tuple[str, str, list[str]]] = []  # id, name, periods with a recorded value
    for row in progress.targets:
        periods = [p.period.text for p in row.points if p.record is not None]
        named.append((row.id, _name(row, lang), periods))
        for p in row.points:
            if p.record is not None:
                key = " ".join(p.record.source.split())
                backing.setdefault(key, []).append(row.id + "\0" + p.period.text)
    for ind in progress.indicators:
        name = ind.indicator.name if lang == "zh" else ind.indicator.name_en
        named.append((ind.id, name, []))
        for p in ind.points:
            if p.record is not None:
                key = " ".join(p.record.source.split())
                backing.setdefault(key, []).append(ind.id + "\0" + p.period.text)
    names = {key: name for key, name, _ in named}
    lines = []
    for source in sorted(backing):
        grouped: dict[str, list[str]] = {}
        for item in backing[source]:
            key, period = item.split("\0")
            grouped.setdefault(key, []).append(period)
        backs = [
            _with_period(
                names.get(key, key),
                "、".join(sorted(periods)) if lang == "zh" else ", ".join(sorted(periods)),
                lang,
            )
            for key, periods in sorted(grouped.items())
        ]
        lines.append(SourceLine(source or word("no_source", lang), backs))
    return lines


def _documents(progress: Progress, registry: Registry) -> list[str]:
    used = {row.target.source.document for row in progress.targets}
    used |= {row.indicator.source.document for row in progress.indicators}
    lines = []
    for key in sorted(used):
        source = registry.sources.get(key)
        if source is None:
            lines.append(key)
            continue
        parts = [source.title, source.publisher, source.date, source.url]
        lines.append(" — ".join(part for part in parts if part))
    return lines


def build(
    progress: Progress,
    origin: Origin,
    registry: Registry,
    lang: Lang,
    filters: list[str] | None = None,
) -> Report:
    as_of = progress.as_of.isoformat()
    meta = [
        (word("as_of", lang), as_of),
        (word("registry", lang), origin.registry),
        (word("ledger", lang), origin.ledger),
    ]
    if filters:
        meta.append((word("filters", lang), "; ".join(filters)))
    counts = progress.summary
    summary = [(s, status_text(s, lang), counts[s]) for s in STATUS_ORDER]
    clusters = []
    for key, label in registry.clusters.items():
        rows = [r for r in progress.targets if r.target.cluster == key]
        if not rows:
            continue
        clusters.append(
            ClusterTable(
                id=key,
                name=label.name if lang == "zh" else label.name_en,
                header=_cluster_header(lang),
                rows=[(r.status, _cluster_row(r, lang)) for r in rows],
            )
        )
    context = []
    for ind in progress.indicators:
        i = ind.indicator
        context.append(
            (
                ind.status,
                [
                    i.name if lang == "zh" else i.name_en,
                    _with_period(
                        _value(ind.latest.value, i.unit, lang, i.unit_en),
                        ind.latest.period.text,
                        lang,
                    ),
                    percent(ind.growth),
                    status_text(ind.status, lang),
                    explain_indicator(ind, lang),
                ],
            )
        )
    context_header = [
        word("indicator", lang),
        word("latest", lang),
        word("growth", lang),
        word("status", lang),
        word("why", lang),
    ]
    legend = [
        (
            s,
            STATUS_LABELS[s].symbol,
            STATUS_LABELS[s].word(lang),
            meaning(s, lang),
        )
        for s in STATUS_ORDER
    ]
    title = word("title", lang)
    return Report(
        lang=lang,
        title=title,
        subtitle=registry.title,
        as_of=as_of,
        meta=meta,
        summary=summary,
        total=len(progress.targets),
        findings=findings(progress, lang),
        clusters=clusters,
        goals=[_goal_section(r, registry, lang) for r in progress.targets],
        context_header=context_header,
        context=context,
        legend=legend,
        method=method_text(lang),
        record_sources=_record_sources(progress, lang),
        documents=_documents(progress, registry),
        filters=list(filters or []),
        rows=list(progress.targets),
    )


class Renderer(Protocol):
    """What ``cluster-cli report`` calls for the Markdown, HTML and CSV formats."""

    def __call__(
        self,
        progress: Progress,
        origin: Origin,
        registry: Registry,
        lang: Lang,
        filters: list[str] | None = None,
    ) -> str: ...


def renderer(layout: Callable[[Report], str]) -> Renderer:
    """The ``render`` entry point of a format that lays out a :class:`Report`."""

    def render(
        progress: Progress,
        origin: Origin,
        registry: Registry,
        lang: Lang,
        filters: list[str] | None = None,
    ) -> str:
        return layout(build(progress, origin, registry, lang, filters))

    return render
