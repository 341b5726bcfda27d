"""Names that read as indicators a registry holds: no preposition or adverb left at the end, a
growth named as one, the year compared with left out, a 分别 list's shared indicator on each
item, the noun after a count where the words before it name only a place, a beneficiary's 为
and the light verbs of doing and planning left out, work named after its object, a verb alone
given what it works on. Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from cluster_cli.extract.finder import find_goals
from cluster_cli.extract.model import Proposal
from cluster_cli.extract.names import as_indicator

_DATE = dt.date(2026, 1, 20)


def _found(body: str) -> list[Proposal]:
    return find_goals(f"三、2026年重点工作\n（一）重点任务。{body}\n", _DATE)


def _names(body: str) -> list[str]:
    return [p.name for p in _found(body)]


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("主要预期目标是：地区生产总值按增长5%安排。", ["地区生产总值增长"]),
        (
            "人均预期寿命再提高1岁，居民医保人均财政补助标准再增加30元。",
            [
                "人均预期寿命提高",
                "居民医保人均财政补助标准增加",
            ],
        ),
        ("力争国际集装箱班轮航线增至500条。", ["国际集装箱班轮航线"]),
        ("全市地区生产总值迈上3万亿元。", ["全市地区生产总值"]),
    ],
)
def test_no_preposition_adverb_or_verb_of_reaching_is_left_at_the_end(
    body: str, names: list[str]
) -> None:
    assert _names(body) == names


def test_a_growth_is_named_as_one_and_a_level_is_not() -> None:
    body = (
        "国内生产总值增长5%左右，经济年均增长保持在5%以上，研发经费投入年均增长8%，"
        "常住人口城镇化率提高到70%，城镇化率提高1个百分点。"
    )
    assert _names(body) == [
        "国内生产总值增长",
        "经济年均增长",
        "研发经费投入年均增长",
        "常住人口城镇化率",
        "城镇化率提高",
    ]


def test_the_year_compared_with_is_left_out_and_a_doubling_named() -> None:
    body = "人均地区生产总值比2020年翻一番，单位地区生产总值能耗比2025年下降13%。"
    assert _names(body) == ["人均地区生产总值翻番", "单位地区生产总值能耗下降"]


def test_each_item_of_a_respectively_list_takes_the_shared_indicator() -> None:
    body = "力争全年交通、水利、能源领域投资额分别达2000亿元、400亿元、1500亿元。"
    assert _names(body) == ["交通领域投资额", "水利领域投资额", "能源领域投资额"]


def test_a_place_alone_before_a_count_takes_the_noun_after_it() -> None:
    body = "全市5万以上参保职工健康体检费用“零自付”。"
    (goal,) = _found(body)
    assert goal.name.startswith("全市参保职工")
    assert goal.quote.endswith("“零自付”")


def test_a_beneficiary_and_the_light_verb_before_the_service_are_left_out() -> None:
    body = (
        "为2万名困境、留守儿童进行心理健康评估干预。为退役军人提供3万个就业岗位。"
        "为不少于5万名经济困难患者免费提供药物。为经营主体减负500亿元以上。"
    )
    assert _names(body) == [
        "困境、留守儿童心理健康评估干预",
        "退役军人就业岗位",
        "经济困难患者药物",
        "经营主体减负",
    ]
    assert as_indicator("为民办实事项目") == "为民办实事项目"  # 为民: a set phrase


def test_the_light_verbs_of_doing_and_planning_are_left_out() -> None:
    body = (
        "今年拟安排地方政府专项债券3万亿元。中央预算内投资拟安排5000亿元。"
        "实施好100项省重点项目。完成铁路投资6000亿元。"
    )
    assert _names(body) == ["地方政府专项债券", "中央预算内投资", "省重点项目", "铁路投资"]


def test_work_is_named_after_its_object_and_a_lists_work_is_every_items() -> None:
    body = (
        "实施300个老旧小区、20个老旧街区改造，改造1万套（间）城市危旧房、2万户城中村。"
        "治理中心城区交通堵点60处。"
    )
    assert _names(body) == [
        "老旧小区改造",
        "老旧街区改造",
        "城市危旧房改造",
        "城中村改造",
        "中心城区交通堵点治理",
    ]


def test_work_before_a_list_of_verbs_or_a_measure_keeps_its_place() -> None:
    body = "改建或新建9座口袋公园。新建改建高速公路通车里程3000公里。完成改造项目20万平方米。"
    assert _names(body) == ["改建或新建口袋公园", "新建改建高速公路通车里程", "改造项目"]


def test_a_verb_alone_is_given_what_it_works_on() -> None:
    body = (
        "深化中欧班列市场化运营改革，全年开行3000列以上。"
        "实施新一轮农村公路提升行动，新（改）建5000公里。"
        "新能源开工1600万千瓦、投产1000万千瓦以上。"
    )
    assert _names(body) == ["中欧班列开行", "农村公路新（改）建", "新能源开工", "新能源投产"]


def test_a_total_with_no_owner_takes_the_first_word_of_the_item_before() -> None:
    body = "确保粮食播种面积1500万亩、总产量120亿斤。"
    assert _names(body) == ["粮食播种面积", "粮食总产量"]
    # the item before names things counted with a verb: no owner to take
    assert _names("新增上市公司45家、总量达1200家。") == ["新增上市公司", "总量"]


def test_a_count_before_a_list_of_short_nouns_counts_them_all() -> None:
    body = "推动20个机关、企事业单位附属空间对社会开放共享。"
    (goal,) = _found(body)
    assert goal.name == "机关、企事业单位附属空间对社会开放共享"
    assert goal.quote == "推动20个机关、企事业单位附属空间对社会开放共享"
    # a sum's clause after 、 is another clause, not its noun
    sum_body = "将2.8万亿元中央财政资金纳入直达机制、规模明显大于去年。"
    assert [g.quote for g in _found(sum_body)] in ([], ["将2.8万亿元中央财政资金纳入直达机制"])
