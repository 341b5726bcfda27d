"""No English in Chinese output: the ledger's and the registry's problems, `check`'s findings,
tomllib's and Pydantic's messages, Click's help layout and usage errors, `extract`'s help and
its drafts. English output stays as it was, word for word."""

from __future__ import annotations

import datetime as dt
import inspect
import json
import os
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import pytest
import rtoml
import typer
from pydantic import BaseModel, Field, ValidationError

from cluster_cli.commands import cli as cli_module
from cluster_cli.engine.units import UNITS
from cluster_cli.errors import InputFileError
from cluster_cli.extract.finder import find_goals
from cluster_cli.extract.model import Said
from cluster_cli.files import ledger, registry
from cluster_cli.files import toml as toml_module
from cluster_cli.files.ledger import read as ledger_read
from cluster_cli.i18n import Lang, Phrase, set_lang
from cluster_cli.i18n import messages as m
from conftest import REPO, CliRunner, make_record

HAN = re.compile(r"[\u4e00-\u9fff]")
# Three English words in a row; quoted values, commands and paths are data, not sentences.
ENGLISH_RUN = re.compile(r"(?<![\w./$-])[A-Za-z]{2,}(?: [A-Za-z]{2,}){2,}(?![\w./-])")
QUOTED = re.compile(r"'[^'\n]*'|“[^”\n]*”|`[^`\n]*`|\S*[/\\]\S*")


def english_in(text: str) -> list[str]:
    return ENGLISH_RUN.findall(QUOTED.sub(" ", text))


@pytest.fixture
def zh(monkeypatch: pytest.MonkeyPatch) -> None:
    """Runs in a Chinese locale, with no --lang."""
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")


@pytest.fixture
def in_language() -> Iterator[Any]:
    """``in_language("zh")``: the language of code called directly, as a run sets it."""

    def choose(lang: Lang) -> None:
        set_lang(lang)

    before = set_lang(None)
    yield choose
    set_lang(before)


# ---------------------------------------------------------------- 1. the ledger's problems

GOOD = ledger.format_record(
    make_record(1250.0, recorded_at="2024-03-02T08:15:02.000001Z", id="GOOD1")
)
LINE = ledger.HEADER.count("\n") + 1  # the first record's line


def edited(old: str, new: str) -> str:
    assert re.search(old, GOOD), old
    return ledger.HEADER + re.sub(old, new, GOOD, count=1)


LEDGERS = {
    "not finite": (
        edited(r"value = [0-9.]+", "value = inf"),
        "value 必须是有限的数",
        "value must be a finite number",
    ),
    "not a real date": (
        edited(r'period = "\d+"', 'period = "2024-02-30"'),
        "期别 '2024-02-30' 不是真实的日期",
        "period '2024-02-30' is not a real date",
    ),
    "not a period": (
        edited(r'period = "\d+"', 'period = "2024-6-30"'),
        "期别 '2024-6-30' 不是 YYYY 或 YYYY-MM-DD",
        "period '2024-6-30' is not YYYY or YYYY-MM-DD",
    ),
    "not a time": (
        edited("T08:", "T25:"),
        "不是以 Z 结尾的 ISO 8601 UTC 时间",
        "is not an ISO 8601 UTC time ending in Z",
    ),
    "empty target": (
        edited('target = "ic-scale"', 'target = ""'),
        "记录 GOOD1：target 为空",
        "record GOOD1: target is empty",
    ),
    "unknown key": (
        edited(r" \}$", ', colour = "red" }'),
        "未知的键 colour",
        "record GOOD1: unknown key(s) colour",
    ),
    "missing key": (
        edited(r'unit = "[^"]*", ', ""),
        "缺少键 'unit'",
        "the key 'unit' is missing",
    ),
    "retraction with a value": (
        edited(r" \}$", ', retracts = "X" }'),
        "撤回记录不能有 value",
        "a retraction has no value",
    ),
    "not a string": (
        edited(r'unit = "[^"]*"', "unit = 3"),
        "unit 必须是字符串",
        "unit must be a string",
    ),
    "not a number": (
        edited(r"value = [0-9.]+", 'value = "1"'),
        "value 必须是数字",
        "value must be a number",
    ),
    "not a table": (
        ledger.HEADER + "X = 1\n",
        "记录 X 不是表 { target = ..., ... }",
        "record X is not a table { target = ..., ... }",
    ),
    "version": (
        ledger.HEADER.replace("version = 1", "version = 2") + GOOD,
        "version = 2：此 cluster-cli 读取的台账版本为 1",
        "version = 2: this cluster-cli reads ledger version 1",
    ),
    "version as a string": (
        ledger.HEADER.replace("version = 1", 'version = "1"') + GOOD,
        "version = '1'：版本号应为不带引号的整数 1",
        "version = '1': the version is the whole number 1, without quotes",
    ),
    "version as a boolean": (  # true == 1 in Python: it was taken for version 1
        ledger.HEADER.replace("version = 1", "version = true") + GOOD,
        "version = true：版本号应为不带引号的整数 1",
        "version = true: the version is the whole number 1, without quotes",
    ),
    "unknown top-level key": (
        ledger.HEADER.replace("version = 1", "version = 1\ncolour = 1") + GOOD,
        "未知的键 colour：台账只含 [records]",
        "unknown key(s) colour: a ledger holds only [records]",
    ),
    "records not a table": (
        "version = 1\nrecords = 1\n",
        "records 必须是表（[records]）",
        "records must be a table ([records])",
    ),
    "duplicate id": (
        ledger.HEADER + GOOD + GOOD,
        f"记录 GOOD1 出现了两次（另见第 {LINE} 行）",
        f"record GOOD1 appears twice (also on line {LINE})",
    ),
    "conflict markers": (
        ledger.HEADER + "<<<<<<< HEAD\n" + GOOD + "=======\n>>>>>>> other\n",
        "未解决的 git 合并冲突",
        "an unresolved git merge conflict",
    ),
    "before [records]": (
        "version = 1\n" + GOOD,
        "出现在任何 `[records]` 行之前，因此此文件不是 cluster-cli 台账。",
        "comes before any `[records]` line, so this file is not a cluster-cli ledger.",
    ),
    "toml syntax": (
        ledger.HEADER + 'X = { target = "a", = 1 }\n',
        f"第 {LINE} 行第 21 列：TOML 格式错误：键的首字符无效",
        f"line {LINE}, column 21: invalid TOML: Invalid initial character for a key part",
    ),
}


