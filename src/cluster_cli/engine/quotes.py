"""Check that every quote in the registry occurs verbatim in a source text.

Whitespace is ignored on both sides: newspaper text is full of line breaks and spacing inside
words (``全 市 集 成 电 路``), which are layout, not wording.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cluster_cli.engine.models import Registry

_WHITESPACE = re.compile(r"\s+")


def squeeze(text: str) -> str:
    return _WHITESPACE.sub("", text)


@dataclass(frozen=True)
class MissingQuote:
    item_id: str
    quote: str


def missing_quotes(registry: Registry, texts: list[str]) -> list[MissingQuote]:
    haystacks = [squeeze(text) for text in texts]
    missing = []
    for key, item in [*registry.targets.items(), *registry.indicators.items()]:
        needle = squeeze(item.source.quote)
        if not any(needle in haystack for haystack in haystacks):
            missing.append(MissingQuote(key, item.source.quote))
    return missing
