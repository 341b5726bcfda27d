"""`report --details`: a long report details the goals that most need attention; every goal
keeps its row in its cluster's table, and CSV and JSON keep every goal."""

from __future__ import annotations

import json
import re

import pytest

from cluster_cli.render import SHOWN_BY_DEFAULT
from conftest import CliRunner, write_goals_in_thirds

GOALS = SHOWN_BY_DEFAULT + 5
_DETAIL = re.compile(r"^### .* \((goal-\d{3})\)$", re.MULTILINE)
_ROW = re.compile(r"^\| (?:目标|Goal) \d+ \|", re.MULTILINE)


def _report(cli: CliRunner, *options: str) -> tuple[str, str]:
    done = cli("report", "--as-of", "2025-06-30", *options)
    assert done.code == 0, done.err
    return done.out, done.err


def test_a_long_report_details_those_that_most_need_attention(cli: CliRunner) -> None:
    write_goals_in_thirds(GOALS)
    out, err = _report(cli, "--lang", "en")
    detailed = _DETAIL.findall(out)
    assert len(detailed) == SHOWN_BY_DEFAULT and len(_ROW.findall(out)) == GOALS
    # Limited progress, then no figure, then achieved: the last five achieved are left out.
    left_out = {f"goal-{i:03d}" for i in range(GOALS)} - set(detailed)
    achieved = [i for i in range(GOALS) if i % 3 == 0]
    assert left_out == {f"goal-{i:03d}" for i in achieved[-5:]}
    assert detailed == sorted(detailed)  # in registry order, as in the tables
    note = f"Detailed below: the {SHOWN_BY_DEFAULT} goals of {GOALS} that most need attention."
    assert note in out
    assert f"details the {SHOWN_BY_DEFAULT} goals of {GOALS}" in err and "--details all" in err


def test_details_all_and_a_number(cli: CliRunner) -> None:
    write_goals_in_thirds(GOALS)
    out, err = _report(cli, "--lang", "en", "--details", "all")
    assert len(_DETAIL.findall(out)) == GOALS
    assert "most need attention" not in out and err == ""
    out, err = _report(cli, "--lang", "en", "--details", "4")
    assert _DETAIL.findall(out) == ["goal-001", "goal-004", "goal-007", "goal-010"]
    assert err == ""  # asked for: no reminder
    out, _ = _report(cli, "--lang", "en", "--details", "１")  # full-width, as a Chinese IME types
    assert _DETAIL.findall(out) == ["goal-001"]
    assert f"Detailed below: the 1 goal of {GOALS} that most needs attention." in out
    out, _ = _report(cli, "--lang", "zh", "--details", "全部")
    assert len(_DETAIL.findall(out)) == GOALS
    out, _ = _report(cli, "--lang", "zh", "--details", "所有")
    assert len(_DETAIL.findall(out)) == GOALS
    for many in ("9" * 5000, "0" * 5000 + "3"):  # int() refuses 4,300 digits
        out, _ = _report(cli, "--lang", "en", "--details", many)
        assert len(_DETAIL.findall(out)) == (GOALS if many[0] == "9" else 3)
    out, _ = _report(cli, "--lang", "en", "--details", "0")
    assert _DETAIL.findall(out) == [] and len(_ROW.findall(out)) == GOALS
    assert "This report details no goal" in out


def test_a_short_report_details_every_goal(cli: CliRunner) -> None:
    write_goals_in_thirds(6)
    out, err = _report(cli, "--lang", "en")
    assert len(_DETAIL.findall(out)) == 6 and "most need attention" not in out
    assert err == ""


def test_chinese_and_html_say_the_same(cli: CliRunner) -> None:
    write_goals_in_thirds(GOALS)
    out, err = _report(cli, "--lang", "zh")
    assert f"以下详列最需关注的 {SHOWN_BY_DEFAULT} 个目标（共 {GOALS} 个）" in out
    assert "--details all" in err
    out, _ = _report(cli, "--lang", "zh", "--html", "--details", "2")
    assert "以下详列最需关注的 2 个目标" in out
    assert len(re.findall(r'<article class="goal[ "]', out)) == 2


def test_csv_and_json_keep_every_goal(cli: CliRunner) -> None:
    write_goals_in_thirds(GOALS)
    out, err = _report(cli, "--json")
    assert len(json.loads(out)["targets"]) == GOALS and err == ""
    out, _ = _report(cli, "--csv")
    assert len(out.strip().splitlines()) == GOALS + 1


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (("--details", "-1"), "--details takes a number of goals (0 or more) or all, not '-1'"),
        (("--details", "ten"), "not 'ten'"),
        (("--details", "1.5"), "not '1.5'"),
        (("--csv", "--details", "3"), "--details is for Markdown and HTML reports"),
        (("--json", "--details", "all"), "a JSON report always has every goal"),
    ],
)
def test_bad_details(cli: CliRunner, options: tuple[str, ...], message: str) -> None:
    write_goals_in_thirds(3)
    done = cli("report", "--lang", "en", *options)
    assert done.code == 2 and message in done.err, done.err
    assert done.out == "" and "Traceback" not in done.err
