"""What the HTML and Markdown reports work out beside the report's view: chart scales, which
goal each cluster row is, which statuses are provisional, and the method's rules.

A chart speaks the report's language: an English chart of a goal in 亿元 is drawn in billion
(or million, trillion) yuan, so that its axis reads like the figures beside it ("200 billion
yuan"), a measure's likewise (3 million mu), and a count's axis is named by its noun
("enterprises", "households"). Counts get whole-number ticks. A Chinese chart keeps the goal's
unit, unless its sums run to 100,000 of it or more (5,000,000,000美元 is drawn in 亿美元).
"""

from __future__ import annotations

import math
from decimal import Decimal
from typing import NamedTuple

from cluster_cli.engine.assess import ACCELERATION_RATIO, ON_TRACK_RATIO, GoalRow, Status
from cluster_cli.engine.units import UNITS, Dimension, word_of
from cluster_cli.i18n import Lang
from cluster_cli.i18n import words as w
from cluster_cli.render import labels
from cluster_cli.render.labels import qualified, ratio
from cluster_cli.render.numbers import clean_float, exact, shifted, typed
from cluster_cli.render.report import Report
from cluster_cli.render.view import Chart
from cluster_cli.text import cell_len

_EN_SIZES = (
    (Decimal(10) ** 12, "trillion "),
    (Decimal(10) ** 9, "billion "),
    (Decimal(10) ** 6, "million "),
    (Decimal(1), ""),
)


class Scale(NamedTuple):
    unit: str  # the axis's unit, in the report's language
    values: list[float]  # the chart's values in that unit
    target: float
    bottom: float  # the axis's lowest and highest ticks
    top: float
    step: float  # between two ticks
    whole: bool  # a count: whole ticks only

    @property
    def ticks(self) -> list[float]:
        """From the bottom of the axis to its top, evenly spaced (a Markdown chart needs only
        the two ends: the ticks between are counted out only for a chart that draws them)."""
        count = round((self.top - self.bottom) / self.step)
        return [_tick(self.bottom, i, self.step) for i in range(count + 1)]


Box = tuple[float, float, float, float]  # left, top, right, bottom, in the chart's units


def text_box(text: str, x: float, y: float, anchor: str, size: float = 16) -> Box:
    """Where a line of SVG text drawn at ``x`` (its ``anchor``: start, middle or end) and at
    ``y`` (its baseline) lies, a little generously: a wide (CJK) character is ``size`` across,
    any other about 0.62 of it (digits and Latin letters in bold)."""
    width = _width(text, size)
    left = x - width if anchor == "end" else x - width / 2 if anchor == "middle" else x
    return (left, y - size * 0.85, left + width, y + size * 0.25)


def overlaps(box: Box, others: list[Box]) -> bool:
    return any(box[0] < o[2] and o[0] < box[2] and box[1] < o[3] and o[1] < box[3] for o in others)


def labelled_bars(
    figures: list[str], periods: list[str], slot: float, size: float = 16
) -> set[int]:
    """Which bars of a chart get their labels (figure above, period below) when each has
    ``slot`` across: all where the widest label fits, else every second (third, …) counted back
    from the latest, and the first (the baseline) where it keeps that distance too. The
    history table gives every figure."""
    widest = max((_width(label, size) for label in [*figures, *periods]), default=0.0)
    step = max(1, math.ceil((widest + 4) / slot))
    last = len(figures) - 1
    shown = {i for i in range(last + 1) if (last - i) % step == 0}
    if shown and min(shown) >= step:
        shown.add(0)
    return shown


def _width(text: str, size: float) -> float:
    wide = cell_len(text) - len(text)  # a wide character takes two cells
    return wide * size + (len(text) - wide) * size * 0.62


def target_label_place(
    text: str, line_y: float, left: float, right: float, taken: list[Box]
) -> tuple[float, float, str]:
    """Where the target's label goes (x, baseline y, anchor): above its line at the right end,
    else at the left end, else below the line at the right, then the left; the first place
    clear of ``taken`` (the bars, their figures, the unit). A goal met is often a last bar as
    high as the line, whose figure the label would cover."""
    places = [
        (right, line_y - 6, "end"),
        (left + 4, line_y - 6, "start"),
        (right, line_y + 19, "end"),
        (left + 4, line_y + 19, "start"),
    ]
    for x, y, anchor in places:
        if not overlaps(text_box(text, x, y, anchor), taken):
            return x, y, anchor
    return places[0]


def _tick(bottom: float, i: int, step: float) -> float:
    return clean_float(bottom + i * step)