@pytest.mark.parametrize("case", sorted(LEDGERS))
def test_ledger_problems_are_in_the_language_of_the_run(
    cli: CliRunner, reg: Path, case: str
) -> None:
    text, chinese, english = LEDGERS[case]
    Path("actuals.toml").write_text(text, "utf-8")
    shown = cli("status", "--lang", "zh")
    assert shown.code == 3, shown.err
    assert chinese in shown.err and english_in(shown.err) == [], shown.err
    assert shown.err.startswith("cluster-cli：错误：actuals.toml")
    checked = cli("check", "--lang", "zh")
    assert checked.code == 1 and chinese in checked.err
    assert english_in(checked.err) == [], checked.err
    assert english in cli("status", "--lang", "en").err


def test_the_last_day_of_9999_is_a_real_date_that_had_not_begun(cli: CliRunner, reg: Path) -> None:
    """It was called no real date (the year after it is beyond Python's calendar)."""
    Path("actuals.toml").write_text(edited(r'period = "2023"', 'period = "9999-12-31"'), "utf-8")
    shown = cli("status", "--lang", "zh")
    assert shown.code == 0, shown.err
    assert "期别 9999-12-31 尚未开始" in shown.err and "不是真实的日期" not in shown.err
    checked = cli("check")
    assert checked.code == 1
    assert "period 9999-12-31 had not begun when the figure was recorded" in checked.err


def test_a_ledger_not_in_utf8_says_so_in_chinese(cli: CliRunner, reg: Path) -> None:
    Path("actuals.toml").write_bytes((ledger.HEADER + GOOD).encode() + b"# \xff\n")
    result = cli("status", "--lang", "zh")
    assert result.code == 3
    assert f"actuals.toml：第 {LINE + 1} 行：不是有效的 UTF-8（第 " in result.err
    english = cli("status", "--lang", "en").err
    assert f"actuals.toml: line {LINE + 1}: is not valid UTF-8 (byte " in english


def test_a_line_that_is_no_record_is_named_in_chinese(in_language: Any) -> None:
    in_language("zh")
    with pytest.raises(InputFileError) as caught:
        ledger.parse_line(Path("actuals.toml"), 7, "[x]")
    assert str(caught.value) == "actuals.toml：第 7 行：不是记录行：`ID = { target = ..., ... }`"


TORN = '01TORN = { target = "ic-sc'


def test_a_torn_tail_is_a_chinese_warning(cli: CliRunner, reg: Path) -> None:
    Path("actuals.toml").write_text(ledger.HEADER + GOOD + TORN, "utf-8")
    result = cli("status", "--lang", "zh")
    assert result.code == 0, result.err
    assert (
        f"cluster-cli：警告：actuals.toml：第 {LINE + 1} 行：末尾有一条未写完的记录" in result.err
    )
    assert "下一次 update 会将其删去" in result.err and english_in(result.err) == []
    english = cli("status", "--lang", "en").err
    assert f"actuals.toml: line {LINE + 1}: an unfinished record at the end" in english


def test_a_torn_tail_of_a_large_ledger_is_a_chinese_warning_of_update(
    reg: Path, in_language: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ledger_read, "EDGE_WINDOW", 1024)  # read by its edges from 2 KiB
    records = [make_record(float(i), goal_id="ic-talents") for i in range(20)]
    path = Path("actuals.toml")
    path.write_text(ledger.HEADER + "".join(map(ledger.format_record, records)) + TORN, "utf-8")
    assert path.stat().st_size > 2048
    in_language("zh")
    loaded = ledger.load_for_update(path, "ic-scale")
    assert loaded.torn_tail
    assert loaded.warnings == [
        f"actuals.toml：第 {LINE + 20} 行：末尾有一条未写完的记录"
        "（写入被中断，或手写时缺了结尾的 }），"
        f"已忽略；本次 update 会将其删去（如需保留，请补全后在行末换行）：'{TORN}'"
    ]


