"""The JSON contract of ``status --json`` and ``report --json``.

A stable, versioned document: scripts and the other renderers build on it. Its JSON Schema is
``schema/status.schema.json``; bump ``SCHEMA_VERSION`` on any incompatible change. Fractions are
fractions (0.25, not 25) and figures that cannot be computed are null, never NaN. A goal's
fields come from the field table of :mod:`cluster_cli.render.fields`, which the CSV shares.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from cluster_cli.engine.assess import Assessment, GoalRow, IndicatorRow

SCHEMA_VERSION = 1


class Origin(NamedTuple):
    """Where the figures came from, printed in every output."""

    registry: str
    ledger: str


def target_document(row: GoalRow) -> dict[str, Any]:
    """A goal's JSON fields, from the field table of :mod:`cluster_cli.render.fields`."""
    from cluster_cli.render.fields import JSON_GETTERS

    return {key: get(row) for key, get in JSON_GETTERS}


def indicator_document(row: IndicatorRow) -> dict[str, Any]:
    from cluster_cli.render.fields import point_document, values
    from cluster_cli.render.numbers import clean_float

    i = row.indicator
    return {
        "id": row.id,
        "name": i.name,
        "name_en": i.name_en,
        "cluster": i.cluster,
        "region": i.region,
        "unit": i.unit,
        "kind": i.measure,  # rate (in %, the default), share, or level
        "direction": i.direction,
        "latest": point_document(row.latest),
        "qualifier": row.latest.qualifier,
        "values": values(row.points),
        "growth": clean_float(row.growth),  # a growth rate, as a fraction: never a share's
        "change_pp": clean_float(row.change_pp),  # a share's change in points a year
        "growth_qualifier": row.growth_qualifier,
        "status": row.status.value,
        "notes": [note.value for note in row.notes],
        "source": {"document": i.source.document, "quote": i.source.quote},
    }


def document(assessment: Assessment, origin: Origin) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "as_of": assessment.as_of.isoformat(),
        "registry": origin.registry,
        "ledger": origin.ledger,
        "summary": {status.value: count for status, count in assessment.summary.items()},
        "targets": [target_document(row) for row in assessment.targets],
        "indicators": [indicator_document(row) for row in assessment.indicators],
        "orphan_records": [r.id for r in assessment.orphans],
        "implausible_records": [r.id for r in assessment.implausible],
    }


def render(assessment: Assessment, origin: Origin) -> str:
    """The document with one goal or indicator per line, written by the one JSON writer."""
    from cluster_cli.render.jsonout import dumps  # the dashboard imports this module for Origin

    return dumps(document(assessment, origin)) + "\n"
