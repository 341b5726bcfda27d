"""Mistakes users make on the command line: one clear message, the right exit code, no file
changed and never an internal error."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cluster_cli.files import ledger
from conftest import CliRunner, make_record


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["status", "--as-of", "2999-01-01"], 4, "is in the future"),
        (["status", "--as-of", "yesterday"], 4, "is not a date"),
        (["report", "--as-of", "2024-02-30"], 4, "is not a date"),
        (["check", "--stale-after", "99999999d"], 2, "is not a duration"),
        (["check", "--stale-after", "18"], 2, "is not a duration"),
        (["report", "-o", "no/such/folder/report.md"], 6, "does not exist"),
        # Path() would read these as the current folder and as report.md.
        (["report", "-o", ""], 2, "-o needs a file name, not an empty one"),
        (["report", "-o", "report.md/"], 2, "-o 'report.md/': ends with /, which names a folder"),
        (["extract", "article.txt", "-o", "draft.toml/"], 2, "ends with /, which names a folder"),
        (["extract", "article.txt", "--into", ""], 2, "--into needs a file name"),
        (["extract", "article.txt", "-o", "-"], 2, "-o -: standard input and output cannot"),
        (["status", "--ledger", "-"], 2, "--ledger -: standard input and output cannot"),
        # So would the registry's and the ledger's ("'.': is a directory"; a file actuals.toml).
        (["update", "ic-scale", "1500", "-p", "2024", "-l", ""], 2, "--ledger needs a file name"),
        (["status", "--registry", ""], 2, "--registry needs a file name, not an empty one"),
        (
            ["update", "ic-scale", "1500", "-p", "2024", "--ledger", "actuals.toml/"],
            2,
            "--ledger 'actuals.toml/': ends with /, which names a folder; give a file name such "
            "as actuals.toml",
        ),
        (["check", "-r", "targets.toml/"], 2, "--registry 'targets.toml/': ends with /"),
        (["report", "--markdown", "--csv"], 2, "give only one format option"),
        (["status", "--lang", "fr"], 2, "--lang must be zh or en"),
        (["status", "--cluster", "icc"], 2, "did you mean ic"),
        (["update", "ic-scale", "1e400", "--period", "2023"], 4, "too large"),
        (["update", "ic-scale", "1e22", "--period", "2023"], 4, "too large"),  # finite, absurd
        # In range as 亿元 (2 亿亿元), beyond it as typed and stored: a ledger no reader takes.
        (["update", "ic-scale", "2000000000000000元", "--period", "2023"], 4, "too large"),
        (["update", "ic-scale", "1,5", "--period", "2023"], 4, "commas group thousands"),
        (["show", "ic-scal"], 4, "did you mean ic-scale"),
    ],
)
def test_one_clear_message(cli: CliRunner, args: list[str], code: int, message: str) -> None:
    result = cli(*args)
    assert result.code == code, result.err
    assert message and message in result.err
    assert "Traceback" not in result.err and "internal error" not in result.err
    assert result.err.count("\n") == 1 or code == 2, result.err  # usage errors show the usage
    assert not Path("actuals.toml").exists()
    assert not Path("report.md").exists() and not Path("draft.toml").exists()
    assert os.listdir() == []  # nothing at all was created (the data folder included)


def test_a_duration_reaching_before_year_one_is_no_error(cli: CliRunner) -> None:
    result = cli("check", "--stale-after", "3000y")
    assert result.code == 0, result.err
    assert result.out.startswith("ok: ")


def test_current_year_as_of_means_today(cli: CliRunner) -> None:
    import datetime as dt

    result = cli("status", "--json", "--as-of", str(dt.date.today().year))
    assert result.code == 0, result.err
    assert f'"as_of": "{dt.date.today().isoformat()}"' in result.out


@pytest.mark.parametrize(
    ("typed", "day"),
    [("2025/3/1", "2025-03-01"), ("2025年3月1日", "2025-03-01"), ("2024年底", "2024-12-31")],
)
def test_as_of_takes_the_spellings_a_period_takes(cli: CliRunner, typed: str, day: str) -> None:
    result = cli("status", "--json", "--as-of", typed)
    assert result.code == 0, result.err
    assert f'"as_of": "{day}"' in result.out


@pytest.mark.parametrize(
    ("named", "lang"),
    [("ZH", "zh"), ("zh_CN", "zh"), ("zh-Hans", "zh"), ("中文", "zh"), ("English", "en")],
)
def test_lang_takes_the_names_of_the_languages(cli: CliRunner, named: str, lang: str) -> None:
    result = cli("status", "--lang", named)
    assert result.code == 0, result.err
    assert ("目标" in result.out) == (lang == "zh"), result.out


def test_output_in_a_non_utf8_locale_does_not_crash(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONIOENCODING": "latin-1", "COLUMNS": "120"}
    for args in (["status", "--lang", "zh"], ["report", "--lang", "zh"]):
        done = subprocess.run(
            [sys.executable, "-m", "cluster_cli", *args],
            capture_output=True,
            env=env,
            cwd=tmp_path,
        )
        assert done.returncode == 0, done.stderr
        assert "集成电路".encode() in done.stdout  # piped: UTF-8 whatever the locale


def test_check_lists_records_that_cannot_count(cli: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "actuals.toml"
    good = make_record(
        150.0, goal_id="ic-talents", recorded_at="2024-01-01T00:00:00.000000Z", id="A1"
    )
    wrong_unit = make_record(
        2.0, goal_id="ic-talents", unit="亿元", recorded_at="2024-02-01T00:00:00.000000Z", id="A2"
    )
    stray = make_record(None, recorded_at="2024-03-01T00:00:00.000000Z", retracts="NOPE", id="A3")
    other = make_record(None, recorded_at="2024-04-01T00:00:00.000000Z", retracts="A1", id="A4")
    path.write_text(
        ledger.HEADER + "".join(map(ledger.format_record, [good, wrong_unit, stray, other])),
        "utf-8",
    )
    result = cli("check", "--ledger", str(path))
    assert result.code == 1
    assert "record A2: ic-talents 2023 is in 亿元, which cannot be expressed" in result.err
    assert "record A3: retracts NOPE, which is not in the ledger" in result.err
    assert "record A4: retracts A1 of ic-talents, but names ic-scale" in result.err
    shown = cli("status", "--json", "--ledger", str(path))
    assert shown.code == 0
    assert "record A2 (ic-talents 2023) is in 亿元" in shown.err
    # Retractions that withdraw nothing are ignored by every command, and said to be.
    assert "record A3: retracts NOPE, which is not in the ledger: ignored" in shown.err
    assert "record A4: retracts A1 of ic-talents, but names ic-scale: ignored" in shown.err
    assert '"value": 150.0' in shown.out


@pytest.mark.parametrize(
    "args",
    [
        ["update", "x" * 100_000, "1", "-p", "2023"],
        ["show", "x" * 100_000],
        ["status", "--cluster", "x" * 100_000],
    ],
)
def test_a_pasted_page_is_cut_short_in_the_message(cli: CliRunner, args: list[str]) -> None:
    result = cli(*args)
    assert result.code in (2, 4), result.err
    assert "(100,000 characters)" in result.err and len(result.err) < 500


def test_report_to_dash_is_standard_output(cli: CliRunner) -> None:
    result = cli("report", "-o", "-", "--csv")
    assert result.code == 0, result.err
    assert result.out.startswith("id,name,") and not Path("-").exists()


def test_a_folder_that_is_not_there_is_not_read_away_by_dot_dot(cli: CliRunner) -> None:
    """nosuch/../mine.toml names no file (the system says so); realpath read it as mine.toml,
    so extract -o replaced an existing file and update made a ledger beside the registry."""
    Path("plan.txt").write_text("到2025年，全市集成电路产业规模达到2000亿元。\n", "utf-8")
    Path("mine.toml").write_text("keep\n", "utf-8")
    for args in (
        ["extract", "plan.txt", "-o", "nosuch/../mine.toml"],
        ["report", "-o", "nosuch/../report.md"],
        ["update", "ic-scale", "1", "-p", "2024", "-l", "nosuch/../ledger.toml"],
    ):
        result = cli(*args)
        assert result.code == 6, (args, result.err)
        assert "the folder nosuch/.. does not exist" in result.err
    assert Path("mine.toml").read_text("utf-8") == "keep\n"
    assert sorted(p.name for p in Path().iterdir()) == ["mine.toml", "plan.txt"]


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("CLUSTER_CLI_LEDGER", "-", "$CLUSTER_CLI_LEDGER -: standard input and output cannot"),
        ("CLUSTER_CLI_LEDGER", "led/", "$CLUSTER_CLI_LEDGER 'led/': ends with /"),
        ("CLUSTER_CLI_REGISTRY", "targets.toml/", "$CLUSTER_CLI_REGISTRY 'targets.toml/': ends"),
    ],
)
def test_file_names_in_the_environment_are_read_as_typed(
    cli: CliRunner, monkeypatch: pytest.MonkeyPatch, variable: str, value: str, message: str
) -> None:
    """As the options read them: a ledger named - or led/ was created as a file."""
    monkeypatch.setenv(variable, value)
    result = cli("update", "ic-scale", "1", "-p", "2024")
    assert result.code == 2 and message in result.err, result.err
    assert list(Path().iterdir()) == []


def test_a_named_ledger_that_is_not_there_is_said(
    cli: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Read as a ledger with no records yet, as before, but said: a typo in its name showed
    every goal without figures, and check said ok."""
    for args in (["status"], ["log"], ["check"], ["report", "--csv"]):
        result = cli(*args, "-l", "nofolder/x.toml")
        assert result.code == 0, result.err
        assert "nofolder/x.toml: there is no such ledger" in result.err
    monkeypatch.setenv("CLUSTER_CLI_LEDGER", "typo.toml")
    assert "typo.toml: there is no such ledger" in cli("status").err
    monkeypatch.delenv("CLUSTER_CLI_LEDGER")
    assert "no such ledger" not in cli("status").err  # the default one, not yet made
    assert list(Path().iterdir()) == []