# ---------------------------------------------------------------- 2. what check finds


def test_stale_goals_are_named_in_chinese(cli: CliRunner, reg: Path) -> None:
    assert cli("update", "ic-scale", "1250", "-p", "2023").code == 0
    result = cli("check", "--stale-after", "1天", "--lang", "zh")  # as Chinese writes it
    assert result.code == 1
    # The report's word for it (数据陈旧), not another
    assert "数据陈旧：ic-scale：最新数值的期别为 2023（截至 2023-12-31）" in result.err
    assert "数据陈旧：ic-talents：自规划开始（2022-12-31）以来没有记录任何数值" in result.err
    assert english_in(result.err) == [], result.err
    english = cli("check", "--stale-after", "1d", "--lang", "en").err
    assert "ic-scale: latest figure is for 2023 (ends 2023-12-31)" in english
    assert "ic-talents: no figure recorded since the plan started (2022-12-31)" in english


def test_records_that_cannot_count_are_named_in_chinese(cli: CliRunner, reg: Path) -> None:
    at = "2024-03-02T08:15:02.0000{:02d}Z"
    records = [
        make_record(1.0, goal_id="nope", unit="名", recorded_at=at.format(1), id="A1"),
        make_record(None, recorded_at=at.format(2), retracts="NOTHING", id="A2"),
        make_record(150.0, goal_id="ic-talents", recorded_at=at.format(3), id="A3"),
        make_record(None, recorded_at=at.format(4), retracts="A3", id="A4"),
        make_record(2.0, goal_id="ic-talents", unit="亿元", recorded_at=at.format(5), id="A5"),
    ]
    Path("actuals.toml").write_text(
        ledger.HEADER + "".join(map(ledger.format_record, records)), "utf-8"
    )
    result = cli("check", "--lang", "zh")
    assert result.code == 1
    first = ledger.HEADER.count("\n") + 1  # each named with its line, as the parser names one
    for expected in (
        f"actuals.toml：第 {first} 行：记录 A1：登记表中没有目标或背景指标 'nope'",
        "记录 A2：撤回的 NOTHING 不在台账中",
        "记录 A4：撤回的 A3 属于 ic-talents，但本记录指明的是 ic-scale",
        "记录 A5：ic-talents 2023 的单位为 亿元，无法换算为目标的单位 名；此数值被忽略",
    ):
        assert expected in result.err, result.err
    assert english_in(result.err) == [], result.err
    english = cli("check", "--lang", "en").err
    assert f"actuals.toml: line {first}: record A1: no goal or indicator 'nope'" in english
    assert "record A4: retracts A3 of ic-talents, but names ic-scale" in english


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_an_unknown_goal_is_worded_alike_by_show_and_log(
    cli: CliRunner, reg: Path, lang: str
) -> None:
    shown, logged = (cli(command, "nope", "--lang", lang) for command in ("show", "log"))
    assert shown.code == logged.code == 4
    if lang == "zh":
        common = ("登记表中没有目标或背景指标", "（`cluster-cli status` 会列出全部）")
    else:
        common = (
            "no goal or indicator 'nope' in the registry",
            " (`cluster-cli status` lists them)",
        )
    for part in common:
        assert part in shown.err and part in logged.err, (shown.err, logged.err)


@pytest.mark.parametrize(
    ("args", "quoted"),
    [
        (("update", "ic-scal", "5", "-p", "2024"), "登记表中没有目标或背景指标 'ic-scal'；"),
        (("update", "ic-sc\x1bale", "5", "-p", "2024"), "'ic-sc\\x1bale'"),
        (("update", "ic-talents", "1.5", "-p", "2024"), "'1.5'：ic-talents 计数单位为 名"),
        (("update", "ic-talents", "-p", "2024", "--", "-3"), "'-3'：ic-talents 计数单位为 名"),
        (("update", "ic-scale", "5", "-p", "2024-06-30"), "；'2024-06-30' 是日期"),
        (("status", "--cluster", "chips"), "--cluster 'chips' 不存在"),
        (("status", "--as-of", "soon"), "--as-of 'soon' 不是日期"),
    ],
)
def test_a_typed_value_is_quoted_alike_in_every_chinese_message(
    cli: CliRunner, reg: Path, args: tuple[str, ...], quoted: str
) -> None:
    """As git and coreutils write theirs in Chinese: the value as typed, between ASCII quotes,
    with what does not print as an escape; never in “”, which some messages used."""
    result = cli("--lang", "zh", *args)
    assert result.code in (2, 4), result.err
    assert quoted in result.err, result.err
    assert "“" not in result.err, result.err
    assert not Path("actuals.toml").exists()


# ---------------------------------------------------------------- 3. the registry's problems


TARGET_LINE = (REPO / "targets.toml").read_text("utf-8").split("target = 2000\n")[0].count("\n") + 1


