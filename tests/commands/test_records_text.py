"""Control characters: refused in what is recorded, never printed raw from the ledger."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from cluster_cli.engine.models import Record
from cluster_cli.errors import ExitCode
from cluster_cli.files import ledger
from conftest import CliRunner, make_record

LEDGER = Path("actuals.toml")
# Anything a terminal could act on: C0 but newline, DEL, C1, bidirectional controls, and the
# line and paragraph separators, which editors and str.splitlines take for line breaks.
RAW = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]"
)
NASTY = [
    *("\x1b[31m", "\x1b]0;owned\x07", "\x9b2J", "\u202e", "a\nb", "a\tb", "\x7f", "\x00"),
    *("a\u2028b", "a\u2029b", "a\x85b"),
]


@pytest.mark.parametrize("option", ["--source", "--note"])
@pytest.mark.parametrize("text", NASTY)
def test_update_refuses_control_characters(
    cli: CliRunner, reg: Path, option: str, text: str
) -> None:
    cli("update", "ic-scale", "1250", "-p", "2023")
    before = LEDGER.read_bytes()
    result = cli("update", "ic-scale", "1300", "-p", "2023", option, f"统计{text}公报")
    assert result.code == ExitCode.VALUE, result.out
    assert result.err.count("cluster-cli: error:") == 1 and "Traceback" not in result.err
    assert option in result.err and "U+" in result.err
    assert not RAW.search(result.err)
    assert LEDGER.read_bytes() == before


@pytest.mark.parametrize("text", ["\x1b[2J", "two\nlines", "\u202eevil", "two\u2028lines"])
def test_import_refuses_control_characters_in_cells(cli: CliRunner, reg: Path, text: str) -> None:
    path = Path("figures.csv")
    quoted = text.replace('"', '""')
    path.write_text(f'target,value,period,note\nic-scale,1250,2023,"{quoted}"\n', "utf-8")
    result = cli("import", str(path))
    assert result.code == ExitCode.INPUT
    assert "figures.csv: line 2: " in result.err and "note" in result.err and "U+" in result.err
    assert not RAW.search(result.err)
    assert not LEDGER.exists()


def hand_edited_ledger() -> Record:
    """A record with control characters, as an older cluster-cli or a hand edit could leave."""
    record = make_record(
        1250.0,
        "line\nbreak \x9b2J \x7f",
        recorded_at="2024-03-01T00:00:00.000000Z",
        source="\x1b]0;owned\x07统计\u202e公报",
        id="01H00000000000000000000000",
    )
    LEDGER.write_text(ledger.HEADER + ledger.format_record(record), "utf-8")
    return record


def test_log_and_undo_print_ledger_text_cleaned(cli: CliRunner, reg: Path) -> None:
    record = hand_edited_ledger()
    logged = cli("log", "--long")  # one record a line, never folded
    assert logged.code == 0, logged.err
    assert not RAW.search(logged.out) and "\\x1b" in logged.out and "\\u202e" in logged.out
    assert len(logged.out.splitlines()) == 1
    as_json = cli("log", "--json")
    assert not RAW.search(as_json.out)
    (row,) = json.loads(as_json.out)
    assert (row["source"], row["note"]) == (record.source, record.note)  # escaped, not lost
    updated = cli("update", "ic-scale", "1260", "-p", "2023")
    assert updated.code == 0 and not RAW.search(updated.out + updated.err)
    for _ in range(2):
        undone = cli("undo", "--yes")
        assert undone.code == 0, undone.err
        assert not RAW.search(undone.out + undone.err)
    assert "\\x1b" in undone.out


def test_messages_quote_cleaned_text_once(cli: CliRunner, reg: Path) -> None:
    result = cli("update", "ic\x1bscale", "1250", "-p", "2023")
    assert result.code == ExitCode.VALUE
    assert "'ic\\x1bscale'" in result.err and "\\\\x1b" not in result.err
    value = cli("update", "ic-talents", "-p", "2023", "--", "-5\x1b")
    assert "\\\\x1b" not in value.err and not RAW.search(value.err)


@pytest.mark.parametrize(
    ("text", "line", "expected"),
    [
        ('target,value,period\nic-scale,1250,2023\nic-scale,"1250,2023\n', 3, "never closed"),
        ('target,value,period\nic-scale,"1250"x,2023\n', 2, "expected after"),
    ],
)
def test_import_reports_bad_csv_quoting_with_its_line(
    cli: CliRunner, reg: Path, text: str, line: int, expected: str
) -> None:
    path = Path("figures.csv")
    path.write_text(text, "utf-8")
    result = cli("import", str(path))
    assert result.code == ExitCode.INPUT
    assert f"figures.csv: line {line}: is not valid CSV" in result.err, result.err
    assert expected in result.err and "period" not in result.err
    assert result.err.count("cluster-cli: error:") == 1
    assert not LEDGER.exists()


def test_ledger_lines_and_log_json_share_one_mapping(cli: CliRunner, reg: Path) -> None:
    record = hand_edited_ledger()
    fields = ledger.record_fields(record)
    assert list(fields) == list(ledger.KEY_ORDER)
    (row,) = json.loads(cli("log", "--json").out)
    assert row == {
        "id": record.id,
        **fields,
        "status": "current",
        "superseded_by": None,
        "retracted_by": None,
    }
    assert list(row)[: len(fields) + 1] == ["id", *ledger.KEY_ORDER]


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"])
def test_a_ledger_holding_line_separators_in_its_strings_reads_everywhere(
    cli: CliRunner, reg: Path, separator: str
) -> None:
    """TOML lets a string hold U+2028 raw, and a hand edit can put it there: only \\n ends a
    ledger line, so every command reads the record, and one written after it stays readable."""
    line = ledger.format_record(make_record(1250.0, "注", period="2023", source="统计公报"))
    LEDGER.write_text(ledger.HEADER + line.replace("统计公报", f"统计{separator}公报"), "utf-8")
    for args in (["check"], ["status"], ["log"], ["show", "ic-scale"], ["report", "--json"]):
        result = cli(*args)
        assert result.code == 0, (args, result.err)
        assert "Traceback" not in result.err and not RAW.search(result.out), args
    assert cli("update", "ic-scale", "1300", "-p", "2024").code == 0
    (first, second) = json.loads(cli("log", "--json").out)
    assert first["source"] == f"统计{separator}公报" and second["value"] == 1300


def test_the_ledger_writes_line_separators_as_escapes() -> None:
    record = make_record(1.0, "a\u2028b\u2029c\x85d", source="e\u2028f")
    line = ledger.format_record(record)
    assert line.count("\n") == 1 and len(line.splitlines()) == 1, line
    assert "\\u2028" in line and "\\u2029" in line and "\\u0085" in line
    assert ledger.parse_line(Path("actuals.toml"), 1, line) == record
