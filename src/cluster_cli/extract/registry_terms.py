"""What a proposal becomes in the registry: its unit, the direction its figures are judged by,
a rate goal's yearly target, its first year and its baseline, each with the assumption that says
why, in both languages (the draft writes them under the goal)."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from cluster_cli.engine.units import SHORT_FORMS, UNITS, Dimension, word_of
from cluster_cli.extract.model import Proposal, Said, format_decimal
from cluster_cli.i18n import Phrase
from cluster_cli.i18n import messages as m

# Units the registry knows (cluster_cli.engine.units), and exact conversions into them.
REGISTRY_UNITS = tuple(UNITS)
_CONVERSIONS: dict[str, tuple[str, Decimal]] = {
    "人": ("名", Decimal(1)),
    "万人": ("名", Decimal(10) ** 4),
    "万名": ("名", Decimal(10) ** 4),
    "万家": ("家", Decimal(10) ** 4),
    "万个": ("个", Decimal(10) ** 4),
    "万项": ("项", Decimal(10) ** 4),
    "千亿元": ("亿元", Decimal(1000)),  # 突破千亿元: one 千亿元, a thousand 亿元
    "百亿元": ("亿元", Decimal(100)),
}
for _unit in UNITS.values():  # a count or measure word, and its magnitudes the registry lacks
    _word = _unit.symbol
    if _unit.dimension not in (Dimension.COUNT, Dimension.MEASURE) or word_of(_word) is not _unit:
        continue
    if f"万{_word}" not in UNITS:  # 3万座 -> 30000座
        _CONVERSIONS.setdefault(f"万{_word}", (_word, Decimal(10) ** 4))
    if f"亿{_word}" not in UNITS:  # 1.2亿人次 -> 12000万人次, 1亿座 -> 100000000座
        into = f"万{_word}" if f"万{_word}" in UNITS else _word
        _CONVERSIONS.setdefault(f"亿{_word}", (into, Decimal(10) ** (4 if into != _word else 8)))
# Short forms a plan writes for a unit the registry names in full: 1200万标箱 is 1200万标准箱.
for _short, _full in SHORT_FORMS.items():
    for _prefix in ("", "万", "亿"):
        if _prefix + _full in UNITS:
            _CONVERSIONS.setdefault(_prefix + _short, (_prefix + _full, Decimal(1)))
        elif _prefix + _full in _CONVERSIONS:
            _CONVERSIONS.setdefault(_prefix + _short, _CONVERSIONS[_prefix + _full])
# A sentence in both languages, as the registry's { zh = "…", en = "…" } holds it.
Both = tuple[str, str]


def both(phrase: Phrase, **values: object) -> Both:
    return phrase("zh", **values), phrase("en", **values)


def said_both(found: Said) -> Both:
    """A reason or assumption of the finder in both languages."""
    return found("zh"), found("en")


def registry_unit(proposal: Proposal) -> tuple[str, Decimal, Both | None] | None:
    """(unit, value) the registry knows, with the assumption made; None if none is exact."""
    if proposal.unit in REGISTRY_UNITS:
        return proposal.unit, proposal.value, None
    conversion = _CONVERSIONS.get(proposal.unit)
    if conversion is None:
        return None
    unit, factor = conversion
    value = proposal.value * factor
    written = f"{format_decimal(proposal.value)}{proposal.unit}"
    assumption = both(m.DRAFT_UNIT, written=written, recorded=f"{format_decimal(value)}{unit}")
    return unit, value, assumption


_DIRECTIONS = {
    "increase": m.DRAFT_INCREASE,
    "decrease": m.DRAFT_DECREASE,
    "maintain": m.DRAFT_MAINTAIN,
}


# 赤字率拟按3%左右安排, 一般公共预算支出…, 中央预算内投资…: a figure the plan sets itself (a
# budget to spend), not a result to exceed; a count to add (拟新增…) is still more-is-better,
# and so is revenue (一般公共预算收入增长2%: 预算 names the account, not a plan to keep to).
_PLAN_WORDS = re.compile(r"拟(?:按|安排|发行)|预算(?:内|支出)")
# 居民消费价格涨幅3%左右: a plan's price rise "about" a figure is a ceiling, not a band (a rise
# far below it is not a miss).
_PRICE_RISE = re.compile(r"价格(?:总水平)?(?:涨幅|上涨)|物价(?:涨幅|上涨)|CPI")


def registry_direction(proposal: Proposal) -> tuple[Proposal, Both | None]:
    """The proposal with the direction the registry judges its figures by, and why where that
    differs from the text's: a running total of something cut (减负2500亿元, 化解债务7.89亿元) is
    recorded as the amount cut so far, which should grow (a cap on one, 控制在…以内, stays less
    is better); a planned figure is met by keeping to the plan; a bound (以上, 以内) on a figure
    to hold says which side is better; a price rise "about" a figure is a ceiling. The sign of
    a rate's target is the text's (:func:`yearly_rate` is given the proposal as found)."""
    direction, note = proposal.direction, None
    # A count to add (拟新增就业100万人) stays more-is-better, planned or not.
    planned = proposal.kind != "cumulative" and (
        proposal.qualifier == "planned" or _PLAN_WORDS.search(proposal.quote) is not None
    )
    if (
        proposal.kind == "cumulative"
        and direction == "decrease"
        and proposal.qualifier != "at_most"
    ):
        direction, note = "increase", both(m.DRAFT_AMOUNT_CUT, quote=proposal.quote)
    elif planned and direction != "maintain":
        direction, note = "maintain", both(m.DRAFT_AS_PLANNED)
    elif (
        direction == "maintain"
        and proposal.qualifier == "about"
        and _PRICE_RISE.search(proposal.name + proposal.quote)
    ):
        direction, note = "decrease", both(m.DRAFT_PRICE_CEILING, quote=proposal.quote)
    elif direction == "maintain" and proposal.qualifier in ("at_least", "at_most"):
        floor = proposal.qualifier == "at_least"
        direction = "increase" if floor else "decrease"
        bound = (m.DRAFT_AT_LEAST if floor else m.DRAFT_AT_MOST)("zh")
        side, named = (
            (m.DRAFT_FLOOR, m.DRAFT_INCREASE) if floor else (m.DRAFT_CEILING, m.DRAFT_DECREASE)
        )
        note = (
            m.DRAFT_BOUND_DIRECTION("zh", bound=bound, side=side("zh"), direction=named("zh")),
            m.DRAFT_BOUND_DIRECTION("en", bound=bound, side=side("en"), direction=named("en")),
        )
    if direction == proposal.direction:
        return proposal, None
    return replace(proposal, direction=direction), note


def start_of(proposal: Proposal) -> tuple[int, Both]:
    """The first year counted (a year means its end: the plan runs from the end of start - 1
    to the end of the deadline year) and the assumption that says where it comes from."""
    if proposal.plan_start is not None and proposal.plan_start_why is not None:
        start = min(proposal.plan_start, proposal.deadline)
        why_zh, why_en = said_both(proposal.plan_start_why)
        return start, (
            m.DRAFT_START("zh", start=start, why=why_zh),
            m.DRAFT_START("en", start=start, why=why_en),
        )
    return proposal.deadline, both(m.DRAFT_NO_START, deadline=proposal.deadline)


# 比2020年下降13.5%: a change against a year named, over all the years since it.
_COMPARED_YEAR = re.compile(r"[比较]((?:19|20)\d{2})年(?:末|底)?")
# Words that make a rate one a year (年均增长5%, 每年提高1个百分点, 同比, 年增长).
_A_YEAR = re.compile(r"年均|每年|逐年|同比|年增长|年增速|增速")


def yearly_rate(
    proposal: Proposal, value: Decimal, start: int, start_note: Both
) -> tuple[Decimal, int, list[Both]]:
    """A rate goal's target as the registry reads it, each year's growth with its sign, the
    first year it counts and the assumptions that say so: 下降2.5% is growth of -2.5% (the
    direction says less is better; a positive target would be a ceiling, met by any rise below
    it). A change over several years against a year named (比2020年下降13.5% by 2025) is its
    compound rate a year over them, from the year after. Other goals are as they were."""
    if proposal.kind != "rate" or proposal.direction == "maintain":
        return value, start, [start_note]
    signed = -value if proposal.direction == "decrease" else value
    compared = _COMPARED_YEAR.search(proposal.quote)
    yearly_words = _A_YEAR.search(proposal.quote) is not None
    if compared is None and not yearly_words and proposal.deadline - start >= 1 and signed > -100:
        # 到2030年，运量增长50%以上 in a plan from 2026: the change over the plan's years.
        years = proposal.deadline - start + 1
        yearly = _compound(signed, years)
        over = both(
            m.DRAFT_RATE_OVER_PLAN,
            change=format_decimal(signed),
            base=start - 1,
            first=start,
            last=proposal.deadline,
            target=format_decimal(yearly),
        )
        return yearly, start, [start_note, over]
    years = proposal.deadline - int(compared.group(1)) if compared else 0
    if compared is None or years < 2 or yearly_words or signed <= -100:
        if signed == value:
            return value, start, [start_note]
        fall = both(m.DRAFT_RATE_FALL, value=format_decimal(value), target=format_decimal(signed))
        return signed, start, [start_note, fall]
    yearly = _compound(signed, years)
    first = proposal.deadline - years + 1
    compound = both(
        m.DRAFT_RATE_COMPOUND,
        change=format_decimal(signed),
        base=first - 1,
        first=first,
        last=proposal.deadline,
        years=years,
        target=format_decimal(yearly),
    )
    return yearly, first, [compound]


def _compound(change: Decimal, years: int) -> Decimal:
    """The rate a year that compounds to ``change`` (in %) over ``years``: 50% over 5 years is
    8.4472% a year."""
    return Decimal(str(round(((1 + float(change) / 100) ** (1 / years) - 1) * 100, 4)))


def baseline_of(
    proposal: Proposal, start: int, target: Decimal
) -> tuple[Decimal | None, Both | None]:
    """The value the plan starts from at the end of ``start - 1``, where the text gives one
    (从 X 提高到 Y) or the goal counts things added (0); none where it would contradict the
    direction, which the registry refuses."""
    if proposal.baseline is not None:
        value = proposal.baseline
        consistent = (proposal.direction == "increase" and value < target) or (
            proposal.direction == "decrease" and value > target
        )
        if not consistent:
            direction = _DIRECTIONS[proposal.direction]
            contradicts = m.DRAFT_BASELINE_CONTRADICTS
            values = {"value": format_decimal(value), "target": format_decimal(target)}
            return None, (
                contradicts("zh", direction=direction("zh"), **values),
                contradicts("en", direction=direction("en"), **values),
            )
        return value, both(m.DRAFT_BASELINE_FROM_TEXT, value=format_decimal(value), year=start - 1)
    if proposal.kind == "cumulative" and proposal.direction == "increase" and target > 0:
        return Decimal(0), both(m.DRAFT_BASELINE_ZERO, year=start - 1)
    return None, None
