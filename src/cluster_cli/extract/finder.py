"""From a text to proposed goals: find every number with a unit, keep those that are aims with
a time frame, and read their fields from the words around them.

The text is read paragraph by paragraph, keeping the time frame of the section (a heading such
as ``三、2026年重点工作`` or ``二、“十五五”时期的主要目标任务``), of the paragraph (a frame stated
in an earlier sentence carries over) and of the sentence. Review sections, figures already
achieved, estimates and questions are left out.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from cluster_cli.extract import vocabulary as v
from cluster_cli.extract.deadlines import (
    Frame,
    carried_on,
    delivery_date,
    document_frame,
    frames,
    in_paragraph,
    reviews_plan,
    title_year,
)
from cluster_cli.extract.fields import direction_of, kind_of, qualifier_of
from cluster_cli.extract.model import Proposal, Quote, Said, said
from cluster_cli.extract.names import UNNAMED, goal_name, respectively
from cluster_cli.extract.numbers import Quantity, quantities
from cluster_cli.extract.places import find_places, nearest_place
from cluster_cli.extract.screening import is_baseline, not_a_goal_number
from cluster_cli.extract.segment import CELL, Flat, clauses, flatten, paragraphs, sentences
from cluster_cli.i18n import messages as m

_NEIGHBOUR_REACH = 260  # characters: how far a goal without a frame looks for one


@dataclass
class _Section:
    mode: str = "neutral"  # "neutral", "review" or "goal"
    frame: Frame | None = None
    words: str = ""


@dataclass
class _Context:
    flat: Flat
    year: int | None
    places: list[str]
    home: str | None
    future: list[Frame] = field(default_factory=list)  # explicit future frames of the text
    periods: list[Frame] = field(default_factory=list)  # plan periods named: 十四五, 2021—2025年
    latest_day: tuple[int, str] | None = None  # the latest date the text states: year, words
    document: Frame | None = None  # the time frame of the whole text (2025年工作要点, 十五五规划)


def document_year(text: str, date: dt.date | None) -> int | None:
    if date is not None:
        return date.year
    flat = flatten(text).text
    delivered = delivery_date(flat)
    return delivered[0] if delivered else title_year(flat)


def find_goals(text: str, date: dt.date | None = None) -> list[Proposal]:
    """Propose the quantified goals of ``text``; ``date`` is the document's date, if known."""
    flat = flatten(text)
    year = date.year if date is not None else None
    if year is None:
        delivered = delivery_date(flat.text)
        year = delivered[0] if delivered else title_year(flat.text)
    places, home = find_places(flat.text)
    context = _Context(flat, year, places, home)
    context.future = [
        f
        for f in frames(flat.text, 0, len(flat.text), year)
        if f.deadline is not None
        and not f.past
        and (f.how == "title" or f.words.startswith(("到", "至")))
    ]
    context.periods = [
        f
        for f in frames(flat.text, 0, len(flat.text), None)
        if f.plan_start is not None and f.deadline is not None and f.how in ("plan", "year")
    ]
    context.document = document_frame(flat.text, year)
    days = [(int(m.group(1)), m.group()) for m in _DAY.finditer(flat.text)]
    context.latest_day = max(days) if days else None
    proposals: list[Proposal] = []
    seen: set[int] = set()
    top = _Section()
    sub: _Section | None = None
    for paragraph in paragraphs(flat):
        body = flat.text[paragraph.start : paragraph.end]
        if paragraph.heading:
            # "（一）标题。正文……": the heading is the first sentence; the rest is its text.
            spans = sentences(flat.text, paragraph.start, paragraph.end)
            heading_end = spans[0][1] if spans else paragraph.end
            section = _classify_heading(flat, paragraph.start, heading_end, year)
            if paragraph.top:
                top, sub = section, None
            elif not body[:1].isdigit():  # 1. 2. 3.: items of a list, not sections
                sub = section if section.mode != "neutral" else None
        section = sub or top
        opening = flat.text[paragraph.start : paragraph.start + 40]
        review_paragraph = (
            bool(v.REVIEW_OPENING.search(opening))
            or reviews_plan(opening, year)
            or section.mode == "review"
        )
        carried: Frame | None = None
        stated: Frame | None = None  # the last year the paragraph named, past or not
        for s_start, s_end in sentences(flat.text, paragraph.start, paragraph.end):
            sentence = flat.text[s_start:s_end]
            sentence_frames, stated = in_paragraph(frames(flat.text, s_start, s_end, year), stated)
            future = [f for f in sentence_frames if not f.past and f.how != "day"]
            if (
                sentence.rstrip('”"）)').endswith(("？", "?", "吗"))
                or v.ESTIMATE_MARKERS.search(sentence)
                or v.MET_MARKERS.search(sentence)
            ):
                continue
            # 2024年，…增长6.1%。其中，第二产业增长5.2%: still that year, until a later frame
            looking_back = (
                stated is not None
                and stated.past
                and (carried is None or carried.start < stated.start)
            )
            for proposal in _sentence_goals(
                context,
                s_start,
                s_end,
                sentence_frames,
                carried,
                section,
                review_paragraph or looking_back,
                review_paragraph,
            ):
                if proposal.start not in seen:
                    seen.add(proposal.start)
                    proposals.append(proposal)
            carried = carried_on(future, carried)
    return proposals


