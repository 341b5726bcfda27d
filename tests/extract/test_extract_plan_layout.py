"""How the layout of a plan dates and bounds its goals: a lead paragraph under a heading, the
goals chapter before the chapters of tasks, a far deadline named on the way, the shares a total
is broken into, the rows of an indicator table (also one stacked a cell to a line), a review
chapter under a plan's title and a plan of the year sent under a notice. Sentences invented for
the test."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from goal_reading import goals_of

from cluster_cli.extract.finder import find_goals

_goals = goals_of


def test_a_lead_paragraph_dates_the_dash_lines_under_its_heading() -> None:
    """The year sits in the lead paragraph; the goals, in the “——” lines after it, reach a
    level (达到, 控制在) with no verb of building that would date them from afar."""
    text = (
        "第三节 发展目标\n"
        "到2028年，全区产业能级明显提升，基本建成区域创新高地。\n"
        "——产业规模扩大。规模以上工业企业达到860家，亩均税收达到45万元。\n"
        "——环境持续改善。细颗粒物年均浓度控制在26微克/立方米以内。\n"
    )
    assert _goals(text, dt.date(2024, 5, 1)) == [
        (860.0, "家", 2028),
        (45.0, "万元", 2028),
        (26.0, "微克/立方米", 2028),
    ]


def test_a_numbered_item_under_a_heading_is_not_its_lead() -> None:
    """（一）… is an item of the section: its own deadline does not date the next item."""
    text = (
        "某县文旅融合行动方案（2025—2027年）\n"
        "二、重点任务\n"
        "（一）提升景区品质。推进景区提档升级，力争到2026年底，新增国家4A级旅游景区2家，"
        "配套完善游客服务中心和智慧导览系统，全面提升游客服务体验和景区管理水平。\n"
        "（二）培育文旅业态。新建民宿集聚区5个，打造精品旅游线路10条。\n"
    )
    assert _goals(text, dt.date(2025, 3, 1)) == [
        (2.0, "家", 2026),
        (5.0, "个", 2027),
        (10.0, "条", 2027),
    ]


def test_the_goals_chapter_dates_the_chapters_of_tasks_after_it() -> None:
    text = (
        "一、发展目标\n"
        "到2027年，全市数字经济核心产业增加值达到1200亿元。\n"
        "二、重点工程\n"
        "（一）实施算力提升工程。全市数据中心标准机架达到5万架。\n"
    )
    assert _goals(text, dt.date(2024, 6, 1)) == [(1200.0, "亿元", 2027), (5.0, "万架", 2027)]


def test_a_sum_set_down_among_a_plans_measures_is_a_goal() -> None:
    text = (
        "一、目标任务\n"
        "到2027年，全县新建高标准农田12万亩。\n"
        "二、保障措施\n"
        "（一）加强资金保障。县级财政安排高标准农田专项资金不低于8000万元。\n"
    )
    assert _goals(text, dt.date(2025, 2, 1)) == [(12.0, "万亩", 2027), (8000.0, "万元", 2027)]


def test_a_far_deadline_named_on_the_way_keeps_the_paragraphs_frame() -> None:
    """2026年，…：the goals before 到2030年 in its sentence, and those of the sentences after
    it, are the year's; the far goal is its own."""
    text = (
        "二、目标任务\n"
        "2026年，确保全县粮食播种面积稳定在80万亩以上。新建高标准农田6万亩，"
        "到2030年累计建成高标准农田120万亩。农作物耕种收综合机械化率达到88%。\n"
    )
    assert _goals(text, dt.date(2026, 2, 10)) == [
        (80.0, "万亩", 2026),
        (6.0, "万亩", 2026),
        (120.0, "万亩", 2030),
        (88.0, "%", 2026),
    ]


def test_the_shares_a_total_is_broken_into_are_not_goals() -> None:
    """其中 parts that add up to the total before them are its breakdown, and so are parts
    named by their kind that stay within it; a single part, or parts that exceed the total
    (not parts of it), are goals of their own."""
    date = dt.date(2026, 1, 20)
    whole = "今年安排重点项目年度投资3000亿元，其中产业项目1800亿元、基础设施项目1.2千亿元。\n"
    assert _goals(whole, date) == [(3000.0, "亿元", 2026)]
    part = "今年新增光伏装机200万千瓦，其中分布式光伏120万千瓦。\n"
    assert _goals(part, date) == [(200.0, "万千瓦", 2026), (120.0, "万千瓦", 2026)]
    some = "到2027年，人才总量达到80万人，其中技能人才30万人、专业技术人才25万人。\n"
    assert _goals(some, date) == [(80.0, "万人", 2027)]
    more = "到2027年，人才总量达到80万人，其中技能人才50万人、专业技术人才45万人。\n"
    assert len(_goals(more, date)) == 3


