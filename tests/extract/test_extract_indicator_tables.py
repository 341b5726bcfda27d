"""A plan's indicator table copied one cell to a line with no 序号 column: its header (指  标,
two year columns, 属性; or 类别, 单位 and 年均增长〔累计〕 too), rows numbered in the name cell or
not, units in the name's brackets or a column of their own, category rows, sub-rows under 其中,
and figures with their bounds (>95, ≥90, 5左右, 80以上, 〔5〕, —). A table of figures past, a
header's words in passing and prose give nothing. Tables invented for the test."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from cluster_cli.extract.finder import find_goals
from cluster_cli.extract.model import Proposal


def _read(goals: list[Proposal]) -> list[tuple[float, str, int, str, str, str]]:
    return [(float(g.value), g.unit, g.deadline, g.kind, g.direction, g.qualifier) for g in goals]


def _quotes(goals: list[Proposal]) -> list[str]:
    return [re.sub(r"\s", "", g.quote) for g in goals]


_EDUCATION = (
    "教育事业发展水平进一步提高，群众满意度不断提升。\n\n"
    "  “十四五”教育事业发展主要指标表\n\n"
    "指  标\n\n2020年\n\n2025年\n\n属性\n\n"
    "一、发展水平\n\n     \n\n"
    "1.学前教育毛入园率(%)\n\n98%\n\n98%以上\n\n约束性\n\n"
    "2.劳动年龄人口平均受教育年限(年)\n\n11.2年\n\n12年以上\n\n约束性\n\n"
    "二、资源建设\n\n"
    "1.义务教育标准班额比例(%)\n\n其中:小学\n\n初中\n\n40%\n\n70%\n\n85%以上\n\n90%以上\n\n预期性\n\n"
    "2.幼儿教师专科及以上学历比例(%)\n\n其中:本科及以上学历比例(%)\n\n95%\n\n45%\n\n100%\n\n60%\n\n"
    "预期性\n\n"
    "3.智慧校园比例(%)\n\n55%\n\n100%\n\n预期性\n"
)


def test_a_table_with_years_and_an_attribute_gives_each_rows_target() -> None:
    """指  标⏎2020年⏎2025年⏎属性: the 2025 column is the target, the 2020 column the baseline
    (a target equal to it is held); a category row names nothing; each sub-row under 其中 has
    its figure in each column, in the sub-rows' order; a unit written in the cell is the name's."""
    goals = find_goals(_EDUCATION, dt.date(2021, 12, 31))
    assert _read(goals) == [
        (98.0, "%", 2025, "share", "maintain", "at_least"),
        (12.0, "年", 2025, "level", "increase", "at_least"),
        (85.0, "%", 2025, "share", "increase", "at_least"),
        (90.0, "%", 2025, "share", "increase", "at_least"),
        (100.0, "%", 2025, "share", "increase", "exact"),
        (60.0, "%", 2025, "share", "increase", "exact"),
        (100.0, "%", 2025, "share", "increase", "exact"),
    ]
    assert _quotes(goals)[:3] == [
        "学前教育毛入园率(%)98%98%以上",
        "劳动年龄人口平均受教育年限(年)11.2年12年以上",
        "小学初中40%70%85%以上",
    ]
    assert [g.baseline for g in goals][:2] == [Decimal("98"), Decimal("11.2")]
    assert goals[2].name == "小学义务教育标准班额比例"
    assert goals[0].plan_start == 2021


def test_a_table_with_categories_a_unit_column_and_a_growth_column() -> None:
    """类别⏎指标⏎单位⏎2020年⏎2025年⏎年均增长〔累计〕⏎属性: a category cell merged over its rows
    stands before the first only; a row with no target but a figure in the growth column is a
    rate, or a sum over the years when bracketed; the note under the table ends it."""
    text = (
        "表1　某区“十四五”时期经济社会发展主要指标\n"
        "类别\n指标\n单位\n2020年\n2025年\n年均增长〔累计〕\n属性\n"
        "经济发展\n地区生产总值\n亿元\n512\n720\n7左右\n预期性\n"
        "一般公共预算收入\n亿元\n38.5\n50\n5.5\n预期性\n"
        "创新驱动\n研发经费投入强度\n%\n2.1\n>2.8\n—\n预期性\n"
        "民生福祉\n城镇新增就业人数\n万人\n—\n—\n〔5〕\n预期性\n"
        "城镇调查失业率\n%\n—\n<5.5\n—\n预期性\n"
        "绿色生态\n单位地区生产总值能耗降低\n%\n—\n—\n〔14〕\n约束性\n"
        "森林覆盖率\n%\n45.2\n≥46\n—\n约束性\n"
        "注：〔〕内为五年累计数。\n"
        "三、主要任务\n"
    )
    goals = find_goals(text, dt.date(2021, 3, 1))
    assert _read(goals) == [
        (720.0, "亿元", 2025, "level", "increase", "exact"),
        (50.0, "亿元", 2025, "level", "increase", "exact"),
        (2.8, "%", 2025, "share", "increase", "at_least"),
        (5.0, "万人", 2025, "cumulative", "increase", "exact"),
        (5.5, "%", 2025, "level", "decrease", "at_most"),
        (14.0, "%", 2025, "rate", "decrease", "exact"),
        (46.0, "%", 2025, "share", "increase", "at_least"),
    ]
    assert _quotes(goals)[0] == "地区生产总值亿元512720"
    assert _quotes(goals)[3] == "城镇新增就业人数万人——〔5〕"


def test_rows_numbered_in_brackets_with_units_in_brackets() -> None:
    """（1）常住人口（万人）, 〔家〕: the number is no part of the name or the quote; a target
    below the base year's figure is a decrease; 90左右 about, 68以上 at least."""
    text = (
        "“十五五”时期主要指标\n"
        "指标名称\n2025年\n2030年\n属性\n"
        "（1）常住人口（万人）\n86.5\n90左右\n预期性\n"
        "（2）城镇化率（%）\n62\n68以上\n预期性\n"
        "（3）高新技术企业数〔家〕\n310\n500\n预期性\n"
        "（4）细颗粒物平均浓度（微克/立方米）\n30\n26\n约束性\n"
        "第三章　主要任务\n"
    )
    goals = find_goals(text, dt.date(2026, 1, 20))
    assert _read(goals) == [
        (90.0, "万人", 2030, "level", "increase", "about"),
        (68.0, "%", 2030, "share", "increase", "at_least"),
        (500.0, "家", 2030, "level", "increase", "exact"),
        (26.0, "微克/立方米", 2030, "level", "decrease", "exact"),
    ]
    assert _quotes(goals)[0] == "常住人口（万人）86.590左右"
    assert [g.name for g in goals][:2] == ["常住人口", "城镇化率"]


