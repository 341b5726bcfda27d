"""Indicator tables saved one cell to a line with no 序号 column, as a plan's 主要指标表 reads when
copied from a web page or a PDF: a header (``指  标⏎2020年⏎2025年⏎属性``, or ``类别⏎指标⏎单位⏎
2020年⏎2025年⏎年均增长〔累计〕⏎属性``), then each row's cells, its number in the name if any
(``1.学前教育毛入园率(%)⏎99%⏎99%以上⏎约束性``), category rows between them (``一、发展水平``) and
sub-rows (``4.标准班额比例(%)⏎其中:小学⏎初中⏎34.52%⏎77.34%⏎80%以上⏎85%以上``: each column's
figures in the order of the sub-rows). Each row's figure in the target column is a goal due in
that column's year; the table's cells are never sentences of the prose.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

from cluster_cli.extract.cells import HEAD_LINE, KIND_WHY, NAMED, QUALIFIERS, YEAR_CELL, amount
from cluster_cli.extract.deadlines import frames
from cluster_cli.extract.fields import direction_of, kind_of
from cluster_cli.extract.model import Direction, Kind, Proposal, Quote, said
from cluster_cli.extract.numbers import MAGNITUDE, UNIT_WORDS, Quantity, parse_number
from cluster_cli.extract.parts import same_indicator
from cluster_cli.extract.places import nearest_place
from cluster_cli.i18n import messages as m

# The header's cells, whitespace taken out (指  标 is 指标).
_NAME_HEADS = frozenset({"指标", "指标名称", "名称", "主要指标", "具体指标", "指标内容"})
_CATEGORY_HEADS = frozenset({"类别", "类型", "分类", "领域", "方面"})
_UNIT_HEADS = frozenset({"单位", "指标单位", "计量单位"})
_ATTRIBUTE_HEADS = frozenset({"属性", "指标属性", "性质", "指标性质", "指标类型"})
_ATTRIBUTES = frozenset({"预期性", "约束性"})
_GROWTH_HEAD = re.compile(r"年均|累计|增长|增速")
_PLAN_HEAD = re.compile(r"“?十[一二三四五六七八九]五”?(?:时期|期间)?(?:规划)?目标值?")
# A title over the table that says it sets aims, or that it reports on a period past.
_AIMS = re.compile(r"目标|规划|主要指标|十[一二三四五六七八九]五|计划|纲要")
_REVIEW = re.compile(r"完成情况|实现情况|执行情况|回顾|完成值")
_TITLE_REACH = 3  # lines before the header that may title the table
_HEADER_CELL = 16  # characters: a longer line is no header's cell
_LONGEST_CELL = 40  # characters: a longer line is prose, the table has ended
_MOST_NAMES = 5  # name cells in a row before its figures: more is a list or prose
_PROSE = re.compile(r"[，。；;！？,]|[:：](?!$)")
_SERIAL = re.compile(r"^(?:\d{1,2}[.．、]|[（(]\d{1,2}[）)]|[①-⑳])\s*")
_CATEGORY = re.compile(r"^[一二三四五六七八九十]+[、.．]")
_SUB = re.compile(r"^其中[:：]?")
_UNIT = rf"(?:{MAGNITUDE})?(?:{UNIT_WORDS})"
_UNIT_CELL = re.compile(rf"{_UNIT}(?:/(?:{MAGNITUDE}|千|百)?(?:{UNIT_WORDS}|人|年))?")
# A figure cell: 5510, 99%以上, 12.3年以上, >95, ≥90, 〔5〕, 5左右; its unit may be written in it.
_VALUE = re.compile(
    rf"(?P<open>[〔\[［【])?(?P<bound>[<>≤≥＜＞])?(?P<number>\d+(?:\.\d+)?)"
    rf"(?P<unit>{_UNIT})?(?P<after>以上|以下|左右|以内)?[〕\]］】]?"
)
_DASH = re.compile(r"[—–\-－/／…]+")
_ADDED = ("新增", "新建", "新培育", "新引进")


class _Cell(NamedTuple):
    start: int  # of its first character that is not whitespace, in the source
    end: int
    text: str  # without whitespace
    raw: str = ""  # as written


class _Header(NamedTuple):
    end: int  # index of the first line after the header
    values: int  # columns of figures
    target: int  # the target's, among them
    base: int | None
    growth: int | None  # 年均增长〔累计〕
    unit: bool  # a 单位 column
    deadline: int
    base_year: int | None
    words: str  # the target column's header, for the reasons


def indicator_goals(
    source: str,
    year: int | None,
    stated: list[Proposal],
    places: list[str],
    home: str | None,
    written: str | None = None,
) -> list[Proposal]:
    """``stated`` (the goals read in the prose) without the ones read in the cells of an
    indicator table laid out one cell to a line, and with that table's rows whose targets the
    prose does not state; the arguments are those of :func:`tables.table_goals`."""
    if not HEAD_LINE.search(source):
        return stated  # no header of an indicator table on a line of its own: most texts
    lines = [
        # A cell copied from a web page's table may keep its borders: 指标 |, | 60 |.
        _Cell(match.start(), match.end(), re.sub(r"\s|^\||\|$", "", match.group()), match.group())
        for match in re.finditer(r"[^\s|](?:[^\n]*[^\s|])?", source)
    ]
    found: list[Proposal] = []
    spans: list[tuple[int, int]] = []
    index = 0
    while index < len(lines):
        header = _header(source, lines, index, year)
        if header is None:
            index += 1
            continue
        rows, end = _rows(lines, header)
        goals = [g for row in rows for g in _goals(written or source, row, header, places, home)]
        if len(rows) >= 2:  # a table, not a header's words in passing
            spans.append((lines[index].start, lines[end - 1].end))
            found += goals
        index = max(end, index + 1)
    if not spans:
        return stated
    prose = [p for p in stated if not any(a <= p.start < b for a, b in spans)]
    known: dict[tuple[Decimal, str, int], list[str]] = {}
    for goal in prose:
        known.setdefault((*amount(goal.value, goal.unit), goal.deadline), []).append(goal.name)
    for goal in found:
        names = known.get((*amount(goal.value, goal.unit), goal.deadline), [])
        if not any(same_indicator(goal.name, name) for name in names):
            prose.append(goal)  # not a goal of the prose stated again
    return sorted(prose, key=lambda p: p.start)


def _header(source: str, lines: list[_Cell], index: int, year: int | None) -> _Header | None:
    """The header opening at ``lines[index]`` (类别 or 指标 first), if it names an indicator
    and a target year ahead of the document's, and the table sets aims (an attribute column,
    a target column, or a title with 目标, 规划, 主要指标…) rather than reporting on a past."""
    if lines[index].text not in _NAME_HEADS | _CATEGORY_HEADS:
        return None
    cells: list[_Cell] = []
    at = index
    while at < len(lines) and len(lines[at].text) <= _HEADER_CELL:
        text = lines[at].text
        heads = _NAME_HEADS | _CATEGORY_HEADS | _UNIT_HEADS | _ATTRIBUTE_HEADS
        if text not in heads and not _value_head(text):
            break
        cells.append(lines[at])
        at += 1
    texts = [cell.text for cell in cells]
    if "序号" in texts or not _NAME_HEADS.intersection(texts):
        return None  # a header with 序号 is the stacked reader's
    name = next(i for i, text in enumerate(texts) if text in _NAME_HEADS)
    values = [i for i, text in enumerate(texts) if i > name and _value_head(text)]
    years = [(i, int(y.group("year"))) for i in values if (y := YEAR_CELL.fullmatch(texts[i]))]
    planned = [i for i in values if _PLAN_HEAD.fullmatch(texts[i])]
    if len(years) == 2 and years[0][1] < years[1][1]:
        (base, base_year), (target, deadline) = years
    elif len(years) == 1 and len(planned) == 1 and years[0][0] < planned[0]:
        (base, base_year), target = years[0], planned[0]
        ahead = [f for f in frames(source, cells[target].start, cells[target].end, year)]
        deadline = next((f.deadline for f in ahead if f.deadline and not f.past), 0)
    else:
        return None  # no target, or a year-by-year schedule
    growths = [i for i in values if _GROWTH_HEAD.search(texts[i]) and i not in (base, target)]
    growth = growths[0] if growths else None
    if not deadline or (year is not None and deadline < year):
        return None  # a table of a period past: a review
    titles = [line.text for line in lines[max(0, index - _TITLE_REACH) : index]]
    if any(_REVIEW.search(t) for t in titles + texts):
        return None
    aims = (
        _ATTRIBUTE_HEADS.intersection(texts)
        or any("目标" in t or "规划" in t for t in texts)
        or any(_AIMS.search(t) for t in titles)
    )
    if not aims:
        return None
    return _Header(
        end=at,
        values=len(values),
        target=values.index(target),
        base=values.index(base),
        growth=values.index(growth) if growth is not None else None,
        unit=bool(_UNIT_HEADS.intersection(texts)),
        deadline=deadline,
        base_year=base_year,
        words=texts[target],
    )


def _value_head(text: str) -> bool:
    return bool(
        YEAR_CELL.fullmatch(text) or _PLAN_HEAD.fullmatch(text) or _GROWTH_HEAD.search(text)
    )


class _Row(NamedTuple):
    names: list[_Cell]
    unit: str
    slots: list[_Cell]  # the figures' cells, column by column


def _rows(lines: list[_Cell], header: _Header) -> tuple[list[_Row], int]:
    """The rows under ``header``, and the index of the line after the table: it ends at a line
    of prose, a note (注：), or more names than a row has before its figures."""
    rows: list[_Row] = []
    names: list[_Cell] = []
    slots: list[_Cell] = []
    unit: list[str] = []
    at = header.end
    width = header.values

    def close() -> None:
        if names and slots:
            rows.append(_Row(list(names), unit[0] if unit else "", list(slots)))
        names.clear()
        slots.clear()
        unit.clear()

    while at < len(lines):
        text = lines[at].text
        if len(text) > _LONGEST_CELL or _PROSE.search(_SUB.sub("", text)) or text.startswith("注"):
            break
        figure = bool(_VALUE.fullmatch(text) or _DASH.fullmatch(text))
        if text in _ATTRIBUTES:
            close()  # the row's last cell
        elif (
            header.unit
            and names
            and not slots
            and not unit
            and (_UNIT_CELL.fullmatch(text) or _DASH.fullmatch(text))
        ):
            unit.append("" if _DASH.fullmatch(text) else text)  # 亿元, or — for none
        elif slots and len(slots) % width and not _SERIAL.match(text):
            slots.append(lines[at])  # a figure pending in the row: 持续提高 is one too
        elif figure and names:
            slots.append(lines[at])
        elif figure:
            break  # figures under no name: not a table of this layout
        else:
            if slots:
                close()
            names.append(lines[at])
            if len(names) > _MOST_NAMES:
                names.clear()
                break
        at += 1
    close()
    return rows, at


def _goals(
    source: str, row: _Row, header: _Header, places: list[str], home: str | None
) -> list[Proposal]:
    """A row's goals: one for each of its sub-rows with a figure in the target column."""
    if len(row.slots) % header.values:
        return []  # a cell lost: which figure is whose cannot be told
    count = len(row.slots) // header.values
    named = _named_rows(row.names, count)
    if named is None:
        return []
    found = []
    for k, (cell, name, unit) in enumerate(named):
        target = row.slots[header.target * count + k]
        base = row.slots[header.base * count + k] if header.base is not None else None
        growth = row.slots[header.growth * count + k] if header.growth is not None else None
        proposal = _proposal(
            source, cell, name, unit or row.unit, target, base, growth, header, places, home
        )
        if proposal is not None:
            found.append(proposal)
    return found


