"""`update` on a large ledger: what it checks without parsing every line."""

from __future__ import annotations

from pathlib import Path

import pytest

from cluster_cli.engine.models import Record
from cluster_cli.errors import InputFileError
from cluster_cli.files import ledger
from conftest import CliRunner, make_record

HEADER_LINES = ledger.HEADER.count("\n")


def big_ledger(path: Path, count: int = 3000) -> list[Record]:
    records = [
        make_record(
            float(1000 + i) if i % 3 != 1 else float(i),
            goal_id=("ic-scale", "ic-talents", "industrial-output")[i % 3],
            unit=("亿元", "名", "万亿元")[i % 3],
            period=str(2010 + i % 15),
            recorded_at=f"2025-01-01T00:00:00.{i:06d}Z",
            source="统计公报" if i % 2 else 'with "quotes" and \\ escapes',
            id=f"R{i:08d}",
        )
        for i in range(count)
    ]
    path.write_text(ledger.HEADER + "".join(map(ledger.format_record, records)), "utf-8")
    return records


def test_finds_exactly_the_goals_records(tmp_path: Path) -> None:
    path = tmp_path / "actuals.toml"
    records = big_ledger(path)
    assert path.stat().st_size > 2 * ledger.EDGE_WINDOW
    for target in ("ic-scale", "ic-talents", "industrial-output", "ic-core-projects"):
        found = ledger.load_for_update(path, target).records
        assert found == [r for r in records if r.goal_id == target]


@pytest.mark.parametrize(
    "written",
    [
        "R-HAND = {{ target = 'ic-scale', value = 7.5, unit = '亿元', period = '2030', "
        "recorded_at = '2025-06-01T00:00:00Z' }}\n",  # literal strings, as hands write them
        'R-HAND = {{ value = 7.5, target = "ic-scale", unit = "亿元", period = "2030", '
        'recorded_at = "2025-06-01T00:00:00Z" }}\n',  # its keys in another order
        '[records.R-HAND]\ntarget = "ic-scale"\nvalue = 7.5\nunit = "亿元"\nperiod = "2030"\n'
        'recorded_at = "2025-06-01T00:00:00Z"\n',  # a table of its own
        'R-HAND.target = "ic-scale"\nR-HAND.value = 7.5\nR-HAND.unit = "亿元"\n'
        'R-HAND.period = "2030"\nR-HAND.recorded_at = "2025-06-01T00:00:00Z"\n',  # key by key
    ],
)
def test_a_hand_written_record_of_the_goal_is_found(tmp_path: Path, written: str) -> None:
    """``update`` sees every record of the goal ``check`` and ``status`` see, however it is
    written: a record it missed would be recorded again, or a revision go unsaid."""
    path = tmp_path / "actuals.toml"
    records = big_ledger(path)
    with path.open("a", encoding="utf-8") as handle:
        handle.write(written.format())
    found = ledger.load_for_update(path, "ic-scale").records
    assert found[:-1] == [r for r in records if r.goal_id == "ic-scale"]
    assert (found[-1].id, found[-1].value, found[-1].period) == ("R-HAND", 7.5, "2030")
    assert found == [r for r in ledger.load(path).records if r.goal_id == "ic-scale"]


def test_a_record_line_inside_a_string_of_several_lines_is_no_record(tmp_path: Path) -> None:
    """A note of several lines may hold what reads as a record line of the goal: it is text,
    and a figure ``update`` took for "already recorded" from it would be lost."""
    path = tmp_path / "actuals.toml"
    records = big_ledger(path)
    lines = path.read_text("utf-8").splitlines(keepends=True)
    middle = len(lines) // 2
    lines[middle:middle] = [
        'R-NOTE = { target = "ic-talents", value = 1.0, unit = "名", period = "2024", '
        'recorded_at = "2025-06-01T00:00:00Z", note = """\n',
        'R-FAKE = { target = "ic-scale", value = 1500.0, unit = "亿元", period = "2024", '
        'recorded_at = "2025-06-01T00:00:00Z" }\n',
        '""" }\n',
    ]
    path.write_text("".join(lines), "utf-8")
    found = ledger.load_for_update(path, "ic-scale").records
    assert "R-FAKE" not in [r.id for r in found]
    assert found == [r for r in records if r.goal_id == "ic-scale"]
    assert found == [r for r in ledger.load(path).records if r.goal_id == "ic-scale"]


