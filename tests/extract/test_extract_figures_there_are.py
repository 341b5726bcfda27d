"""Figures of a plan's tasks that no goal acts on: a population named as the subject of its
clause, the peoples of a nation, a forecast said to be "as high as", the items a measure's
scope covers, how many there are (有N家), the set a clause speaks of (在…中) and the measures a
package gives. Sentences invented for the test; the goals beside them stay."""

from __future__ import annotations

import datetime as dt

from cluster_cli.extract.finder import find_goals

_DATE = dt.date(2020, 3, 5)
_TASKS = "二、今年的主要任务\n"


def _values(text: str) -> list[int]:
    return [int(g.value) for g in find_goals(_TASKS + text, _DATE)]


def test_a_population_as_the_subject_is_no_goal() -> None:
    """8亿多农民、2亿多…技术工人，是…: people there are; a verb on them makes a goal."""
    text = "8亿多农民、2亿多掌握专业技能的技术工人，是我们发展的最大底气。今年新增就业900万人以上。"
    assert _values(text) == [900]
    assert _values("近13亿城乡居民的医疗保障，必须牢牢兜住。") == []
    assert _values("今年引导约1亿农业转移人口在城镇落户。") == [1]


def test_the_peoples_of_a_nation_are_no_goal() -> None:
    """45个民族共同…: the peoples there are; 打造300个民族村寨 builds villages."""
    assert _values("共同建设45个民族携手奋斗、共同繁荣的美好家园。") == []
    assert _values("今年打造300个民族特色村寨。") == [300]


def test_a_figure_as_high_as_is_a_forecast() -> None:
    """今年退役军人将高达60万人: a size nobody sets; 将达到 still aims."""
    assert _values("今年退役军人将高达60万人，要做好安置工作。") == []
    assert _values("今年城镇化率将达到66%。") == [66]


def test_the_items_a_measure_covers_are_its_scope() -> None:
    """将12项涉企收费的减免范围扩大到…: the scope widened, not a count to reach."""
    assert _values("将12项涉企收费的减免范围，从小微企业扩大到所有企业。") == []
    assert _values("今年争取60个以上项目纳入国家支持范围。") == [60]


def test_how_many_there_are_is_no_goal() -> None:
    """今年全市有300家…企业和200家…企业，共计500家: how many there are, and their sum; 各有2家
    进入前十 is an outcome aimed at."""
    text = "今年江州市有300家试点企业和200家培育企业，共计500家企业入选名单。"
    assert _values(text) == []
    assert _values("到2027年，两类园区各有2家进入全国前十。") == [2]
    assert _values("到2027年，全市有800家企业完成数字化改造。") == [800]


def test_the_set_a_clause_speaks_of_is_no_goal() -> None:
    """在…300家企业中，…: the set something is said of."""
    text = "在入选的300家试点企业中，高新技术企业占大多数。今年新增试点企业50家。"
    assert _values(text) == [50]


def test_the_measures_a_package_gives_are_no_goal() -> None:
    """试点企业将获得12项…政策支持，5项…专项资助: the package as firms receive it; patents
    granted (获得发明专利授权300项) are counted all the same."""
    text = "今年试点企业将获得12项高于一般企业标准的政策支持，5项试点企业专属的资助项目。"
    assert _values(text) == []
    assert _values("今年力争企业获得发明专利授权300项。") == [300]


def test_work_under_way_that_a_report_pushes_on_is_no_goal() -> None:
    """推进N项…专项、…项目 closing the clause: work under way; with the work after the things
    (…建设, …通光纤) the period's works, goals; the year's list of 实事 too."""
    text = (
        "推进40项省科技重大专项、80项前沿技术研发和60项基础研究重点项目。"
        "推进4个中小企业数字化转型城市试点。推进5个美丽街区建设。推进5万个行政村通光纤。"
        "扎实推进30项为民办实事项目。推进20个示范县和西部平原150万亩整区域工程化建设高标准农田项目。"
    )
    assert _values(text) == [5, 5, 30, 150]
    (area,) = [g for g in find_goals(_TASKS + text, _DATE) if g.value == 150]
    assert area.quote == "西部平原150万亩"  # the words of the things under way before it are theirs


def test_a_plan_that_lists_its_works_keeps_the_works_it_pushes_on() -> None:
    """In a plan (its title sets its time frame), 推进N个…项目 is the plan's work; the same words
    in a report are work under way."""
    goal = "到2022年，推进10个数字化转型试点项目。\n"
    plan = "江州市数字化转型三年行动方案（2020—2022年）\n一、主要目标\n" + goal
    assert [int(g.value) for g in find_goals(plan, _DATE)] == [10]
    assert _values(goal) == []
