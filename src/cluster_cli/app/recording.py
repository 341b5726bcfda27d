"""Turn what a user typed into a record, and choose what ``undo`` retracts.

Shared by ``update`` and ``import`` (:func:`build_record`) and by ``undo``; the commands only
parse options and print. Errors a user can fix are :class:`~cluster_cli.errors.ValueInputError`.
"""

from __future__ import annotations

import datetime as dt
import math
import unicodedata
from typing import TYPE_CHECKING, NamedTuple

from cluster_cli.engine.assess import RATE_FLOOR
from cluster_cli.engine.history import Entry, current_values, entries_by_goal, known_by
from cluster_cli.engine.periods import parse_period, period_of_year, recorded_by_end_of
from cluster_cli.engine.periods import today as utc_today
from cluster_cli.engine.records import Record
from cluster_cli.engine.units import (
    MAX_FIGURE,
    convert,
    convertible,
    is_count,
    parse_quantity,
    same_quantity,
    whole,
    word_of,
    written_unit,
)
from cluster_cli.errors import ValueInputError
from cluster_cli.files import ledger
from cluster_cli.i18n import Lang, Phrase, say
from cluster_cli.i18n import messages as m
from cluster_cli.text import clean, close_matches, folded, shown

if TYPE_CHECKING:
    from cluster_cli.engine.models import Goal, Indicator, Registry


def find_item(registry: Registry, typed: str) -> tuple[str, Goal | Indicator]:
    """The goal or context figure meant by ``typed``: its id, or its exact name in Chinese or
    English (case and full-width letters aside). Otherwise the closest ids are suggested."""
    key = typed.strip()
    if not key:
        raise ValueInputError(say(m.EMPTY_GOAL))
    item = registry.item(key)
    if item is not None:
        return key, item
    wanted = folded(key)
    named = [
        (item_id, candidate)
        for item_id in registry.ids()
        if (candidate := registry.item(item_id)) is not None
        and wanted in (folded(candidate.name), folded(candidate.name_en))
    ]
    if len(named) == 1:
        return named[0]
    if len(named) > 1:
        ids = ", ".join(i for i, _ in named)
        raise ValueInputError(say(m.NAMES_MANY, key=shown(key), count=len(named), ids=ids))
    hint = _suggestions(registry, key)
    raise ValueInputError(say(m.NO_SUCH_GOAL, key=shown(key), hint=hint))


def _suggestions(registry: Registry, typed: str) -> str:
    """Close ids, else the ids of goals whose name is close to what was typed."""
    close = close_matches(typed, registry.ids())
    if not close:
        names: dict[str, str] = {}
        for item_id in registry.ids():
            item = registry.item(item_id)
            if item is not None:
                names[item.name] = names[item.name_en] = item_id
        close = list(dict.fromkeys(names[n] for n in close_matches(typed, list(names))))
    return say(m.DID_YOU_MEAN, close=", ".join(close)) if close else ""


def build_record(
    registry: Registry,
    target: str,
    value: str,
    period: str,
    *,
    source: str = "",
    note: str = "",
    today: dt.date | None = None,
    recorded_at: str | None = None,
) -> Record:
    """Check one figure typed by a user and turn it into a record (ValueInputError if wrong)."""
    from cluster_cli.engine.models import is_growth_rate, kind_of

    key, item = find_item(registry, target)
    parsed_period = parse_period(period, today=today)
    kind = kind_of(item)
    end_of_year = parsed_period.end_date == dt.date(parsed_period.year, 12, 31)
    if kind != "cumulative" and not parsed_period.is_year and end_of_year:
        # 31 December is the whole year, the same point as the year itself (methodology): a
        # figure counted by the year is recorded for its year.
        parsed_period = period_of_year(parsed_period.year)
    if kind != "cumulative" and not parsed_period.is_year:
        what = {"share": m.YEARLY_SHARE, "rate": m.YEARLY_RATE}.get(kind, m.YEARLY_LEVEL)
        raise ValueInputError(
            say(
                m.YEARLY_FIGURE,
                key=key,
                what=say(what),
                year=parsed_period.year,
                period=shown(period.strip()),
            )
        )
    amount = parse_quantity(value, item.unit, item.unit_en)
    if is_count(item.unit):
        if amount < 0:
            raise ValueInputError(
                say(m.COUNT_NEGATIVE, value=shown(value), key=key, unit=item.unit)
            )
        if not whole(amount, item.unit):
            # Whole in the things counted: 1.2万户 is 12,000 户, 0.00005万户 half of one.
            counted = word_of(item.unit).symbol
            raise ValueInputError(say(m.COUNT_WHOLE, value=shown(value), key=key, unit=counted))
    if is_growth_rate(item) and amount < RATE_FLOOR:
        raise ValueInputError(say(m.RATE_BELOW_FLOOR_TYPED, value=shown(value), key=key))
    unit = typed_unit(value, item.unit, item.unit_en)
    stored = convert(amount, item.unit, unit)
    if abs(stored) > MAX_FIGURE:  # 2e15 元 is 2 亿亿元 in range, but not as written
        raise ValueInputError(say(m.FIGURE_TOO_LARGE, text=shown(value)))
    return Record(
        id=ledger.new_id(),
        goal_id=key,
        value=stored,
        unit=unit,
        period=parsed_period.text,
        recorded_at=recorded_at or ledger.timestamp(),
        source=source.strip(),
        note=note.strip(),
    )


