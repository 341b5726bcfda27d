"""A ledger whose last line was cut inside a multi-byte character (Chinese text is 3 bytes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cluster_cli.engine.models import Record
from cluster_cli.errors import InputFileError
from cluster_cli.files import ledger
from conftest import CliRunner, make_record


def torn_in_a_character(path: Path, *, padding: int = 0) -> tuple[list[Record], bytes]:
    """A ledger whose last line stops inside the 3 bytes of a Chinese character."""
    kept = [make_record(note="完整的备注")]
    kept += [make_record(float(i), goal_id="ic-talents") for i in range(padding)]
    path.write_text(ledger.HEADER + "".join(map(ledger.format_record, kept)), "utf-8")
    line = ledger.format_record(make_record(99.0, note="统计公报")).encode("utf-8")
    cut = line.index("公".encode()) + 1  # one byte into a three-byte character
    whole = path.read_bytes()
    path.write_bytes(whole + line[:cut])
    return kept, whole


@pytest.mark.parametrize("padding", [0, 2000])  # loaded whole, and only at its edges
def test_a_tail_torn_inside_a_character_is_a_torn_tail(tmp_path: Path, padding: int) -> None:
    path = tmp_path / "actuals.toml"
    kept, whole = torn_in_a_character(path, padding=padding)
    loaded = ledger.load(path)
    assert loaded.records == kept and loaded.torn_tail
    assert "unfinished record" in loaded.warnings[0]
    for_update = ledger.load_for_update(path, "ic-scale")
    assert for_update.records == kept[:1] and for_update.torn_tail
    record = make_record(7.0)
    result = ledger.append(path, [record])
    assert "unfinished record" in result.warnings[0]
    assert path.read_bytes() == whole + ledger.format_record(record).encode("utf-8")


def test_update_repairs_a_tail_torn_inside_a_character(cli: CliRunner, reg: Path) -> None:
    path = Path("actuals.toml")
    kept, _ = torn_in_a_character(path)
    result = cli("update", "ic-scale", "1300", "-p", "2023", "--note", "修订")
    assert result.code == 0, result.err
    assert "unfinished record" in result.err
    loaded = ledger.load(path)
    assert loaded.warnings == [] and loaded.records[0] == kept[0]
    assert [r.value for r in loaded.records] == [1250.0, 1300.0]


def test_invalid_utf8_in_a_whole_line_is_still_an_error(tmp_path: Path) -> None:
    path = tmp_path / "actuals.toml"
    ledger.append(path, [make_record()])
    path.write_bytes(path.read_bytes().replace("亿元".encode(), b"\xff\xfe", 1))
    with pytest.raises(InputFileError, match="not valid UTF-8"):
        ledger.load(path)


def test_a_line_being_written_is_no_interrupted_write(tmp_path: Path) -> None:
    """A reader that meets the unfinished line of an append in progress ignores it without
    warning that a write was interrupted: the writer holds the lock."""
    path = tmp_path / "actuals.toml"
    torn_in_a_character(path)
    assert "interrupted" in ledger.load(path).warnings[0]
    with ledger.locked(path):  # another writer, as far as the reader can tell
        during = ledger.load(path)
    assert during.torn_tail and during.warnings == []


TYPED = (
    '01M98H3000000000000000000C = { target = "ic-scale", period = "2024", value = 1,600.0, '
    'unit = "亿元", recorded_at = "2026-12-07T15:10:00.000000Z", source = "统计公报（手工补录）" }'
)


@pytest.mark.parametrize("padding", [0, 2000])  # loaded whole, and only at its edges
def test_a_last_line_typed_by_hand_and_mistyped_is_an_error_not_a_torn_write(
    tmp_path: Path, padding: int
) -> None:
    """Editors leave no final newline: a record typed by hand with a typo (1,600.0) ended the
    file as a torn write does, was ignored with a warning, and the next append deleted it. A
    line that ends on a record's closing brace is whole: its error is said, and nothing is
    written until it is mended."""
    path = tmp_path / "actuals.toml"
    torn_in_a_character(path, padding=padding)  # a ledger of 1 + padding records
    path.write_bytes(path.read_bytes().rsplit(b"\n", 1)[0] + b"\n" + TYPED.encode("utf-8"))
    typed = path.read_bytes()
    with pytest.raises(InputFileError, match="line"):
        ledger.load(path)
    ledger.append(path, [make_record(7.0)])  # below the commands, which refuse (see next)
    assert path.read_bytes().startswith(typed + b"\n")  # kept, not set aside


def test_commands_refuse_a_ledger_ending_in_a_mistyped_line(cli: CliRunner, reg: Path) -> None:
    path = Path("actuals.toml")
    ledger.append(path, [make_record()])
    path.write_bytes(path.read_bytes() + TYPED.encode("utf-8"))
    typed = path.read_bytes()
    assert cli("check").code == 1
    for command in (["status"], ["update", "ic-scale", "1300", "-p", "2024"], ["undo", "--yes"]):
        result = cli(*command)
        assert result.code == 3, (command, result.err)
        assert "actuals.toml: line 18, column 85" in result.err, result.err  # at 1,600.0
    assert path.read_bytes() == typed


def test_a_torn_line_removed_is_quoted_whole(tmp_path: Path) -> None:
    """What an append removes stays on the screen in full (it was cut at 120 characters)."""
    path = tmp_path / "actuals.toml"
    ledger.append(path, [make_record()])
    line = ledger.format_record(make_record(9.0, note="补录" * 80)).encode("utf-8")
    torn = line[: line.rindex("补".encode()) + 1]  # inside the last character: torn
    path.write_bytes(path.read_bytes() + torn)
    result = ledger.append(path, [make_record(7.0)])
    shown = torn.decode("utf-8", errors="replace")
    assert shown in result.warnings[0]


def test_a_write_cut_after_a_brace_inside_a_note_is_still_torn(tmp_path: Path) -> None:
    """`note = "see {table 3}` cut after its brace ends on "}" but leaves its string open: a
    cut write, set aside as before, not an error that stops every command."""
    path = tmp_path / "actuals.toml"
    ledger.append(path, [make_record()])
    whole = path.read_bytes()
    line = ledger.format_record(make_record(9.0, note="see {table 3} of the bulletin"))
    cut = line.encode("utf-8")[: line.encode("utf-8").index(b"3}") + 2]
    path.write_bytes(whole + cut)
    loaded = ledger.load(path)
    assert loaded.torn_tail and len(loaded.records) == 1


def test_a_file_of_one_line_without_newline_is_no_torn_write(cli: CliRunner, reg: Path) -> None:
    """Every append follows the header's lines: a file that is one line without a newline (a
    binary file named as the ledger) was read as an empty ledger with a torn tail, and the
    next `update` would have cut it away."""
    path = Path("figures.xlsx")
    path.write_bytes(b"\x00\x01PK")
    for command in (["status", "-l", "figures.xlsx"], ["update", "ic-scale", "1", "-p", "2023"]):
        result = cli(*command, *(["-l", "figures.xlsx"] if command[0] == "update" else []))
        assert result.code == 3, (command, result.err)
    assert path.read_bytes() == b"\x00\x01PK"


def test_a_spreadsheet_given_as_the_ledger_is_pointed_to_import(cli: CliRunner, reg: Path) -> None:
    Path("figures.csv").write_text("target,value,period\nic-scale,1250,2023\n", "utf-8")
    result = cli("status", "-l", "figures.csv")
    assert result.code == 3
    assert "to record the figures of a spreadsheet, run cluster-cli import figures.csv" in (
        result.err
    )