def _classify_heading(flat: Flat, start: int, end: int, year: int | None) -> _Section:
    found = frames(flat.text, start, end, year)
    future = [f for f in found if not f.past and f.deadline is not None and f.how != "day"]
    past = [f for f in found if f.past]
    text = flat.text[start:end]
    if future and not (past and v.REVIEW_HEADING.search(text)):
        return _Section("goal", future[-1], text)
    if past or v.REVIEW_HEADING.search(text):
        return _Section("review", None, text)
    return _Section()


def _sentence_goals(
    context: _Context,
    s_start: int,
    s_end: int,
    sentence_frames: list[Frame],
    carried: Frame | None,
    section: _Section,
    looking_back: bool,  # the paragraph reviews, or speaks of a year past: no frame from afar
    strict: bool,  # a review paragraph: only what the sentence itself aims at
) -> list[Proposal]:
    text = context.flat.text
    sentence = text[s_start:s_end]
    found: list[Proposal] = []
    strong = bool(v.STRONG_GOAL.search(sentence))
    marked = bool(v.GOAL_MARKERS.search(sentence))
    ahead = any(f.deadline is not None and not f.past for f in sentence_frames)
    reported = False  # a clause of the sentence reports what was done
    for c_start, c_end in clauses(text, s_start, s_end):
        clause = text[c_start:c_end]
        if v.PAST_MARKERS.search(clause) or (not ahead and v.PAST_UNLESS_AHEAD.search(clause)):
            reported = True
            continue
        previous_end = c_start
        items = quantities(text, c_start, c_end)
        for index, quantity in enumerate(items):
            item_start = previous_end
            previous_end = quantity.end
            if not_a_goal_number(text, quantity, c_start, c_end):
                previous_end = item_start  # 到 2025 年, 用 3 年: words of the goal after it
                continue
            if text[c_start - 1 : c_start] == CELL and not text[c_start : quantity.start].strip(
                "<>≤≥约"
            ):
                continue  # a table's cell: a figure without the words that say what it is
            if is_baseline(text, quantity, items, index):
                previous_end = item_start  # 从500亿元提高到800亿元: the goal's words start here
                continue
            clause_frames = [f for f in sentence_frames if c_start <= f.start < c_end]
            if any(f.past for f in clause_frames if f.start < quantity.start) and not any(
                f.deadline for f in clause_frames
            ):
                continue
            frame, how = _frame_for(
                quantity, sentence_frames, carried, section, context, c_start, s_start
            )
            if frame is None or frame.deadline is None:
                continue
            sentence_past = any(f.past for f in sentence_frames) and not any(
                f.deadline for f in sentence_frames
            )
            if sentence_past:
                continue
            if looking_back and how not in ("clause", "sentence"):
                continue
            if strict and not strong:
                continue
            if (
                section.mode != "goal"
                and how in ("clause", "sentence")
                and not (
                    marked
                    or frame.how in ("plan", "title")
                    or _future(frame)
                    # 全年举办…三千场 in a year's plan: that year's work, not a report; 今年…增长
                    # 5.5%左右: a figure bounded for this year is aimed at, not reported
                    or (
                        frame.how == "this-year"
                        and (
                            (context.document is not None and context.document.how == "year")
                            or qualifier_of(text, quantity, item_start)[0] != "exact"
                        )
                    )
                )
            ):
                continue
            if reported and how not in ("clause", "sentence"):
                continue  # 全市已集聚企业320余家，本地配套率达到65%: the report goes on
            if how in ("neighbour", "document") and not (
                v.CUMULATIVE_VERBS.search(text, c_start, quantity.start)
                # in a plan's items a level to reach is a goal; near a news item's goal, a result
                or (how == "document" and v.REACH_VERBS.search(text, c_start, quantity.start))
                or strong
                or (quantity.is_percent and v.RATE_OR_LEVEL.search(text, c_start, quantity.start))
                or (found and text.startswith("其中", c_start))  # a part of the goal before it
            ):
                continue
            if (
                quantity.unit == "个"
                and quantity.chinese
                and text[quantity.end - 1] == "大"
                and how in ("section", "paragraph")
            ):
                continue  # 六大…: the name of a set, unless the sentence itself is a goal
            built, tail_end = _build(
                context,
                quantity,
                items,
                index,
                item_start,
                c_start,
                c_end,
                s_start,
                frame,
                how,
                section,
                found[-1].name if found else None,
            )
            previous_end = max(previous_end, tail_end)
            found.extend(built)
    return found


