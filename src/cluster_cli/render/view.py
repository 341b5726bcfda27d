"""What a reader is shown about one goal, in plain text, before any format is applied.

The goal view
-------------
:func:`goal_view` turns one engine row into a :class:`GoalView`: everything a reader is shown
about a goal, already worded in one language, for every format to lay out as it likes.

``id``, ``name``, ``cluster``, ``region``
    who the goal is.
``status``, ``status_label`` (symbol and word: ``! 需加快``; ``! 需加快（暂定）`` when the deadline
    passed without its figure and the status follows the trend), ``meaning`` (what the status means
    by the measure that decided it), ``why`` (one sentence with the figures that decided it).
``headline``
    the headline figures, in order: :data:`PROGRESS` (assessment, ``≈`` in front when measured
    from an approximate baseline), time elapsed, and the pace gap between them.
``figures``
    every figure as a :class:`Figure` (``key``, ``label``, ``text``); the keys are those of
    :mod:`cluster_cli.render.fields`, so a format can pick figures by key. The first ones are
    every goal's (:data:`FIGURE_KEYS`, in order); then, where the goal has them, when the target
    was reached (``reached``), the newest figure after the deadline (``newest``) and a maintain
    goal's band (``band``).
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

The report built from these views is :mod:`cluster_cli.render.report`.
"""

from __future__ import annotations

from typing import NamedTuple

from cluster_cli.engine.assess import (
    GoalRow,
    Note,
    Status,
)
from cluster_cli.engine.history import Entry
from cluster_cli.engine.models import Qualifier, Registry, prose
from cluster_cli.i18n import Lang
from cluster_cli.i18n import words as w
from cluster_cli.render.labels import (
    average_text,
    band_bounds,
    difference,
    explain,
    met_percent,
    needed_rate,
    percent,
    point_quantity,
    points,
    quantity,
    ratio,
    row_meaning,
    row_status_text,
)
from cluster_cli.render.notes import note_texts
from cluster_cli.render.numbers import plain
from cluster_cli.render.numbers import quantity as numbers_quantity

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
    baseline_qualifier: Qualifier = "exact"  # "over": the plan's "over 1000", kept in labels


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


# ------------------------------------------------------------------ one goal


def goal_name(row: GoalRow, lang: Lang) -> str:
    return row.goal.name if lang == "zh" else row.goal.name_en


def in_period(text: str, period: str, lang: Lang) -> str:
    return (w.IN_YEAR if period.isdigit() else w.IN_PERIOD)(lang, value=text, period=period)


def target_text(row: GoalRow, lang: Lang) -> str:
    t = row.goal
    return w.BY_YEAR(
        lang, value=quantity(t.target, t.unit, lang, t.unit_en, "typed"), year=t.deadline
    )


def baseline_text(row: GoalRow, lang: Lang) -> str:
    if row.baseline is None:
        return "—"
    t = row.goal
    text = point_quantity(row.baseline, t.unit, lang, t.unit_en)
    return in_period(text, row.baseline.period.text, lang)


def latest_text(row: GoalRow, lang: Lang) -> str:
    if row.latest is None:
        return "—"
    t = row.goal
    text = point_quantity(row.latest, t.unit, lang, t.unit_en)
    return in_period(text, row.latest.period.text, lang)


def progress_text(row: GoalRow) -> str:
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
_KEYS = FIGURE_KEYS = tuple(key for key, _ in _FIGURES)  # every goal's first figures, in order
# tuple.__new__ skips the named tuple's own __new__ (a Python call): a third less time for the
# 150,000 figures of a report of 10,000 goals.
_new = tuple.__new__
_LABELS = {lang: tuple(label(lang) for _, label in _FIGURES) for lang in ("zh", "en")}
# A rate goal's required growth is its target: labelled so, not "from the baseline".
_RATE_FIGURES = tuple(
    (key, w.REQUIRED_RATE if key == "required_growth" else label) for key, label in _FIGURES
)
_RATE_LABELS = {lang: tuple(label(lang) for _, label in _RATE_FIGURES) for lang in ("zh", "en")}
# A goal to go down still needs a decrease a year, not a negative increase.
_DECREASE_FIGURES = tuple(
    (key, w.NEEDED_DECREASE_PER_YEAR if key == "needed_per_year" else label)
    for key, label in _FIGURES
)
_DECREASE_LABELS = {
    lang: tuple(label(lang) for _, label in _DECREASE_FIGURES) for lang in ("zh", "en")
}


def headline(row: GoalRow, lang: Lang) -> list[Figure]:
    texts = (progress_text(row), percent(row.elapsed), points(row.pace_gap, lang))
    return [_new(Figure, f) for f in zip(_KEYS[3:6], _LABELS[lang][3:6], texts, strict=True)]


