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
from dataclasses import replace
from decimal import Decimal
from typing import NamedTuple

from cluster_cli.extract import vocabulary as v
from cluster_cli.extract.build import build_proposals
from cluster_cli.extract.cells import HEAD_LINE
from cluster_cli.extract.deadlines import (
    Frame,
    carried_on,
    delivery_date,
    describes_projects,
    document_frame,
    document_year,
    frames,
    in_paragraph,
    in_plan,
    reviews_plan,
)
from cluster_cli.extract.fields import qualifier_of
from cluster_cli.extract.items import within_its_item
from cluster_cli.extract.model import Proposal
from cluster_cli.extract.names import UNNAMED
from cluster_cli.extract.numbers import quantities
from cluster_cli.extract.parts import (
    APPENDIX,
    CHAPTER,
    DOCUMENT_TITLE,
    GLOSSARY,
    figure_of,
    marks_a_part,
    restated_in_appendix,
    stated_before,
    title_line,
)
from cluster_cli.extract.past import held_floors
from cluster_cli.extract.places import find_places
from cluster_cli.extract.reports import (
    compared_after,
    describing_done,
    estimated,
    growth_aimed,
    reviewed_year,
    shares_a_unit,
    there_are,
)
from cluster_cli.extract.restated import explained_again, restated_below
from cluster_cli.extract.scope import pushed_on
from cluster_cli.extract.screening import (
    breakdown_parts,
    is_baseline,
    not_a_goal_number,
    pieces_of_a_total,
)
from cluster_cli.extract.script import as_simplified
from cluster_cli.extract.sections import (
    Context,
    Section,
    ahead_by_words,
    classify_heading,
    frame_for,
    turned_to_year,
    years_work_of,
)
from cluster_cli.extract.segment import CELL, clauses, flatten, paragraphs, sentences
from cluster_cli.extract.tables import table_goals


class Found(NamedTuple):
    proposals: list[Proposal]
    undated: list[str]  # 今年, 用3年时间 as written: figures that are goals but for the year
    date: dt.date | None  # the date given, else the one the sub-title states (in any script)


def find_goals(text: str, date: dt.date | None = None) -> list[Proposal]:
    """Propose the quantified goals of ``text``; ``date`` is the document's date, if known."""
    return read_goals(text, date).proposals


