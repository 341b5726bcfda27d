"""Rules a government work report's layout and wording call for: an appendix whose title
dates its numbered items, hedges that belong to their own clause, counts of things that exist
already, fixed political phrases, restated goals. Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

from goal_reading import goals_of

from cluster_cli.extract.finder import find_goals

_DATE = dt.date(2026, 1, 20)


def _goals(text: str, date: dt.date = _DATE) -> list[tuple[float, str, int]]:
    return goals_of(text, date)


def test_an_appendix_title_dates_the_numbered_items_under_it() -> None:
    """附件1⏎2026年省十件民生实事⏎一、…: the headings 一、二、 name no year, and the year of
    the appendix's title reaches the items under them."""
    text = (
        "一、2025年工作回顾\n"
        "全年新增就业80万人，城镇调查失业率平均为5.0%，居民收入增长与经济增长同步。\n"
        "科技创新成果丰硕，区域创新能力稳居前列，新质生产力加快发展，产业体系更加完善。\n"
        "改革开放持续深化，营商环境不断优化，外贸外资结构持续优化，开放型经济水平提升。\n"
        "城乡区域发展更加协调，生态环境质量持续改善，人民群众获得感幸福感安全感增强。\n"
        "二、2026年工作安排\n"
        "扎实推进各项工作，坚持稳中求进工作总基调，完整准确全面贯彻新发展理念。\n"
        "统筹发展和安全，更好统筹国内经济工作和国际经贸斗争，巩固拓展经济回升向好势头。\n"
        "持续增进民生福祉，着力扩大有效需求，增强发展动力活力，推动经济实现质的有效提升。\n"
        "附件1\n"
        "2026年省十件民生实事\n"
        "坚持民生为大，加强普惠性、基础性、兜底性民生建设，扎扎实实办好十件民生实事。\n"
        "一、提升养老服务供给水平。\n"
        "新增养老床位超5000张，开展职业技能培训超2万人次。\n"
        "二、推进农村生活污水治理。\n"
        "改造提升超3000个已建成自然村的污水治理设施，优化已建成设施运维管护，"
        "项目区农民满意度不低于85%。\n"
        "附件2\n"
        "名词解释\n"
    )
    assert _goals(text) == [
        (5000.0, "张", 2026),
        (2.0, "万人次", 2026),
        (3000.0, "个", 2026),
        (85.0, "%", 2026),
    ]


def test_a_chapter_heading_dates_its_numbered_sections() -> None:
    """第二部分 2026年重点工作⏎一、…: the chapter's year holds for its sections."""
    text = (
        "第一部分 过去一年的工作\n"
        "一、经济运行稳中有进。\n"
        "全年新建5G基站1万个。\n"
        "第二部分 2026年重点工作\n"
        "一、扩大有效需求。\n"
        "新开工重大项目200个。\n"
    )
    assert _goals(text) == [(200.0, "个", 2026)]


def test_a_possible_thing_is_no_hedge_on_the_goal_of_another_clause() -> None:
    """可能 hedges its own clause; 所有可能的市场 describes, and the goal after it stands."""
    text = (
        "2026年重点工作。积极寻找所有可能的市场和增长机会，全年进出口总额增长3%左右。"
        "出口可能增长8%。"
    )
    assert _goals(text) == [(3.0, "%", 2026)]


def test_counting_units_of_inspection_and_standards_raised_per_head() -> None:
    """批次 is a unit; a standard per head raised from one amount to another is a goal (not an
    award per head), and in a 分别 list each target keeps its own baseline; a past year in a
    later clause (不低于上年度水平) is a point of comparison, not the sentence's year."""
    text = (
        "三、2026年重点工作\n"
        "开展药品监督抽检超1.5万批次。"
        "孤儿基本生活保障标准从每人每月2375元提高到2423元，补差水平不低于上年度水平。"
        "生活补贴、护理补贴标准分别从每人每月209元、280元提高到217元、290元。"
        "给予每人500元奖励。\n"
    )
    goals = find_goals(text, _DATE)
    assert [(float(g.value), g.unit) for g in goals] == [
        (1.5, "万批次"),
        (2423.0, "元"),
        (217.0, "元"),
        (290.0, "元"),
    ]
    assert [g.baseline for g in goals[1:]] == [2375, 209, 280]