def shipped(old: str, new: str) -> str:
    text = (REPO / "targets.toml").read_text("utf-8")
    assert old in text, old
    return text.replace(old, new, 1)


REGISTRIES = {
    "literal": (
        shipped('\nkind = "level"', '\nkind = "lvl"'),
        "应为 'level', 'cumulative', 'share' 或 'rate'",
        "Input should be 'level', 'cumulative', 'share' or 'rate'",
    ),
    "float type": (
        shipped("target = 600\n", 'target = "600"\n'),
        "targets.ic-talents.target：应为数字",
        "targets.ic-talents.target: Input should be a valid number",
    ),
    "int type": (
        shipped("start = 2023\n", "start = 2023.5\n"),
        ".start：应为整数",
        ".start: Input should be a valid integer",
    ),
    "greater or equal": (
        shipped("start = 2023\n", "start = 1900\n"),
        ".start：应大于或等于 1949",
        ".start: Input should be greater than or equal to 1949",
    ),
    "greater": (
        shipped("target = 600\n", "target = 600\ntolerance = 0\n"),
        "targets.ic-talents.tolerance：应大于 0",
        "targets.ic-talents.tolerance: Input should be greater than 0",
    ),
    "too short": (
        shipped('name_en = "IC core-technology projects"', 'name_en = ""'),
        "targets.ic-core-projects.name_en：至少应有 1 个字符",
        "targets.ic-core-projects.name_en: String should have at least 1 character",
    ),
    "blank": (
        shipped('name_en = "IC core-technology projects"', 'name_en = " \\u3000 "'),
        "targets.ic-core-projects.name_en：不能只有空白",
        "targets.ic-core-projects.name_en: should hold more than spaces",
    ),
    "missing": (
        shipped('name_en = "IC core-technology projects"\n', ""),
        "targets.ic-core-projects.name_en：缺少必需的键",
        "targets.ic-core-projects.name_en: required key is missing",
    ),
    "extra": (
        shipped(
            "deadline = 2025\nbaseline = { value = 1000",
            "dedline = 2025\nbaseline = { value = 1000",
        ),
        "targets.ic-scale.dedline：未知的键（拼写错误？）；允许的键见 docs/registry.md",
        "targets.ic-scale.dedline: unknown key (a typo?)",
    ),
    "pattern": (
        shipped("[targets.ic-talents]", "[targets.IC_Talents]"),
        "targets.IC_Talents：编号只能由小写字母、数字和连字符组成，以字母或数字开头（如 ic-scale）",
        "targets.IC_Talents: an id is lowercase letters, digits and hyphens",
    ),
    "string type": (
        shipped(
            'title = "苏州产业创新集群目标 / Suzhou industrial innovation cluster goals"',
            "title = 3",
        ),
        "title：应为字符串",
        "title: Input should be a valid string",
    ),
    "literal of one": (
        shipped("schema_version = 1", "schema_version = 2"),
        "schema_version：应为 1",
        "schema_version: Input should be 1",
    ),
    "union": (
        shipped("target = 600\n", "target = 600\nnote = 3\n"),
        "targets.ic-talents.note：应为字符串 或 应为表 { zh = …, en = … }",
        "targets.ic-talents.note: Input should be a valid string or should be a table "
        "{ zh = …, en = … }",
    ),
    "unknown unit": (
        shipped('unit = "名"\n', 'unit = "倍"\n'),
        f"未知单位 '倍'；请用以下之一：{', '.join(UNITS)}（见 docs/registry.md）",
        f"unknown unit '倍'; use one of {', '.join(UNITS)} (see docs/registry.md)",
    ),
    "negative count": (
        shipped("target = 600\n", "target = -600\n"),
        "targets.ic-talents：计数（单位：名）不能为负",
        "targets.ic-talents: a count in 名 cannot be negative",
    ),
    "fractional count": (
        shipped("target = 600\n", "target = 600.5\n"),
        "targets.ic-talents：计数（单位：名）须为整数",
        "targets.ic-talents: a count in 名 is a whole number",
    ),
    "target is the baseline": (
        shipped("target = 2000\n", "target = 1000\n"),
        "targets.ic-scale：target 1000 等于基期值",
        "targets.ic-scale: target 1000 equals the baseline",
    ),
    "deadline before the baseline": (
        shipped(
            "start = 2023\ndeadline = 2025\nbaseline = { value = 1000",
            "start = 2020\ndeadline = 2021\nbaseline = { value = 1000",
        ),
        "deadline 2021 不晚于基期 2022",
        "deadline 2021 is not after the baseline period 2022",
    ),
    "baseline after the start": (
        shipped(
            "baseline = { value = 1000, period = 2022", "baseline = { value = 1000, period = 2024"
        ),
        "targets.ic-scale：基期 2024 晚于规划起始年 2023，规划在 2024 年之前的数值将不被计入；请把 "
        "baseline.period 改为 2022（起始年的前一年）或 2023，或更正 start",
        "targets.ic-scale: baseline period 2024 is after the plan start 2023",
    ),
    "unknown cluster": (
        shipped('cluster = "ic"\n', 'cluster = "icc"\n'),
        "targets.ic-scale.cluster：没有集群 'icc'",
        "targets.ic-scale.cluster: no cluster 'icc'",
    ),
    "toml syntax": (
        shipped("target = 2000\n", "target = = 2000\n"),
        f"TOML 格式错误：无效的值（第 {TARGET_LINE} 行第 10 列）",
        f"invalid TOML: Invalid value (at line {TARGET_LINE}, column 10)",
    ),
    "toml end of document": (
        (REPO / "targets.toml").read_text("utf-8") + 'extra = "never closed',
        "TOML 格式错误：字符串没有结束（文件末尾）",
        "invalid TOML: Unterminated string (at end of document)",
    ),
}


