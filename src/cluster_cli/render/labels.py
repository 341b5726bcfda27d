"""Statuses, notes and the sentences that explain them, shared by every renderer.

The words come from the catalogue :mod:`cluster_cli.i18n.words`, the numbers from
:mod:`cluster_cli.render.numbers`. A status is always shown as a word and a symbol as well as a
colour, never by colour alone. Figures a status depends on are cut, never rounded across the
threshold that decided it (see :mod:`cluster_cli.render.numbers`).
"""

from __future__ import annotations

from typing import NamedTuple

from cluster_cli.engine.assess import (
    ACCELERATION_RATIO,
    ON_TRACK_RATIO,
    GoalRow,
    Note,
    Point,
    Status,
    is_cap,
)
from cluster_cli.i18n import Lang, Phrase
from cluster_cli.i18n import words as w
from cluster_cli.render import numbers
from cluster_cli.render.numbers import Rounding


class StatusLabel(NamedTuple):
    phrase: Phrase
    symbol: str
    colour: str  # a Rich colour name; also used for CSS classes by its status id

    @property
    def zh(self) -> str:
        return self.phrase.zh

    @property
    def en(self) -> str:
        return self.phrase.en

    def word(self, lang: Lang) -> str:
        return self.phrase(lang)


STATUS_LABELS: dict[Status, StatusLabel] = {
    Status.ACHIEVED: StatusLabel(w.ACHIEVED, "✓", "green"),
    Status.ON_TRACK: StatusLabel(w.ON_TRACK, "+", "green"),
    Status.NEEDS_ACCELERATION: StatusLabel(w.NEEDS_ACCELERATION, "!", "yellow"),
    Status.LIMITED_PROGRESS: StatusLabel(w.LIMITED_PROGRESS, "~", "dark_orange"),
    Status.DETERIORATING: StatusLabel(w.DETERIORATING, "-", "red"),
    Status.MISSED: StatusLabel(w.MISSED, "✗", "red"),
    Status.INSUFFICIENT_DATA: StatusLabel(w.INSUFFICIENT_DATA, "?", "bright_black"),
}

_PHRASES = {status: label.phrase for status, label in STATUS_LABELS.items()}
PROVISIONAL_PHRASES = {
    status: Phrase(
        w.PROVISIONAL_STATUS("zh", status=label.zh), w.PROVISIONAL_STATUS("en", status=label.en)
    )
    for status, label in STATUS_LABELS.items()
}

# What a ratio status means, for goals judged by growth rates and for counts judged by 时序进度.
_BY_GROWTH: dict[Status, Phrase] = {
    Status.ON_TRACK: w.BY_GROWTH_ON_TRACK,
    Status.NEEDS_ACCELERATION: w.BY_GROWTH_NEEDS_ACCELERATION,
    Status.LIMITED_PROGRESS: w.BY_GROWTH_LIMITED,
}
_BY_PACE: dict[Status, Phrase] = {
    Status.ON_TRACK: w.BY_PACE_ON_TRACK,
    Status.NEEDS_ACCELERATION: w.BY_PACE_NEEDS_ACCELERATION,
    Status.LIMITED_PROGRESS: w.BY_PACE_LIMITED,
}
_MEANING: dict[Status, Phrase] = {
    Status.ACHIEVED: w.MEANS_ACHIEVED,
    Status.DETERIORATING: w.MEANS_DETERIORATING,
    Status.MISSED: w.MEANS_MISSED,
    Status.INSUFFICIENT_DATA: w.MEANS_INSUFFICIENT_DATA,
}
_THRESHOLDS = {"on": f"{ON_TRACK_RATIO:.0%}", "acc": f"{ACCELERATION_RATIO:.0%}"}


