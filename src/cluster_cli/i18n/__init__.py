"""Languages and phrases: ``--lang zh|en``, else the locale (LC_ALL > LC_MESSAGES > LANG).

Every phrase a reader sees is a :class:`Phrase`, a pair of Chinese and English texts kept side
by side so that neither can drift from the other. The catalogue is :mod:`cluster_cli.i18n.words`;
this package imports nothing of the project, so any layer (renderers, commands, error messages)
can take its words from there::

    from cluster_cli.i18n import words as w

    w.PROGRESS("zh")                      # "进度"
    w.GROWTH_SENTENCE("en", growth="3%")  # a sentence with its figures filled in
"""

from __future__ import annotations

import os
from typing import Literal, NamedTuple

Lang = Literal["zh", "en"]


class Phrase(NamedTuple):
    """One phrase in both languages; ``{name}`` fields are filled in by :meth:`__call__`."""

    zh: str
    en: str

    def __call__(self, lang: Lang, /, **values: object) -> str:
        text = self.zh if lang == "zh" else self.en
        return text.format(**values) if values else text


def default_lang() -> Lang:
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"
