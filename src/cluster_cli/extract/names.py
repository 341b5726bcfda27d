"""The name of a goal: the words before its number (or the noun after it), and the names a
``分别`` list pairs with its numbers."""

from __future__ import annotations

import re

from cluster_cli.extract import vocabulary as v
from cluster_cli.extract.numbers import Quantity
from cluster_cli.extract.screening import is_baseline

UNNAMED = "未命名指标"


def goal_name(lead: str, tail: str) -> str:
    name = lead.strip("，、。；：:,;（(")
    name = v.LEADING_WORDS.sub("", name)
    name = v.TRAILING_WORDS.sub("", name)
    name = re.sub(r"力争|确保|争取|努力", "", name)
    name = name.strip("，、。；：:,; ")
    if v.CUMULATIVE_VERBS.fullmatch(name.removeprefix("计划")):
        name = name.removeprefix("计划")  # 计划启动30万平方米…修缮: the verb, then its noun
    if len(name) < 2 or v.CUMULATIVE_VERBS.fullmatch(name):
        noun = re.split(r"[，、。；：,;]", tail, maxsplit=1)[0]
        name = (name + noun)[:30]
    return name[:40] or UNNAMED


def respectively(
    text: str, items: list[Quantity], index: int, c_start: int
) -> tuple[str, str] | None:
    """``A、B分别达到3000家、120家``: the name of item ``index`` (A or B) and the words before
    the first number, which hold the verb; None unless the names and numbers pair up (the
    baselines of ``分别从209元、280元提高到217元、290元`` pair with the names as well)."""
    # A、B排放总量比2020年分别下降8%、10%: the year compared with stands before 分别.
    compared = 0
    while compared < len(items) and items[compared].unit == "年":
        compared += 1
    if compared >= len(items):
        return None
    lead = text[c_start : items[compared].start]
    at = lead.rfind("分别")
    if at < 0 or (compared and c_start + at < items[compared - 1].end):
        return None
    names = [
        goal_name(part, "")
        for part in re.split(r"、|和|及|与", v.LEADING_WORDS.sub("", _COMPARED.sub("", lead[:at])))
    ]
    targets = [
        i for i, q in enumerate(items) if i >= compared and not is_baseline(text, q, items, i)
    ]
    if len(names) < 2 or len(names) != len(targets) or index not in targets:
        return None
    # 生猪、家禽年出栏量: the indicator after the last name is every name's (生猪年出栏量), when
    # the names before it are alike in length (not 化学需氧量、氨氮、…挥发性有机物排放总量).
    first, last = names[0], names[-1]
    alike = all(len(name) == len(first) for name in names[:-1])
    indicator = last[len(first) :] if alike and len(last) > len(first) else ""
    if _INDICATOR.search(indicator) and not _INDICATOR.search(first):
        names = [*(name + indicator for name in names[:-1]), last]
    return names[targets.index(index)], lead


# A year or last year compared with, after the names (排放总量比2020年): not part of them.
_COMPARED = re.compile(r"[比较](?:(?:19|20)\d{2}年|去年|上年)(?:末|底)?$")
# Words that end the name of an indicator (a level, a share, a standard).
_INDICATOR = re.compile(r"(?:量|标准|率|规模|产值|收入|面积|人数|总额|比重|占比)$")