NOTE_TEXT: dict[Note, Phrase] = {
    Note.BASELINE_APPROXIMATE: w.NOTE_BASELINE_APPROXIMATE,
    Note.BASELINE_FROM_LEDGER: w.NOTE_BASELINE_FROM_LEDGER,
    Note.BASELINE_FROM_FIRST_VALUE: w.NOTE_BASELINE_FROM_FIRST_VALUE,
    Note.VALUES_BEFORE_BASELINE: w.NOTE_VALUES_BEFORE_BASELINE,
    Note.PROVISIONAL_DEADLINE_PASSED: w.NOTE_PROVISIONAL_DEADLINE_PASSED,
    Note.UNIT_MISMATCH_IGNORED: w.NOTE_UNIT_MISMATCH_IGNORED,
    Note.GROWTH_FROM_SOURCE: w.NOTE_GROWTH_FROM_SOURCE,
    Note.GROWTH_IS_VALUE: w.NOTE_GROWTH_IS_VALUE,
    Note.VALUES_AFTER_DEADLINE: w.NOTE_VALUES_AFTER_DEADLINE,
    Note.VALUES_OUTSIDE_PLAN: w.NOTE_VALUES_OUTSIDE_PLAN,
    Note.ABOVE_BAND: w.NOTE_ABOVE_BAND,  # {low}, {high}: the band, in the goal's unit
    Note.BELOW_BAND: w.NOTE_BELOW_BAND,
    Note.OVER_CAP: w.NOTE_OVER_CAP,
    Note.ABOVE_CEILING: w.NOTE_ABOVE_CEILING,
    Note.BELOW_FLOOR: w.NOTE_BELOW_FLOOR,
    Note.IMPLAUSIBLE_PERIOD_IGNORED: w.NOTE_IMPLAUSIBLE_PERIOD_IGNORED,
    Note.COUNT_NOT_WHOLE_IGNORED: w.NOTE_COUNT_NOT_WHOLE_IGNORED,
    Note.BASELINE_MET_TARGET: w.NOTE_BASELINE_MET_TARGET,
    Note.RATE_BELOW_FLOOR_IGNORED: w.NOTE_RATE_BELOW_FLOOR_IGNORED,
    Note.DEADLINE_YEAR_RUNNING: w.NOTE_DEADLINE_YEAR_RUNNING,
    Note.PLAN_YEARS_MISSING: w.NOTE_PLAN_YEARS_MISSING,
    Note.DEADLINE_FIGURE_EARLY: w.NOTE_DEADLINE_FIGURE_EARLY,
    Note.DEADLINE_FIGURE_ESTIMATE: w.NOTE_DEADLINE_FIGURE_ESTIMATE,
}

QUALIFIERS: dict[str, Phrase] = {"over": w.OVER, "about": w.ABOUT, "under": w.UNDER}


def meaning(status: Status, lang: Lang) -> str:
    """What a status means, for the legend: by growth, or by 时序进度 where growth is undefined."""
    if status in _BY_GROWTH:
        growth = _BY_GROWTH[status](lang, **_THRESHOLDS)
        pace = _BY_PACE[status](lang, **_THRESHOLDS)
        return w.BY_GROWTH_OR_PACE(lang, growth=growth, pace=pace)
    return _MEANING[status](lang)


def _met_so_far(row: GoalRow) -> bool:
    """The deadline year's figure so far meets a goal it cannot settle yet (a ceiling, a share:
    the year may take it back)."""
    return (
        row.status is Status.ON_TRACK
        and row.gap == 0
        and row.goal.kind != "rate"
        and Note.DEADLINE_YEAR_RUNNING in row.notes
    )