def figures(row: GoalRow, lang: Lang, head: list[Figure] | None = None) -> list[Figure]:
    """Every figure of the goal; ``head``: its :func:`headline`, when already written."""
    t = row.goal
    unit, noun = t.unit, t.unit_en
    falling = t.direction == "decrease"
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
        # A rate goal's observed growth is its average of typed rates: written as its sentence
        # writes it (4.4988 is 4.5%, and 3.645 is 3.65%, not 3.6%).
        average_text(row, lang) if row.average is not None else percent(row.actual_growth),
        # A rate goal's required growth is its target, typed: 3.25%, never 3.2%.
        quantity(t.target, "%", lang, "", "typed")
        if t.kind == "rate"
        else percent(row.required_growth),
        ratio(row.growth_ratio),
        needed_rate(row),
        # Less is better: what must still go each year, as the decrease it is.
        difference(
            abs(row.needed_per_year) if falling and row.needed_per_year else row.needed_per_year,
            unit,
            lang,
            noun,
            "up",
        ),
        quantity(row.projected, unit, lang, noun),
        (w.YES if row.final else w.NO)(lang),
    )
    labels = (_RATE_LABELS if t.kind == "rate" else _DECREASE_LABELS if falling else _LABELS)[lang]
    shown = [_new(Figure, f) for f in zip(_KEYS, labels, texts, strict=True)]
    if _reached_news(row) or row.newest is not row.latest or row.band:
        shown += _later_figures(row, lang)
    return shown


def _reached_news(row: GoalRow) -> bool:
    """When the target was first met says more than the status: it was met but no longer is,
    or met only after the deadline."""
    reached = row.reached
    if reached is None:
        return False
    return row.status is not Status.ACHIEVED or row.latest is None or row.latest.period != reached


def _later_figures(row: GoalRow, lang: Lang) -> list[Figure]:
    """The figures only some goals have: when the target was reached, the newest figure after
    the deadline, a maintain goal's band. (A rate goal's average so far is its observed growth,
    among every goal's figures.)"""
    t = row.goal
    extra = []
    if row.reached is not None and _reached_news(row):
        reached = w.REACHED_IN_YEAR if row.reached.is_year else w.REACHED_IN_PERIOD
        extra.append(Figure("reached", w.REACHED(lang), reached(lang, period=row.reached.text)))
    newest = row.newest
    if newest is not None and (row.latest is None or newest.period.t > row.latest.period.t):
        text = in_period(point_quantity(newest, t.unit, lang, t.unit_en), newest.period.text, lang)
        extra.append(Figure("newest", w.NEWEST(lang), text))
    if row.band is not None:
        extra.append(Figure("band", w.BAND(lang), w.BAND_RANGE(lang, **band_bounds(row, lang))))
    return extra


_COUNTS = {"zh": w.COUNTS("zh"), "en": w.COUNTS("en")}


def history_line(entry: Entry, lang: Lang, noun_en: str) -> HistoryLine:
    record = entry.record
    if entry.retracted_by is not None:
        standing, state = "retracted", w.RETRACTED_BY(lang, record=entry.retracted_by)
    elif entry.superseded_by is not None:
        standing, state = "revised", w.REVISED_BY(lang, record=entry.superseded_by)
    else:
        standing, state = "counts", _COUNTS[lang]  # the usual
    line = (  # a report of 10,000 goals makes 100,000 of these
        entry.period.text,
        numbers_quantity(record.value, record.unit, lang, noun_en, "typed"),
        record.recorded_at[:10],
        record.id,
        record.source,
        record.note,
        state,
        standing,
        standing == "counts",
    )
    return _new(HistoryLine, line)


def chart(row: GoalRow, lang: Lang) -> Chart | None:
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
        title=goal_name(row, lang),
        unit=row.goal.unit,
        periods=[period.text for period in periods],
        values=[value for _, value in ordered],
        target=row.goal.target,
        baseline_index=periods.index(baseline.period) if baseline is not None else None,
        # a figure recorded for the base year replaces the plan's and is exact
        baseline_qualifier=baseline.qualifier if baseline is not None else "exact",
    )


def goal_view(row: GoalRow, registry: Registry, lang: Lang) -> GoalView:
    """Everything a reader is shown about one goal, worded in ``lang``."""
    t = row.goal
    head = headline(row, lang)
    document = registry.sources.get(t.source.document)
    cluster = registry.clusters.get(t.cluster)
    region = registry.regions.get(t.region)
    return GoalView(
        id=row.id,
        name=goal_name(row, lang),
        cluster=(cluster.name if lang == "zh" else cluster.name_en) if cluster else t.cluster,
        region=(region.name if lang == "zh" else region.name_en) if region else t.region,
        status=row.status,
        status_label=row_status_text(row, lang),
        meaning=row_meaning(row, lang),
        why=explain(row, lang),
        headline=head,
        figures=figures(row, lang, head),
        approximate=row.approximate,
        notes=note_texts(row.notes, lang, row),
        assumptions=[prose(a, lang) for a in t.assumptions],
        remark=prose(t.note, lang),
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
