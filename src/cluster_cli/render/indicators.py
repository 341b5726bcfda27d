"""Context figures (indicators without a target): their growth and the sentence that explains
their status, saying what the growth is measured over (one year's published growth, a rate a
year over whole years, or a rise over less than a year, annualised).

A share (``kind = "share"``: 城镇化率, 失业率) has a change in percentage points a year instead of
a growth, told as a rise or a fall; a figure where less is better keeps its own growth (a fall
is told as a fall), and only the rule it is judged by is turned around."""

from __future__ import annotations

from cluster_cli.engine.assess import (
    NO_TARGET_ACCELERATION,
    NO_TARGET_ON_TRACK,
    IndicatorRow,
    Note,
)
from cluster_cli.i18n import Lang
from cluster_cli.i18n import words as w
from cluster_cli.render import numbers
from cluster_cli.render.labels import QUALIFIERS, percent, period_words, status_text

# A context figure's growth is graded at 0 and at the two growth thresholds.
GROWTH_GRADES = (0.0, NO_TARGET_ACCELERATION, NO_TARGET_ON_TRACK)


def growth_percent(fraction: float | None, signed: bool = False, decrease: bool = False) -> str:
    """A context figure's growth: never printed across the threshold that graded it (for a
    figure where less is better, the fall is graded, so the fall is guarded)."""
    if not decrease or fraction is None:
        return numbers.guarded_percent(fraction, GROWTH_GRADES, signed=signed)
    fall = numbers.guarded_percent(-fraction, GROWTH_GRADES)
    if fall.startswith("-"):
        return ("+" if signed else "") + fall[1:]
    return fall if fall.strip("0.,%") == "" else "-" + fall


def is_share(row: IndicatorRow) -> bool:
    return row.indicator.measure == "share"


def _less(row: IndicatorRow) -> bool:
    return row.indicator.direction == "decrease"


def share_points(row: IndicatorRow, signed: bool = False) -> str:
    """A share's change in points a year, as a bare number: never shown as 0, nor on the other
    side of 0, when it is not (its status is graded at 0); in size unless ``signed``."""
    if row.change_pp is None:
        return "—"
    text = numbers.kept_apart(row.change_pp, 0.0)
    if signed:
        return text if text.startswith("-") or text == "0" else "+" + text
    return text.removeprefix("-")


def _qualified(text: str, row: IndicatorRow, lang: Lang) -> str:
    phrase = QUALIFIERS.get(row.growth_qualifier)
    return phrase(lang, value=text) if phrase else text


def indicator_growth(row: IndicatorRow, lang: Lang, signed: bool = False) -> str:
    """A context figure's growth with its qualifier (``超过20.0%`` / ``over 20.0%``, as the source
    says); ``signed``: ``+4.0%`` when the figure is exact. A share's change in points a year
    (``-0.6个百分点`` / ``-0.6 pp``)."""
    phrase = QUALIFIERS.get(row.growth_qualifier)
    if is_share(row):
        if row.change_pp is None:
            return "—"
        points = w.POINTS(lang, points=share_points(row, signed=signed and phrase is None))
        return phrase(lang, value=points) if phrase else points
    text = growth_percent(row.growth, signed=signed and phrase is None, decrease=_less(row))
    return phrase(lang, value=text) if phrase and row.growth is not None else text


def explain_indicator(row: IndicatorRow, lang: Lang) -> str:
    """Why a context figure has its status: its growth and the figures it is measured over."""
    if is_share(row):
        return _explain_share(row, lang)
    if row.growth is None:
        return w.WHY_INDICATOR_ONE_FIGURE(lang)
    grades = {
        "growth": indicator_growth(row, lang),
        "on": percent(NO_TARGET_ON_TRACK),
        "acc": percent(NO_TARGET_ACCELERATION),
        "status": status_text(row.status, lang, symbol=False),
    }
    less = _less(row)
    if Note.GROWTH_IS_VALUE in row.notes:  # the year's own growth, as published
        period = period_words(row.latest.period.text, lang)
        value = w.WHY_INDICATOR_VALUE_LESS if less else w.WHY_INDICATOR_VALUE
        return value(lang, period=period, **grades)
    why = w.WHY_INDICATOR_LESS if less else w.WHY_INDICATOR
    return why(lang, span=indicator_span(row, lang), **grades)