def _named_rows(names: list[_Cell], count: int) -> list[tuple[_Cell, str, str]] | None:
    """Each sub-row's name cell, its name and the unit its name gives: ``count`` of them from
    the names before the figures (a category before them aside). Under ``X⏎其中:A⏎B`` with two
    sub-rows, A and B are of X; with three, X is one of them."""
    sub = next((i for i, cell in enumerate(names) if _SUB.match(cell.text)), None)
    if sub is None:
        if len(names) < count:
            return None
        return [_named(cell, "") for cell in names[-count:]]
    subs = names[sub:]
    if len(subs) == count and sub > 0:
        main, main_unit = _name_and_unit(names[sub - 1].text)
        return [_named(cell, main, main_unit) for cell in subs]
    if len(subs) + 1 == count and sub > 0:
        return [_named(names[sub - 1], "")] + [_named(cell, "") for cell in subs]
    return None


def _named(cell: _Cell, main: str, main_unit: str = "") -> tuple[_Cell, str, str]:
    """The cell from the start of its name (after 1. or 其中:), the name and its unit."""
    prefix = _SERIAL.match(cell.text) or _SUB.match(cell.text)
    skip = prefix.end() if prefix else 0
    name, unit = _name_and_unit(cell.text[skip:])
    if main and not unit:
        name, unit = name + main, main_unit  # 其中:小学 under 标准班额比例: 小学标准班额比例
    return _Cell(cell.start + _offset(cell.raw, skip), cell.end, name), name, unit


