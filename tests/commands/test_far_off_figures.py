"""A figure far from everything its goal has is most likely typed in the wrong unit: `update`
and `import` say so, and record it all the same (a figure may truly have jumped)."""

from __future__ import annotations

from pathlib import Path

from conftest import CliRunner


def test_a_figure_hundreds_of_times_the_target_is_questioned_and_recorded(
    cli: CliRunner, reg: Path
) -> None:
    # industrial-output is in 万亿元: 3600 was meant as 亿元.
    result = cli("update", "industrial-output", "3600", "-p", "2024", "--lang", "en")
    assert result.code == 0, result.err
    assert "this figure is 825 times the registry's figure or more" in result.err, result.err
    assert "(the goal is in 万亿元)" in result.err
    assert "recorded industrial-output 2024" in result.out
    zh = cli("update", "ic-scale", "1350", "-p", "2024", "--lang", "zh")
    assert zh.code == 0 and "警告" not in zh.err, zh.err  # near the target: nothing said
    low = cli("update", "ic-scale", "50", "-p", "2025", "--lang", "zh", "--dry-run")
    assert "这个数值不到基期值、最新数值的 20 分之一" in low.err, low.err


def test_a_figure_of_zero_or_less_for_a_figure_that_grows_is_questioned(
    cli: CliRunner, reg: Path
) -> None:
    """A growth rate typed for the scale (-5.2 for 亿元), or 0, was recorded without a word."""
    for value in ("-5.2", "0"):
        result = cli("update", "ic-scale", "-p", "2023", "--dry-run", "--", value)
        assert result.code == 0, result.err
        assert (
            "this figure is zero or less, while the goal's figures before it are positive (the "
            "baseline): check the figure and its unit (the goal is in 亿元)"
        ) in result.err, result.err
    zh = cli("update", "ic-scale", "-p", "2023", "--dry-run", "--lang", "zh", "--", "-5.2")
    assert "这个数值为零或负数，而基期值为正数" in zh.err, zh.err


def test_a_percentage_written_as_a_fraction_is_questioned(cli: CliRunner, reg: Path) -> None:
    """Spreadsheets hold 4.3% as 0.043: it was recorded as 0.043% without a word (the
    registry publishes 6.2% for 2022). A rate that truly fell to 0.2% is no such slip."""
    growth = ("update", "electronic-information-growth", "-p", "2023", "--dry-run")
    result = cli(*growth, "0.043")
    assert result.code == 0, result.err
    assert (
        "this figure looks like a percentage written as a fraction: the goal is in %, and 4.3% "
        "is written 4.3, not 0.043"
    ) in result.err
    assert "warning" not in cli(*growth, "0.2").err
    assert "warning" not in cli(*growth, "0.25").err  # 25 is four times 6.2: a rate that fell
    assert "warning" not in cli(*growth, "4.3").err


def test_an_import_names_the_row_of_a_far_off_figure(cli: CliRunner, reg: Path) -> None:
    Path("f.csv").write_text(
        "target,value,period,source\nic-scale,13500000,2023,example\nic-talents,150,2024,example\n",
        "utf-8",
    )
    result = cli("import", "f.csv", "--lang", "en")
    assert result.code == 0, result.err
    assert (
        "f.csv: line 2: this figure is 6,750 times the target, the baseline or more" in result.err
    )
    assert "line 3" not in result.err
    assert "imported 2 records from f.csv" in result.out, result.out


def test_a_figure_to_bring_down_may_fall_far_without_a_warning(cli: CliRunner, reg: Path) -> None:
    """危房清零, emissions cut: good news far below the figures before is no slip of a unit."""
    Path("targets.toml").write_text(
        Path("targets.toml").read_text("utf-8")
        + """
[targets.old-homes]
name = "危房"
name_en = "Unsafe homes"
cluster = "ic"
region = "suzhou"
unit = "户"
target = 0
kind = "level"
direction = "decrease"
start = 2023
deadline = 2025
baseline = { value = 5000, period = 2022 }
source = { document = "jjrb-2023", quote = "集成电路产业规模" }
""",
        "utf-8",
    )
    result = cli("update", "old-homes", "200", "-p", "2023", "--lang", "en")
    assert result.code == 0, result.err
    assert "this figure is" not in result.err
