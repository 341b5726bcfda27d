"""Numbers that describe rather than aim: breakdowns of a total, parts with their shares, the
scope of a list, the size of the list a text presents, classes, tax rules, spans of time, what
a task concerns, slogans counted in Chinese numerals, the contents of a campaign, a doubling
that restates the figure before it, an address's number; and figures a text reports (an event,
a year past, a result within a year)."""

from __future__ import annotations

import datetime as dt

from goal_reading import goals_of

from cluster_cli.extract.finder import find_goals

_goals = goals_of


DATE = dt.date(2025, 3, 1)


def test_parts_named_by_kind_within_the_total_are_its_breakdown() -> None:
    """其中 parts named only by their kind that stay within the total (a growth rate between
    them aside) are the main parts of it, not goals; the total is."""
    text = (
        "到2027年，全市装备制造业产值突破3000亿元，年均增长10%以上，"
        "其中工程机械1200亿元、汽车零部件900亿元。\n"
    )
    assert _goals(text, DATE) == [(3000.0, "亿元", 2027), (10.0, "%", 2027)]


def test_parts_with_a_verb_of_their_own_are_goals() -> None:
    text = (
        "到2027年，全市装备制造业产值突破3000亿元。其中，工程机械产值达到1200亿元，"
        "汽车零部件产值力争突破900亿元。\n"
    )
    assert _goals(text, DATE) == [
        (3000.0, "亿元", 2027),
        (1200.0, "亿元", 2027),
        (900.0, "亿元", 2027),
    ]


def test_parts_in_another_unit_than_the_total_are_goals() -> None:
    text = (
        "到2027年，引进产业项目100个，总投资突破800亿元，"
        "其中50亿元以上项目5个、10亿元以上项目20个。\n"
    )
    assert (5.0, "个", 2027) in _goals(text, DATE)
    assert (20.0, "个", 2027) in _goals(text, DATE)


def test_a_sentence_opening_on_qizhong_breaks_down_the_total_before_it() -> None:
    text = (
        "今年全市重大项目共安排500个，年度计划投资900亿元。"
        "其中，新开工项目120个，续建项目300个，预备项目80个。\n"
    )
    assert _goals(text, DATE) == [(500.0, "个", 2025), (900.0, "亿元", 2025)]


def test_the_sources_of_a_sum_that_add_up_to_it_are_its_breakdown() -> None:
    text = (
        "今年安排政府投资项目200个，年度计划投资300亿元；"
        "资金来源为一般公共预算240亿元，专项债券60亿元。\n"
    )
    assert _goals(text, DATE) == [(200.0, "个", 2025), (300.0, "亿元", 2025)]


def test_a_part_given_with_its_share_of_the_whole_is_no_goal() -> None:
    """项目120个，个数占比40%: a part and its share; 占比30%: the share of what was named."""
    text = (
        "今年重大项目共安排300个。从区域看，安排北部片区项目120个，个数占比40%，"
        "年度计划投资200亿元，投资占比35%。"
        "今年政府投资重点投向交通、水利两大领域，占比60%。\n"
    )
    assert _goals(text, DATE) == [(300.0, "个", 2025)]


def test_a_count_closing_a_list_of_things_there_are_is_its_scope() -> None:
    """推动A、B等12个园区提质: the places the work covers; 新建A、B等5个 builds new ones."""
    scope = "今年，推动城东工业园、城西科技园、滨江物流园等12个园区提质增效。\n"
    assert _goals(scope, DATE) == []
    made = "今年，新建城东、城西、滨江等5个产业园区。\n"
    assert _goals(made, DATE) == [(5.0, "个", 2025)]


def test_the_size_of_the_list_a_text_presents_is_no_goal() -> None:
    text = "2025年民生实事项目今天发布，共安排八方面、28项。\n"
    assert _goals(text, DATE) == []


def test_a_change_from_a_year_past_is_reported() -> None:
    text = "2025年民生实事项目今天发布。与2024年相比，项目总数增加3项，其中新增12项。\n"
    assert _goals(text, DATE) == []
    ahead = "到2027年，与2024年相比，单位地区生产总值能耗下降10%。\n"
    assert _goals(ahead, DATE) == [(10.0, "%", 2027)]


def test_a_tax_rule_is_no_goal() -> None:
    text = "到2027年，落实研发费用加计扣除100%政策，规上工业企业研发投入强度达到2.5%。\n"
    assert _goals(text, DATE) == [(2.5, "%", 2027)]


def test_a_span_of_time_is_a_goal_only_as_a_limit() -> None:
    limit = "到2026年，企业开办时间压缩至1个工作日以内，工业项目审批时间缩短到30天。\n"
    goals = find_goals(limit, DATE)
    assert [(float(g.value), g.unit, g.direction) for g in goals] == [
        (1.0, "个工作日", "decrease"),
        (30.0, "天", "decrease"),
    ]
    assert _goals("到2026年，实现政务服务大厅24小时开放，人才驿站免费入住7天。\n", DATE) == []


