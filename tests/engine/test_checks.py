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
    assert "record N1: ic-talents 2023 = -5: a count must be a whole number" in found
    assert "record N2: ic-core-projects 2023 = 2.5" in found
