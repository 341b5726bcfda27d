"""The application layer that turns what a user typed into records: goals found by id or
name, figures kept in the unit they were typed in, the figure already counting found."""

from __future__ import annotations

import datetime as dt

import pytest

from cluster_cli.app.recording import (
    build_record,
    control_character,
    earlier_figures,
    find_item,
    withdrawn_figures,
)
from cluster_cli.engine.history import Entry, entries_by_goal
from cluster_cli.engine.records import Record
from cluster_cli.errors import ValueInputError
from cluster_cli.files import registry as registry_module
from conftest import make_record

BUILT_IN = registry_module.load(registry_module.RegistryLocation(None, "built-in"))
TODAY = dt.date(2026, 6, 30)


def test_a_goal_is_found_by_id_or_by_its_exact_name_in_either_language() -> None:
    assert find_item(BUILT_IN, "ic-scale")[0] == "ic-scale"
    assert find_item(BUILT_IN, " 集成电路产业规模 ")[0] == "ic-scale"
    assert find_item(BUILT_IN, "INTEGRATED-CIRCUIT INDUSTRY SCALE")[0] == "ic-scale"
    with pytest.raises(ValueInputError, match="ic-scale"):  # the closest id is suggested
        find_item(BUILT_IN, "ic-scal")


def test_a_sum_keeps_the_unit_it_was_typed_in_and_its_exact_value() -> None:
    record = build_record(BUILT_IN, "industrial-output", "44343.9亿元", "2023", today=TODAY)
    assert (record.unit, record.value) == ("亿元", 44343.9)
    plain = build_record(BUILT_IN, "industrial-output", "4.69", "2024", today=TODAY)
    assert (plain.unit, plain.value) == ("万亿元", 4.69)


@pytest.mark.parametrize(
    ("goal", "value", "period", "expected"),
    [
        ("ic-talents", "12.5", "2023", "whole number"),  # a count of talents
        ("ic-scale", "1500", "2023-06-30", "2023"),  # a level goal takes yearly figures
        ("ic-scale", "1500", "2027", "2027"),  # not begun on the recording day
    ],
)
def test_figures_that_cannot_be_recorded_say_why(
    goal: str, value: str, period: str, expected: str
) -> None:
    with pytest.raises(ValueInputError, match=expected):
        build_record(BUILT_IN, goal, value, period, today=TODAY)


@pytest.mark.parametrize(
    ("char", "named"), [("\n", "line break"), ("\u2028", "line break"), ("\x1b", "control")]
)
def test_control_characters_are_named_with_their_position(char: str, named: str) -> None:
    found = control_character(f"统计{char}公报")
    assert found is not None and named in found and "character 3" in found
    assert control_character("统计公报 2024") is None


def test_the_figure_already_counting_is_found_once_for_many_new_ones() -> None:
    old = make_record(1250.0, period="2023", recorded_at="2024-01-01T00:00:00Z")
    revised = make_record(1300.0, period="2023-12-31", recorded_at="2024-02-01T00:00:00Z")
    ledger = [old, revised]
    same, other, new = (
        make_record(1300.0, period="2023"),  # the revision's figure: "2023" is its period
        make_record(1250.0, period="2023"),  # the superseded figure: a change again
        make_record(1400.0, period="2024"),
    )
    found = earlier_figures(ledger, [same, other, new])
    assert found[0] is not None and found[0].record == revised and found[0].same
    assert found[1] is not None and found[1].record == revised and not found[1].same
    assert found[2] is None


def test_a_figure_revised_or_retracted_since_is_found_with_what_replaced_it() -> None:
    old = make_record(1250.0, period="2023", recorded_at="2024-01-01T00:00:00Z")
    revised = make_record(1300.0, period="2023-12-31", recorded_at="2024-02-01T00:00:00Z")
    gone = make_record(1400.0, period="2024", recorded_at="2025-01-01T00:00:00Z")
    undone = make_record(None, period="2024", recorded_at="2025-02-01T00:00:00Z", retracts=gone.id)
    ledger = [old, revised, gone, undone]
    again_old, again_current, again_gone, never = (
        make_record(0.125, unit="万亿元", period="2023"),  # 1250亿元 in another unit
        make_record(1300.0, period="2023"),  # counting: earlier_figures' business
        make_record(1400.0, period="2024"),
        make_record(1500.0, period="2024"),
    )
    found = withdrawn_figures(ledger, [again_old, again_current, again_gone, never])
    assert found[0] is not None and (found[0].record, found[0].by) == (old, revised)
    assert not found[0].retracted
    assert found[1] is None and found[3] is None
    assert found[2] is not None and (found[2].record, found[2].by) == (gone, undone)
    assert found[2].retracted


def test_an_import_orders_the_ledger_history_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The figures already counting and those withdrawn since are judged from one ordering of
    the ledger (100,000 records: 0.1 s each time), with the same answers as each alone."""
    from cluster_cli.app import recording

    old = make_record(1250.0, period="2023", recorded_at="2024-01-01T00:00:00Z")
    revised = make_record(1300.0, period="2023-12-31", recorded_at="2024-02-01T00:00:00Z")
    news = [make_record(0.125, unit="万亿元", period="2023"), make_record(1300.0, period="2023")]
    alone = (earlier_figures([old, revised], news), withdrawn_figures([old, revised], news))
    calls: list[int] = []

    def counted(records: list[Record]) -> dict[str, list[Entry]]:
        calls.append(len(records))
        return entries_by_goal(records)

    monkeypatch.setattr(recording, "entries_by_goal", counted)
    rows = recording.imported_rows([old, revised], news)
    assert len(calls) == 1
    assert [(row.earlier, row.withdrawn) for row in rows] == list(zip(*alone, strict=True))
