"""Validated models of the registry (targets.toml) and of recorded actuals.

Models are frozen and forbid unknown keys, so that a typo in a hand-edited registry is an error
rather than a silently ignored setting.
"""

import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from cluster_cli.engine.records import Record as Record  # re-exported: models of both files
from cluster_cli.engine.units import (
    MAX_FIGURE,
    UNITS,
    Dimension,
    is_count,
    known_unit,
    unit,
    whole,
    word_of,
)

ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
Id = Annotated[str, Field(pattern=ID_PATTERN, max_length=64)]
# Something to read: not empty, and more than spaces (a quote of " " was found in every text).
NOT_BLANK = r"\S"
Text = Annotated[str, Field(min_length=1, pattern=NOT_BLANK)]
Year = Annotated[int, Field(ge=1949, le=2200)]
# A figure in its unit: beyond ±MAX_FIGURE it is a typo (1e15 万亿元 is 10,000 times the world's
# yearly output), and every figure of a report is written with all its digits.
Figure = Annotated[float, Field(ge=-MAX_FIGURE, le=MAX_FIGURE)]
Qualifier = Literal["exact", "over", "about", "under"]


Kind = Literal["level", "cumulative", "share", "rate"]


class Frozen(BaseModel):
    # Validators are built on first use: the registry's builds those of every model it nests,
    # once, and commands that never validate (--help, log) do not pay for them at start-up.
    model_config = ConfigDict(
        frozen=True, extra="forbid", allow_inf_nan=False, strict=True, defer_build=True
    )


class Source(Frozen):
    """A document that goals and figures are quoted from."""

    title: Text
    publisher: str = ""
    date: str = ""
    url: str = ""


class Label(Frozen):
    """A cluster or region, named in both languages."""

    name: Text
    name_en: Text


class SourceRef(Frozen):
    document: Id
    quote: Text


class Baseline(Frozen):
    value: Figure
    period: Year
    # "over 1000": the article gives a floor, so progress measured from it is approximate.
    qualifier: Qualifier = "exact"


class Growth(Frozen):
    """Year-on-year growth as published with a context figure (4.1 means +4.1%)."""

    percent: Figure
    qualifier: Qualifier = "exact"


class Bilingual(Frozen):
    """A sentence in both languages: ``{ zh = "…", en = "…" }``."""

    zh: Text
    en: Text


# Prose of the registry's own (assumptions, notes): a plain string, shown as it is in both
# languages (older registries), or a sentence in both languages.
Prose = str | Bilingual


def prose(text: Prose, lang: str) -> str:
    """``text`` in ``lang`` ("zh" or "en")."""
    if isinstance(text, str):
        return text
    return text.zh if lang == "zh" else text.en


class Described(Frozen):
    name: Text
    name_en: Text
    cluster: Id
    region: Id
    unit: str
    unit_en: str = ""  # English noun for counts: "enterprises", "talents and teams"
    source: SourceRef
    # Plain defaults (pydantic copies them): a default_factory=list makes pydantic parse the
    # signature of the builtin, which costs milliseconds at every start.
    assumptions: list[Prose] = []
    note: Prose = ""

    @field_validator("unit")
    @classmethod
    def _known_unit(cls, value: str) -> str:
        if not known_unit(value):
            known = ", ".join(UNITS)
            raise ValueError(f"unknown unit {value!r}; use one of {known} (see docs/registry.md)")
        return value


# A "maintain" goal without a tolerance (CPI 2%左右) is met within this band: half a
# percentage point for goals in %, 5% of the target for others (docs/methodology.md).
DEFAULT_TOLERANCE_POINTS = 0.5
DEFAULT_TOLERANCE_SHARE = 0.05


class Goal(Described):
    """A quantitative goal with a deadline."""

    target: Figure
    # maintain: stay within ``tolerance`` of the target (CPI 2%左右), neither more nor less.
    direction: Literal["increase", "decrease", "maintain"] = "increase"
    # level: a yearly figure such as output; cumulative: a running total since the plan began;
    # share: a share or ratio in % (研发投入强度 3.2%), judged in percentage points;
    # rate: a growth rate in % whose recorded figures are the yearly rates (年均增长5%).
    kind: Kind
    start: Year  # first year of the plan
    deadline: Year  # the goal is due at the end of this year
    baseline: Baseline | None = None
    tolerance: Annotated[float, Field(gt=0, le=MAX_FIGURE)] | None = (
        None  # maintain: half-width of the band
    )

    @property
    def band(self) -> tuple[float, float] | None:
        """The values that meet a maintain goal, bounds included; None for other directions."""
        if self.direction != "maintain":
            return None
        tolerance = self.tolerance
        if tolerance is None:
            percent = unit(self.unit).dimension is Dimension.PERCENT
            tolerance = (
                DEFAULT_TOLERANCE_POINTS if percent else abs(self.target) * DEFAULT_TOLERANCE_SHARE
            )
        return (self.target - tolerance, self.target + tolerance)

    @model_validator(mode="after")
    def _consistent(self) -> "Goal":
        if self.kind in ("share", "rate") and unit(self.unit).dimension is not Dimension.PERCENT:
            raise ValueError(f"a {self.kind} goal is measured in %, not in {self.unit}")
        if self.kind == "rate" and self.baseline is not None:
            raise ValueError(
                "a rate goal has no baseline: its recorded figures are the yearly rates"
            )
        if self.tolerance is not None and self.direction != "maintain":
            raise ValueError('tolerance applies only to direction = "maintain"')
        if is_count(self.unit):
            counts = [self.target] + ([self.baseline.value] if self.baseline is not None else [])
            if any(value < 0 for value in counts):
                raise ValueError(f"a count in {self.unit} cannot be negative")
            if not all(whole(value, self.unit) for value in counts):  # as `update` takes them
                counted = word_of(self.unit).symbol  # 1.2万户 is whole: 12,000 户
                raise ValueError(f"a count in {counted} is a whole number")
        if self.deadline < self.start:
            raise ValueError(f"deadline {self.deadline} is before the plan start {self.start}")
        if self.baseline is not None:
            if self.baseline.period >= self.deadline:
                raise ValueError(
                    f"deadline {self.deadline} is not after the baseline period "
                    f"{self.baseline.period}"
                )
            if self.baseline.period > self.start:
                # The plan's figures before the baseline would count for nothing. A baseline
                # in the start year itself is a plan measured from its first year's level.
                period, start = self.baseline.period, self.start
                raise ValueError(
                    f"baseline period {period} is after the plan start {start}, so the plan's "
                    f"figures before {period} would not count; set baseline.period to "
                    f"{start - 1} (the year before the start) or {start}, or correct start"
                )
            if self.direction == "maintain":
                return self
            if self.baseline.value == self.target:
                raise ValueError(
                    f"target {self.target:g} equals the baseline: there is no distance to cover"
                )
            if self.direction == "increase" and self.baseline.value > self.target:
                raise ValueError(
                    "baseline is above the target but direction is 'increase' "
                    '(use direction = "decrease" for less-is-better goals)'
                )
            if self.direction == "decrease" and self.baseline.value < self.target:
                raise ValueError("baseline is below the target but direction is 'decrease'")
        return self


