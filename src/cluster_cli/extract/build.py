"""From a number judged a goal to its proposal: the quote, name, kind, direction and
qualifier read from the words around it, the baseline, region and first year of its plan, and
the reasons and assumptions behind each field."""

from __future__ import annotations

import re
from dataclasses import replace

from cluster_cli.extract import vocabulary as v
from cluster_cli.extract.deadlines import Frame
from cluster_cli.extract.fields import (
    direction_of,
    held_after,
    kind_of,
    lowered_after,
    qualifier_of,
    stock_to_reach,
)
from cluster_cli.extract.model import Proposal, Qualifier, Quote, Said, said
from cluster_cli.extract.names import (
    ALTERNATIVE_UNIT,
    SCOPE_ONLY,
    UNNAMED,
    bare_verb_named,
    closing_work,
    goal_name,
    lead_of_noun,
    owner_carried,
    respectively,
    with_change,
    work_carried,
)
from cluster_cli.extract.numbers import HAN, Quantity, quantities
from cluster_cli.extract.places import nearest_place
from cluster_cli.extract.restated import names_no_indicator
from cluster_cli.extract.screening import baseline_of
from cluster_cli.extract.sections import Context, Section
from cluster_cli.extract.segment import BULLETS
from cluster_cli.i18n import messages as m

# The words after a count, to the end of its clause: the noun it counts, with what describes it.
_NOUN_PHRASE = re.compile(r"[^，。；：,;\t\n]+")
_NOUN_REACH = 30  # characters: a longer run is a clause of its own, not a noun
_LISTED_NOUN = 6  # characters: a noun of a list of the things counted (机关、企事业单位)
# A running total after a flow of the same unit: 累计达8000处.
_RUNNING_TOTAL = re.compile(r"累计(?:达到|达|超过|突破|至)")
# A measure completed in the period (产能1400万吨/年建成试运转, 402万千瓦机组建成投运): capacity
# added, not a level held.
_COMPLETED = re.compile(
    r"[^，。；、,;]{0,6}?(?:建成|投产|投运|并网|试运转|竣工)"
    # 对其中的约24公里进行修复或改造: the length worked on, with the verb after it
    r"|[^、]{0,8}?进行(?:修复|改造|整治|修缮|更新|治理)"
)
# Things counted as they stand in a ranking (各有2家进入全国前十强, 5家跻身百强): a stock.
_IN_A_RANKING = re.compile(r"(?:进入|跻身|挺进)[^，。；、,;]{0,10}?(?:前[\d十百千]+|强)")


