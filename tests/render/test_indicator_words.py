"""A context figure's growth says what it is computed over: one year's published growth is that
year's, a rate a year names its years, and a rise over less than a year says it is annualised."""

from __future__ import annotations

from pathlib import Path

from conftest import CliRunner


def _show(cli: CliRunner, key: str, lang: str) -> str:
    result = cli("show", key, "--lang", lang)
    assert result.code == 0, result.err
    return " ".join(result.out.split())


def test_a_growth_over_under_a_year_says_it_is_annualised(cli: CliRunner, reg: Path) -> None:
    # 46 at the end of 2022 (the registry's), 50 at the end of June 2023: +8.7% in half a year.
    done = cli("update", "little-giants", "50", "-p", "2023-06-30", "-s", "example")
    assert done.code == 0, done.err
    zh = _show(cli, "little-giants", "zh")
    assert "年均+18.3%（2022至2023-06-30，不足一年，按年折算）" in zh, zh
    assert "2022至2023-06-30（不足一年，按年折算）年均增长" in zh
    en = _show(cli, "little-giants", "en")
    assert "a year from 2022 to 2023-06-30 (under a year, annualised)" in en, en


def test_a_growth_a_year_names_its_years(cli: CliRunner, reg: Path) -> None:
    done = cli("update", "little-giants", "60", "-p", "2024", "-s", "example")
    assert done.code == 0, done.err
    zh = _show(cli, "little-giants", "zh")
    assert "年均+14.2%（2022—2024年）" in zh and "2022—2024年年均增长14.2%" in zh, zh
    assert "+14.2% a year (2022–2024)" in _show(cli, "little-giants", "en")


def test_one_years_published_growth_is_that_years(cli: CliRunner, reg: Path) -> None:
    zh = _show(cli, "electronic-information-growth", "zh")
    assert "（2022年）" in zh and "2022年增长" in zh and "年均增长6.2%" not in zh, zh
    assert "Growth of 6.2% in 2022" in _show(cli, "electronic-information-growth", "en")


def test_the_report_says_where_a_context_figure_is_from_and_that_it_is_an_estimate(
    cli: CliRunner, reg: Path
) -> None:
    """The reports have no history of context figures: an estimate read as a final figure."""
    done = cli(
        "update", "industrial-output", "4.9万亿元", "-p", "2025", "-s", "example", "-n", "预计数"
    )
    assert done.code == 0, done.err
    zh = cli("report", "--lang", "zh").out
    assert "| 4.9万亿元（2025年）；来源：example；备注：预计数 |" in zh
    en = cli("report", "--lang", "en", "--html").out
    figure = '4.9 trillion</span> yuan <span class="fig">(2025)</span>'
    assert f"{figure}; source: example; note: 预计数</td>" in en