def test_a_command_that_makes_the_named_ledger_says_so_once(cli: CliRunner) -> None:
    """``import -l new.toml`` makes the ledger: "created", not also "there is no such
    ledger"; ``undo`` on a ledger that is not there says so in one message."""
    Path("rows.csv").write_text("target,value,period\nic-talents,5,2024\n", "utf-8")
    made = cli("import", "rows.csv", "-l", "new.toml")
    assert made.code == 0, made.err
    assert "created the ledger new.toml" in made.err and "no such ledger" not in made.err
    undone = cli("undo", "-y", "-l", "gone.toml")
    assert undone.code == 4, undone.err
    assert undone.err.count("gone.toml") == 1 and "there is no such ledger" in undone.err
    assert not Path("gone.toml").exists()


def test_file_names_in_what_a_write_says_are_shown_not_acted_on(cli: CliRunner) -> None:
    """A terminal escape in a ledger's or a file's name is written as an escape in every
    message, the ones that say what was written included."""
    name = "c\x1b]0;PWN\x07.csv"
    Path(name).write_text("target,value,period\nic-talents,5,2024\n", "utf-8")
    ledger_name = "l\x1b]0;PWN\x07.toml"
    results = [
        cli("import", name, "-l", ledger_name),
        cli("update", "ic-scale", "1250", "-p", "2023", "-l", ledger_name),
        cli("check", "-l", ledger_name),
    ]
    for result in results:
        assert result.code == 0, result.err
        assert "\x1b" not in result.out + result.err
        assert "\\x1b]0;PWN\\x07" in result.out + result.err


