"""Rules that four more provincial work reports of 2026 (two that explain the 十五五 outline
inside the year's part) called for: a section of a plan period and the year, a unit shared
across a list, counts of designated units, of a plan's parts and of size classes, glossaries,
各 after a list, a level with its growth, counts of people with 余, added capacity without
新增. Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

from goal_reading import goals_of

from cluster_cli.extract.finder import find_goals

_DATE = dt.date(2026, 1, 20)
_TASKS = "三、2026年重点工作\n"


def _goals(text: str) -> list[tuple[float, str, int]]:
    return goals_of(text, _DATE)


def test_a_section_of_the_plan_period_and_the_year_dates_each_paragraph() -> None:
    """二、“十五五”时期目标任务和2026年工作安排: the outline's indicators are the plan's, due at
    its end; the paragraphs from the one on this year are the year's. The same wording with
    two deadlines is two goals."""
    text = (
        "二、“十五五”时期目标任务和2026年工作安排\n"
        "省政府编制了《甲省国民经济和社会发展第十五个五年规划纲要（草案）》。\n"
        "《纲要（草案）》明确了主要指标：一是围绕经济发展，提出5项指标，"
        "其中地区生产总值年均增长5%左右。二是围绕民生，城镇调查失业率5.5%左右。\n"
        "今年是“十五五”开局之年，必须迈好第一步。\n"
        "主要预期目标是：地区生产总值增长4.5%左右，城镇调查失业率5.5%左右。\n"
    )
    assert _goals(text) == [
        (5.0, "%", 2030),
        (5.5, "%", 2030),
        (4.5, "%", 2026),
        (5.5, "%", 2026),
    ]


def test_a_unit_written_once_after_a_list_is_every_items() -> None:
    """1.28万亿、1.18万亿、8200亿元: the last item's 元 completes the bare 万亿 before it."""
    text = _TASKS + "（一）做强产业。力争甲、乙、丙产业规模分别达1.28万亿、1.18万亿、8200亿元。\n"
    assert _goals(text) == [(1.28, "万亿元", 2026), (1.18, "万亿元", 2026), (8200.0, "亿元", 2026)]


def test_counts_of_size_classes_designated_units_and_parts_are_scope() -> None:
    """Counts of industries of a size class, of designated counties, of the things a task
    picks out (3件事, 9条路径, 12条举措, 13个产业集群), a rule for each county (1—2个主导产业)
    and a size class after 一批 are the scope of a task, not goals."""
    text = _TASKS + (
        "（一）做强产业。做大做强稻米、果蔬和林下经济7个千亿级产业。"
        "推动4个万亿级产业基地提质升级。布局建设20个国家级、19个省级粮食产能提升重点县。"
        "突出抓好渔船改造和矿山整治2件事。支持各县集中资源发展1-2个主导产业。"
        "抓实能源科技创新9条路径。聚焦13个产业集群，细分培育30条以上产业链。"
        "推动电价机制12条举措落地见效。支持各县做强做优1—2个主导产业。"
        "布局一批50万千瓦以上省级大型风光基地。\n"
    )
    assert _goals(text) == [(30.0, "条", 2026)]


def test_a_count_of_scope_before_an_amount_leaves_the_amount_a_goal() -> None:
    """推动11个能源重点领域项目投资突破2000亿元: the 11 is what the sum covers; the sum is the
    goal, quoted with its indicator."""
    text = _TASKS + "（一）扩大投资。推动11个能源重点领域项目投资突破2000亿元。\n"
    goals = find_goals(text, _DATE)
    assert [(float(g.value), g.unit, g.qualifier) for g in goals] == [(2000.0, "亿元", "at_least")]
    assert "项目投资突破2000亿元" in goals[0].quote


