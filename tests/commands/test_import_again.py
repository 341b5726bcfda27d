"""Importing a growing spreadsheet again: a figure revised or retracted since it was recorded
does not come back by itself, and a new figure for a period says what it revises."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cluster_cli.errors import ExitCode
from cluster_cli.files import ledger
from conftest import CliRunner, make_record

LEDGER = Path("actuals.toml")
FIGURES = (
    "target,value,period,source,note\n"
    "industrial-output,44343.9亿元,2023,苏州日报 2024-01-31,\n"
    "industrial-output,4.69万亿元,2024,2025年苏州市政府工作报告,\n"
    "electronic-information-growth,4.3,2023,苏州日报 2024-01-31,电子信息产业产值13441.1亿元\n"
)


def write_csv(text: str) -> Path:
    path = Path("figures.csv")
    path.write_text(text, "utf-8")
    return path


def counting(cli: CliRunner, goal: str) -> list[tuple[str, float | None, str]]:
    """The goal's records that count today, as `log --json` lists them."""
    rows = json.loads(cli("log", goal, "--json").out)
    return [(r["period"], r["value"], r["unit"]) for r in rows if r["status"] == "current"]


def test_a_file_imported_again_keeps_corrections_and_retractions(cli: CliRunner, reg: Path) -> None:
    """The analyst's routine: import, retract one figure, correct another, add a row to the
    file and import it again. The old rows are skipped, each naming what replaced it."""
    path = write_csv(FIGURES)
    assert cli("import", str(path)).code == 0
    assert cli("undo", "--yes", "-n", "统计局撤回该数").code == 0  # the growth figure
    corrected = cli("update", "industrial-output", "4.70万亿元", "-p", "2024", "-s", "统计局修订")
    assert "revised industrial-output 2024" in corrected.out, corrected.out
    write_csv(FIGURES + "industrial-output,4.9万亿元,2025,2026年苏州市政府工作报告,预计数\n")
    before = LEDGER.read_bytes()

    planned = cli("import", str(path), "--dry-run")
    assert planned.code == 0, planned.err
    assert LEDGER.read_bytes() == before
    result = cli("import", str(path))
    assert result.code == 0, result.err
    for said in (planned.out, result.out):
        assert "figures.csv: line 2: already recorded, skipped: industrial-output 2023" in said
        assert (
            "figures.csv: line 3: recorded before and revised since, skipped: "
            "industrial-output 2024 = 4.69 trillion yuan (id " in said
        ), said
        assert "the figure that counts is 4.7 trillion yuan (id " in said
        assert "source: 统计局修订" in said and "record it with `cluster-cli update`" in said
        assert (
            "figures.csv: line 4: recorded before and retracted since, skipped: "
            "electronic-information-growth 2023 = 4.3% (id " in said
        ), said
        assert "note: 统计局撤回该数" in said  # why it was retracted
    assert "would record industrial-output 2025 = 4.9 trillion yuan" in planned.out
    assert "recorded industrial-output 2025" in result.out
    assert "imported 1 record " in result.out
    assert counting(cli, "industrial-output") == [
        ("2023", 44343.9, "亿元"),
        ("2024", 4.7, "万亿元"),  # the correction still counts
        ("2025", 4.9, "万亿元"),
    ]
    assert counting(cli, "electronic-information-growth") == []  # still retracted


def test_the_skipped_rows_are_said_in_chinese(cli: CliRunner, reg: Path) -> None:
    path = write_csv(FIGURES)
    cli("import", str(path))
    cli("undo", "--yes", "-n", "统计局撤回该数")
    cli("update", "industrial-output", "4.70万亿元", "-p", "2024", "-s", "统计局修订")
    result = cli("import", str(path), "--lang", "zh")
    assert result.code == 0, result.err
    assert (
        "figures.csv：第 3 行：曾记录过，其后已修订，跳过：industrial-output 2024 = 4.69万亿元"
        in result.out
    ), result.out
    assert "现行数值为 4.7万亿元 （id " in result.out
    assert "figures.csv：第 4 行：曾记录过，其后已撤回，跳过：electronic-information-growth" in (
        result.out
    )
    assert "撤回记录（id " in result.out and "备注：统计局撤回该数" in result.out
    assert "请用 `cluster-cli update` 记录" in result.out
    assert "已从 figures.csv 导入 0 条记录" in result.out


