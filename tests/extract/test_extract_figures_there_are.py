"""Figures of a plan's tasks that no goal acts on: a population named as the subject of its
clause, the peoples of a nation, a forecast said to be "as high as", and the items a measure's
scope covers. Sentences invented for the test; the goals beside them stay."""

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
