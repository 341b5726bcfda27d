"""Ctrl-C (exit 130) says "nothing was changed" when that is sure: no file written yet, or the
write cut back; after a write, or a change it could not take back, it says nothing of it."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from cluster_cli.errors import ExitCode
from cluster_cli.files import ledger
from cluster_cli.files.ledger.write import ENV_TEST_SLOW_WRITE
from conftest import CliRunner, make_record

LEDGER = Path("actuals.toml")
UNCHANGED = "cluster-cli: interrupted; nothing was changed"


def a_ledger() -> bytes:
    LEDGER.write_text(ledger.HEADER + ledger.format_record(make_record()), "utf-8")
    return LEDGER.read_bytes()


def ctrl_c_while_writing(monkeypatch: pytest.MonkeyPatch, after: int = 3) -> None:
    """Ctrl-C once ``after`` small pieces of the ledger's new lines are written."""
    monkeypatch.setenv(ENV_TEST_SLOW_WRITE, "0.001")
    calls: list[float] = []

    def interrupted(seconds: float) -> None:
        calls.append(seconds)
        if len(calls) == after:
            raise KeyboardInterrupt

    monkeypatch.setattr(time, "sleep", interrupted)


def test_an_update_cut_short_in_its_write_changed_nothing(
    cli: CliRunner, reg: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = a_ledger()
    ctrl_c_while_writing(monkeypatch)
    result = cli("update", "ic-talents", "7", "-p", "2024", "-s", "a source long enough")
    assert result.code == ExitCode.INTERRUPTED
    assert result.err.strip() == UNCHANGED, result.err
    assert LEDGER.read_bytes() == before  # cut back: what it says is so
    ctrl_c_while_writing(monkeypatch)
    zh = cli("update", "ic-talents", "7", "-p", "2024", "-s", "来源", "--lang", "zh")
    assert zh.err.strip() == "cluster-cli：已中断，未做任何更改", zh.err


def test_an_import_cut_short_in_its_copy_changed_nothing(
    cli: CliRunner, reg: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = a_ledger()
    Path("figures.csv").write_text(
        "target,value,period\nic-talents,7,2024\nic-scale,1300,2024\n", "utf-8"
    )
    ctrl_c_while_writing(monkeypatch)
    result = cli("import", "figures.csv")
    assert result.code == ExitCode.INTERRUPTED
    assert result.err.strip() == UNCHANGED, result.err
    assert LEDGER.read_bytes() == before
    assert not list(Path().glob(".actuals.toml.*"))  # no copy left behind


def test_a_report_cut_short_changed_nothing(
    cli: CliRunner, reg: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cluster_cli.files import atomic

    def interrupted(fd: int, data: bytes) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic, "write_all", interrupted)
    result = cli("report", "-o", "report.md")
    assert result.code == ExitCode.INTERRUPTED
    assert result.err.strip() == UNCHANGED, result.err
    assert list(Path().iterdir()) == [Path("targets.toml")]


def test_ctrl_c_after_the_write_says_nothing_of_changes(
    cli: CliRunner, reg: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The figure is recorded before the line saying where the goal stands: Ctrl-C there must
    not claim that nothing was changed."""
    from cluster_cli.app import recording

    def interrupted(*_: object, **__: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(recording, "standing_line", interrupted)
    result = cli("update", "ic-talents", "7", "-p", "2024")
    assert result.code == ExitCode.INTERRUPTED
    assert result.err.strip().endswith("cluster-cli: interrupted"), result.err
    assert [r.value for r in ledger.load(LEDGER).records] == [7.0]
    # The next run in the same process starts afresh.
    monkeypatch.setattr(recording, "standing_line", lambda *_: None)
    monkeypatch.setattr("cluster_cli.app.load.load_state", interrupted)
    assert cli("status").err.strip() == UNCHANGED


def test_a_torn_line_removed_before_the_cut_is_a_change(
    cli: CliRunner, reg: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An append first removes an unfinished last line; cut short after that, the ledger is
    not as it was, so nothing is claimed."""
    before = a_ledger()
    LEDGER.write_bytes(before + b'01M8ZZ = { target = "ic-sc')
    ctrl_c_while_writing(monkeypatch)
    result = cli("update", "ic-talents", "7", "-p", "2024", "-s", "a source long enough")
    assert result.code == ExitCode.INTERRUPTED
    assert "nothing was changed" not in result.err, result.err
    assert LEDGER.read_bytes() == before  # the torn line is gone, the new one cut back