def test_a_glossary_at_the_end_holds_no_goals() -> None:
    """A glossary titled as a part at the end (…有关内容名词注释), its entries 1.“2152”…：,
    defines programmes; a count of fields after 在 is where, not what."""
    text = (
        _TASKS
        + "（一）做强企业。开展“2152”龙头引育工程。新增上市公司8家。\n"
        + "附件\n《政府工作报告》有关内容名词注释\n"
        + "1.“2152”龙头引育工程：重点培育打造2家世界一流企业、10家左右龙头链主企业、"
        + "50家以上省级产业链核心支撑企业、100家左右“专精特新”企业和100家左右科技型企业，"
        + "全面提升产业链竞争力和企业综合实力。\n"
        + "2.“先锋工程”：力争在20个重点产业赛道形成一批处于市场领先位置的标志性成果。\n"
    )
    assert _goals(text) == [(8.0, "家", 2026)]
    as_a_section = text.replace("附件\n《政府工作报告》有关内容名词注释", "四、名词解释")
    assert _goals(as_a_section) == [(8.0, "家", 2026)]
    scope = _TASKS + "（一）做强产业。力争在20个重点产业赛道形成一批标志性成果。\n"
    assert _goals(scope) == []


def test_each_after_a_list_gives_every_item_the_figure() -> None:
    """新建A、B、C各20家: three goals of 20家."""
    text = _TASKS + "（一）建设平台。新建省重点实验室、省技术创新中心、省工程研究中心各20家。\n"
    assert _goals(text) == [(20.0, "家", 2026)] * 3


def test_a_level_with_its_growth_and_people_with_more_than() -> None:
    """营收达到8400亿元、同比增长7%左右: a level and its growth, two goals (同比 after a goal's
    figure is its comparison, not a report); 帮扶3000余名…: a count with 余; the second figure
    of a list item; a share over a bound under a plan's goal heading (取得重大成效: an aim;
    现有超载区 describes)."""
    text = _TASKS + (
        "（一）做强产业链。省级重点产业链营收达到8400亿元、同比增长7%左右。\n"
        "（二）办好民生实事。一是帮扶3000余名符合条件的残疾人就业创业。"
        "二是抢救性康复救助残疾儿童8000人，辅助器具适配补贴4万人。\n"
    )
    assert _goals(text) == [
        (8400.0, "亿元", 2026),
        (7.0, "%", 2026),
        (3000.0, "名", 2026),
        (8000.0, "人", 2026),
        (4.0, "万人", 2026),
    ]
    plan = (
        "二、“十五五”时期总体要求和目标任务\n"
        "（七）美丽甲省建设取得重大成效。现有超载区逐步退出，森林覆盖率超过24.1%。\n"
    )
    goals = find_goals(plan, _DATE)
    assert [(float(g.value), g.deadline, g.qualifier) for g in goals] == [(24.1, 2030, "at_least")]


def test_capacity_arranged_and_people_fostered_are_added() -> None:
    """安排装机规模3000万千瓦、并网2000万千瓦 and 培育技术经理人超过600人: added over the year."""
    text = _TASKS + (
        "（一）发展新能源。安排风电光伏装机规模3000万千瓦、并网2000万千瓦。"
        "培育技术经理人超过600人。\n"
    )
    goals = find_goals(text, _DATE)
    assert [(float(g.value), g.kind) for g in goals] == [
        (3000.0, "cumulative"),
        (2000.0, "cumulative"),
        (600.0, "cumulative"),
    ]


def test_a_bound_after_a_list_a_bracketed_unit_and_a_list_marker() -> None:
    """分别增长4.5%、5.5%左右: 左右 is both figures'; 1万台（套）以上: at least, the bound after
    the bracket quoted; 三是…: the quote starts after the list's marker."""
    text = _TASKS + (
        "（一）增加收入。城镇、农村居民人均可支配收入分别增长4.5%、5.5%左右。"
        "开放共享科研仪器1万台（套）以上。三是新建社区食堂300个。\n"
    )
    goals = find_goals(text, _DATE)
    assert [(float(g.value), g.unit, g.qualifier) for g in goals] == [
        (4.5, "%", "about"),
        (5.5, "%", "about"),
        (1.0, "万台", "at_least"),
        (300.0, "个", "exact"),
    ]
    assert goals[2].quote.endswith("（套）以上")
    assert goals[3].quote.startswith("新建")
