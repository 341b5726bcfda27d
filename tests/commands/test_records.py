"""The ledger commands run in-process: update, log, undo, import and check."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from cluster_cli.errors import ExitCode
from cluster_cli.files import ledger
from conftest import REPO, CliRunner, make_record

LEDGER = Path("actuals.toml")
HEADER_LINES = ledger.HEADER.count("\n")  # "[records]" is the header's last line


def test_update_keeps_the_figure_as_typed_beside_the_registry(cli: CliRunner, reg: Path) -> None:
    """A figure typed in another money unit is kept as published (the user can check it against
    the source) and converted exactly where it is compared with the goal."""
    result = cli("update", "ic-scale", "0.125万亿", "--period", "2023", "--source", "统计公报")
    assert result.code == 0, result.err
    assert result.out.startswith("recorded ic-scale 2023 = 125 billion yuan (id ")  # in English
    assert "source: 统计公报) in actuals.toml\n" in result.out
    assert "created the ledger actuals.toml" in result.err
    (record,) = ledger.load(LEDGER).records
    assert (record.value, record.unit, record.period, record.source) == (
        0.125,
        "万亿元",
        "2023",
        "统计公报",
    )
    assert reg.read_text("utf-8") == (REPO / "targets.toml").read_text("utf-8")
    shown = cli("status", "--json")
    assert '"value": 1250.0' in shown.out  # in the goal's 亿元
    typed = cli("update", "industrial-output", "44343.9亿元", "--period", "2023", "--lang", "zh")
    assert "已记录 industrial-output 2023 = 44,343.9亿元 （id " in typed.out  # not 4.43万亿元
    logged = cli("log", "--lang", "zh").out
    assert "ic-scale 2023 = 0.125万亿元" in logged and "= 44,343.9亿元" in logged
    # English writes what was typed in its own words, every digit kept.
    assert "industrial-output 2023 = 4.43439 trillion yuan" in cli("log", "--lang", "en").out


def test_cumulative_goal_takes_dates_and_indicators_take_updates(cli: CliRunner, reg: Path) -> None:
    assert cli("update", "ic-talents", "150名", "-p", "2024-06-30").code == 0
    assert cli("update", "industrial-output", "4.69万亿", "-p", "2024").code == 0
    counted = cli("update", "little-giants", "12", "-p", "2024-06-30")  # a count: running total
    assert counted.code == 0, counted.err
    values = [(r.goal_id, r.value, r.unit) for r in ledger.load(LEDGER).records]
    assert values == [
        ("ic-talents", 150.0, "名"),
        ("industrial-output", 4.69, "万亿元"),
        ("little-giants", 12.0, "家"),
    ]


def test_level_goal_refuses_a_date(cli: CliRunner, reg: Path) -> None:
    result = cli("update", "ic-scale", "900", "-p", "2024-08-31")
    assert result.code == ExitCode.VALUE
    assert "year-to-date" in result.err and "annual target" in result.err
    assert not LEDGER.exists()


def test_built_in_registry_uses_the_user_data_folder(cli: CliRunner, tmp_path: Path) -> None:
    result = cli("update", "ic-scale", "1250", "-p", "2023")
    assert result.code == 0, result.err
    path = tmp_path / "xdg-data" / "cluster-cli" / "actuals.toml"
    assert str(path) in result.err
    assert len(ledger.load(path).records) == 1
    assert "created" not in cli("update", "ic-scale", "1260", "-p", "2023").err


def test_dry_run_changes_nothing(cli: CliRunner, reg: Path) -> None:
    cli("update", "ic-scale", "1250", "-p", "2023")
    before = LEDGER.read_bytes()
    result = cli("update", "ic-scale", "1300", "-p", "2023", "--dry-run")
    assert result.code == 0 and result.out.startswith(
        "would record ic-scale 2023 = 130 billion yuan"
    )
    assert LEDGER.read_bytes() == before


@pytest.mark.parametrize(
    ("args", "code", "expected"),
    [
        (["ic-scal", "1", "-p", "2023"], ExitCode.VALUE, "did you mean ic-scale"),
        (["ic-scale", "lots", "-p", "2023"], ExitCode.VALUE, "is not a number"),
        (["ic-scale", "NaN", "-p", "2023"], ExitCode.VALUE, "not a finite number"),
        (["ic-scale", "inf", "-p", "2023"], ExitCode.VALUE, "not a finite number"),
        (["ic-scale", "", "-p", "2023"], ExitCode.VALUE, "empty"),
        (["ic-talents", "-p", "2023", "--", "-5"], ExitCode.VALUE, "cannot be negative"),
        (["ic-talents", "2.5", "-p", "2023"], ExitCode.VALUE, "whole number"),
        (["ic-talents", "5亿元", "-p", "2023"], ExitCode.VALUE, "measured in 名"),
        (["ic-scale", "5家", "-p", "2023"], ExitCode.VALUE, "measured in 亿元"),
        (["ic-scale", "1", "-p", "2099"], ExitCode.VALUE, "implausible"),
        (["ic-scale", "1", "-p", "1900"], ExitCode.VALUE, "implausible"),
        (["ic-talents", "1", "-p", "2024-02-30"], ExitCode.VALUE, "not a valid date"),
        (["ic-talents", "1", "-p", "2024/6"], ExitCode.VALUE, "not a year"),
    ],
)
def test_bad_input_leaves_the_ledger_unchanged(
    cli: CliRunner, reg: Path, args: list[str], code: int, expected: str
) -> None:
    cli("update", "ic-scale", "1250", "-p", "2023")
    before = LEDGER.read_bytes()
    result = cli("update", *args)
    assert result.code == code
    assert expected in result.err
    assert result.err.count("cluster-cli: error:") == 1
    assert "Traceback" not in result.err
    assert LEDGER.read_bytes() == before


def test_invalid_ledger_is_refused_with_line_and_column(cli: CliRunner, reg: Path) -> None:
    cli("update", "ic-scale", "1250", "-p", "2023")
    LEDGER.write_text(LEDGER.read_text("utf-8").replace("[records]", "[records"), "utf-8")
    before = LEDGER.read_bytes()
    result = cli("update", "ic-scale", "1300", "-p", "2023")
    assert result.code == ExitCode.INPUT
    assert (
        "actuals.toml" in result.err
        and f"line {HEADER_LINES}" in result.err
        and "column" in result.err
    )
    assert LEDGER.read_bytes() == before


def test_orphan_records_warn_but_do_not_fail(cli: CliRunner, reg: Path) -> None:
    cli("update", "ic-core-projects", "3", "-p", "2023")
    reg.write_text(
        reg.read_text("utf-8").replace("[targets.ic-core-projects]", "[targets.ic-projects]")
    )
    result = cli("log")
    assert result.code == 0, result.err
    assert "warning" in result.err and "ic-core-projects" in result.err
    assert cli("update", "ic-projects", "4", "-p", "2024").code == 0
    checked = cli("check")
    assert checked.code == ExitCode.PROBLEMS
    assert "no goal or indicator 'ic-core-projects'" in checked.err


def test_log_marks_revisions_and_retractions(cli: CliRunner, reg: Path) -> None:
    cli("update", "ic-scale", "1250", "-p", "2023")
    cli("update", "ic-scale", "1260", "-p", "2023", "--note", "修订")
    cli("update", "ic-talents", "150", "-p", "2024")
    assert cli("undo", "--yes").code == 0
    text = cli("log")
    lines = text.out.splitlines()
    assert len(lines) == 4
    assert "superseded by" in lines[0] and "ic-scale 2023 = 125 billion yuan" in lines[0]
    assert "retracted by" in lines[2] and "ic-talents" in lines[2]
    assert "retraction of" in lines[3]
    rows = json.loads(cli("log", "--json").out)
    assert [row["status"] for row in rows] == ["superseded", "current", "retracted", "retraction"]
    assert rows[0]["superseded_by"] == rows[1]["id"]
    assert rows[3]["retracts"] == rows[2]["id"]
    only = json.loads(cli("log", "ic-talents", "--json").out)
    assert {row["target"] for row in only} == {"ic-talents"}
    assert cli("log", "ic-talent").code == ExitCode.VALUE


def test_log_as_of_shows_what_was_known_then(cli: CliRunner, reg: Path) -> None:
    record = ledger.format_record(
        make_record(
            1100.0,
            period="2022",
            recorded_at="2023-03-01T00:00:00.000000Z",
            id="01H00000000000000000000000",
        )
    )
    LEDGER.write_text(ledger.HEADER + record, "utf-8")
    cli("update", "ic-scale", "1250", "-p", "2023")
    assert len(json.loads(cli("log", "--json").out)) == 2
    # The time is as stamped, in UTC, and says so (--as-of reads days in UTC too).
    assert cli("log").out.startswith("2023-03-01 00:00 UTC  01H00000")
    then = json.loads(cli("log", "--json", "--as-of", "2023-06-30").out)
    assert [row["value"] for row in then] == [1100.0]
    assert cli("log", "--as-of", "June").code == ExitCode.VALUE


def test_undo_without_yes_refuses_when_not_a_terminal(cli: CliRunner, reg: Path) -> None:
    cli("update", "ic-scale", "1250", "-p", "2023")
    before = LEDGER.read_bytes()
    result = cli("undo")
    assert result.code == ExitCode.USAGE
    assert "--yes" in result.err and "will retract ic-scale 2023" in result.out
    assert cli("undo", "--dry-run").code == 0
    assert LEDGER.read_bytes() == before


def test_undo_twice_retracts_older_records_and_never_deletes(cli: CliRunner, reg: Path) -> None:
    cli("update", "ic-scale", "1250", "-p", "2023")
    cli("update", "ic-talents", "150", "-p", "2024")
    first = LEDGER.read_bytes()
    assert "ic-talents" in cli("undo", "--yes").out
    assert "ic-scale" in cli("undo", "--yes").out
    assert LEDGER.read_bytes().startswith(first)
    assert len(ledger.load(LEDGER).records) == 4
    result = cli("undo", "--yes")
    assert result.code == ExitCode.VALUE and "no recorded figure" in result.err


def test_undo_keeps_why_with_the_retraction_and_no_word_of_its_own(
    cli: CliRunner, reg: Path
) -> None:
    cli("update", "ic-scale", "1250", "-p", "2023")
    cli("update", "ic-talents", "150", "-p", "2024")
    assert cli("undo", "--yes", "--note", " 统计局已修订 ").code == 0
    assert cli("undo", "--yes").code == 0
    first, second = (r for r in ledger.load(LEDGER).records if r.retracts is not None)
    assert (first.note, second.note) == ("统计局已修订", "")  # "undo" was written in English
    assert "统计局已修订" in cli("log", "ic-talents", "--lang", "zh").out


def test_undo_refuses_a_note_with_control_characters(cli: CliRunner, reg: Path) -> None:
    cli("update", "ic-scale", "1250", "-p", "2023")
    before = LEDGER.read_bytes()
    result = cli("undo", "--yes", "--note", "bad\x1b[31m")
    assert result.code == ExitCode.VALUE, result.err
    assert "--note" in result.err and "Traceback" not in result.err
    assert LEDGER.read_bytes() == before


def write_csv(text: str, bom: bool = False) -> Path:
    path = Path("figures.csv")
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


def test_import_with_bom_appends_all_rows(cli: CliRunner, reg: Path) -> None:
    path = write_csv(
        "target,value,period,source,note\r\n"
        "ic-scale,1250亿元,2023,统计公报,\r\n"
        'ic-talents,150,2024-06-30,"人社局, 通报",first half\r\n',
        bom=True,
    )
    result = cli("import", str(path))
    assert result.code == 0, result.err
    records = ledger.load(LEDGER).records
    assert [(r.goal_id, r.value, r.source) for r in records] == [
        ("ic-scale", 1250.0, "统计公报"),
        ("ic-talents", 150.0, "人社局, 通报"),
    ]


def test_importing_a_file_again_writes_only_what_is_new(cli: CliRunner, reg: Path) -> None:
    rows = "target,value,period,source\nic-scale,1250亿元,2023,统计公报\nic-talents,150,2024,通报\n"
    assert cli("import", str(write_csv(rows))).code == 0
    before = LEDGER.read_bytes()
    again = cli("import", str(write_csv(rows)))
    assert again.code == 0, again.err
    assert LEDGER.read_bytes() == before  # nothing appended, nothing superseded
    assert again.out.count("already recorded, skipped") == 2 and "imported 0 record" in again.out
    assert "figures.csv: line 2: already recorded" in again.out
    # One figure the same, one revised, one new: two are written.
    more = rows.replace("150,", "160,") + "ic-scale,1300,2024,公报\n"
    result = cli("import", str(write_csv(more)))
    assert result.code == 0 and result.out.count("already recorded, skipped") == 1, result.out
    records = ledger.load(LEDGER).records
    assert [(r.goal_id, r.value) for r in records[2:]] == [
        ("ic-talents", 160.0),
        ("ic-scale", 1300.0),
    ]


def test_import_reports_every_bad_row_and_writes_nothing(cli: CliRunner, reg: Path) -> None:
    cli("update", "ic-scale", "1250", "-p", "2023")
    before = LEDGER.read_bytes()
    path = write_csv(
        "target,value,period\n"
        "ic-scale,1300,2023\n"
        "ic-scal,1,2023\n"
        "ic-talents,abc,2024\n"
        "ic-talents,5,20x4\n"
        "ic-talents,5亿元,2024\n"
        "ic-scale,1400,2023\n"
        "ic-scale,12000000000000000000元,2023\n"
    )
    result = cli("import", str(path))
    assert result.code == ExitCode.INPUT
    for line, expected in [
        (3, "did you mean ic-scale"),
        (4, "not a number"),
        (5, "not a year"),
        (6, "measured in 名"),
        (7, "duplicate row"),
        (8, "too large to be a figure"),  # as typed and stored (元), not in 亿元
    ]:
        assert f"figures.csv: line {line}: " in result.err and expected in result.err
    assert "figures.csv:2:" not in result.err
    assert result.err.count("cluster-cli: error:") == 1
    assert LEDGER.read_bytes() == before


def test_import_needs_a_header_and_dry_run_writes_nothing(cli: CliRunner, reg: Path) -> None:
    no_header = cli("import", str(write_csv("ic-scale,1250,2023\n")))
    assert no_header.code == ExitCode.INPUT and "header" in no_header.err
    dry = cli("import", str(write_csv("target,value,period\nic-scale,1250,2023\n")), "--dry-run")
    assert dry.code == 0 and "would record ic-scale 2023" in dry.out
    assert not LEDGER.exists()
    assert cli("import", "missing.csv").code == ExitCode.INPUT


def test_check_reports_torn_tail_as_warning(cli: CliRunner, reg: Path) -> None:
    cli("update", "ic-scale", "1250", "-p", "2023")
    with LEDGER.open("a", encoding="utf-8") as handle:
        handle.write('01J = { target = "ic-sc')
    result = cli("check")
    assert result.code == 0, result.err
    assert "warning" in result.err and "unfinished record" in result.err
    assert "1 records" in result.out


def test_check_stale_after(cli: CliRunner, reg: Path) -> None:
    cli("update", "ic-scale", "1250", "-p", "2023")
    result = cli("check", "--stale-after", "1200m")  # 100 years: nothing is stale
    assert result.code == 0, result.err
    stale = cli("check", "--stale-after", "90d", "--json")
    assert stale.code == ExitCode.PROBLEMS
    report = json.loads(stale.out)
    assert any(item.startswith("ic-scale: latest figure is for 2023") for item in report["stale"])
    assert any("ic-talents: no figure recorded" in item for item in report["stale"])
    assert cli("check", "--stale-after", "soon").code == ExitCode.USAGE
    # ic-scale's deadline is 2025: with that year's figure in, it is settled, and stale never.
    cli("update", "ic-scale", "1500", "-p", "2025")
    settled = json.loads(cli("check", "--stale-after", "90d", "--json").out)
    assert not any(item.startswith("ic-scale") for item in settled["stale"])


def test_duration_arithmetic() -> None:
    import datetime as dt

    from cluster_cli.engine.checks import parse_duration, subtract

    day = dt.date(2025, 3, 31)
    assert subtract(day, *parse_duration("1m")) == dt.date(2025, 2, 28)
    assert subtract(day, *parse_duration("18m")) == dt.date(2023, 9, 30)
    assert subtract(day, *parse_duration("2y")) == dt.date(2023, 3, 31)
    assert subtract(day, *parse_duration("90d")) == dt.date(2024, 12, 31)


def test_update_says_what_it_revises_and_writes_no_duplicate(cli: CliRunner, reg: Path) -> None:
    first = cli("update", "ic-talents", "150", "-p", "2024")
    assert first.code == 0, first.err
    again = cli("update", "ic-talents", "150名", "-p", "2024-12-31")  # the same period
    assert again.code == 0, again.err
    assert again.out.startswith("already recorded: ic-talents 2024 = 150 talents and teams (id ")
    assert again.out.rstrip().endswith("in actuals.toml; nothing was written")
    dry = cli("update", "ic-talents", "160", "-p", "2024", "--dry-run")
    assert "would record ic-talents 2024 = 160 talents and teams" in dry.out
    assert "it would revise ic-talents 2024 = 150 talents and teams (id " in dry.out
    revised = cli("update", "ic-talents", "160", "-p", "2024")
    assert (
        "revised ic-talents 2024: 150 talents and teams -> 160 talents and teams "
        "(the earlier figure, id " in revised.out
    )
    assert [r.value for r in ledger.load(LEDGER).records] == [150.0, 160.0]


def test_the_same_amount_in_another_unit_is_no_revision(cli: CliRunner, reg: Path) -> None:
    assert cli("update", "ic-scale", "1250", "-p", "2023").code == 0
    before = LEDGER.read_bytes()
    again = cli("update", "ic-scale", "0.125万亿元", "-p", "2023")
    assert again.code == 0, again.err
    assert again.out.startswith("already recorded: ic-scale 2023 = 125 billion yuan (id "), (
        again.out
    )
    assert LEDGER.read_bytes() == before
    # A hair apart is another figure: a revision, recorded.
    revised = cli("update", "ic-scale", "0.12501万亿元", "-p", "2023")
    assert "revised ic-scale 2023" in revised.out, revised.out
    assert len(ledger.load(LEDGER).records) == 2


@pytest.mark.parametrize(
    "typed", ["集成电路领军人才及创新团队", "ic-talents", "IC LEADING TALENTS AND TEAMS"]
)
def test_update_takes_a_goal_by_its_exact_name_in_either_language(
    cli: CliRunner, reg: Path, typed: str
) -> None:
    import tomllib

    english = tomllib.loads(reg.read_text("utf-8"))["targets"]["ic-talents"]["name_en"]
    typed = english.upper() if typed.isupper() else typed
    result = cli("update", typed, "10", "-p", "2023", "--dry-run")
    assert result.code == 0, result.err
    assert "would record ic-talents 2023 = 10 talents and teams" in result.out


def test_an_unknown_goal_gets_the_closest_ids_by_id_or_name(cli: CliRunner, reg: Path) -> None:
    by_case = cli("update", "IC-SCAL", "1", "-p", "2023")
    assert "did you mean ic-scale" in by_case.err
    by_name = cli("update", "集成电路产业", "1", "-p", "2023")
    assert by_name.code == 4 and "did you mean ic-scale" in by_name.err


def test_update_says_the_baseline_is_approximate(cli: CliRunner, reg: Path) -> None:
    result = cli("update", "ic-scale", "1250", "-p", "2023", "--lang", "en")
    assert "The baseline is approximate" in result.out, result.out


def test_the_same_figure_written_meanwhile_by_another_update_is_not_written_again(
    cli: CliRunner, reg: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two identical updates at once: the other one's figure lands between this one's look at
    the ledger and its lock. What is already recorded is decided under the lock."""
    import contextlib
    import importlib
    from collections.abc import Iterator

    # The module that appends, where the lock is taken.
    write_module = importlib.import_module("cluster_cli.files.ledger.write")

    original = write_module.locked
    other = cli("update", "ic-talents", "150", "-p", "2024", "--dry-run")
    assert other.code == 0
    injected: list[bool] = []

    @contextlib.contextmanager
    def locked_after_the_other(path: Path, timeout: float | None = None) -> Iterator[None]:
        if not injected:  # the other process takes the lock first and writes the same figure
            injected.append(True)
            with original(path, timeout):
                write_module._append_batch(
                    path, [make_record(goal_id="ic-talents", value=150.0, period="2024")]
                )
        with original(path, timeout):
            yield

    monkeypatch.setattr(write_module, "locked", locked_after_the_other)
    result = cli("update", "ic-talents", "150", "-p", "2024")
    assert result.code == 0, result.err
    assert "already recorded" in result.out, result.out
    figures = [r for r in ledger.load(Path("actuals.toml")).records if r.goal_id == "ic-talents"]
    assert len(figures) == 1, figures


