"""What `check` finds in a ledger that reads fine but holds records that cannot mean anything:
the hand edits `update` and `undo` would never write."""

from __future__ import annotations

from cluster_cli.engine.checks import ledger_problems
from cluster_cli.files import registry
from conftest import make_record

GOALS = registry.load(registry.RegistryLocation(None, "built-in"))


def test_records_no_command_would_write_are_problems() -> None:
    figure = make_record(1250.0, goal_id="ic-scale", period="2023", id="F1")
    undo = make_record(None, goal_id="ic-scale", retracts="F1", id="U1")
    records = [
        figure,
        undo,
        make_record(None, goal_id="ic-scale", retracts="U1", id="U2"),  # a retraction's
        make_record(None, goal_id="ic-scale", retracts="U3", id="U3"),  # itself
        make_record(-5.0, goal_id="ic-talents", unit="名", period="2023", id="N1"),
        make_record(2.5, goal_id="ic-core-projects", unit="项", period="2023", id="N2"),
        make_record(7.0, goal_id="ic-core-projects", unit="项", period="2024", id="N3"),
    ]
    problems = ledger_problems(GOALS, records, "actuals.toml")
    assert len(problems) == 4, problems
    found = "\n".join(problems)
    assert "record U2: retracts U1, itself a retraction" in found
    assert "record U3: retracts itself" in found
    assert "record N1: ic-talents 2023 = -5 名: a count must be a whole number" in found
    assert "record N2: ic-core-projects 2023 = 2.5" in found


def test_a_record_from_a_later_day_is_named() -> None:
    """A recording time after today (hand-edited, or a clock set wrong) keeps the figure out of
    every computation until that day: `status` would say nothing of it."""
    import datetime as dt

    later = make_record(1250.0, period="2023", recorded_at="2999-01-01T00:00:00Z", id="L1")
    today = make_record(1260.0, period="2024", recorded_at="2025-03-01T23:59:59Z", id="T1")
    problems = ledger_problems(GOALS, [later, today], "actuals.toml", dt.date(2025, 3, 1))
    assert problems == [
        "actuals.toml: record L1: recorded_at 2999-01-01T00:00:00Z is after today (UTC): "
        "the figure counts in nothing before that day"
    ]


def test_a_time_without_a_fraction_on_the_as_of_day_is_known_that_day() -> None:
    import datetime as dt

    from cluster_cli.engine.history import known_by

    last = make_record(1260.0, period="2024", recorded_at="2025-03-01T23:59:59Z", id="T1")
    after = make_record(1270.0, period="2024", recorded_at="2025-03-02T00:00:00Z", id="T2")
    assert [r.id for r in known_by([last, after], dt.date(2025, 3, 1))] == ["T1"]


def test_a_retraction_of_another_period_is_named_with_its_line() -> None:
    """A hand-written retraction that names another period than the figure it withdraws still
    withdraws it: not ignored, but named, with what to write instead."""
    figure = make_record(1250.0, period="2023", id="F1")
    undo = make_record(None, period="2024", retracts="F1", id="U1")
    same = make_record(None, period="2023", retracts="F1", id="U2")
    problems = ledger_problems(GOALS, [figure, undo, same], "actuals.toml", lines={"U1": 7})
    assert problems == [
        "actuals.toml: line 7: record U1: retracts F1, a figure for 2023, but names the period "
        '2024 (it withdraws that figure all the same); write period = "2023", as in the record '
        "it withdraws"
    ]
