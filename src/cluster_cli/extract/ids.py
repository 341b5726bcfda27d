"""Readable ids for a draft: the indicator's name in pinyin, two characters to a word
(``集成电路产业规模`` -> ``jicheng-dianlu-chanye-guimo``), unique within the registry.

Two characters is the commonest length of a Chinese word, and a true word split would need a
segmenter and its dictionary (a second's start-up); the id is a handle to type, not a
transliteration. pypinyin reads each name whole, with its dictionary of words, so that 重庆 is
chongqing and 银行 yinhang; loading it takes about a third of a second, so it is imported only
when ids are made.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MAX_LENGTH = 40  # the registry allows 64; a shorter id is easier to type
# Words that open a name without telling indicators apart (全市 规模 = 规模).
_OPENING = re.compile(r"^(?:全市|全省|全区|全县|全国|本市|我市|我省|全社会)")


# Three-character words of policy writing, kept whole (互联网 is not hulian-wang...).
_THREE = frozenset(
    {
        "互联网",
        "大数据",
        "数字化",
        "智能化",
        "现代化",
        "高质量",
        "新能源",
        "高新区",
        "开发区",
        "示范区",
        "产业园",
        "实验室",
        "研究院",
        "城镇化",
        "一体化",
        "国际化",
        "标准化",
        "信息化",
        "服务业",
        "制造业",
        "农产品",
        "新材料",
        "高技术",
    }
)
_HAN = re.compile(r"[\u3400-\u9fff]+")


def _words(text: str) -> list[str]:
    from pypinyin import Style, lazy_pinyin

    words: list[str] = []
    at = 0
    for run in [*_HAN.finditer(text), None]:
        between = text[at : run.start() if run else len(text)]
        words += re.findall(r"[a-z0-9]+", between.lower())  # PM2.5 -> pm2 5, 5G -> 5g
        if run is None:
            break
        syllables = lazy_pinyin(run.group(), style=Style.NORMAL, v_to_u=False)
        syllables = [re.sub(r"[^a-z]", "", s.lower()) for s in syllables]
        i = 0
        while i < len(syllables):
            size = 3 if run.group()[i : i + 3] in _THREE else 2
            words.append("".join(syllables[i : i + size]))
            i += size
        at = run.end()
    return [word for word in words if word]


def readable(text: str, fallback: str) -> str:
    """An id (``^[a-z0-9][a-z0-9-]*$``, at most :data:`MAX_LENGTH` characters) spelling
    ``text``, cut at a word; ``fallback`` when nothing is left."""
    words = _words(_OPENING.sub("", text) or text)
    key = ""
    for word in words:
        longer = f"{key}-{word}" if key else word
        if len(longer) > MAX_LENGTH:
            break
        key = longer
    if not key and words:
        key = words[0][:MAX_LENGTH]
    return key or fallback


def unique(base: str, taken: set[str]) -> str:
    """``base``, or ``base-2``, ``base-3``... the first not in ``taken``, which it joins."""
    key, n = base, 2
    while key in taken:
        suffix = f"-{n}"
        key, n = base[: 64 - len(suffix)].rstrip("-") + suffix, n + 1
    taken.add(key)
    return key


def readable_ids(names: Iterable[str], taken: set[str], fallback: str = "goal") -> list[str]:
    """One unique id per name, in order; ``taken`` holds the ids already used and grows."""
    return [unique(readable(name, fallback), taken) for name in names]