def test_a_hand_written_date_for_a_yearly_figure_is_named_and_not_counted(
    cli: CliRunner, reg: Path
) -> None:
    """`update` records a level for a year only; a date written by hand into the ledger would
    be judged as if the year were over (a year-to-date figure read as the year's)."""
    assert cli("update", "ic-scale", "1200", "-p", "2023", "-s", "example").code == 0
    before = cli("show", "ic-scale", "--json").out
    ledger_path = Path("actuals.toml")
    text = ledger_path.read_text("utf-8")
    ledger_path.write_text(text.replace('period = "2023"', 'period = "2023-06-30"'), "utf-8")
    checked = cli("check")
    assert checked.code == ExitCode.PROBLEMS
    assert "period 2023-06-30 is a date, for a figure counted by the year" in checked.err
    shown = cli("show", "ic-scale", "--json")
    assert "counted by the year" in shown.err and "ignored" in shown.err
    assert json.loads(before)["latest"] is not None
    assert json.loads(shown.out)["latest"] is None  # the figure no longer counts
    # A running total may be recorded for a date, and counts.
    assert cli("update", "ic-talents", "150", "-p", "2024-06-30", "-s", "example").code == 0
    assert "ic-talents" not in cli("check").err


def _everything(root: Path) -> dict[str, bytes | None]:
    return {str(p): p.read_bytes() if p.is_file() else None for p in sorted(root.rglob("*"))}


