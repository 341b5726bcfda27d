"""`status --limit`: a dashboard of many goals lists those that most need attention; the tally
counts every goal, and `--json` keeps them all."""

from __future__ import annotations

import json
import re

import pytest

from cluster_cli.render import SHOWN_BY_DEFAULT
from conftest import CliRunner, write_goals_in_thirds

GOALS = SHOWN_BY_DEFAULT + 5
_ID = re.compile(r"\bgoal-\d{3}\b")  # in a column of its own or under the name


def _status(cli: CliRunner, *options: str) -> tuple[str, str]:
    done = cli("status", "--as-of", "2025-06-30", "--no-color", *options)
    assert done.code == 0, done.err
    return done.out, done.err


def _listed(out: str) -> list[str]:
    return _ID.findall(out)


def test_a_long_dashboard_lists_those_that_most_need_attention(
    cli: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "120")
    write_goals_in_thirds(GOALS)
    out, err = _status(cli, "--lang", "en")
    listed = _listed(out)
    assert len(listed) == SHOWN_BY_DEFAULT and err == ""
    # Limited progress, then no figure, then achieved: the last five achieved are left out.
    achieved = [i for i in range(GOALS) if i % 3 == 0]
    assert set(listed) == {f"goal-{i:03d}" for i in range(GOALS)} - {
        f"goal-{i:03d}" for i in achieved[-5:]
    }
    assert listed == sorted(listed)  # in registry order
    assert f"Listed: the {SHOWN_BY_DEFAULT} goals of {GOALS} that most need attention" in out
    assert f"Macro ({SHOWN_BY_DEFAULT} of {GOALS} listed)" in out
    # The tally, last, counts every goal.
    assert out.rstrip().splitlines()[-1].startswith(f"{GOALS} goals: ")
    assert f"achieved {len(achieved)}" in out


def test_limit_all_a_number_and_chinese(cli: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "120")
    write_goals_in_thirds(GOALS)
    out, _ = _status(cli, "--lang", "en", "--limit", "all")
    assert len(_listed(out)) == GOALS and "most need attention" not in out
    assert f"Macro ({GOALS})" in out
    out, _ = _status(cli, "--lang", "en", "--limit", "4")
    assert _listed(out) == ["goal-001", "goal-004", "goal-007", "goal-010"]
    out, _ = _status(cli, "--lang", "en", "--limit", "１")  # full-width, as a Chinese IME types
    assert _listed(out) == ["goal-001"]
    assert f"Listed: the 1 goal of {GOALS} that most needs attention" in out
    out, _ = _status(cli, "--lang", "zh", "--limit", "全部")
    assert len(_listed(out)) == GOALS
    out, _ = _status(cli, "--lang", "zh", "--limit", "所有")
    assert len(_listed(out)) == GOALS
    # More digits than any registry has goals (int() refuses 4,300 of them): every goal.
    out, _ = _status(cli, "--lang", "en", "--limit", "9" * 5000)
    assert len(_listed(out)) == GOALS
    out, _ = _status(cli, "--lang", "zh")
    assert (
        f"仅列出最需关注的 {SHOWN_BY_DEFAULT} 个目标（共 {GOALS} 个）；--limit all 列出全部。"
        in out
    )
    assert f"宏观（列出{SHOWN_BY_DEFAULT}项，共{GOALS}项）" in out
    out, _ = _status(cli, "--lang", "en", "--limit", "0")
    assert _listed(out) == [] and f"No goal is listed; the tally below counts all {GOALS};" in out
    assert f"{GOALS} goals: " in out


def test_the_limit_applies_after_the_filters(cli: CliRunner) -> None:
    write_goals_in_thirds(GOALS)
    out, _ = _status(cli, "--lang", "en", "--status", "achieved", "--limit", "2")
    assert _listed(out) == ["goal-000", "goal-003"]
    assert f"Listed: the 2 goals of {len(range(0, GOALS, 3))} that most need attention" in out


def test_a_short_dashboard_lists_every_goal(cli: CliRunner) -> None:
    write_goals_in_thirds(6)
    out, _ = _status(cli, "--lang", "en")
    assert len(_listed(out)) == 6 and "most need attention" not in out


def test_json_keeps_every_goal(cli: CliRunner) -> None:
    write_goals_in_thirds(GOALS)
    out, err = _status(cli, "--json")
    assert len(json.loads(out)["targets"]) == GOALS and err == ""


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (("--limit", "-1"), "--limit takes a number of goals (0 or more) or all, not '-1'"),
        (("--limit", "ten"), "not 'ten'"),
        (("--limit", "1e3"), "not '1e3'"),
        (("--limit", "²"), "not '²'"),  # a superscript is no digit, though NFKC makes it one
        (("--json", "--limit", "3"), "--limit is for the dashboard; --json always has every goal"),
    ],
)
def test_bad_limit(cli: CliRunner, options: tuple[str, ...], message: str) -> None:
    write_goals_in_thirds(3)
    done = cli("status", "--lang", "en", *options)
    assert done.code == 2 and message in done.err, done.err
    assert done.out == "" and "Traceback" not in done.err


def test_counts_of_a_thousand_and_more_are_grouped(cli: CliRunner) -> None:
    write_goals_in_thirds(1_001)
    out, _ = _status(cli, "--lang", "en", "--limit", "2")
    assert "Macro (2 of 1,001 listed)" in out and "1,001 goals: " in out
    out, _ = _status(cli, "--lang", "zh", "--limit", "all")
    assert "宏观（1,001项）" in out and "1,001个目标：" in out