@pytest.mark.parametrize("case", sorted(REGISTRIES))
def test_registry_problems_are_in_the_language_of_the_run(cli: CliRunner, case: str) -> None:
    text, chinese, english = REGISTRIES[case]
    Path("targets.toml").write_text(text, "utf-8")
    result = cli("status", "--lang", "zh")
    assert result.code == 3, result.err
    assert chinese in result.err and english_in(result.err) == [], result.err
    assert english in cli("status", "--lang", "en").err


class Sample(BaseModel):
    flag: Annotated[bool, Field(strict=True)]
    count: int
    share: float
    small: Annotated[int, Field(lt=10)]
    code: Annotated[str, Field(max_length=2)]
    day: dt.date


def test_pydantic_types_no_registry_has_are_translated_too(in_language: Any) -> None:
    bad = {"flag": "x", "count": "x", "share": "y", "small": 10, "code": "abc", "day": "never"}
    with pytest.raises(ValidationError) as caught:
        Sample.model_validate(bad)
    (day,) = (item["msg"] for item in caught.value.errors() if item["loc"] == ("day",))
    in_language("zh")
    assert registry.validation_message(caught.value).split("\n  ") == [
        "flag：应为布尔值（true 或 false）",
        "count：应为整数：无法把字符串解析为整数",
        "share：应为数字：无法把字符串解析为数字",
        "small：应小于 10",
        "code：最多只能有 2 个字符",
        # A type not in the catalogue keeps Pydantic's English.
        f"day：{day}",
    ]


def tomllib_messages() -> list[str]:
    """Every message tomllib can write, read from its source; {...} of an f-string as "X"."""
    source = Path(inspect.getsourcefile(tomllib) or "").parent / "_parser.py"
    found = re.findall(
        r'suffixed_err\(\s*src,\s*\w+,\s*(f?)"((?:[^"\\]|\\.)*)"', source.read_text()
    )
    messages_ = [re.sub(r"\{[^}]*\}", "X", text) if f else text for f, text in found]
    return sorted({text.replace("\\\\", "\\") for text in messages_})


def test_every_message_of_tomllib_is_in_the_catalogue(in_language: Any) -> None:
    texts = tomllib_messages()
    assert len(texts) >= 20
    in_language("zh")
    for text in texts:
        worded = toml_module.toml_message(f"{text} (at line 3, column 9)")
        assert worded.endswith("（第 3 行第 9 列）") and HAN.search(worded), text
    in_language("en")
    for text in texts:
        assert toml_module.toml_message(f"{text} (at line 3, column 9)") == (
            f"{text} (at line 3, column 9)"
        )
    assert toml_module.toml_message("Something new (at line 1, column 1)") == (
        "Something new (at line 1, column 1)"
    )


# ---------------------------------------------------------------- 4. Click's own words

PAGES = ["", "status", "show", "update", "log", "undo", "import", "extract", "report", "check"]


@pytest.mark.parametrize("command", [*PAGES, "init"])
def test_every_help_page_is_chinese_alone(cli: CliRunner, zh: None, command: str) -> None:
    result = cli(*([command] if command else []), "-h")
    assert result.code == 0, result.err
    page = result.out
    assert page.startswith(f"用法：cluster-cli {command}".rstrip() + " ")
    assert "选项：" in page and "  -h, --help" in page and "显示此帮助并退出。" in page
    for english in ("Usage:", "Options:", "Arguments:", "Commands:", "Show this message"):
        assert english not in page
    assert "[required]" not in page and "[default:" not in page
    assert english_in(page) == [], page


def test_the_root_help_words_its_commands_and_completion_in_chinese(
    cli: CliRunner, zh: None
) -> None:
    page = cli("-h").out
    assert "\n命令：\n" in page
    assert "为当前 shell 安装命令补全。" in page
    assert "显示当前 shell 的补全脚本" in page
    assert cli("update", "-h").out.count("[必填]") == 3
    assert "[默认：.]" in cli("init", "-h").out


def test_english_help_keeps_clicks_words(cli: CliRunner) -> None:
    page = cli("-h").out
    assert page.startswith("Usage: cluster-cli [OPTIONS] COMMAND [ARGS]...\n")
    assert "\nOptions:\n" in page and "\nCommands:\n" in page
    assert "Show this message and exit." in page
    assert "Install completion for the current shell." in page
    assert "[required]" in cli("update", "-h").out and "[default: .]" in cli("init", "-h").out