def test_counts_of_things_there_are_or_under_way_are_not_goals() -> None:
    """Things put to use (发挥, 建好, 用好), projects under way (续建, 加快建设…项目), the named
    list a count closes (A等N个, A、B等N个千亿级产业) and the fields a task covers are scope;
    things to be made (新建, 培育, 建成 N 个) are goals."""
    text = (
        "三、2026年重点工作\n"
        "发挥甲乙丙3个消费试点作用，高质量建好8个主平台，建强用好产业、科技二支招商队伍。"
        "抓好5条续建铁路建设，提速东至西等12个续建项目，加快建设4个区域医疗中心项目。"
        "抓好工业等11个领域碳达峰工作，实施7个重点产业稳增长方案。"
        "打造装备、材料、能源等3个万亿级支柱产业。深化消防等6个“一件事”全链条治理。"
        "新建A、B等2个产业园，培育专精特新企业300家，建成智能工厂20个。\n"
    )
    assert _goals(text) == [(2.0, "个", 2026), (300.0, "家", 2026), (20.0, "个", 2026)]


def test_a_fixed_political_phrase_is_a_name() -> None:
    text = "三、2026年重点工作\n锲而不舍落实中央八项规定精神，增强“四个意识”，新建学校三所。\n"
    assert _goals(text) == [(3.0, "所", 2026)]


def test_a_figure_named_as_the_aim_stated_above_is_not_proposed_again() -> None:
    """5.5%左右的预期增长目标与“十五五”发展目标总体衔接: the headline goal, explained."""
    text = (
        "今年经济社会发展主要预期目标是：经济增长5.5%左右，城镇新增就业70万人以上。\n"
        "5.5%左右的预期增长目标与“十五五”发展目标总体衔接，是一个切实可行的目标。\n"
    )
    assert _goals(text) == [(5.5, "%", 2026), (70.0, "万人", 2026)]


def test_a_year_inside_a_sentence_does_not_date_the_next_sentence() -> None:
    """今年建成A，2027年、2028年分别建成B、C。…里程突破9500公里: the next sentence keeps
    今年; a year that opens a sentence (2025年，…) still frames the sentences after it."""
    text = (
        "三、2026年重点工作\n"
        "铁路方面，今年建成甲乙高铁，高铁里程突破3400公里，2027年、2028年分别建成丙丁、戊己高铁。"
        "公路方面，新开工项目2个，高速公路里程突破9500公里。\n"
    )
    assert [(value, year) for value, _, year in _goals(text)] == [
        (3400.0, 2026),
        (2.0, 2026),
        (9500.0, 2026),
    ]


def test_kinds_of_stocks_yearly_amounts_and_counts_of_a_size() -> None:
    """年出栏量稳定在 is a level, people who are in a scheme a stock (level); projects of a
    size, counted, are added (cumulative)."""
    text = (
        "三、2026年重点工作\n"
        "生猪、家禽年出栏量分别稳定在3900万头、13.5亿只以上。"
        "全省参加职业伤害保障的新业态劳动者超640万人。"
        "实施投资2000万元以上的技改项目3000个。\n"
    )
    goals = find_goals(text, _DATE)
    assert [(float(g.value), g.kind) for g in goals] == [
        (3900.0, "level"),
        (13.5, "level"),
        (640.0, "level"),
        (3000.0, "cumulative"),
    ]
    # 分别: each value gets its own name, the indicator after the last name shared
    assert [g.name for g in goals[:2]] == ["生猪年出栏量", "家禽年出栏量"]
    assert goals[1].quote.startswith("生猪、家禽年出栏量")