def _offset(raw: str, skip: int) -> int:
    """Where the ``skip``-th character that is not whitespace is in ``raw``."""
    seen = 0
    for at, char in enumerate(raw):
        if seen == skip and not char.isspace():
            return at
        seen += not char.isspace()
    return len(raw)


def _name_and_unit(text: str) -> tuple[str, str]:
    """A name and the unit in brackets at its end: 地区生产总值（亿元）, 毛入园率(%), 〔万人〕."""
    text = _SERIAL.sub("", text)
    if text.endswith(("）", ")", "〕")):
        opened = max(text.rfind("（"), text.rfind("("), text.rfind("〔"))
        unit = text[opened + 1 : -1]
        if opened > 0 and _UNIT_CELL.fullmatch(unit):
            return text[:opened], unit
    return text, ""


def _proposal(
    source: str,
    cell: _Cell,
    name: str,
    unit: str,
    target: _Cell,
    base: _Cell | None,
    growth: _Cell | None,
    header: _Header,
    places: list[str],
    home: str | None,
) -> Proposal | None:
    figure = _VALUE.fullmatch(target.text)
    yearly = False
    if figure is None and _DASH.fullmatch(target.text) and growth is not None:
        figure = _VALUE.fullmatch(growth.text)  # —　—　〔13.5〕: the figure is the growth's
        target, yearly = growth, True
    if figure is None or not NAMED.search(name):
        return None
    value = parse_number(figure.group("number"))
    written = (figure.group("unit") or "").replace("％", "%")
    if yearly and not figure.group("open"):
        unit = "%"  # 年均增长 8: a rate, whatever the row counts
    unit = (unit or written).replace("％", "%")
    if value is None or not unit or (written and written != unit and written != "%"):
        return None  # no unit: a figure that says not what it counts
    quantity = Quantity(0, 0, value, unit, False)
    qualifier = QUALIFIERS.get(figure.group("bound") or figure.group("after") or "", "exact")
    added = any(word in name for word in _ADDED)
    kind: Kind = kind_of(quantity, name) if quantity.is_percent or added else "level"
    if figure.group("open"):  # 〔13〕: summed or averaged over the plan's years
        kind = "rate" if quantity.is_percent else "cumulative"
    elif yearly:
        kind = "rate"
    direction: Direction = direction_of(name, name, qualifier, quantity)
    base_figure = _VALUE.fullmatch(base.text) if base is not None and not yearly else None
    baseline = parse_number(base_figure.group("number")) if base_figure else None
    if baseline is not None and base_figure is not None and base_figure.group("open"):
        baseline = None
    if baseline is not None and direction == "increase":
        if value < baseline:
            direction = "decrease"  # PM2.5浓度　30　26: lower than the base year
        elif value == baseline:
            direction = "maintain"  # 99%　99%以上: held where it stands
    deadline = header.deadline
    reasons = (said(m.FOUND_GOAL_SECTION, words=Quote(name)), said(KIND_WHY[kind]))
    how = said(
        m.FOUND_DEADLINE_ELSEWHERE, year=deadline, how=m.FOUND_IN_HEADING, words=Quote(header.words)
    )
    plan_start = header.base_year + 1 if header.base_year else None
    period = f"{header.base_year}—{deadline}年"
    return Proposal(
        source[cell.start : target.end],
        cell.start,
        target.end,
        name=name,
        value=value,
        unit=unit,
        deadline=deadline,
        kind=kind,
        direction=direction,
        qualifier=qualifier,
        baseline=baseline,
        plan_start=plan_start,
        plan_start_why=said(m.FOUND_PLAN_PERIOD, words=period) if plan_start else None,
        region=nearest_place(places, home, name),
        confidence=0.6,
        reasons=reasons,
        assumptions=(how,),
    )