def build_proposals(
    context: Context,
    quantity: Quantity,
    items: list[Quantity],
    index: int,
    item_start: int,
    c_start: int,
    c_end: int,
    s_start: int,
    frame: Frame,
    how: str,
    section: Section,
    previous_name: str | None,
) -> tuple[list[Proposal], int]:
    text = context.flat.text
    lead_start = item_start
    while lead_start < quantity.start and text[lead_start] in "、和及与，,以上左右以内":
        lead_start += 1
    marker = _LIST_MARKER.match(text, lead_start, quantity.start)
    if marker:  # 3. and （一）: the list's numbering, not the goal's words
        lead_start = marker.end()
    lead = text[lead_start : quantity.start]
    # 增长“6%左右”的目标: a figure quoted whole (screening keeps it) is read without its marks,
    # and quoted with both of them.
    quoted = lead.endswith("“")
    lead = lead.removesuffix("“")
    qualifier, end = qualifier_of(text, quantity, lead_start)
    if qualifier == "exact":
        qualifier = _shared_bound(text, items, index)
    if quoted and text.startswith("”", end):
        end += 1
    tail_end = end
    tail = ""
    next_start = items[index + 1].start if index + 1 < len(items) else c_end
    core = v.CUMULATIVE_VERBS.sub("", v.LEADING_WORDS.sub("", lead.strip("，、；：,;")))
    core = core.removeprefix("计划")  # 计划启动30万平方米历史建筑修缮: the noun follows
    counted = quantity.unit.lstrip("万亿千百") in v.COUNT_WORDS
    counted_after = counted and bool(_NOUN.match(text, end))
    if len(v.TRAILING_WORDS.sub("", core)) < 2 or counted_after or SCOPE_ONLY.fullmatch(core):
        # 新增50家以上先进智能工厂, 开办500个小学生爱心暑托班: the noun follows its count
        if text.find("“", end, next_start) >= 0:
            next_start = c_end  # “15分钟就业服务圈”: a number inside a name, not the next item
        match = re.match(r"[^，、。；：,;和及\t\n]{0,24}", text[end:next_start])
        tail = match.group() if match else ""
        # 16个县（市、区）, 40个吸引力强、带动面广的消费场景: a bracket or a list of what the
        # things are like belongs to the noun; the name goes on to the bracket's close or the noun.
        whole = _NOUN_PHRASE.match(text, end, c_end)
        if (
            whole
            and len(whole.group()) <= _NOUN_REACH
            and not quantities(text, end, whole.end())
            and (
                tail.count("（") > tail.count("）")
                or "的" in whole.group()[len(tail) :]
                # 20个机关、企事业单位附属空间…开放共享: the things counted, a list of them
                or (
                    counted and len(tail) <= _LISTED_NOUN and text.startswith("、", end + len(tail))
                )
            )
        ):
            tail = whole.group()
        tail_end = end + len(tail)
    shared = respectively(text, items, index, c_start)
    if shared and index > 0 and qualifier == "exact":
        qualifier = _bound_before(shared[1])  # 分别不低于40%、35%: the list's bound is each's
    quote_start = lead_start
    if shared and index > 0 and lead_start > c_start:
        # A、B分别达到3000家、120家: 120家 alone names nothing; the quote starts with the list.
        quote_start = c_start + len(shared[1]) - len(shared[1].lstrip("，、；：,;"))
    quote, start, stop = context.flat.quote(quote_start, tail_end)
    sentence = text[s_start:c_end]
    verb_lead = shared[1] if shared else lead  # 分别达到: the verb of the list is the first's
    kind_lead = verb_lead
    own_word = v.CUMULATIVE_VERBS.search(lead) or v.LEVEL_NOUNS.search(lead)
    if not shared and lead_start > c_start and not own_word:  # 新建绿道100公里、绿地500公顷
        kind_lead = text[c_start : quantity.start]  # the list's verb
    elif not shared and lead_start > c_start and _new_carried(text, items, index, c_start, lead):
        kind_lead = text[c_start : quantity.start]  # 新增…、高效节水灌溉面积2000万亩: its 新增
    elif lead.startswith("其中"):  # 新增装机1800万千瓦，其中非化石能源装机1000万千瓦
        kind_lead = text[s_start : quantity.start]
    if quantity.is_money and tail.startswith("的"):
        kind_lead += tail  # 完成37.8亿元的年度投资计划: the noun of a sum says what it is
    kind = kind_of(quantity, kind_lead, closing=bool(_CLOSES.match(text, end)))
    if quantity.is_percent and names_no_indicator(lead):
        kind = "rate"  # 把目标定为“6%以上”: a headline goal named by its setting, a growth rate
    if _RUNNING_TOTAL.fullmatch(lead) and index > 0 and items[index - 1].unit == quantity.unit:
        kind = "level"  # 新增1000处信号灯联网、累计达8000处: the stock the flow leads to
    elif (
        kind == "level"
        and not (quantity.is_money or quantity.is_percent)
        and _COMPLETED.match(text, quantity.end, c_end)
    ):
        kind = "cumulative"
    elif kind == "cumulative" and counted and _stock_beside(text, s_start, c_start, kind_lead):
        kind = "level"  # 规模以上企业超过5家，龙头企业1家: a bare count among stocks to reach
    elif kind == "cumulative" and counted and _verbless(lead) and _IN_A_RANKING.match(text, end):
        kind = "level"  # 各有2家进入全国前十强: how many stand in a ranking, not things added
    elif kind == "cumulative" and stock_to_reach(text, quantity, kind_lead, qualifier):
        kind = "level"  # 建成…平台230个以上, 打造6个万亿级产业: a stock to reach
    direction = direction_of(verb_lead, text[c_start:c_end], qualifier, quantity)
    if direction == "increase" and not shared and _verbless(lead) and lead_start > c_start:
        # 就业率保持95%以上、市场就业率70%以上: the list's verb of holding is every item's
        held = direction_of(text[c_start:item_start], text[c_start:c_end], qualifier, quantity)
        direction = "maintain" if held == "maintain" else direction
    if direction == "increase" and kind != "rate" and lowered_after(text, end):
        direction = "decrease"  # 赤字率拟按3.2%左右安排、比去年有所下调: set lower than before
    if direction == "increase" and kind != "rate" and held_after(text, end, lead):
        direction = "maintain"  # 赤字率拟按3%安排…。今年赤字率保持不变: the rate is held
    # 2.5万套（间）城市危旧房: the unit's alternative is no part of the name; 实施3000个老旧小区、
    # 120个…改造: the work closing the list is every item's
    named_tail = ALTERNATIVE_UNIT.sub("", tail) + closing_work(text, tail_end, c_end, items, index)
    if shared:
        name = shared[0]
    else:
        name = goal_name(lead_of_noun(lead) + named_tail if counted_after else lead, named_tail)
        if lead_start > c_start:  # 改造…城市危旧房、2.6万户城中村: the list's work is its own
            name += work_carried(text, c_start, lead, name)
        name = bare_verb_named(name, text, s_start, c_start, index, previous_name)
        name = owner_carried(name, index, previous_name)
    assumptions: list[Said] = []
    if name == UNNAMED and previous_name:
        subject = re.sub(r"(?:增速|(?:年均)?(?:增长|提高|提升|增加)|比重|占比)$", "", previous_name)
        name = subject + v.TRAILING_WORDS.sub("", v.LEADING_WORDS.sub("", lead.strip("，、；：,;")))
        assumptions.append(said(m.FOUND_SUBJECT_CARRIED, subject=subject))
        if index > 0 and not shared and lead_start > c_start and lead.strip("，、；：,;"):
            # 收入超1万亿元、增长8%: 增长8% alone names nothing; quote from the clause's subject
            opening = (
                c_start
                + len(text[c_start:lead_start])
                - len(text[c_start:lead_start].lstrip("，、；：,;"))
            )
            quote_start = opening
            quote, start, stop = context.flat.quote(opening, tail_end)
    confidence = {"clause": 0.9, "sentence": 0.8, "paragraph": 0.65, "section": 0.75}.get(how, 0.4)
    reasons: list[Said] = []
    if how in ("paragraph", "section", "neighbour", "document"):
        # An assumption to review: said once, among the assumptions, not again as a reason.
        found = said(
            m.FOUND_DEADLINE_ELSEWHERE, year=frame.deadline, how=_HOW[how], words=frame.words
        )
        assumptions.append(found)
    else:
        words = Quote(frame.words)
        reasons.append(said(m.FOUND_DEADLINE_FROM, year=frame.deadline, words=words, how=_HOW[how]))
    if frame.how == "relative" and frame.plan_start == context.year:  # not a plan's years
        assumptions.append(
            said(m.FOUND_DEADLINE_RELATIVE, year=frame.deadline, words=Quote(frame.words))
        )
    if frame.how == "plan":
        reasons.append(said(m.FOUND_FIVE_YEAR_PLAN, words=frame.words, year=frame.deadline))
    if lead_start == item_start and index > 0:
        assumptions.append(said(m.FOUND_LIST_CARRIED))
    if v.STRONG_GOAL.search(sentence):
        reasons.append(said(m.FOUND_AIM))
        confidence = min(1.0, confidence + 0.05)
    if section.mode == "goal":
        reasons.append(said(m.FOUND_GOAL_SECTION, words=Quote(section.words[:30])))
    reasons.append(said(_KIND_WHY[kind]))
    baseline = None
    base = baseline_of(text, items, index)
    if base is not None:
        if base.unit == quantity.unit:
            baseline = base.value
        cut = max(lead.rfind("从"), lead.rfind("由"))
        if cut > 0 and name != UNNAMED and not shared:  # the indicator is named before 从
            name = goal_name(lead[:cut], tail)
    name = with_change(name, verb_lead)  # 国内生产总值增长5%: the growth, named as one
    region = nearest_place(
        context.places, context.home, text[max(s_start, lead_start - 60) : quantity.start]
    )
    plan_start, plan_start_why = plan_start_of(context, frame)
    proposal = Proposal(
        quote,
        start,
        stop,
        name=name,
        value=quantity.value,
        unit=quantity.unit,
        deadline=frame.deadline or 0,
        kind=kind,
        direction=direction,
        qualifier=qualifier,
        baseline=baseline,
        plan_start=plan_start,
        plan_start_why=plan_start_why,
        region=region,
        confidence=round(confidence, 2),
        reasons=tuple(reasons),
        assumptions=tuple(assumptions),
        unit_written=_written(context, quantity),
    )
    dash = r"[—–\-~～至到]{1,2}"
    if index > 0 and re.fullmatch(dash, text[items[index - 1].end : quantity.start]):
        return [], tail_end  # 5%—5.5%: the upper end of a range; the lower end is the goal
    upper = (
        items[index + 1]
        if index + 1 < len(items)
        and re.fullmatch(dash, text[quantity.end : items[index + 1].start])
        else None
    )
    if quantity.upper is not None or upper is not None:
        proposal = replace(
            proposal, qualifier="at_least", assumptions=(*assumptions, said(m.FOUND_RANGE_LOWER))
        )
    if upper is not None and upper.end > tail_end:
        # 增长5%—5.5%: the quote carries the range as written, its upper end too
        quote, start, stop = context.flat.quote(quote_start, upper.end)
        proposal = replace(proposal, quote=quote, start=start, end=stop)
    return _each_of_a_list(context, proposal, lead_start, lead, tail_end), tail_end


