"""Languages and phrases: ``--lang zh|en``, else the locale (LC_ALL > LC_MESSAGES > LANG).

Every phrase a reader sees is a :class:`Phrase`, a pair of Chinese and English texts kept side
by side so that neither can drift from the other. The catalogue is :mod:`cluster_cli.i18n.words`;
this package imports nothing of the project, so any layer (renderers, commands, error messages)
can take its words from there::

    from cluster_cli.i18n import words as w

    w.PROGRESS("zh")                      # "进度"
    w.GROWTH_SENTENCE("en", growth="3%")  # a sentence with its figures filled in

The messages of the commands and the errors are in :mod:`cluster_cli.i18n.messages`. The
language of a run is chosen once, before the command runs (:func:`set_lang`); code deep down
that raises an error writes it in :func:`current` language with :func:`say`.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING, Literal, NamedTuple

if TYPE_CHECKING:
    import re

Lang = Literal["zh", "en"]


class Phrase(NamedTuple):
    """One phrase in both languages; ``{name}`` fields are filled in by :meth:`__call__`.
    ``en_one``: the English when its ``count`` is 1 ("1 record", not "1 records"); Chinese
    nouns have one form."""

    zh: str
    en: str
    en_one: str = ""

    def __call__(self, lang: Lang, /, **values: object) -> str:
        text = self.zh if lang == "zh" else self.en
        if lang == "en" and self.en_one and values.get("count") in (1, "1"):
            text = self.en_one
        return text.format(**values) if values else text


_current: Lang | None = None


def current() -> Lang:
    """The language of this run: the one set by :func:`set_lang`, else the locale's."""
    return _current if _current is not None else default_lang()


def set_lang(lang: Lang | None) -> Lang | None:
    """Make ``lang`` the language of this run (None: the locale's); returns the one before."""
    global _current
    before, _current = _current, lang
    return before


def say(phrase: Phrase, /, **values: object) -> str:
    """``phrase`` in the current language, with its fields filled in."""
    return phrase(current(), **values)


def lang_in(args: list[str]) -> Lang | None:
    """An explicit ``--lang zh|en`` (or ``--lang=zh``) among the arguments, the last one wins;
    None when there is none or its value is not a language (the option itself refuses it)."""
    found: Lang | None = None
    for index, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and index + 1 < len(args):
            value = args[index + 1]
        elif arg.startswith("--lang="):
            value = arg.removeprefix("--lang=")
        else:
            continue
        found = lang_named(value) or found
    return found


# How people name the two languages besides zh and en: locale names (zh_CN, zh-Hans, en-GB)
# and words.
_NAMES: dict[str, Lang] = {
    **dict.fromkeys(("中文", "汉语", "简体中文", "chinese", "cn"), "zh"),
    **dict.fromkeys(("英文", "英语", "english"), "en"),
}


def lang_named(value: str) -> Lang | None:
    """The language ``value`` names (``zh``, ``ZH``, ``zh_CN``, ``中文``; ``en``, ``en-US``,
    ``English``), or None."""
    key = value.strip().lower()
    if key.split("-")[0].split("_")[0] in ("zh", "en"):
        return "zh" if key.startswith("zh") else "en"
    return _NAMES.get(key)


def default_lang() -> Lang:
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


def read_back(text: str, phrases: Iterable[Phrase]) -> tuple[Phrase, dict[str, str]] | None:
    """The first of ``phrases`` whose English ``text`` is, with the values of its fields; None
    when none is. How what another program writes in English only (tomllib, Click, Pydantic's
    validators) is given in the language of the run: each such text is a phrase of the
    catalogue whose English is that program's, word for word."""
    for phrase in phrases:
        found = _english_pattern(phrase.en).fullmatch(text)
        if found is not None:
            return phrase, found.groupdict()
    return None


@cache
def _english_pattern(english: str) -> re.Pattern[str]:
    import re

    parts = []
    seen: set[str] = set()
    for piece in re.split(r"(\{\{|\}\}|\{\w+\})", english):
        name = piece[1:-1] if piece.startswith("{") and piece not in ("{{", "}}") else None
        if name is None:
            parts.append(re.escape(piece[0] if piece in ("{{", "}}") else piece))
        else:
            parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>.*?)")
            seen.add(name)
    return re.compile("".join(parts), re.DOTALL)