def read_goals(text: str, date: dt.date | None = None, title: str = "") -> Found:
    """:func:`find_goals`, and the words of the figures the document's year would have made
    goals; ``title``: the file's own (an HTML ``<title>``), which may name that year."""
    reading = as_simplified(text)  # the same length: quotes are cut from the text as written
    flat = replace(flatten(reading), source=text)
    # A title in traditional characters is read as simplified whenever its text is.
    title_read = flatten(as_simplified(title, always=reading is not text)).text
    date = date or delivery_date(flat.text)
    year = document_year(flat.text, date, title_read)
    places, home = find_places(flat.text)
    context = Context(flat, year, places, home)
    context.future = [
        f
        for f in frames(flat.text, 0, len(flat.text), year, relative=False)
        if f.deadline is not None
        and not f.past
        and (f.how == "title" or f.words.startswith(("到", "至")))
    ]
    context.periods = [
        f
        for f in frames(flat.text, 0, len(flat.text), None, relative=False)
        if f.plan_start is not None and f.deadline is not None and f.how in ("plan", "year")
    ]
    context.document = document_frame(flat.text, year)
    context.reviewed = reviewed_year(flat.text, year)
    days = [(int(m.group(1)), m.group()) for m in _DAY.finditer(flat.text)]
    context.latest_day = max(days) if days else None
    proposals: list[Proposal] = []
    seen: set[tuple[int, int]] = set()  # the spans proposed
    stated_goals: set[tuple[str, Decimal, str, int]] = set()
    by_figure: dict[tuple[object, ...], list[Proposal]] = {}  # the goals, by figure_of
    top = Section()
    sub: Section | None = None
    # The frame of a chapter (第三部分 2026年重点工作) or an appendix's title (附件1⏎2026年省十件
    # 民生实事): its numbered headings 一、…十、 name no year of their own, and keep its frame.
    chapter = Section()
    inherited: Section | None = None  # a heading's frame taken from its chapter
    # 二、今年发展主要目标和…部署: the year's, for the parts after
    years_work: Section | None = None
    in_body = False  # a numbered top heading has been read
    opened = False  # a sentence of the text has been read: title lines after it are parts'
    heading = ""  # the words of the last heading
    under_heading = False  # the paragraph before is a heading alone on its line
    list_lead: Section | None = None  # the frame a paragraph ending in ： gives its list
    dash_lead: Section | None = None  # the frame a paragraph gives the ——lines after it
    lead_review: Section | None = None  # a chapter its lead paragraph opens as a review
    for paragraph in paragraphs(flat):
        body = flat.text[paragraph.start : paragraph.end]
        bulleted = marks_a_part(flat.text, paragraph.start, paragraph.end)
        leading = under_heading and not paragraph.numbered  # the section's lead, not an item
        under_heading = False
        if paragraph.heading:
            # "（一）标题。正文……": the heading is the first sentence; the rest is its text.
            spans = sentences(flat.text, paragraph.start, paragraph.end)
            heading_end = spans[0][1] if spans else paragraph.end
            heading = flat.text[paragraph.start : heading_end]
            under_heading = heading_end >= paragraph.end
            section = classify_heading(flat, paragraph.start, heading_end, year)
            if paragraph.top:
                if CHAPTER.match(body):
                    chapter = section
                elif GLOSSARY.search(heading.rstrip("。")):
                    section = Section("review", None, heading)  # 四、名词解释: a section
                elif section.mode == "neutral" and chapter.mode != "neutral":
                    section = inherited = Section(chapter.mode, chapter.frame, chapter.words)
                elif section.mode == "neutral" and years_work is not None:
                    section = inherited = Section("goal", years_work.frame, years_work.words)
                years_work = years_work_of(section, year, years_work)
                top, sub = section, None
                in_body = True
            elif not body[:1].isdigit():  # 1. 2. 3.: items of a list, not sections
                sub = section if section.mode != "neutral" else None
                if sub is None and top is lead_review and "目标" in heading:
                    sub = Section()  # （二）发展目标 under a chapter its lead made a review
        elif (in_body or (opened and not DOCUMENT_TITLE.search(body)) or bulleted) and title_line(
            body
        ):
            # 附件1 opens a new part; a title line with a year ahead gives it the part. (Title
            # lines before the text's first sentence are the document's: document_frame reads
            # them; after it, an unnumbered part title such as 2026年重点工作 is a part's.)
            titled = classify_heading(flat, paragraph.start, paragraph.end, year)
            if GLOSSARY.search(body):
                chapter = top = Section("review", None, body)  # 名词解释: explanations
                sub = None
            elif titled.mode == "goal" or APPENDIX.match(body) or bulleted:
                # ■2024年成绩单 ⏎ ●…: a summary's part, marked as its items are, on a year past
                chapter = top = titled if titled.mode != "neutral" or bulleted else Section()
                sub = None
        if not paragraph.heading:
            turned = turned_to_year(top, flat.text, paragraph.start, paragraph.end, year)
            if top is chapter:
                chapter = turned  # the part's numbered headings after it keep the year
            top = turned
        opened = opened or "。" in body
        section = sub or top
        if list_lead is not None and paragraph.numbered and section.mode == "neutral":
            section = list_lead  # 今年为民办实事项目为：⏎一、新增4000张养老床位…
        elif not paragraph.numbered:
            list_lead = None
        dashed = bool(_DASH_LINE.match(body))
        if dash_lead is not None and dashed and section.mode == "neutral":
            section = dash_lead  # 到2025年，…。⏎——高端制造引领功能大幅提升。…比重达45%
        elif not dashed:
            dash_lead = None
        opening = flat.text[paragraph.start : paragraph.start + 40]
        review_paragraph = (
            bool(v.REVIEW_OPENING.search(opening))
            or reviews_plan(opening, year)
            or section.mode == "review"
        )
        # 长沙：未来五年数字经济占GDP比重要超45%: a headline, which the text below restates
        headline = (
            not paragraph.numbered
            and len(body) <= _HEADLINE
            and not body.rstrip().endswith(("。", "！", "？", "；", "：", ":"))
        )
        carried: Frame | None = None
        # The last year the paragraph named, past or not; a release of a year past's figures
        # names it for every paragraph.
        stated: Frame | None = context.reviewed
        previous_start: int | None = None  # the sentence before, in the paragraph
        year_opened: Frame | None = None  # 2026年是“十五五”开局之年: the paragraph's year
        reporting = False  # the sentence before reports (or estimates) and aims at nothing
        first = len(proposals)  # the paragraph's first proposal
        for s_start, s_end in sentences(flat.text, paragraph.start, paragraph.end):
            sentence = flat.text[s_start:s_end]
            found = in_plan(frames(flat.text, s_start, s_end, year), context.periods, year)
            sentence_frames, stated = in_paragraph(found, stated)
            if s_start == paragraph.start and _YEAR_IS.match(sentence):
                year_opened = next((f for f in sentence_frames if f.start == s_start), None)
            future = [
                f
                for f in sentence_frames
                if not f.past and f.how != "day" and not describes_projects(flat.text, f)
            ]
            if (
                sentence.rstrip('”"）)').endswith(("？", "?", "吗"))
                or estimated(sentence, flat.text[paragraph.start : s_start])
                or v.MET_MARKERS.search(sentence)
                # …GDP比去年同期增长28.6%。其中，数字经济占比超过40%: a part of what was reported
                # (a part in the unit of a figure reported; else 其中 picks one out of many)
                or (
                    reporting
                    and sentence.startswith("其中")
                    and shares_a_unit(flat.text, previous_start, s_start, s_end)
                )
            ):
                reporting = True
                previous_start = s_start
                continue
            proposed = len(proposals)
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
                previous_start,
            ):
                # A goal stated again (提出地区生产总值增长5.5%左右的目标，…) is one goal.
                restated = (proposal.name, proposal.value, proposal.unit, proposal.deadline)
                if headline and restated_below(flat.text, proposal, paragraph.end):
                    continue
                if explained_again(text, proposal, proposals):
                    continue  # 5.5%左右的预期增长目标与…衔接: the goal stated above, explained
                if (
                    (proposal.start, proposal.end) not in seen
                    and restated not in stated_goals
                    and not stated_before(proposal, by_figure.get(figure_of(proposal), []))
                ):
                    seen.add((proposal.start, proposal.end))
                    if proposal.name != UNNAMED:  # a goal without a name is no other's
                        stated_goals.add(restated)
                    proposals.append(proposal)
                    by_figure.setdefault(figure_of(proposal), []).append(proposal)
            first_clause = clauses(flat.text, s_start, s_end)[:1]
            opening_end = first_clause[0][1] if first_clause else s_end
            carried = carried_on(future, carried, opening_end)
            previous_start = s_start
            reporting = len(proposals) == proposed and (
                bool(v.PAST_MARKERS.search(sentence)) or any(f.past for f in sentence_frames)
            )
        pieces = pieces_of_a_total(proposals[first:])  # 筹措890.59亿元…。筹措7亿元…: its pieces
        for index in pieces:
            piece = proposals[first + index]
            by_figure[figure_of(piece)] = [p for p in by_figure[figure_of(piece)] if p is not piece]
        proposals[first:] = [p for i, p in enumerate(proposals[first:]) if i not in pieces]
        if (
            not paragraph.numbered
            and body.rstrip().endswith(("：", ":"))
            and carried is not None
            and not review_paragraph
        ):
            # 今年为民办实事项目为：: a paragraph that opens a list gives its frame to the
            # numbered items that follow it.
            list_lead = Section("goal", carried, body)
        if not dashed and not paragraph.numbered and carried is not None and not review_paragraph:
            # A news lead (…提出，到2025年，…) gives its frame to the ——lines that follow it,
            # as a section's lead does under a heading.
            dash_lead = Section("goal", carried, body)
        if (
            leading
            and (section.mode == "neutral" or section is inherited)
            and carried is not None
            and not review_paragraph
        ):
            # 二、发展目标⏎到2025年，…。⏎——…达到3000家: the lead paragraph's frame is the
            # section's, for the items and lines that follow it; a lead that opens on the year
            # it is about (2026年是“十五五”开局之年。…落实“十五五”目标任务) gives that year.
            usable = year_opened is not None and year_opened.deadline and not year_opened.past
            led = Section("goal", year_opened if usable else carried, body)
            if sub is not None:
                sub = led
            else:
                top = led
            if context.document is None and "目标" in heading:
                # 二、发展目标 … 三、重点工程: the tasks after a plan's goals work to their
                # deadline; from here on it is the document's frame.
                context.document = carried
        elif leading and section.mode == "neutral" and sub is None and review_paragraph:
            top = lead_review = Section("review", None, body)  # 一、发展基础⏎“十四五”时期，…
    proposals = restated_in_appendix(text, proposals)  # 附件：重点任务清单, the tasks again
    # 表1 主要指标: the rows whose targets the prose has not stated; a table's cells one to a
    # line are not the prose's sentences.
    if HEAD_LINE.search(reading):
        from cluster_cli.extract.indicators import indicator_goals

        proposals = indicator_goals(reading, year, proposals, places, home, written=text)
    proposals += table_goals(reading, year, proposals, places, home, written=text)
    kept = held_floors(reading, sorted(proposals, key=lambda p: p.start))
    return Found([within_its_item(p, text) for p in kept], context.undated, date)