def row_meaning(row: GoalRow, lang: Lang) -> str:
    """What the goal's status means, by the measure that decided it: growth or pace; for a
    goal to stay within a band, the band; for a rate to stay above or below, the rate."""
    if row.band is not None and row.status in (Status.ON_TRACK, Status.NEEDS_ACCELERATION):
        inside = row.status is Status.ON_TRACK
        return (w.MEANS_IN_BAND if inside else w.MEANS_OUT_OF_BAND)(lang)
    if is_cap(row.goal) and row.status in (Status.ON_TRACK, Status.NEEDS_ACCELERATION):
        under = row.status is Status.ON_TRACK
        return (w.MEANS_UNDER_CAP if under else w.MEANS_OVER_CAP)(lang)
    if _met_so_far(row):
        return w.MEANS_MET_SO_FAR(lang)
    if row.goal.kind == "rate" and row.growth_ratio is None and row.status in _BY_GROWTH:
        met = row.status is Status.ON_TRACK
        return (w.MEANS_RATE_MET if met else w.MEANS_RATE_NOT_MET)(lang)
    if row.status in _BY_GROWTH:
        by_growth = row.actual_growth is not None and row.required_growth is not None
        return (_BY_GROWTH if by_growth else _BY_PACE)[row.status](lang, **_THRESHOLDS)
    return _MEANING[row.status](lang)


def status_text(status: Status, lang: Lang, symbol: bool = True, provisional: bool = False) -> str:
    """``! 需加快``; ``provisional``: a verdict on trend alone, ``! 需加快（暂定）``."""
    label = STATUS_LABELS[status]
    word = (PROVISIONAL_PHRASES if provisional else _PHRASES)[status](lang)
    return f"{label.symbol} {word}" if symbol else word


# Why a status is not final where a final one is due or claimed: the deadline passed without
# its year's figure, the deadline year is not over, its figure is one so far or an estimate, a
# rate goal lacks years of its plan.
PROVISIONAL_NOTES = (
    Note.PROVISIONAL_DEADLINE_PASSED,
    Note.DEADLINE_YEAR_RUNNING,
    Note.DEADLINE_FIGURE_EARLY,
    Note.DEADLINE_FIGURE_ESTIMATE,
    Note.PLAN_YEARS_MISSING,
)


def provisional_note(row: GoalRow) -> Note | None:
    """The note that makes the goal's status provisional, if any."""
    return next((note for note in PROVISIONAL_NOTES if note in row.notes), None)


def is_provisional(row: GoalRow) -> bool:
    """The status follows the trend where a verdict would be expected: marked provisional."""
    return provisional_note(row) is not None


def row_status_text(row: GoalRow, lang: Lang, symbol: bool = True) -> str:
    """The goal's status as shown wherever a status is shown: for a goal to stay within bounds
    and out of them, which side it is on (``! 需加快（高于区间）``); marked when provisional."""
    side = side_of(row)
    if side is None:
        return status_text(row.status, lang, symbol, is_provisional(row))
    word = w.STATUS_SIDE(lang, status=_PHRASES[row.status](lang), side=side(lang))
    if is_provisional(row):
        word = w.PROVISIONAL_STATUS(lang, status=word)
    label = STATUS_LABELS[row.status]
    return f"{label.symbol} {word}" if symbol else word


def side_of(row: GoalRow) -> Phrase | None:
    """Which bound a goal to stay within (a band, a cap, a rate's floor or ceiling) is past;
    None for any other goal, or one within its bounds."""
    if row.status not in (Status.NEEDS_ACCELERATION, Status.MISSED):
        return None
    for note, side in _SIDES.items():
        if note in row.notes:
            return side
    return None


# The notes that say which bound a goal is past, and the words its status says it with.
_SIDES = {
    Note.ABOVE_BAND: w.SIDE_ABOVE_BAND,
    Note.BELOW_BAND: w.SIDE_BELOW_BAND,
    Note.OVER_CAP: w.SIDE_OVER_CAP,
    Note.ABOVE_CEILING: w.SIDE_ABOVE_CEILING,
    Note.BELOW_FLOOR: w.SIDE_BELOW_FLOOR,
}


def row_status_phrase(row: GoalRow) -> Phrase:
    """The status word in both languages (CSV), marked when provisional."""
    return (PROVISIONAL_PHRASES if is_provisional(row) else _PHRASES)[row.status]


# 0.25 -> '25.0%'; None -> '—'. Rounded: for figures no status depends on. The numbers' own
# functions, not wrappers: a report of 10,000 goals calls them hundreds of thousands of times.
percent = numbers.percent


