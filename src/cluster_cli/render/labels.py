"""Words for statuses and notes in Chinese and English, shared by every renderer.

A status is always shown as a word and a symbol as well as a colour, never by colour alone.
"""

from __future__ import annotations

from decimal import ROUND_FLOOR, Decimal
from typing import NamedTuple

from cluster_cli.engine.assess import (
    ACCELERATION_RATIO,
    NO_TARGET_ACCELERATION,
    NO_TARGET_ON_TRACK,
    ON_TRACK_RATIO,
    IndicatorRow,
    Note,
    Point,
    Status,
    TargetRow,
)
from cluster_cli.engine.units import format_number, format_quantity
from cluster_cli.i18n import Lang


class StatusLabel(NamedTuple):
    zh: str
    en: str
    symbol: str
    colour: str  # a Rich colour name; also used for CSS classes by its status id

    def word(self, lang: Lang) -> str:
        return self.zh if lang == "zh" else self.en


STATUS_LABELS: dict[Status, StatusLabel] = {
    Status.ACHIEVED: StatusLabel("已完成", "achieved", "✓", "green"),
    Status.ON_TRACK: StatusLabel("进展顺利", "on track", "+", "green"),
    Status.NEEDS_ACCELERATION: StatusLabel("需加快", "needs acceleration", "!", "yellow"),
    Status.LIMITED_PROGRESS: StatusLabel("进展有限", "limited progress", "~", "dark_orange"),
    Status.DETERIORATING: StatusLabel("倒退", "deteriorating", "-", "red"),
    Status.MISSED: StatusLabel("未完成", "missed", "✗", "red"),
    Status.INSUFFICIENT_DATA: StatusLabel("数据不足", "insufficient data", "?", "bright_black"),
}

_ON, _ACC = f"{ON_TRACK_RATIO:.0%}", f"{ACCELERATION_RATIO:.0%}"

# What a ratio status means, for goals judged by growth rates and for counts judged by 时序进度.
_BY_GROWTH: dict[Status, tuple[str, str]] = {
    Status.ON_TRACK: (
        f"实际增速达到所需增速的{_ON}以上",
        f"observed growth is at least {_ON} of the growth required",
    ),
    Status.NEEDS_ACCELERATION: (
        f"实际增速为所需增速的{_ACC}至{_ON}",
        f"observed growth is {_ACC} to {_ON} of the growth required",
    ),
    Status.LIMITED_PROGRESS: (
        f"实际增速不足所需增速的{_ACC}",
        f"observed growth is below {_ACC} of the growth required",
    ),
}
_BY_PACE: dict[Status, tuple[str, str]] = {
    Status.ON_TRACK: (
        f"按时序进度，任务完成比例达到时间进度的{_ON}以上",
        f"the share of the task done is at least {_ON} of the share of the time gone",
    ),
    Status.NEEDS_ACCELERATION: (
        f"按时序进度，任务完成比例为时间进度的{_ACC}至{_ON}",
        f"the share of the task done is {_ACC} to {_ON} of the share of the time gone",
    ),
    Status.LIMITED_PROGRESS: (
        f"按时序进度，任务完成比例不足时间进度的{_ACC}",
        f"the share of the task done is below {_ACC} of the share of the time gone",
    ),
}

STATUS_MEANING: dict[Status, tuple[str, str]] = {
    Status.ACHIEVED: ("最新数值已达到目标", "the latest value meets the target"),
    **{
        status: (
            f"{_BY_GROWTH[status][0]}；增速无法计算时（如从0开始累计）{_BY_PACE[status][0]}",
            f"{_BY_GROWTH[status][1]}; where a growth rate is undefined (counts from zero), "
            f"{_BY_PACE[status][1]}",
        )
        for status in _BY_GROWTH
    },
    Status.DETERIORATING: ("指标朝目标的反方向变化", "the figure moves away from the target"),
    Status.MISSED: (
        "已有截止年份（或之后）的数据，且未达到目标",
        "a figure for the deadline year or later does not meet the target",
    ),
    Status.INSUFFICIENT_DATA: (
        "基期之后尚无数据（或无基期且数据少于两个）",
        "no figure after the baseline yet (or no baseline and fewer than two figures)",
    ),
}

