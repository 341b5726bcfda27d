"""Exit codes are those docs/cli.md gives, with or without --debug, and on Ctrl-C."""

from __future__ import annotations

from pathlib import Path

import pytest

from cluster_cli.app import load
from cluster_cli.errors import ExitCode
from conftest import CliRunner


@pytest.mark.parametrize("debug", [["--debug"], []])
def test_debug_shows_the_traceback_and_keeps_the_exit_code(
    cli: CliRunner, reg: Path, debug: list[str]
) -> None:
    result = cli(*debug, "show", "nope")
    assert result.code == ExitCode.VALUE  # 4, as without --debug (it was 1)
    assert result.err.rstrip().endswith("in the registry (`cluster-cli status` lists them)")
    assert ("Traceback" in result.err) == bool(debug)


@pytest.mark.parametrize(
    ("value", "shown"), [("1", True), ("yes", True), ("0", False), ("", False)]
)
def test_the_debug_variable_is_read_as_a_switch(
    cli: CliRunner, reg: Path, monkeypatch: pytest.MonkeyPatch, value: str, shown: bool
) -> None:
    monkeypatch.setenv("CLUSTER_CLI_DEBUG", value)
    result = cli("show", "nope")
    assert result.code == ExitCode.VALUE and ("Traceback" in result.err) == shown


def test_ctrl_c_says_so_and_exits_130(
    cli: CliRunner, reg: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*_: object, **__: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(load, "load_state", interrupted)
    result = cli("status")
    assert result.code == ExitCode.INTERRUPTED and int(result.code) == 130
    assert result.err.strip() == "cluster-cli: interrupted; nothing was changed"  # it reads only


def test_ctrl_c_while_the_command_line_is_read_says_so(
    cli: CliRunner, reg: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Typer turns Ctrl-C while it parses into a silent exit 130: it is said, as anywhere."""
    import typer.core

    def interrupted(*_: object, **__: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(typer.core.TyperCommand, "parse_args", interrupted)
    result = cli("status")
    assert result.code == ExitCode.INTERRUPTED
    assert result.err.strip() == "cluster-cli: interrupted; nothing was changed"


def test_ctrl_c_at_a_confirmation_is_an_interruption_not_an_abort(
    cli: CliRunner, reg: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Click turned Ctrl-C at a prompt into Abort ("Aborted!", exit 1); it is 130, as anywhere."""

    def ctrl_c(_: str) -> str:
        raise KeyboardInterrupt

    Path("plan.txt").write_text("三、2026年重点工作\n今年要新增企业500家。\n", "utf-8")
    monkeypatch.setattr("builtins.input", ctrl_c)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    result = cli("extract", "plan.txt", "--date", "2026-01-14", "--into", "targets.toml")
    assert result.code == ExitCode.INTERRUPTED, (result.out, result.err)
    assert "interrupted" in result.err and "Aborted" not in result.err


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["-r", "missing.toml"], ExitCode.INPUT),  # as every command: it cannot be read
        (["-l", "."], ExitCode.INPUT),  # a folder given as the ledger
        (["-r", "broken.toml"], ExitCode.PROBLEMS),  # it reads, and holds a problem
        (["-l", "latin1.toml"], ExitCode.INPUT),  # not UTF-8: it cannot be read as text
    ],
)
def test_check_stops_on_a_file_it_cannot_read_and_lists_what_a_file_holds_wrong(
    cli: CliRunner, args: list[str], code: ExitCode
) -> None:
    Path("broken.toml").write_text("x = [\n", "utf-8")
    Path("latin1.toml").write_bytes(b"version = 1\n\n[records]\n# caf\xe9\n")
    result = cli("check", *args)
    assert result.code == code, result.err
    assert ("problem:" in result.err) == (code == ExitCode.PROBLEMS)
    assert cli("status", *args).code == ExitCode.INPUT  # the same files stop `status`


@pytest.mark.parametrize("columns", ["0", "-3"])
def test_a_terminal_width_of_nothing_is_taken_as_80_columns(
    cli: CliRunner, reg: Path, monkeypatch: pytest.MonkeyPatch, columns: str
) -> None:
    monkeypatch.setenv("COLUMNS", columns)
    for args in (["status"], ["status", "--lang", "zh"], ["show", "ic-scale"]):
        result = cli(*args)
        assert result.code == 0, (args, result.err)


def test_a_file_name_too_long_for_the_system_is_a_write_error(cli: CliRunner, reg: Path) -> None:
    long = "a" * 300  # most file systems take 255 bytes a name
    Path("plan.txt").write_text("到2027年，全市新增高新技术企业500家。\n", "utf-8")
    for args in (
        ["report", "-o", f"{long}.md"],
        ["init", long],
        ["extract", "plan.txt", "-o", f"{long}.toml"],
    ):
        result = cli(*args)
        assert result.code == ExitCode.IO, (args, result.err)
        assert "File name too long" in result.err and "internal" not in result.err


def test_an_empty_as_of_is_refused_by_every_command(cli: CliRunner, reg: Path) -> None:
    for command in ("status", "report", "log"):
        result = cli(command, "--as-of", "")
        assert result.code == ExitCode.VALUE, (command, result.err)
        assert "--as-of '' is not a date" in result.err


def test_a_relative_data_home_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    """The XDG spec: a relative XDG_DATA_HOME is invalid and is ignored (it gave each folder
    a ledger of its own)."""
    from cluster_cli.files.ledger.paths import user_data_dir

    monkeypatch.setattr("sys.platform", "linux")
    monkeypatch.setenv("XDG_DATA_HOME", "relative/data")
    assert user_data_dir() == Path.home() / ".local" / "share" / "cluster-cli"
    monkeypatch.setenv("XDG_DATA_HOME", "/srv/data")
    assert user_data_dir() == Path("/srv/data/cluster-cli")


def test_a_report_written_names_its_format_as_written(cli: CliRunner, reg: Path) -> None:
    assert "(Markdown, 14 goals)" in cli("report", "-o", "r.md").err
    assert "（HTML，14 个目标）" in cli("report", "-o", "r.html", "--lang", "zh").err