# The clause before, a count reached with no verb adding it: 规模以上企业超过5家.
_COUNT_REACHED = re.compile(
    r"(?:超过|突破|达到|达|超)\s*\d+(?:\.\d+)?\s*万?(?:家|个|项|所|座|条|名|人|户|处)(?:以上)?[，,]\s*$"
)


def _stock_beside(text: str, s_start: int, c_start: int, kind_lead: str) -> bool:
    """A count with no verb of its own (龙头企业1家), right after a clause of the same sentence
    that brings a count to a level with no verb adding it (规模以上企业超过5家): in a list of
    end states, each is a stock to stand, not things added."""
    if v.CUMULATIVE_VERBS.search(kind_lead) or v.NEW_VERBS.search(kind_lead):
        return False
    before = text[s_start:c_start]
    cut = max(before.rfind(mark, 0, len(before) - 1) for mark in "，,；;：:")
    previous = before[cut + 1 :]
    return bool(_COUNT_REACHED.search(previous)) and not (
        v.CUMULATIVE_VERBS.search(previous) or v.NEW_VERBS.search(previous)
    )


# A stock named by its noun (耕地保有量, 贷款余额): held, never a 新增 carried to it.
_STOCK_NAMED = re.compile(rf"{v.A_TOTAL.pattern}|存量|余额")


