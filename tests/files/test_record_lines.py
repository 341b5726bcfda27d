"""`check` names the line of a record whose problem is the record as a whole: found in the text
as the parser reads it, whatever shape the record is written in."""

from __future__ import annotations

from cluster_cli.files.ledger.lines import record_lines

LEDGER = (
    "# comment\n"
    "version = 1\n"
    "\n"
    "[records]\n"
    'A1 = { target = "ic-scale", period = "2023", value = 1.0 }\n'
    '"A2" = { target = "ic-scale", period = "2024", value = 2.0 }\r\n'
    '  A3.target = "ic-scale"\n'
    'A3.period = "2024"\n'
    "\n"
    "[records.A4]\n"
    'target = "ic-scale"\n'
)


def test_each_record_is_found_on_its_first_line() -> None:
    ids = {"A1", "A2", "A3", "A4", "A9"}
    assert record_lines(LEDGER, ids) == {"A1": 5, "A2": 6, "A3": 7, "A4": 10}


def test_only_the_ids_asked_for() -> None:
    assert record_lines(LEDGER, {"A2"}) == {"A2": 6}
    assert record_lines(LEDGER, set()) == {}
