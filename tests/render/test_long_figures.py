"""A typed figure (a target, a baseline, a recorded value) keeps every digit it was given, however
many: 12,345,678,901,234.56元 is never written 12,345,678,901,200元. Computed figures keep their
12-significant-digit noise cleaning."""

from __future__ import annotations

import csv
import html
import io
import re
from pathlib import Path

import pytest

from cluster_cli.render import numbers
from conftest import REGISTRY_HEAD, CliRunner

REGISTRY = (
    REGISTRY_HEAD
    + """\
[targets.loans]
name = "贷款余额"
name_en = "Loans"
cluster = "c"
region = "r"
unit = "元"
source = { document = "doc", quote = "q" }
target = 15000000000000.75
kind = "level"
start = 2021
deadline = 2030
baseline = { value = 10000000000000.25, period = 2020 }
"""
)

VALUE = "12345678901234.56"
ZH = "12,345,678,901,234.56元"
EN = "12.34567890123456 trillion yuan"
ROUNDED = "12,345,678,901,200"


@pytest.mark.parametrize(
    ("value", "unit", "zh", "en"),
    [
        (12345678901234.56, "元", ZH, EN),
        (10000000000000.25, "元", "10,000,000,000,000.25元", "10.00000000000025 trillion yuan"),
        (1234567.891234567, "亿元", "1,234,567.891234567亿元", "123.4567891234567 trillion yuan"),
        (-98765432109.8765, "万元", "-98,765,432,109.8765万元", "-987.654321098765 trillion yuan"),
        (44343.9, "亿元", "44,343.9亿元", "4.43439 trillion yuan"),
    ],
)
def test_typed_money_keeps_every_digit(value: float, unit: str, zh: str, en: str) -> None:
    assert numbers.quantity(value, unit, "zh", "", "typed") == zh
    assert numbers.quantity(value, unit, "en", "", "typed") == en


def test_computed_money_is_still_rounded() -> None:
    assert numbers.quantity(12345678901234.56, "元", "zh") == "12,345,678,901,200元"
    assert numbers.quantity(256.2000000000055, "亿元", "zh") == "256.2亿元"


def test_plain_writes_every_digit_of_a_typed_figure_only() -> None:
    assert numbers.plain(numbers.Typed(12345678901234.56)) == VALUE
    assert numbers.plain(numbers.Typed(0.1234567890123456)) == "0.1234567890123456"
    assert numbers.plain(numbers.Typed(1.5e-7)) == "0.00000015"
    assert numbers.plain(numbers.Typed(2000.0)) == "2000"
    # A computed figure loses what lies beyond 12 significant digits, as before.
    assert numbers.plain(12345678901234.56) == "12345678901200"
    assert numbers.plain(256.2000000000055) == "256.2"
    assert numbers.plain(0.1 + 0.2) == "0.3"
    # Arithmetic on a typed figure is computed.
    assert numbers.plain(numbers.Typed(0.1) + 0.2) == "0.3"
    assert numbers.as_typed(None) is None


@pytest.fixture
def recorded(cli: CliRunner) -> CliRunner:
    Path("targets.toml").write_text(REGISTRY, "utf-8")
    result = cli("update", "loans", f"{VALUE}元", "-p", "2024", "-s", "x", "--lang", "zh")
    assert result.code == 0 and ZH in result.out + result.err, result
    return cli


@pytest.mark.parametrize(
    "args",
    [
        ("show", "loans"),
        ("status",),
        ("report",),
        ("report", "--html"),
        ("log",),
    ],
)
def test_every_view_shows_the_recorded_digits(recorded: CliRunner, args: tuple[str, ...]) -> None:
    zh = recorded(*args, "--lang", "zh")
    assert zh.code == 0, zh.err
    shown = _read(zh.out)
    assert ZH in shown, zh.out
    if args[0] in ("show", "report"):
        assert "10,000,000,000,000.25元" in shown, zh.out
    assert ROUNDED not in shown
    en = recorded(*args, "--lang", "en")
    assert en.code == 0, en.err
    assert EN in " ".join(_read(en.out).split()), en.out


def _read(out: str) -> str:
    """The text as read: an HTML page without its tags (a long number is two spans)."""
    return html.unescape(re.sub("<[^>]+>", "", out))


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_csv_has_every_digit_of_the_typed_figures(recorded: CliRunner, lang: str) -> None:
    result = recorded("report", "--csv", "--lang", lang)
    assert result.code == 0, result.err
    header, row = list(csv.reader(io.StringIO(result.out)))
    cells = dict(zip(header, row, strict=True))
    named = {"target": "目标值", "baseline": "基期", "latest": "最新数值"}
    keys = {key: named[key] if lang == "zh" else key for key in named}
    assert cells[keys["latest"]] == VALUE
    assert cells[keys["baseline"]] == "10000000000000.25"
    assert cells[keys["target"]] == "15000000000000.75"


def test_the_csv_computed_figures_are_still_cleaned(recorded: CliRunner) -> None:
    header, row = list(csv.reader(io.StringIO(recorded("report", "--csv").out)))
    cells = dict(zip(header, row, strict=True))
    # 15000000000000.75 - 12345678901234.56: 12 significant digits, as every computed figure.
    assert cells["gap"] == "2654321098770"
    assert len(cells["progress"].lstrip("0.")) <= 12


def test_json_keeps_the_engine_figures(recorded: CliRunner) -> None:
    result = recorded("status", "--json")
    assert result.code == 0 and VALUE in result.out, result.err
