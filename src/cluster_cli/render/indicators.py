"""Context figures (indicators without a target): their growth and the sentence that explains
their status, saying what the growth is measured over (one year's published growth, a rate a
year over whole years, or a rise over less than a year, annualised)."""

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


def growth_percent(fraction: float | None, signed: bool = False) -> str:
    """A context figure's growth: never printed across the threshold that graded it."""
    return numbers.guarded_percent(fraction, GROWTH_GRADES, signed=signed)


def indicator_growth(row: IndicatorRow, lang: Lang, signed: bool = False) -> str:
    """A context figure's growth with its qualifier (``超过20.0%`` / ``over 20.0%``, as the source
    says); ``signed``: ``+4.0%`` when the figure is exact."""
    phrase = QUALIFIERS.get(row.growth_qualifier)
    text = growth_percent(row.growth, signed=signed and phrase is None)
    return phrase(lang, value=text) if phrase and row.growth is not None else text


def explain_indicator(row: IndicatorRow, lang: Lang) -> str:
    """Why a context figure has its status: its growth and the figures it is measured over."""
    if row.growth is None:
        return w.WHY_INDICATOR_ONE_FIGURE(lang)
    grades = {
        "growth": indicator_growth(row, lang),
        "on": percent(NO_TARGET_ON_TRACK),
        "acc": percent(NO_TARGET_ACCELERATION),
        "status": status_text(row.status, lang, symbol=False),
    }
    if Note.GROWTH_IS_VALUE in row.notes:  # the year's own growth, as published
        period = period_words(row.latest.period.text, lang)
        return w.WHY_INDICATOR_VALUE(lang, period=period, **grades)
    return w.WHY_INDICATOR(lang, span=indicator_span(row, lang), **grades)


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


def indicator_growth_shown(row: IndicatorRow, lang: Lang) -> str:
    """A context figure's growth where it stands alone (``show``): with the year or the span
    it covers, so that one year's rise is never read as a rate a year over several."""
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
