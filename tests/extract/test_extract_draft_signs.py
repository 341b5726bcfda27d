"""What a drafted registry means once figures come in: a fall is negative growth, a change over
several years is a rate a year, another plan's goal in the same words is a goal of its own, and
English readers are shown the figure in English words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import rtoml

from cluster_cli.extract.contract import DocumentInfo
from cluster_cli.extract.draft import draft_text
from cluster_cli.extract.finder import find_goals
from cluster_cli.extract.labels import value_text
from cluster_cli.files.registry import validate
from conftest import CliRunner


def _goals(text: str, date: dt.date) -> list[dict[str, Any]]:
    info = DocumentInfo("plan.txt", "某市工作要点", date.isoformat(), "0" * 64, 9, "text")
    written = draft_text(info, find_goals(text, date), "en").text
    validate(rtoml.loads(written), "draft.toml")  # the registry accepts it as it is
    return list(rtoml.loads(written)["targets"].values())


def test_a_fall_a_year_is_negative_growth_with_the_direction_decrease() -> None:
    (goal,) = _goals("2025年工作要点\n\n今年单位地区生产总值能耗下降2.5%。\n", dt.date(2025, 1, 20))
    assert (goal["kind"], goal["direction"], goal["target"]) == ("rate", "decrease", -2.5)
    assert any("A fall of 2.5% is growth of -2.5%" in a["en"] for a in goal["assumptions"])


def test_a_rise_a_year_keeps_its_sign() -> None:
    (goal,) = _goals("今年地区生产总值增长5%左右。\n", dt.date(2025, 1, 20))
    assert (goal["direction"], goal["target"]) == ("increase", 5)


def test_a_fall_against_a_year_named_is_a_compound_rate_a_year_from_the_year_after() -> None:
    (goal,) = _goals("到2025年，单位地区生产总值能耗比2020年下降13.5%。\n", dt.date(2021, 3, 1))
    assert (goal["start"], goal["deadline"]) == (2021, 2025)
    assert goal["target"] == pytest.approx((0.865 ** (1 / 5) - 1) * 100, abs=1e-4)  # -2.8589
    assert any("over the 5 years 2021-2025" in a["en"] for a in goal["assumptions"])


def test_a_drafted_fall_is_not_met_by_a_rise(cli: CliRunner) -> None:
    """The figure a statistics bureau publishes for the year (+1% or -3%) read against it."""
    Path("plan.txt").write_text("2025年工作要点\n\n今年单位地区生产总值能耗下降2.5%。\n", "utf-8")
    assert cli("extract", "plan.txt", "-o", "draft.toml").code == 0
    goal = next(iter(rtoml.loads(Path("draft.toml").read_text("utf-8"))["targets"]))
    update = ["update", goal, "-r", "draft.toml", "-p", "2025", "-s", "example", "--lang", "en"]
    rise = cli(*update, "1.0")
    assert rise.code == 0, rise.err
    assert "✓" not in rise.out and "short of the target of -2.5%" in rise.out
    fall = cli(*update[:-2], "--note", "revised", "--lang", "en", "--", "-3.0")
    assert fall.code == 0, fall.err
    assert "meeting the target of -2.5%" in fall.out


def test_into_appends_another_plans_goal_in_the_same_words_and_names_what_it_skips(
    cli: CliRunner,
) -> None:
    Path("a.txt").write_text("2024年工作要点\n\n今年研发投入强度达到3.5%。\n", "utf-8")
    Path("b.txt").write_text("2026年工作要点\n\n今年研发投入强度达到3.5%。\n", "utf-8")
    assert cli("extract", "a.txt", "-o", "targets.toml").code == 0
    added = cli("extract", "b.txt", "--into", "targets.toml", "--yes", "--lang", "en")
    assert added.code == 0 and "appended 1 goal to" in added.out, added.out
    deadlines = [
        t["deadline"] for t in rtoml.loads(Path("targets.toml").read_text())["targets"].values()
    ]
    assert sorted(deadlines) == [2024, 2026]
    again = cli("extract", "b.txt", "--into", "targets.toml", "--yes", "--lang", "en")
    assert "nothing to add" in again.out
    assert "研发投入强度 3.5% by 2026: already there (" in again.out, again.out


def test_english_writes_the_figure_in_english_words_every_digit_kept() -> None:
    text = "今年地区生产总值达到4.8万亿元以上，新增企业27家，投入1234.5万元。\n"
    proposals = find_goals(text, dt.date(2025, 1, 20))
    english = [value_text(p, "en") for p in proposals]
    # 新增企业27家: the name says what is counted; a count whose name says nothing stays bare
    assert english == ["at least 4.8 trillion yuan", "27 enterprises", "12.345 million yuan"]
    assert [value_text(p, "zh") for p in proposals] == ["4.8万亿元以上", "27家", "1234.5万元"]


def _proposals(text: str) -> list[Any]:
    return find_goals(text, dt.date(2026, 1, 20))


def _info(title: str = "某省工作要点") -> DocumentInfo:
    return DocumentInfo("plan.txt", title, "2026-01-20", "0" * 64, 9, "text")


def test_a_running_total_cut_is_recorded_as_the_amount_cut_so_far() -> None:
    """减负2500亿元: the figures recorded are the relief given so far; as "less is better", 1000
    read as meeting 2500."""
    (goal,) = _goals("2026年工作要点\n\n今年为经营主体减负2500亿元以上。\n", dt.date(2026, 1, 20))
    assert (goal["kind"], goal["direction"], goal["target"]) == ("cumulative", "increase", 2500)
    assert goal["baseline"]["value"] == 0
    assert any("the amount cut so far" in a["en"] for a in goal["assumptions"])


def test_a_bound_on_a_figure_to_hold_says_which_side_is_better() -> None:
    (goal,) = _goals("2026年工作要点\n\n森林覆盖率保持在40%以上。\n", dt.date(2026, 1, 20))
    assert goal["direction"] == "increase"
    assert any("“以上” sets a floor" in a["en"] for a in goal["assumptions"])


def test_a_planned_figure_is_held_to_the_plan() -> None:
    from dataclasses import replace

    from cluster_cli.extract.registry_terms import registry_direction

    (deficit,) = _proposals("2026年工作要点\n\n森林覆盖率达到40%。\n")
    held, note = registry_direction(replace(deficit, qualifier="planned", direction="increase"))
    assert held.direction == "maintain" and note is not None and "keeping to the plan" in note[1]


def test_each_goal_of_a_list_keeps_its_own_id_though_they_share_their_place() -> None:
    from dataclasses import replace

    first, second = _proposals("2026年工作要点\n\n新增企业20家，新增平台30个。\n")
    shared = replace(second, start=first.start, end=first.end)  # as the goals of one 分别 list
    ids = draft_text(_info(), [first, shared], "en").ids
    assert len(set(ids)) == 2 and None not in ids


def test_a_national_goal_is_in_china_in_english() -> None:
    from dataclasses import replace

    (jobs,) = _proposals("2026年工作要点\n\n新增企业20家。\n")
    written = rtoml.loads(draft_text(_info(), [replace(jobs, region="全国")], "en").text)
    assert written["regions"]["china"] == {"name": "全国", "name_en": "China"}


def test_into_appends_another_provinces_goal_in_the_same_words() -> None:
    from dataclasses import replace

    from cluster_cli.extract.draft import appendix_text

    (cpi,) = _proposals("2026年工作要点\n\n今年地区生产总值增长5%左右。\n")
    jiangsu = replace(cpi, region="江苏")
    registry = validate(rtoml.loads(draft_text(_info(), [jiangsu], "en").text), "reg.toml")
    assert appendix_text(_info(), [jiangsu], registry, "en").count == 0  # the same goal
    other = appendix_text(_info("四川省工作要点"), [replace(cpi, region="四川")], registry, "en")
    assert other.count == 1 and other.skipped == []


def test_a_draft_of_a_text_without_goals_says_so(cli: CliRunner) -> None:
    Path("none.txt").write_text("苏州是一座历史文化名城。\n", "utf-8")
    result = cli("extract", "none.txt", "-o", "draft.toml", "--lang", "en")
    assert result.code == 0, result.err
    assert "holds no quantified goal" in result.out and "see the comments" not in result.out
    assert cli("check", "--registry", "draft.toml").code == 0


def test_a_price_rise_about_a_figure_is_a_ceiling_with_its_sign_kept(cli: CliRunner) -> None:
    """居民消费价格涨幅2%左右 as a band read a rise of 0.2% as "missed"; plans mean at most."""
    text = "2026年工作要点\n\n今年居民消费价格涨幅2%左右。\n"
    (goal,) = _goals(text, dt.date(2026, 1, 20))
    assert (goal["kind"], goal["direction"], goal["target"]) == ("rate", "decrease", 2)
    assert any("a ceiling" in a["en"] for a in goal["assumptions"])
    Path("plan.txt").write_text(text, "utf-8")
    assert cli("extract", "plan.txt", "-o", "draft.toml", "--date", "2026-01-20").code == 0
    key = next(iter(rtoml.loads(Path("draft.toml").read_text("utf-8"))["targets"]))
    low = cli("update", key, "0.2", "-r", "draft.toml", "-p", "2026", "-s", "example")
    assert low.code == 0 and "✗" not in low.out and "limited" not in low.out, low.out


def test_a_figure_the_plan_sets_itself_is_held_and_a_count_to_add_is_not() -> None:
    text = "2026年工作要点\n\n今年赤字率拟按3%左右安排，城镇新增就业拟新增100万人。\n"
    deficit, jobs = _goals(text, dt.date(2026, 1, 20))
    assert deficit["direction"] == "maintain"
    assert jobs["direction"] == "increase"  # more new jobs than planned is no miss


def test_a_change_over_a_plan_without_a_year_word_is_its_rate_a_year() -> None:
    """到2030年，运量增长50%以上 in a plan from 2026: 50% over five years, 8.4472% a year
    (it read "a target of 50% a year": a rise of 10% a year, +61% by 2030, was "limited
    progress"); a rate a year (年均) and a year's rate stay as written."""
    text = (
        "2026年重点工作\n到2030年，多式联运集装箱运量增长50%以上。\n"
        "到2027年，研发投入年均增长8%。\n今年地区生产总值增长5%左右。\n"
    )
    goals = {g["target"]: g for g in _goals(text, dt.date(2026, 1, 14))}
    plan = goals[8.4472]
    assert (plan["kind"], plan["start"], plan["deadline"]) == ("rate", 2026, 2030)
    assert any("a change of 50% is taken as the change over the whole plan" in a["en"]
               for a in plan["assumptions"])  # fmt: skip
    assert 8 in goals and 5 in goals


def test_a_floor_on_a_share_is_more_is_better_whatever_the_lead_names() -> None:
    """新增能耗 names what falls by nature, but 不低于80% sets a floor on a share of projects."""
    (goal,) = _goals(
        "2026年重点工作\n今年，专项产业基金、新增能耗、新增工业用地支持民间投资项目比重不低于80%。\n",
        dt.date(2026, 1, 14),
    )
    assert (goal["direction"], goal["target"]) == ("increase", 80)


def test_budget_revenue_is_more_is_better_and_budget_spending_is_kept_to() -> None:
    text = "2026年重点工作\n今年，地方一般公共预算收入增长2%。\n今年，一般公共预算支出8600亿元。\n"
    goals = {g["unit"]: g for g in _goals(text, dt.date(2026, 1, 14))}
    assert goals["%"]["direction"] == "increase"  # 预算 names the account, not a plan
    assert goals["亿元"]["direction"] == "maintain"


def test_into_knows_a_goal_in_another_unit_or_a_finer_place_or_a_longer_quote() -> None:
    """The analyst writes 2.3万亿元 as 23,000 亿元; the registry says 苏州市 where the text says
    苏州; its quote is a longer span: each is the goal already there, not a second one."""
    from dataclasses import replace

    from cluster_cli.extract.draft import appendix_text

    (gdp,) = _proposals("2026年工作要点\n\n今年全市地区生产总值达到2.3万亿元。\n")
    gdp = replace(gdp, region="苏州")
    registry = rtoml.loads(draft_text(_info(), [gdp], "en").text)
    (key,) = registry["targets"]
    goal = registry["targets"][key]
    assert (goal["unit"], goal["target"]) == ("万亿元", 2.3)
    goal["unit"], goal["target"] = "亿元", 23000
    goal["source"]["quote"] = "今年" + goal["source"]["quote"] + "左右"
    (region,) = registry["regions"]
    registry["regions"][region]["name"] = "苏州市"
    held = validate(registry, "reg.toml")
    again = appendix_text(_info(), [gdp], held, "en")
    assert again.count == 0 and [there for there, _ in again.skipped] == [key]
    # Another document's goal in the same words, elsewhere, is its own goal.
    other = appendix_text(_info("四川省工作要点"), [replace(gdp, region="成都")], held, "en")
    assert other.count == 1


def test_into_the_article_again_adds_none_of_the_built_in_goals(cli: CliRunner) -> None:
    """The built-in registry places 光电产业产值 in 昆山市; the article's text reads 苏州: from the
    same document, the same words and figure are the goal already there."""
    article = (
        Path(__file__).resolve().parents[3] / "shared" / "sources" / "000_67493ae3ddcdcf26.txt"
    )
    assert cli("init", ".").code == 0
    Path("article.txt").write_text(article.read_text("utf-8"), "utf-8")
    before = Path("targets.toml").read_bytes()
    result = cli("extract", "article.txt", "--into", "targets.toml", "--yes", "--lang", "en")
    assert result.code == 0, result.err
    assert (
        "nothing to add" in result.out and "already there (kunshan-optoelectronics)" in result.out
    )
    assert Path("targets.toml").read_bytes() == before
