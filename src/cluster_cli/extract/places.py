"""Place names of a text: the region a goal is for."""

from __future__ import annotations

import re
from collections import Counter

from cluster_cli.extract import vocabulary as v


def find_places(text: str) -> tuple[list[str], str | None]:
    """Place names of the text (短名 and full name) and the one it is most about."""
    counts: Counter[str] = Counter()
    for match in re.finditer(f"{v.PROVINCES}|{v.CITIES}", text):
        counts[match.group()] += 1
    known = set(counts)  # counted above, wherever written: 河南省 is not counted twice
    for match in v.PLACE.finditer(text):
        name = match.group("name")
        full = match.group()
        if full in v.NOT_PLACES or name in v.NOT_PLACES or name[0] in "全本我各该每":
            continue
        if name[0] in "年个是" and len(name) == 3:
            name, full = name[1:], full[1:]  # 2026年江州市: the year is no part of the name
        if (
            _NOT_A_NAME.search(name)
            or (full.endswith("省") and name not in _PROVINCES)
            or (name.endswith("城") and (len(name) == 3 or full.endswith("区")))
            or any(full.endswith(word) for word in v.NOT_PLACES if len(word) > 2)
        ):
            continue  # 实施省级, 产业园区, 老旧小区, 中心城区: words before 省/区, not places
        if name not in known:  # 河南省 twice over would outweigh the city of the text
            counts[name] += 1
    names = [name for name, count in counts.most_common() if count >= 2]
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
# make a common noun of 区/市/城 (园区, 小区, 地区, 示范区, 中心城区).
_NOT_A_NAME = re.compile(
    r"[年个全的是]|实施|推动|推进|提升|完善|加强|加快|强化|优化|深化|落实|办理|促进|实现|支持|完成|"
    r"配合|接受|[地小片景校园范验发集域导能护心业聚强新综和]$|"
    # 自治区 read as 自治+区; 农牧区, 垦区, 矿区: areas of a kind; 互市: a border market
    r"自治$|[牧垦矿灾互]$"
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
