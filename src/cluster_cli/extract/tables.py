"""The rows of a plan's indicator table (主要指标): under a header that names a base year and a
target year (``指标　2020年　2025年　属性``), each row gives an indicator, its unit, its value in
the base year and its target (``地区生产总值（亿元）　5510　8000　预期性``). The target is a goal
due in the target year, unless the text states the same goal already; a bracketed target
(``〔13〕``, ``[30]``) is a sum or an average over the plan's years.

The rows are read on the lines as written: their cells are apart by whitespace, which the rest
of the finder squeezes out of prose.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

from cluster_cli.extract.cells import KIND_WHY, NAMED, QUALIFIERS, VALUE, YEAR_CELL, amount
from cluster_cli.extract.fields import direction_of, kind_of
from cluster_cli.extract.model import Kind, Proposal, Quote, said
from cluster_cli.extract.numbers import MAGNITUDE, UNIT_WORDS, Quantity, parse_number
from cluster_cli.extract.places import nearest_place
from cluster_cli.extract.stacked import stacked_goals
from cluster_cli.i18n import messages as m

_CELL = re.compile(r"[^\s|｜]+")  # apart by whitespace, or by a Markdown table's | too
# A dash where the row has no value.
_NONE = re.compile(r"[—–\-－/／…]+")
_UNIT = re.compile(rf"(?:{MAGNITUDE})?(?:{UNIT_WORDS})")
_PROSE = re.compile(r"[，。；：:,;！？]")
_LONGEST_CELL = 30  # characters: a longer cell is prose, not a table's


class _Row(NamedTuple):
    name: str
    name_start: int  # in the source
    unit: str
    base: Decimal | None
    target: str  # the target cell as written
    target_end: int


def table_goals(
    source: str,
    year: int | None,
    stated: list[Proposal],
    places: list[str],
    home: str | None,
    written: str | None = None,
) -> list[Proposal]:
    """The goals of the indicator tables in ``source`` that ``stated`` (the goals read in its
    prose) does not hold already; ``year`` is the document's year, ``places`` and ``home`` the
    places it names and the one it is most about. ``written``: the text as written, where
    ``source`` is it read in simplified characters (quotes are cut from it)."""
    known = {(*amount(p.value, p.unit), p.deadline) for p in stated}
    found: list[Proposal] = []
    years: tuple[int, int] | None = None  # base and target year of the table being read
    for line in re.finditer(r"[^\n]+", source):
        cells = [(c.start() + line.start(), c.group()) for c in _CELL.finditer(line.group())]
        header = _header_years(cells)
        if header is not None:
            years = header
            continue
        if years is None:
            continue
        if _PROSE.search(line.group()) or any(len(c) > _LONGEST_CELL for _, c in cells):
            years = None  # the table has ended: prose, or a note (注：[ ]内为累计数)
            continue
        row = _row(cells)
        base_year, target_year = years
        if row is None or (year is not None and target_year < year):
            continue
        region = nearest_place(places, home, row.name)
        proposal = _proposal(written or source, row, base_year, target_year, region)
        if proposal is None:
            continue
        if (*amount(proposal.value, proposal.unit), target_year) not in known:
            found.append(proposal)  # not a goal of the prose stated again
    return found + stacked_goals(source, year, stated, places, home, written)


def _header_years(cells: list[tuple[int, str]]) -> tuple[int, int] | None:
    """A header row's base and target year: 指标　2020年　2025年　属性. Two years only: a row
    under 2025年　2026年　2027年 gives a year's share, not the target."""
    if any(_PROSE.search(c) or len(c) > _LONGEST_CELL for _, c in cells):
        return None
    years = [int(y.group("year")) for _, c in cells if (y := YEAR_CELL.fullmatch(c))]
    if len(years) != 2 or len(cells) < 3 or years[0] >= years[1]:
        return None
    return years[0], years[1]