@pytest.mark.parametrize(
    "command",
    [
        ("update", "ic-talents", "7", "-p", "2024"),
        ("update", "ic-talents", "7", "-p", "2024", "--dry-run"),
        ("undo", "--yes"),
        ("import", "figures.csv"),
    ],
)
@pytest.mark.parametrize("named_by", ["option", "link", "environment", "link beside the registry"])
def test_a_ledger_named_in_a_folder_that_is_not_there_is_refused(
    cli: CliRunner,
    reg: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    named_by: str,
    command: tuple[str, ...],
) -> None:
    """A typo in --ledger (or $CLUSTER_CLI_LEDGER, or a link pointing nowhere) would start a
    second ledger in new folders, even at the root of the file system: refused, as `report -o`
    refuses a folder that is not there (exit 6). Only the default ledger's folder, in the user
    data folder, is made."""
    Path("figures.csv").write_text("target,value,period\nic-talents,5,2023\nic-talents,6,2024\n")
    args: tuple[str, ...] = ()
    shown, folder = Path("nodir/actuals.toml"), tmp_path / "nodir"
    if named_by == "option":
        args = ("--ledger", str(shown))
    elif named_by == "environment":
        monkeypatch.setenv("CLUSTER_CLI_LEDGER", str(shown))
    else:
        shown = Path("x.toml") if named_by == "link" else LEDGER
        shown.symlink_to(tmp_path / "gone" / "deeper" / "x.toml")
        folder = tmp_path / "gone" / "deeper"
        args = ("--ledger", str(shown)) if named_by == "link" else ()
    before = _everything(tmp_path)
    result = cli(*command, *args)
    assert result.code == ExitCode.IO, result.err  # 6, as `report -o` in no folder
    assert result.err == (
        f"cluster-cli: error: {shown}: the folder {folder} does not exist; folders are made only "
        "for the default ledger in the user data folder. Check the path, or create the folder "
        "first; nothing was changed\n"
    )
    assert _everything(tmp_path) == before  # no folder, no ledger, no lock file