def test_small_ledgers_are_checked_whole(tmp_path: Path) -> None:
    path = tmp_path / "actuals.toml"
    big_ledger(path, 30)
    lines = path.read_text("utf-8").splitlines(keepends=True)
    lines[len(lines) // 2] = 'broken = { target = "ic-scale", value = abc }\n'
    path.write_text("".join(lines), "utf-8")
    with pytest.raises(InputFileError, match="invalid TOML"):
        ledger.load_for_update(path, "ic-scale")


@pytest.mark.parametrize(
    ("where", "text", "expected"),
    [
        (
            "tail",
            'X1 = { target = "ic-scale", value = = 1 }\n',
            f"line {HEADER_LINES + 2999}, column 37: invalid TOML: Invalid value",
        ),
        ("head", "version = 2\n", "version = 2"),
        ("middle", "<<<<<<< HEAD\n", "merge conflict"),
        (
            "goal line",
            'G1 = { target = "ic-scale", period = "2023", value = "x" }\n',
            f"line {(HEADER_LINES + 3000) // 2 + 1}: record G1",
        ),
    ],
)
def test_update_refuses_a_ledger_broken_where_it_looks(
    cli: CliRunner, tmp_path: Path, where: str, text: str, expected: str
) -> None:
    path = tmp_path / "actuals.toml"
    big_ledger(path)
    lines = path.read_text("utf-8").splitlines(keepends=True)
    if where == "tail":
        lines.insert(len(lines) - 2, text)
    elif where == "head":
        lines = [text if line == "version = 1\n" else line for line in lines]
    else:
        lines.insert(len(lines) // 2, text)
    path.write_text("".join(lines), "utf-8")
    before = path.read_bytes()
    result = cli("update", "ic-scale", "1250", "--period", "2023", "--ledger", str(path))
    assert result.code == 3, result.err
    assert expected in result.err, result.err
    assert "Traceback" not in result.err
    assert path.read_bytes() == before


def test_update_on_a_large_ledger_appends_and_reports_the_standing(
    cli: CliRunner, tmp_path: Path
) -> None:
    path = tmp_path / "actuals.toml"
    records = big_ledger(path)
    result = cli("update", "ic-talents", "150", "--period", "2023", "--ledger", str(path))
    assert result.code == 0, result.err
    recorded, revised, standing = result.out.strip().splitlines()
    assert recorded.startswith("recorded ic-talents 2023 = 150 talents and teams")
    assert revised.startswith("revised ic-talents 2023: ")  # the generated ledger had a figure
    assert standing.startswith(("+ ", "! ", "- ", "x ", "✓ ", "✗ "))
    assert len(ledger.load(path).records) == len(records) + 1


def test_a_torn_last_line_longer_than_the_window_is_a_torn_tail(tmp_path: Path) -> None:
    """A write cut in a note longer than the window `update` reads at the end: the torn line
    starts before that window, and is set aside as any torn tail (it was read from line 1)."""
    path = tmp_path / "actuals.toml"
    records = big_ledger(path)
    torn = ledger.format_record(make_record(1.0, "x" * (ledger.EDGE_WINDOW + 5000)))[:-100]
    with path.open("a", encoding="utf-8") as file:
        file.write(torn)
    loaded = ledger.load_for_update(path, "ic-scale")
    assert loaded.torn_tail and loaded.records == [r for r in records if r.goal_id == "ic-scale"]
    assert f"line {len(records) + ledger.HEADER.count(chr(10)) + 1}" in loaded.warnings[0]


@pytest.mark.parametrize("records", [1, 3000], ids=["small ledger", "large ledger"])
def test_comments_longer_than_the_window_before_the_records(
    cli: CliRunner, tmp_path: Path, records: int
) -> None:
    """A long comment before `[records]` is a header like any other: `update` refused the
    small ledger (no `[records]` line in the first 64 KiB) and misread the large one (its
    `version = 1` taken for a record), while `check` and `status` read both."""
    path = tmp_path / "actuals.toml"
    big_ledger(path, records)
    comments = "".join(f"# {'说明' * 50}\n" for _ in range(800))  # 120 KiB
    path.write_text(comments + path.read_text("utf-8"), "utf-8")
    assert len(comments.encode()) > 1.5 * ledger.EDGE_WINDOW
    result = cli("update", "ic-scale", "1250", "--period", "2023", "--ledger", str(path))
    assert result.code == 0, result.err
    assert path.read_text("utf-8").startswith(comments)
    assert len(ledger.load(path).records) == records + 1


def test_a_line_of_the_window_before_any_records_line_is_refused(
    cli: CliRunner, tmp_path: Path
) -> None:
    path = tmp_path / "actuals.toml"
    path.write_text("#" + "x" * (ledger.EDGE_WINDOW + 10), "utf-8")
    before = path.read_bytes()
    result = cli("update", "ic-scale", "1250", "--period", "2023", "--ledger", str(path))
    assert result.code == 3, result.err
    assert "[records]" in result.err and "Traceback" not in result.err
    assert path.read_bytes() == before