def _new_carried(text: str, items: list[Quantity], index: int, c_start: int, lead: str) -> bool:
    """An item with no verb of its own (高效节水灌溉面积2000万亩) after an item of the same unit
    whose clause opens with a verb of adding (新增高标准农田8000万亩以上、): the list's 新增 is
    its own, though its name ends in a noun of a level (面积)."""
    before = items[index - 1] if index > 0 else None
    return (
        before is not None
        and before.start >= c_start
        and before.unit == items[index].unit
        and _verbless(lead)
        and not _STOCK_NAMED.search(lead)
        and bool(v.NEW_VERBS.search(text, c_start, before.start))
    )


# A lead that is only a name: no verb, no bound (市场就业率 after 就业率保持95%以上、).
_VERBLESS = re.compile(
    rf"{v.REACH_VERBS.pattern}|{v.RATE_OR_LEVEL.pattern}|{v.CUMULATIVE_VERBS.pattern}|"
    r"增|降|减|提|控制|不低于|不少于|不超过|不高于"
)


def _verbless(lead: str) -> bool:
    return bool(lead.strip("，、；：,; ")) and not _VERBLESS.search(lead)


# 新建A、B、C各20家: 各 after a list gives every item its own count. One figure that two
# indicators share (化肥、农药利用率均达到43%以上, 游客人次、旅游总花费均增长8%) is one goal.
_EACH_AFTER_LIST = re.compile(r"(?P<list>[^，。；：,;]+?)各$")


def _each_of_a_list(
    context: Context, proposal: Proposal, lead_start: int, lead: str, tail_end: int
) -> list[Proposal]:
    """The goals of ``proposal``'s figure: one for each item of a list the figure follows with
    各 (新建省重点实验室、省技术创新中心各20家), each quoted from its own name on."""
    each = _EACH_AFTER_LIST.search(lead)
    parts = re.split(r"、|和|及|与", each.group("list")) if each else []
    if each is None or len(parts) < 2 or not all(parts) or "等" in parts[-1]:
        return [proposal]  # A、B等增幅均超过10%: an open list (等), the figure of the class
    found = []
    at = lead_start + each.start()
    for index, part in enumerate(parts):
        name = goal_name(v.CUMULATIVE_VERBS.sub("", part, count=1) if index == 0 else part, "")
        if index == 0:  # quoted with the list's verb, as written
            found.append(replace(proposal, name=name))
        else:
            quote, start, stop = context.flat.quote(at, tail_end)
            found.append(replace(proposal, quote=quote, start=start, end=stop, name=name))
        at += len(part) + 1
    return found


