"""The registry draft: start years, baselines and ids that the progress method and a person can
use."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

import pytest
import rtoml

from cluster_cli.extract.contract import DocumentInfo
from cluster_cli.extract.draft import draft_text
from cluster_cli.extract.finder import find_goals
from cluster_cli.files.registry import validate


class Result(Protocol):
    code: int
    out: str
    err: str


CliRunner = Callable[..., Result]  # the `cli` fixture of tests/conftest.py


def _draft(text: str, date: dt.date | None = None, title: str = "某市行动方案") -> dict[str, Any]:
    info = DocumentInfo("plan.txt", title, date.isoformat() if date else None, "0" * 64, 9, "text")
    written = draft_text(info, find_goals(text, date), "en").text
    validate(rtoml.loads(written), "draft.toml")  # the registry accepts it as it is
    return rtoml.loads(written)


def _goals(text: str, date: dt.date | None = None) -> list[dict[str, Any]]:
    return list(_draft(text, date)["targets"].values())


def test_start_is_the_documents_year_and_says_so() -> None:
    (goal,) = _goals("到2027年，培育领航企业30家。\n", dt.date(2026, 1, 14))
    assert (goal["start"], goal["deadline"]) == (2026, 2027)
    assert "Start 2026: the document's year." in [a["en"] for a in goal["assumptions"]]


def test_start_from_a_plan_period_the_text_names() -> None:
    text = "“十四五”时期主要目标如下。\n到2025年，全市集成电路产业规模达2000亿元。\n"
    (goal,) = _goals(text)
    assert goal["start"] == 2021
    assert any(
        a["en"].startswith("Start 2021: the plan period “十四五”时期") for a in goal["assumptions"]
    )


def test_start_from_the_latest_date_the_text_states() -> None:
    (goal,) = _goals("2022年10月28日，市政府印发方案。到2025年，培育30家领航企业。\n")
    assert goal["start"] == 2022
    assert any("2022年10月28日" in a["en"] for a in goal["assumptions"])


def test_start_falls_back_to_the_deadline_and_asks_for_a_date() -> None:
    (goal,) = _goals("到2025年，培育30家领航企业。\n")
    assert goal["start"] == 2025
    assert any(
        "--date" in a["en"] and a["en"].startswith("Start 2025") for a in goal["assumptions"]
    )


def test_a_baseline_in_the_text_is_the_value_before_the_first_year() -> None:
    (goal,) = _goals("到2027年，研发经费投入从500亿元提高到800亿元。\n", dt.date(2026, 1, 5))
    assert (goal["name"], goal["target"]) == ("研发经费投入", 800)
    assert goal["baseline"] == {"value": 500, "period": 2025}


def test_a_count_starts_from_zero() -> None:
    (goal,) = _goals("到2027年，新增高新技术企业500家。\n", dt.date(2026, 1, 5))
    assert goal["baseline"] == {"value": 0, "period": 2025}
    assert goal["kind"] == "cumulative"


def test_ids_spell_the_indicator_and_the_title_in_pinyin() -> None:
    text = (
        "到2027年，全市集成电路产业规模达到3000亿元，重庆银行业务收入达到500亿元，"
        "新增高新技术企业500家，5G基站达到3万个。明年新增高新技术企业200家。\n"
    )
    draft = _draft(text, dt.date(2026, 1, 5), title="某市集成电路产业行动方案")
    assert list(draft["targets"]) == [
        "jicheng-dianlu-chanye-guimo",  # 全市 says nothing about the indicator
        "chongqing-yinhang-yewu-shouru",  # polyphones read as words: chong, hang
        "xinzeng-gaoxin-jishu-qiye",
        "5g-jizhan",
        "xinzeng-gaoxin-jishu-qiye-2",  # a clash gets a number
    ]
    assert list(draft["sources"]) == ["moushi-jicheng-dianlu-chanye-xingdong"]
    for table in ("targets", "sources", "regions", "clusters"):
        for key in draft[table]:
            assert re.fullmatch(r"[a-z0-9][a-z0-9-]*", key) and len(key) <= 64, key


def test_ids_of_an_addition_avoid_those_in_the_registry() -> None:
    from cluster_cli.extract.draft import appendix_text

    base = _draft("到2027年，新增高新技术企业500家。\n", dt.date(2026, 1, 5))
    registry = validate(base, "targets.toml")
    info = DocumentInfo("b.txt", "某市行动方案", None, "0" * 64, 9, "text")
    addition = appendix_text(
        info, find_goals("到2028年，新增高新技术企业800家。\n", dt.date(2026, 1, 5)), registry, "en"
    )
    assert [key for key, _ in addition.summary] == ["xinzeng-gaoxin-jishu-qiye-2"]
    assert "[sources.moushi-xingdong-fangan-2]" in addition.text  # the title's id was taken


def test_a_round_size_reached_is_recorded_in_its_full_amount() -> None:
    (goal,) = _goals("到2027年，开发区营业收入突破千亿元。\n", dt.date(2025, 1, 5))
    assert (goal["unit"], goal["target"]) == ("亿元", 1000)


# Hostile input: a file name or a text holding line breaks and control characters must not
# break the draft's TOML (a name could otherwise end a comment and start a table of its own).
HOSTILE_NAMES = [
    "plan\nx = 1\n.txt",
    "plan\n[targets.evil]\nname = 1\n.txt",
    "plan\r\n.txt",
    "plan\x1b[31m.txt",
    "plan\u2028x = 1.txt",
    "plan\u2029\u202e.txt",
    "plan\x7f\x85.txt",
    "plan\x00\t.txt",
]
HOSTILE_TEXTS = [
    "政府工作报告\x7f\n到2025年，力争全市集成电路产业规模达2000亿元。\n",
    "到2025年，力争全市集成电路\x7f产业规模达2000亿元。\n",
    "到2025年，力争全市\x1b[31m集成电路产业规模达2000亿元。\n",
    "到2025年，力争全市\u202e集成电路\x85产业规模达2000亿元。\n",
    "到2025年，新建高标准农田\x7f25万亩，力争全市\u2028集成电路产业规模达2000亿元。\n",
]


def _hostile_draft(name: str, text: str, *, into: bool = False) -> tuple[str, dict[str, Any]]:
    from cluster_cli.extract.draft import appendix_text

    title = text.split("\n", 1)[0]
    info = DocumentInfo(name, title, None, "0" * 64, len(text), "text")
    goals = find_goals(text, dt.date(2024, 1, 5))
    if into:
        registry = validate(_draft("到2027年，新增高新技术企业500家。\n", dt.date(2026, 1, 5)), "r")
        written = appendix_text(info, goals, registry, "en").text
        base = draft_text(
            DocumentInfo("r.txt", "某市行动方案", None, "0" * 64, 9, "text"),
            find_goals("到2027年，新增高新技术企业500家。\n", dt.date(2026, 1, 5)),
            "en",
        ).text
        written = base + written
    else:
        written = draft_text(info, goals, "en").text
    parsed = tomllib.loads(written)  # TOML 1.0, as the registry reads it
    validate(parsed, "draft.toml")
    return written, parsed


@pytest.mark.parametrize("name", HOSTILE_NAMES)
@pytest.mark.parametrize("into", [False, True])
def test_a_hostile_file_name_stays_inside_its_comment(name: str, into: bool) -> None:
    written, parsed = _hostile_draft(name, HOSTILE_TEXTS[0], into=into)
    assert "x" not in parsed and "evil" not in parsed.get("targets", {})
    comments = [line for line in written.splitlines() if line.startswith("#")]
    assert any("plan\\" in line for line in comments)  # shown, escaped: plan\n, plan\x1b…
    assert all(char == "\t" or char >= " " for line in comments for char in line)
    assert not re.search("[\x7f-\x9f\u2028\u2029\u202a-\u202e]", written)


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
def test_control_characters_of_the_text_are_escaped_in_strings(text: str) -> None:
    written, parsed = _hostile_draft("plan.txt", text)
    title = text.split("\n", 1)[0]
    assert parsed["title"] == title  # the string holds it exactly, escaped in the file
    (goal,) = [goal for goal in parsed["targets"].values() if goal["unit"] == "亿元"]
    assert goal["target"] == 2000
    assert all(goal["source"]["quote"] in text for goal in parsed["targets"].values())
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e]", written)
    if "万亩" in text:  # a goal in 万亩 (a registry unit): its name and quote escaped
        assert "\\u007f" in written or "\\x7f" in written


def test_a_hostile_file_name_drafts_and_appends_end_to_end(cli: CliRunner, reg: Path) -> None:
    name = "plan\nx = 1\n[targets.evil]\n\x1b\u2028\x7f.txt"
    Path(name).write_text("政府工作报告\x7f\n到2027年，新增高新技术企业500家。\n", "utf-8")
    assert cli("extract", name, "-o", "draft.toml").code == 0
    tomllib.loads(Path("draft.toml").read_text("utf-8"))
    checked = cli("check", "--registry", "draft.toml", "--quotes", name)
    assert checked.code == 0, checked.err
    done = cli("extract", name, "--into", str(reg), "--yes", "--date", "2026-01-14")
    assert done.code == 0, done.err
    assert cli("check", "--registry", str(reg)).code == 0


@pytest.mark.parametrize(
    ("text", "en", "zh"),
    [
        ("市政府召开常务会议。\n", "no goal was found", "未发现带期限的量化目标"),
        ("到2025年，空气优良天数比率提高2个百分点。\n", "unit the registry does not know", "单位"),
    ],
)
def test_into_says_why_nothing_was_added(
    cli: CliRunner, reg: Path, text: str, en: str, zh: str
) -> None:
    Path("plan.txt").write_text(text, "utf-8")
    before = reg.read_bytes()
    for lang, words in (("en", en), ("zh", zh)):
        done = cli("extract", "plan.txt", "--into", str(reg), "--yes", "--lang", lang)
        assert done.code == 0 and words in done.out
        assert "every goal is there already" not in done.out and "都已在其中" not in done.out
    assert reg.read_bytes() == before


def test_hundred_millions_and_short_unit_forms_convert_exactly() -> None:
    """1.2亿人次 is 12,000 万人次 and 1200万标箱 is 1200万标准箱, as `update` reads them: the
    draft kept neither ("no exact conversion into a unit the registry has")."""
    text = (
        "今年主要预期目标：全年接待游客1.2亿人次；港口集装箱吞吐量达到1200万标箱；"
        "新建1.5亿座充电桩。"
    )
    goals = {(g["unit"], g["target"]) for g in _goals(text, dt.date(2026, 1, 15))}
    assert ("万人次", 12000) in goals and ("万标准箱", 1200) in goals
    assert ("座", 150000000) in goals  # a word with no 万 form: in the things counted