def _sentence_goals(
    context: Context,
    s_start: int,
    s_end: int,
    sentence_frames: list[Frame],
    carried: Frame | None,
    section: Section,
    looking_back: bool,  # the paragraph reviews, or speaks of a year past: no frame from afar
    strict: bool,  # a review paragraph: only what the sentence itself aims at
    previous_start: int | None = None,  # the sentence before, in the paragraph
) -> list[Proposal]:
    text = context.flat.text
    sentence = text[s_start:s_end]
    found: list[Proposal] = []
    strong = bool(v.STRONG_GOAL.search(sentence))
    marked = bool(v.GOAL_MARKERS.search(sentence))
    ahead = any(f.deadline is not None and not f.past for f in sentence_frames)
    reported = False  # a clause of the sentence reports what was done
    shares = breakdown_parts(text, s_start, s_end, previous_start)
    carries_report = False  # the clause before reports: a clause without a verb goes on
    for c_start, c_end in clauses(text, s_start, s_end):
        clause = text[c_start:c_end]
        if text[c_start - 1 : c_start] in ("；", ";"):
            carries_report = False  # …高0.2个百分点；财政赤字2.76万亿元: a new item
        past = v.PAST_MARKERS.search(text, c_start, c_end)
        if past and (
            compared_after(text, past, c_start, c_end)
            or growth_aimed(text, past, c_start, c_end, section.mode, context.document)
        ):
            past = None  # 粮食产量1300亿斤以上、力争比去年实现更多增长: an aim, not a report
        if v.HEDGES.search(clause):
            continue  # 有望达到500亿元: a hedge on its own clause (not 所有可能的市场)
        if past and past.group() == "了" and v.SET_DOWN.search(text, c_start, past.start()):
            continue  # 《纲要草案》设置了29项主要指标，包括：…: what a plan holds, not a report
        if (
            (past and not describing_done(text, c_start, c_end, past))
            or (not ahead and v.PAST_UNLESS_AHEAD.search(clause))
            # 本次集中启动的新开工项目共200个: what an event did, unless it set goals
            or (v.EVENT.search(clause) and not v.GOAL_MARKERS.search(clause))
            or there_are(text, c_start, c_end)  # 今年全市有521家试点企业: how many there are
            # …项目共200个，总投资约1624.4亿元: the report goes on, nothing aimed at
            or (
                carries_report
                and not v.VERB_OR_AIM.search(clause)
                and not any(c_start <= f.start < c_end for f in sentence_frames)
            )
        ):
            reported = carries_report = True
            continue
        carries_report = False
        previous_end = c_start
        items = quantities(text, c_start, c_end)
        for index, quantity in enumerate(items):
            item_start = previous_end
            previous_end = quantity.end
            if quantity.start in shares:
                continue  # a share of the total before it: the total is the goal
            if not_a_goal_number(text, quantity, c_start, c_end):
                previous_end = item_start  # 到 2025 年, 用 3 年: words of the goal after it
                continue
            if context.document is None and (things := pushed_on(text, quantity, c_start, c_end)):
                previous_end = things  # 推进40项省科技重大专项: work under way, in a report
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
            frame, how = frame_for(
                quantity, sentence_frames, carried, section, context, c_start, c_end
            )
            if frame is None or (frame.deadline is None and context.year is not None):
                continue
            # 2024年…: a sentence on a year past; a past year in a later clause
            # (…不低于当地上年度水平) is a point of comparison, not the sentence's time.
            sentence_past = any(f.past and f.start < c_end for f in sentence_frames) and not any(
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
                    or ahead_by_words(frame)
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
            if how == "neighbour" and v.NEARLY.search(
                text, max(c_start, quantity.start - 2), quantity.start
            ):
                continue  # 设立创新飞地接近40家: where things stand, not a goal of a deadline afar
            if how in ("neighbour", "document") and not (
                v.CUMULATIVE_VERBS.search(text, c_start, quantity.start)
                # in a plan's items a level to reach is a goal; near a news item's goal, a result
                or (how == "document" and v.REACH_VERBS.search(text, c_start, quantity.start))
                # a sum a plan's measures set down: 市级财政安排专项资金不低于1.5亿元
                or (how == "document" and v.PLANNED.search(text, c_start, quantity.start))
                # 推进5个“美丽街区”建设: things of a year's plan to build, the verb after them
                or (how == "document" and v.TO_BUILD.match(text, quantity.end, c_end))
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
            if frame.deadline is None:  # 今年: a goal, were the document's year known
                context.undated.append(context.flat.quote(frame.start, frame.end)[0])
                continue
            built, tail_end = build_proposals(
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


# A paragraph that opens on the year it is about: 2026年是…, 今年是….
_YEAR_IS = re.compile(r"(?:(?:19|20)\d{2}年|今年|明年)是")
_DAY = re.compile(r"((?:19|20)\d{2})年\d{1,2}月\d{1,2}日")

# A line of a list that opens on a dash: ——高端制造引领功能大幅提升。
_DASH_LINE = re.compile(r"—{1,2}|－{2}|-{2}")
_HEADLINE = 60  # characters: a longer paragraph without a full stop is text, not a headline