NOTE_TEXT: dict[Note, tuple[str, str]] = {
    Note.BASELINE_APPROXIMATE: (
        "基期数值为约数（如“超过1000亿元”），进度按该下限计算，为近似值。",
        'The baseline is approximate (e.g. "over 100 billion yuan"); progress is measured '
        "from that floor and is approximate.",
    ),
    Note.BASELINE_FROM_LEDGER: (
        "基期数值采用已记录的基期年份统计数据，而非规划中的约数。",
        "The baseline is the figure recorded for the base year, not the plan's rounded one.",
    ),
    Note.BASELINE_FROM_FIRST_VALUE: (
        "原文未给出基期数值，以首个记录数值为基期。",
        "The source gives no baseline; the first recorded figure serves as the baseline.",
    ),
    Note.VALUES_BEFORE_BASELINE: (
        "早于基期的数值仅列入历史，不参与计算。",
        "Figures for periods before the baseline are kept in the history but not used.",
    ),
    Note.PROVISIONAL_DEADLINE_PASSED: (
        "截止期已过但尚无截止年份数据：状态依趋势判断，为暂定结论。",
        "The deadline has passed but its year's figure is not in yet: the status follows the "
        "trend and is provisional.",
    ),
    Note.UNIT_MISMATCH_IGNORED: (
        "有记录的单位与目标单位不属同类，已忽略。",
        "A record in a unit of another kind than the goal's was ignored.",
    ),
    Note.GROWTH_FROM_SOURCE: (
        "仅有一个数值：增速采用原文公布的同比增速。",
        "Only one figure: the growth is the year-on-year growth published with it.",
    ),
    Note.GROWTH_IS_VALUE: (
        "该指标本身即增速，按其数值判断。",
        "The indicator is itself a growth rate and is judged by its value.",
    ),
}


def row_meaning(row: TargetRow, lang: Lang) -> str:
    """What the goal's status means, by the measure that decided it (growth or pace)."""
    pair = STATUS_MEANING[row.status]
    if row.status in _BY_GROWTH:
        by_growth = row.actual_growth is not None and row.required_growth is not None
        pair = (_BY_GROWTH if by_growth else _BY_PACE)[row.status]
    return pair[0] if lang == "zh" else pair[1]


def status_text(status: Status, lang: Lang, symbol: bool = True) -> str:
    label = STATUS_LABELS[status]
    return f"{label.symbol} {label.word(lang)}" if symbol else label.word(lang)


def percent(fraction: float | None, decimals: int = 1, signed: bool = False) -> str:
    """0.25 -> '25%'; None -> '—'."""
    if fraction is None:
        return "—"
    text = f"{fraction * 100:,.{decimals}f}"
    if text.lstrip("-").strip("0.,") == "":
        text = text.lstrip("-")
    if signed and fraction > 0:
        text = "+" + text
    return f"{text}%"


def ratio(value: float | None) -> str:
    """A growth ratio with two decimals, cut rather than rounded.

    Rounding would print 0.949 as "0.95" beside "needs acceleration", the status for ratios
    below 0.95; cutting never carries a figure across a threshold (0.95, 0.60, 0).
    """
    if value is None:
        return "—"
    return str(Decimal(repr(value)).quantize(Decimal("0.01"), rounding=ROUND_FLOOR))


def points(fraction: float | None, lang: Lang) -> str:
    """Pace gap in percentage points, with its direction in words."""
    if fraction is None:
        return "—"
    pp = format_number(abs(fraction) * 100, 1)
    if pp == "0":
        return "按时序进度" if lang == "zh" else "on schedule"
    if fraction > 0:
        return f"超前{pp}个百分点" if lang == "zh" else f"ahead by {pp} pp"
    return f"落后{pp}个百分点" if lang == "zh" else f"behind by {pp} pp"


def quantity(value: float | None, unit_symbol: str, lang: Lang, noun_en: str = "") -> str:
    if value is None:
        return "—"
    return format_quantity(value, unit_symbol, lang, noun_en)


def difference(value: float | None, unit_symbol: str, lang: Lang, noun_en: str = "") -> str:
    """A gap or a change: as :func:`quantity`, but a difference of percentages is in points.

    A goal of 5% with 8% recorded is 3 percentage points away, not "3%", which a reader
    would take as relative.
    """
    if value is None:
        return "—"
    if unit_symbol == "%":
        amount = format_number(value)
        return f"{amount}个百分点" if lang == "zh" else f"{amount} pp"
    return format_quantity(value, unit_symbol, lang, noun_en)


