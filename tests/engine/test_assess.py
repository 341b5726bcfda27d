"""The progress engine against the worked example, hand-computed cases and properties."""

from __future__ import annotations

import datetime as dt
import json
import math
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from cluster_cli.engine.assess import Note, Status, assess_goal, compute
from cluster_cli.engine.history import entries_by_goal, known_by
from cluster_cli.engine.models import Goal, Record
from cluster_cli.engine.periods import stored_period_problem
from cluster_cli.files import registry
from cluster_cli.render import jsondoc
from conftest import REPO, CliRunner, make_record

AS_OF = dt.date(2024, 12, 31)
SCHEMA = json.loads((REPO / "schema" / "status.schema.json").read_text("utf-8"))


def goal(**fields: Any) -> Goal:
    base: dict[str, Any] = {
        "name": "集成电路产业规模",
        "name_en": "IC industry scale",
        "cluster": "ic",
        "region": "suzhou",
        "unit": "亿元",
        "target": 2000,
        "kind": "level",
        "start": 2023,
        "deadline": 2025,
        "baseline": {"value": 1000, "period": 2022},
        "source": {"document": "doc", "quote": "quote"},
    }
    base.update(fields)
    return Goal.model_validate(base)


_counter = iter(range(10**9))


def recorded_after(period: str) -> str:
    """1 March 2024, or a realistic day after the period began when that is later."""
    if stored_period_problem(period, "2024-03-01") is None:
        return "2024-03-01"
    if len(period) == 4:
        return f"{int(period) + 1}-02-01"
    return (dt.date.fromisoformat(period) + dt.timedelta(days=15)).isoformat()


def rec(
    period: str,
    value: float,
    recorded: str | None = None,
    unit: str = "亿元",
    target: str = "g",
    retracts: str | None = None,
    rid: str | None = None,
) -> Record:
    return make_record(
        None if retracts else value,
        goal_id=target,
        unit=unit,
        period=period,
        recorded_at=f"{recorded or recorded_after(period)}T00:00:00.000000Z",
        retracts=retracts,
        id=rid or f"r{next(_counter):06d}",
    )


def assess(target: Goal, records: list[Record], as_of: dt.date | None = None) -> Any:
    """The goal judged at ``as_of``; by default 31 December 2024, or the last recording."""
    if as_of is None:
        days = [dt.date.fromisoformat(r.recorded_at[:10]) for r in records]
        as_of = max([AS_OF, *days])
    entries = entries_by_goal(known_by(records, as_of)).get("g", [])
    return assess_goal("g", target, entries, as_of)


def test_less_than_a_year_left_needs_the_whole_gap_not_more() -> None:
    """1,800 at the end of October 2025 against 2,000 by the end of 2025: 200 still to go,
    not 200 / (2/12) = 1,200 "a year", more than the whole gap."""
    counted = goal(kind="cumulative", unit="家", baseline={"value": 0, "period": 2022})
    row = assess(counted, [rec("2025-10-31", 1800, unit="家")], dt.date(2025, 11, 15))
    assert row.gap == pytest.approx(200) and row.needed_per_year == pytest.approx(200)
    level = assess(goal(), [rec("2025-10-31", 1800)], dt.date(2025, 11, 15))
    assert level.needed_growth == pytest.approx(2000 / 1800 - 1)  # not compounded over 2 months


def test_worked_example_of_the_method() -> None:
    row = assess(goal(), [rec("2023", 1250)])
    assert row.progress == pytest.approx(0.25)
    assert row.gap == pytest.approx(750)
    assert row.elapsed == pytest.approx(1 / 3)
    assert round(row.pace_gap * 100, 1) == -8.3
    assert round(row.actual_growth, 4) == 0.25
    assert round(row.required_growth, 4) == 0.2599
    assert round(row.growth_ratio, 3) == 0.962
    assert row.status is Status.ON_TRACK
    assert round(row.needed_growth, 4) == 0.2649
    assert round(row.projected, 1) == 1953.1
    assert row.final is False


