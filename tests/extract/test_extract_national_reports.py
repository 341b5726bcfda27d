"""National work reports, on sentences written for the test: the region of a text about the
whole country, a plan referred to that dates no task, charges abolished, a ratio said to stay
unchanged, the government's own estimate of its budget, and figures that are facts."""

from __future__ import annotations

import datetime as dt

from goal_reading import goals_of

from cluster_cli.extract.finder import find_goals
from cluster_cli.extract.places import find_places

DATE = dt.date(2031, 3, 5)
YEAR = "三、2031年重点工作\n"


def test_a_text_about_the_whole_country_has_the_nation_as_its_region() -> None:
    text = (
        "国务院部署全国工作。我国经济稳中向好，全国就业稳定。支持香港、澳门发展，"
        "香港保持繁荣。我国发展韧性强，全国上下团结奋斗。\n"
    )
    assert find_places(text) == ([], "全国")
    goals = find_goals(YEAR + text + "今年全国新增就业900万人以上。\n", DATE)
    assert [g.region for g in goals] == ["全国"]


def test_a_province_that_names_the_country_keeps_its_own_name() -> None:
    text = "河南全省工作。河南经济向好，河南就业稳定，河南走在全国前列。河南发展强。\n"
    assert find_places(text)[1] == "河南"


def test_a_plan_worked_around_does_not_date_the_next_sentence() -> None:
    text = YEAR + "围绕重大战略和“十六五”规划，开展基础设施投资。中央某类投资安排5000亿元。\n"
    assert goals_of(text, DATE) == [(5000.0, "亿元", 2031)]


def test_charges_abolished_are_a_decrease() -> None:
    goals = find_goals(YEAR + "取消或停征某类行政事业性收费20项。\n", DATE)
    assert [(float(g.value), g.direction) for g in goals] == [(20.0, "decrease")]


def test_a_ratio_said_to_stay_unchanged_is_maintained() -> None:
    text = YEAR + "今年某项比率拟按3%安排，某项规模1万亿元。今年某项比率保持不变，以便减轻负担。\n"
    goals = find_goals(text, DATE)
    assert (float(goals[0].value), goals[0].direction) == (3.0, "maintain")


def test_the_governments_own_relief_estimate_is_a_goal() -> None:
    goals = find_goals(YEAR + "预计全年退税减税约1万亿元，直达企业。\n", DATE)
    assert [(float(g.value), g.direction) for g in goals] == [(1.0, "decrease")]
    assert find_goals(YEAR + "预计全年某地区生产总值增长5%。\n", DATE) == []


def test_a_budget_enlarged_on_last_year_as_a_floor_is_a_goal() -> None:
    text = (
        YEAR + "预计今年财政收入继续增长，加之调入资金等，支出规模比去年扩大1万亿元以上，"
        "财力增加。\n"
    )
    assert goals_of(text, DATE) == [(1.0, "万亿元", 2031)]


def test_a_nations_people_and_its_cohorts_are_facts() -> None:
    assert find_goals(YEAR + "把13亿多中国人的就业放在首位。\n", DATE) == []
    assert find_goals(YEAR + "我国有3.1亿劳动者，潜力巨大。\n", DATE) == []
    assert find_goals(YEAR + "今年高校毕业生超过900万人，要做好就业工作。\n", DATE) == []
    assert goals_of(YEAR + "吸纳高校毕业生超过900人。\n", DATE) == [(900.0, "人", 2031)]


def test_the_years_work_spread_over_several_top_headings_keeps_its_year() -> None:
    """二、今年…目标和…部署, then 三、 and 四、 naming no year: the year's work goes on, until a
    heading with a frame of its own or a review."""
    text = (
        "一、2030年工作回顾\n"
        "过去一年，新建农村公路6万公里。\n"
        "二、今年发展主要目标和工作总体部署\n"
        "今年发展的主要预期目标是：城镇新增就业1000万人以上。\n"
        "三、扩大有效投资，稳住经济大盘\n"
        "新建农村公路5万公里。加大民生投入。\n"
        "四、持续改善民生，办好社会事业\n"
        "城乡居民医保人均财政补助标准增加40元。\n"
    )
    assert goals_of(text, DATE) == [
        (1000.0, "万人", 2031),
        (5.0, "万公里", 2031),
        (40.0, "元", 2031),
    ]
    far = text.replace("二、今年发展主要目标", "二、“十六五”时期主要目标")
    assert goals_of(far, DATE) == [(1000.0, "万人", 2031)]  # the sentence names its year


def test_a_year_past_that_dates_a_policy_is_not_the_sentences_time() -> None:
    """继续执行去年出台的…政策，新增减税降费…: the year the policy was issued, not a report."""
    text = YEAR + "继续执行去年出台的降低社保费率政策，新增减税降费约3000亿元。\n"
    goals = find_goals(text, DATE)
    assert [(float(g.value), g.unit, g.direction) for g in goals] == [(3000.0, "亿元", "decrease")]


def test_a_growth_figure_named_as_the_speed_is_the_goal_stated_before() -> None:
    text = YEAR + "今年国内生产总值预期增长6%左右。6%左右的速度可以带动比较充分的就业。\n"
    assert goals_of(text, DATE) == [(6.0, "%", 2031)]


def test_the_whole_countrys_people_and_a_set_of_figures_are_no_goals() -> None:
    """全国近2亿人领取…: how many there are; 三个1亿人问题: figures inside a set phrase."""
    assert find_goals(YEAR + "全国近2亿人领取失业保险金，必须按时发放。\n", DATE) == []
    assert find_goals(YEAR + "要以解决好两个1亿人问题为重点推进城镇化。\n", DATE) == []