def test_a_task_broken_down_by_place_or_year_gives_only_its_total() -> None:
    text = (
        "到2027年，全市新建充电桩1万个。\n"
        "任务分解如下：北城区新建4000个，南城区新建3500个，其他县区新建2500个。\n"
        "按年度分解，2025年、2026年、2027年分别新建3000个、3000个、4000个。\n"
    )
    assert _goals(text, dt.date(2025, 3, 1)) == [(1.0, "万个", 2027)]


def test_a_goal_stated_again_is_proposed_once() -> None:
    text = (
        "今年全市发展的主要预期目标是：地区生产总值增长6%左右。"
        "提出地区生产总值增长6%左右的目标，与中长期规划相衔接。\n"
    )
    goals = find_goals(text, dt.date(2026, 1, 20))
    assert [(g.name, float(g.value)) for g in goals] == [("地区生产总值增长", 6.0)]


def test_the_rows_of_an_indicator_table_are_goals_unless_stated_already() -> None:
    text = (
        "到2030年，全市地区生产总值达到6000亿元。\n"
        "表2 主要指标\n"
        "类别　指标　2025年　2030年　属性\n"
        "经济\n"
        "1　地区生产总值（亿元）　4200　6000　预期性\n"
        "2　数字经济核心产业增加值占GDP比重（%）　9.5　13　预期性\n"
        "3　城镇调查失业率（%）　—　<5.5　预期性\n"
        "4 单位地区生产总值能耗降低 % — 〔12〕 约束性\n"
        "5 新增城镇就业 万人 — [40] 预期性\n"
        "6 规上工业企业数 家 1800 2500 预期性\n"
        "注：〔〕内为五年累计数。\n"
        "表3 “十四五”主要指标完成情况\n"
        "指标　2020年　2025年\n"
        "森林覆盖率（%）　58　61\n"
    )
    goals = find_goals(text, dt.date(2026, 3, 1))
    read = [(float(g.value), g.unit, g.deadline, g.kind, g.direction, g.qualifier) for g in goals]
    assert read == [
        (6000.0, "亿元", 2030, "level", "increase", "exact"),  # the prose's, not the row's
        (13.0, "%", 2030, "share", "increase", "exact"),
        (5.5, "%", 2030, "level", "decrease", "at_most"),
        (12.0, "%", 2030, "rate", "decrease", "exact"),
        (40.0, "万人", 2030, "cumulative", "increase", "exact"),
        (2500.0, "家", 2030, "level", "increase", "exact"),
    ]
    row = goals[1]
    assert text[row.start : row.end] == "数字经济核心产业增加值占GDP比重（%）　9.5　13"
    assert (row.baseline, row.plan_start) == (Decimal("9.5"), 2026)


def test_a_release_of_a_years_figures_proposes_nothing() -> None:
    """Published in January, about the year before: its 全年 is that year, not the one begun."""
    text = (
        "1月20日，市统计局发布2024年全市经济运行情况。初步核算，2024年全市地区生产总值"
        "5210亿元，增长5.6%。\n"
        "工业生产较快增长。全年规模以上工业增加值增长8.2%，规上工业总产值突破1.2万亿元。\n"
        "民生保障有力。全年城镇新增就业12.6万人，完成年度目标任务的105%。\n"
    )
    assert find_goals(text, dt.date(2025, 1, 24)) == []


def test_a_report_on_last_years_plan_and_this_years_still_plans() -> None:
    text = (
        "关于2024年国民经济和社会发展计划执行情况与2025年计划草案的报告\n"
        "2025年主要预期目标：全年地区生产总值增长5.5%左右，城镇新增就业12万人以上。\n"
    )
    found = find_goals(text, dt.date(2025, 1, 20))
    assert [(str(p.value), p.deadline) for p in found] == [("5.5", 2025), ("12", 2025)]


def test_a_plan_sent_out_under_a_notice_dates_its_items_by_its_title_line() -> None:
    """关于印发…的通知, then the plan's own title on a line of its own with its span of years:
    items that name no year are due at its end."""
    notice = (
        "各区县人民政府，市政府各部门：\n"
        "《某市新能源汽车产业发展行动方案（2023—2025年）》已经市政府同意，现印发给你们。\n"
        "某市人民政府办公室\n"
    )
    plan = (
        "某市新能源汽车产业发展行动方案（2023—2025年）\n"
        "（一）提升创新能力。新建省级以上企业技术中心10家，研发经费占营业收入比重达到4%以上。\n"
    )
    found = find_goals(notice + plan, dt.date(2023, 8, 15))
    assert [(str(p.value), p.deadline) for p in found] == [("10", 2025), ("4", 2025)]
    assert find_goals(notice.replace("（2023—2025年）", "") + plan.split("\n", 1)[1], None) == []


