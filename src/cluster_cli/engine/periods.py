"""Periods of recorded figures: a year (``2024``, the figure for or at the end of that year)
or a date (``2024-06-30``, a running total known on that day).

Time is measured in years on one axis where the year ``Y`` sits at the end of that year:
``2024`` and ``2024-12-31`` are both 2024.0, ``2024-06-30`` is about 2023.5. Plans are
then simple differences: from the 2022 baseline to the 2025 deadline is 3.0 years.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from cluster_cli.errors import ValueInputError
from cluster_cli.i18n import Phrase, say
from cluster_cli.i18n import messages as m
from cluster_cli.text import shown

EARLIEST_YEAR = 1949  # no Chinese statistical series this tool tracks starts earlier
# ASCII digits only (\d would take ٢٠٢٤), and \Z: $ would let a final newline through.
_YEAR = re.compile(r"[0-9]{4}\Z")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")


def today() -> dt.date:
    """The current date in UTC: the one clock for recording and for the default ``--as-of``.

    Records carry UTC timestamps, so a local date would hide a figure just recorded west of
    UTC in the evening, and refuse ``--as-of`` its own date as in the future.
    """
    return dt.datetime.now(dt.UTC).date()


def _current(given: dt.date | None) -> dt.date:
    return given or today()  # here the module's clock, not a parameter named after it


def _typed(text: str) -> str:
    """Full-width digits and dashes (２０２４－０６－３０) read as ASCII."""
    return unicodedata.normalize("NFKC", text).strip()


class Period(NamedTuple):
    """A year, or a date inside a year. Orders chronologically (by ``t``, then ``text``)."""

    t: float  # position on the time axis, in years; first so that ordering is by time
    text: str

    @property
    def is_year(self) -> bool:
        return len(self.text) == 4

    @property
    def year(self) -> int:
        return int(self.text[:4])

    @property
    def end_date(self) -> dt.date:
        """The day the figure refers to: 31 December for a year."""
        if self.is_year:
            return dt.date(self.year, 12, 31)
        return dt.date.fromisoformat(self.text)

    def __str__(self) -> str:
        return self.text


def year_position(year: int) -> float:
    return float(year)


def date_position(day: dt.date) -> float:
    """Years on the axis: 1 January Y is one day after the end of year Y - 1, 31 December Y is Y.

    So ``2024-12-31`` and ``2024`` are the same point (and revise each other), while
    ``2023-01-01`` comes after ``2022``.
    """
    days_in_year = dt.date(day.year, 12, 31).timetuple().tm_yday  # 9999 has no next 1 January
    return day.year - 1 + day.timetuple().tm_yday / days_in_year


def period_of_year(year: int) -> Period:
    return Period(year_position(year), f"{year:04d}")


def period_of_date(day: dt.date) -> Period:
    return Period(date_position(day), day.isoformat())


# How spreadsheets and people write a year and a date: 2024年, 2024年度, 2024年末 and 2024年底
# (the end of a year is the year: methodology); 2024/6/30, 2024-6-30, 2024.6.30 and 2024年6月30日
# (spaces allowed between the parts).
_SPELLED_YEAR = re.compile(r"([0-9]{4})\s*(?:年\s*[度末底]?)?\Z")
_SPELLED_DATE = re.compile(
    r"([0-9]{4})\s*(?:[-/.]|年)\s*([0-9]{1,2})\s*(?:[-/.]|月)\s*([0-9]{1,2})\s*日?\Z"
)


def normalize_period(text: str) -> str:
    """``2024年`` -> ``2024``; ``2024/6/30``, ``2024-6-30``, ``2024年6月30日`` -> ``2024-06-30``
    (full-width digits read as ASCII). Anything else is returned stripped, for
    :func:`parse_period` to judge: the one reading of a period for ``update`` and ``import``."""
    raw = _typed(text)
    year = _SPELLED_YEAR.match(raw)
    if year:
        return year[1]
    day = _SPELLED_DATE.match(raw)
    if day:
        return f"{day[1]}-{int(day[2]):02d}-{int(day[3]):02d}"
    return raw


def parse_period(text: str, *, today: dt.date | None = None) -> Period:
    """Parse a period typed by a user (in any spelling :func:`normalize_period` reads),
    refusing malformed and implausible ones.

    A figure cannot be published for a period that has not started yet, so a year after the
    current one (UTC), or a date after today, is refused; so is a year before 1949.
    """
    raw = normalize_period(text)
    if not raw:
        raise ValueInputError(say(m.EMPTY_PERIOD))
    current = _current(today)
    if _YEAR.match(raw):
        year = int(raw)
        if year < EARLIEST_YEAR or year > current.year:
            raise ValueInputError(
                say(
                    m.PERIOD_YEAR_RANGE,
                    text=shown(text),
                    earliest=EARLIEST_YEAR,
                    latest=current.year,
                )
            )
        return period_of_year(year)
    if _DATE.match(raw):
        try:
            day = dt.date.fromisoformat(raw)
        except ValueError:
            raise ValueInputError(say(m.PERIOD_BAD_DATE, text=shown(text))) from None
        if day.year < EARLIEST_YEAR:
            raise ValueInputError(say(m.PERIOD_TOO_EARLY, text=shown(text), earliest=EARLIEST_YEAR))
        if day > current:
            raise ValueInputError(say(m.PERIOD_FUTURE, text=shown(text), today=current.isoformat()))
        return period_of_date(day)
    if re.match(r"^\d{4}-\d{1,2}(-\d{1,2})?$", raw) or re.match(r"^\d{4}年", raw):
        hint = say(m.DATE_HINT)
    else:
        hint = ""
    raise ValueInputError(say(m.PERIOD_NOT_UNDERSTOOD, text=shown(text), hint=hint))


@lru_cache(maxsize=4096)
def parse_stored_period(text: str) -> Period:
    """Parse a period read back from the ledger (already checked when it was recorded)."""
    if _YEAR.match(text):
        return period_of_year(int(text))
    return period_of_date(dt.date.fromisoformat(text))


def recorded_by_end_of(recorded_at: str, year: int) -> bool:
    """Whether a record stamped ``recorded_at`` was made before ``year`` was over: its figure
    for that year is a figure so far or an early estimate, not the year's own."""
    return int(recorded_at[:4]) <= year


