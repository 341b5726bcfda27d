"""The fields of a goal, for the formats that give its figures themselves: CSV and JSON.

One table, :data:`FIELDS`: each field's key (the JSON key and the English CSV header, which
scripts rely on), its label (the Chinese CSV header), and how each format gets its value from
the engine's row. A field one format lacks has no getter for it; ``baseline`` and ``latest``
are a number in the CSV and an object in JSON.

The CSV, read by people in spreadsheets, gets the figures a reader is shown: typed figures
(the target, the baseline, the latest value) with every digit they were given, computed figures
lose their binary noise (256.2, not 256.2000000000055) and a computed count of people or firms
is whole (what is still needed rounded up, a projection to the nearest). JSON, read by
programs, gets the engine's figures as they are. Fractions stay fractions in both (0.25, not
25%). A CSV value that is a :class:`~cluster_cli.i18n.Phrase` is worded in the report's
language.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from typing import Any, NamedTuple

from cluster_cli.engine.assess import GoalRow, Point
from cluster_cli.i18n import Lang, Phrase
from cluster_cli.i18n import words as w
from cluster_cli.render.labels import row_status_phrase
from cluster_cli.render.numbers import as_typed, clean_at, whole_count

Getter = Callable[[GoalRow], Any]


class Field(NamedTuple):
    key: str
    label: Phrase
    csv: Getter | None
    json: Getter | None

    def header(self, lang: Lang) -> str:
        return self.label.zh if lang == "zh" else self.key


def point_document(point: Point | None) -> dict[str, Any] | None:
    if point is None:
        return None
    record = point.record
    return {
        "value": point.value,
        "period": point.period.text,
        "recorded_at": record.recorded_at if record else None,
        "source": record.source if record else None,
        "note": record.note if record else None,
        "record_id": record.id if record else None,
    }


def _baseline(row: GoalRow) -> dict[str, Any] | None:
    if row.baseline is None:
        return None
    return {
        "value": row.baseline.value,
        "period": row.baseline.period.text,
        "qualifier": row.baseline.qualifier,
        "origin": "registry" if row.baseline.record is None else "ledger",
    }


def values(points: list[Point]) -> list[dict[str, Any]]:
    return [{"period": p.period.text, "value": p.value} for p in points]


def _latest_source(row: GoalRow) -> str:
    latest = row.latest
    return latest.record.source if latest is not None and latest.record is not None else ""


def _both(get: Getter) -> tuple[Getter, Getter]:
    return get, get


def _figure(name: str) -> tuple[Getter, Getter]:
    """A computed fraction or rate: without its binary noise in the CSV (fractions are of the
    size of 1: a pace gap is a difference of two), the engine's own in JSON."""
    get = attrgetter(name)
    return (lambda row: clean_at(get(row), 1.0)), get


def _size(row: GoalRow) -> float:
    """The size of the figures a goal's computed amounts come from."""
    sizes = [abs(row.goal.target)]
    sizes += [abs(point.value) for point in (row.baseline, row.latest) if point is not None]
    return max(sizes)


def _count(name: str, up: bool) -> tuple[Getter, Getter]:
    """A computed figure in the goal's unit: in the CSV, whole when it counts people or firms,
    and without the noise of the figures it is computed from."""
    get = attrgetter(name)
    return (lambda row: clean_at(whole_count(get(row), row.goal.unit, up), _size(row))), get


