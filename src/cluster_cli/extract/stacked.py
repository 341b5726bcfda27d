"""Tables stacked one cell to a line, as a web page's table reads when saved as text: a header
(``序号⏎指标名称⏎单位⏎属性⏎“十五五”目标``), then each row's cells, its serial number first
(``3⏎全员劳动生产率⏎万元/人⏎预期性⏎55左右``). The lines of such a table are cells, never a
sentence wrapped; the rows of an indicator table are goals due in the target column's year.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

from cluster_cli.extract.cells import KIND_WHY, NAMED, QUALIFIERS, VALUE, YEAR_CELL, amount
from cluster_cli.extract.deadlines import Frame, frames
from cluster_cli.extract.fields import direction_of, kind_of
from cluster_cli.extract.model import Kind, Proposal, Quote, said
from cluster_cli.extract.numbers import Quantity, parse_number
from cluster_cli.extract.parts import same_indicator
from cluster_cli.extract.places import nearest_place
from cluster_cli.extract.segment import stacked_blocks
from cluster_cli.i18n import messages as m

# Header cells: the indicator's name, its unit, its attribute (预期性), and the target column.
_NAME_HEADS = frozenset({"指标", "指标名称", "名称", "主要指标"})
_UNIT_HEADS = frozenset({"单位", "指标单位", "计量单位"})
_ATTRIBUTES = frozenset({"预期性", "约束性"})
_TITLE_REACH = 3  # lines before the header that may title the table (…主要指标)


class _Line(NamedTuple):
    start: int
    end: int
    text: str


def stacked_goals(
    source: str,
    year: int | None,
    stated: list[Proposal],
    places: list[str],
    home: str | None,
    written: str | None = None,
) -> list[Proposal]:
    """The goals of the indicator tables stacked one cell to a line in ``source`` that
    ``stated`` (the goals found elsewhere) does not hold already; the arguments are those of
    :func:`cluster_cli.extract.tables.table_goals`."""
    if "序号" not in source:
        return []  # no table stacked one cell to a line: most texts
    lines = [
        _Line(match.start(), match.end(), match.group().strip())
        for match in re.finditer(r"[^\n]+", source)
        if match.group().strip()
    ]
    known: dict[tuple[Decimal, str, int], list[str]] = {}
    for goal in stated:
        known.setdefault((*amount(goal.value, goal.unit), goal.deadline), []).append(goal.name)
    found: list[Proposal] = []
    for start, end in stacked_blocks([line.text for line in lines]):
        first = next(i for i in range(start, end) if lines[i].text == "1")
        # 序号 opens the header; a line before it titles the table (…主要指标)
        start = next((i for i in range(start, first) if lines[i].text == "序号"), start)
        header = [line.text for line in lines[start:first]]
        columns = _columns(header)
        frame = _frame(source, lines, start, columns, year)
        if columns is None or frame is None or frame.deadline is None:
            continue
        for row in _rows(lines, first, end):
            proposal = _proposal(written or source, row, header, columns, frame, places, home)
            if proposal is None:
                continue
            names = known.get((*amount(proposal.value, proposal.unit), frame.deadline), [])
            if not any(same_indicator(proposal.name, name) for name in names):
                found.append(proposal)  # not a goal of the prose stated again
    return found


class _Columns(NamedTuple):
    name: int
    unit: int | None
    target: int
    base: int | None  # 2025年 before 2030年: the base year's column


def _columns(header: list[str]) -> _Columns | None:
    """Where the name, unit and target stand in a header (序号 指标名称 单位 属性 目标): an
    indicator table's header names an indicator and a target."""
    name = next((i for i, cell in enumerate(header) if cell in _NAME_HEADS), None)
    target = next((i for i, cell in enumerate(header) if "目标" in cell and i != name), None)
    years = [i for i, cell in enumerate(header) if YEAR_CELL.fullmatch(cell)]
    if target is None and len(years) == 2:
        target = years[1]  # 2025年　2030年: the base year's column, then the target's
    if name is None or target is None or target < name:
        return None
    unit = next((i for i, cell in enumerate(header) if cell in _UNIT_HEADS), None)
    base = next((i for i in years if name < i < target), None)
    return _Columns(name, unit, target, base)