def test_a_table_of_figures_past_gives_nothing_and_its_cells_stay_cells() -> None:
    """A review's table (2019年⏎2020年, its title 完成情况) in a text of 2021 is no plan's: it
    gives nothing, while the plan's table after it gives its rows, and no cell of either is
    read as a sentence of the prose; nor is a header's word on a line of its own in prose."""
    review = (
        "一、“十三五”发展回顾\n"
        "主要经济指标完成情况\n"
        "指标\n单位\n2019年\n2020年\n增长\n"
        "地区生产总值\n亿元\n480\n512\n3.2\n"
        "城镇化率\n%\n58.1\n60.2\n2.1\n"
        "二、发展目标\n"
    )
    assert find_goals(review, dt.date(2021, 3, 1)) == []
    plan = (
        "“十四五”主要指标\n指标\n2020年\n2025年\n属性\n"
        "1．城镇化率（%）\n60.2\n65\n预期性\n"
        "2．人均预期寿命（岁）\n79.5\n80.5\n预期性\n"
    )
    goals = find_goals(review + plan, dt.date(2021, 3, 1))
    assert [(float(g.value), g.unit, g.deadline) for g in goals] == [
        (65.0, "%", 2025),
        (80.5, "岁", 2025),
    ]
    # 指标 alone on a line, then years and prose: no table, the prose read as before.
    prose = "指标\n2020年\n2025年\n到2025年，全市地区生产总值达到1200亿元，城镇化率达到65%。\n"
    assert [(float(g.value), g.unit) for g in find_goals(prose, dt.date(2021, 3, 1))] == [
        (1200.0, "亿元"),
        (65.0, "%"),
    ]
