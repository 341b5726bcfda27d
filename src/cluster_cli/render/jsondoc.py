"""The JSON contract of ``status --json`` and ``report --json``.

A stable, versioned document: scripts and the other renderers build on it. Its JSON Schema is
``schema/status.schema.json``; bump ``SCHEMA_VERSION`` on any incompatible change. Fractions are
fractions (0.25, not 25) and figures that cannot be computed are null, never NaN.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from cluster_cli.engine.assess import IndicatorRow, Point, Progress, TargetRow

SCHEMA_VERSION = 1


class Origin(NamedTuple):
    """Where the figures came from, printed in every output."""

    registry: str
    ledger: str


def _point(point: Point | None) -> dict[str, Any] | None:
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


def _values(points: list[Point]) -> list[dict[str, Any]]:
    return [{"period": p.period.text, "value": p.value} for p in points]


def target_document(row: TargetRow) -> dict[str, Any]:
    t = row.target
    baseline = None
    if row.baseline is not None:
        baseline = {
            "value": row.baseline.value,
            "period": row.baseline.period.text,
            "qualifier": row.baseline.qualifier,
            "origin": "registry" if row.baseline.record is None else "ledger",
        }
    return {
        "id": row.id,
        "name": t.name,
        "name_en": t.name_en,
        "cluster": t.cluster,
        "region": t.region,
        "unit": t.unit,
        "direction": t.direction,
        "kind": t.kind,
        "target": t.target,
        "start": t.start,
        "deadline": t.deadline,
        "baseline": baseline,
        "latest": _point(row.latest),
        "values": _values(row.points),
        "attainment": row.attainment,
        "progress": row.progress,
        "gap": row.gap,
        "elapsed": row.elapsed,
        "pace_gap": row.pace_gap,
        "actual_growth": row.actual_growth,
        "required_growth": row.required_growth,
        "growth_ratio": row.growth_ratio,
        "needed_growth": row.needed_growth,
        "needed_per_year": row.needed_per_year,
        "projected": row.projected,
        "reached": row.reached.text if row.reached is not None else None,
        "newest": _point(row.newest),
        "average": row.average,
        "band": {"low": row.band[0], "high": row.band[1]} if row.band is not None else None,
        "final": row.final,
        "status": row.status.value,
        "notes": [note.value for note in row.notes],
        # Plain strings as written; sentences in both languages as {"zh", "en"}.
        "assumptions": [a if isinstance(a, str) else a.model_dump() for a in t.assumptions],
        "source": {"document": t.source.document, "quote": t.source.quote},
    }


def indicator_document(row: IndicatorRow) -> dict[str, Any]:
    i = row.indicator
    return {
        "id": row.id,
        "name": i.name,
        "name_en": i.name_en,
        "cluster": i.cluster,
        "region": i.region,
        "unit": i.unit,
        "latest": _point(row.latest),
        "qualifier": row.latest.qualifier,
        "values": _values(row.points),
        "growth": row.growth,
        "status": row.status.value,
        "notes": [note.value for note in row.notes],
        "source": {"document": i.source.document, "quote": i.source.quote},
    }


def document(progress: Progress, origin: Origin) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "as_of": progress.as_of.isoformat(),
        "registry": origin.registry,
        "ledger": origin.ledger,
        "summary": {status.value: count for status, count in progress.summary.items()},
        "targets": [target_document(row) for row in progress.targets],
        "indicators": [indicator_document(row) for row in progress.indicators],
        "orphan_records": [r.id for r in progress.orphans],
        "implausible_records": [r.id for r in progress.implausible],
    }


def render(progress: Progress, origin: Origin) -> str:
    """The document with one goal or indicator per line.

    Readable, diff-friendly (a changed goal is a changed line), and fast: ``indent`` would
    send every value through the pure-Python encoder, ten times slower on 10,000 goals.
    """
    doc = document(progress, origin)
    import json  # here, not at the top: the dashboard imports this module for Origin only

    dumps = json.JSONEncoder(ensure_ascii=False, allow_nan=False).encode  # one for all lines
    lines = []
    for key, value in doc.items():
        if isinstance(value, list) and value:
            items = ",\n    ".join(dumps(item) for item in value)
            lines.append(f"  {dumps(key)}: [\n    {items}\n  ]")
        else:
            lines.append(f"  {dumps(key)}: {dumps(value)}")
    return "{\n" + ",\n".join(lines) + "\n}\n"
