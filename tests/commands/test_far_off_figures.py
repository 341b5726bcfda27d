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
    assert "this figure is 826 times the registry's figure or more" in result.err, result.err
    assert "(the goal is in 万亿元)" in result.err
    assert "recorded industrial-output 2024" in result.out
    zh = cli("update", "ic-scale", "1350", "-p", "2024", "--lang", "zh")
    assert zh.code == 0 and "警告" not in zh.err, zh.err  # near the target: nothing said
    low = cli("update", "ic-scale", "50", "-p", "2025", "--lang", "zh", "--dry-run")
    assert "这个数值不到已有数值（基期、最新数值）的 20 分之一" in low.err, low.err


def test_an_import_names_the_row_of_a_far_off_figure(cli: CliRunner, reg: Path) -> None:
    Path("f.csv").write_text(
        "target,value,period,source\nic-scale,13500000,2023,example\nic-talents,150,2024,example\n",
        "utf-8",
    )
    result = cli("import", "f.csv", "--lang", "en")
    assert result.code == 0, result.err
    assert "f.csv: line 2: this figure is 6,750 times the target and the figures" in result.err
    assert "line 3" not in result.err
    assert "imported 2 record(s) from f.csv" in result.out, result.out
