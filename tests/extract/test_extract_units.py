"""Goals in counts and measures the registry knows (公里, 万亩, 万户) go into drafts as written;
units it does not know (个百分点) are left out with their comment, as before."""

from __future__ import annotations

import tomllib
from pathlib import Path

from cluster_cli.engine.units import UNITS
from cluster_cli.extract.registry_terms import REGISTRY_UNITS
from conftest import CliRunner

TEXT = "今年新建农村公路5000公里，建设高标准农田300万亩，改造老旧小区1.2万户。\n"


def test_a_draft_takes_goals_in_km_mu_and_households(cli: CliRunner) -> None:
    Path("plan.txt").write_text(TEXT, "utf-8")
    done = cli("extract", "plan.txt", "--date", "2026-01-14", "-o", "draft.toml", "--lang", "en")
    assert done.code == 0, done.err
    assert "3 goals, 0 left out" in done.out
    assert "5,000 kilometres" in done.out and "3 million mu" in done.out
    assert "12,000 households" in done.out
    draft = Path("draft.toml").read_text("utf-8")
    goals = tomllib.loads(draft)["targets"].values()
    written = {(goal["unit"], goal["target"]) for goal in goals}
    assert written == {("公里", 5000), ("万亩", 300), ("万户", 1.2)}
    assert "# Left out" not in draft
    checked = cli("check", "--registry", "draft.toml", "--quotes", "plan.txt")
    assert checked.code == 0, checked.err


def test_the_draft_knows_the_engines_units_and_converts_the_rest_exactly(cli: CliRunner) -> None:
    assert tuple(UNITS) == REGISTRY_UNITS
    Path("plan.txt").write_text("今年要建成5G基站3万座，空气优良天数比率提高2个百分点。\n", "utf-8")
    assert cli("extract", "plan.txt", "--date", "2026-01-14", "-o", "draft.toml").code == 0
    draft = Path("draft.toml").read_text("utf-8")
    (goal,) = tomllib.loads(draft)["targets"].values()
    assert (goal["unit"], goal["target"]) == ("座", 30000)  # 3万座, exact
    assert "# Left out:" in draft and "个百分点" in draft


def _drafted(cli: CliRunner, text: str, date: str) -> tuple[str, str, list[dict[str, object]]]:
    """``text`` extracted in English into draft.toml: what was printed, the draft, its goals."""
    Path("plan.txt").write_text(text, "utf-8")
    done = cli("extract", "plan.txt", "--date", date, "-o", "draft.toml", "--lang", "en")
    assert done.code == 0, done.err
    draft = Path("draft.toml").read_text("utf-8")
    return done.out, draft, list(tomllib.loads(draft)["targets"].values())


def test_goals_in_us_dollars_keep_their_currency(cli: CliRunner) -> None:
    text = "到2025年，全市实际使用外资达到50亿美元，进出口总额突破1000亿美元，"
    text += "外贸总额达到1.25万亿美元，服务外包执行额达到20亿美金。\n"
    out, _, goals = _drafted(cli, text, "2023-01-14")
    assert "5 billion US dollars" in out and "100 billion US dollars" in out
    assert sorted((str(goal["unit"]), float(str(goal["target"]))) for goal in goals) == [
        ("万亿美元", 1.25),
        ("亿美元", 20),
        ("亿美元", 50),
        ("亿美元", 1000),
    ]


def test_a_count_gets_the_english_noun_its_name_ends_on(cli: CliRunner) -> None:
    """家, 名, 项 and 个 name nothing in English: the draft reads the noun from the end of the
    goal's name (培育创新领航企业: enterprises), says it guessed, and leaves it out for a name
    that ends on no noun it knows."""
    text = "今年培育创新领航企业30家，建设新型研发机构27家，"
    text += "实施攻关任务10项，引进人才及创新团队600名。\n"
    out, draft, goals = _drafted(cli, text, "2026-01-14")
    assert "30 enterprises" in out and "27 institutions" in out and "600 talents and teams" in out
    assert [goal.get("unit_en") for goal in goals] == [
        "enterprises",
        "institutions",
        None,  # 攻关任务: no noun known
        "talents and teams",
    ]
    assert "unit_en: enterprises, read from the end of the name; check it." in draft
    assert cli("status", "--registry", "draft.toml", "--lang", "en").code == 0