# The thresholds a goal's figures are compared with: met at 100% of the way (and of the target).
MET = (1.0,)


def met_percent(fraction: float | None, decimals: int = 1) -> str:
    """Progress or attainment: never "100.0%" for a goal not met (99.96% is "99.9%")."""
    return numbers.guarded_percent(fraction, MET, decimals)


ratio = numbers.ratio


def points(fraction: float | None, lang: Lang) -> str:
    """Pace gap in percentage points, with its direction in words; a goal a hair behind is
    "behind by 0.04 pp", never "on schedule". One decimal at least, as the percentages it is the
    difference of: 35.0% against 20.0% is "ahead by 15.0 pp"."""
    if fraction is None:
        return "—"
    pp = numbers.guarded_figure(fraction * 100, (0.0,), 1)
    if pp == "0":
        return w.ON_SCHEDULE(lang)
    if "." not in pp:
        pp += ".0"
    if pp.startswith("-"):
        return w.BEHIND(lang, points=pp[1:])
    return w.AHEAD(lang, points=pp)


quantity = numbers.quantity


def difference(
    value: float | None,
    unit_symbol: str,
    lang: Lang,
    noun_en: str = "",
    rounding: Rounding = "nearest",
) -> str:
    """A gap or a change: as :func:`quantity`, but a difference of percentages is in points.

    A goal of 5% with 8% recorded is 3 percentage points away, not "3%", which a reader
    would take as relative.
    """
    if value is None:
        return "—"
    if unit_symbol == "%":
        return w.POINTS(lang, points=numbers.figure(value, rounding))
    return numbers.quantity(value, unit_symbol, lang, noun_en, rounding)


def qualified(text: str, qualifier: str, lang: Lang) -> str:
    """A figure with the qualifier its source gives it: ``超过1,000`` / ``over 100``."""
    phrase = QUALIFIERS.get(qualifier)
    return phrase(lang, value=text) if phrase else text


def point_quantity(point: Point, unit_symbol: str, lang: Lang, noun_en: str = "") -> str:
    """A baseline or value as published, qualifier and all: ``超过1,000亿元`` / ``over 100
    billion yuan``."""
    text = numbers.quantity(point.value, unit_symbol, lang, noun_en, "typed")
    return qualified(text, point.qualifier, lang)


