"""Appending never leaves the ledger worse than it found it: not under a hand-written table,
not with half a line when the write is interrupted, not on a bad test setting."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from cluster_cli.errors import ExitCode, WriteError
from cluster_cli.files import ledger
from cluster_cli.files.ledger.write import ENV_TEST_SLOW_WRITE
from conftest import CliRunner, fresh_python, make_record

LEDGER = Path("actuals.toml")
TABLE = (
    '[records.01M94Q01ARMGZ7EYBBYMGA7Y3H]\ntarget = "ic-scale"\nperiod = "2023"\nvalue = 1.0\n'
    'unit = "亿元"\nrecorded_at = "2024-01-02T00:00:00Z"\n'
)


def a_ledger(*, table: str = "", header: str = "[records]") -> bytes:
    line = ledger.format_record(make_record(1500.0, "[a note in brackets]", period="2024"))
    LEDGER.write_text(f"version = 1\n\n{header}\n{line}{table}", "utf-8")
    return LEDGER.read_bytes()


@pytest.mark.parametrize(
    "args",
    [
        ("update", "ic-talents", "7", "-p", "2024"),
        ("undo", "--yes"),
        ("import", "figures.csv"),
    ],
)
def test_nothing_is_appended_under_a_hand_written_table(
    cli: CliRunner, reg: Path, args: tuple[str, ...]
) -> None:
    """The table's record reads fine; a line after it would become one of its keys."""
    Path("figures.csv").write_text("target,value,period\nic-talents,5,2023\nic-talents,6,2024\n")
    before = a_ledger(table=TABLE)
    assert cli("check").code == 0
    result = cli(*args)
    assert result.code == ExitCode.INPUT, result.err
    assert "actuals.toml: line 5: the ledger ends with the table" in result.err
    assert LEDGER.read_bytes() == before
    assert not Path("actuals.toml.lock").exists()  # refused before the lock file is made
    assert cli("check").code == 0


@pytest.mark.parametrize("header", ["[records]", "  [records]"])
def test_brackets_in_a_note_or_an_indented_header_do_not_stop_an_append(
    cli: CliRunner, reg: Path, header: str
) -> None:
    a_ledger(header=header)
    assert cli("update", "ic-talents", "7", "-p", "2024").code == 0
    assert [r.value for r in ledger.load(LEDGER).records] == [1500.0, 7.0]


@pytest.mark.parametrize("setting", ["-1", "abc", "nan", "inf", "1e400"])
def test_a_bad_slow_write_setting_is_refused_before_anything_is_written(
    cli: CliRunner, reg: Path, monkeypatch: pytest.MonkeyPatch, setting: str
) -> None:
    before = a_ledger()
    monkeypatch.setenv(ENV_TEST_SLOW_WRITE, setting)
    result = cli("update", "ic-talents", "7", "-p", "2024")
    assert result.code == ExitCode.VALUE and "CLUSTER_CLI_TEST_SLOW_WRITE" in result.err
    assert LEDGER.read_bytes() == before


