"""What a goal and a report say, in plain text, before any format is applied.

The goal view
-------------
:func:`goal_view` turns one engine row into a :class:`GoalView`: everything a reader is shown
about a goal, already worded in one language, for every format to lay out as it likes.

``id``, ``name``, ``cluster``, ``region``
    who the goal is.
``status``, ``status_label`` (symbol and word: ``! 需加快``), ``meaning`` (what the status means
    by the measure that decided it), ``why`` (one sentence with the figures that decided it).
``headline``
    the headline figures, in order: :data:`PROGRESS` (progress, ``≈`` in front when measured
    from an approximate baseline), time elapsed, and the pace gap between them.
``figures``
    every figure as a :class:`Figure` (``key``, ``label``, ``text``); the keys are those of
    :mod:`cluster_cli.render.fields`, so a format can pick figures by key.
``notes``, ``assumptions``, ``remark`` (the goal's own note in the registry).
``history``
    every recording as a :class:`HistoryLine`, superseded and retracted ones included
    (``counts`` is False for those, ``standing`` says why).
``chart``
    a :class:`Chart`: values by period (the baseline first, at ``baseline_index``) and the target.
``source``
    a :class:`SourceView`: the document (title, publisher, date, url) and the quote.

The terms and labels are those of the catalogue (:mod:`cluster_cli.i18n.words`); the numbers are
written by :mod:`cluster_cli.render.numbers`: typed figures as typed, computed ones rounded,
figures a status depends on cut.

The report
----------
:func:`build` makes a :class:`Report`, which the Markdown and HTML renderers lay out; the CSV
writes the engine's rows it carries. Every string is plain, unescaped text: names, notes,
sources and quotes come straight from the registry and the ledger, and each renderer escapes
all of it for its own format. Pure and deterministic: the same progress, registry and language
give the same report; the only date in it is the as-of date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import NamedTuple, Protocol

from cluster_cli.engine.assess import (
    ON_TRACK_RATIO,
    STATUS_ORDER,
    Note,
    Progress,
    Status,
    TargetRow,
)
from cluster_cli.engine.history import Entry
from cluster_cli.engine.models import Registry
from cluster_cli.i18n import Lang, Phrase
from cluster_cli.i18n import words as w
from cluster_cli.render.jsondoc import Origin
from cluster_cli.render.labels import (
    STATUS_LABELS,
    difference,
    explain,
    explain_indicator,
    growth_percent,
    meaning,
    met_percent,
    note_texts,
    percent,
    point_quantity,
    points,
    quantity,
    ratio,
    row_meaning,
    status_text,
)
from cluster_cli.render.numbers import plain

# A figure whose period ended more than this many months before the as-of date is stale.
STALE_MONTHS = 18
# How many goals the summary names as furthest behind.
BEHIND_COUNT = 3
METHODOLOGY_LINK = "docs/methodology.md"

_BEHIND_STATUSES = (Status.NEEDS_ACCELERATION, Status.LIMITED_PROGRESS, Status.DETERIORATING)

# The terms a reader needs to read the figures, for the legend under the method.
TERMS: tuple[tuple[Phrase, Phrase], ...] = (
    (w.PROGRESS, w.MEANS_PROGRESS),
    (w.ELAPSED, w.MEANS_ELAPSED),
    (w.PACE_GAP, w.MEANS_PACE_GAP),
    (w.ATTAINMENT, w.MEANS_ATTAINMENT),
    (w.GROWTH_RATIO, w.MEANS_GROWTH_RATIO),
)

number = plain  # the numbers of charts and spreadsheets


class Figure(NamedTuple):
    key: str  # a field key of cluster_cli.render.fields
    label: str
    text: str


class Chart(NamedTuple):
    """Values by period (baseline first) and the target, in the goal's unit."""

    title: str
    unit: str
    periods: list[str]
    values: list[float]
    target: float
    baseline_index: int | None = None  # which period is the baseline, if it is shown


class HistoryLine(NamedTuple):
    period: str
    value: str
    recorded: str
    record: str  # the record's id
    source: str
    note: str
    state: str
    standing: str  # counts, revised or retracted
    counts: bool


class SourceView(NamedTuple):
    document: str  # the title, or the document's id when the registry lacks it
    publisher: str
    date: str
    url: str
    quote: str


class GoalView(NamedTuple):
    id: str
    name: str
    cluster: str
    region: str
    status: Status
    status_label: str
    meaning: str
    why: str
    headline: list[Figure]
    figures: list[Figure]
    approximate: bool
    notes: list[str]
    assumptions: list[str]
    remark: str
    history: list[HistoryLine]
    chart: Chart | None
    source: SourceView


