"""A figure for a year not over yet: a yearly figure recorded now is a figure so far or an
estimate, judged as the year's; `update` and `import` say so and record it all the same (an
estimate may be wanted). A running total for the year stands for its end."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import CliRunner

THIS_YEAR = dt.datetime.now(dt.UTC).year  # the year the commands see as running


def test_a_yearly_figure_for_the_running_year_is_questioned_and_recorded(
    cli: CliRunner, reg: Path
) -> None:
    result = cli("update", "industrial-output", "4.2", "-p", str(THIS_YEAR), "--lang", "en")
    assert result.code == 0, result.err
    assert f"{THIS_YEAR} is not over: a yearly figure recorded now" in result.err, result.err
    assert f"recorded industrial-output {THIS_YEAR}" in result.out
    zh = cli("update", "industrial-output", "4.2", "-p", str(THIS_YEAR - 1), "--lang", "zh")
    assert zh.code == 0 and "尚未结束" not in zh.err, zh.err  # a year over: nothing said


def test_a_running_total_for_the_running_year_is_pointed_to_its_day(
    cli: CliRunner, reg: Path
) -> None:
    result = cli("update", "ic-talents", "300", "-p", str(THIS_YEAR), "--lang", "zh")
    assert result.code == 0, result.err
    assert f"{THIS_YEAR}年尚未结束：以年份记录的累计数代表年末的累计数" in result.err
    dated = cli("update", "ic-talents", "300", "-p", f"{THIS_YEAR}-01-01", "--lang", "en")
    assert dated.code == 0 and "not over" not in dated.err, dated.err


def test_an_import_says_it_once_for_the_rows_of_a_kind(cli: CliRunner, reg: Path) -> None:
    year = THIS_YEAR
    Path("f.csv").write_text(
        "target,value,period,source\n"
        f"industrial-output,4.2,{year},example\nic-scale,1500,{year},example\n"
        f"ic-talents,300,{year},example\nic-scale,1400,{year - 1},example\n",
        "utf-8",
    )
    result = cli("import", "f.csv", "--lang", "en")
    assert result.code == 0, result.err
    assert f"f.csv: lines 2, 3: {year} is not over: a yearly figure" in result.err, result.err
    assert f"f.csv: line 4: {year} is not over: a running total" in result.err
    assert "line 5" not in result.err
    assert "imported 4 records from f.csv" in result.out, result.out


def test_nothing_is_said_for_a_figure_already_recorded_or_one_with_its_note(
    cli: CliRunner, reg: Path
) -> None:
    year = str(THIS_YEAR)
    noted = cli("update", "industrial-output", "4.2", "-p", year, "-n", "预计数", "--lang", "en")
    assert noted.code == 0 and "not over" not in noted.err, noted.err  # it says what it is
    again = cli("update", "industrial-output", "4.2", "-p", year, "-n", "预计数", "--lang", "en")
    assert again.out.startswith("already recorded") and "warning" not in again.err, again.err