def test_a_line_break_in_a_file_name_is_shown_not_acted_on(cli: CliRunner) -> None:
    result = cli("report", "-o", "x\ny.md")
    assert result.code == 0, result.err
    assert result.err.startswith("wrote 'x\\ny.md' (Markdown, ")
    plain = cli("report", "-o", "report.md")
    assert plain.err.startswith("wrote report.md (Markdown, ")


def test_a_refused_import_says_nothing_of_rows_it_would_skip(cli: CliRunner) -> None:
    """The rows already recorded were listed as skipped, then the import was refused."""
    rows = "target,value,period\nic-scale,1500,2024\n"
    Path("figures.csv").write_text(rows, "utf-8")
    Path("actuals.toml").write_text("version = 1\n\n[records]\n", "utf-8")
    assert cli("import", "figures.csv", "-l", "actuals.toml").code == 0
    table = (  # a record's table last: nothing can be appended after it
        '[records.X1]\ntarget = "ic-scale"\nperiod = "2023"\nvalue = 1.0\nunit = "亿元"\n'
        'recorded_at = "2024-01-02T00:00:00Z"\n'
    )
    with Path("actuals.toml").open("a", encoding="utf-8") as ledger_file:
        ledger_file.write(table)
    Path("figures.csv").write_text(rows + "ic-scale,1600,2025\n", "utf-8")
    refused = cli("import", "figures.csv", "-l", "actuals.toml")
    assert refused.code == 3, refused.err
    assert refused.out == ""