def _explain_share(row: IndicatorRow, lang: Lang) -> str:
    """A share's rise or fall in points a year, the years it is measured over, and the rule."""
    if row.change_pp is None:
        return w.WHY_SHARE_ONE_FIGURE(lang)
    points = share_points(row)  # "0" only for no change at all
    why = w.WHY_SHARE_ROSE if row.change_pp > 0 else w.WHY_SHARE_FELL
    if points == "0":
        why = w.WHY_SHARE_FLAT
    return why(
        lang,
        span=indicator_span(row, lang),
        points=_qualified(points, row, lang),
        rule=(w.SHARE_RULE_LESS if _less(row) else w.SHARE_RULE_MORE)(lang),
        status=status_text(row.status, lang, symbol=False),
    )


def context_note(row: IndicatorRow, lang: Lang) -> str:
    """What a context figure is judged by, for the head of ``show``."""
    if is_share(row):
        return (w.CONTEXT_NOTE_SHARE_LESS if _less(row) else w.CONTEXT_NOTE_SHARE)(lang)
    return (w.CONTEXT_NOTE_LESS if _less(row) else w.CONTEXT_NOTE)(lang)


def _over(row: IndicatorRow) -> str:
    """What a context figure's growth a year is computed over: ``years``, ``dates``, less
    than a year (``part``, then annualised), or nothing to say (the source gave the growth)."""
    first, last = row.points[0].period, row.latest.period
    if Note.GROWTH_FROM_SOURCE in row.notes or len(row.points) < 2:
        return ""
    if last.t - first.t < 1:
        return "part"
    return "years" if first.is_year and last.is_year else "dates"


_SPANS = {"years": w.OVER_YEARS, "dates": w.OVER_DATES, "part": w.OVER_PART_YEAR}
_GROWTH_OVER = {
    "years": w.GROWTH_OVER_YEARS,
    "dates": w.GROWTH_OVER_DATES,
    "part": w.GROWTH_OVER_PART_YEAR,
}


def indicator_span(row: IndicatorRow, lang: Lang) -> str:
    """What a context figure's growth a year is computed over, for its sentence
    (``2022—2025年``); empty where the source gave the growth."""
    over = _over(row)
    if not over:
        return ""
    return _SPANS[over](lang, first=row.points[0].period.text, last=row.latest.period.text)


def _change_shown(row: IndicatorRow, lang: Lang) -> str:
    """A share's change in words, a fall told as a fall: ``下降0.6个百分点`` / ``down 0.6 pp``."""
    points = share_points(row)
    if points == "0":
        return w.CHANGE_NONE(lang)
    change = w.CHANGE_UP if row.change_pp is not None and row.change_pp > 0 else w.CHANGE_DOWN
    return change(lang, points=_qualified(points, row, lang))


def indicator_growth_shown(row: IndicatorRow, lang: Lang) -> str:
    """A context figure's growth where it stands alone (``show``): with the year or the span
    it covers, so that one year's rise is never read as a rate a year over several. A share's
    change in points a year: ``年均下降0.6个百分点（2022—2023年）`` / ``down 0.6 pp a year
    (2022–2023)``."""
    if is_share(row):
        if row.change_pp is None:
            return "—"
        growth = _change_shown(row, lang)
    else:
        growth = indicator_growth(row, lang, signed=True)
        if row.growth is None:
            return growth
    if Note.GROWTH_IS_VALUE in row.notes:
        period = period_words(row.latest.period.text, lang)
        return w.GROWTH_OF_YEAR(lang, growth=growth, period=period)
    over = _over(row)
    if not over:
        return growth
    first, last = row.points[0].period.text, row.latest.period.text
    return _GROWTH_OVER[over](lang, growth=growth, first=first, last=last)
