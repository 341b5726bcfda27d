"""The report as CSV: one row per goal with the engine's figures, for spreadsheets.

Numbers are plain (no thousands separators, no exponent) and fractions stay fractions (0.25, not
25%), as in the JSON contract. An approximate baseline ("over 1000") is marked by the
``baseline_qualifier`` column and the ``baseline-approximate`` note code in ``notes``.

Text from the registry or the ledger has its control characters made visible by
:func:`cluster_cli.text.clean` (a tab and a line break become spaces), and text that a
spreadsheet would take for a formula (starting, after any spaces, with ``=``, ``+``, ``-`` or
``@``) gets a leading apostrophe. The byte-order mark Excel and WPS need for Chinese is added by
the caller when writing to a file.
"""

from __future__ import annotations

import csv
import io

from cluster_cli.engine.assess import TargetRow
from cluster_cli.i18n import Lang
from cluster_cli.render.labels import status_text
from cluster_cli.render.view import Report, number, renderer
from cluster_cli.text import clean

COLUMNS = (
    "id",
    "name",
    "name_en",
    "cluster",
    "region",
    "unit",
    "direction",
    "kind",
    "target",
    "start",
    "deadline",
    "baseline",
    "baseline_period",
    "baseline_qualifier",
    "latest",
    "latest_period",
    "latest_source",
    "attainment",
    "progress",
    "gap",
    "elapsed",
    "pace_gap",
    "actual_growth",
    "required_growth",
    "growth_ratio",
    "needed_growth",
    "needed_per_year",
    "projected",
    "final",
    "status",
    "status_label",
    "notes",
)

_FORMULA_START = ("=", "+", "-", "@")


def safe_text(value: str) -> str:
    """A text cell with no control characters that a spreadsheet will not evaluate."""
    cleaned = clean(value)
    return "'" + cleaned if cleaned.lstrip(" ").startswith(_FORMULA_START) else cleaned


def baseline_qualifier(row: TargetRow) -> str:
    """exact, over, about or under; empty without a baseline.

    Only the registry's baseline can be approximate ("over 1000"): a recorded figure is exact.
    """
    return "" if row.baseline is None else row.baseline.qualifier


def _row(row: TargetRow, lang: Lang) -> list[str]:
    t = row.target
    latest, baseline = row.latest, row.baseline
    source = latest.record.source if latest is not None and latest.record is not None else ""
    return [
        row.id,
        safe_text(t.name),
        safe_text(t.name_en),
        safe_text(t.cluster),
        safe_text(t.region),
        safe_text(t.unit),
        t.direction,
        t.kind,
        number(t.target),
        number(t.start),
        number(t.deadline),
        number(baseline.value if baseline else None),
        safe_text(baseline.period.text) if baseline else "",
        baseline_qualifier(row),
        number(latest.value if latest else None),
        safe_text(latest.period.text) if latest else "",
        safe_text(source),
        number(row.attainment),
        number(row.progress),
        number(row.gap),
        number(row.elapsed),
        number(row.pace_gap),
        number(row.actual_growth),
        number(row.required_growth),
        number(row.growth_ratio),
        number(row.needed_growth),
        number(row.needed_per_year),
        number(row.projected),
        "true" if row.final else "false",
        row.status.value,
        status_text(row.status, lang, symbol=False),
        ";".join(note.value for note in row.notes),
    ]


def render_report(report: Report) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    for row in report.rows:
        writer.writerow(_row(row, report.lang))
    return buffer.getvalue()


render = renderer(render_report)