USAGE_ERRORS = [
    (["status", "--bogus"], "没有选项 --bogus", "No such option: --bogus"),
    (
        ["status", "--clustr", "ic"],
        "没有选项 --clustr（可能是：--cluster）",
        "No such option: --clustr (Possible options: --cluster)",
    ),
    (["bogus"], "没有命令 'bogus'", "No such command 'bogus'."),
    (
        ["stuts"],
        "没有命令 'stuts'；您是否要找 'status'？",
        "No such command 'stuts'. Did you mean 'status'?",
    ),
    (["update"], "缺少参数 '目标'。", "Missing argument 'GOAL'."),
    (["import"], "缺少参数 '文件'。", "Missing argument 'FILE'."),
    (
        ["update", "ic-scale", "1"],
        "缺少选项 '--period' / '-p'。",
        "Missing option '--period' / '-p'.",
    ),
    (
        ["status", "--cluster"],
        "选项 '--cluster' 需要一个值。",
        "Option '--cluster' requires an argument.",
    ),
    (["status", "--json=1"], "选项 '--json' 不接受值。", "Option '--json' does not take a value."),
    (["status", "a", "b"], "多余的参数：a b", "Got unexpected extra argument(s) (a b)"),
    # An option with no value before another option takes that option as its value.
    (
        ["status", "--limit", "--json", "x"],
        "多余的参数：x；--limit 把 --json 当作了自己的值，请在 --limit 后面写上它的值",
        "Got unexpected extra argument(s) (x); --limit took --json as its value: give --limit "
        "its own value first",
    ),
    (
        ["status", "--cluster", "--region", "r"],
        "多余的参数：r；--cluster 把 --region 当作了自己的值，请在 --cluster 后面写上它的值",
        "Got unexpected extra argument(s) (r); --cluster took --region as its value: give "
        "--cluster its own value first",
    ),
]


def test_a_language_given_after_an_option_with_no_value_is_explained(cli: CliRunner) -> None:
    result = cli("status", "--limit", "--lang", "zh")
    assert result.code == 2
    assert result.err.endswith(
        "错误：多余的参数：zh；--limit 把 --lang 当作了自己的值，请在 --limit 后面写上它的值\n"
    ), result.err


@pytest.mark.parametrize(("args", "chinese", "english"), USAGE_ERRORS)
def test_usage_errors_are_in_the_language_of_the_run(
    cli: CliRunner, monkeypatch: pytest.MonkeyPatch, args: list[str], chinese: str, english: str
) -> None:
    result = cli(*args)
    assert result.code == 2
    assert result.err.endswith(f"Error: {english}\n"), result.err
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    result = cli(*args)
    assert result.code == 2
    assert result.err.endswith(f"错误：{chinese}\n"), result.err
    assert english_in(result.err) == [], result.err


def test_a_usage_error_shows_the_usage_and_where_help_is(cli: CliRunner, zh: None) -> None:
    assert cli("status", "--bogus").err == (
        "用法：cluster-cli status [选项]\n"
        "运行 `cluster-cli status -h` 查看帮助。\n\n"
        "错误：没有选项 --bogus\n"
    )
    nothing = cli()
    assert nothing.code == 2 and nothing.err.startswith("用法：cluster-cli [选项] 命令 [参数]...")
    assert "\n命令：\n" in nothing.err


@pytest.mark.parametrize(
    ("command", "placeholders"),
    [
        ("update", ["用法：cluster-cli update [选项] {目标} {数值}", "  目标  ", "--period 期别"]),
        ("report", ["用法：cluster-cli report [选项]", "-o, --output 文件"]),
        ("init", ["用法：cluster-cli init [选项] [目录]", "  目录  "]),
        ("log", ["用法：cluster-cli log [选项] [目标]", "--as-of 日期"]),
    ],
)
def test_help_placeholders_are_chinese_and_types_are_not_shown(
    cli: CliRunner, zh: None, command: str, placeholders: list[str]
) -> None:
    """As the Chinese translations of git and coreutils write them ([选项], 文件); Typer's
    Python types (GOAL <str>, DIR <path>) are shown in neither language."""
    page = cli(command, "--help").out
    for placeholder in placeholders:
        assert placeholder in page, page
    assert not re.search(r"OPTIONS|\bFILE\b|<str>|<path>|\[\[", page), page
    english = cli(command, "--help", "--lang", "en").out
    assert "[OPTIONS]" in english and "<str>" not in english and "<path>" not in english


def test_a_bad_parameter_is_worded_from_its_attributes(in_language: Any) -> None:
    in_language("zh")
    named = typer.BadParameter("not a date", param_hint="'--date'")
    assert cli_module._click_message(named) == "'--date' 的值无效：not a date"
    assert cli_module._click_message(typer.BadParameter("not a date")) == "值无效：not a date"
    in_language("en")
    assert cli_module._click_message(named) == "Invalid value for '--date': not a date"


# ---------------------------------------------------------------- 5. extract