def _factor(spec: Chart, lang: Lang, noun_en: str) -> tuple[str, int, bool]:
    """The axis unit, the power of ten to multiply the values by (every scale is a power of
    ten: 亿元 of yuan, 万亩 of mu), and whether they are whole counts."""
    u = UNITS.get(spec.unit)
    if u is None or u.dimension is Dimension.PERCENT:
        return spec.unit, 0, False
    word = word_of(spec.unit)
    count = u.dimension is Dimension.COUNT
    if lang == "zh" and not count:  # a sum of 5,000,000,000美元 is drawn in 亿美元
        largest = abs(exact(max([*spec.values, spec.target], key=abs))) * u.scale
        bigger = [v for v in UNITS.values() if v.family == u.family and v.scale > u.scale]
        fitting = [v for v in bigger if largest >= v.scale * 10]
        if largest >= u.scale * 10**5 and fitting:
            chosen = max(fitting, key=lambda v: v.scale)
            return chosen.symbol, -(chosen.scale / u.scale).adjusted(), False
    if lang == "zh":  # in the goal's unit: whole ticks for 户, not for 万户
        return spec.unit, 0, count and u is word
    prefix = u.scale / word.scale  # 10^4 for 万亩 (in mu), 10^8 for 亿元 (in yuan)
    if count:  # in the things counted, whole: 1.2 万户 is 12,000 households
        return noun_en or word.name_en or u.description_en, prefix.adjusted(), True
    # Rounding to 12 digits keeps the order of values: the largest float is the largest value.
    largest = abs(exact(max([*spec.values, spec.target], key=abs))) * prefix
    for size, big in _EN_SIZES:
        if largest >= size:
            return f"{big}{word.name_en}", (prefix / size).adjusted(), False
    return word.name_en, prefix.adjusted(), False


def _step(span: float, whole: bool) -> float:
    raw = span / 4 if span > 0 else 1.0
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        step = factor * power
        if raw <= step:
            break
    if whole:
        step = max(1.0, float(math.ceil(step)))
    return float(step)


def scale(spec: Chart, lang: Lang, noun_en: str = "") -> Scale:
    unit, power, whole = _factor(spec, lang, noun_en)
    if power == 0:  # the usual case: the axis is in the goal's own unit
        values, target = list(spec.values), spec.target
    else:
        values = [shifted(v, power) for v in spec.values]
        target = shifted(spec.target, power)
    low = min(0.0, *values, target)
    high = max(0.0, *values, target)
    step = _step(high - low, whole)
    bottom = math.floor(low / step) * step
    top = math.ceil(high * 1.08 / step) * step if high > 0 else step
    if top <= bottom:
        top = bottom + step
    count = round((top - bottom) / step)
    return Scale(
        unit, values, target, _tick(bottom, 0, step), _tick(bottom, count, step), step, whole
    )


def figure_labels(spec: Chart, axis: Scale, lang: Lang) -> list[str]:
    """The chart's figures in the axis's unit, as typed; the baseline with its qualifier (the
    plan's "over 1000" is ``超过1,000``, never a plain 1,000). The bars stay numbers."""
    labels = list(map(typed, axis.values))
    index = spec.baseline_index
    if spec.baseline_qualifier != "exact" and index is not None:  # rare: the usual cost is nil
        labels[index] = qualified(labels[index], spec.baseline_qualifier, lang)
    return labels


# ------------------------------------------------------------------ goals and their statuses


def cluster_rows(report: Report) -> dict[str, list[GoalRow]]:
    """The engine's rows of each cluster table, in the table's order (as the report built it)."""
    by_cluster: dict[str, list[GoalRow]] = {}
    for row in report.rows:
        by_cluster.setdefault(row.goal.cluster, []).append(row)
    return by_cluster


is_provisional = labels.is_provisional


def status_label(label: str, provisional: bool, lang: Lang) -> str:
    """The status's symbol and word, marked when it is provisional."""
    # The goal view already marks its own label; a label is marked once.
    if not provisional or label.endswith(w.PROVISIONAL_STATUS(lang, status="")):
        return label
    return w.PROVISIONAL_STATUS(lang, status=label)


def noun_en(row: GoalRow | None) -> str:
    return row.goal.unit_en if row is not None else ""


def nothing_recorded(status: Status, history_len: int, has_chart: bool) -> bool:
    """A goal with no figure recorded: shown on one line."""
    return status is Status.INSUFFICIENT_DATA and history_len == 0 and not has_chart


def rules(lang: Lang) -> list[str]:
    """The method's rules, for a reader who has only the report."""
    on, acc = ratio(ON_TRACK_RATIO), ratio(ACCELERATION_RATIO)
    return [
        w.RULE_THRESHOLDS(lang, on=on, acc=acc),
        w.RULE_RATE(lang),
        w.RULE_BAND(lang),
        w.RULE_FINAL(lang),
        w.RULE_PROVISIONAL(lang),
        w.RULE_APPROXIMATE(lang),
        w.RULE_REVISIONS(lang),
        w.RULE_FIGURES(lang),
    ]
