"""Lists and headlines: a paragraph that opens a list dates its items, a span of years ahead
is a frame, a year opening a later clause is that clause's, a headline restated below it is
judged there, a count before its noun names the noun (so does the noun after 计划完成 N), and a
bound before a 分别 list is every figure's."""

from __future__ import annotations

import datetime as dt

from goal_reading import goals_of

from cluster_cli.extract.finder import find_goals

_goals = goals_of


def test_a_paragraph_that_opens_a_list_dates_its_numbered_items() -> None:
    text = (
        "市政府今天公布了民生实事项目。\n"
        "今年为民办实事项目为:\n"
        "一、新增2000张养老床位,改建500张认知障碍照护床位;新增20个社区长者食堂。\n"
        "二、开办300个小学生爱心暑托班;建设80个社区微型消防站。\n"
        "记者了解到，项目将于年底前完成。\n"
        "三、这一段不属于上面的清单，新增10个食堂。\n"
    )
    assert _goals(text, dt.date(2025, 1, 20)) == [
        (2000.0, "张", 2025),
        (500.0, "张", 2025),
        (20.0, "个", 2025),
        (300.0, "个", 2025),
        (80.0, "个", 2025),
    ]


def test_a_span_of_years_ahead_frames_a_task() -> None:
    text = "1.老旧小区改造。2025—2027年改造老旧小区90个，加装电梯260台。\n"
    assert _goals(text, dt.date(2025, 3, 1)) == [(90.0, "个", 2027), (260.0, "台", 2027)]


def test_a_year_opening_a_later_clause_is_that_clauses_own() -> None:
    """消除积水点15处，2026年底前完成…: the tasks before it keep the plan's deadline."""
    text = (
        "某区城市更新三年行动计划（2025—2027年）\n"
        "一、重点任务\n"
        "1.地下管网更新。改造老旧管网150公里，消除易涝积水点15处，"
        "2026年底前完成全部铸铁燃气管道更新。\n"
    )
    assert _goals(text, dt.date(2025, 3, 1)) == [(150.0, "公里", 2027), (15.0, "处", 2027)]


def test_a_headline_restated_below_is_judged_there() -> None:
    text = (
        "某市：到2027年数字产业营收突破800亿元\n"
        "《某市数字经济发展三年行动计划》提出，力争到2027年，全市软件和信息技术服务业"
        "营业收入突破800亿元，从业人员超8万人，打造全省数字经济发展高地和创新策源地。\n"
        "某市：今年社会投资占比70%\n"
        "从投资来源看，今年全市重大项目计划中政府投资300亿元，占30%；"
        "社会投资700亿元，占70%，社会投资的主体作用进一步增强，带动效应明显。\n"
    )
    goals = find_goals(text, dt.date(2025, 3, 1))
    assert [(float(g.value), g.unit) for g in goals] == [(800.0, "亿元"), (8.0, "万人")]
    assert goals[0].quote.startswith("全市软件")


def test_a_count_before_its_noun_names_the_noun() -> None:
    text = "2025年，将开办200个小学生爱心暑托班，更新投运300辆新能源公交车。\n"
    names = [g.name for g in find_goals(text, dt.date(2025, 1, 20))]
    assert names == ["开办小学生爱心暑托班", "更新投运新能源公交车"]


def test_the_years_words_are_not_the_name() -> None:
    text = "2025年度计划投资约330亿元，2025—2027年改造老旧小区90个。\n"
    names = [g.name for g in find_goals(text, dt.date(2025, 1, 20))]
    assert names == ["计划投资", "老旧小区改造"]


def test_respectively_after_a_year_compared_with_pairs_names_and_figures() -> None:
    """A、B、C、D排放总量比2020年分别下降8%、8%、10%以上、10%以上: one goal for each, each with
    its own bound (a bound is every figure's only after the list's last)."""
    text = (
        "到2025年，甲物质、乙物质、丙物质、丁物质排放总量比2020年分别下降6%、6%、9%以上、9%以上。"
    )
    goals = find_goals(text, dt.date(2022, 1, 5))
    assert [(g.name, float(g.value), g.direction, g.qualifier) for g in goals] == [
        ("甲物质排放总量", 6.0, "decrease", "exact"),
        ("乙物质排放总量", 6.0, "decrease", "exact"),
        ("丙物质排放总量", 9.0, "decrease", "at_least"),
        ("丁物质排放总量", 9.0, "decrease", "at_least"),
    ]
    text = "到2025年，甲、乙排放总量分别下降6%、9%左右。"  # a bound after the last is every one's
    assert [g.qualifier for g in find_goals(text, dt.date(2022, 1, 5))] == ["about", "about"]


def test_a_bound_before_a_respectively_list_is_every_figures() -> None:
    """A、B分别不低于40%、35%: both at least."""
    text = "到2030年，东区税收占全市、全省税收比重分别不低于40%、35%。\n"
    goals = find_goals(text, dt.date(2026, 3, 1))
    assert [(float(g.value), g.qualifier) for g in goals] == [
        (40.0, "at_least"),
        (35.0, "at_least"),
    ]


def test_a_verb_after_jihua_names_the_noun_after_the_figure() -> None:
    """计划完成50万平方米旧住房修缮: 计划 is no indicator; the noun after the figure names it."""
    goals = find_goals("“十四五”期间，计划完成50万平方米旧住房修缮。\n", dt.date(2021, 6, 1))
    assert [(g.name, g.quote) for g in goals] == [("旧住房修缮", "计划完成50万平方米旧住房修缮")]
