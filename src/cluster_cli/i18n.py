"""Language selection: ``--lang zh|en``, else the locale (LC_ALL > LC_MESSAGES > LANG)."""

from __future__ import annotations

import os
from typing import Literal

Lang = Literal["zh", "en"]


def default_lang() -> Lang:
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"