def explain(row: GoalRow, lang: Lang) -> str:
    """One sentence saying why the goal has its status, with the figures that decided it."""
    t = row.goal
    goal = numbers.quantity(t.target, t.unit, lang, t.unit_en, "typed")
    year = t.deadline
    status = row.status
    if status is Status.INSUFFICIENT_DATA and row.baseline is None and row.latest is not None:
        only = point_quantity(row.latest, t.unit, lang, t.unit_en)
        return w.WHY_ONE_FIGURE(lang, period=row.latest.period.text, value=only)
    if status is Status.INSUFFICIENT_DATA:
        return w.WHY_NO_FIGURE(lang, year=year, goal=goal)
    latest = row.latest
    assert latest is not None
    value = point_quantity(latest, t.unit, lang, t.unit_en)
    period = period_words(latest.period.text, lang)
    word = row_status_text(row, lang, symbol=False)
    if row.band is not None:
        sentence = _explain_band(row, row.band, lang, value, word)
    elif is_cap(t) and status in (Status.ON_TRACK, Status.NEEDS_ACCELERATION, Status.MISSED):
        under = status is Status.ON_TRACK  # missed: over the cap when the deadline's figure is in
        why = w.WHY_UNDER_CAP if under else w.WHY_OVER_CAP
        gap = difference(row.gap, t.unit, lang, t.unit_en, "up")
        sentence = why(lang, period=period, value=value, year=year, goal=goal, gap=gap, status=word)
    elif t.kind == "rate":
        sentence = _explain_rate(row, lang, goal, word)
    elif _met_so_far(row):
        return w.WHY_MET_SO_FAR(lang, period=period, value=value, year=year, goal=goal, status=word)
    elif status is Status.ACHIEVED:
        return w.WHY_ACHIEVED(lang, period=period, value=value, year=year, goal=goal)
    elif status is Status.MISSED:
        gap = difference(row.gap, t.unit, lang, t.unit_en, "up")
        sentence = w.WHY_MISSED(lang, period=period, value=value, year=year, goal=goal, gap=gap)
        if row.reached is not None and row.reached.t > year:
            sentence += w.SENTENCE_JOINER(lang) + w.WHY_REACHED_LATE(
                lang, period=period_words(row.reached.text, lang)
            )
        return sentence
    elif status is Status.DETERIORATING and Note.BASELINE_MET_TARGET in row.notes:
        baseline = row.baseline
        assert baseline is not None
        sentence = w.WHY_LEFT_TARGET(
            lang,
            base_period=baseline.period.text,
            base=point_quantity(baseline, t.unit, lang, t.unit_en),
            period=period,
            value=value,
            year=year,
            goal=goal,
            status=word,
        )
    elif row.actual_growth is not None and row.required_growth is not None:
        sentence = _explain_growth(
            row.actual_growth, row.required_growth, lang, ratio(row.growth_ratio), goal, year, word
        )
    else:
        sentence = w.WHY_BY_PACE(
            lang,
            progress=met_percent(row.progress),
            elapsed=percent(row.elapsed),
            ratio=ratio(row.growth_ratio),
            status=word,
        )
        if t.kind == "share" and row.gap:  # a share's gap is in percentage points
            gap = difference(row.gap, t.unit, lang, t.unit_en, "up")
            share = w.WHY_SHARE(lang, period=period, value=value, year=year, goal=goal, gap=gap)
            sentence = share + w.SENTENCE_JOINER(lang) + sentence
    why_provisional = provisional_note(row)
    if why_provisional is not None:
        sentence += w.SENTENCE_JOINER(lang) + NOTE_TEXT[why_provisional](lang)
    return sentence


def _explain_growth(
    actual: float, required: float, lang: Lang, by: str, goal: str, year: int, word: str
) -> str:
    """Growth observed against growth needed; a figure to bring down is told in falls
    (年均下降5.1%, as Chinese reports write it), not as negative growth."""
    if required >= 0:
        return w.WHY_BY_GROWTH(
            lang,
            actual=percent(actual),
            required=percent(required),
            ratio=by,
            goal=goal,
            year=year,
            status=word,
        )
    if actual < 0:
        return w.WHY_BY_FALL(
            lang,
            actual=percent(-actual),
            required=percent(-required),
            ratio=by,
            goal=goal,
            year=year,
            status=word,
        )
    return w.WHY_RISE_NOT_FALL(
        lang,
        actual=percent(actual),
        required=percent(-required),
        goal=goal,
        year=year,
        status=word,
    )


def period_words(period: str, lang: Lang) -> str:
    """A period as a sentence names it: ``2025年`` for a year, a date as it is (never
    ``2025-06-30年``)."""
    return w.YEAR_PERIOD(lang, period=period) if period.isdigit() else period


def needed_rate(row: GoalRow, signed: bool = False) -> str:
    """Growth still needed a year, rounded up (never understated): a rate goal's to two
    decimals, as its average and target are read (5.51%, not 5.6%), others' to one."""
    decimals = 2 if row.goal.kind == "rate" else 1
    return percent(row.needed_growth, decimals, signed=signed, rounding="up")


def average_text(row: GoalRow, lang: Lang) -> str:
    """A rate goal's average so far, in %, never shown on its target rate unless it is on it
    (the status rests on which side it is); written alike wherever it is shown."""
    if row.average is None or row.band is not None:
        return numbers.quantity(row.average, "%", lang)
    return numbers.kept_apart(row.average, row.goal.target) + "%"