def test_a_ledger_in_a_missing_folder_is_refused_in_chinese(cli: CliRunner, reg: Path) -> None:
    result = cli(
        "update", "ic-talents", "7", "-p", "2024", "-l", "无此/actuals.toml", "--lang", "zh"
    )
    assert result.code == 6
    assert "无此/actuals.toml：文件夹 " in result.err and "不存在；只有用户数据文件夹" in result.err
    assert "未做任何更改" in result.err and not Path("无此").exists()


def test_a_ledger_under_a_file_is_refused(cli: CliRunner, reg: Path) -> None:
    result = cli("update", "ic-talents", "7", "-p", "2024", "-l", "targets.toml/actuals.toml")
    assert result.code == ExitCode.IO
    assert result.err.endswith(
        f"targets.toml/actuals.toml: {reg.resolve()} is not a folder; check the path; nothing "
        "was changed\n"
    )
    assert sorted(os.listdir()) == ["targets.toml"]


def test_the_registry_is_refused_as_the_ledger(cli: CliRunner, reg: Path) -> None:
    before = reg.read_bytes()
    for command in (("update", "ic-talents", "7", "-p", "2024"), ("undo", "--yes")):
        result = cli(*command, "-l", "targets.toml")
        assert result.code == ExitCode.INPUT
        assert result.err.startswith(
            "cluster-cli: error: targets.toml: is the registry (targets.toml), not a ledger"
        )
    assert reg.read_bytes() == before and not Path("targets.toml.lock").exists()