class Finding(NamedTuple):
    label: str
    items: list[str]  # plain-text items; empty means "none"


class ClusterTable(NamedTuple):
    id: str
    name: str
    header: list[str]
    rows: list[tuple[Status, list[str]]]  # status of the row, and its cells (last one: status)


class SourceLine(NamedTuple):
    source: str
    backs: list[str]


class Report(NamedTuple):
    lang: Lang
    title: str
    subtitle: str
    as_of: str
    meta: list[tuple[str, str]]
    summary: list[tuple[Status, str, int]]  # status, its label, count
    total: int
    findings: list[Finding]
    clusters: list[ClusterTable]
    approximate: str  # what ≈ means, when a goal's progress is approximate; else ""
    goals: list[GoalView]
    context_header: list[str]
    context: list[tuple[Status, list[str]]]
    legend: list[tuple[Status, str, str, str]]  # status, symbol, word, meaning
    terms: list[tuple[str, str]]  # term, what it means
    method: str
    record_sources: list[SourceLine]
    documents: list[str]
    filters: list[str]
    # The engine's rows behind the report, for a format that gives the figures themselves (CSV).
    rows: list[TargetRow]


# ------------------------------------------------------------------ one goal


def _name(row: TargetRow, lang: Lang) -> str:
    return row.target.name if lang == "zh" else row.target.name_en


def _in_period(text: str, period: str, lang: Lang) -> str:
    return (w.IN_YEAR if period.isdigit() else w.IN_PERIOD)(lang, value=text, period=period)


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


def target_text(row: TargetRow, lang: Lang) -> str:
    t = row.target
    return w.BY_YEAR(
        lang, value=quantity(t.target, t.unit, lang, t.unit_en, "typed"), year=t.deadline
    )


def baseline_text(row: TargetRow, lang: Lang) -> str:
    if row.baseline is None:
        return "—"
    t = row.target
    text = point_quantity(row.baseline, t.unit, lang, t.unit_en)
    return _in_period(text, row.baseline.period.text, lang)


def latest_text(row: TargetRow, lang: Lang) -> str:
    if row.latest is None:
        return "—"
    t = row.target
    text = point_quantity(row.latest, t.unit, lang, t.unit_en)
    return _in_period(text, row.latest.period.text, lang)


def progress_text(row: TargetRow) -> str:
    """The headline figure; ``≈`` when measured from an approximate baseline ("over 1000")."""
    text = met_percent(row.progress)
    if row.progress is not None and Note.BASELINE_APPROXIMATE in row.notes:
        return "≈" + text
    return text


# The figures of a goal, in order: key and label. The headline is progress beside time elapsed.
_HEADLINE = (("progress", w.PROGRESS), ("elapsed", w.ELAPSED), ("pace_gap", w.PACE_GAP))
_FIGURES = (
    ("target", w.TARGET),
    ("baseline", w.BASELINE),
    ("latest", w.LATEST),
    *_HEADLINE,
    ("attainment", w.ATTAINMENT),
    ("gap", w.GAP),
    ("actual_growth", w.ACTUAL_GROWTH),
    ("required_growth", w.REQUIRED_GROWTH),
    ("growth_ratio", w.GROWTH_RATIO),
    ("needed_growth", w.NEEDED_GROWTH),
    ("needed_per_year", w.NEEDED_PER_YEAR),
    ("projected", w.PROJECTED),
    ("final", w.FINAL),
)
_KEYS = tuple(key for key, _ in _FIGURES)
_LABELS = {lang: tuple(label(lang) for _, label in _FIGURES) for lang in ("zh", "en")}


def headline(row: TargetRow, lang: Lang) -> list[Figure]:
    texts = (progress_text(row), percent(row.elapsed), points(row.pace_gap, lang))
    return list(map(Figure, _KEYS[3:6], _LABELS[lang][3:6], texts))


def figures(row: TargetRow, lang: Lang, head: list[Figure] | None = None) -> list[Figure]:
    """Every figure of the goal; ``head``: its :func:`headline`, when already written."""
    t = row.target
    unit, noun = t.unit, t.unit_en
    latest = latest_text(row, lang)
    if row.latest is not None and row.latest.record is not None and row.latest.record.source:
        latest = w.SOURCE_OF(lang, value=latest, source=row.latest.record.source)
    head = head if head is not None else headline(row, lang)
    texts = (
        target_text(row, lang),
        baseline_text(row, lang),
        latest,
        head[0].text,
        head[1].text,
        head[2].text,
        met_percent(row.attainment),
        difference(row.gap, unit, lang, noun, "up"),
        percent(row.actual_growth),
        percent(row.required_growth),
        ratio(row.growth_ratio),
        percent(row.needed_growth),
        difference(row.needed_per_year, unit, lang, noun, "up"),
        quantity(row.projected, unit, lang, noun),
        (w.YES if row.final else w.NO)(lang),
    )
    return list(map(Figure, _KEYS, _LABELS[lang], texts))


