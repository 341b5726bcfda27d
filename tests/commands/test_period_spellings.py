"""`update --period` reads a period as `import` reads it (one parser, engine.periods), and a
figure counted by the year takes 31 December as its year."""

from __future__ import annotations

from pathlib import Path

import pytest

from cluster_cli.errors import ExitCode
from cluster_cli.files import ledger
from conftest import CliRunner

LEDGER = Path("actuals.toml")


def stored_periods() -> list[str]:
    return [record.period for record in ledger.load(LEDGER).records]


@pytest.mark.parametrize(
    ("goal", "typed", "stored"),
    [
        ("ic-scale", "2024年", "2024"),
        ("ic-scale", " 2024 年 ", "2024"),
        ("ic-scale", "２０２４年", "2024"),
        ("ic-scale", "2024年度", "2024"),
        ("ic-talents", "2024年末", "2024"),  # the end of a year is the year
        ("ic-talents", "2024年底", "2024"),
        ("ic-talents", "2024/6/30", "2024-06-30"),
        ("ic-talents", "2024-6-3", "2024-06-03"),
        ("ic-talents", "2024.6.30", "2024-06-30"),
        ("ic-talents", "2024年6月30日", "2024-06-30"),
        ("ic-talents", "2024/12/31", "2024-12-31"),  # a running total keeps its date
        # 31 December is the whole year: a yearly figure is recorded for its year.
        ("ic-scale", "2024-12-31", "2024"),
        ("ic-scale", "2024/12/31", "2024"),
        ("ic-scale", "2024年12月31日", "2024"),
    ],
)
def test_update_and_import_read_a_period_alike(
    cli: CliRunner, reg: Path, goal: str, typed: str, stored: str
) -> None:
    value = "1250" if goal == "ic-scale" else "150"
    result = cli("update", goal, value, "-p", typed)
    assert result.code == 0, result.err
    assert f"recorded {goal} {stored} = " in result.out
    assert stored_periods() == [stored]
    LEDGER.unlink()
    Path("figures.csv").write_text(f"target,value,period\n{goal},{value},{typed}\n", "utf-8")
    imported = cli("import", "figures.csv")
    assert imported.code == 0, imported.err
    assert stored_periods() == [stored]


def test_a_yearly_figure_for_the_last_day_of_the_year_is_that_years(
    cli: CliRunner, reg: Path
) -> None:
    """`-p 2024-12-31` was refused as year-to-date; it is the year 2024, and the same figure
    given as `2024` afterwards is already recorded."""
    result = cli("update", "ic-scale", "1250", "-p", "2024-12-31")
    assert result.code == 0, result.err
    assert "year-to-date" not in result.err
    again = cli("update", "ic-scale", "1250", "-p", "2024")
    assert again.out.startswith("already recorded: ic-scale 2024 = 125 billion yuan"), again.out
    dated = cli("update", "ic-scale", "900", "-p", "2024-11-30")  # a year-to-date figure
    assert dated.code == ExitCode.VALUE and "year-to-date" in dated.err
    assert stored_periods() == ["2024"]


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("2024/2/30", "period '2024/2/30' is not a valid date"),  # as typed, not rewritten
        ("2024年6月", "write dates as YYYY-MM-DD"),
        ("1-8月", "is not a year (2024) or a date"),
    ],
)
def test_a_period_neither_reads_is_refused_by_both_alike(
    cli: CliRunner, reg: Path, typed: str, said: str
) -> None:
    result = cli("update", "ic-talents", "150", "-p", typed)
    assert result.code == ExitCode.VALUE and said in result.err, result.err
    Path("figures.csv").write_text(f"target,value,period\nic-talents,150,{typed}\n", "utf-8")
    imported = cli("import", "figures.csv")
    assert imported.code == ExitCode.INPUT and said in imported.err, imported.err
    assert not LEDGER.exists()
