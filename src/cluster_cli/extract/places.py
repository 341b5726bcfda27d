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
    for match in v.PLACE.finditer(text):
        name = match.group("name")
        full = match.group()
        if full in v.NOT_PLACES or name in v.NOT_PLACES or name[0] in "全本我各该每":
            continue
        counts[name] += 1
    names = [name for name, count in counts.most_common() if count >= 2]
    home = names[0] if names else None
    return names, home


def nearest_place(places: list[str], home: str | None, before: str) -> str | None:
    """The place named last in ``before``, else the one the text is most about."""
    best: tuple[int, str | None] = (-1, None)
    for name in places:
        at = before.rfind(name)
        if at > best[0]:
            best = (at, name)
    return best[1] or home
