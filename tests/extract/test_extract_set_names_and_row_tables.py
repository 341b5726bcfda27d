"""Rules that a round of news, county reports and plans called for: a count in 五大 that names a
set of programmes, or a figure inside such a name, is no goal; 年度完成… is the year's; the bar
that defines a share is not a goal of its own; a price rise kept under a ceiling is to stay low;
indicator tables with a row to a line, their cells apart by tabs, spaces or a Markdown table's
pipes, and headers such as 2025年目标值. Sentences and tables invented for the test."""

from __future__ import annotations

import datetime as dt

from goal_reading import goals_of

from cluster_cli.extract.finder import find_goals

_DATE = dt.date(2024, 2, 1)


def test_a_set_of_programmes_named_by_its_count_is_no_goal() -> None:
    text = (
        "今年，我市将奋力推进开放发展先行区建设、五大开放行动、五大五亿美元项目，"
        "实施三大攻坚战；引进五大国家级重点工业互联网平台，打造三大产业集群。\n"
    )
    assert goals_of(text, _DATE) == [(5.0, "个", 2024), (3.0, "个", 2024)]


def test_the_years_investment_is_due_this_year() -> None:
    text = "围绕奋斗目标，全区将持续发力。谋划实施重点项目390个，年度完成总投资640亿元以上。\n"
    assert goals_of(text, _DATE) == [(390.0, "个", 2024), (640.0, "亿元", 2024)]
    past = "2023年度完成总投资600亿元。\n"  # a year named: its own frame, past
    assert goals_of(past, _DATE) == []


def test_the_bar_that_defines_a_share_is_no_goal() -> None:
    text = "今年，全县20%的村集体年收入超30万元，新增企业100家。\n"
    assert goals_of(text, _DATE) == [(20.0, "%", 2024), (100.0, "家", 2024)]


def test_a_price_rise_under_a_ceiling_is_to_stay_low() -> None:
    text = "今年主要预期目标：居民消费价格涨幅控制在3%以内，城镇调查失业率控制在5.5%以内。\n"
    assert [g.direction for g in find_goals(text, _DATE)] == ["decrease", "decrease"]
    held = "今年主要预期目标：居民消费价格涨幅3%左右。\n"
    assert [g.direction for g in find_goals(held, _DATE)] == ["maintain"]


_TABLE = "“十四五”农业农村现代化主要指标\n{head}\n{row1}\n{row2}\n{row3}\n三、主要任务\n"
_ROWS = (
    ("指标", "2020年基期值", "2025年目标值", "属性"),
    ("粮食综合生产能力(亿吨)", "—", ">6.5", "约束性"),
    ("农业科技进步贡献率(%)", "60", "64", "预期性"),
    ("高标准农田面积(亿亩)", "8", "10.75", "约束性"),
)
_EXPECTED = [(6.5, "亿吨", 2025), (64.0, "%", 2025), (10.75, "亿亩", 2025)]


def _table(joined: str) -> str:
    head, *rows = (joined.join(cells) for cells in _ROWS)
    return _TABLE.format(head=head, row1=rows[0], row2=rows[1], row3=rows[2])


def test_a_table_with_a_row_to_a_line_in_any_separators() -> None:
    date = dt.date(2021, 11, 1)
    assert goals_of(_table("\t"), date) == _EXPECTED
    assert goals_of(_table("  "), date) == _EXPECTED
    rows = [f"| {' | '.join(cells)} |" for cells in _ROWS]
    rows.insert(1, "| --- | --- | --- | --- |")
    markdown = "“十四五”农业农村现代化主要指标\n\n" + "\n".join(rows) + "\n\n三、主要任务\n"
    assert goals_of(markdown, date) == _EXPECTED
    quotes = [g.quote for g in find_goals(_table("\t"), date)]
    assert quotes[0] == "粮食综合生产能力(亿吨)\t—\t>6.5"  # verbatim


def test_a_table_of_a_cell_to_a_line_with_its_borders() -> None:
    """Cells copied from a web page one to a line, each ending in its border: 指标 |."""
    cells = [cell for row in _ROWS for cell in row]
    text = (
        "“十四五”农业农村现代化主要指标\n" + "".join(f"{c} |\n" for c in cells) + "三、主要任务\n"
    )
    assert goals_of(text, dt.date(2021, 11, 1)) == _EXPECTED