_QUALIFIER_WORDS = {
    "over": ("超过", "over "),
    "about": ("约", "about "),
    "under": ("不足", "under "),
}


def point_quantity(point: Point, unit_symbol: str, lang: Lang, noun_en: str = "") -> str:
    """A baseline or value as published: ``over 100 billion yuan`` / ``超过1,000亿元``."""
    words = _QUALIFIER_WORDS.get(point.qualifier, ("", ""))
    prefix = words[0] if lang == "zh" else words[1]
    return prefix + quantity(point.value, unit_symbol, lang, noun_en)


def explain(row: TargetRow, lang: Lang) -> str:
    """One sentence saying why the goal has its status, with the figures that decided it."""
    t = row.target
    goal = quantity(t.target, t.unit, lang, t.unit_en)
    by = str(t.deadline)
    status = row.status
    if status is Status.INSUFFICIENT_DATA and row.baseline is None and row.latest is not None:
        only = quantity(row.latest.value, t.unit, lang, t.unit_en)
        period = row.latest.period.text
        return (
            f"仅有一个数值（{period}：{only}），原文未给出基期，需再有一个数值才能判断进度。"
            if lang == "zh"
            else f"Only one figure ({period}: {only}) and no baseline in the source: a second "
            "figure is needed to judge progress."
        )
    if status is Status.INSUFFICIENT_DATA:
        return (
            f"尚无基期之后的数据，无法判断能否在{by}年达到{goal}。"
            if lang == "zh"
            else f"No figure after the baseline yet: progress toward {goal} by {by} cannot be "
            "judged."
        )
    latest = row.latest
    assert latest is not None
    value = quantity(latest.value, t.unit, lang, t.unit_en)
    period = latest.period.text
    if status is Status.ACHIEVED:
        return (
            f"{period}年数值{value}已达到{by}年目标{goal}。"
            if lang == "zh"
            else f"The {period} figure, {value}, meets the {by} target of {goal}."
        )
    if status is Status.MISSED:
        gap = difference(row.gap, t.unit, lang, t.unit_en)
        return (
            f"{period}年数值{value}未达到{by}年目标{goal}，差距{gap}。"
            if lang == "zh"
            else f"The {period} figure, {value}, falls short of the {by} target of {goal} by {gap}."
        )
    growth_ratio = ratio(row.growth_ratio)
    word = status_text(status, lang, symbol=False)
    if row.actual_growth is not None and row.required_growth is not None:
        sentence = (
            f"自基期以来年均增长{percent(row.actual_growth)}，为按期达到{goal}所需年均增速"
            f"{percent(row.required_growth)}的{growth_ratio}倍，判定为“{word}”。"
            if lang == "zh"
            else f"Growth since the baseline averages {percent(row.actual_growth)} a year, "
            f"{growth_ratio} times the {percent(row.required_growth)} a year needed to reach "
            f"{goal} by {by}: {word}."
        )
    else:
        sentence = (
            f"已完成任务的{percent(row.progress)}，时间已过{percent(row.elapsed)}，"
            f"进度与时序之比为{growth_ratio}，判定为“{word}”。"
            if lang == "zh"
            else f"{percent(row.progress)} of the task is done with {percent(row.elapsed)} of the "
            f"time gone, a ratio of {growth_ratio}: {word}."
        )
    if Note.PROVISIONAL_DEADLINE_PASSED in row.notes:
        separator = "" if lang == "zh" else " "
        sentence += (
            separator + NOTE_TEXT[Note.PROVISIONAL_DEADLINE_PASSED][0 if lang == "zh" else 1]
        )
    return sentence


def explain_indicator(row: IndicatorRow, lang: Lang) -> str:
    word = status_text(row.status, lang, symbol=False)
    if row.growth is None:
        return "仅有一个数值，无法计算增速。" if lang == "zh" else "Only one figure: no growth yet."
    growth, on_track = percent(row.growth), percent(NO_TARGET_ON_TRACK)
    acceleration = percent(NO_TARGET_ACCELERATION)
    return (
        f"年均增长{growth}（≥{on_track}为进展顺利，≥{acceleration}为需加快），判定为“{word}”。"
        if lang == "zh"
        else f"Growth of {growth} a year (at least {on_track} is on track, {acceleration} "
        f"needs acceleration): {word}."
    )


def note_texts(notes: tuple[Note, ...], lang: Lang) -> list[str]:
    return [NOTE_TEXT[note][0 if lang == "zh" else 1] for note in notes]