def history_line(entry: Entry, lang: Lang, noun_en: str) -> HistoryLine:
    record = entry.record
    if entry.retracted_by is not None:
        standing, state = "retracted", w.RETRACTED_BY(lang, record=entry.retracted_by)
    elif entry.superseded_by is not None:
        standing, state = "revised", w.REVISED_BY(lang, record=entry.superseded_by)
    else:
        standing, state = "counts", w.COUNTS.zh if lang == "zh" else w.COUNTS.en  # the usual
    return HistoryLine(  # positional: a report of 10,000 goals makes 100,000 of these
        entry.period.text,
        quantity(record.value, record.unit, lang, noun_en, "typed"),
        record.recorded_at[:10],
        record.id,
        record.source,
        record.note,
        state,
        standing,
        standing == "counts",
    )


def chart(row: TargetRow, lang: Lang) -> Chart | None:
    """The figures that count, by period, with the baseline first; None before any is recorded."""
    if not row.points:
        return None
    by_period = {p.period: p.value for p in row.points}
    baseline = row.baseline
    if baseline is not None:
        by_period.setdefault(baseline.period, baseline.value)
    ordered = sorted(by_period.items())
    periods = [period for period, _ in ordered]
    return Chart(
        title=_name(row, lang),
        unit=row.target.unit,
        periods=[period.text for period in periods],
        values=[value for _, value in ordered],
        target=row.target.target,
        baseline_index=periods.index(baseline.period) if baseline is not None else None,
    )


def goal_view(row: TargetRow, registry: Registry, lang: Lang) -> GoalView:
    """Everything a reader is shown about one goal, worded in ``lang``."""
    t = row.target
    head = headline(row, lang)
    document = registry.sources.get(t.source.document)
    cluster = registry.clusters.get(t.cluster)
    region = registry.regions.get(t.region)
    return GoalView(
        id=row.id,
        name=_name(row, lang),
        cluster=(cluster.name if lang == "zh" else cluster.name_en) if cluster else t.cluster,
        region=(region.name if lang == "zh" else region.name_en) if region else t.region,
        status=row.status,
        status_label=status_text(row.status, lang),
        meaning=row_meaning(row, lang),
        why=explain(row, lang),
        headline=head,
        figures=figures(row, lang, head),
        approximate=row.progress is not None and Note.BASELINE_APPROXIMATE in row.notes,
        notes=note_texts(row.notes, lang),
        assumptions=list(t.assumptions),
        remark=t.note,
        history=[history_line(e, lang, t.unit_en) for e in row.history],
        chart=chart(row, lang),
        source=SourceView(
            document=document.title if document else t.source.document,
            publisher=document.publisher if document else "",
            date=document.date if document else "",
            url=document.url if document else "",
            quote=t.source.quote,
        ),
    )


# ------------------------------------------------------------------ the report


def findings(progress: Progress, lang: Lang) -> list[Finding]:
    rows = progress.targets
    met = [_name(r, lang) for r in rows if r.status is Status.ACHIEVED]
    missed = [_name(r, lang) for r in rows if r.status is Status.MISSED]
    behind_rows = sorted(
        (r for r in rows if r.status in _BEHIND_STATUSES and r.growth_ratio is not None),
        key=lambda r: (r.growth_ratio, r.pace_gap if r.pace_gap is not None else 0.0, r.id),
    )[:BEHIND_COUNT]
    behind = [
        w.BEHIND_DETAIL(
            lang, name=_name(r, lang), progress=progress_text(r), pace=points(r.pace_gap, lang)
        )
        for r in behind_rows
    ]
    missing = [_name(r, lang) for r in rows if is_missing(r)]
    stale = []
    for r in rows:
        if is_stale(r, progress.as_of):
            assert r.latest is not None
            stale.append(w.IN_PERIOD(lang, value=_name(r, lang), period=r.latest.period.text))
    result = [
        Finding(w.FINDING_MET(lang), met),
        Finding(w.FINDING_BEHIND(lang), behind),
        Finding(w.FINDING_MISSED(lang), missed),
        Finding(w.FINDING_MISSING(lang), missing),
        Finding(w.FINDING_STALE(lang), stale),
    ]
    if progress.orphans:
        ids = sorted({r.target for r in progress.orphans})
        result.append(Finding(w.FINDING_ORPHANS(lang), ids))
    return result


