"""The CSV report: golden file, plain numbers, approximations marked, formulas guarded."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re

from cluster_cli.engine.assess import Note, compute
from cluster_cli.engine.models import Baseline
from cluster_cli.render import csv as csv_render
from cluster_cli.render import jsondoc
from cluster_cli.render import markdown as markdown_render
from cluster_cli.render.view import number
from conftest import REPO
from report_sample import (
    AS_OF,
    ORIGIN,
    _record,
    check_golden,
    hostile_registry,
    sample_assessment,
    sample_records,
    sample_registry,
)


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_matches_golden() -> None:
    registry = sample_registry()
    check_golden(
        "report.csv", csv_render.render(sample_assessment(registry), ORIGIN, registry, "zh")
    )


def test_one_row_per_goal_with_plain_numbers_and_fractions() -> None:
    registry = sample_registry()
    table = rows(csv_render.render(sample_assessment(registry), ORIGIN, registry, "en"))
    assert [r["id"] for r in table] == list(registry.targets)
    scale = next(r for r in table if r["id"] == "ic-scale")
    assert scale["target"] == "2000"
    assert scale["latest"] == "1350" and scale["latest_period"] == "2024"
    assert scale["attainment"] == "0.675"
    assert 0.6 < float(scale["growth_ratio"]) < 0.7
    assert scale["status"] == "needs-acceleration" and scale["status_label"] == "needs acceleration"
    assert scale["final"] == "false"
    for row in table:
        for key in ("target", "latest", "gap", "projected", "needed_per_year"):
            assert "," not in row[key] and "e" not in row[key].lower()
    smart = next(r for r in table if r["id"] == "kunshan-smart-terminals")
    assert smart["latest"] == "" and smart["attainment"] == ""


def test_formula_injection_is_defused() -> None:
    assert csv_render.safe_text("=1+2") == "'=1+2"
    for start in "+-@":
        assert csv_render.safe_text(start + "x").startswith("'")
    assert csv_render.safe_text("苏州市统计局") == "苏州市统计局"
    # a tab or line break before the formula becomes a space, and the cell is still guarded
    assert csv_render.safe_text("\t=1+2") == "' =1+2"
    assert csv_render.safe_text("\n@SUM(A1)") == "' @SUM(A1)"
    assert csv_render.safe_text("\r=1") == "\\x0d=1"
    registry = hostile_registry()
    table = rows(csv_render.render(sample_assessment(registry), ORIGIN, registry, "en"))
    talents = next(r for r in table if r["id"] == "ic-talents")
    assert talents["latest_source"] == "'=1+2"


def test_numbers_are_plain() -> None:
    """The numbers of the CSV and of the Markdown charts."""
    assert number(None) == ""
    assert number(-0.05) == "-0.05"  # negative engine figures stay numbers
    assert number(1e-7) == "0.0000001"
    assert number(2000.0) == "2000" and number(12345678901234567890) == "12345678901234567890"
    assert number(1e20) == "100000000000000000000"


def test_computed_figures_carry_no_noise_of_the_figures_they_come_from() -> None:
    """2000 − 1999.99 is 0.01, and 0.99999 of the way with all the time gone is 0.00001
    behind: twelve digits of the small difference showed the noise of the large figures."""
    registry = sample_registry()
    late = _record(102, "ic-scale", 1999.99, "亿元", "2025", "2026-01-05T00:00:00Z")
    assessment = compute(registry, [late], dt.date(2026, 6, 1))
    scale = next(r for r in rows(csv_render.render(assessment, ORIGIN, registry, "en")))
    assert scale["gap"] == "0.01"
    assert scale["pace_gap"] == "-0.00001"
    assert scale["progress"] == "0.99999"


def test_approximate_baseline_and_notes_are_columns() -> None:
    registry = sample_registry()
    table = rows(csv_render.render(sample_assessment(registry), ORIGIN, registry, "en"))
    by_id = {r["id"]: r for r in table}
    scale = by_id["ic-scale"]  # the plan says "over 1000"
    assert scale["baseline"] == "1000" and scale["baseline_qualifier"] == "over"
    assert scale["notes"].split(";") == ["baseline-approximate"]
    first = by_id["kunshan-optoelectronics"]  # baseline: the first recorded figure
    assert first["baseline_qualifier"] == "exact"
    assert first["notes"] == "baseline-from-first-value"
    none = by_id["kunshan-smart-terminals"]
    assert none["baseline"] == "" and none["baseline_qualifier"] == "" and none["notes"] == ""
    assert {r["baseline_qualifier"] for r in table} <= {"exact", "over", "about", "under", ""}


def test_a_recorded_base_year_figure_is_exact_and_notes_are_joined() -> None:
    registry = sample_registry()
    records = [
        *sample_records(),
        # the base year's figure replaces the plan's "over 1000"
        _record(100, "ic-scale", 1050, "亿元", "2022", "2025-01-01T00:00:00Z"),
        # a figure before the base year is kept in the history only
        _record(101, "ic-scale", 900, "亿元", "2021", "2025-01-02T00:00:00Z"),
    ]
    assessment = compute(registry, records, dt.date.fromisoformat(AS_OF))
    scale = next(r for r in rows(csv_render.render(assessment, ORIGIN, registry, "en")))
    assert scale["id"] == "ic-scale"
    assert scale["baseline"] == "1050" and scale["baseline_qualifier"] == "exact"
    assert scale["notes"] == "baseline-from-ledger;values-before-baseline"


def test_docs_name_the_csv_columns_and_note_codes() -> None:
    docs = (REPO / "docs" / "report.md").read_text(encoding="utf-8")
    listed = re.search(r"### CSV columns\n\n`([^`]*)`", docs)
    assert listed is not None
    assert [c.strip() for c in listed.group(1).split(",")] == list(csv_render.COLUMNS)
    indicator_only = {Note.GROWTH_FROM_SOURCE, Note.GROWTH_IS_VALUE}
    for note in Note:
        if note not in indicator_only:
            assert f"| `{note.value}` |" in docs, note


def test_a_decrease_still_needed_is_rounded_up_in_size_as_show_gives_it() -> None:
    """10 sites (2022) to 0 by 2026, at 7 in 2024: 3.5 a year still to go. The CSV gives the
    whole count rounded away from zero, -4 (not -3); JSON the engine's -3.5; the reports
    "尚需年均减少 4个", as `show` does."""
    registry = sample_registry()
    sites = registry.targets["kunshan-highlands"].model_copy(
        update={
            "target": 0,
            "direction": "decrease",
            "kind": "level",
            "deadline": 2026,
            "baseline": Baseline(value=10, period=2022),
        }
    )
    registry = registry.model_copy(update={"targets": {"sites": sites}, "indicators": {}})
    seven = _record(1, "sites", 7, "个", "2024", "2025-01-15T00:00:00Z")
    assessment = compute(registry, [seven], dt.date.fromisoformat(AS_OF))
    (row,) = rows(csv_render.render(assessment, ORIGIN, registry, "en"))
    assert row["needed_per_year"] == "-4"
    (goal,) = jsondoc.document(assessment, ORIGIN)["targets"]
    assert goal["needed_per_year"] == -3.5
    report = markdown_render.render(assessment, ORIGIN, registry, "zh")
    assert "| 尚需年均减少 | 4个 |" in report
