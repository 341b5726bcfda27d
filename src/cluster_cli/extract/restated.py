"""A goal named by its setting alone, not by its indicator: 把目标定为6%以上, 我们把今年的目标设定
为5.5%左右, 这一目标是…. Such a figure is the headline goal the text is about (a growth rate),
and where the text has stated the same figure and deadline before under its indicator, it is
that goal restated, not a new one. So is a figure named again as the aim it is (5.5%左右的预期
增长目标与…衔接), and a headline's goal the article below states again."""

from __future__ import annotations

import re

from cluster_cli.extract.model import Proposal
from cluster_cli.extract.numbers import HAN, Quantity, quantities

# The words of a goal's setting that name no indicator: who sets it (我们, 政府), the time
# (今年的, 全年), the pointer (这一, 该), the goal itself (目标, 预期目标, 指标) and the verbs
# of setting it (定为, 设定为, 定在, 确定为, 提出, 是).
_SETTING_WORDS = re.compile(
    r"我们|我国|政府|把|将|今年|明年|全年|本年度|这一|这个|该|此|预期|目标|指标|设定|设置|"
    r"确定|提出|明确|定|设|为|在|是|了|的|，|,|\s"
)
# A place the goal is set for, left when the setting words are gone: 江岳省把目标定为….
_PLACE_ONLY = re.compile(rf"(?:{HAN}{{1,6}}(?:省|市|区|县|州|盟|旗)|全国|全省|全市)?")
_AIM_WORD = re.compile(r"目标|指标")


def names_no_indicator(lead: str) -> bool:
    """Whether ``lead``, the words before a figure, set a goal without naming its indicator
    (把目标定为, 我们把今年的目标设定为): all it holds are words of a goal's setting, and perhaps
    the place it is set for."""
    if not _AIM_WORD.search(lead):
        return False
    return bool(_PLACE_ONLY.fullmatch(_SETTING_WORDS.sub("", lead)))


# The words that name the growth of the whole economy: 国内生产总值, 地区生产总值, 全省生产总值,
# GDP, 经济增长, 经济增速 (one indicator under several names).
_ECONOMY = re.compile(r"生产总值|GDP|经济")
_ECONOMY_GROWTH = re.compile(r"(?:国内|地区)?生产总值|GDP|经济|增长|增速|年均")


def _names_growth_of_economy(name: str) -> bool:
    """Whether ``name`` is the growth of the economy and no more: 国内生产总值, 经济增长预期
    目标, 全省GDP增速 (not 数字经济核心产业增加值占GDP比重, 单位国内生产总值能耗: other
    indicators that hold the word), perhaps with the place and the words of its setting."""
    if not _ECONOMY.search(name):
        return False
    rest = _SETTING_WORDS.sub("", _ECONOMY_GROWTH.sub("", name))
    return bool(_PLACE_ONLY.fullmatch(rest))


def restates_stated(goal: Proposal, stated: list[Proposal]) -> bool:
    """Whether ``goal``, named by its setting alone, restates a goal stated before with the
    same figure, unit, deadline and place (``stated``: those, by figure_of): 国内生产总值预期
    增长5.5%左右 … 我们把今年的目标设定为5.5%左右 is one goal. So does a growth of the economy
    named in other words, as a rate with the same bound (国内生产总值增长5%左右 … 经济增长预期
    目标为5%左右): one indicator, one goal (a different bound, 5%以上 beside 5%左右, is another
    place's or another goal)."""
    if not stated:
        return False
    if names_no_indicator(goal.name):
        return True
    return (
        goal.kind == "rate"
        and _names_growth_of_economy(goal.name)
        and any(
            p.kind == "rate" and p.qualifier == goal.qualifier and _names_growth_of_economy(p.name)
            for p in stated
        )
    )


# A figure named as the aim it is (5.5%左右的预期增长目标), or as the growth it is, a range's
# upper end with it (有6.5%－7%的增速就能…, 7%左右的速度可以…): a goal stated before, explained.
_RESTATED_AIM = re.compile(
    r"(?:[－—–~～-]\d+(?:\.\d+)?%)?(?:左右|以上|以内)?的(?:(?:预期)?(?:增长)?目标|增速|(?:增长)?速度)"
)


def explained_again(source: str, goal: Proposal, stated: list[Proposal]) -> bool:
    """Whether ``goal`` (in ``source``, the text as written) is a figure of ``stated`` named
    again as the aim it is (5.5%左右的预期增长目标与…衔接): the goal above, explained."""
    written = re.sub(r"\s", "", goal.quote + source[goal.end : goal.end + 20])
    number = written.find(f"{goal.value_text}{goal.unit}")
    after = written[number + len(goal.value_text) + len(goal.unit) :]
    return (
        number >= 0
        and bool(_RESTATED_AIM.match(after))
        and any((p.value, p.unit) == (goal.value, goal.unit) for p in stated)
    )


_BELOW = 3000  # characters: how far below its headline an article restates it


def restated_below(text: str, goal: Proposal, end: int) -> bool:
    """Whether a headline's goal is stated again in the text below the headline (which ends at
    ``end``): it is judged there, with the words around it (and left out where those words say
    it is no goal)."""
    amount = Quantity(0, 0, goal.value, goal.unit, False).in_base_unit()
    return any(q.in_base_unit() == amount for q in quantities(text, end, end + _BELOW))
