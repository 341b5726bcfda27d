"""The parts of a text and the goals it states again: the title lines that open a part (a
chapter, an appendix, a glossary, an unnumbered part title such as 2026年重点工作) or name the
document itself, and a goal restated in a later part (a list of the year's tasks)."""

from __future__ import annotations

import re

from cluster_cli.extract.model import Proposal
from cluster_cli.extract.names import UNNAMED
from cluster_cli.extract.numbers import HAN
from cluster_cli.extract.restated import restates_stated
from cluster_cli.extract.segment import BULLETS

CHAPTER = re.compile(r"第[一二三四五六七八九十]+(?:部分|章|篇|编)")
APPENDIX = re.compile(r"附件|附录|附表")
# A glossary after the text (名词解释, 附：名词解释): what its terms mean, no goals.
# Also one titled for the text it explains (《政府工作报告》有关内容名词注释).
GLOSSARY = re.compile(r"(?:名词解释|名词注释|名词释义|术语解释|注释)\s*$")
# A title line that names a document (2026年甘肃省政府工作报告, a page's running title
# …行动方案（2024—2026年）), not a part of one.
DOCUMENT_TITLE = re.compile(
    r"(?:报告|规划|纲要|方案|意见|通知|要点|计划|办法|细则|公报)\s*(?:[（(][^）)]*[）)])?\s*$"
)
_TITLE_LINE = 30  # characters: a title of a part, alone on its line


def title_line(body: str) -> bool:
    """A line that titles a part of the text: short, unnumbered, with no punctuation of a
    sentence (2026年省十件民生实事, 附件1)."""
    return len(body) <= _TITLE_LINE and not re.search(r"[，,：:；;。！？!?]", body)


def marks_a_part(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` opens on a list's mark other than the mark of the
    line after it (■2025年主要预期目标 ⏎ ●经济增长6%左右): the title of the part its items
    make up, whose frame they take (or, on a year past, a review of it)."""
    mark, after = text[start : start + 1], text[end + 1 : end + 2]
    return mark in BULLETS and after in BULLETS and after != mark


_SAME_NAME = 4  # characters: the shortest name that one goal's name restated may end with
# Verbs of aim a goal restated may open with, before the same name: 实现城镇新增就业.
_AIM_VERB = re.compile(r"(?:实现|确保|力争|争取|完成|保持|持续|推动)?")


def figure_of(goal: Proposal) -> tuple[object, ...]:
    """What a goal restated shares with the goal it restates: figure, unit, deadline, place.
    The finder keeps its goals by it, so that each is compared with those alone."""
    return (goal.value, goal.unit, goal.deadline, goal.region)


def stated_before(goal: Proposal, stated: list[Proposal]) -> bool:
    """Whether ``goal`` restates one stated before: the same figure, deadline and place,
    under the same name or one with a verb of aim before it (城镇新增就业18万人以上, and in a
    list of the year's tasks 实现城镇新增就业18万人以上), or under no indicator at all (我们把
    今年的目标设定为5.5%左右, after 国内生产总值预期增长5.5%左右)."""
    name = goal.name
    same_figure = [p for p in stated if figure_of(p) == figure_of(goal)]
    if restates_stated(goal, same_figure):
        return True
    return any(
        figure_of(p) == figure_of(goal)
        and min(len(name), len(p.name)) >= _SAME_NAME
        and (
            _AIM_VERB.fullmatch(
                name.replace(p.name, "") if name.endswith(p.name) else p.name.replace(name, "")
            )
            # 实现数字经济核心产业增加值翻番, then 我省数字经济核心产业增加值实现翻番: one goal,
            # its words of aim and its owner placed otherwise
            or (len(_bare(name)) >= _SAME_NAME and _bare(name) == _bare(p.name))
        )
        for p in stated
        if p.name != UNNAMED
    )


# The words a goal's name may hold or not, as it is stated again: aim and owner.
_AIM_WORDS = re.compile(r"实现|确保|力争|争取|努力|^(?:我|全)[省市区县]")


def _bare(name: str) -> str:
    return _AIM_WORDS.sub("", name)


# A line that opens an appendix: 附件, 附件2：…重点任务清单, 附表.
_APPENDIX_LINE = re.compile(r"(?m)^\s*(?:附件|附表|附录)")
# Words that say what kind of figure an indicator is, which indicators of one kind share (a
# growth's name keeps its word: 地区生产总值增长, 投资年均增长 share no indicator for it).
_KIND_WORDS = re.compile(
    r"比例|比重|占比|面积|数量|总数|总量|规模|水平|人数|户数|个数|指数|率|年均|增长|提高|增加"
)
_PAIR = re.compile(rf"(?=({HAN}{{2}}))")


def same_indicator(one: str, other: str) -> bool:
    """Whether two names of goals with the same figure name one indicator: they share a word of
    two characters beyond the words of a kind of figure (比例, 面积): 城市建成区 and 本区建成区
    do; 100% is the figure of many indicators, and 地表水优良水体比例 is not 托班比例."""
    words = _KIND_WORDS.sub("|", other)
    pairs = {words[i : i + 2] for i in range(len(words) - 1)}
    return any(pair in pairs for pair in _PAIR.findall(_KIND_WORDS.sub("|", one)))


def restated_in_appendix(text: str, goals: list[Proposal]) -> list[Proposal]:
    """``goals`` without those an appendix states again (附件：重点任务清单 lists the text's
    tasks): a goal after the first appendix line with the figure, deadline and place of a goal
    of the text before it, under a name that shares a word with its name."""
    appendix = _APPENDIX_LINE.search(text)
    if appendix is None:
        return goals
    body: dict[tuple[object, ...], list[str]] = {}
    for goal in goals:
        if goal.start < appendix.start():
            body.setdefault(figure_of(goal), []).append(goal.name)
    return [
        goal
        for goal in goals
        if goal.start < appendix.start()
        or not any(same_indicator(goal.name, name) for name in body.get(figure_of(goal), []))
    ]
