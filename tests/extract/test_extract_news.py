"""Rules news about a plan calls for: a plan period counted in years of effort (通过3年攻坚),
a lead paragraph dating the ——lines after it, 其中 after a sentence with no total, a figure
reached that takes no deadline from afar, a headline stated again below, and the kind and
direction of stocks and cuts. Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

from goal_reading import goals_of

from cluster_cli.extract.finder import find_goals

_DATE = dt.date(2022, 3, 10)


def _goals(text: str, date: dt.date | None = _DATE) -> list[tuple[float, str, int]]:
    return goals_of(text, date)


def test_years_of_effort_are_a_time_frame() -> None:
    """通过3年攻坚, 经过五年努力: a span counted from the document's year, like 用3年时间."""
    text = "方案提出，通过3年攻坚，全市亩均税收达到40万元，亩均增加值达到200万元。"
    assert _goals(text) == [(40.0, "万元", 2024), (200.0, "万元", 2024)]
    text = "规划明确，经过五年努力，全市数字经济核心产业增加值达到1500亿元。"
    assert _goals(text) == [(1500.0, "亿元", 2026)]
    assert _goals("企业通过3年以上的研发，取得专利100项。") == []  # a length, not a frame


def test_years_of_effort_are_the_years_of_the_plan_named() -> None:
    """In a text on a plan of three years (…行动方案（2021—2023年）), 用3年时间 is those
    years, whatever the date of the report (here 2022), and so with no date at all."""
    text = (
        "记者获悉，省政府印发《工业提质攻坚行动方案（2021—2023年）》。"
        "方案提出，用3年时间，全省亩均税收达到40万元。"
    )
    assert _goals(text) == [(40.0, "万元", 2023)]
    assert _goals(text.replace("用3年时间", "通过3年攻坚"), None) == [(40.0, "万元", 2023)]


def test_a_lead_paragraph_dates_the_dash_lines_after_it_in_news() -> None:
    """A news lead with 到2025年, then ——lines with no year: the lead's frame holds for them,
    and ends at the first paragraph that is not such a line."""
    text = (
        "6月1日，市政府印发《制造业发展行动计划》，提出到2025年，工业增加值超过1万亿元。\n"
        "——高端引领功能提升。新兴产业产值占工业总产值比重达40%，工业劳动生产率超过45万元/人。\n"
        "——转型成效明显。工业机器人使用密度力争达300台/万人。\n"
        "此外，全市去年新建5G基站1万个。\n"
    )
    assert _goals(text) == [
        (1.0, "万亿元", 2025),
        (40.0, "%", 2025),
        (45.0, "万元/人", 2025),
        (300.0, "台/万人", 2025),
    ]


def test_qizhong_after_a_sentence_without_a_total_is_no_breakdown() -> None:
    """其中 after a sentence that states no figure picks one place out: its goal stands."""
    text = (
        "多个省份都已经发布制造业“十四五”规划，明确要稳定提升制造业比重。"
        "其中，浙江明确到2025年全省制造业比重提高至33.3%左右。"
    )
    assert _goals(text, dt.date(2021, 11, 5)) == [(33.3, "%", 2025)]


def test_a_figure_reached_takes_no_deadline_from_afar() -> None:
    """接近40家 of things set up: where things stand, not a goal of a deadline named in
    another paragraph."""
    text = (
        "山东提出，到2025年，制造业增加值占GDP比重力争达到28%以上。\n"
        "从创新机制上来说，浙江的创新飞地也成效显著。浙江在上海设立创新飞地接近40家。\n"
    )
    assert _goals(text, dt.date(2021, 11, 5)) == [(28.0, "%", 2025)]


def test_a_headline_line_is_its_own_paragraph_and_stated_once() -> None:
    """A headline over a blank line is a paragraph of its own: its quote stops there, and the
    goal the text below states again is proposed once, there."""
    text = (
        "湖北:到2027年 营业收入超100亿元的产业集群达到50个\n"
        "\n"
        "  省政府办公厅发布工作方案。其中提出,到2027年,营业收入超300亿元的20个、"
        "超100亿元的50个。\n"
    )
    found = find_goals(text, dt.date(2025, 4, 2))
    assert [(float(g.value), g.deadline) for g in found] == [(20.0, 2027), (50.0, 2027)]
    assert all("\n" not in g.quote for g in found)


def test_a_stock_of_things_over_a_bar_is_a_level() -> None:
    """提升产业集群，营业收入超1000亿元的2个、超300亿元的20个; 企业超2600家: how many
    there are, not how many are added; 新增 N and 培育…的 N 个 are added."""
    text = (
        "到2027年，提升一批产业集群，营业收入超1000亿元的2个、超300亿元的20个；"
        "国家高新技术企业超2600家，新增专精特新企业100家，培育营收超10亿元的企业5家。"
    )
    kinds = [(float(g.value), g.kind) for g in find_goals(text, dt.date(2025, 1, 1))]
    assert kinds == [
        (2.0, "level"),
        (20.0, "level"),
        (2600.0, "level"),
        (100.0, "cumulative"),
        (5.0, "cumulative"),
    ]


def test_a_cut_decreases_by_an_amount_over_the_period() -> None:
    """淘汰 N 家, 减少碳排放 N 万吨: things taken away over the period."""
    text = "到2023年，全省淘汰落后产能企业5000家，减少碳排放800万吨。"
    found = find_goals(text, dt.date(2021, 11, 5))
    assert [(float(g.value), g.kind, g.direction) for g in found] == [
        (5000.0, "cumulative", "decrease"),
        (800.0, "cumulative", "decrease"),
    ]


def test_blank_lines_of_a_double_spaced_text_do_not_cut_its_sentences() -> None:
    """A PDF's text with a blank line after every line, wrapped mid-sentence: the sentence
    reads on across the blank lines."""
    text = (
        "到2025年，全市规模以上工业\n\n增加值达到3000亿元，数字经济核心\n\n"
        "产业增加值占地区生产总值比重\n\n达到12%。\n"
    )
    assert _goals(text) == [(3000.0, "亿元", 2025), (12.0, "%", 2025)]


def test_an_expectation_by_the_last_year_of_a_plan_named_is_its_goal() -> None:
    """《…行动计划（2021-2023年）》提出…。预计到2023年，…: what the plan expects by its last year,
    as news words its goals; 预计 with no such plan before it is a forecast."""
    plan = "《某市智能制造三年行动计划（2021-2023年）》提出，把智能制造作为主攻方向。"
    text = plan + "预计到2023年，全市智能装备产值达到800亿元，年均增长20%以上。"
    assert _goals(text) == [(800.0, "亿元", 2023), (20.0, "%", 2023)]
    assert _goals("业内人士称，预计到2023年，全市智能装备产值达到800亿元。") == []
    assert _goals(plan + "预计到2026年，全市智能装备产值达到800亿元。") == []