def typed_unit(text: str, goal_unit: str, noun_en: str = "") -> str:
    """The unit a figure was typed in (``44343.9亿元`` for a goal in 万亿元, ``1.2万亩`` for one
    in 亩), so that the ledger keeps it as published; the goal's unit for anything else.
    Conversion is exact (:func:`cluster_cli.engine.units.convert` works in decimals)."""
    return written_unit(unicodedata.normalize("NFKC", text), goal_unit, noun_en)


def control_character(text: str) -> str | None:
    """How to name the first character of ``text`` a terminal could act on, if any.

    C0 controls (newline and tab included), DEL, C1 controls, the line and paragraph separators
    and bidirectional controls: the characters :func:`cluster_cli.text.clean` would change.
    """
    for position, char in enumerate(text, start=1):
        if clean(char) != char:
            phrase = m.LINE_BREAK_AT if char in "\r\n\x85\u2028\u2029" else m.CONTROL_AT
            return say(phrase, code=f"{ord(char):04X}", position=position)
    return None


def refuse_control_characters(label: str, text: str) -> None:
    found = control_character(text)
    if found is not None:
        raise ValueInputError(say(m.CONTROL_CHARACTER, label=label, found=found))


# A figure 20 times, or a 20th of, both the goal's target and its latest figure is most likely
# typed in the wrong unit (3600 for 亿元 on a goal in 万亿元): said before it counts, never refused.
FAR_OFF = 20.0


def latest_figures(records: list[Record]) -> dict[str, Record]:
    """Each goal's latest figure that counts today (as ``status`` reads the ledger)."""
    return {
        goal_id: counting[-1].record
        for goal_id, entries in entries_by_goal(known_by(records, utc_today())).items()
        if (counting := current_values(entries))
    }


def unfinished_year_warning(registry: Registry, record: Record, today: dt.date) -> str | None:
    """The warning that ``record`` is for a year not over yet: a yearly figure recorded now is
    a figure so far (1-11月) or an estimate, not the year's, and is judged as the year's; a
    running total for the year stands for the year's end (a total so far goes with its day).
    None for a dated period, a year over, and a retraction."""
    from cluster_cli.engine.models import kind_of

    item = registry.item(record.goal_id)
    if item is None or record.value is None:
        return None
    period = parse_period(record.period)
    if not period.is_year or period.year < today.year:
        return None
    if kind_of(item) == "cumulative":
        return say(m.YEAR_NOT_OVER_TOTAL, year=period.year, day=today.isoformat())
    if record.note:  # the user has said what it is (预计数, 1-11月)
        return None
    return say(m.YEAR_NOT_OVER, year=period.year)