def stored_period_problem(period: str, recorded_at: str) -> str | None:
    """Why a period read back from the ledger cannot count, or None when it can.

    The rule of :func:`parse_period`, applied to what a hand-edited or older ledger holds: a
    valid year or date from 1949, whose period had begun on the (UTC) day it was recorded.
    Deadlines in the registry may be later; recorded figures cannot be for the future.
    """
    found = _period_problem(period, recorded_at[:10])
    if found is None:
        return None
    phrase, fields = found
    return say(phrase, **dict(fields))  # worded when asked: the cache outlives --lang


Problem = tuple[Phrase, tuple[tuple[str, str], ...]]  # a phrase and its fields, worded later


def period_shape_problem(period: str) -> Problem | None:
    """Why ``period`` is not ``YYYY`` or a real ``YYYY-MM-DD`` (in ASCII digits), or None: the
    one rule of a stored period's shape, for the ledger's reader and for the engine."""
    if _DATE.match(period):
        try:
            parse_stored_period(period)
        except ValueError:
            return m.PERIOD_NOT_REAL_DATE, (("period", shown(period)),)
    elif not _YEAR.match(period):
        return m.PERIOD_NOT_YEAR_OR_DATE, (("period", shown(period)),)
    return None


# A ledger holds few periods and few recording days: each pair is judged once.
@lru_cache(maxsize=8192)
def _period_problem(period: str, recorded_day: str) -> Problem | None:
    if (shape := period_shape_problem(period)) is not None:
        return shape
    if period[:4] < f"{EARLIEST_YEAR:04d}":
        return m.STORED_PERIOD_TOO_EARLY, (("period", period), ("earliest", str(EARLIEST_YEAR)))
    # ISO texts of equal length compare as their dates, so no date is built for a good record.
    recorded = recorded_day[: len(period)]
    if len(recorded) == len(period) and period > recorded:
        return m.STORED_PERIOD_NOT_BEGUN, (("period", period), ("recorded", recorded_day))
    return None


def parse_as_of(text: str, *, today: dt.date | None = None) -> dt.date:
    """An --as-of date: YYYY-MM-DD, or a year meaning its last day, in any spelling of
    :func:`normalize_period` (2026/12/6, 2026年12月6日); not after today (UTC)."""
    raw = normalize_period(text)
    try:
        if _YEAR.match(raw):
            day = dt.date(int(raw), 12, 31)
        elif _DATE.match(raw):
            day = dt.date.fromisoformat(raw)
        else:
            raise ValueError(raw)
    except ValueError:
        raise ValueInputError(say(m.AS_OF_NOT_DATE, text=shown(text))) from None
    current = _current(today)
    if _YEAR.match(raw) and day.year == current.year:
        return current  # the current year: as things stand today
    if day > current:
        raise ValueInputError(say(m.AS_OF_FUTURE, text=shown(text), today=current.isoformat()))
    return day
