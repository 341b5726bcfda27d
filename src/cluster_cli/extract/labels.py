"""The proposals of `cluster-cli extract` laid out for a terminal: one block per goal, wrapped
to the width given, so that it reads at 80 columns. The words are the catalogue's
(:mod:`cluster_cli.i18n.messages`)."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Literal

from cluster_cli.engine.units import UNITS, Dimension, in_english
from cluster_cli.extract.model import Proposal, format_decimal
from cluster_cli.extract.nouns import count_noun
from cluster_cli.i18n import Phrase
from cluster_cli.i18n import messages as m
from cluster_cli.i18n import words as w
from cluster_cli.text import cell_len, wrap

Lang = Literal["zh", "en"]

_QUALIFIER: dict[str, Phrase] = {
    "about": m.EXTRACT_QUALIFIER_ABOUT,
    "at_least": m.EXTRACT_QUALIFIER_AT_LEAST,
    "at_most": m.EXTRACT_QUALIFIER_AT_MOST,
    "planned": m.EXTRACT_QUALIFIER_PLANNED,
}  # an exact value has none
_INDENT = 4
# Characters of Chinese writing: whitespace next to one of them is layout, not a word break.
_WIDE = r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’、，。；：？！（）《》]"
_LAYOUT = re.compile(rf"(?<={_WIDE})\s+|\s+(?={_WIDE})")


def value_text(proposal: Proposal, lang: Lang) -> str:
    """The figure as the text writes it (``4.8万亿元以上``); in English in English words with
    every digit (``at least 4.8 trillion yuan``, ``27 institutions`` for 27家新型研发机构), a
    unit the registry does not know kept as written."""
    phrase = _QUALIFIER.get(proposal.qualifier)
    qualifier = phrase(lang) if phrase is not None else ""
    if lang == "zh":
        return f"{proposal.value_text}{proposal.unit}{qualifier}"
    noun = count_noun(proposal.name, proposal.unit)
    return f"{qualifier}{_in_english(proposal.value, proposal.unit, noun)}"


def _in_english(value: Decimal, unit: str, noun: str) -> str:
    """The figure in the words of every English view (engine.units.in_english), a count with
    the noun its name gives; a unit the registry does not know as written, a percentage with
    its sign."""
    known = UNITS.get(unit)
    if known is None:
        return f"{format_decimal(value)}{unit}"
    if known.dimension is Dimension.PERCENT:
        return f"{format_decimal(value)}%"
    return in_english(value, unit, noun)  # 4.8万亿元: 4.8 trillion yuan; 27家: 27 institutions


def collapse(text: str) -> str:
    """A quote as a reader wants it: ``力争  全 市 集\\n成`` -> ``力争全市集成``; spaces
    between Latin words or numbers become one."""
    return " ".join(_LAYOUT.sub("", text).split())


def _pack(units: list[str], width: int, indent: int) -> list[str]:
    """Units joined by `` · ``, a new line only between units: none is ever cut."""
    lines: list[str] = []
    line = ""
    for unit in units:
        candidate = f"{line} · {unit}" if line else unit
        if line and indent + cell_len(candidate) > width:
            lines.append(line)
            candidate = unit
        line = candidate
    lines.append(line)
    return [" " * indent + line for line in lines]


def blocks(
    title: str,
    proposals: list[Proposal],
    lang: Lang,
    width: int,
    ids: list[str | None] | None = None,
    drafted: bool = False,
) -> list[str]:
    """The proposals for a terminal ``width`` cells wide: a title, then per goal its number and
    name, its value, deadline, kind, direction and confidence, its id in the draft (where one
    was written) and its quote with the layout whitespace collapsed."""
    out = wrap(m.EXTRACT_TITLE(lang, title=collapse(title), count=len(proposals)), width)
    for number, proposal in enumerate(proposals, 1):
        out.append("")
        named = wrap(collapse(proposal.name), width, _INDENT)
        out += [f"{number:>2}. " + named[0][_INDENT:], *named[1:]]
        units = [
            value_text(proposal, lang),
            m.EXTRACT_DUE(lang, year=proposal.deadline),
            w.KINDS[proposal.kind](lang),  # the words of `show`
            w.DIRECTIONS[proposal.direction](lang),
            m.EXTRACT_CONF(lang, c=f"{proposal.confidence:.2f}"),
        ]
        out += _pack(units, width, _INDENT)
        key = ids[number - 1] if ids else None
        if key:
            out.append(" " * _INDENT + m.EXTRACT_ID(lang, id=key))
        label = m.EXTRACT_QUOTE(lang)
        quote = wrap(label + collapse(proposal.quote), width, _INDENT, _INDENT + cell_len(label))
        out += quote
    out.append("")
    review = m.EXTRACT_REVIEW_DRAFT if drafted else m.EXTRACT_REVIEW  # drafted: -o or --into
    out += wrap((review if proposals else m.EXTRACT_NONE)(lang), width)
    return out
