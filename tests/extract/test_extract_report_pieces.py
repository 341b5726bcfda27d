"""Work-report rules on sentences written for the test: the pieces of an announced total, counts
of things there are, units, 均 shared by two indicators, plans to draw up, sums over years, and
kinds and directions read from the indicator's words."""

from __future__ import annotations

import datetime as dt

from goal_reading import goals_of

from cluster_cli.extract.finder import find_goals

DATE = dt.date(2026, 1, 20)
YEAR = "二、2026年工作安排\n"


def _one(text: str) -> tuple[str, str]:
    goals = find_goals(YEAR + text, DATE)
    assert len(goals) == 1, [g.quote for g in goals]
    return goals[0].kind, goals[0].direction


def test_pieces_adding_up_to_a_total_stated_before_are_not_goals() -> None:
    text = (
        YEAR + "筹措100.5亿元实施五大民生工程。筹措40亿元实施就业工程，帮助3万户群众增收。"
        "筹措50.2亿元实施健康工程。筹措10.3亿元实施交通工程。\n"
    )
    assert goals_of(text, DATE) == [(100.5, "亿元", 2026), (3.0, "万户", 2026)]
    assert find_goals(text, DATE)[0].kind == "level"  # the year's funds, a sum set down


def test_counts_of_things_there_are() -> None:
    text = (
        YEAR + "续建甲至乙、丙至丁等6个铁路项目。推进4个区域医疗中心和3个省级中心高效运行。"
        "巩固提升50万亩蔬菜基地。重点支持12个县深化城乡交通一体化发展。"
        "在甲、乙、丙等5个重点县建设果菜基地。支持甲、乙2个省实验室高效运营。"
        "释放某化90万吨乙烯转型升级项目新装置产能。新建养老床位2000张。\n"
    )
    assert goals_of(text, DATE) == [(2000.0, "张", 2026)]


def test_units_written_in_latin_letters_per_kilogram_and_acre_times() -> None:
    text = (
        YEAR + "全省算力规模突破120Eflops。农机作业服务面积50万亩次以上。"
        "建成300个社区健身路径或3人制篮球场。\n"
        "到2030年，全省土壤有机质平均含量26克/千克。\n"
    )
    assert goals_of(text, DATE) == [
        (120.0, "Eflops", 2026),
        (50.0, "万亩次", 2026),
        (300.0, "个", 2026),
        (26.0, "克/千克", 2030),
    ]
    assert find_goals(text, DATE)[1].kind == "cumulative"


def test_two_indicators_sharing_a_figure_with_jun_are_one_goal() -> None:
    """均: one figure for two indicators is one goal, named by both (各 gives each its count)."""
    text = YEAR + "全年接待游客人次、旅游总收入均增长7%以上。\n"
    goals = find_goals(text, DATE)
    assert [(float(g.value), g.unit, g.deadline) for g in goals] == [(7.0, "%", 2026)]
    assert goals[0].name == "接待游客人次、旅游总收入增长"


def test_a_plan_to_draw_up_is_this_years_task() -> None:
    text = YEAR + "科学制定“十五五”乡村发展规划，农村生活污水治理率达60%。\n"
    assert goals_of(text, DATE) == [(60.0, "%", 2026)]


def test_a_sum_over_three_years() -> None:
    text = YEAR + "深化拓展“人工智能+”，三年安排300亿元支持新质生产力发展。推出标志性产品20个。\n"
    goals = find_goals(text, DATE)
    assert [(g.deadline, g.kind) for g in goals] == [(2028, "cumulative"), (2026, "cumulative")]


def test_prices_and_land_held_at_a_floor_are_maintained() -> None:
    assert _one("CPI涨幅2%左右。\n")[1] == "maintain"
    assert _one("确保耕地保有量不少于3000万亩。\n")[1] == "maintain"
    assert _one("永久基本农田保护面积不少于2500万亩。\n")[1] == "maintain"


def test_kinds_of_new_entries_and_cuts() -> None:
    assert _one("新入库规模以上工业企业300家以上。\n")[0] == "cumulative"
    assert _one("省级一般性支出压减15%。\n")[0] == "rate"


def test_kinds_of_things_newly_opened_land_added_capital_and_ranked_counts() -> None:
    """新投产 adds (cumulative); an area 增加 adds, not 增加到; 资本金 is a sum of money (level);
    a count of things that stand in a ranking is a stock (level)."""
    assert _one("新投产高速铁路里程2000公里以上。\n")[0] == "cumulative"
    assert _one("增加保护性耕作面积500万亩。\n")[0] == "cumulative"
    assert _one("轮作休耕面积增加到2000万亩。\n")[0] == "level"
    assert _one("增加城际铁路建设资本金300亿元。\n")[0] == "level"
    assert _one("甲类园区、乙类园区各有3家进入全国前二十强。\n")[0] == "level"
    assert _one("新认定省级园区3家。\n")[0] == "cumulative"