def test_an_interrupted_append_is_cut_back(reg: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C in the middle of the line: the ledger is as it was, the interrupt goes on."""
    before = a_ledger()
    monkeypatch.setenv(ENV_TEST_SLOW_WRITE, "0.001")
    calls = []

    def interrupted(seconds: float) -> None:
        calls.append(seconds)
        if len(calls) == 3:  # three chunks of the line written
            raise KeyboardInterrupt

    monkeypatch.setattr(time, "sleep", interrupted)
    with pytest.raises(KeyboardInterrupt):
        ledger.append(LEDGER, [make_record(7.0, goal_id="ic-talents", period="2024")])
    assert LEDGER.read_bytes() == before


def test_readers_do_not_load_the_writer() -> None:
    """The package imports each part when first used: reading the ledger does not load how it
    is written, and ``ledger.append`` is the function however its module was imported."""
    printed = fresh_python(
        "import sys",
        "from cluster_cli.files import ledger",
        "ledger.load, ledger.locate, ledger.lock_path",
        "print('cluster_cli.files.ledger.write' in sys.modules)",
        "import cluster_cli.files.ledger.write",
        "print(callable(ledger.append), ledger.append.__module__)",
    )
    assert printed == ["False", "True cluster_cli.files.ledger.write"]


# A refused write creates no file: what can be known without the lock (the path is a folder, the
# registry, no regular file, or a ledger that does not parse) is refused before the lock file
# is made. A lock file is never deleted afterwards: another process may be waiting on it.
CONFLICT = "version = 1\n\n[records]\n<<<<<<< HEAD\n"
NOT_TOML = "version = 1\n\n[records]\nx = = 1\n"
REFUSED_LEDGERS = {
    "a folder": ("L", "L: is a directory, not a ledger file"),
    "the registry": ("targets.toml", "targets.toml: is the registry (targets.toml), not a ledger"),
    "a merge conflict": ("conflict.toml", "conflict.toml: line 4: an unresolved git merge"),
    "invalid TOML": ("bad.toml", "bad.toml: line 4, column 5: invalid TOML"),
    "a pipe": ("pipe", "pipe: is a pipe, not a file"),
    "a hand-written last table": ("table.toml", "table.toml: line 5: the ledger ends with the"),
    "a loop of links": ("loop.toml", "loop.toml: cannot be read: Too many levels of symbolic"),
}
WRITING = {
    "update": ("update", "ic-talents", "7", "-p", "2024"),
    "update --dry-run": ("update", "ic-talents", "7", "-p", "2024", "--dry-run"),
    "undo": ("undo", "--yes"),
    "import": ("import", "figures.csv"),
}


def snapshot() -> dict[str, bytes | str | None]:
    """Every file, folder and link under the test's folder, with what each holds."""
    found: dict[str, bytes | str | None] = {}
    for path in sorted(Path(".").rglob("*")):
        if path.is_symlink():
            found[str(path)] = os.readlink(path)
        else:
            found[str(path)] = path.read_bytes() if path.is_file() else None
    return found


@pytest.mark.parametrize("command", sorted(WRITING))
@pytest.mark.parametrize("case", sorted(REFUSED_LEDGERS))
def test_a_refused_write_creates_no_lock_file(
    cli: CliRunner, reg: Path, case: str, command: str
) -> None:
    Path("figures.csv").write_text("target,value,period\nic-talents,5,2023\nic-talents,6,2024\n")
    Path("L").mkdir()
    Path("conflict.toml").write_text(CONFLICT, "utf-8")
    Path("bad.toml").write_text(NOT_TOML, "utf-8")
    os.mkfifo("pipe")
    Path("loop.toml").symlink_to("loop.toml")
    Path("table.toml").write_text(a_ledger(table=TABLE).decode("utf-8"), "utf-8")
    LEDGER.unlink()
    name, message = REFUSED_LEDGERS[case]
    before = snapshot()
    result = cli(*WRITING[command], "--ledger", name)
    assert result.code == ExitCode.INPUT, result.err
    assert message in result.err and result.err.count("\n") == 1, result.err
    assert "Traceback" not in result.err
    assert snapshot() == before  # no lock file, nothing changed


def test_a_ledger_is_appended_to_only_in_a_folder_that_is_there(tmp_path: Path) -> None:
    """The library makes a missing folder only when asked (the default ledger's, in the user
    data folder); a link to a file in a folder that is not there makes nothing either."""
    record = make_record(7.0, goal_id="ic-talents", period="2024")
    nowhere = tmp_path / "no" / "such" / "actuals.toml"
    link = tmp_path / "link.toml"
    link.symlink_to(tmp_path / "gone" / "actuals.toml")
    for path in (nowhere, link):
        before = snapshot()
        with pytest.raises(WriteError, match="does not exist; folders are made only for"):
            ledger.append(path, [record])
        with pytest.raises(WriteError, match="nothing was changed"):
            ledger.append_chosen(path, lambda _: [record])
        assert snapshot() == before
    assert not (tmp_path / "no").exists() and not (tmp_path / "gone").exists()
    ledger.append(nowhere, [record], make_folder=True)
    assert [r.id for r in ledger.load(nowhere).records] == [record.id]
