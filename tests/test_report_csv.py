"""The CSV report: golden file, plain numbers, formula injection guarded."""

from __future__ import annotations

import csv
import io

from cluster_cli.render import csv as csv_render
from report_sample import ORIGIN, check_golden, hostile_registry, sample_progress, sample_registry


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_matches_golden() -> None:
    registry = sample_registry()
    check_golden("report.csv", csv_render.render(sample_progress(registry), ORIGIN, registry, "zh"))


def test_one_row_per_goal_with_plain_numbers_and_fractions() -> None:
    registry = sample_registry()
    table = rows(csv_render.render(sample_progress(registry), ORIGIN, registry, "en"))
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
    table = rows(csv_render.render(sample_progress(registry), ORIGIN, registry, "en"))
    talents = next(r for r in table if r["id"] == "ic-talents")
    assert talents["latest_source"] == "'=1+2"
    # negative engine figures stay numbers
    assert csv_render.number(-0.05) == "-0.05"
    assert csv_render.number(1e-7) == "0.0000001"