def test_two_limits_under_fenbie_in_a_plans_tasks() -> None:
    text = (
        "某市优化口岸营商环境行动方案（2025—2026年）\n"
        "一、重点任务\n"
        "（一）提升通关效率。进口、出口整体通关时间分别压缩至36小时和2小时以内。\n"
    )
    assert _goals(text, DATE) == [(36.0, "小时", 2026), (2.0, "小时", 2026)]


def test_what_a_task_concerns_is_no_goal() -> None:
    text = "2025—2027年改造老旧小区120个、涉及居民3.5万户，加装电梯500台。\n"
    assert _goals(text, DATE) == [(120.0, "个", 2027), (500.0, "台", 2027)]


def test_a_numeral_that_names_a_class_is_no_count() -> None:
    text = "到2027年，新增二类医疗器械注册证300张，建设两个省级医学中心。\n"
    assert _goals(text, DATE) == [(300.0, "张", 2027), (2.0, "个", 2027)]


def test_a_count_of_visits_by_firms() -> None:
    text = "到2026年，“百展千企”拓市场行动覆盖企业3000家次。\n"
    assert _goals(text, DATE) == [(3000.0, "家次", 2026)]


def test_an_events_own_figures_are_reported() -> None:
    """本次集中签约的项目共60个，总投资约500亿元: what the event did; the year's plan stays."""
    text = (
        "3月1日上午，全市2025年一季度重大项目集中签约活动举行，本次集中签约的项目共60个，"
        "总投资约500亿元，2025年度计划投资约120亿元。\n"
    )
    assert _goals(text, dt.date(2025, 3, 5)) == [(120.0, "亿元", 2025)]
    stated = "此次党代会提出，到2027年全市数字经济核心产业增加值达到2000亿元。\n"
    assert _goals(stated, dt.date(2025, 3, 5)) == [(2000.0, "亿元", 2027)]


def test_a_whole_year_past_is_that_year() -> None:
    text = "全市2024年全年实现地区生产总值1.2万亿元，新增高新技术企业500家。\n"
    assert _goals(text, DATE) == []
    assert _goals("2025年全年新增高新技术企业600家。\n", DATE) == [(600.0, "家", 2025)]


def test_a_result_reached_within_a_year_is_reported() -> None:
    text = "仅在制造业领域，全市一年内就举办36场智能化改造推广会，诊断企业520家。\n"
    assert _goals(text, dt.date(2025, 9, 1)) == []


def test_a_qizhong_sentence_goes_on_with_the_report_before_it() -> None:
    text = (
        "根据2025年上半年经济数据，全市地区生产总值同比增长6.2%。其中，数字经济占全市GDP比重超过42%。"
        "按照实施方案，到2027年全市数字经济增加值占GDP比重超过50%。\n"
    )
    assert _goals(text, dt.date(2025, 9, 1)) == [(50.0, "%", 2027)]


def test_a_bounded_figure_after_a_report_is_aimed_at() -> None:
    """比上年增长5%, then 其中…不低于60%: a bound is an aim, not the report going on."""
    text = "省级财政今年安排衔接资金86亿元，比上年增长5%，其中用于产业发展的比例不低于60%。\n"
    assert _goals(text, DATE) == [(86.0, "亿元", 2025), (60.0, "%", 2025)]


def test_a_size_of_projects_with_no_count_is_a_class() -> None:
    """超30亿美元项目取得突破: the projects' size, nothing counted; a count after one is a goal."""
    text = "到2025年，引进超5亿美元项目60个，超30亿美元项目取得突破。\n"
    assert _goals(text, DATE) == [(60.0, "个", 2025)]


def test_a_figure_of_speech_counted_in_chinese_numerals_is_no_goal() -> None:
    """精心打造三张“名片”: a slogan; 建成两个“零碳园区” names real things."""
    tasks = "三、2025年重点工作\n"
    assert _goals(tasks + "精心打造三张“名片”，提升城市知名度。\n", DATE) == []
    assert _goals(tasks + "建成两个“零碳园区”，降低能耗。\n", DATE) == [(2.0, "个", 2025)]


def test_the_contents_a_campaign_focuses_on_are_no_goal() -> None:
    text = "三、2025年重点工作\n以垃圾分类、污水治理、村容整治等5项内容为重点，推进人居环境整治。\n"
    assert _goals(text, DATE) == []


def test_a_doubling_compared_with_the_last_plan_restates_the_figure_before_it() -> None:
    """计划完成50万平方米修缮，较“十三五”翻一番: the goal is the area; a doubling with its own
    indicator (人均收入比2020年翻一番) is a goal."""
    text = "“十四五”期间，计划完成50万平方米旧住房修缮，较“十三五”翻一番。\n"
    assert _goals(text, dt.date(2021, 6, 1)) == [(50.0, "万平方米", 2025)]
    text = "到2035年，城乡居民人均收入比2020年翻一番。\n"
    assert _goals(text, dt.date(2021, 6, 1)) == [(1.0, "番", 2035)]


def test_a_number_of_an_address_before_its_project_is_no_count() -> None:
    """长宁路580项目: the project at no. 580 of a road, not 580 items (项目 is one word)."""
    text = "三、2025年重点工作\n加快推进长宁路580项目，完成老旧小区改造30个。\n"
    assert _goals(text, DATE) == [(30.0, "个", 2025)]
