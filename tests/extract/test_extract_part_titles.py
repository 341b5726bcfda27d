"""Rules for reports split into parts by bare title lines (2026年重点工作), for plan names and
lists of named projects inside a year's tasks, and for goals a list of the year's tasks or an
appendix states again. Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

from goal_reading import goals_of

from cluster_cli.extract.finder import find_goals

_DATE = dt.date(2026, 1, 20)


def _goals(text: str) -> list[tuple[float, str, int]]:
    return goals_of(text, _DATE)


def _tasks(body: str) -> list[tuple[float, str, int]]:
    """The goals of ``body`` as a paragraph of a year's tasks."""
    return _goals(f"三、2026年重点工作\n（一）重点任务。{body}\n")


def test_an_unnumbered_part_title_frames_the_part_before_any_numbered_heading() -> None:
    """A title line after the text has begun, with no 一、 before it: the year it names frames
    the paragraphs below it, their （一） headings and inline 一是…二是… items included."""
    text = (
        "2026年某省政府工作报告\n"
        "各位代表：\n"
        "现在，我代表省人民政府作报告。\n"
        "过去一年工作回顾\n"
        "过去一年，全省生产总值增长5.8%。\n"
        "2026年重点工作\n"
        "（一）扩大有效投资\n"
        "完成老旧小区改造3万户，新建绿色工厂20家。\n"
        "（二）办好民生实事\n"
        "持续办好民生实事。一是新增托位5000个。二是改造农村公路800公里。\n"
    )
    assert _goals(text) == [
        (3.0, "万户", 2026),
        (20.0, "家", 2026),
        (5000.0, "个", 2026),
        (800.0, "公里", 2026),
    ]


def test_a_part_title_of_a_plan_and_the_year_turns_to_the_year_for_its_headings() -> None:
    """A title naming the plan period and the year, then a paragraph opening on the year: the
    numbered headings after that paragraph keep the year, not the plan's end."""
    text = (
        "各位代表：\n"
        "现在，我代表省人民政府作报告。\n"
        "“十五五”时期主要目标和2026年重点工作\n"
        "“十五五”时期，森林覆盖率达到25%。\n"
        "今年是“十五五”开局之年。总体要求是稳中求进。\n"
        "一、壮大实体经济\n"
        "（一）培育新动能。新增规上工业企业300家。\n"
    )
    assert _goals(text) == [(25.0, "%", 2030), (300.0, "家", 2026)]


def test_a_title_line_that_names_a_document_opens_no_part() -> None:
    """A title line that names a document (…工作报告, a page's running title …行动方案（2024—
    2026年）) is the document's, not a part's; 2026年重点工作 is a part's."""
    from cluster_cli.extract import parts

    assert parts.DOCUMENT_TITLE.search("2026年某省政府工作报告")
    assert parts.DOCUMENT_TITLE.search("某县三年行动方案（2024—2026年）")
    assert not parts.DOCUMENT_TITLE.search("2026年重点工作")
    assert not parts.DOCUMENT_TITLE.search("“十五五”时期的主要目标任务")


def test_a_plan_named_as_a_document_to_write_dates_no_goal() -> None:
    """编制实施“十五五”…方案 in a year's tasks: a plan to write, not the goals' time frame."""
    assert _tasks("编制实施“十五五”碳达峰行动方案。完成造林100万亩。") == [(100.0, "万亩", 2026)]


def test_a_plan_period_that_approved_things_is_no_look_back() -> None:
    """“十四五”批复的6个基地: what a past plan approved, no review; the count is of things
    there are, and the aims after it keep the year."""
    assert _tasks("加快建设“十四五”批复的6个基地，争取再纳规3个基地。") == [(3.0, "个", 2026)]


def test_the_sizes_of_named_projects_in_a_list_are_no_goals() -> None:
    """推动A公司60万吨…、B公司40万吨…等项目建设: each named project's size."""
    body = "推动甲化工60万吨钾肥造粒、乙储热40万吨熔盐装置升级等项目建设，新建绿色工厂10家。"
    assert _tasks(body) == [(10.0, "家", 2026)]


