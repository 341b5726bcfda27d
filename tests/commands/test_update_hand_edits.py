"""`update` beside hand-edited records that cannot count: warned of as `status` warns of them,
left out of the line saying where the goal stands, never an internal error after the write."""

from __future__ import annotations

from pathlib import Path

import pytest

from cluster_cli.files import ledger
from conftest import CliRunner, make_record

LEDGER = Path("actuals.toml")
ODD_ID = "01M979Y0DTX4HSK64EEWGC75EX"


@pytest.mark.parametrize(
    ("goal", "unit", "value", "period", "warned"),
    [
        # A unit cluster-cli does not know (亿 for 亿元): it was an internal error, exit 70.
        ("ic-scale", "亿", 1300.0, "2024", "is in 亿, which cannot be"),
        # A unit of another kind: a head count for a sum of money.
        ("ic-scale", "名", 1300.0, "2024", "is in 名, which cannot be"),
        # A year-to-date date for a yearly figure.
        ("ic-scale", "亿元", 1300.0, "2024-06-30", "period 2024-06-30 is a date"),
        # A count with a fraction, and a period that had not begun when it was recorded.
        ("ic-talents", "名", 1.5, "2024", "a count must be a whole number"),
        ("ic-talents", "名", 300.0, "2030", "period 2030 had not begun"),
    ],
)
def test_update_warns_of_a_record_that_cannot_count_and_succeeds(
    cli: CliRunner, reg: Path, goal: str, unit: str, value: float, period: str, warned: str
) -> None:
    typed = "1200" if goal == "ic-scale" else "120"
    assert cli("update", goal, "100", "-p", "2023").code == 0
    record = make_record(
        value, goal_id=goal, unit=unit, period=period, recorded_at="2025-06-01T00:00:00Z", id=ODD_ID
    )
    with LEDGER.open("a", encoding="utf-8") as file:
        file.write(ledger.format_record(record))
    status = cli("status")
    assert ODD_ID in status.err and warned in status.err, status.err

    planned = cli("update", goal, typed, "-p", "2023", "--dry-run")
    assert planned.code == 0, planned.err
    assert ODD_ID in planned.err and warned in planned.err, planned.err
    result = cli("update", goal, typed, "-p", "2023", "-s", "修订")
    assert result.code == 0, result.err
    assert "internal error" not in result.err
    assert ODD_ID in result.err and warned in result.err, result.err
    assert f"recorded {goal} 2023" in result.out and f"revised {goal} 2023" in result.out
    standing = result.out.splitlines()[-1]
    assert standing[:2] in ("✓ ", "~ ", "! ", "× ", "✗ ", "+ ", "? "), result.out
    assert "300" not in standing and "130 billion" not in standing  # the odd figure left out
    assert [r.value for r in ledger.load(LEDGER).records][-1] == float(typed)


def test_the_warning_is_said_in_chinese(cli: CliRunner, reg: Path) -> None:
    cli("update", "ic-scale", "1100", "-p", "2023")
    odd = make_record(1300.0, unit="亿", period="2024", recorded_at="2025-06-01T00:00:00Z")
    with LEDGER.open("a", encoding="utf-8") as file:
        file.write(ledger.format_record(odd))
    result = cli("update", "ic-scale", "1200", "-p", "2023", "--lang", "zh")
    assert result.code == 0, result.err
    assert (
        f"cluster-cli：警告：actuals.toml：记录 {odd.id}（ic-scale 2024）的单位为 亿" in result.err
    )
    assert "已修订 ic-scale 2023" in result.out
