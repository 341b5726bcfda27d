"""Titles and the places they name, on texts written for the test: a title line with no blank
line after it is no part of the first sentence, a cross-head among paragraphs of a line each is
a headline of its own, and the place a title names is the text's region; words before 区 or 市
that end a longer word are no places."""

from __future__ import annotations

import datetime as dt

from cluster_cli.extract.finder import find_goals
from cluster_cli.extract.places import find_places, title_place


def test_a_title_line_is_not_read_into_the_first_sentence() -> None:
    goals = find_goals("2026年工作要点\n今年新增高新技术企业100家。\n", None)
    assert [(g.name, g.quote, g.deadline) for g in goals] == [
        ("新增高新技术企业", "今年新增高新技术企业100家", 2026)
    ]


def test_a_first_line_that_runs_on_is_not_a_title() -> None:
    """A narrow column: the first line is a sentence's start, its rest on the next line."""
    text = "今年力争全市集成\n电路产业规模达2000亿\n元。\n"
    goals = find_goals(text, dt.date(2026, 1, 20))
    assert [(g.name, float(g.value)) for g in goals] == [("全市集成电路产业规模", 2000.0)]


def test_a_cross_head_among_long_paragraphs_is_a_headline_of_its_own() -> None:
    """The cross-head restates the goal of the paragraph under it: one goal, judged there."""
    paragraph = (
        "　　《实施意见》提出，“十五五”期间，人口净流入的城市，新增保障性住房占新增住房供应"
        "的比例力争达到25%以上；其他城市力争达到10%以上，各地据此制定年度计划。\n"
    )
    text = (
        "　　近日，某省住房和城乡建设厅发布关于加快发展保障性住房的实施意见，向社会公开征求意见。\n"
        "　　人口净流入城市新增保障性住房供应占比力争达25%以上\n"
        + paragraph
        + "　　意见明确，保障性住房以建筑面积不超过70平方米的小户型为主，租金低于同地段同品质"
        "市场租赁住房租金，由各地住房和城乡建设部门会同有关部门统筹推进。\n"
    )
    goals = find_goals(text, dt.date(2026, 5, 1))
    assert [(float(g.value), g.quote.startswith("新增保障性住房")) for g in goals] == [
        (25.0, True),
        (10.0, False),
    ]


def test_the_place_a_title_names_is_the_region() -> None:
    goals = find_goals("2025年江州市政府工作报告\n今年新增高新技术企业100家。\n", None)
    assert [g.region for g in goals] == ["江州"]


def test_of_places_nested_in_a_title_the_innermost_is_the_region() -> None:
    """上海市静安区人民政府…: the district, within its city; a dateline is no title."""
    assert title_place("江南省鹿城市人民政府办公室关于印发《鹿城市行动方案》的通知\n") == "鹿城"
    assert title_place("江南省与北川省合作框架协议\n") is None
    assert title_place("新华社北京3月5日电\n") is None


def test_the_end_of_a_longer_word_before_a_suffix_is_no_place() -> None:
    """历史文化风貌区, 中央商务区, 美丽街区, 区绿化市容局: common nouns and offices."""
    text = (
        "云溪区推进历史文化风貌区保护，历史文化风貌区更新有序。中央商务区建设加快，"
        "中央商务区能级提升。打造“美丽街区”，建设“美丽街区”。牵头单位：区绿化市容局；"
        "配合单位：区绿化市容局。云溪区将持续推进城市更新。\n"
    )
    names, home = find_places(text)
    assert home == "云溪"
    assert names == ["云溪"]
