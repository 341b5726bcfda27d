"""What the extractor proposes: one quantified goal found in a text."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal, NamedTuple

from cluster_cli.i18n import Lang, Phrase

Kind = Literal["level", "cumulative", "share", "rate"]
Direction = Literal["increase", "decrease", "maintain"]
Qualifier = Literal["about", "at_least", "at_most", "exact", "planned"]


class Quote(NamedTuple):
    """Words of the text, quoted as each language quotes: “…” in Chinese, the text's own double
    quotes turned to single ones inside (“‘十五五’时期”); '…' in English."""

    text: str

    def __call__(self, lang: Lang) -> str:
        if lang == "zh":
            return "“" + self.text.replace("“", "‘").replace("”", "’") + "”"
        return f"'{self.text}'"


class Said(NamedTuple):
    """A sentence of the finder (a reason, an assumption) with the values that fill it in,
    worded when it is shown: in the run's language (``--json``), or in both (a draft)."""

    phrase: Phrase
    values: tuple[tuple[str, object], ...] = ()

    def __call__(self, lang: Lang) -> str:
        filled = {k: v(lang) if isinstance(v, Phrase | Said | Quote) else v for k, v in self.values}
        return self.phrase(lang, **filled)


def said(phrase: Phrase, **values: object) -> Said:
    return Said(phrase, tuple(values.items()))


@dataclass(frozen=True)
class Proposal:
    """A goal as found: ``quote`` is ``text[start:end]`` of the text as read."""

    quote: str
    start: int
    end: int
    name: str
    value: Decimal
    unit: str  # in simplified characters, as the rules and the registry read it
    deadline: int
    kind: Kind
    direction: Direction
    qualifier: Qualifier
    baseline: Decimal | None = None
    plan_start: int | None = None  # first year of the plan, where it can be told
    plan_start_why: Said | None = None  # how plan_start was found, for the draft's assumptions
    region: str | None = None
    confidence: float = 0.5
    reasons: tuple[Said, ...] = ()
    # Fields that were inferred rather than read in the goal's own words.
    assumptions: tuple[Said, ...] = field(default=())
    # The unit as the text writes it where that differs (萬噸標準煤 for 万吨标准煤).
    unit_written: str = ""

    @property
    def value_text(self) -> str:
        return format_decimal(self.value)


def format_decimal(value: Decimal) -> str:
    """``Decimal("2000")`` -> ``"2000"``, ``Decimal("1.10")`` -> ``"1.1"``: no exponent."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"