def _frame(
    source: str,
    lines: list[_Line],
    start: int,
    columns: _Columns | None,
    year: int | None,
) -> Frame | None:
    """The time frame of the target column (2025年目标值, “十五五”目标), else of the table's
    title line (“十四五”时期…规划指标): a frame ahead, not a year past."""
    if columns is None:
        return None
    target = lines[start + columns.target]
    spans = [(target.start, target.end)]
    spans += [(line.start, line.end) for line in lines[max(0, start - _TITLE_REACH) : start][::-1]]
    for begin, stop in spans:
        ahead = [f for f in frames(source, begin, stop, year) if f.deadline and not f.past]
        if ahead:
            return ahead[-1]
    return None


def _rows(lines: list[_Line], first: int, end: int) -> list[list[_Line]]:
    """The rows from the line of serial number 1: a row opens on the next serial number when a
    name follows it (a value equal to the next serial number is followed by its attribute or by
    the serial number itself)."""
    rows: list[list[_Line]] = []
    serial = 1
    at = first
    while at < end:
        row = [lines[at]]
        at += 1
        while at < end and not (
            lines[at].text == str(serial + 1)
            and at + 1 < end
            and NAMED.search(lines[at + 1].text)
            and lines[at + 1].text not in _ATTRIBUTES
        ):
            row.append(lines[at])
            at += 1
        rows.append(row)
        serial += 1
    return rows


def _proposal(
    source: str,
    row: list[_Line],
    header: list[str],
    columns: _Columns,
    frame: Frame,
    places: list[str],
    home: str | None,
) -> Proposal | None:
    # A category cell merged over several rows (类型: 保护修缮) is missing from all but the
    # first: the cells are read from the right, where each row has all of its own.
    if len(row) > len(header) or len(row) < len(header) - columns.name:
        return None
    cells = [None] * (len(header) - len(row)) + row
    name_cell, target_cell = cells[columns.name], cells[columns.target]
    unit_cell = cells[columns.unit] if columns.unit is not None else None
    if name_cell is None or target_cell is None or not NAMED.search(name_cell.text):
        return None
    value_match = VALUE.fullmatch(target_cell.text)
    if value_match is None:
        return None
    value = parse_number(value_match.group("number"))
    unit = (unit_cell.text if unit_cell is not None else "").replace("％", "%")
    if value_match.group("percent"):
        unit = unit or "%"
    if value is None or not any(c.isalpha() or c in "%‰" for c in unit):
        return None  # no unit, or a dash: a figure that says not what it counts
    name = name_cell.text
    quantity = Quantity(0, 0, value, unit, False)
    bound = value_match.group("bound") or value_match.group("after") or ""
    qualifier = QUALIFIERS.get(bound, "exact")
    added = any(word in name for word in _ADDED)
    kind: Kind = kind_of(quantity, name) if quantity.is_percent or added else "level"
    if value_match.group("open"):  # 〔13〕: summed or averaged over the plan's years
        kind = "rate" if quantity.is_percent else "cumulative"
    direction = direction_of(name, name, qualifier, quantity)
    deadline = frame.deadline or 0
    words = Quote(header[columns.target])
    reasons = (said(m.FOUND_GOAL_SECTION, words=Quote(name)), said(KIND_WHY[kind]))
    assumptions = (
        said(m.FOUND_DEADLINE_ELSEWHERE, year=deadline, how=m.FOUND_IN_HEADING, words=words),
    )
    plan_start = frame.plan_start if frame.how == "plan" else None  # “十五五”目标: from 2026
    period = frame.words
    baseline = None
    base_line = cells[columns.base] if columns.base is not None else None
    if columns.base is not None and base_line is not None:
        base_year = int(header[columns.base][:4])  # 2025年: the plan starts after its end
        plan_start, period = plan_start or base_year + 1, f"{base_year}—{deadline}年"
        base_cell = VALUE.fullmatch(base_line.text)
        baseline = parse_number(base_cell.group("number")) if base_cell else None
        if baseline is not None and value < baseline and direction == "increase":
            direction = "decrease"  # PM2.5浓度　30　26: lower than the base year
    return Proposal(
        source[name_cell.start : target_cell.end],
        name_cell.start,
        target_cell.end,
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
        assumptions=assumptions,
    )


# A row that counts what is added over the plan (新增跨国公司地区总部数): cumulative.
_ADDED = ("新增", "新建", "新培育", "新引进")
