"""Where a goal's time frame comes from: its clause or sentence, an earlier sentence of its
paragraph, its section's heading, the time frame of the whole document, or the nearest stated
deadline. Also the sections themselves: a review, a section of goals, or neutral."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cluster_cli.extract import vocabulary as v
from cluster_cli.extract.deadlines import PLAN_STARTS, Frame, frames
from cluster_cli.extract.numbers import Quantity
from cluster_cli.extract.segment import CLAUSE_END, Flat

NEIGHBOUR_REACH = 260  # characters: how far a goal without a frame looks for one


@dataclass
class Section:
    mode: str = "neutral"  # "neutral", "review" or "goal"
    frame: Frame | None = None
    words: str = ""
    # “十五五”时期目标任务和2026年工作安排: the year's frame, which holds from the paragraph that
    # opens on the year; the paragraphs before it set the plan's goals.
    then: Frame | None = None


@dataclass
class Context:
    flat: Flat
    year: int | None
    places: list[str]
    home: str | None
    future: list[Frame] = field(default_factory=list)  # explicit future frames of the text
    periods: list[Frame] = field(default_factory=list)  # plan periods named: 十四五, 2021—2025年
    latest_day: tuple[int, str] | None = None  # the latest date the text states: year, words
    document: Frame | None = None  # the time frame of the whole text (2025年工作要点, 十五五规划)
    reviewed: Frame | None = None  # the year past a release of figures reports (its 全年)
    # In a text of unknown year, the words as written (今年, 用3年时间) of the figures that
    # would be goals but for that year (:func:`~cluster_cli.extract.finder.read_goals`).
    undated: list[str] = field(default_factory=list)
    # A text in traditional characters: each simplified character read, as the text writes it.
    written_forms: dict[str, str] | None = None


# After a plan period in a heading, words that make the section the period's goals: “十四五”
# 时期发展成就和“十五五”时期主要目标任务 reviews one plan, then sets the next one's goals.
_GOALS_AFTER = re.compile(r"[^，。、,]{0,8}?(?:目标|任务)")


# Words of a heading that sets aims besides reviewing (过去五年工作回顾和今后五年目标任务).
_AIMS_TOO = re.compile(r"目标|任务|计划|展望|安排|部署|思路")


def classify_heading(flat: Flat, start: int, end: int, year: int | None) -> Section:
    found = frames(flat.text, start, end, year)
    future = [f for f in found if not f.past and f.deadline is not None and f.how != "day"]
    past = [f for f in found if f.past]
    text = flat.text[start:end]
    if v.REVIEW_HEADING.search(text) and not _AIMS_TOO.search(text):
        return Section("review", None, text)  # 一、2024年工作回顾, whatever the document's date
    if future and (
        not (past and v.REVIEW_HEADING.search(text))
        or (future[-1].how == "plan" and _GOALS_AFTER.match(flat.text, future[-1].end, end))
    ):
        plan = future[0]
        if (
            plan.how == "plan"
            and future[-1].how in ("year", "this-year")
            and (future[-1].deadline or 0) < (plan.deadline or 0)
        ):
            return Section("goal", plan, text, then=future[-1])
        return Section("goal", future[-1], text)
    begun = PLAN_STARTS.search(flat.text, start, end)
    if begun and year is not None and not past:
        # 全力推动“十五五”开好局、起好步: the plan's first year, which is the document's
        words = begun.group()
        return Section(
            "goal", Frame(begun.start(), begun.end(), year, year, False, words, "this-year"), text
        )
    if past or v.REVIEW_HEADING.search(text):
        return Section("review", None, text)
    return Section()


def ahead_by_words(frame: Frame) -> bool:
    """A frame ahead of the text by its words: 到2027年, 用3年时间, 五年内, or a span of years
    that ends ahead (2024—2026年改造老旧小区86个)."""
    return (
        frame.words.startswith(("到", "至"))
        or (frame.how == "relative" and not frame.past)
        or (frame.how == "year" and frame.plan_start is not None and frame.deadline is not None)
    )


def frame_for(
    quantity: Quantity,
    sentence_frames: list[Frame],
    carried: Frame | None,
    section: Section,
    context: Context,
    c_start: int,
    c_end: int,
) -> tuple[Frame | None, str]:
    """The frame of ``quantity``'s deadline and how it was found (clause, sentence, paragraph,
    section, document, neighbour), or ``(None, "")``. In a text of unknown year, 今年 or
    用3年时间 is a frame without a deadline: the figure's year is the document's own."""
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
    if after and after[0].start < c_end:
        return after[0], "sentence"
    this_year = [f for f in sentence_frames if f.how == "this-year" and f.deadline is None]
    if this_year:
        # 今年 in a text of unknown year: the sentence names its own year, which no other
        # sentence's deadline may stand for (a wrong year is worse than no proposal). Its
        # frame, without a deadline, says so to the caller.
        return this_year[0], "sentence"
    # 2025年，…。新建农田25万亩，到2027年累计建成480万亩: a deadline in a later clause is the
    # frame of what follows it; the goals before it keep the paragraph's or the section's.
    if carried is not None:
        return carried, "paragraph"
    if section.mode == "goal" and section.frame is not None:
        return section.frame, "section"
    # 消除易涝积水点12处，2025年底前完成全部管道更新: a year that opens a later clause is that
    # clause's own; the goals before it keep the document's frame.
    document = context.document
    if after and not (
        document is not None
        and document.deadline != after[0].deadline
        and _opens_clause(context.flat.text, after[0])
    ):
        return after[0], "sentence"
    if context.document is not None and section.mode != "review":
        return context.document, "document"
    # 用3年时间 in a text of unknown date: a goal whose year the nearest stated deadline gives.
    reach = NEIGHBOUR_REACH * (3 if unresolved else 1)
    near = [f for f in context.future if abs(f.start - quantity.start) <= reach]
    if near:
        return min(near, key=lambda f: abs(f.start - quantity.start)), "neighbour"
    if unresolved and context.year is None:  # 用3年时间, and no year to count from
        return next(f for f in sentence_frames if f.deadline is None and not f.past), "sentence"
    return None, ""


def _opens_clause(text: str, frame: Frame) -> bool:
    return frame.start == 0 or text[frame.start - 1] in CLAUSE_END


def turned_to_year(section: Section, text: str, start: int, end: int, year: int | None) -> Section:
    """``section`` as the paragraph ``text[start:end]`` leaves it: in a section of a plan
    period and the year (“十五五”时期目标任务和2026年工作安排), a paragraph whose first
    sentence names the year (今年是“十五五”开局之年) turns it to the year's tasks, for it and
    the paragraphs after."""
    if section.then is None:
        return section
    stop = text.find("。", start, end)
    first = frames(text, start, end if stop < 0 else stop, year)
    if any(f.deadline == section.then.deadline and not f.past and f.how != "plan" for f in first):
        return Section("goal", section.then, section.words)
    return section


def years_work_of(section: Section, year: int | None, before: Section | None) -> Section | None:
    """The top heading whose frame the top headings after it keep, once ``section`` is read: a
    work report spreads the year's work over several (二、今年发展主要目标和下一阶段工作总体部署,
    then 三、加大宏观政策实施力度…, naming no year); a heading with a frame of its own, or a
    review, ends it."""
    if section.mode == "goal" and section.frame is not None:
        this_year = year is not None and section.frame.deadline == year
        return section if this_year and not section.frame.past else None
    return before if section.mode == "neutral" else None
