"""undo chooses what to retract under the ledger lock; a confirmed choice is kept."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from cluster_cli.errors import ExitCode
from cluster_cli.files import ledger
from conftest import CliRunner

LEDGER = Path("actuals.toml")


def confirm_while(monkeypatch: pytest.MonkeyPatch, cli: CliRunner, *args: str) -> None:
    """Answer yes at the prompt, after running another command (as if from elsewhere)."""

    def answer(_: str) -> str:
        assert cli(*args).code == 0
        return "y"

    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr("builtins.input", answer)


def test_the_confirmed_record_is_retracted_even_if_another_came_since(
    cli: CliRunner, reg: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli("update", "ic-scale", "1250", "-p", "2023")
    (first,) = ledger.load(LEDGER).records
    confirm_while(monkeypatch, cli, "update", "ic-talents", "150", "-p", "2024")
    result = cli("undo")
    assert result.code == 0, result.err
    assert "retracted ic-scale 2023" in result.out.splitlines()[-1]
    assert [r.retracts for r in ledger.load(LEDGER).records if r.retracts] == [first.id]


def test_a_confirmed_record_retracted_meanwhile_is_not_retracted_twice(
    cli: CliRunner, reg: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli("update", "ic-scale", "1250", "-p", "2023")
    confirm_while(monkeypatch, cli, "undo", "--yes")
    result = cli("undo")
    assert result.code == ExitCode.VALUE
    assert "retracted meanwhile" in result.err and "nothing was changed" in result.err
    assert len([r for r in ledger.load(LEDGER).records if r.retracts]) == 1