def test_init_shows_a_folder_name_as_typed_and_wants_one(cli: CliRunner) -> None:
    """An escape sequence in the folder's name reached the terminal; '' meant the current
    folder without a word."""
    result = cli("init", "e\x1b]0;title\x07")
    assert result.code == 0, result.err
    assert result.out.startswith("wrote 'e\\x1b]0;title\\x07/targets.toml': ")
    assert "\x1b" not in result.out
    empty = cli("init", "")
    assert empty.code == 2 and "DIR needs a folder name" in empty.err
    assert not Path("targets.toml").exists()


@pytest.mark.parametrize(
    ("chinese", "letters"), [("18个月", "18m"), ("90天", "90d"), ("６周", "6w"), ("2 年", "2y")]
)
def test_a_stale_after_written_in_chinese_is_the_same_duration(
    cli: CliRunner, reg: Path, chinese: str, letters: str
) -> None:
    said = cli("check", "--stale-after", chinese).err  # it names the option as typed
    assert "not a duration" not in said and "stale: " in said
    assert said.replace(chinese, letters) == cli("check", "--stale-after", letters).err


def test_a_long_stale_after_is_a_duration_in_every_unit(cli: CliRunner) -> None:
    """999999d was refused as "not a duration" while 100000y was taken."""
    for duration in ("999999d", "999999w", "999999m", "999999y"):
        result = cli("check", "--stale-after", duration)
        assert result.code == 0, (duration, result.err)


def test_a_negative_value_before_its_options_is_told_where_it_goes(
    cli: CliRunner, reg: Path
) -> None:
    result = cli("update", "ic-scale", "-0.5", "-p", "2024", "--lang", "en")
    assert result.code == 2 and "a negative value goes after --" in result.err, result.err
    zh = cli("update", "ic-scale", "-3", "-p", "2024", "--lang", "zh")
    assert zh.code == 2 and "负数请写在选项之后的 -- 后面" in zh.err, zh.err


@pytest.mark.parametrize(
    "args",
    [
        ("--cluster", "集成电路产业创新集群"),
        ("--cluster", "integrated-circuit innovation cluster"),  # case aside
        ("--region", "苏州市"),
        ("--status", "数据不足"),
        ("--status", "Insufficient data"),
    ],
)
def test_filters_take_names_and_status_words(cli: CliRunner, args: tuple[str, str]) -> None:
    """A cluster, region or status as people name it, not only by its id: it was refused."""
    by_id = {"--cluster": "ic", "--region": "suzhou", "--status": "insufficient-data"}
    named = json.loads(cli("status", "--json", *args).out)
    assert named == json.loads(cli("status", "--json", args[0], by_id[args[0]]).out)
    assert named["targets"]


def test_a_name_two_clusters_share_is_refused_naming_them(cli: CliRunner) -> None:
    """The registry accepts two clusters of one name: the first was chosen, without a word."""
    from conftest import REGISTRY_HEAD, count_goal

    twin = '[clusters.d]\nname = "宏观"\nname_en = "Macro too"\n'
    text = REGISTRY_HEAD + twin + count_goal("g", "企业", "Firms")
    Path("targets.toml").write_text(text, "utf-8")
    result = cli("status", "--cluster", "宏观")
    assert result.code == 2
    assert "--cluster '宏观' names several (c, d): give an id" in result.err, result.err
