"""Place names of a text: the region a goal is for."""

from __future__ import annotations

import re
from collections import Counter

from cluster_cli.extract import vocabulary as v
from cluster_cli.extract.numbers import HAN

# Before a place's name: a mark or the start of a line, the suffix of the place it lies in
# (上海市静安区), or a word that stands before places (在, 和, 对…). 历史文化风貌区 and 中央商务区
# have none before 化风貌 or 央商务: the end of a longer word, not a name.
_BOUNDARY = frozenset("省市区县州盟旗在和与及对为向从到至于由把将同跟给")
# After a place's suffix, characters that make a word of it instead (区域, 区间, 区位, 县域).
_WORD_AFTER = frozenset("域间位")
_LISTED = re.compile(f"{v.PROVINCES}|{v.CITIES}")
_LISTED_NAMES = frozenset(f"{v.PROVINCES}|{v.CITIES}".split("|"))
_HAN_CHAR = re.compile(HAN)


def _candidates(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, str]]:
    """The places named in ``text[start:end]``, where they start: the provinces and cities
    known by name, and a name before 省, 市, 区 or 县 that is no common noun."""
    stop = len(text) if end is None else end
    found = [(m.start(), m.group()) for m in _LISTED.finditer(text, start, stop)]
    listed = {name for _, name in found}
    for match in v.PLACE.finditer(text, start, stop):
        name = match.group("name")
        full = match.group()
        at = match.start()
        if full in v.NOT_PLACES or name in v.NOT_PLACES or name[0] in "全本我各该每让使":
            continue
        if len(name) == 3 and (
            name[0] in "年个是"
            or (
                name[0] in "省市区县" and any(text[at - n : at] in _LISTED_NAMES for n in (2, 3, 4))
            )
        ):
            # 2026年江州市, 上海市长宁区: the year, the place it lies in, are no part of it
            name, full, at = name[1:], full[1:], at + 1
            before = ""  # the year or the place before it bounds the name
        else:
            before = text[at - 1 : at]
        if (
            name in listed
            or name[:2] in listed  # 合肥都市圈: a place and a word, 都市
            or text[match.end() : match.end() + 1] in _WORD_AFTER
            or (before and _HAN_CHAR.match(before) and before not in _BOUNDARY)
            or _NOT_A_NAME.search(name)
            or name[0] in "省区县"  # 区绿化市容局: a department's words (市中区 is a place)
            or (full.endswith("省") and name not in _PROVINCES)
            or (name.endswith("城") and (len(name) == 3 or full.endswith("区")))
            or any(full.endswith(word) for word in v.NOT_PLACES if len(word) > 2)
        ):
            continue  # 实施省级, 产业园区, 老旧小区, 中心城区: words before 省/区, not places
        found.append((at, name))
    found.sort()
    return found


_TITLE_LINE = 100  # characters: a longer first line is text, not a title


def title_place(text: str) -> str | None:
    """The place a title on the first line names (2025年苏州市政府工作报告; 上海市静安区…关于…
    的通知 names 静安区 within 上海市): one place, or the innermost of places nested. A dateline
    (新华社北京3月17日电) is no title."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    if end - start > _TITLE_LINE or _SENTENCE_MARKS.intersection(text[start:end]):
        return None
    if _DATELINE.search(text, start, end):
        return None
    found = _candidates(text, start, end)
    names = {name for _, name in found}
    # 上海市静安区: a place written right before another holds it
    holding = {name for at, name in found if _holds(text, at + len(name), names - {name})}
    named = names - holding
    return named.pop() if len(named) == 1 else None


_SENTENCE_MARKS = frozenset("。！？!?")
_DATELINE = re.compile(r"\d{1,2}月\d{1,2}日")
_SUFFIXES = ("自治区", "省", "市", "区", "县")


def _holds(text: str, end: int, others: set[str]) -> bool:
    """Whether a place's name ending at ``end`` is followed, after its suffix, by another."""
    suffix = next((s for s in _SUFFIXES if text.startswith(s, end)), "")
    rest = end + len(suffix)
    return any(text.startswith(inner, rest) for inner in others)


def find_places(text: str) -> tuple[list[str], str | None]:
    """Place names of the text (短名 and full name) and the one it is most about: the place its
    title names, else the one it names most often."""
    counts: Counter[str] = Counter(name for _, name in _candidates(text))
    names = [name for name, count in counts.most_common() if count >= 2]
    titled = title_place(text)
    if titled is not None:
        return [titled, *(name for name in names if name != titled)], titled
    home = names[0] if names else None
    nation = len(_NATION.findall(text))
    if nation >= 5 and nation >= 3 * (counts[home] if home else 0):
        return [], NATION  # 全国, 我国, 国务院 throughout: the places it names are not its subject
    return names, home


# A text about the whole country (the State Council's report) speaks of 全国 and 我国 far more
# often than of any one place; a province's text names itself more often than 全国.
NATION = "全国"
_NATION = re.compile(r"全国|我国|国务院")


# Not in a place's name: a year's or a count's words, verbs of doing, and last characters that
# make a common noun of 区/市/城 (园区, 小区, 地区, 示范区, 中心城区, 街区, 社区).
_NOT_A_NAME = re.compile(
    r"[年个全的是]|实施|推动|推进|提升|完善|加强|加快|强化|优化|深化|落实|办理|促进|实现|支持|完成|"
    r"配合|接受|按照|依托|根据|围绕|通过|[地小片景校园范验发集域导能护心业聚强新综和街社]$|"
    # 自治区 read as 自治+区; 农牧区, 垦区, 矿区: areas of a kind; 互市: a border market
    r"自治$|[牧垦矿灾互灌]$"
)
_PROVINCES = frozenset(v.PROVINCES.split("|"))


def nearest_place(places: list[str], home: str | None, before: str) -> str | None:
    """The place named last in ``before``, else the one the text is most about. A place in a
    list of places (支持福州、厦门、三明等地…) is one of several: the goal is the text's."""
    best: tuple[int, str | None] = (-1, None)
    for name in places:
        at = before.rfind(name)
        if at > best[0]:
            best = (at, name)
    at, found = best
    if found is not None and "、" in (
        before[at - 1 : at] + before[at + len(found) : at + len(found) + 1]
    ):
        return home
    return found or home