def scale_warning(registry: Registry, record: Record, latest: Record | None) -> str | None:
    """The warning that ``record``'s figure is far from every figure its goal has, compared in
    the goal's unit: above its target (or published figure), its baseline and its ``latest``
    figure; or, for a figure that should grow, below its baseline and latest figure (not its
    target: a running total starts far below it; a figure to bring down may fall far, as
    清零 asks). A figure of 0 or less, for a figure that should grow, is compared alike: with
    the positive ones (a growth rate of -5.2 typed for a scale in 亿元). None when it is near one
    of them. Figures in % are not compared so (0.5% and 5% are both ordinary), only as a share
    written as a fraction may be (:func:`_fraction_warning`)."""
    from cluster_cli.engine.models import Goal

    item = registry.item(record.goal_id)
    value = record.value
    if item is None or value is None or not convertible(record.unit, item.unit):
        return None  # a unit of another kind is refused or warned about elsewhere
    figure = convert(value, record.unit, item.unit)
    named, known = _figures_of(item, latest)
    if item.unit == "%":
        return _fraction_warning(figure, [r for r, _ in (*named, *known)])
    # What a figure that should grow is compared with below: not the target (see above).
    lower = known if isinstance(item, Goal) else [*named, *known]
    falls = isinstance(item, Goal) and item.direction == "decrease"
    if figure <= 0:
        positive = [what for r, what in lower if r > 0]
        if falls or not positive:
            return None
        compared = say(m.COMPARED_JOINER).join(say(what) for what in positive)
        return say(m.FIGURE_NOT_POSITIVE, compared=compared, unit=item.unit)
    above = [(figure / r, what) for r, what in (*named, *known) if r > 0]
    below = [(r / figure, what) for r, what in lower if r > 0]
    if above and min(q for q, _ in above) >= FAR_OFF:
        ratios, phrase = above, m.FIGURE_FAR_ABOVE
    elif below and not falls and min(q for q, _ in below) >= FAR_OFF:
        ratios, phrase = below, m.FIGURE_FAR_BELOW
    else:
        return None
    compared = say(m.COMPARED_JOINER).join(say(what) for _, what in ratios)
    # Floored: "826 times or more" must be true of every figure compared.
    times = math.floor(min(q for q, _ in ratios))
    return say(phrase, times=f"{times:,}", compared=compared, unit=item.unit)


_Compared = list[tuple[float, Phrase]]


def _figures_of(item: Goal | Indicator, latest: Record | None) -> tuple[_Compared, _Compared]:
    """What a new figure of ``item`` is compared with, in its unit, each with its name: the
    target (or the published figure); then the baseline and the ``latest`` figure."""
    from cluster_cli.engine.models import Goal

    if isinstance(item, Goal):
        named = [(item.target, m.COMPARED_TARGET)]
    else:
        named = [(item.value, m.COMPARED_PUBLISHED)]
    known = []
    if isinstance(item, Goal) and item.baseline is not None:
        known.append((item.baseline.value, m.COMPARED_BASELINE))
    if latest is not None and latest.value is not None and convertible(latest.unit, item.unit):
        known.append((convert(latest.value, latest.unit, item.unit), m.COMPARED_LATEST))
    return named, known


def _fraction_warning(value: float, figures: list[float]) -> str | None:
    """The warning that a figure in % was written as a fraction (0.6 for 60%, as spreadsheets
    hold percentages): below 1, a twentieth of one of the goal's ``figures`` or less, and a
    hundred times it between half and twice that figure, as yearly rates differ (0.043 beside
    6.2%). A rate of 0.2% beside 2% is no such slip (20 is ten times 2); 0.1% beside 6.2% is
    asked about all the same: it is a warning, and the figure is recorded."""
    if not 0 < value < 1:
        return None
    for figure in figures:
        if figure > 0 and value <= figure / FAR_OFF and 0.5 <= value * 100 / figure <= 2:
            return say(m.PERCENT_AS_FRACTION, value=f"{value:g}", percent=f"{value * 100:g}")
    return None