FIELDS: tuple[Field, ...] = (
    Field("id", w.COL_ID, *_both(attrgetter("id"))),
    Field("name", w.COL_NAME, *_both(attrgetter("goal.name"))),
    Field("name_en", w.COL_NAME_EN, *_both(attrgetter("goal.name_en"))),
    Field("cluster", w.COL_CLUSTER, *_both(attrgetter("goal.cluster"))),
    Field("region", w.COL_REGION, *_both(attrgetter("goal.region"))),
    Field("unit", w.COL_UNIT, *_both(attrgetter("goal.unit"))),
    Field("direction", w.COL_DIRECTION, *_both(attrgetter("goal.direction"))),
    Field("kind", w.COL_KIND, *_both(attrgetter("goal.kind"))),
    Field("target", w.TARGET, lambda row: as_typed(row.goal.target), attrgetter("goal.target")),
    Field("start", w.COL_START, *_both(attrgetter("goal.start"))),
    Field("deadline", w.COL_DEADLINE, *_both(attrgetter("goal.deadline"))),
    Field(
        "baseline",
        w.BASELINE,
        lambda row: as_typed(row.baseline.value) if row.baseline else None,
        _baseline,
    ),
    Field(
        "baseline_period",
        w.COL_BASELINE_PERIOD,
        lambda row: row.baseline.period.text if row.baseline else "",
        None,
    ),
    # exact, over, about or under; empty without a baseline. Only the registry's baseline can
    # be approximate ("over 1000"): a recorded figure is exact.
    Field(
        "baseline_qualifier",
        w.COL_BASELINE_QUALIFIER,
        lambda row: row.baseline.qualifier if row.baseline else "",
        None,
    ),
    Field(
        "latest",
        w.LATEST,
        lambda row: as_typed(row.latest.value) if row.latest else None,
        lambda r: point_document(r.latest),
    ),
    Field(
        "latest_period",
        w.COL_LATEST_PERIOD,
        lambda row: row.latest.period.text if row.latest else "",
        None,
    ),
    Field("latest_source", w.COL_LATEST_SOURCE, _latest_source, None),
    Field("values", w.VALUE, None, lambda row: values(row.points)),
    Field("progress", w.PROGRESS, *_figure("progress")),
    Field("elapsed", w.ELAPSED, *_figure("elapsed")),
    Field("pace_gap", w.PACE_GAP, *_figure("pace_gap")),
    Field("attainment", w.ATTAINMENT, *_figure("attainment")),
    Field("gap", w.GAP, *_count("gap", up=True)),
    Field("actual_growth", w.ACTUAL_GROWTH, *_figure("actual_growth")),
    Field("required_growth", w.REQUIRED_GROWTH, *_figure("required_growth")),
    Field("growth_ratio", w.GROWTH_RATIO, *_figure("growth_ratio")),
    Field("needed_growth", w.NEEDED_GROWTH, *_figure("needed_growth")),
    Field("needed_per_year", w.NEEDED_PER_YEAR, *_count("needed_per_year", up=True)),
    Field("projected", w.PROJECTED, *_count("projected", up=False)),
    # Engine fields of the deadline rule and the share, rate and maintain goals.
    Field(
        "reached",
        w.COL_REACHED,
        *_both(lambda row: row.reached.text if row.reached is not None else None),
    ),
    Field("newest", w.COL_NEWEST, None, lambda row: point_document(row.newest)),
    Field("average", w.COL_AVERAGE, *_figure("average")),
    Field(
        "band",
        w.COL_BAND,
        None,
        lambda row: {"low": row.band[0], "high": row.band[1]} if row.band is not None else None,
    ),
    Field("final", w.FINAL, *_both(attrgetter("final"))),
    Field("status", w.COL_STATUS_CODE, *_both(attrgetter("status.value"))),
    # A phrase: worded in the report's language by the CSV.
    # Marked "(provisional)" when the deadline passed without its figure.
    Field("status_label", w.STATUS, row_status_phrase, None),
    Field(
        "notes",
        w.COL_NOTE_CODES,
        lambda row: ";".join(note.value for note in row.notes),
        lambda row: [note.value for note in row.notes],
    ),
    # Plain strings as written; sentences in both languages as {"zh", "en"}.
    Field(
        "assumptions",
        w.ASSUMPTIONS,
        None,
        lambda row: [a if isinstance(a, str) else a.model_dump() for a in row.goal.assumptions],
    ),
    Field(
        "source",
        w.SOURCE,
        None,
        lambda row: {"document": row.goal.source.document, "quote": row.goal.source.quote},
    ),
)

CSV_FIELDS = tuple(f for f in FIELDS if f.csv is not None)
JSON_FIELDS = tuple(f for f in FIELDS if f.json is not None)
JSON_GETTERS = tuple((f.key, f.json) for f in JSON_FIELDS if f.json is not None)