def test_a_record_stamped_after_today_counts_nowhere_yet_and_is_said(
    cli: CliRunner, reg: Path
) -> None:
    """A hand edit (or a machine's wrong clock) stamps a figure in the future: status left it
    out while log, undo and update treated it as the latest figure. Every command now leaves it
    out until its day, and says so."""
    assert cli("update", "ic-scale", "1400", "-p", "2023", "-s", "example").code == 0
    later = make_record(1500.0, period="2024", recorded_at="2999-06-01T00:00:00.000000Z", id="L1")
    with LEDGER.open("a", encoding="utf-8") as file:
        file.write(ledger.format_record(later))
    update = cli("update", "ic-scale", "1700", "-p", "2024", "-s", "example")
    assert update.code == 0 and "revised" not in update.out, update.out
    assert "1 record stamped after today" in update.err
    log = cli("log", "ic-scale")
    assert "170 billion yuan" in log.out and "150 billion yuan" not in log.out
    assert "1 record stamped after today" in log.err and "L1" in log.err
    undo = cli("undo", "--dry-run")
    assert "will retract ic-scale 2024 = 170 billion yuan" in undo.out
    status = cli("status", "--json")
    assert "stamped after today" in status.err and '"value": 1700.0' in status.out
    assert "stamped after today" not in cli("status", "--as-of", "2025-01-01").err


