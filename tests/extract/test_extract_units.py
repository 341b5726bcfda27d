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


def test_goals_in_us_dollars_keep_their_currency(cli: CliRunner) -> None:
    text = "到2025年，全市实际使用外资达到50亿美元，进出口总额突破1000亿美元，"
    text += "外贸总额达到1.25万亿美元，服务外包执行额达到20亿美金。\n"
    Path("plan.txt").write_text(text, "utf-8")
    done = cli("extract", "plan.txt", "--date", "2023-01-14", "-o", "draft.toml", "--lang", "en")
    assert done.code == 0, done.err
    assert "5 billion US dollars" in done.out and "100 billion US dollars" in done.out
    goals = tomllib.loads(Path("draft.toml").read_text("utf-8"))["targets"].values()
    assert sorted((goal["unit"], goal["target"]) for goal in goals) == [
        ("万亿美元", 1.25),
        ("亿美元", 20),
        ("亿美元", 50),
        ("亿美元", 1000),
    ]
