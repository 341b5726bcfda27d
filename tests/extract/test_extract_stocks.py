"""Rules for stocks and levels written like counts added (a running total reached, 累计达到),
floors below the year past, a verb of holding shared across a list, units kept running, and a
magnitude written out without 元. Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

from cluster_cli.extract.finder import find_goals
from cluster_cli.extract.model import Proposal

_DATE = dt.date(2026, 1, 20)


def _found(body: str) -> list[Proposal]:
    return find_goals(f"三、2026年重点工作\n（一）重点任务。{body}\n", _DATE)


def _one(body: str, quote: str) -> Proposal:
    hits = [p for p in _found(body) if quote in p.quote]
    assert len(hits) == 1, [p.quote for p in _found(body)]
    return hits[0]


def test_installed_capacity_after_a_verb_of_building_is_a_level() -> None:
    """装机 is a stock like 装机容量: 建成…装机 N万千瓦 is the total to have; 新增 adds."""
    body = "加快电网建设，建成全省电力装机3500万千瓦。新增光伏装机200万千瓦。"
    assert _one(body, "3500").kind == "level"
    assert _one(body, "200").kind == "cumulative"


def test_area_under_a_standing_land_regime_is_a_level() -> None:
    """实施禁牧、休耕… N亩: the area a standing regime covers; 治理 N亩 is work done."""
    body = "实施草场禁牧和轮牧8亿亩。治理退化草场50万亩。"
    assert _one(body, "8亿亩").kind == "level"
    assert _one(body, "50万亩").kind == "cumulative"


def test_a_bare_count_beside_counts_reached_is_a_level() -> None:
    """In a list of end states, a count with no verb after one brought over a bar is a stock."""
    found = find_goals(
        "到2027年，全市数字产业规模超过20亿元，规模以上企业超过8家，链主企业2家。", _DATE
    )
    kinds = {p.quote: p.kind for p in found}
    assert kinds["链主企业2家"] == "level"
    assert kinds["规模以上企业超过8家"] == "level"


def test_a_bare_count_after_a_verb_of_adding_stays_cumulative() -> None:
    found = find_goals("到2027年，新建数字工厂超过8个，链主企业2家。", _DATE)
    assert {p.quote: p.kind for p in found}["链主企业2家"] == "cumulative"


def test_a_verb_of_holding_is_shared_across_a_list() -> None:
    """就业率保持95%以上、市场就业率70%以上: 保持 governs both figures."""
    body = "毕业生就业率保持92%以上、本地就业率60%以上。"
    assert [p.direction for p in _found(body)] == ["maintain", "maintain"]


def test_a_list_without_a_verb_of_holding_keeps_increase() -> None:
    body = "毕业生就业率达到92%以上、本地就业率60%以上。"
    assert [p.direction for p in _found(body)] == ["increase", "increase"]


def test_a_floor_below_the_figure_reported_for_the_year_past_is_held() -> None:
    """The review reports 旅游收入88.5亿元; 旅游收入80亿元以上 keeps the level."""
    text = (
        "一、2025年工作回顾\n过去一年，全区实现旅游收入88.5亿元。\n"
        "二、2026年重点工作\n（一）重点任务。全年旅游收入80亿元以上，"
        "农产品加工产值100亿元以上。\n"
    )
    found = {p.name: p.direction for p in find_goals(text, _DATE)}
    assert found["旅游收入"] == "maintain"
    assert found["农产品加工产值"] == "increase"


def test_a_floor_above_the_figure_of_the_year_past_is_an_increase() -> None:
    text = (
        "一、2025年工作回顾\n过去一年，全区实现旅游收入78.5亿元。\n"
        "二、2026年重点工作\n（一）重点任务。全年旅游收入80亿元以上。\n"
    )
    assert [p.direction for p in find_goals(text, _DATE)] == ["increase"]


def test_units_kept_running_are_not_a_goal() -> None:
    """稳妥运行N个…: existing units kept running; 新开通 N个 is the goal."""
    body = "稳妥运行9个边境互市点，新开通5个边境互市点。"
    assert [float(p.value) for p in _found(body)] == [5.0]


def test_units_built_and_run_are_a_goal() -> None:
    body = "建成运行9个边境互市点。"
    assert [float(p.value) for p in _found(body)] == [9.0]


def test_a_magnitude_written_out_and_named_a_size_is_a_goal() -> None:
    """总量超过三千亿规模: 3000 亿 as written; 三百亿级 is a size class."""
    found = find_goals(
        "到2027年，力争实现全市重点产业总量超过三千亿规模，培育三百亿级集群。", _DATE
    )
    assert [(float(p.value), p.unit, p.qualifier) for p in found] == [(3000.0, "亿", "at_least")]


def test_a_province_written_with_its_suffix_is_counted_once() -> None:
    """A city's plan citing its province's plan: the city, named more often, is the home."""
    from cluster_cli.extract.places import find_places

    text = (
        "为贯彻落实《湖北省推进制造业发展实施方案》，结合湖北省要求，"
        "宜昌市制定本方案。宜昌市将推进产业升级，宜昌市加快集群发展。"
    )
    assert find_places(text)[1] == "宜昌"


def test_words_before_a_suffix_that_are_no_places_are_no_regions() -> None:
    """农牧区 (farming and herding areas) and 自治区 read as 自治+区 name no place."""
    from cluster_cli.extract.places import find_places

    text = "推进农牧区发展，农牧区道路通达，农牧区供水保障。由自治区统筹，由自治区审定。"
    names, _ = find_places(text)
    assert "农牧" not in names and "自治" not in names


def test_counts_of_kinds_that_add_up_to_the_count_before_are_its_breakdown() -> None:
    """建设500个项目，其中泵站20座、管网480条: parts in their own measure words, summing to the
    total, are shares of it; the total is the goal."""
    body = "建设500个农村供水项目，其中泵站20座、供水管网480条。"
    assert [float(p.value) for p in _found(body)] == [500.0]


def test_counts_after_qizhong_that_do_not_add_up_stay_goals() -> None:
    body = "建设500个农村供水项目，其中泵站20座、供水管网300条。"
    assert [float(p.value) for p in _found(body)] == [500.0, 20.0, 300.0]


def test_a_running_total_reached_without_a_verb_of_adding_is_a_level() -> None:
    """专精特新企业累计达到200家: how many there are in all; 累计新增 adds."""
    assert _one("专精特新企业累计达到200家以上。", "200").kind == "level"
    assert _one("累计新增专精特新企业80家。", "80").kind == "cumulative"


def test_a_count_completed_or_formed_with_a_floor_is_a_stock_to_reach() -> None:
    """建成/形成/打造…N个以上 with no word of adding: the total to stand, some of it there
    already; 新建, 累计 and a count without a floor are added."""
    body = (
        "建成各级各类孵化平台120个以上。形成特色产业集群15个以上。新建孵化平台20个以上。"
        "累计建成友好阵地300个以上。建成反诈工作站50个。"
    )
    kinds = {p.quote: p.kind for p in _found(body)}
    assert kinds == {
        "建成各级各类孵化平台120个以上": "level",
        "形成特色产业集群15个以上": "level",
        "新建孵化平台20个以上": "cumulative",
        "累计建成友好阵地300个以上": "cumulative",
        "建成反诈工作站50个": "cumulative",
    }


def test_a_count_of_a_size_class_is_a_stock_unless_its_members_are_named() -> None:
    """打造5个万亿级产业: how many industries are of that size; 打造A、B、C3个千亿元级高地 names
    the ones to build."""
    assert _one("加快打造5个万亿级产业。", "5个").kind == "level"
    named = "打造显示、终端、计算3个千亿元级电子信息产业高地。"
    assert _one(named, "3个").kind == "cumulative"