IndicatorKind = Literal["level", "share", "rate"]


class Indicator(Described):
    """A context figure with no target: its value when the source was written, and its growth.

    ``kind``: in %, a growth rate (``rate``, the default: judged by its value) or a share, a
    ratio or a rate that is a level (``share``: 城镇化率, 失业率, judged by its change in
    percentage points); in any other unit, a ``level``. ``direction``: ``decrease`` when less
    is better (energy use, unemployment), which turns the judgement around. Declared before the
    figures, so that their checks can read them."""

    kind: IndicatorKind | None = None
    direction: Literal["increase", "decrease"] = "increase"
    value: Figure
    period: Year
    qualifier: Qualifier = "exact"
    growth: Growth | None = None
    related_target: Id | None = None

    @field_validator("kind")
    @classmethod
    def _kind_fits_unit(
        cls, kind: IndicatorKind | None, info: ValidationInfo
    ) -> IndicatorKind | None:
        symbol = info.data.get("unit")
        if kind is None or symbol is None:  # an unknown unit has its own message
            return kind
        percent = unit(symbol).dimension is Dimension.PERCENT
        if kind != "level" and not percent:
            raise ValueError(f"a {kind} indicator is measured in %, not in {symbol}")
        if kind == "level" and percent:
            raise ValueError(
                'an indicator in % is a "rate" (a growth rate) or a "share" (a share or ratio), '
                "not a level"
            )
        return kind

    @field_validator("growth")
    @classmethod
    def _growth_of_a_rate_or_level(
        cls, growth: Growth | None, info: ValidationInfo
    ) -> Growth | None:
        if growth is not None and info.data.get("kind") == "share":
            raise ValueError(
                "a share indicator is judged by its change in percentage points between two "
                "figures, not by a published growth: remove growth"
            )
        return growth

    @property
    def measure(self) -> IndicatorKind:
        """What the figure is: ``rate`` (in %, unless a share), ``share``, or ``level``."""
        if self.kind is not None:
            return self.kind
        return "rate" if unit(self.unit).dimension is Dimension.PERCENT else "level"


def is_growth_rate(item: Goal | Indicator) -> bool:
    """Whether ``item``'s figures are growth rates in % (a rate goal's, a rate indicator's):
    none can be below −100%, a fall of everything there was."""
    return item.kind == "rate" if isinstance(item, Goal) else item.measure == "rate"


def kind_of(item: Goal | Indicator) -> Kind:
    """Targets say; indicators are yearly levels (shares too) unless they count things (running
    totals)."""
    if isinstance(item, Goal):
        return item.kind
    if item.kind == "share":  # a share is a yearly figure, as a share goal's
        return "share"
    return "cumulative" if is_count(item.unit) else "level"


class Registry(Frozen):
    schema_version: Literal[1] = 1
    title: str = ""
    sources: dict[Id, Source]
    clusters: dict[Id, Label]
    regions: dict[Id, Label]
    targets: dict[Id, Goal]
    indicators: dict[Id, Indicator] = {}

    @model_validator(mode="after")
    def _references(self) -> "Registry":
        problems: list[str] = []
        both = sorted(set(self.targets) & set(self.indicators))
        if both:
            problems.append(f"ids used both as a target and an indicator: {', '.join(both)}")
        for table, items in (("targets", self.targets), ("indicators", self.indicators)):
            for key, item in items.items():
                if item.cluster not in self.clusters:
                    problems.append(f"{table}.{key}.cluster: no cluster {item.cluster!r}")
                if item.region not in self.regions:
                    problems.append(f"{table}.{key}.region: no region {item.region!r}")
                if item.source.document not in self.sources:
                    problems.append(
                        f"{table}.{key}.source.document: no source {item.source.document!r}"
                    )
        for key, indicator in self.indicators.items():
            if indicator.related_target and indicator.related_target not in self.targets:
                problems.append(
                    f"indicators.{key}.related_target: no target {indicator.related_target!r}"
                )
        if problems:
            raise ValueError("; ".join(problems))
        return self

    def item(self, key: str) -> Goal | Indicator | None:
        return self.targets.get(key) or self.indicators.get(key)

    def ids(self) -> list[str]:
        return [*self.targets, *self.indicators]


def is_valid_id(text: str) -> bool:
    return re.match(ID_PATTERN, text) is not None
