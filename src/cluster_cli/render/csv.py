"""The report as CSV: one row per goal with the engine's figures, for spreadsheets.

The columns are the CSV fields of :mod:`cluster_cli.render.fields`: headed by their keys in
English (scripts rely on them) and by their Chinese labels with ``--lang zh``. Numbers are plain
(no thousands separators, no exponent, no binary noise) and fractions stay fractions (0.25, not
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
from typing import Any

from cluster_cli.engine.assess import Assessment
from cluster_cli.engine.models import Registry
from cluster_cli.i18n import Lang, Phrase
from cluster_cli.render.fields import CSV_FIELDS
from cluster_cli.render.jsondoc import Origin
from cluster_cli.render.numbers import plain
from cluster_cli.text import clean

COLUMNS = tuple(field.key for field in CSV_FIELDS)

_FORMULA_START = ("=", "+", "-", "@")


def safe_text(value: str) -> str:
    """A text cell with no control characters that a spreadsheet will not evaluate."""
    cleaned = clean(value)
    return "'" + cleaned if cleaned.lstrip(" ").startswith(_FORMULA_START) else cleaned


def cell(value: Any, lang: Lang) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return plain(value)
    if isinstance(value, Phrase):
        return value(lang)
    return safe_text(str(value))


def render(
    assessment: Assessment,
    origin: Origin,
    registry: Registry,
    lang: Lang,
    filters: list[str] | None = None,
) -> str:
    """One header row and one row per goal; needs none of the report's wording, so it does
    not build the report."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([field.header(lang) for field in CSV_FIELDS])
    getters = [field.csv for field in CSV_FIELDS if field.csv is not None]
    for row in assessment.targets:
        writer.writerow([cell(get(row), lang) for get in getters])
    return buffer.getvalue()
