"""Files that are not what they are taken for, and hand edits that read but mislead: each named
with the file, the place and what to do, in the language of the run."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import CliRunner


def ledger_with_a_retraction_of(cli: CliRunner, period: str) -> Path:
    assert cli("update", "ic-scale", "1100", "-p", "2023", "-s", "x").code == 0
    ledger = Path("actuals.toml")
    figure = re.search(
        r'^(\w+) = \{ target = "ic-scale", period = "2023"', ledger.read_text("utf-8"), re.M
    )
    assert figure is not None
    line = (
        f'01M979Y0DTX4HSK64EEWGC75EX = {{ target = "ic-scale", period = "{period}", '
        f'unit = "亿元", recorded_at = "2026-01-01T00:00:00Z", retracts = "{figure.group(1)}" }}\n'
    )
    ledger.write_text(ledger.read_text("utf-8") + line, "utf-8")
    return ledger


def test_check_names_a_retraction_of_another_period(cli: CliRunner, reg: Path) -> None:
    ledger = ledger_with_a_retraction_of(cli, "2024")
    line = len(ledger.read_text("utf-8").splitlines())
    result = cli("check")
    assert result.code == 1
    assert f"actuals.toml: line {line}: record 01M979Y0DTX4HSK64EEWGC75EX: retracts " in result.err
    assert "but names the period 2024" in result.err
    assert 'write period = "2023", as in the record it withdraws' in result.err
    chinese = cli("check", "--lang", "zh")
    assert chinese.code == 1
    assert f"actuals.toml：第 {line} 行：记录 01M979Y0DTX4HSK64EEWGC75EX：撤回的" in chinese.err
    assert '请改为 period = "2023"' in chinese.err


def test_a_retraction_that_repeats_the_period_passes(cli: CliRunner, reg: Path) -> None:
    ledger_with_a_retraction_of(cli, "2023")
    result = cli("check")
    assert result.code == 0, result.err


def test_every_record_problem_of_check_names_its_line(cli: CliRunner, reg: Path) -> None:
    ledger = Path("actuals.toml")
    assert cli("update", "ic-scale", "1100", "-p", "2023", "-s", "x").code == 0
    bad = (
        'R1 = { target = "nope", period = "2024", value = 1.0, unit = "亿元", '
        'recorded_at = "2026-01-01T00:00:00Z" }\n'
    )
    ledger.write_text(ledger.read_text("utf-8") + bad, "utf-8")
    line = len(ledger.read_text("utf-8").splitlines())
    result = cli("check")
    assert result.code == 1
    assert f"actuals.toml: line {line}: record R1: no goal or indicator 'nope'" in result.err


@pytest.mark.parametrize(
    ("lang", "advice"),
    [
        ("en", "line 1: is not valid UTF-8 (byte 5); save it as UTF-8"),
        ("zh", "请在编辑器中另存为 UTF-8"),
    ],
)
@pytest.mark.parametrize(
    "command", [["status"], ["check"], ["update", "ic-scale", "1", "-p", "2024"]]
)
def test_a_ledger_saved_in_gbk_says_to_save_it_as_utf8(
    cli: CliRunner, reg: Path, lang: str, advice: str, command: list[str]
) -> None:
    Path("actuals.toml").write_bytes("# 台账\nversion = 1\n\n[records]\n".encode("gbk"))
    result = cli(*command, "--lang", lang)
    assert result.code == 3, result.err
    assert advice in result.err, result.err


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_registry_saved_in_gbk_says_to_save_it_as_utf8(
    cli: CliRunner, reg: Path, lang: str
) -> None:
    reg.write_bytes(reg.read_text("utf-8").encode("gbk"))
    result = cli("status", "--lang", lang)
    assert result.code == 3
    assert ("save it as UTF-8" if lang == "en" else "请另存为 UTF-8") in result.err, result.err


@pytest.mark.parametrize(
    "command",
    [
        ["status"],
        ["show", "ic-scale"],
        ["report"],
        ["log"],
        ["undo", "--yes"],
        ["update", "ic-scale", "1", "-p", "2024"],
    ],
)
def test_the_registry_given_as_the_ledger_is_said_to_be_the_registry(
    cli: CliRunner, reg: Path, command: list[str]
) -> None:
    before = reg.read_bytes()
    result = cli(*command, "--ledger", "targets.toml")
    assert result.code == 3, result.err
    assert "targets.toml: is the registry (targets.toml), not a ledger" in result.err
    assert "unknown key" not in result.err
    assert reg.read_bytes() == before


def test_check_lists_the_registry_given_as_the_ledger(cli: CliRunner, reg: Path) -> None:
    result = cli("check", "--ledger", "targets.toml", "--lang", "zh")
    assert result.code == 1
    assert "targets.toml：是目标登记表（targets.toml），不是台账" in result.err


def test_another_registry_given_as_the_ledger_is_said_to_be_one(cli: CliRunner, reg: Path) -> None:
    Path("team").mkdir()
    Path("team", "targets.toml").write_bytes(reg.read_bytes())
    result = cli("status", "--ledger", "team/targets.toml")
    assert result.code == 3
    assert (
        "team/targets.toml: is a registry of goals (it has [targets]), not a ledger" in result.err
    )
    chinese = cli("log", "--ledger", "team/targets.toml", "--lang", "zh")
    assert "team/targets.toml：是目标登记表（含 [targets]），不是台账" in chinese.err
