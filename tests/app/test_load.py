"""Locating and loading the files every command reads: warnings are returned, never printed,
and a filter that matches nothing the registry could have is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from cluster_cli.app.load import Filters, load_state, protected_files
from cluster_cli.engine.models import Record
from cluster_cli.errors import UsageError
from cluster_cli.files import ledger
from conftest import make_record


def write_ledger(path: Path, *records: Record) -> None:
    path.write_text(ledger.HEADER + "".join(ledger.format_record(r) for r in records), "utf-8")


def test_records_of_unknown_goals_and_wrong_units_become_warnings(
    reg: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_ledger(
        Path("actuals.toml"),
        make_record(1250.0, goal_id="ic-scale", period="2023"),
        make_record(3.0, goal_id="gone", period="2023"),
        make_record(2.0, goal_id="ic-talents", unit="亿元", period="2023"),
    )
    state = load_state(None, None, None)  # recorded today, read today
    assert [r.goal_id for r in state.records] == ["ic-scale", "gone", "ic-talents"]
    assert any("gone" in w for w in state.warnings)
    assert any("ic-talents" in w and "亿元" in w for w in state.warnings)
    assert capsys.readouterr() == ("", "")  # nothing printed: the command decides
    row = next(r for r in state.assessment.targets if r.id == "ic-scale")
    assert row.latest is not None and row.latest.value == 1250.0


def test_filters_keep_their_rows_and_refuse_what_cannot_match(reg: Path) -> None:
    kept = load_state(None, None, "2025-06-30", Filters.of(["ic"], None, None))
    assert {r.goal.cluster for r in kept.assessment.targets} == {"ic"}
    with pytest.raises(UsageError, match="suzhou"):  # the close region is suggested
        load_state(None, None, None, Filters.of(None, ["suzhuo"], None))


def test_a_report_may_overwrite_neither_file(reg: Path) -> None:
    protected = [path.name for _, path in protected_files(None, None)]
    assert protected == ["targets.toml", "actuals.toml", "actuals.toml.lock", "targets.toml.lock"]