_NOUN = re.compile(rf"{HAN}|“")
_CLOSES = re.compile(r"等?(?:[，。；：,;、\t\n]|$)")  # nothing named after the count
_LIST_MARKER = re.compile(
    r"\s*(?:\d{1,2}[.．、](?!\d)|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[）)]"
    r"|[一二三四五六七八九十]{1,3}[、是]"  # 三是: a list's marker too
    rf"|[{''.join(sorted(BULLETS))}])\s*"  # ●经济增长6%左右: an item's mark
)


def _bound_before(lead: str) -> Qualifier:
    """The bound written just before a list's first figure (分别不低于, 分别控制在)."""
    if v.BEFORE_AT_LEAST.search(lead):
        return "at_least"
    if v.BEFORE_AT_MOST.search(lead):
        return "at_most"
    return "about" if v.BEFORE_ABOUT.search(lead) else "exact"


def _shared_bound(text: str, items: list[Quantity], index: int) -> Qualifier:
    """分别增长4.5%、5.5%左右: a bound after the last figure of a list is every figure's."""
    last = index
    while last + 1 < len(items) and text[items[last].end : items[last + 1].start] == "、":
        last += 1
    if last == index:
        return "exact"
    bound, end = qualifier_of(text, items[last], items[last].start)
    if last + 1 < len(items) and text.startswith("、", end):
        return "exact"  # 8%、8%、10%以上、10%以上: the bound is its own figure's, the list goes on
    return bound if bound in ("about", "at_least", "at_most") else "exact"


_HOW = {
    "clause": m.FOUND_IN_CLAUSE,
    "sentence": m.FOUND_IN_SENTENCE,
    "paragraph": m.FOUND_IN_PARAGRAPH,
    "section": m.FOUND_IN_HEADING,
    "neighbour": m.FOUND_FROM_NEIGHBOUR,
    "document": m.FOUND_FROM_DOCUMENT,
}
_KIND_WHY = {
    "level": m.FOUND_LEVEL,
    "cumulative": m.FOUND_CUMULATIVE,
    "share": m.FOUND_SHARE,
    "rate": m.FOUND_RATE,
}


def plan_start_of(context: Context, frame: Frame) -> tuple[int | None, Said | None]:
    """The first year of the plan a goal belongs to, and how it was found: the goal's own
    period (十四五, 2021—2025年), a period the text names that ends in the deadline year, the
    document's year, a period the text names that holds the deadline, the year of the latest
    date the text states; else unknown."""
    deadline = frame.deadline
    if deadline is None:
        return None, None
    if frame.plan_start is not None and frame.how in ("plan", "year"):
        return min(frame.plan_start, deadline), said(m.FOUND_PLAN_PERIOD, words=frame.words)
    for period in context.periods:  # 实施方案（2025—2027年）: the plan the goal is part of
        if period.deadline == deadline and period.plan_start is not None:
            return period.plan_start, said(m.FOUND_PLAN_PERIOD_NAMED, words=period.words)
    if context.year is not None:
        return min(context.year, deadline), said(m.FOUND_DOCUMENT_YEAR)
    for period in context.periods:
        first, last = period.plan_start, period.deadline
        if first is not None and last is not None and first <= deadline <= last:
            return first, said(m.FOUND_PLAN_PERIOD_NAMED, words=period.words)
    if context.latest_day is not None and context.latest_day[0] <= deadline:
        year, words = context.latest_day
        return year, said(m.FOUND_LATEST_DATE, words=words)
    return None, None


def _written(context: Context, quantity: Quantity) -> str:
    """The quantity's unit as the text writes it (萬噸標準煤, read as 万吨标准煤), where it
    differs: the characters after its number, or, for a unit it shares with the list's last
    item (1.28萬億、8200億元), each character as the text writes it elsewhere. "" where it is the
    same."""
    unit, end, flat = quantity.unit, quantity.end, context.flat
    if flat.text[end - len(unit) : end] == unit:
        written = "".join(flat.quote(end - len(unit), end)[0].split()) if unit else ""
        if len(written) == len(unit):
            return "" if written == unit else written
    if context.written_forms is None:
        context.written_forms = {
            read: flat.source[at]
            for read, at in zip(flat.text, flat.origin, strict=True)
            if read != flat.source[at] and not read.isspace()
        }
    written = "".join(context.written_forms.get(char, char) for char in unit)
    return "" if written == unit else written