def test_the_same_figure_with_a_new_source_is_a_revision_not_dropped(
    cli: CliRunner, reg: Path
) -> None:
    assert cli("update", "ic-talents", "150", "-p", "2024", "-s", "统计公报").code == 0
    newer = cli("update", "ic-talents", "150", "-p", "2024", "-s", "统计年鉴")
    assert newer.code == 0 and "restated ic-talents 2024 with a new source" in newer.out
    again = cli("update", "ic-talents", "150", "-p", "2024", "-s", "统计年鉴")
    assert again.out.startswith("already recorded:")
    sources = [r.source for r in ledger.load(LEDGER).records]
    assert sources == ["统计公报", "统计年鉴"]


def test_the_same_figure_typed_again_without_its_source_keeps_it(cli: CliRunner, reg: Path) -> None:
    """Typed again without --source, a figure is already recorded: its source stays the one
    that counts. With a note and no source, the note is added and the source kept."""
    assert cli("update", "ic-talents", "150", "-p", "2024", "-s", "统计公报").code == 0
    again = cli("update", "ic-talents", "150", "-p", "2024")
    assert again.out.startswith("already recorded:") and "统计公报" in again.out
    dry = cli("update", "ic-talents", "150", "-p", "2024", "-n", "已核实", "--dry-run")
    assert "; it would restate ic-talents 2024 = 150 talents and teams" in dry.out, dry.out
    assert "source: 统计公报; note: 已核实" in dry.out  # the source it keeps
    noted = cli("update", "ic-talents", "150", "-p", "2024", "-n", "已核实")
    assert noted.code == 0 and "restated ic-talents 2024" in noted.out, noted.out
    records = ledger.load(LEDGER).records
    assert [(r.source, r.note) for r in records] == [("统计公报", ""), ("统计公报", "已核实")]
    other = cli("update", "ic-talents", "160", "-p", "2024")  # another figure: no source of its own
    assert "revised ic-talents 2024: 150 talents and teams -> 160" in other.out
    assert ledger.load(LEDGER).records[-1].source == ""