def standing_line(
    registry: Registry, records: list[Record], goal_id: str, lang: Lang, today: dt.date
) -> str | None:
    """Where the goal stands after a new figure: its status and the sentence explaining it.

    Judged as ``status`` judges it (:func:`~cluster_cli.engine.assess.compute`): a hand-edited
    record that cannot count (a unit that is unknown or of another kind, a period that cannot
    be, an impossible value) is left out, as :func:`standing_warnings` says, never a crash.
    """
    from cluster_cli.engine.assess import Note, compute
    from cluster_cli.render.indicators import explain_indicator
    from cluster_cli.render.labels import STATUS_LABELS, explain
    from cluster_cli.render.notes import note_texts

    assessment = compute(registry, records, today, only=goal_id)
    for row in assessment.targets:
        line = f"{STATUS_LABELS[row.status].symbol} {explain(row, lang)}"
        if Note.BASELINE_APPROXIMATE in row.notes:  # every output says so (methodology)
            line += " " + " ".join(note_texts((Note.BASELINE_APPROXIMATE,), lang, row))
        return line
    for indicator in assessment.indicators:
        return f"{STATUS_LABELS[indicator.status].symbol} {explain_indicator(indicator, lang)}"
    return None


class Earlier(NamedTuple):
    """What a new figure does to the figure already recorded for its goal and period."""

    record: Record
    same: bool  # the same amount, source and note: recording it again would change nothing
    same_amount: bool  # the same amount, in any unit it converts to (its words may differ)
    # The same amount, where the earlier one was recorded during its own year (a figure so far,
    # an estimate) and the year is now over: recorded now, it settles the goal (`update`
    # writes it even with the same source and note).
    confirms: bool = False


def earlier_figure(records: list[Record], new: Record) -> Earlier | None:
    """The figure that counts today for the new record's goal and period, if any ("2024" and
    "2024-12-31" are one period)."""
    return earlier_figures(records, [new])[0]


class History(NamedTuple):
    """The ledger's records as ``status`` sees them today (a record stamped after today does
    not count yet), ordered once, and each goal's entries."""

    known: list[Record]
    entries: dict[str, list[Entry]]


def history(records: list[Record]) -> History:
    known = known_by(records, utc_today())
    return History(known, entries_by_goal(known))


def earlier_figures(
    records: list[Record], news: list[Record], seen: History | None = None
) -> list[Earlier | None]:
    """:func:`earlier_figure` of each new record; ``seen``: the records' :func:`history`, when
    the caller has it already."""
    entries = (seen or history(records)).entries
    found: list[Earlier | None] = []
    for new in news:
        period = parse_period(new.period).t
        counting = current_values(entries.get(new.goal_id, []))
        old = next(
            (e.record for e in counting if e.period.t == period and e.record.value is not None),
            None,
        )
        # A new source or note is news: recorded as a revision, never dropped. The same
        # amount in another unit (0.2万亿元 after 2000亿元) is not, nor the same figure typed
        # again without its source or note.
        if old is None:
            found.append(None)
            continue
        amount = _same_amount(old, new)
        same = amount and _adds_nothing(old, new)
        confirms = amount and _within_its_year(old) and not _within_its_year(new)
        found.append(Earlier(old, same, amount, confirms))
    return found


class Withdrawn(NamedTuple):
    """A figure recorded before that no longer counts, and what took its place."""

    record: Record  # the earlier record of the same goal, period and amount
    by: Record  # the retraction that withdrew it, or the revision that counts now

    @property
    def retracted(self) -> bool:
        return self.by.retracts is not None


def withdrawn_figures(
    records: list[Record], news: list[Record], seen: History | None = None
) -> list[Withdrawn | None]:
    """For each new record, the last earlier record of its goal, period and amount (in any
    unit that converts) that was revised or retracted since: a row of a spreadsheet imported
    again, whose figure was corrected or withdrawn later, must not come back by itself.

    When a figure of that amount counts now, only the very row recorded before (its source and
    note too) is withdrawn, revised since by the figure that counts (the same amount from a
    better source): a new source or note is news, a revision (see :func:`earlier_figures`).
    ``seen``: the records' :func:`history`, when the caller has it already."""
    known, entries = seen or history(records)
    by_id: dict[str, Record] = {}
    at: dict[tuple[str, float], list[Entry]] = {}  # each goal's entries by period, when asked
    indexed: set[str] = set()
    found: list[Withdrawn | None] = []
    for new in news:
        if new.goal_id not in indexed:
            indexed.add(new.goal_id)
            for entry in entries.get(new.goal_id, []):
                at.setdefault((new.goal_id, entry.period.t), []).append(entry)
        point = (new.goal_id, parse_period(new.period).t)
        same = [entry for entry in at.get(point, []) if _same_amount(entry.record, new)]
        if any(entry.counts for entry in same):
            same = [entry for entry in same if _same_words(entry.record, new)]
        if not same or same[-1].counts:  # never recorded, or it counts: earlier_figures'
            found.append(None)
            continue
        last = same[-1]  # entries are in the order recorded
        if not by_id:
            by_id = {record.id: record for record in known}
        replaced_by = last.retracted_by or last.superseded_by
        assert replaced_by is not None  # an entry that does not count was replaced
        found.append(Withdrawn(last.record, by_id[replaced_by]))
    return found


