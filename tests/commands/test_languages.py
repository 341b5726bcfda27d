"""One language end to end: every command, its help and its errors speak zh or en alone."""

from __future__ import annotations

import json
import re
import string
import time
from pathlib import Path

import pytest

from cluster_cli.commands.records import short_ids
from cluster_cli.files import ledger
from cluster_cli.i18n import Phrase, current, lang_in, messages
from cluster_cli.text import cell_len
from conftest import REPO, CliRunner, make_record

HAN = re.compile(r"[\u4e00-\u9fff]")
# Three English words in a row (letters only, not ids such as ic-scale or file names).
ENGLISH_RUN = re.compile(r"(?<![\w./$-])[A-Za-z]{2,}(?: [A-Za-z]{2,}){2,}(?![\w./-])")


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _phrases() -> dict[str, Phrase]:
    return {k: v for k, v in vars(messages).items() if isinstance(v, Phrase)}


def test_every_message_has_both_languages_with_the_same_fields() -> None:
    for name, phrase in _phrases().items():
        assert phrase.zh.strip() and phrase.en.strip(), name
        assert _fields(phrase.zh) == _fields(phrase.en), name
        assert not phrase.zh.isascii() or phrase.zh == phrase.en, name  # written in Chinese


def test_every_message_is_used() -> None:
    source = "\n".join(
        path.read_text("utf-8")
        for path in (REPO / "src" / "cluster_cli").rglob("*.py")
        if path.name != "messages.py"
    )
    unused = [name for name in _phrases() if not re.search(rf"\bm\.{name}\b", source)]
    assert unused == []


def test_the_language_is_taken_from_the_arguments_once() -> None:
    assert lang_in(["update", "--lang", "zh"]) == "zh"
    assert lang_in(["status", "--lang=en"]) == "en"
    assert lang_in(["status", "--lang", "fr"]) is None
    assert lang_in(["update", "x", "1", "--", "--lang", "zh"]) is None


# Chinese user data the output may hold: names, quotes and units from the registry, sources and
# notes typed below. English user data likewise.
def _without_user_data(text: str) -> str:
    registry = (REPO / "targets.toml").read_text("utf-8")
    for value in re.findall(r'"([^"\n]+)"', registry):
        if len(value) > 2:
            text = text.replace(value, " ")
    return text


def _english_leaks(text: str) -> list[str]:
    text = _without_user_data(text)
    text = re.sub(r"\S*[/\\]\S*|\S+\.(?:toml|csv|md|html|json|xlsx)\b", " ", text)  # paths
    text = re.sub(r"`[^`]*`|\$\w+", " ", text)  # commands and variables quoted
    allowed = ("Usage:", "Show this message and exit", "Options", "Arguments", "Commands")
    for word in allowed:
        text = text.replace(word, " ")
    return ENGLISH_RUN.findall(text)


def _han_leaks(text: str) -> list[str]:
    text = _without_user_data(text)
    # Units and the Chinese forms a user may type are data, not sentences.
    text = re.sub(r"[\d.,]*(?:万亿元|亿元|万元|元|万亿|亿|万|家|名|项|个)", " ", text)
    text = re.sub(r"1-[68]月|目标,数值,期别\[,来源,备注,单位\]|修订|统计公报", " ", text)
    return HAN.findall(text)


def _scenario(cli: CliRunner, lang: str) -> list[tuple[str, str]]:
    """Every command, its help, and its error paths; (what, output) pairs."""
    outputs: list[tuple[str, str]] = []

    def run(*args: str) -> None:
        result = cli(*args)
        outputs.append((" ".join(args), result.out + result.err))

    for command in ("status", "show", "update", "log", "undo", "import", "report", "check"):
        run(command, "--help")
    run("init", "--help")
    run("init", "here")
    Path("sample.csv").write_text("target,value,period\nic-talents,150,2024\n", "utf-8")
    run("update", "ic-scale", "1250亿元", "-p", "2023", "--source", "统计公报")
    run("update", "ic-scale", "1260", "-p", "2023", "--note", "修订")
    run("update", "ic-scale", "1260", "-p", "2023")
    run("update", "ic-scale", "1270", "-p", "2023", "--dry-run")
    run("import", "sample.csv", "--dry-run")
    run("import", "sample.csv")
    run("log")
    run("undo", "--dry-run")
    run("undo", "--yes")
    run("status")
    run("show", "ic-scale")
    run("report")
    run("check")
    # error paths: a missing file, a bad value, an unknown goal, bad options
    run("status", "--registry", "missing.toml")
    run("update", "ic-scale", "lots", "-p", "2023")
    run("update", "ic-scael", "1", "-p", "2023")
    run("update", "ic-scale", "1", "-p", "2099")
    run("show", "nothing-like-it")
    run("log", "no-goal-of-that-name")
    run("status", "--cluster", "ic")
    run("report", "--html", "--csv")
    run("check", "--stale-after", "soon")
    run("status", "--as-of", "June")
    run("import", "missing.csv")
    run("init", "here")
    return outputs