def test_the_same_figure_after_its_year_confirms_one_recorded_during_it(
    cli: CliRunner, reg: Path
) -> None:
    """A 2024 figure recorded in 2024 is a figure so far or an estimate, and settles nothing;
    the same figure recorded after 2024 is the year's final figure: written, and said so."""
    early = make_record(
        150, goal_id="ic-talents", period="2024", recorded_at="2024-11-30T00:00:00Z"
    )
    LEDGER.write_text(ledger.HEADER + ledger.format_record(early), "utf-8")
    planned = cli("update", "ic-talents", "150", "-p", "2024", "--dry-run")
    assert (
        f"it would confirm ic-talents 2024 = 150 talents and teams (id {early.id})" in planned.out
    ), planned.out
    confirmed = cli("update", "ic-talents", "150", "-p", "2024")
    assert confirmed.code == 0, confirmed.err
    assert (
        "confirmed ic-talents 2024: 150 talents and teams is the year's final figure"
        in confirmed.out
    )
    assert len(ledger.load(LEDGER).records) == 2
    again = cli("update", "ic-talents", "150", "-p", "2024")
    assert again.out.startswith("already recorded: ic-talents 2024 = 150 talents and teams"), (
        again.out
    )
    assert len(ledger.load(LEDGER).records) == 2
    # A file imported again is not taken for a confirmation: its rows are skipped.
    LEDGER.write_text(ledger.HEADER + ledger.format_record(early), "utf-8")
    Path("figures.csv").write_text("target,value,period\nic-talents,150,2024\n", "utf-8")
    imported = cli("import", "figures.csv")
    assert "already recorded, skipped" in imported.out, imported.out
    assert "record it again with `cluster-cli update`" in imported.out, imported.out
    assert len(ledger.load(LEDGER).records) == 1


@pytest.mark.parametrize("period", ["2024", "2024-12-31"])
def test_a_dated_or_newly_sourced_figure_confirms_an_early_one(
    cli: CliRunner, reg: Path, period: str
) -> None:
    """The figure of 2024-12-31 recorded in 2024 is the deadline year's as much as 2024's; the
    same amount from the bulletin, with its new source, confirms it too."""
    early = make_record(
        150, goal_id="ic-talents", period=period, recorded_at="2024-12-31T12:00:00Z"
    )
    LEDGER.write_text(ledger.HEADER + ledger.format_record(early), "utf-8")
    same = cli("update", "ic-talents", "150", "-p", "2024")
    assert "confirmed ic-talents 2024: 150 talents and teams" in same.out, same.out
    LEDGER.write_text(ledger.HEADER + ledger.format_record(early), "utf-8")
    sourced = cli("update", "ic-talents", "150", "-p", "2024", "--source", "统计公报")
    assert "confirmed ic-talents 2024" in sourced.out and "revised" not in sourced.out