def test_extract_help_is_in_the_catalogue(cli: CliRunner) -> None:
    chinese = cli("extract", "-h", "--lang", "zh").out
    for words in (
        "找出中文政策文件中的量化目标",
        "政策文件：",
        "文件的日期",
        "新的登记表文件",
        "追加到此登记表",
        "与 --into 同用",
    ):
        assert words in chinese, chinese
    english = cli("extract", "-h", "--lang", "en").out
    assert "Propose the quantified goals of a Chinese policy text, for review." in english
    assert "With --into: append without asking." in english


PLAN = (
    "某市集成电路产业行动方案（2025—2027年）\n"
    "2022年10月28日，市政府印发方案。\n"
    "一、主要目标\n"
    "到2027年，全市集成电路产业规模从500亿元提高到800亿元，新增高新技术企业500家，"
    "引进人才3万人，研发投入强度达到3%—3.5%。\n"
)


def test_an_extract_draft_writes_its_assumptions_and_note_in_both_languages(
    cli: CliRunner,
) -> None:
    Path("plan.txt").write_text(PLAN, "utf-8")
    result = cli("extract", "plan.txt", "--date", "2026-01-05", "--lang", "zh", "-o", "d.toml")
    assert result.code == 0, result.err
    draft = rtoml.loads(Path("d.toml").read_text("utf-8"))
    goals = list(draft["targets"].values())
    assert len(goals) == 4
    for goal in goals:
        for text in [*goal["assumptions"], goal["note"]]:
            assert set(text) == {"zh", "en"}, text
            assert HAN.search(text["zh"]) and english_in(text["zh"]) == [], text["zh"]
    assert cli("check", "--registry", "d.toml").code == 0
    units = [a for goal in goals for a in goal["assumptions"] if a["en"].startswith("Unit:")]
    assert units == [
        {
            "zh": "单位：原文写作 3万人，记为 30000名（精确换算）。",
            "en": "Unit: the text writes 3万人, recorded as 30000名 (an exact conversion).",
        }
    ]


FINDER_TEXTS = [
    (PLAN, dt.date(2026, 1, 5)),
    ("到“十四五”末，全市规上工业总产值达到5000亿元。\n", None),
    ("“十四五”时期主要目标如下。\n到2025年，全市集成电路产业规模达2000亿元。\n", None),
    ("2022年10月28日，市政府印发方案。到2025年，培育30家领航企业。\n", None),
    ("到2026年，全市数字经济再上台阶。核心产业增加值达到1000亿元，年均增长8%。\n", None),
    ("二、2027年发展目标\n规上工业总产值达到5000亿元。\n", None),
    ("到2027年，全市集成电路产业规模达到3000亿元。\n\n培育领航企业30家。\n", dt.date(2026, 1, 5)),
    ("明年，新增专精特新企业20—30家。\n", dt.date(2026, 1, 5)),
    ("力争用3年时间，全市集成电路产业规模达到3000亿元。\n", dt.date(2026, 1, 5)),
    ("全市产业规模达到3000亿元，到2027年培育领航企业30家。\n", dt.date(2026, 1, 5)),
    ("2026年工作要点\n一、创新\n1.新建省级创新平台20个。\n", dt.date(2026, 1, 5)),
]


def test_every_sentence_of_the_finder_is_worded_in_both_languages() -> None:
    """The finder's reasons and assumptions are catalogue phrases, worded where they are shown;
    every FOUND_ phrase of the catalogue is one the finder still writes."""
    used: set[Phrase] = set()

    def walk(found: Said) -> None:
        used.add(found.phrase)
        for _, value in found.values:
            if isinstance(value, Phrase):
                used.add(value)

    for text, day in FINDER_TEXTS:
        for proposal in find_goals(text, day):
            whys = [proposal.plan_start_why] if proposal.plan_start_why else []
            for found in (*proposal.assumptions, *proposal.reasons, *whys):
                zh, en = found("zh"), found("en")
                assert HAN.search(zh) and zh != en and "{" not in zh + en, (zh, en)
                walk(found)
    catalogue = {value for name, value in vars(m).items() if name.startswith("FOUND_")}
    assert used == catalogue


def test_extract_json_gives_its_reasons_in_the_language_asked_for(cli: CliRunner) -> None:
    Path("plan.txt").write_text(PLAN, "utf-8")
    reasons = {}
    for lang in ("zh", "en"):
        result = cli("extract", "plan.txt", "--json", "--lang", lang, "--date", "2026-01-05")
        assert result.code == 0, result.err
        reasons[lang] = [r for p in json.loads(result.out)["proposals"] for r in p["reasons"]]
    assert reasons["zh"] and len(reasons["zh"]) == len(reasons["en"])
    assert all(HAN.search(r) for r in reasons["zh"])
    assert any(r.startswith("deadline ") for r in reasons["en"])
    assert not any(r.startswith("deadline ") for r in reasons["zh"])


CSV_CASES = {
    "unknown and missing columns": ("目标,数值,说明\nic-scale,1,2024\n".encode(), "第 1 行"),
    "empty": (b"", "表头"),
    "a column twice": ("目标,数值,期别,数值\nic-scale,1,2024,2\n".encode(), "第 1 行"),
    "an unclosed quote": ('目标,数值,期别\nic-scale,"1,2024\n'.encode(), "第 2 行"),
    "not UTF-8 after a BOM": (b"\xef\xbb\xbftarget,value,period\n\xff\n", "UTF-8"),
    "no known encoding": (b"target,value,period\n\x81\x20\n", "第 2 行"),
    "a NUL": ("目标,数值,期别\nic-scale,1\x00,2024\n".encode(), "第 2 行"),
}


