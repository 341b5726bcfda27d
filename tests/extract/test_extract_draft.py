"""The registry draft: start years, baselines and ids that the progress method and a person can
use."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import rtoml

from cluster_cli.extract.contract import DocumentInfo
from cluster_cli.extract.draft import draft_text
from cluster_cli.extract.finder import find_goals
from cluster_cli.files.registry import validate


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