def test_places_named_and_counted_under_a_verb_that_speeds_them_up_are_no_goals() -> None:
    """加快建设A、B、C 3个电站; 加快A、B 3座35万千瓦电站建设 (the size of each)."""
    assert _tasks("加快建设甲山、乙河、丙湖3个抽水蓄能电站，新增储能100万千瓦。") == [
        (100.0, "万千瓦", 2026)
    ]
    assert _tasks("加快甲市、乙市3座35万千瓦光热电站建设。") == []


def test_things_there_are_upgraded_are_no_goals() -> None:
    """推动7个物流枢纽、4个冷链基地提质升级: the ones there are, upgraded."""
    assert _tasks("推动7个国家物流枢纽、4个冷链物流基地提质升级。") == []


def test_the_parts_a_plan_is_split_into_are_no_goals() -> None:
    """分13个领域细化任务: how the plan is laid out."""
    assert _goals("“十五五”时期，分13个领域细化实化各项任务，森林覆盖率达到25%。\n") == [
        (25.0, "%", 2030)
    ]


def test_where_a_task_is_done_is_no_goal_when_a_goal_follows() -> None:
    """在14个城区增补学位2万个: the places, then the goal."""
    assert _tasks("在14个城区增补义务教育学位2万个。") == [(2.0, "万个", 2026)]


def test_the_old_standard_per_head_is_a_baseline() -> None:
    """由每生每年5元提高至10元: 5元 is where the raise starts."""
    assert _tasks("保费由每生每年5元提高至10元。") == [(10.0, "元", 2026)]


def test_a_goal_stated_again_with_a_verb_of_aim_is_one_goal() -> None:
    """城镇新增就业18万人以上, and in the list of the year's tasks 实现城镇新增就业18万人以上."""
    text = (
        "三、2026年重点工作\n"
        "今年主要预期目标是：城镇新增就业18万人以上。\n"
        "（一）民生实事。实现城镇新增就业18万人以上。\n"
    )
    assert _goals(text) == [(18.0, "万人", 2026)]


def test_an_average_of_new_entrants_is_a_level() -> None:
    """新增劳动力平均受教育年限: 新增 names who is measured, not a count added."""
    found = find_goals("三、2026年重点工作\n新增劳动力平均受教育年限达到14.5年。\n", _DATE)
    assert [(float(g.value), g.kind) for g in found] == [(14.5, "level")]


def test_computing_power_in_p_and_electricity_in_du_after_a_magnitude() -> None:
    """算力总规模突破4万P, 发电量超3000亿度: units after a magnitude; an amount generated is a
    level, whatever verb the list opened with."""
    found = find_goals(
        "三、2026年重点工作\n算力总规模突破4万P。确保新增装机300万千瓦、发电量超3000亿度。\n", _DATE
    )
    assert [(float(g.value), g.unit, g.kind) for g in found] == [
        (4.0, "万P", "level"),
        (300.0, "万千瓦", "cumulative"),
        (3000.0, "亿度", "level"),
    ]


def test_a_count_of_things_of_a_class_in_digits_is_a_goal() -> None:
    """建成20个500千伏输变电工程: 20 things, each of the 500千伏 class; 12类50件 counts kinds."""
    assert _tasks("建成20个500千伏输变电工程。") == [(20.0, "个", 2026)]
    assert _tasks("办好12类50件民生实事。") == [(50.0, "件", 2026)]


def test_an_appendix_listing_the_texts_tasks_adds_no_goal() -> None:
    """附件：重点任务清单 restates the text's tasks, in the same or other words: each is
    proposed once, where the text states it; an appendix's goal of its own stays."""
    text = (
        "三、2026年重点工作\n"
        "（一）城市更新。围绕本区建成区45%以上面积达到海绵城市建设要求的目标，"
        "完成既有住宅加装电梯300台。\n"
        "附件：重点任务清单\n"
        "1\n城市建成区45%的区域达到海绵城市建设要求。\n"
        "2\n完成既有住宅加装电梯300台\n"
        "3\n新建口袋公园6座\n"
    )
    assert _goals(text) == [(45.0, "%", 2026), (300.0, "台", 2026), (6.0, "座", 2026)]