@pytest.mark.parametrize("case", sorted(CSV_CASES))
def test_a_bad_spreadsheet_is_named_in_chinese(cli: CliRunner, reg: Path, case: str) -> None:
    data, where = CSV_CASES[case]
    Path("figures.csv").write_bytes(data)
    result = cli("import", "figures.csv", "--lang", "zh")
    assert result.code == 3, result.err
    message = result.err.strip()
    assert message.startswith("cluster-cli：错误：figures.csv：") and where in message, message
    assert not re.search(r"[A-Za-z]{2,}(?: [A-Za-z]{2,}){2,}", message), message


def test_a_row_with_too_many_cells_is_named_in_chinese(cli: CliRunner, reg: Path) -> None:
    Path("figures.csv").write_text("目标,数值,期别\nic-scale,1250,2023,x,y\n", "utf-8")
    result = cli("import", "figures.csv", "--lang", "zh")
    assert "有 5 个单元格，但只有 3 列" in result.err and "cells" not in result.err, result.err


def test_the_period_column_is_read_by_either_chinese_name(cli: CliRunner, reg: Path) -> None:
    for header in ("期别", "期间"):
        Path("figures.csv").write_text(f"目标,数值,{header}\nic-scale,1250,2023\n", "utf-8")
        result = cli("import", "figures.csv", "--dry-run", "--lang", "zh")
        assert result.code == 0, (header, result.err)


@pytest.mark.parametrize(
    ("output", "chinese"),
    [
        ("missing-folder/r.md", "missing-folder 不存在；未写入任何内容"),
        ("/proc/r.md", "无法在 /proc 中创建文件；未写入任何内容"),
        ("/dev/full", "无法写入（磁盘空间不足）"),
    ],
)
def test_a_report_that_cannot_be_written_says_so_in_chinese(
    cli: CliRunner, reg: Path, output: str, chinese: str
) -> None:
    result = cli("report", "--markdown", "-o", output, "--lang", "zh")
    assert result.code == 6 and chinese in result.err, result.err
    assert not re.search(r"[A-Za-z]{2,}(?: [A-Za-z]{2,}){2,}", result.err), result.err


def test_the_systems_reasons_are_worded_in_the_language_of_the_run(in_language: Any) -> None:
    import errno

    from cluster_cli.errors import os_reason

    full = OSError(errno.ENOSPC, "No space left on device")
    odd = OSError(errno.ENOTSOCK, "Socket operation on non-socket")
    in_language("zh")
    assert os_reason(full) == "磁盘空间不足"
    assert os_reason(odd) == "Socket operation on non-socket"  # not in the catalogue: as it is
    in_language("en")
    assert os_reason(full) == "No space left on device"
    assert all(hasattr(errno, name) for name in m.OS_REASONS)
    # The English of each is the system's own words for it.
    assert all(os.strerror(getattr(errno, k)) == p.en for k, p in m.OS_REASONS.items())


@pytest.mark.parametrize(
    ("answers", "retracted"),
    [(["是"], True), (["x", "y"], True), (["否"], False), ([""], False), (["好"], True)],
)
def test_a_confirmation_takes_chinese_answers_and_asks_again_in_chinese(
    cli: CliRunner,
    reg: Path,
    monkeypatch: pytest.MonkeyPatch,
    answers: list[str],
    retracted: bool,
) -> None:
    assert cli("update", "ic-talents", "150", "-p", "2024", "-s", "example").code == 0
    asked: list[str] = []

    def answer(question: str) -> str:
        asked.append(question)
        return answers[len(asked) - 1]

    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", answer)
    result = cli("undo", "--lang", "zh")
    assert result.code == 0, result.err
    assert all(q.endswith("［是 y / 否 n，默认否］：") for q in asked)
    assert ("请回答“是”（y）或“否”（n）。" in result.out) == (len(answers) > 1)
    assert ("撤回" in result.out and "未做任何更改" not in result.out) == retracted, result.out


def test_a_key_in_a_toml_message_is_written_as_in_the_file(in_language: Any) -> None:
    in_language("zh")
    with pytest.raises(InputFileError) as caught:
        toml_module.parse_toml("[targets.a]\nx = 1\n[targets.a]\n", "t.toml")
    assert "targets.a 被声明了两次" in str(caught.value) and "('" not in str(caught.value)


def test_a_table_of_the_wrong_kind_names_its_keys(cli: CliRunner) -> None:
    text = (REPO / "targets.toml").read_text("utf-8")
    Path("targets.toml").write_text(text.replace("\nbaseline = {", "\nbaseline = 5 #", 1))
    result = cli("check", "--lang", "zh")
    assert "baseline：应为表 { value = …, period = … }" in result.err, result.err
    assert "Baseline" not in result.err