# The cluster tables: the headline (progress beside time elapsed) before the other figures.
_CLUSTER_COLUMNS = (
    w.GOAL, w.TARGET, w.BASELINE, w.LATEST, w.PROGRESS, w.ELAPSED, w.PACE_GAP, w.GROWTH_RATIO,
    w.STATUS,
)  # fmt: skip
# Cells of the cluster tables that hold numbers (aligned right in HTML).
CLUSTER_NUMBERS = frozenset({4, 5, 7})


def _cluster_row(row: TargetRow, goal: GoalView, lang: Lang) -> list[str]:
    """The goal's row in its cluster's table: the figures its view already wrote."""
    shown = {f.key: f.text for f in goal.figures}
    return [
        goal.name,
        shown["target"],
        shown["baseline"],
        latest_text(row, lang),  # without its source
        shown["progress"],
        shown["elapsed"],
        shown["pace_gap"],
        shown["growth_ratio"],
        goal.status_label,
    ]


def _record_sources(progress: Progress, lang: Lang) -> list[SourceLine]:
    names: dict[str, str] = {}
    backing: dict[str, dict[str, list[str]]] = {}  # source -> goal id -> periods
    for row in progress.targets:
        names[row.id] = _name(row, lang)
        for p in row.points:
            if p.record is not None:
                key = " ".join(p.record.source.split())
                backing.setdefault(key, {}).setdefault(row.id, []).append(p.period.text)
    for ind in progress.indicators:
        names[ind.id] = ind.indicator.name if lang == "zh" else ind.indicator.name_en
        for p in ind.points:
            if p.record is not None:
                key = " ".join(p.record.source.split())
                backing.setdefault(key, {}).setdefault(ind.id, []).append(p.period.text)
    joiner = w.ENUMERATION(lang)
    lines = []
    for source in sorted(backing):
        backs = [
            w.IN_PERIOD(lang, value=names.get(key, key), period=joiner.join(sorted(periods)))
            for key, periods in sorted(backing[source].items())
        ]
        lines.append(SourceLine(source or w.NO_SOURCE(lang), backs))
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
        (w.AS_OF(lang), as_of),
        (w.REGISTRY(lang), origin.registry),
        (w.LEDGER(lang), origin.ledger),
    ]
    if filters:
        meta.append((w.FILTERS(lang), "; ".join(filters)))
    counts = progress.summary
    summary = [(s, status_text(s, lang), counts[s]) for s in STATUS_ORDER]
    goals = [goal_view(r, registry, lang) for r in progress.targets]
    by_cluster: dict[str, list[tuple[Status, list[str]]]] = {}
    for row, goal in zip(progress.targets, goals, strict=True):
        by_cluster.setdefault(row.target.cluster, []).append(
            (row.status, _cluster_row(row, goal, lang))
        )
    header = [phrase(lang) for phrase in _CLUSTER_COLUMNS]
    clusters = []
    for key, label in registry.clusters.items():
        if key in by_cluster:
            name = label.name if lang == "zh" else label.name_en
            clusters.append(ClusterTable(key, name, header, by_cluster[key]))
    context = []
    for ind in progress.indicators:
        i = ind.indicator
        latest = point_quantity(ind.latest, i.unit, lang, i.unit_en)
        cells = [
            i.name if lang == "zh" else i.name_en,
            _in_period(latest, ind.latest.period.text, lang),
            growth_percent(ind.growth),
            status_text(ind.status, lang),
            explain_indicator(ind, lang),
        ]
        context.append((ind.status, cells))
    context_header = [p(lang) for p in (w.INDICATOR, w.LATEST, w.GROWTH, w.STATUS, w.WHY)]
    legend = [
        (s, STATUS_LABELS[s].symbol, STATUS_LABELS[s].word(lang), meaning(s, lang))
        for s in STATUS_ORDER
    ]
    return Report(
        lang=lang,
        title=w.TITLE(lang),
        subtitle=registry.title,
        as_of=as_of,
        meta=meta,
        summary=summary,
        total=len(progress.targets),
        findings=findings(progress, lang),
        clusters=clusters,
        approximate=w.APPROXIMATE_MARK(lang) if any(g.approximate for g in goals) else "",
        goals=goals,
        context_header=context_header,
        context=context,
        legend=legend,
        terms=[(term(lang), means(lang)) for term, means in TERMS],
        method=w.METHOD_TEXT(lang, on=ratio(ON_TRACK_RATIO)),
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
