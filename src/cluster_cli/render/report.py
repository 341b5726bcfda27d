"""The report: what it says, in plain text, before any format is applied.

:func:`build` makes a :class:`Report`, which the Markdown and HTML renderers lay out; the CSV
writes the engine's rows it carries. Every string is plain, unescaped text: names, notes,
sources and quotes come straight from the registry and the ledger, and each renderer escapes
all of it for its own format. Pure and deterministic: the same assessment, registry and language
give the same report; the only date in it is the as-of date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import NamedTuple, Protocol

from cluster_cli.engine.assess import ON_TRACK_RATIO, STATUS_ORDER, Assessment, GoalRow, Status
from cluster_cli.engine.models import Registry
from cluster_cli.engine.results import attention_key, most_in_need
from cluster_cli.i18n import Lang, Phrase
from cluster_cli.i18n import words as w
from cluster_cli.render import SHOWN_BY_DEFAULT
from cluster_cli.render.indicators import explain_indicator, indicator_growth
from cluster_cli.render.jsondoc import Origin
from cluster_cli.render.labels import (
    STATUS_LABELS,
    meaning,
    point_quantity,
    points,
    rate_average,
    ratio,
    row_status_text,
    status_text,
    title_in,
)
from cluster_cli.render.view import (
    GoalView,
    baseline_text,
    goal_name,
    goal_view,
    headline,
    in_period,
    latest_text,
    progress_text,
    target_text,
)

# A figure whose period ended more than this many months before the as-of date is stale.
STALE_MONTHS = 18
# How many goals the summary names as furthest behind.
BEHIND_COUNT = 3

_BEHIND_STATUSES = (Status.DETERIORATING, Status.LIMITED_PROGRESS, Status.NEEDS_ACCELERATION)

# The terms a reader needs to read the figures, for the legend under the method.
TERMS: tuple[tuple[Phrase, Phrase], ...] = (
    (w.PROGRESS, w.MEANS_PROGRESS),
    (w.ELAPSED, w.MEANS_ELAPSED),
    (w.PACE_GAP, w.MEANS_PACE_GAP),
    (w.ATTAINMENT, w.MEANS_ATTAINMENT),
    (w.GROWTH_RATIO, w.MEANS_GROWTH_RATIO),
)


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
    goals: list[GoalView]  # the goals detailed (:func:`~cluster_cli.engine.results.most_in_need`)
    details_note: str  # why some goals are not detailed, when some are not; else ""
    context_header: list[str]
    context: list[tuple[Status, list[str]]]
    legend: list[tuple[Status, str, str, str]]  # status, symbol, word, meaning
    terms: list[tuple[str, str]]  # term, what it means
    method: str
    record_sources: list[SourceLine]
    documents: list[str]
    filters: list[str]
    # The engine's rows behind the report, for a format that gives the figures themselves (CSV).
    rows: list[GoalRow]


def months_between(earlier: dt.date, later: dt.date) -> int:
    return (later.year - earlier.year) * 12 + later.month - earlier.month


def is_missing(row: GoalRow) -> bool:
    """No figure at all, or none after the baseline."""
    if row.latest is None:
        return True
    return row.baseline is not None and row.latest.period.t <= row.baseline.period.t


def is_stale(row: GoalRow, as_of: dt.date) -> bool:
    """The latest figure ended more than STALE_MONTHS before the as-of date (final ones aside)."""
    if row.latest is None or is_missing(row) or row.final:
        return False
    return months_between(row.latest.period.end_date, as_of) > STALE_MONTHS


def _behind(row: GoalRow) -> tuple[int, bool, float, float, str]:
    """The findings' order of the goals behind (deteriorating, limited progress, needs
    acceleration): worst first, by :func:`~cluster_cli.engine.results.attention_key`, then by
    id."""
    return (*attention_key(row), row.id)


def _behind_detail(row: GoalRow, lang: Lang) -> str:
    if row.growth_ratio is None and row.progress is None:  # no way to go: its status says all
        return w.BEHIND_STATUS(lang, name=goal_name(row, lang), status=row_status_text(row, lang))
    progress, pace = progress_text(row), points(row.pace_gap, lang)
    return w.BEHIND_DETAIL(lang, name=goal_name(row, lang), progress=progress, pace=pace)


# How many goals a finding names before it counts the rest: a summary, not the goals' list.
NAMED_AT_MOST = 10


def _named(items: list[str], lang: Lang) -> list[str]:
    if len(items) <= NAMED_AT_MOST:
        return items
    rest = len(items) - NAMED_AT_MOST
    return [*items[:NAMED_AT_MOST], w.AND_MORE(lang, count=rest)]


def findings(assessment: Assessment, lang: Lang) -> list[Finding]:
    rows = assessment.targets
    met = [goal_name(r, lang) for r in rows if r.status is Status.ACHIEVED]
    missed = [goal_name(r, lang) for r in rows if r.status is Status.MISSED]
    behind_rows = sorted((r for r in rows if r.status in _BEHIND_STATUSES), key=_behind)
    behind = [_behind_detail(r, lang) for r in behind_rows[:BEHIND_COUNT]]
    missing = [goal_name(r, lang) for r in rows if is_missing(r)]
    stale = []
    for r in rows:
        if is_stale(r, assessment.as_of):
            assert r.latest is not None
            stale.append(w.IN_PERIOD(lang, value=goal_name(r, lang), period=r.latest.period.text))
    result = [
        Finding(w.FINDING_MET(lang), _named(met, lang)),
        Finding(w.FINDING_BEHIND(lang), behind),
        Finding(w.FINDING_MISSED(lang), _named(missed, lang)),
        Finding(w.FINDING_MISSING(lang), _named(missing, lang)),
        Finding(w.FINDING_STALE(lang), _named(stale, lang)),
    ]
    if assessment.orphans:
        ids = sorted({r.goal_id for r in assessment.orphans})
        result.append(Finding(w.FINDING_ORPHANS(lang), ids))
    return result


# The cluster tables: the headline (progress beside time elapsed) before the other figures.
_CLUSTER_COLUMNS = (
    w.GOAL, w.TARGET, w.BASELINE, w.LATEST, w.PROGRESS, w.ELAPSED, w.PACE_GAP, w.GROWTH_RATIO,
    w.STATUS,
)  # fmt: skip
# Cells of the cluster tables that hold numbers (aligned right in HTML).
CLUSTER_NUMBERS = frozenset({4, 5, 7})


def _cluster_row(row: GoalRow, lang: Lang) -> list[str]:
    """The goal's row in its cluster's table, in the words of its details (:mod:`view`)."""
    head = headline(row, lang)
    return [
        goal_name(row, lang),
        target_text(row, lang),
        baseline_text(row, lang),
        _latest_cell(row, lang),
        head[0].text,
        head[1].text,
        head[2].text,
        ratio(row.growth_ratio),
        row_status_text(row, lang),
    ]


def _latest_cell(row: GoalRow, lang: Lang) -> str:
    """The latest figure without its source; a rate goal's average so far, which its status
    rests on (its last year's rate alone would read against the status)."""
    average = rate_average(row, lang)
    if average is None:
        return latest_text(row, lang)
    text, years = average
    return w.IN_YEAR(lang, value=text, period=years)  # a span of years too: （2024—2025年）


def _record_sources(assessment: Assessment, lang: Lang) -> list[SourceLine]:
    names: dict[str, str] = {}
    backing: dict[str, dict[str, list[str]]] = {}  # source -> goal id -> periods
    # Sources as written, with their spacing made one: a ledger holds few sources, each in
    # many records, so each is tidied once.
    tidy: dict[str, str] = {}
    rows = [(row.id, row.points) for row in assessment.targets]
    rows += [(ind.id, ind.points) for ind in assessment.indicators]
    for row in assessment.targets:
        names[row.id] = goal_name(row, lang)
    for ind in assessment.indicators:
        names[ind.id] = ind.indicator.name if lang == "zh" else ind.indicator.name_en
    for goal, points_ in rows:
        for p in points_:
            if p.record is not None:
                source = p.record.source
                key = tidy.get(source)
                if key is None:
                    key = tidy[source] = " ".join(source.split())
                backing.setdefault(key, {}).setdefault(goal, []).append(p.period.text)
    joiner = w.ENUMERATION(lang)
    lines = []
    for source in sorted(backing):
        backs = [
            w.IN_PERIOD(lang, value=names.get(key, key), period=joiner.join(sorted(periods)))
            for key, periods in sorted(backing[source].items())
        ]
        lines.append(SourceLine(source or w.NO_SOURCE(lang), backs))
    return lines


def _details_note(shown: int, total: int, lang: Lang) -> str:
    if shown == total:
        return ""
    if shown == 0:
        return w.DETAILS_NONE(lang)
    return w.DETAILS_SOME(lang, count=f"{shown:,}", total=f"{total:,}")


def _documents(assessment: Assessment, registry: Registry) -> list[str]:
    used = {row.goal.source.document for row in assessment.targets}
    used |= {row.indicator.source.document for row in assessment.indicators}
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
    assessment: Assessment,
    origin: Origin,
    registry: Registry,
    lang: Lang,
    filters: list[str] | None = None,
    details: int | None = SHOWN_BY_DEFAULT,
) -> Report:
    as_of = assessment.as_of.isoformat()
    meta = [
        (w.AS_OF(lang), as_of),
        (w.REGISTRY(lang), origin.registry),
        (w.LEDGER(lang), origin.ledger),
    ]
    if filters:
        meta.append((w.FILTERS(lang), "; ".join(filters)))
    counts = assessment.summary
    summary = [(s, status_text(s, lang), counts[s]) for s in STATUS_ORDER]
    rows = assessment.targets
    goals = [goal_view(r, registry, lang) for r in most_in_need(rows, details)]
    by_cluster: dict[str, list[tuple[Status, list[str]]]] = {}
    for row in rows:
        by_cluster.setdefault(row.goal.cluster, []).append((row.status, _cluster_row(row, lang)))
    header = [phrase(lang) for phrase in _CLUSTER_COLUMNS]
    clusters = []
    for key, label in registry.clusters.items():
        if key in by_cluster:
            name = label.name if lang == "zh" else label.name_en
            clusters.append(ClusterTable(key, name, header, by_cluster[key]))
    context = []
    for ind in assessment.indicators:
        i = ind.indicator
        latest = in_period(
            point_quantity(ind.latest, i.unit, lang, i.unit_en), ind.latest.period.text, lang
        )
        record = ind.latest.record
        if record is not None:  # a report has no history of context figures: where it is from
            if record.source:
                latest = w.SOURCE_OF(lang, value=latest, source=record.source)
            if record.note:  # 预计数: an estimate read as a final figure otherwise
                latest = w.NOTE_OF(lang, value=latest, note=record.note)
        cells = [
            i.name if lang == "zh" else i.name_en,
            latest,
            indicator_growth(ind, lang, signed=True),
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
        subtitle=title_in(registry.title, lang),  # the part in the report's language
        as_of=as_of,
        meta=meta,
        summary=summary,
        total=len(assessment.targets),
        findings=findings(assessment, lang),
        clusters=clusters,
        approximate=w.APPROXIMATE_MARK(lang) if any(row.approximate for row in rows) else "",
        goals=goals,
        details_note=_details_note(len(goals), len(rows), lang),
        context_header=context_header,
        context=context,
        legend=legend,
        terms=[(term(lang), means(lang)) for term, means in TERMS],
        method=w.METHOD_TEXT(lang, on=ratio(ON_TRACK_RATIO)),
        record_sources=_record_sources(assessment, lang),
        documents=_documents(assessment, registry),
        filters=list(filters or []),
        rows=list(assessment.targets),
    )


class Renderer(Protocol):
    """What ``cluster-cli report`` calls for the Markdown, HTML and CSV formats."""

    def __call__(
        self,
        assessment: Assessment,
        origin: Origin,
        registry: Registry,
        lang: Lang,
        filters: list[str] | None = None,
        details: int | None = SHOWN_BY_DEFAULT,
    ) -> str: ...


def renderer(layout: Callable[[Report], str]) -> Renderer:
    """The ``render`` entry point of a format that lays out a :class:`Report`."""

    def render(
        assessment: Assessment,
        origin: Origin,
        registry: Registry,
        lang: Lang,
        filters: list[str] | None = None,
        details: int | None = SHOWN_BY_DEFAULT,
    ) -> str:
        return layout(build(assessment, origin, registry, lang, filters, details))

    return render