def _row(cells: list[tuple[int, str]]) -> _Row | None:
    """The indicator, its unit and its base and target cells, read from the right of the name:
    ``[类别] [序号] 指标 [单位] 基期值 目标值 [年均增长] [属性]``."""
    values = [i for i, (_, c) in enumerate(cells) if VALUE.fullmatch(c) or _NONE.fullmatch(c)]
    # The first value after the name: a serial number before it is not the base value.
    first_value = next((i for i in values if _named_before(cells, i)), None)
    if first_value is None or first_value + 1 >= len(cells):
        return None
    at = first_value - 1
    unit = ""
    if _UNIT.fullmatch(cells[at][1]) and at > 0:  # 规模以上工业总产值 亿元 4860 7500
        unit = cells[at][1]
        at -= 1
    name_start, name = cells[at]
    in_name = _unit_in_name(name)
    if in_name:  # 地区生产总值（亿元）
        unit = unit or in_name[0]
    if not NAMED.search(name):
        return None
    base_cell, (target_start, target) = cells[first_value][1], cells[first_value + 1]
    if not VALUE.fullmatch(target):
        return None
    base = VALUE.fullmatch(base_cell)
    base_value = parse_number(base.group("number")) if base and not base.group("open") else None
    return _Row(name, name_start, unit, base_value, target, target_start + len(target))


def _unit_in_name(name: str) -> tuple[str, str] | None:
    """The unit in brackets that ends a name (地区生产总值（亿元）), and the name without it."""
    if not name.endswith(("）", ")")):
        return None
    opened = max(name.rfind("（"), name.rfind("("))
    unit = name[opened + 1 : -1]
    return (unit, name[:opened]) if opened >= 0 and _UNIT.fullmatch(unit) else None


def _named_before(cells: list[tuple[int, str]], index: int) -> bool:
    """Whether the cells before ``index`` end with a name, after a unit cell if any."""
    at = index - 1
    if at > 0 and _UNIT.fullmatch(cells[at][1]):
        at -= 1
    before = cells[at][1] if at >= 0 else ""
    return bool(NAMED.search(before)) and not VALUE.fullmatch(before)


def _proposal(
    source: str, row: _Row, base_year: int, target_year: int, region: str | None
) -> Proposal | None:
    cell = VALUE.fullmatch(row.target)
    if cell is None:
        return None
    value = parse_number(cell.group("number"))
    unit = row.unit or ("%" if cell.group("percent") else "")
    if value is None or not unit:
        return None  # a figure without a unit says not what it counts
    in_name = _unit_in_name(row.name)
    name = in_name[1] if in_name else row.name
    quantity = Quantity(0, 0, value, unit, False)
    qualifier = QUALIFIERS.get(cell.group("bound") or cell.group("after") or "", "exact")
    kind: Kind = kind_of(quantity, name) if quantity.is_percent else "level"
    if cell.group("open"):  # 〔13〕: summed or averaged over the plan's years
        kind = "rate" if quantity.is_percent else "cumulative"
    direction = direction_of(name, name, qualifier, quantity)
    if row.base is not None and value < row.base and direction == "increase":
        direction = "decrease"  # PM2.5平均浓度（微克/立方米）　28　25
    words = Quote(f"{target_year}年")
    reasons = (said(m.FOUND_GOAL_SECTION, words=Quote(row.name)), said(KIND_WHY[kind]))
    assumptions = (
        said(m.FOUND_DEADLINE_ELSEWHERE, year=target_year, how=m.FOUND_IN_HEADING, words=words),
    )
    period = f"{base_year}—{target_year}年"  # the base year's end is where the plan starts
    first, last = row.name_start, row.target_end
    return Proposal(
        source[first:last],
        first,
        last,
        name=name,
        value=value,
        unit=unit,
        deadline=target_year,
        kind=kind,
        direction=direction,
        qualifier=qualifier,
        baseline=row.base if not cell.group("open") else None,
        plan_start=base_year + 1,
        plan_start_why=said(m.FOUND_PLAN_PERIOD, words=period),
        region=region,
        confidence=0.6,
        reasons=reasons,
        assumptions=assumptions,
    )