@pytest.mark.parametrize(
    ("row", "why"),
    [
        ("ic-scale,0.125万亿元,2023", "the same amount in another unit"),
        ("ic-scale,1250,2023年", "the same year spelled as spreadsheets do"),
        ("ic-talents,150,2024-12-31", "the last day of the year is the year"),
    ],
)
def test_a_figure_is_known_again_in_any_unit_and_spelling(
    cli: CliRunner, reg: Path, row: str, why: str
) -> None:
    first = ledger.HEADER + "".join(
        ledger.format_record(record)
        for record in (
            make_record(1250.0, period="2023", recorded_at="2025-01-02T00:00:00Z", id="A" * 26),
            make_record(
                150.0,
                goal_id="ic-talents",
                period="2024",
                recorded_at="2025-01-02T00:00:00Z",
                id="B" * 26,
            ),
        )
    )
    LEDGER.write_text(first, "utf-8")
    assert cli("update", "ic-scale", "1300", "-p", "2023").code == 0
    assert cli("update", "ic-talents", "155", "-p", "2024").code == 0
    before = LEDGER.read_bytes()
    result = cli("import", str(write_csv("target,value,period\n" + row + "\n")))
    assert result.code == 0, result.err
    assert "line 2: recorded before and revised since, skipped" in result.out, (why, result.out)
    assert LEDGER.read_bytes() == before


def test_a_new_figure_says_what_it_revises(cli: CliRunner, reg: Path) -> None:
    """As `update` says it: `revised GOAL PERIOD: old -> new`, and on --dry-run `it would
    revise ...`; a new period is recorded without a word of revision."""
    assert cli("update", "ic-scale", "1250", "-p", "2023", "-s", "统计公报").code == 0
    path = write_csv("target,value,period,source\nic-scale,1300,2023,年鉴\nic-scale,1400,2024,\n")
    planned = cli("import", str(path), "--dry-run")
    assert planned.code == 0, planned.err
    assert (
        "would record ic-scale 2023 = 130 billion yuan (id " in planned.out
        and "source: 年鉴); it would revise ic-scale 2023 = 125 billion yuan (id " in planned.out
    ), planned.out
    assert planned.out.count("it would revise") == 1
    result = cli("import", str(path))
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0].startswith("recorded ic-scale 2023 = 130 billion yuan")
    assert lines[1].startswith(
        "revised ic-scale 2023: 125 billion yuan -> 130 billion yuan (the earlier figure, id "
    ), result.out
    assert lines[2].startswith("recorded ic-scale 2024 = 140 billion yuan")
    assert result.out.count("revised") == 1
    zh = cli("import", str(write_csv("target,value,period\nic-scale,1350,2023\n")), "--lang", "zh")
    assert "已修订 ic-scale 2023：1,300亿元 -> 1,350亿元" in zh.out, zh.out


def test_update_still_restores_a_figure_on_purpose(cli: CliRunner, reg: Path) -> None:
    """Typing a figure is a deliberate statement: `update` records the old figure again, and
    says what it revises; the file imported afterwards then finds it counting."""
    path = write_csv("target,value,period\nic-scale,1250,2023\n")
    cli("import", str(path))
    cli("update", "ic-scale", "1300", "-p", "2023")
    restored = cli("update", "ic-scale", "1250", "-p", "2023")
    assert "revised ic-scale 2023: 130 billion yuan -> 125 billion yuan" in restored.out
    again = cli("import", str(path))
    assert "line 2: already recorded, skipped" in again.out, again.out
    assert counting(cli, "ic-scale") == [("2023", 1250.0, "亿元")]


def test_a_withdrawn_row_does_not_make_a_bad_file_partly_recorded(
    cli: CliRunner, reg: Path
) -> None:
    """All or none stands: a bad row refuses the file, whatever its other rows would do."""
    path = write_csv("target,value,period\nic-scale,1250,2023\n")
    cli("import", str(path))
    cli("undo", "--yes")
    before = LEDGER.read_bytes()
    write_csv("target,value,period\nic-scale,1250,2023\nic-scale,1400,2024\nic-talents,x,2024\n")
    result = cli("import", str(path))
    assert result.code == ExitCode.INPUT and "figures.csv: line 4: " in result.err
    assert LEDGER.read_bytes() == before


def test_a_better_source_for_the_same_figure_is_kept_too(cli: CliRunner, reg: Path) -> None:
    """The same amount restated from a better source is a correction too: the file's row with
    its old source does not take the source back; a source never recorded is a revision."""
    path = write_csv("target,value,period,source\nic-talents,150,2024,人社局通报\n")
    assert cli("import", str(path)).code == 0
    assert cli("update", "ic-talents", "150", "-p", "2024", "-s", "统计年鉴").code == 0
    before = LEDGER.read_bytes()
    again = cli("import", str(path))
    assert "line 2: recorded before and revised since, skipped" in again.out, again.out
    assert "the figure that counts is 150 talents and teams (id " in again.out
    assert "source: 统计年鉴" in again.out
    assert LEDGER.read_bytes() == before
    sourced = cli(
        "import", str(write_csv("target,value,period,source\nic-talents,150,2024,公报\n"))
    )
    assert "restated ic-talents 2024 with a new source or note: the figure, 150 talents and " in (
        sourced.out
    )
    assert [r.source for r in ledger.load(LEDGER).records][-1] == "公报"