def _same_words(old: Record, new: Record) -> bool:
    return (old.source, old.note) == (new.source, new.note)


def _adds_nothing(old: Record, new: Record) -> bool:
    """Whether the new record's words say nothing the old one's do not: each the same, or
    left out (the figure typed again without ``--source``)."""
    return new.source in ("", old.source) and new.note in ("", old.note)


def keeping_source(new: Record, earlier: Earlier | None) -> Record:
    """``new``, with the source of the figure it states again where it gives none (the same
    amount with a note added, or confirmed after its year): the figure that counts never
    loses its source to a restatement."""
    if earlier is None or new.source or not earlier.record.source:
        return new
    if not _same_amount(earlier.record, new):
        return new  # another figure: its source is not the old one's
    return new._replace(source=earlier.record.source)


def _same_amount(old: Record, new: Record) -> bool:
    return (
        old.value is not None
        and new.value is not None
        and same_quantity(old.value, old.unit, new.value, new.unit)
    )


class ImportedRow(NamedTuple):
    """What a row of an imported file does: written (a new figure, or a revision of
    ``earlier``), or skipped (already counting, or ``withdrawn`` since it was recorded)."""

    record: Record
    earlier: Earlier | None
    withdrawn: Withdrawn | None

    @property
    def writes(self) -> bool:
        return self.withdrawn is None and not (self.earlier is not None and self.earlier.same)


def imported_rows(records: list[Record], news: list[Record]) -> list[ImportedRow]:
    """Each new record of an import, judged against the ledger's ``records``: a figure that
    already counts is not written again (as ``update`` writes none twice), nor one recorded
    before and revised or retracted since (a file imported again must not undo a correction:
    ``update`` states it again on purpose); any other is written, a revision when another
    figure counts for its period."""
    seen = history(records)  # ordered once for both (a ledger of 100,000 records: 0.1 s)
    earlier = earlier_figures(records, news, seen)
    withdrawn = withdrawn_figures(records, news, seen)
    return [
        ImportedRow(keeping_source(new, before), before, gone)
        for new, before, gone in zip(news, earlier, withdrawn, strict=True)
    ]


def _within_its_year(record: Record) -> bool:
    """A figure recorded before the year of its period was over (2025, or 2025-12-31, recorded
    in 2025), as the assessment judges a deadline year's figure."""
    return recorded_by_end_of(record.recorded_at, parse_period(record.period).year)


def retractable(records: list[Record]) -> list[Record]:
    """Figures (not retractions) not yet retracted, in the order they were recorded, up to
    today: a record stamped after today counts nowhere yet, so it is not the last figure."""
    ordered = known_by(records, utc_today())
    retracted = {r.retracts for r in ordered if r.retracts is not None}
    return [r for r in ordered if r.retracts is None and r.id not in retracted]


def last_retractable(loaded: ledger.LoadedLedger) -> Record:
    candidates = retractable(loaded.records)
    if not candidates:
        raise ValueInputError(say(m.NOTHING_TO_RETRACT, path=loaded.path))
    return candidates[-1]


def retraction(chosen: Record, note: str = "") -> Record:
    """The record that withdraws ``chosen``, with why (``note``, as the user writes it):
    nothing in the ledger is ever deleted."""
    return Record(
        id=ledger.new_id(),
        goal_id=chosen.goal_id,
        value=None,
        unit=chosen.unit,
        period=chosen.period,
        recorded_at=ledger.timestamp(),
        note=note.strip(),
        retracts=chosen.id,
    )