def _future(frame: Frame) -> bool:
    """A frame ahead of the text by its words: 到2027年, 用3年时间, 五年内."""
    return frame.words.startswith(("到", "至")) or (frame.how == "relative" and not frame.past)


def _frame_for(
    quantity: Quantity,
    sentence_frames: list[Frame],
    carried: Frame | None,
    section: _Section,
    context: _Context,
    c_start: int,
    s_start: int,
) -> tuple[Frame | None, str]:
    usable = [
        f for f in sentence_frames if not f.past and f.how != "day" and f.deadline is not None
    ]
    unresolved = any(f.deadline is None and not f.past for f in sentence_frames)
    in_clause = [f for f in usable if c_start <= f.start < quantity.start]
    if in_clause:
        return in_clause[-1], "clause"
    before = [f for f in usable if f.start < quantity.start]
    if before:
        return before[-1], "sentence"
    if any(f.past and f.start < quantity.start for f in sentence_frames):
        return None, ""  # 二〇二四年，…达到312亿元…，为今年工作打下基础: that year's figure
    after = [f for f in usable if f.start > quantity.start]
    if after:
        return after[0], "sentence"
    if any(f.how == "this-year" and f.deadline is None for f in sentence_frames):
        # 今年 in a text of unknown year: the sentence names its own year, which no other
        # sentence's deadline may stand for (a wrong year is worse than no proposal).
        return None, ""
    if carried is not None:
        return carried, "paragraph"
    if section.mode == "goal" and section.frame is not None:
        return section.frame, "section"
    if context.document is not None and section.mode != "review":
        return context.document, "document"
    # 用3年时间 in a text of unknown date: a goal whose year the nearest stated deadline gives.
    reach = _NEIGHBOUR_REACH * (3 if unresolved else 1)
    near = [f for f in context.future if abs(f.start - quantity.start) <= reach]
    if near:
        return min(near, key=lambda f: abs(f.start - quantity.start)), "neighbour"
    return None, ""


