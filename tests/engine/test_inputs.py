"""Values, periods and dates typed by users: one clock, full-width digits, linear parsing."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from cluster_cli.engine import periods
from cluster_cli.engine.periods import parse_as_of, parse_period
from cluster_cli.engine.units import format_number, parse_quantity
from cluster_cli.errors import ValueInputError
from conftest import CliRunner

# ------------------------------------------------------------------ one clock (UTC)


@pytest.fixture
def off_utc_date(monkeypatch: pytest.MonkeyPatch) -> Iterator[dt.date]:
    """A local time zone whose date differs from the UTC date right now; yields the UTC date.

    Before noon UTC it is still yesterday at UTC-12; from 10:00 UTC it is already tomorrow at
    UTC+14: one of the two always differs. (POSIX zones need no time zone database.)
    """
    now = dt.datetime.now(dt.UTC)
    monkeypatch.setenv("TZ", "WEST+12" if now.hour < 12 else "EAST-14")
    time.tzset()
    assert dt.date.today() != now.date()
    yield now.date()
    monkeypatch.undo()
    time.tzset()


def test_today_is_the_utc_date(off_utc_date: dt.date) -> None:
    assert periods.today() == off_utc_date


def test_a_figure_just_recorded_counts_at_once_in_any_time_zone(
    cli: CliRunner, reg: Path, off_utc_date: dt.date
) -> None:
    assert cli("update", "ic-scale", "1250", "--period", "2023").code == 0
    document = json.loads(cli("status", "--json").out)
    assert document["as_of"] == off_utc_date.isoformat()
    scale = next(t for t in document["targets"] if t["id"] == "ic-scale")
    assert scale["latest"]["value"] == 1250
    # --as-of the day the figure was recorded (UTC) is today, not the future
    dated = cli("status", "--json", "--as-of", off_utc_date.isoformat())
    assert dated.code == 0, dated.err
    scale = next(t for t in json.loads(dated.out)["targets"] if t["id"] == "ic-scale")
    assert scale["latest"]["value"] == 1250


def test_future_is_measured_on_the_utc_clock() -> None:
    utc = dt.datetime.now(dt.UTC).date()
    with pytest.raises(ValueInputError, match="UTC"):
        parse_as_of((utc + dt.timedelta(days=1)).isoformat())
    assert parse_period(str(utc.year)).year == utc.year


# ------------------------------------------------------------------ full-width, -0, underflow


@pytest.mark.parametrize(
    ("text", "expected"),
    [("２０２４", "2024"), ("２０２４－０６－３０", "2024-06-30"), (" 2024 ", "2024")],
)
def test_full_width_periods_are_read_like_values(text: str, expected: str) -> None:
    assert parse_period(text, today=dt.date(2025, 1, 1)).text == expected
    assert parse_as_of(text, today=dt.date(2025, 1, 1)).isoformat()[:4] == "2024"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2024年", "2024"), ("2024/6/30", "2024-06-30"), ("２０２４年６月３０日", "2024-06-30")],
)
def test_periods_are_read_as_spreadsheets_write_them(text: str, expected: str) -> None:
    """The one reading of a period, for `update --period` and for `import`'s cells."""
    assert parse_period(text, today=dt.date(2025, 1, 1)).text == expected


def test_minus_zero_is_stored_as_zero() -> None:
    for text in ("-0", "-0.0", "-0e5", "－０"):
        value = parse_quantity(text, "个")
        assert value == 0 and str(value) == "0.0"


@pytest.mark.parametrize("text", ["1e-400", "-1e-400", "0.1e-330亿元"])
def test_a_value_too_small_to_store_is_refused(text: str) -> None:
    with pytest.raises(ValueInputError, match="too small"):
        parse_quantity(text, "个" if "亿" not in text else "亿元")


def test_underflow_on_the_command_line_exits_4_and_writes_nothing(
    cli: CliRunner, reg: Path
) -> None:
    result = cli("update", "ic-talents", "1e-400", "--period", "2024")
    assert result.code == 4
    assert "too small" in result.err and "Traceback" not in result.err
    assert not Path("actuals.toml").exists()


# ------------------------------------------------------------------ small values stay visible


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0.0045, "0.0045"),
        (0.004, "0.004"),
        (-0.0045, "-0.0045"),
        (0.0999, "0.1"),
        (0.05, "0.05"),
        (0.123456, "0.12"),
        (1234.56, "1,234.6"),
        (1e-15, "1e-15"),
        (0.0, "0"),
        (-0.0, "0"),
    ],
)
def test_small_numbers_keep_two_significant_digits(value: float, expected: str) -> None:
    assert format_number(value) == expected


def test_small_quantities_do_not_print_as_zero() -> None:
    from cluster_cli.render.numbers import quantity

    assert quantity(0.0045, "元", "zh") == "0.0045元"
    assert quantity(0.004, "亿元", "zh") == "0.004亿元"
    assert quantity(0.004, "%", "en") == "0.004%"


# ------------------------------------------------------------------ linear time


LONG = 100_000


@pytest.mark.parametrize(
    "text",
    [
        "1" + " " * LONG + "2",
        "1" + " " * (LONG // 2) + "万" + " " * (LONG // 2) + "x",
        "1" * LONG + " x",
        "1," * (LONG // 2),
        " " * LONG,
    ],
)
def test_long_values_are_refused_quickly(text: str) -> None:
    """Each of these took minutes with a backtracking pattern (cubic in the blanks)."""
    started = time.perf_counter()
    with pytest.raises(ValueInputError) as raised:
        parse_quantity(text, "亿元")
    assert len(str(raised.value)) < 300  # the message quotes the start, not the whole text
    assert time.perf_counter() - started < 5  # generous: linear time is a few milliseconds


def test_update_with_a_huge_value_or_period_answers_at_once(reg: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLUSTER_CLI_")}
    spaced = "1" + " " * LONG + "2"
    for arguments in (
        ["ic-scale", spaced, "--period", "2023"],
        ["ic-scale", "1250", "--period", "2" * LONG],
        ["ic-scale", "1250", "--period", "2023", "--note", "x" * LONG],
    ):
        completed = subprocess.run(
            [sys.executable, "-m", "cluster_cli", "update", *arguments, "--dry-run"],
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
            timeout=60,
        )
        assert completed.returncode in (0, 4), completed.stderr[:500]
        assert "Traceback" not in completed.stderr
        assert len(completed.stderr) < 1000


@pytest.mark.parametrize("duration", ["9" * LONG + "d", "²d", "1000001d"])
def test_a_huge_or_odd_stale_after_is_a_usage_error(
    cli: CliRunner, reg: Path, duration: str
) -> None:
    result = cli("check", "--stale-after", duration)
    assert result.code == 2
    assert "not a duration" in result.err and "internal error" not in result.err
    assert len(result.err) < 500