def averaged_years(row: GoalRow, lang: Lang, last: int) -> str:
    """The years a rate goal's average covers up to ``last``: from the first of the plan's
    years with a figure (not the plan's start, when its first years have none)."""
    t = row.goal
    averaged = [p.period.year for p in row.points if p.period.is_year and p.period.year >= t.start]
    start = min(averaged, default=t.start)
    return str(last) if start >= last else w.YEARS(lang, first=start, last=last)


def rate_average(row: GoalRow, lang: Lang) -> tuple[str, str] | None:
    """A rate goal's average so far and the years it covers (``年均4.75%``, ``2024—2025``): what
    its status rests on, rather than its latest year's rate; None for other goals."""
    if row.goal.kind != "rate" or row.average is None or row.latest is None:
        return None
    years = averaged_years(row, lang, row.latest.period.year)
    return w.RATE_AVERAGE(lang, average=average_text(row, lang)), years


def _explain_rate(row: GoalRow, lang: Lang, goal: str, word: str) -> str:
    """A rate goal: the average rate a year over the plan's years so far, against the target."""
    t = row.goal
    average = average_text(row, lang)
    if row.status in (Status.ACHIEVED, Status.MISSED):  # the deadline year's figure is in
        years = averaged_years(row, lang, t.deadline)
        if row.status is Status.ACHIEVED:
            return w.WHY_RATE_ACHIEVED(lang, years=years, average=average, goal=goal)
        gap = difference(row.gap, t.unit, lang, t.unit_en, "up")
        return w.WHY_RATE_MISSED(lang, years=years, average=average, goal=goal, gap=gap)
    assert row.latest is not None
    last = averaged_years(row, lang, row.latest.period.year)
    if row.growth_ratio is None:  # a floor or a ceiling: met or not, no ratio
        return w.WHY_RATE_LIMIT(lang, average=average, years=last, goal=goal, status=word)
    return w.WHY_RATE(
        lang,
        average=average,
        years=last,
        goal=goal,
        ratio=ratio(row.growth_ratio),
        status=word,
    )


def _explain_band(
    row: GoalRow, band: tuple[float, float], lang: Lang, value: str, word: str
) -> str:
    """A maintain goal: its figure (a rate goal: its average) inside or outside the band."""
    t = row.goal
    assert row.latest is not None
    if t.kind == "rate" and row.average is not None:
        what, judged, shown = w.BAND_AVERAGE(lang), row.average, average_text(row, lang)
    else:
        what = w.BAND_FIGURE(lang, period=period_words(row.latest.period.text, lang))
        judged, shown = row.latest.value, value
    bounds = w.BAND_RANGE(lang, **band_bounds(row, lang))
    gap = difference(row.gap, t.unit, lang, t.unit_en, "up")
    if judged > band[1]:
        phrase = w.WHY_ABOVE_BAND
    elif judged < band[0]:
        phrase = w.WHY_BELOW_BAND
    else:
        return w.WHY_IN_BAND(lang, what=what, value=shown, band=bounds, status=word)
    return phrase(lang, what=what, value=shown, band=bounds, gap=gap, status=word)


def band_bounds(row: GoalRow, lang: Lang) -> dict[str, str]:
    """The band of a maintain goal as ``low`` and ``high``, in its unit; empty without one."""
    if row.band is None:
        return {}
    t = row.goal
    # The band's edges are thresholds: every digit (3 ± 0.25 is 2.75%–3.25%; 5% either side
    # of 2,345.67亿元 is 2,228.3865亿元–2,462.9535亿元), never rounded across a figure.
    bounds = (numbers.clean_float(v) for v in row.band)
    low, high = (numbers.quantity(v, t.unit, lang, t.unit_en, "typed") for v in bounds)
    return {"low": low, "high": high}


def title_in(title: str, lang: Lang) -> str:
    """The part of a registry's title in ``lang``: "中文 / English" holds both, the Chinese part
    first (docs/registry.md); a title without " / " is shown as it is."""
    zh, slash, en = title.partition(" / ")
    if not slash:
        return title.strip()
    return (zh if lang == "zh" else en).strip()