@pytest.mark.parametrize("how", ["option", "locale"])
def test_every_command_speaks_chinese_alone(
    cli: CliRunner, reg: Path, how: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if how == "locale":
        monkeypatch.setenv("LANG", "zh_CN.UTF-8")
        runner = cli
    else:

        def runner(*args: str):  # type: ignore[no-untyped-def]
            return cli(*args, "--lang", "zh")

    outputs = _scenario(runner, "zh")
    leaks = {what: found for what, text in outputs if (found := _english_leaks(text))}
    assert leaks == {}
    assert all(HAN.search(text) for what, text in outputs if "--help" not in what)


@pytest.mark.parametrize("how", ["option", "locale"])
def test_every_command_speaks_english_alone(
    cli: CliRunner, reg: Path, how: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if how == "locale":
        monkeypatch.setenv("LANG", "en_GB.UTF-8")
        runner = cli
    else:
        monkeypatch.setenv("LANG", "zh_CN.UTF-8")

        def runner(*args: str):  # type: ignore[no-untyped-def]
            return cli(*args, "--lang", "en")

    outputs = _scenario(runner, "en")
    # The dashboard and reports quote the registry (its names and the article's sentences).
    checked = [(w, t) for w, t in outputs if w.split()[0] not in ("status", "show", "report")]
    leaks = {what: found for what, text in checked if (found := _han_leaks(text))}
    assert leaks == {}


def test_the_prefix_and_help_follow_the_locale(
    cli: CliRunner, reg: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    missing = cli("status", "--registry", "missing.toml")
    assert missing.err.startswith("cluster-cli：错误：missing.toml：文件不存在")
    helped = cli("update", "--help").out
    assert "为目标记录一个实际数值" in helped and "目标或背景指标的 id" in helped
    assert "年份（2024）或日期" in helped and "输出语言" in helped
    assert "Record an actual figure" in cli("update", "--help", "--lang", "en").out
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert current() == "en"  # a run's --lang does not outlive it
    header = cli("status", "--registry", "missing.toml", "--lang", "en").err
    assert header.startswith("cluster-cli: error: missing.toml: no such file")


COMMANDS = ("status", "show", "update", "import", "undo", "log", "check", "report", "init")


@pytest.mark.parametrize("columns", [60, 80])
def test_chinese_help_fits_the_terminal(
    cli: CliRunner, monkeypatch: pytest.MonkeyPatch, columns: int
) -> None:
    """Click counts a Chinese character as one column: its help came out twice as wide."""
    monkeypatch.setenv("COLUMNS", str(columns))
    for command in (*COMMANDS, "extract"):
        helped = cli(command, "--help", "--lang", "zh")
        assert helped.code == 0, helped.err
        lines = helped.out.splitlines()
        assert max(cell_len(line) for line in lines) <= columns, (command, helped.out)
        assert not any(line.lstrip()[:1] in "）。，、：；" for line in lines if line.strip())
        assert HAN.search(helped.out)


def test_the_builtin_registry_is_named_in_the_language_of_the_run(
    cli: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    shown = cli("status")
    assert shown.code == 0, shown.err
    assert "内置（文章中的目标）" in shown.out and "built-in" not in shown.out


# ---------------------------------------------------------------- the one JSON writer

RAW_BIDI = "\u202e"
# A bidirectional override, DEL, a line separator, a C1 control: JSON allows each raw.
HOSTILE = "\u202e\x7f\u2028\x85"
ESCAPED = ("\\u202e", "\\u007f", "\\u2028", "\\u0085")


def test_every_json_output_escapes_bidi_controls_alike(cli: CliRunner, reg: Path) -> None:
    text = reg.read_text("utf-8")
    name = re.search(r'\[targets\.ic-scale\][^\[]*?\nname = "([^"]+)"', text)
    assert name is not None
    as_toml = "".join(f"\\u{ord(c):04x}" for c in HOSTILE)  # TOML refuses DEL raw
    reg.write_text(text.replace(name[0], name[0].replace(name[1], name[1] + as_toml)), "utf-8")
    records = [make_record(note="a" + HOSTILE + "b"), make_record(goal_id="ghost" + RAW_BIDI)]
    Path("actuals.toml").write_text(
        ledger.HEADER + "".join(ledger.format_record(r) for r in records), "utf-8"
    )
    Path("plan.txt").write_text(f"三、2026年重点工作\n今年要新增{HOSTILE}企业500家。\n", "utf-8")
    for args in (
        ("status", "--json"),
        ("show", "ic-scale", "--json"),
        ("log", "--json"),
        ("report", "--json"),
        ("extract", "plan.txt", "--date", "2026-01-14", "--json"),
    ):
        result = cli(*args)
        assert not any(c in result.out for c in HOSTILE), args
        assert all(escape in result.out for escape in ESCAPED), args
        json.loads(result.out)
    # check's problems are its messages, as printed: the id shown with visible escapes.
    checked = cli("check", "--json")
    assert RAW_BIDI not in checked.out and "ghost\\\\u202e" in checked.out
    assert json.loads(checked.out)["problems"]


# ---------------------------------------------------------------- log at 80 columns


def test_short_ids_are_unique_prefixes_of_at_least_eight() -> None:
    ids = ["01HAAAAAAA0000000000000000", "01HAAAAAAA0000000000000001", "01HBBBBBBB0000000000000000"]
    short = short_ids(ids)
    assert short[ids[2]] == "01HBBBBB"
    assert short[ids[0]] == ids[0] and short[ids[1]] == ids[1]  # differ only at the end
    assert len(set(short.values())) == 3


def test_log_fits_80_columns_without_breaking_words(
    cli: CliRunner, reg: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = "Suzhou Municipal Bureau of Statistics, statistical communique 2023, table 4"
    assert cli("update", "ic-scale", "1250", "-p", "2023", "--source", source).code == 0
    # Ids made in one millisecond share all but their last characters, and `log` then shows
    # them whole (the shortest prefix that tells them apart): two milliseconds apart here.
    time.sleep(0.002)
    assert cli("update", "ic-scale", "1260", "-p", "2023", "--note", "revised").code == 0
    monkeypatch.setenv("COLUMNS", "80")
    lines = cli("log").out.splitlines()
    assert all(len(line) <= 80 for line in lines), lines
    assert len(lines) > 2  # the long source is folded
    assert source in " ".join(line.strip() for line in lines)  # folded between words only
    (full,) = {r["id"] for r in json.loads(cli("log", "--json").out)} - {
        r["id"] for r in json.loads(cli("log", "--json").out) if r["status"] == "current"
    }
    assert full not in cli("log").out and full[:8] in cli("log").out
    assert full in cli("log", "--long").out
    assert all(line[21:29].strip() for line in lines if line[:4].isdigit())  # ids aligned
    zh = cli("log", "--lang", "zh").out
    assert "已被" in zh and "来源：" in zh and "superseded" not in zh


def test_the_language_may_come_before_the_command(cli: CliRunner) -> None:
    """The README says every command takes --lang: before the command's name too."""
    assert "用法" in cli("--lang", "zh", "--help").out
    before = cli("--lang", "zh", "status", "--registry", "missing.toml")
    assert before.code == 3 and before.err.startswith("cluster-cli：错误：missing.toml")
    both = cli("--lang=zh", "status", "--lang", "en", "--registry", "missing.toml")
    assert both.err.startswith("cluster-cli: error: missing.toml")  # the last one given wins
    assert cli("--lang", "xx", "status").code == 2