def test_a_table_stacked_one_cell_to_a_line_gives_its_rows() -> None:
    """A web page's table saved as text: 序号 and its header, then each row's cells one to a
    line. A row's target is due in the target column's plan; a row whose value equals the next
    serial number, or whose category cell is merged away, is read all the same; a row the
    prose states already, a row with no figure and a row of 100% that is another indicator's
    figure are read as they should be."""
    text = (
        "到2030年，区属学校开设托育班比例达到100%。\n"
        "鹿城区“十五五”主要指标\n"
        "序号\n类别\n指标名称\n单位\n属性\n“十五五”目标\n"
        "1\n经济\n人均地区生产总值\n万元\n预期性\n与全市同步\n"
        "2\n科创企业数\n家\n预期性\n3\n"
        "3\n新增外资研发中心数\n个\n预期性\n≥12\n"
        "4\n民生\n区属学校开设托育班比例\n%\n约束性\n100\n"
        "5\n城市污水处理率\n%\n约束性\n100\n"
        "(三)发展战略\n"
        "聚焦三大领域，实施四大战略。\n"
    )
    goals = find_goals(text, None)
    read = [(float(g.value), g.unit, g.deadline, g.kind, g.qualifier) for g in goals]
    assert read == [
        (100.0, "%", 2030, "share", "exact"),  # the prose's
        (3.0, "家", 2030, "level", "exact"),
        (12.0, "个", 2030, "cumulative", "at_least"),
        (100.0, "%", 2030, "share", "exact"),  # 污水处理率, not the prose's 托育班比例
    ]
    assert re.sub(r"\s", "", goals[2].quote) == "新增外资研发中心数个预期性≥12"
    assert goals[2].plan_start == 2026


def test_the_review_chapter_of_a_plan_titled_on_its_first_line_proposes_nothing() -> None:
    """The title names the plan, which frames the document; a chapter opened by a paragraph on
    the plan before is a review, its numbered items too, until a heading of goals."""
    text = (
        "《鹿城区国民经济和社会发展第十五个五年规划纲要》\n"
        "一、发展基础和目标\n"
        "“十四五”时期，全区经济社会发展取得显著成就。\n"
        "(一)经济发展\n"
        "1.经济实力稳步提升。区级财政收入年均增速达到7.5%，新增上市企业12家。\n"
        "(二)发展目标\n"
        "到2030年，全区经济实力明显提升。\n"
        "——经济发展。区级财政收入年均增长6%左右，新增上市企业15家。\n"
    )
    assert _goals(text, None) == [(6.0, "%", 2030), (15.0, "家", 2030)]


def test_a_years_implementation_plan_under_a_notice_dates_its_items() -> None:
    """《…2025年度实施计划》 names its year: the items of its tasks, which name none, are that
    year's, a count of things whose building it pushes on (推进5个…建设) included."""
    text = (
        "鹿城区人民政府办公室关于印发《鹿城区城市更新2025年度实施计划》的通知\n"
        "各街道办事处：\n"
        "现将《鹿城区城市更新2025年度实施计划》印发给你们，请认真执行。\n"
        "鹿城区城市更新2025年度实施计划\n"
        "一、重点任务\n"
        "围绕城市更新，梳理形成共15项任务。\n"
        "（一）人居环境改善\n"
        "1.完成老旧小区改造40万平方米。（牵头单位：区住建局）\n"
        "2.推进4个“口袋公园”建设。（牵头单位：区绿化局）\n"
    )
    assert _goals(text, dt.date(2025, 6, 1)) == [(40.0, "万平方米", 2025), (4.0, "个", 2025)]


def test_a_stacked_table_with_a_base_and_a_target_year_gives_the_targets() -> None:
    """序号　指标　单位　2025年　2030年: the later year's column is the target, the earlier
    the baseline, and a target below it a decrease."""
    text = (
        "云溪区主要指标\n序号\n指标\n单位\n2025年\n2030年\n属性\n"
        "1\n地区生产总值\n亿元\n820\n1100\n预期性\n"
        "2\n细颗粒物平均浓度\n微克/立方米\n28\n25\n约束性\n"
        "3\n森林覆盖率\n%\n40\n41\n约束性\n"
        "二、主要任务\n"
    )
    goals = find_goals(text, dt.date(2026, 2, 1))
    read = [(float(g.value), g.deadline, g.direction, g.baseline, g.plan_start) for g in goals]
    assert read == [
        (1100.0, 2030, "increase", Decimal("820"), 2026),
        (25.0, 2030, "decrease", Decimal("28"), 2026),
        (41.0, 2030, "increase", Decimal("40"), 2026),
    ]