# (name, goal fields, records as (period, value), expected status, expected figures)
CASES: list[tuple[str, dict[str, Any], list[tuple[str, float]], Status, dict[str, float]]] = [
    (
        "level achieved early",
        {},
        [("2024", 2100)],
        Status.ACHIEVED,
        {"attainment": 1.05, "gap": 0, "progress": 1.1},
    ),
    (
        "level missed at deadline",
        {},
        [("2023", 1500), ("2025", 1800)],
        Status.MISSED,
        {"gap": 200, "progress": 0.8, "elapsed": 1.0},
    ),
    (
        "level deteriorating",
        {},
        [("2023", 900)],
        Status.DETERIORATING,
        {"progress": -0.1, "actual_growth": -0.1},
    ),
    (
        "level limited progress",
        {},
        [("2024", 1200)],
        Status.LIMITED_PROGRESS,
        # CAGR (1.2^(1/2) - 1) = 0.095445 against 0.259921: ratio 0.367208
        {"actual_growth": 0.0954451, "growth_ratio": 0.3672083},
    ),
    (
        "count needs acceleration (linear)",
        {
            "unit": "名",
            "target": 600,
            "kind": "cumulative",
            "baseline": {"value": 0, "period": 2022},
        },
        [("2023", 150)],
        Status.NEEDS_ACCELERATION,
        {
            "progress": 0.25,
            "elapsed": 1 / 3,
            "growth_ratio": 0.75,
            "projected": 450,
            "needed_per_year": 225,
        },
    ),
    (
        "count limited progress",
        {
            "unit": "名",
            "target": 600,
            "kind": "cumulative",
            "baseline": {"value": 0, "period": 2022},
        },
        [("2023", 50)],
        Status.LIMITED_PROGRESS,
        {"growth_ratio": 0.25},
    ),
    (
        "count on track at a date",
        {
            "unit": "名",
            "target": 600,
            "kind": "cumulative",
            "baseline": {"value": 0, "period": 2022},
        },
        # 2024-06-30 is day 182 of 366: it sits at 2023 + 182/366 on the time axis
        [("2024-06-30", 300)],
        Status.ON_TRACK,
        {"elapsed": (1 + 182 / 366) / 3, "growth_ratio": 0.5 / ((1 + 182 / 366) / 3)},
    ),
    (
        "less is better, on track",
        {
            "unit": "%",
            "target": 80,
            "direction": "decrease",
            "start": 2021,
            "deadline": 2025,
            "baseline": {"value": 100, "period": 2020},
        },
        [("2022", 90)],
        Status.ON_TRACK,
        {
            "progress": 0.5,
            "elapsed": 0.4,
            "gap": 10,
            "attainment": 80 / 90,
            "actual_growth": 0.9**0.5 - 1,
            "required_growth": 0.8**0.2 - 1,
            "growth_ratio": (0.9**0.5 - 1) / (0.8**0.2 - 1),
        },
    ),
    (
        "less is better, achieved",
        {
            "unit": "%",
            "target": 80,
            "direction": "decrease",
            "start": 2021,
            "deadline": 2025,
            "baseline": {"value": 100, "period": 2020},
        },
        [("2023", 79)],
        Status.ACHIEVED,
        {"gap": 0},
    ),
    (
        "less is better, deteriorating",
        {
            "unit": "%",
            "target": 80,
            "direction": "decrease",
            "start": 2021,
            "deadline": 2025,
            "baseline": {"value": 100, "period": 2020},
        },
        [("2022", 104)],
        Status.DETERIORATING,
        {"progress": -0.2},
    ),
    ("no figure", {}, [], Status.INSUFFICIENT_DATA, {}),
    (
        "no baseline, one figure",
        {"baseline": None, "target": 3000},
        [("2023", 2000)],
        Status.INSUFFICIENT_DATA,
        {"gap": 1000},
    ),
    (
        "no baseline, two figures: the first is the baseline",
        {"baseline": None, "target": 3000},
        [("2023", 2000), ("2024", 2400)],
        Status.NEEDS_ACCELERATION,
        {
            "actual_growth": 0.2,
            "required_growth": 1.5**0.5 - 1,
            "growth_ratio": 0.2 / (1.5**0.5 - 1),
            "elapsed": 0.5,
            "progress": 0.4,
        },
    ),
    ("only a value before the baseline", {}, [("2021", 800)], Status.INSUFFICIENT_DATA, {}),
    (
        "zero baseline level falls back to linear pace",
        {"baseline": {"value": 0, "period": 2022}},
        [("2023", 800)],
        Status.ON_TRACK,
        {"progress": 0.4, "growth_ratio": 1.2},
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_hand_computed_cases(
    case: tuple[str, dict[str, Any], list[tuple[str, float]], Status, dict[str, float]],
) -> None:
    _, fields, values, status, figures = case
    target = goal(**fields)
    row = assess(target, [rec(p, v, unit=target.unit) for p, v in values])
    assert row.status is status
    for name, expected in figures.items():
        assert getattr(row, name) == pytest.approx(expected, rel=1e-6), name


def test_a_revision_supersedes_and_as_of_reproduces_the_old_figure() -> None:
    records = [rec("2023", 1250, "2024-03-01"), rec("2023", 1300, "2024-09-01")]
    now = assess(goal(), records)
    assert now.latest.value == 1300
    assert len(now.history) == 2 and now.history[0].superseded_by == records[1].id
    before = assess(goal(), records, dt.date(2024, 6, 30))
    assert before.latest.value == 1250
    assert before.growth_ratio == pytest.approx(0.9618305, rel=1e-6)


def test_a_retraction_restores_the_previous_revision() -> None:
    first, second = rec("2023", 1250, "2024-03-01"), rec("2023", 1300, "2024-09-01")
    undo = rec("2023", 0, "2024-10-01", retracts=second.id)
    row = assess(goal(), [first, second, undo])
    assert row.latest.value == 1250
    assert [e.retracted_by for e in row.history] == [None, undo.id]


def test_a_recorded_base_year_figure_replaces_the_approximate_baseline() -> None:
    target = goal(baseline={"value": 1000, "period": 2022, "qualifier": "over"})
    approximate = assess(target, [rec("2023", 1250)])
    assert Note.BASELINE_APPROXIMATE in approximate.notes
    exact = assess(target, [rec("2022", 1050), rec("2023", 1250)])
    assert Note.BASELINE_FROM_LEDGER in exact.notes
    assert exact.progress == pytest.approx(200 / 950)


def test_a_figure_before_the_baseline_is_never_the_latest() -> None:
    target = goal(unit="名", target=600, kind="cumulative", baseline={"value": 0, "period": 2022})
    row = assess(target, [rec("2021", 700, unit="名")])
    assert row.latest is None and row.status is Status.INSUFFICIENT_DATA
    assert row.elapsed is None and row.attainment is None
    assert Note.VALUES_BEFORE_BASELINE in row.notes
    later = assess(target, [rec("2021", 700, unit="名"), rec("2023", 150, unit="名")])
    assert later.latest.value == 150 and later.status is Status.NEEDS_ACCELERATION


def test_year_and_its_last_day_are_one_period_and_the_later_recording_wins() -> None:
    target = goal(unit="名", target=600, kind="cumulative", baseline={"value": 0, "period": 2022})
    records = [
        rec("2024-12-31", 160, "2025-01-10", unit="名"),
        rec("2024", 170, "2025-02-10", unit="名"),
    ]
    row = assess(target, records, dt.date(2025, 3, 1))
    assert row.latest.value == 170
    assert row.history[0].superseded_by == records[1].id
    first_day = assess(target, [rec("2023-01-01", 40, unit="名")], dt.date(2025, 3, 1))
    assert first_day.latest is not None  # 1 January 2023 comes after the 2022 baseline
    assert first_day.elapsed == pytest.approx((1 / 365) / 3)


def test_a_passed_deadline_without_its_figure_is_provisional() -> None:
    row = assess(goal(), [rec("2024", 1500)], dt.date(2026, 6, 1))
    assert row.final is False
    assert Note.PROVISIONAL_DEADLINE_PASSED in row.notes
    assert row.status is Status.NEEDS_ACCELERATION  # R = 0.2247 / 0.2599 = 0.8645


def test_records_in_another_unit_of_money_are_converted() -> None:
    row = assess(goal(), [rec("2023", 12.5, unit="万亿元")])
    assert row.latest.value == pytest.approx(125000)


def test_indicators_use_published_growth_then_recorded_values() -> None:
    goals = registry.load(registry.RegistryLocation(None, "built-in"))
    alone = compute(goals, [], AS_OF)
    output = next(r for r in alone.indicators if r.id == "industrial-output")
    assert output.growth == 0.041 and output.status is Status.ON_TRACK
    records = [rec("2023", 4.37, unit="万亿元", target="industrial-output")]
    later = compute(goals, records, AS_OF)
    output = next(r for r in later.indicators if r.id == "industrial-output")
    assert output.growth == pytest.approx(4.37 / 4.36 - 1)
    assert output.status is Status.LIMITED_PROGRESS  # 0.23% a year, below 0.5%
    rate = next(r for r in later.indicators if r.id == "electronic-information-growth")
    assert rate.growth == 0.062 and Note.GROWTH_IS_VALUE in rate.notes


def test_a_figure_in_a_unit_of_another_kind_never_supersedes_a_good_one() -> None:
    goals = registry.load(registry.RegistryLocation(None, "built-in"))
    good = rec("2023", 150, "2024-03-01", unit="名", target="ic-talents")
    wrong = rec("2023", 2, "2024-04-01", unit="亿元", target="ic-talents")
    result = compute(goals, [good, wrong], AS_OF)
    row = next(r for r in result.targets if r.id == "ic-talents")
    assert row.latest is not None and row.latest.value == 150
    assert Note.UNIT_MISMATCH_IGNORED in row.notes
    assert result.unusable == [wrong]


def test_orphan_records_are_reported_not_fatal() -> None:
    goals = registry.load(registry.RegistryLocation(None, "built-in"))
    result = compute(goals, [rec("2023", 1, target="gone")], AS_OF)
    assert [r.goal_id for r in result.orphans] == ["gone"]


def test_json_document_matches_its_schema() -> None:
    goals = registry.load(registry.RegistryLocation(None, "built-in"))
    records = [
        rec("2023", 1250, target="ic-scale"),
        rec("2024-06-30", 300, unit="名", target="ic-talents"),
        rec("2024", 2400, target="kunshan-smart-terminals"),
        rec("2023", 2000, target="kunshan-smart-terminals"),
    ]
    doc = jsondoc.document(compute(goals, records, AS_OF), jsondoc.Origin("r", "l"))
    jsonschema.validate(doc, SCHEMA)
    assert doc["summary"]["on-track"] == 2 and sum(doc["summary"].values()) == 14
    assert json.loads(json.dumps(doc, allow_nan=False)) == doc


def test_status_json_on_the_command_line(cli: CliRunner, tmp_path: Path) -> None:
    result = cli("status", "--json", "--as-of", "2024-12-31")
    assert result.code == 0, result.err
    doc = json.loads(result.out)
    jsonschema.validate(doc, SCHEMA)
    assert doc["as_of"] == "2024-12-31" and len(doc["targets"]) == 14


# ----------------------------------------------------------------------------- properties

finite = st.floats(min_value=-1e12, max_value=1e12, allow_nan=False, allow_infinity=False)
positive = st.floats(min_value=0.01, max_value=1e9, allow_nan=False, allow_infinity=False)
years = st.integers(min_value=2023, max_value=2030)


@settings(max_examples=200, deadline=None)
@given(base=positive, target=positive, low=positive, high=positive, year=years)
def test_progress_rises_with_the_latest_value(
    base: float, target: float, low: float, high: float, year: int
) -> None:
    assume(base != target and low != high)
    low, high = min(low, high), max(low, high)
    direction = "increase" if target > base else "decrease"
    g = goal(
        target=target,
        direction=direction,
        deadline=2030,
        start=2021,
        baseline={"value": base, "period": 2020},
    )
    p_low = assess(g, [rec(str(year), low)]).progress
    p_high = assess(g, [rec(str(year), high)]).progress
    if direction == "increase":
        assert p_high >= p_low
    else:
        assert p_high <= p_low


@settings(max_examples=300, deadline=None)
@given(
    base=finite,
    target=finite,
    latest=finite,
    year=years,
    direction=st.sampled_from(["increase", "decrease"]),
    kind=st.sampled_from(["level", "cumulative"]),
)
def test_no_exception_and_no_nan_and_achieved_exactly_when_met(
    base: float, target: float, latest: float, year: int, direction: str, kind: str
) -> None:
    assume(base != target and (direction == "increase") == (target > base))
    g = goal(
        unit="%",
        target=target,
        direction=direction,
        kind=kind,
        deadline=2030,
        start=2021,
        baseline={"value": base, "period": 2020},
    )
    row = assess(g, [rec(str(year), latest, unit="%")])
    met = latest >= target if direction == "increase" else latest <= target
    assert (row.status is Status.ACHIEVED) == met
    doc = jsondoc.target_document(row)
    for key, value in doc.items():
        if isinstance(value, float):
            assert math.isfinite(value), key


def test_a_growth_keeps_the_qualifier_of_its_source() -> None:
    """ "同比增速超过20%" is over 20%, in every output, not 20%."""
    goals = registry.load(registry.RegistryLocation(None, "built-in"))
    alone = compute(goals, [], AS_OF)
    ic = next(r for r in alone.indicators if r.id == "ic-industry")
    assert ic.growth == pytest.approx(0.2) and ic.growth_qualifier == "over"
    output = next(r for r in alone.indicators if r.id == "industrial-output")
    assert output.growth_qualifier == "exact"
    # From "over 1000" to a recorded figure the growth is near, neither more nor less.
    records = [rec("2023", 1250, unit="亿元", target="ic-industry")]
    later = next(r for r in compute(goals, records, AS_OF).indicators if r.id == "ic-industry")
    assert later.growth == pytest.approx(0.25) and later.growth_qualifier == "about"


@pytest.mark.parametrize(
    ("fields", "first", "later"),
    [
        ({}, 2500, 1900),  # a first figure beyond the target, then one short of it
        ({}, 2000, 1500),  # a first figure at the target
        ({"unit": "%", "kind": "share", "target": 5, "direction": "decrease"}, 3, 6),
    ],
)
def test_a_baseline_at_the_target_then_a_figure_short_of_it_is_deteriorating(
    fields: dict[str, Any], first: float, later: float
) -> None:
    """Progress from a baseline already at the target has no meaning: it read 120% and "on
    track" for a figure that fell below it, and "insufficient data" from a baseline at it."""
    unit = fields.get("unit", "亿元")
    target = goal(baseline=None, deadline=2027, **fields)
    row = assess(target, [rec("2023", first, unit=unit), rec("2024", later, unit=unit)])
    assert row.status is Status.DETERIORATING
    assert Note.BASELINE_MET_TARGET in row.notes
    assert row.progress is None and row.growth_ratio is None and row.pace_gap is None


def test_a_recorded_base_period_figure_at_the_target_is_no_way_to_measure_progress() -> None:
    row = assess(goal(), [rec("2022", 2100), rec("2023", 2300)])
    assert row.status is Status.ACHIEVED  # still met: nothing moved away
    assert Note.BASELINE_MET_TARGET in row.notes
    assert row.progress is None


def test_a_ratio_on_a_threshold_is_judged_as_printed() -> None:
    """30% of the way with half the time gone is a ratio of 0.6 exactly, which binary
    arithmetic makes 0.5999999999999996: it needs acceleration, as "0.60" says."""
    share = goal(unit="%", kind="share", target=3.5, baseline=None, start=2024, deadline=2027)
    row = assess(share, [rec("2023", 2.5, unit="%"), rec("2025", 2.8, unit="%")])
    assert row.growth_ratio == pytest.approx(0.6)
    assert row.status is Status.NEEDS_ACCELERATION


def test_a_first_figure_at_the_target_is_when_it_was_reached() -> None:
    row = assess(goal(baseline=None), [rec("2023", 2500), rec("2024", 2600)])
    assert row.reached is not None and row.reached.text == "2023"
    fell = assess(goal(baseline=None, deadline=2027), [rec("2023", 2500), rec("2024", 1900)])
    assert fell.reached is not None and fell.reached.text == "2023"


def test_revisions_are_ordered_by_time_whatever_the_stamps_precision() -> None:
    """``…T10:00:00Z`` written by hand is before ``…T10:00:00.5Z``, though it sorts after it as
    text; ``.50`` and ``.5`` are one time, and ties are broken by id, not by file order."""

    def stamped(value: float, stamp: str, rid: str) -> Record:
        return make_record(
            value, goal_id="g", unit="亿元", period="2023", recorded_at=stamp, id=rid
        )

    early = stamped(1100, "2024-03-01T10:00:00Z", "r-b")
    late = stamped(1200, "2024-03-01T10:00:00.500000Z", "r-a")
    for records in ([early, late], [late, early]):
        assert assess(goal(), records).latest.value == 1200
    # One moment written two ways: the id decides, in whichever order the lines are.
    one = stamped(1300, "2024-03-01T11:00:00.5Z", "r-1")
    two = stamped(1400, "2024-03-01T11:00:00.500Z", "r-2")
    assert [r.id for r in known_by([two, one], None)] == ["r-1", "r-2"]
    assert [r.id for r in known_by([one, two], None)] == ["r-1", "r-2"]
    assert [r.id for r in known_by([late, early, one], None)] == ["r-b", "r-a", "r-1"]
    # Stamps of one length, as cluster-cli writes them: ties by id too.
    x = stamped(1, "2024-03-01T12:00:00.000000Z", "r-y")
    y = stamped(2, "2024-03-01T12:00:00.000000Z", "r-x")
    assert [r.id for r in known_by([x, y], None)] == ["r-x", "r-y"]