def _build(
    context: _Context,
    quantity: Quantity,
    items: list[Quantity],
    index: int,
    item_start: int,
    c_start: int,
    c_end: int,
    s_start: int,
    frame: Frame,
    how: str,
    section: _Section,
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
    qualifier, end = qualifier_of(text, quantity, lead_start)
    tail_end = end
    tail = ""
    next_start = items[index + 1].start if index + 1 < len(items) else c_end
    core = v.CUMULATIVE_VERBS.sub("", v.LEADING_WORDS.sub("", lead.strip("，、；：,;")))
    if len(v.TRAILING_WORDS.sub("", core)) < 2:  # 新增50家以上先进智能工厂: the noun follows
        match = re.match(r"[^，、。；：,;和及]{0,24}", text[end:next_start])
        tail = match.group() if match else ""
        tail_end = end + len(tail)
    quote_start = lead_start
    quote, start, stop = context.flat.quote(quote_start, tail_end)
    sentence = text[s_start:c_end]
    shared = respectively(text, items, index, c_start)
    verb_lead = shared[1] if shared else lead  # 分别达到: the verb of the list is the first's
    kind_lead = verb_lead
    own_word = v.CUMULATIVE_VERBS.search(lead) or v.LEVEL_NOUNS.search(lead)
    if not shared and lead_start > c_start and not own_word:  # 新建绿道100公里、绿地500公顷
        kind_lead = text[c_start : quantity.start]  # the list's verb
    elif lead.startswith("其中"):  # 新增装机1800万千瓦，其中非化石能源装机1000万千瓦
        kind_lead = text[s_start : quantity.start]
    kind = kind_of(quantity, kind_lead)
    direction = direction_of(verb_lead, text[c_start:c_end], qualifier, quantity)
    name = shared[0] if shared else goal_name(lead, tail)
    assumptions: list[Said] = []
    if name == UNNAMED and previous_name:
        subject = re.sub(r"(?:增速|增长|比重|占比)$", "", previous_name)
        name = subject + v.TRAILING_WORDS.sub("", v.LEADING_WORDS.sub("", lead.strip("，、；：,;")))
        assumptions.append(said(m.FOUND_SUBJECT_CARRIED, subject=subject))
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
    if frame.how == "relative":
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
    if index > 0 and is_baseline(text, items[index - 1], items, index - 1):
        if items[index - 1].unit == quantity.unit:
            baseline = items[index - 1].value
        cut = max(lead.rfind("从"), lead.rfind("由"))
        if cut > 0 and name != UNNAMED:  # the indicator is named before 从
            name = goal_name(lead[:cut], tail)
    region = nearest_place(
        context.places, context.home, text[max(s_start, lead_start - 60) : quantity.start]
    )
    plan_start, plan_start_why = _plan_start(context, frame)
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
    )
    dash = r"[—–\-~～至到]{1,2}"
    if index > 0 and re.fullmatch(dash, text[items[index - 1].end : quantity.start]):
        return [], tail_end  # 5%—5.5%: the upper end of a range; the lower end is the goal
    ranged = quantity.upper is not None or (
        index + 1 < len(items) and re.fullmatch(dash, text[quantity.end : items[index + 1].start])
    )
    if ranged:
        proposal = replace(
            proposal, qualifier="at_least", assumptions=(*assumptions, said(m.FOUND_RANGE_LOWER))
        )
    return [proposal], tail_end


_LIST_MARKER = re.compile(
    r"\s*(?:\d{1,2}[.．、](?!\d)|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[）)]"
    r"|[一二三四五六七八九十]{1,3}、)\s*"
)


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


_DAY = re.compile(r"((?:19|20)\d{2})年\d{1,2}月\d{1,2}日")


def _plan_start(context: _Context, frame: Frame) -> tuple[int | None, Said | None]:
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
