"""After the deadline, target 0, implausible periods, and the share, rate and maintain goals.

Every expected figure is worked out by hand in the comment beside it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pydantic
import pytest
from test_assess import SCHEMA, assess, goal, rec

from cluster_cli.engine.assess import Note, Status, compute
from cluster_cli.engine.models import Record
from cluster_cli.files import ledger, registry
from cluster_cli.i18n import words as w
from cluster_cli.render import jsondoc
from conftest import CliRunner

AFTER = dt.date(2027, 2, 1)  # the 2026 figures are out

# ------------------------------------------------------------------ after the deadline


def test_a_goal_met_in_its_deadline_year_stays_achieved_after_a_lower_figure() -> None:
    # IC scale 1000 (2022) -> 2000 (2025): 2100 in 2025 meets it; 1900 in 2026 changes nothing.
    row = assess(goal(), [rec("2025", 2100), rec("2026", 1900)], AFTER)
    assert row.status is Status.ACHIEVED and row.final
    assert row.latest.period.text == "2025" and row.latest.value == 2100
    assert row.newest.period.text == "2026" and row.newest.value == 1900
    assert row.reached.text == "2025"
    assert Note.VALUES_AFTER_DEADLINE in row.notes
    assert row.attainment == pytest.approx(1.05)  # 2100 / 2000, not 1900 / 2000


def test_a_goal_missed_in_its_deadline_year_stays_missed_after_a_higher_figure() -> None:
    row = assess(goal(), [rec("2025", 1800), rec("2026", 2100)], AFTER)
    assert row.status is Status.MISSED and row.final
    assert row.reached.text == "2026"  # "reached in 2026", one year late
    assert row.gap == pytest.approx(200)  # 2000 - 1800
    assert row.elapsed == 1.0  # (2025 - 2022) / 3, never (2026 - 2022) / 3 = 133%
    assert row.progress == pytest.approx(0.8)  # (1800 - 1000) / 1000
    assert row.projected is None  # the deadline's figure is in: nothing to project
    assert row.needed_per_year is None and row.needed_growth is None


def test_a_missing_deadline_figure_is_judged_on_the_trend_before_it_not_after() -> None:
    # 2024 = 1500, 2025 missing, 2026 = 2100: the trend to 2024 is judged, provisionally.
    row = assess(goal(), [rec("2024", 1500), rec("2026", 2100)], AFTER)
    assert row.latest.period.text == "2024" and row.final is False
    # R = (1.5^(1/2) - 1) / (2^(1/3) - 1) = 0.224745 / 0.259921 = 0.864659
    assert row.growth_ratio == pytest.approx(0.864659, rel=1e-5)
    assert row.status is Status.NEEDS_ACCELERATION
    assert Note.PROVISIONAL_DEADLINE_PASSED in row.notes
    assert row.projected == pytest.approx(1500 * 1.5**0.5)  # 2024 -> 2025, forwards
    assert row.elapsed == pytest.approx(2 / 3)
    assert row.needed_per_year is None  # the deadline year is over: nothing is "still needed"
    assert row.reached.text == "2026"


def test_a_cumulative_goal_is_never_past_100_percent_of_its_time() -> None:
    talents = goal(unit="名", target=600, kind="cumulative", baseline={"value": 0, "period": 2022})
    records = [rec("2025", 500, unit="名"), rec("2026-06-30", 650, unit="名")]
    row = assess(talents, records, AFTER)
    assert row.status is Status.MISSED and row.elapsed == 1.0
    assert row.reached.text == "2026-06-30"


# ------------------------------------------------------------------ target 0


def test_a_decreasing_count_to_zero_has_no_attainment_and_no_negative_projection() -> None:
    # 10 sites (2022) -> 0 by 2025; 1 left in 2023.
    sites = goal(unit="个", target=0, direction="decrease", baseline={"value": 10, "period": 2022})
    row = assess(sites, [rec("2023", 1, unit="个")])
    assert row.attainment is None  # 0 / 1 would read "0% of goal"
    assert row.progress == pytest.approx(0.9)  # (1 - 10) / (0 - 10)
    assert row.growth_ratio == pytest.approx(2.7)  # 0.9 / (1 / 3)
    assert row.status is Status.ON_TRACK
    assert row.projected == 0  # the straight line gives 10 - 9 * 3 = -17
    assert row.gap == 1 and row.needed_per_year == pytest.approx(-0.5)
    doc = jsondoc.target_document(row)
    assert doc["attainment"] is None and doc["projected"] == 0


def test_attainment_is_defined_where_the_ratio_means_something() -> None:
    falling = goal(
        unit="%", target=80, direction="decrease", baseline={"value": 100, "period": 2022}
    )
    assert assess(falling, [rec("2023", 90, unit="%")]).attainment == pytest.approx(80 / 90)
    assert assess(falling, [rec("2023", 0, unit="%")]).attainment is None


# ------------------------------------------------------------------ implausible periods


def _written(path: Path, records: list[Record]) -> None:
    ledger.append(path, records)


def test_periods_before_1949_or_not_begun_when_recorded_do_not_count(
    cli: CliRunner, reg: Path
) -> None:
    good = rec("2023", 1250, "2024-03-01", target="ic-scale")
    zero = rec("0000", 900, "2024-03-01", target="ic-scale")
    future = rec("2099", 2500, "2024-03-01", target="ic-scale")
    goals = registry.load(registry.RegistryLocation(None, "built-in"))
    assessment = compute(goals, [good, zero, future], dt.date(2024, 12, 31))
    row = next(r for r in assessment.targets if r.id == "ic-scale")
    assert row.latest is not None and row.latest.value == 1250 and row.final is False
    assert row.status is Status.ON_TRACK and Note.IMPLAUSIBLE_PERIOD_IGNORED in row.notes
    assert [r.id for r in assessment.implausible] == [zero.id, future.id]

    _written(Path("actuals.toml"), [good, zero, future])
    checked = cli("check")
    assert checked.code == 1
    assert re.search(rf"{zero.id}: ic-scale period 0000 is before 1949", checked.out + checked.err)
    assert re.search(rf"{future.id}: ic-scale period 2099 had not begun", checked.out + checked.err)
    zh = cli("check", "--lang", "zh")  # worded in the run's language, though judged once
    assert "期别 0000 早于 1949 年" in zh.out + zh.err
    assert "期别 2099 尚未开始" in zh.out + zh.err
    status = cli("status", "--json", "--as-of", "2024-12-31")
    assert status.code == 0 and "2099" in status.err
    document = json.loads(status.out)
    jsonschema.validate(document, SCHEMA)
    assert document["implausible_records"] == [zero.id, future.id]


def test_a_year_may_be_recorded_once_it_has_begun() -> None:
    talents = goal(unit="名", target=600, kind="cumulative", baseline={"value": 0, "period": 2022})
    running = rec("2024", 300, "2024-07-01", unit="名")  # a running total during the year
    row = assess(talents, [running], dt.date(2024, 12, 31))
    assert row.latest is not None and Note.IMPLAUSIBLE_PERIOD_IGNORED not in row.notes


# ------------------------------------------------------------------ share goals


def share(**fields: Any) -> Any:
    base = {"unit": "%", "kind": "share", "target": 3.5, "baseline": {"value": 3.0, "period": 2022}}
    return goal(**{**base, **fields})


def test_a_share_goal_is_judged_in_percentage_points() -> None:
    # 研发投入强度 3.0% (2022) -> 3.5% by 2025; 3.1% in 2023.
    row = assess(share(), [rec("2023", 3.1, unit="%")])
    assert row.progress == pytest.approx(0.2)  # 0.1 of 0.5 points
    assert row.elapsed == pytest.approx(1 / 3)
    assert row.growth_ratio == pytest.approx(0.6)  # 0.2 / (1/3): the pace, not growth rates
    assert row.status is Status.NEEDS_ACCELERATION
    assert row.gap == pytest.approx(0.4)  # percentage points
    assert row.needed_per_year == pytest.approx(0.2)  # 0.4 points over two years
    assert row.actual_growth is None and row.needed_growth is None
    assert row.projected == pytest.approx(3.3)  # 3.0 + 0.1 a year for three years
    assert row.attainment == pytest.approx(3.1 / 3.5)


def test_a_share_goal_is_achieved_or_missed_like_a_level() -> None:
    assert assess(share(), [rec("2024", 3.6, unit="%")]).status is Status.ACHIEVED
    assert assess(share(), [rec("2025", 3.4, unit="%")]).status is Status.MISSED


# ------------------------------------------------------------------ rate goals


def rate(**fields: Any) -> Any:
    base = {"unit": "%", "kind": "rate", "target": 5, "baseline": None}
    return goal(**{**base, **fields})


def test_a_rate_goal_compares_the_average_so_far_with_the_target_rate() -> None:
    # 年均增长5% over 2023-2025; 4.0% in 2023 and 5.5% in 2024.
    row = assess(rate(), [rec("2023", 4.0, unit="%"), rec("2024", 5.5, unit="%")])
    average = (1.04 * 1.055) ** 0.5 - 1  # 4.7473%
    assert row.average == pytest.approx(average * 100)
    assert row.growth_ratio == pytest.approx(average / 0.05)  # 0.949464, just below 0.95
    assert row.status is Status.NEEDS_ACCELERATION and row.final is False
    assert row.progress == pytest.approx((1.04 * 1.055 - 1) / (1.05**3 - 1))  # 0.616653
    assert row.elapsed == pytest.approx(2 / 3)
    assert row.needed_growth == pytest.approx(1.05**3 / (1.04 * 1.055) - 1)  # 5.5072% in 2025
    assert row.gap == pytest.approx(5 - average * 100)
    assert row.baseline is None and row.projected is None and row.needed_per_year is None
    # Attainment (average ÷ target) would be the growth ratio again: given once.
    assert row.attainment is None


@pytest.mark.parametrize(
    ("fields", "rates", "status", "side"),
    [
        # 居民消费价格涨幅3%左右 as a ceiling: 0.5% and 1% keep under it; 0.5% and 6% do not.
        ({"target": 3, "direction": "decrease"}, [0.5, 1.0], Status.ON_TRACK, None),
        ({"target": 3, "direction": "decrease"}, [0.5, 6.0], Status.NEEDS_ACCELERATION, "ceiling"),
        # 降幅不超过2% (growth of at least -2%): -3% then -0.5% average -1.76%, above the floor.
        ({"target": -2}, [-3.0, -0.5], Status.ON_TRACK, None),
        ({"target": -2}, [-3.0, -2.5], Status.NEEDS_ACCELERATION, "floor"),
        ({"target": 0}, [1.0, -2.5], Status.NEEDS_ACCELERATION, "floor"),  # 增速不为负
    ],
)
def test_a_rate_floor_or_ceiling_is_kept_or_not_with_no_way_to_go(
    fields: dict[str, Any], rates: list[float], status: Status, side: str | None
) -> None:
    """Progress, a pace, a ratio and a rate still needed belong to a rate to reach: a ceiling
    kept read "16.2% of the way, behind by 50.4 pp, 7.66% a year still needed"."""
    from cluster_cli.render.labels import row_status_text

    row = assess(rate(**fields), [rec(str(2023 + i), r, unit="%") for i, r in enumerate(rates)])
    assert row.status is status
    assert row.progress is None and row.pace_gap is None and row.growth_ratio is None
    assert row.needed_growth is None and row.needed_per_year is None
    assert row.average is not None and row.elapsed == pytest.approx(2 / 3)
    text = row_status_text(row, "en")
    assert (side is None and "(" not in text) or (side is not None and f"the {side})" in text)
    # The side is the engine's note, for the CSV and the JSON too.
    codes = {"ceiling": Note.ABOVE_CEILING, "floor": Note.BELOW_FLOOR}
    assert (codes[side] in row.notes) if side else not ({*codes.values()} & {*row.notes})


def test_a_figure_past_its_bounds_says_which_side() -> None:
    from cluster_cli.render.labels import row_status_text

    band = goal(kind="level", direction="maintain", target=3000, baseline=None, unit="万亩")
    above = assess(band, [rec("2024", 3200, unit="万亩")])
    below = assess(band, [rec("2024", 2800, unit="万亩")])
    assert row_status_text(above, "zh") == "! 需加快（高于区间）"
    assert row_status_text(below, "en") == "! needs acceleration (below the band)"
    cap = goal(kind="cumulative", direction="decrease", target=50, baseline=None, unit="平方公里")
    over = assess(cap, [rec("2024", 60, unit="平方公里")])
    assert row_status_text(over, "en") == "! needs acceleration (over the cap)"
    assert Note.OVER_CAP in over.notes
    assert over.needed_per_year is None  # a total added to cannot fall back: no "-10 a year"
    under = assess(cap, [rec("2024", 30, unit="平方公里")])
    assert row_status_text(under, "en") == "+ on track"


def test_a_rate_goal_ahead_of_its_target_still_says_what_the_years_left_need() -> None:
    # 年均增长5% over 2023-2026; 6% in 2023 and 2024: the two years left may bring less.
    from cluster_cli.render.labels import needed_rate

    row = assess(rate(deadline=2026), [rec("2023", 6.0, unit="%"), rec("2024", 6.0, unit="%")])
    assert row.gap == 0 and row.status is Status.ON_TRACK
    assert row.needed_growth == pytest.approx((1.05**4 / 1.06**2) ** 0.5 - 1)  # 4.0%
    # A rate goal's is read beside its average and target: two decimals, rounded up.
    assert needed_rate(row) == "4.01%"
    behind = assess(rate(), [rec("2023", 4.0, unit="%"), rec("2024", 5.5, unit="%")])
    assert needed_rate(behind) == "5.51%"  # the methodology's example: 5.5072%, never 5.6%


def test_a_rate_goal_s_average_is_written_alike_in_its_figures_and_its_sentence() -> None:
    from cluster_cli.render.labels import explain
    from cluster_cli.render.view import figures

    # -3.0013% a year against a target of -3%: "-3%" in the table read as on the target.
    row = assess(
        rate(target=-3, direction="decrease"),
        [rec("2023", -3.0, unit="%"), rec("2024", -3.0026, unit="%")],
    )
    observed = next(f.text for f in figures(row, "zh") if f.key == "actual_growth")
    assert observed == "-3.001%" and observed in explain(row, "zh")


def test_a_rate_goal_is_final_with_the_deadline_year() -> None:
    two = [rec("2023", 4.0, unit="%"), rec("2024", 5.5, unit="%")]
    achieved = assess(rate(), [*two, rec("2025", 6.0, unit="%")])
    assert achieved.status is Status.ACHIEVED and achieved.final  # 1.163032 > 1.05^3
    missed = assess(rate(), [*two, rec("2025", 5.0, unit="%")])
    assert missed.status is Status.MISSED  # 1.15206 < 1.157625
    assert missed.average == pytest.approx(((1.04 * 1.055 * 1.05) ** (1 / 3) - 1) * 100)


def test_equal_rates_average_to_exactly_the_rate() -> None:
    row = assess(rate(start=2024), [rec("2024", 5, unit="%"), rec("2025", 5, unit="%")])
    assert row.average == 5 and row.status is Status.ACHIEVED
    single = assess(rate(start=2024, deadline=2024), [rec("2024", 5, unit="%")], _2025)
    assert single.status is Status.ACHIEVED and single.final


_2025 = dt.date(2025, 2, 1)  # the year 2024 is over


def test_a_rate_goal_is_settled_by_every_year_of_its_plan() -> None:
    """年均 over 2023–2025 with only 2025's rate in: 7% "over 2025" settles nothing, however
    good; the status follows the years recorded, and says so."""
    partial = assess(rate(), [rec("2025", 7, unit="%")], dt.date(2026, 2, 1))
    assert not partial.final and partial.status is not Status.ACHIEVED
    assert Note.PLAN_YEARS_MISSING in partial.notes
    every = [rec("2023", 7, unit="%"), rec("2024", 7, unit="%"), rec("2025", 7, unit="%")]
    whole = assess(rate(), every, dt.date(2026, 2, 1))
    assert whole.final and whole.status is Status.ACHIEVED
    assert Note.PLAN_YEARS_MISSING not in whole.notes


def test_the_deadline_years_figure_settles_a_goal_only_once_the_year_is_over() -> None:
    """A 2025 figure recorded in 2025 (a figure so far, an early estimate): short of the
    target it is no final "missed", neither while 2025 runs nor after; the year's figure
    recorded after the year settles the goal."""
    target = goal(deadline=2025)
    figures = [rec("2024", 1400, "2025-02-01"), rec("2025", 1500, "2025-06-30")]
    running = assess(target, figures, dt.date(2025, 12, 31))
    assert not running.final and running.status is not Status.MISSED
    assert Note.DEADLINE_YEAR_RUNNING in running.notes
    over = assess(target, figures, dt.date(2026, 1, 1))
    assert not over.final and over.status is not Status.MISSED
    assert over.notes.count(Note.DEADLINE_FIGURE_EARLY) == 1
    assert Note.DEADLINE_YEAR_RUNNING not in over.notes
    assert Note.PROVISIONAL_DEADLINE_PASSED not in over.notes
    final = [*figures, rec("2025", 1500, "2026-01-20")]  # the published figure: the same
    settled = assess(target, final, dt.date(2026, 2, 1))
    assert settled.final and settled.status is Status.MISSED
    assert Note.DEADLINE_FIGURE_EARLY not in settled.notes
    # A figure that meets the target is met, in the year or after it.
    for as_of in (dt.date(2025, 12, 31), dt.date(2026, 6, 1)):
        met = assess(target, [rec("2025", 2100, "2025-06-30")], as_of)
        assert met.status is Status.ACHIEVED and Note.DEADLINE_FIGURE_EARLY not in met.notes


def test_a_deadline_figure_noted_as_an_estimate_settles_nothing() -> None:
    """A work report gives the year just ended as 预计数, weeks after it ended: recorded then, it
    was a final "missed". Short of the target, a figure noted as an estimate settles nothing;
    the bulletin's figure does; an estimate that meets the target is met."""
    target = goal(deadline=2025)
    estimate = rec("2025", 1950, "2026-01-23")._replace(note="预计数")
    row = assess(target, [rec("2024", 1400, "2025-02-01"), estimate], dt.date(2026, 2, 1))
    assert not row.final and row.status is not Status.MISSED
    assert row.notes.count(Note.DEADLINE_FIGURE_ESTIMATE) == 1
    assert Note.PROVISIONAL_DEADLINE_PASSED not in row.notes
    bulletin = rec("2025", 1950, "2026-03-01")  # the same figure, no longer an estimate
    settled = assess(target, [estimate, bulletin], dt.date(2026, 4, 1))
    assert settled.final and settled.status is Status.MISSED
    met_figure = rec("2025", 2100, "2026-01-23")._replace(note="expected")
    met = assess(target, [met_figure], dt.date(2026, 2, 1))
    assert met.status is Status.ACHIEVED
    # A note that speaks of an estimate does not call its figure one.
    for note in ("低于年初预计的2000亿元", "统计公报，不含估计数", "unexpected drop in exports"):
        bulletin = rec("2025", 1950, "2026-03-01")._replace(note=note)
        assert assess(target, [bulletin], dt.date(2026, 4, 1)).final, note
    for note in ("预计数", "2025年预计", "初步预计", "Estimated", "preliminary estimate"):
        noted = rec("2025", 1950, "2026-01-23")._replace(note=note)
        assert not assess(target, [noted], dt.date(2026, 2, 1)).final, note
    rates = [rec("2023", 4, unit="%"), rec("2024", 4, unit="%")]
    rates.append(rec("2025", 4, "2026-01-23", "%")._replace(note="2025年预计"))
    row = assess(rate(), rates, dt.date(2026, 3, 1))
    assert not row.final and Note.DEADLINE_FIGURE_ESTIMATE in row.notes


def test_a_rate_recorded_during_its_deadline_year_settles_nothing() -> None:
    early = [rec("2023", 4, unit="%"), rec("2024", 4, unit="%"), rec("2025", 4, "2025-11-01", "%")]
    row = assess(rate(), early, dt.date(2026, 3, 1))
    assert not row.final and row.status is not Status.MISSED
    assert Note.DEADLINE_FIGURE_EARLY in row.notes
    later = [*early[:2], rec("2025", 4, "2026-02-01", "%")]
    assert assess(rate(), later, dt.date(2026, 3, 1)).status is Status.MISSED


def test_a_status_not_yet_final_is_marked_provisional_with_its_reason() -> None:
    """Every place that shows a status marks it provisional, and says why, where a verdict
    is expected but not yet settled: the deadline year runs, a rate lacks plan years."""
    from cluster_cli.render.labels import explain, is_provisional, row_status_text

    figures = [rec("2024", 1400, "2025-02-01"), rec("2025", 1500, "2025-06-30")]
    running = assess(goal(deadline=2025), figures, dt.date(2025, 7, 2))
    assert is_provisional(running) and "provisional" in row_status_text(running, "en")
    assert explain(running, "en").endswith("the status is provisional.")
    gaps = assess(rate(), [rec("2023", 4, unit="%"), rec("2025", 6, unit="%")], _2026)
    assert Note.PLAN_YEARS_MISSING in gaps.notes
    # The deadline year's rate is in: the note that it is not would be false.
    assert Note.PROVISIONAL_DEADLINE_PASSED not in gaps.notes
    assert is_provisional(gaps) and "暂定" in row_status_text(gaps, "zh")
    assert "cannot settle the goal yet" in explain(gaps, "en")


_2026 = dt.date(2026, 2, 1)


def test_a_fall_of_everything_averages_to_minus_100_percent() -> None:
    """A year of -100% leaves nothing to grow: the average is -100%, deteriorating, and no
    rate is still needed (it read "insufficient data", "only one figure", with three)."""
    row = assess(rate(), [rec("2023", 4.0, unit="%"), rec("2024", -100, unit="%")])
    assert row.average == -100 and row.status is Status.DETERIORATING
    assert row.needed_growth is None


def test_a_hand_edited_rate_below_minus_100_percent_does_not_count() -> None:
    target = rate()
    good, bad = rec("2023", 4.0, unit="%"), rec("2024", -150, unit="%")
    goals = registry.load(registry.RegistryLocation(None, "built-in"))
    goals = goals.model_copy(update={"targets": {"g": target}, "indicators": {}})
    assessment = compute(goals, [good, bad], dt.date(2025, 6, 30))
    row = assessment.targets[0]
    assert row.average == 4.0 and Note.RATE_BELOW_FLOOR_IGNORED in row.notes
    assert Note.COUNT_NOT_WHOLE_IGNORED not in row.notes
    assert [r.id for r in assessment.implausible] == [bad.id]


def test_a_rate_goal_ignores_years_outside_its_plan() -> None:
    row = assess(rate(), [rec("2022", 9.0, unit="%"), rec("2023", 5.0, unit="%")])
    assert row.average == 5 and Note.VALUES_OUTSIDE_PLAN in row.notes


# ------------------------------------------------------------------ maintain


def test_a_maintain_goal_is_met_inside_its_default_band() -> None:
    # CPI 3%左右 for 2024: no tolerance given, so 3 ± 0.5 points.
    cpi = rate(direction="maintain", target=3, start=2024, deadline=2024)
    assert cpi.band == (2.5, 3.5)
    met = assess(cpi, [rec("2024", 3.4, unit="%")], _2025)
    assert met.status is Status.ACHIEVED and met.gap == 0
    # The year's figure, published in January: a figure recorded in 2024 would settle nothing.
    low = assess(cpi, [rec("2024", 0.2, "2025-01-20", unit="%")], _2025)
    assert low.status is Status.MISSED and Note.BELOW_BAND in low.notes
    assert low.gap == pytest.approx(2.3)  # 2.5 - 0.2
    assert jsondoc.target_document(low)["band"] == {"low": 2.5, "high": 3.5}


def test_a_maintain_goal_before_its_deadline_is_on_track_or_needs_correcting() -> None:
    cpi = rate(direction="maintain", target=3, start=2024, deadline=2025)
    above = assess(cpi, [rec("2024", 3.6, unit="%")], dt.date(2025, 3, 1))
    assert above.status is Status.NEEDS_ACCELERATION and Note.ABOVE_BAND in above.notes
    assert above.gap == pytest.approx(0.1)
    wider = rate(direction="maintain", target=3, start=2024, deadline=2025, tolerance=1)
    assert assess(wider, [rec("2024", 3.6, unit="%")]).status is Status.ON_TRACK


def test_a_maintained_count_uses_five_percent_of_the_target() -> None:
    firms = goal(unit="家", target=1000, direction="maintain", baseline=None)
    assert firms.band == (950, 1050)
    row = assess(firms, [rec("2024", 980, unit="家")])
    assert row.status is Status.ON_TRACK
    assert row.attainment is None and row.progress is None and row.projected is None
    over = assess(firms, [rec("2024", 980, unit="家"), rec("2025", 1060, unit="家")])
    assert over.status is Status.MISSED and over.gap == pytest.approx(10)


def test_a_bands_time_elapsed_is_the_plans_as_a_rate_goals_is() -> None:
    """Two goals of one 2024-2026 plan, one to hold a level and one a rate, at the same 2025
    figure: the same share of the plan gone (it read 50.0% for the first, from its 2024 figure)."""
    held = goal(unit="%", kind="share", target=3, direction="maintain", baseline=None)
    held = held.model_copy(update={"start": 2024, "deadline": 2026})
    both = [rec("2024", 3.1, unit="%"), rec("2025", 2.9, unit="%")]
    growth = rate(start=2024, deadline=2026)
    assert assess(held, both).elapsed == pytest.approx(2 / 3) == assess(growth, both).elapsed
    assert assess(held, both[:1]).elapsed == pytest.approx(1 / 3)  # one figure: known too


# ------------------------------------------------------------------ the registry model


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"kind": "share", "unit": "亿元"}, "measured in %"),
        ({"kind": "rate", "unit": "%", "baseline": {"value": 3, "period": 2022}}, "no baseline"),
        ({"tolerance": 1}, "only to direction"),
        ({"direction": "maintain", "tolerance": 0}, "greater than 0"),
        ({"direction": "sideways"}, "maintain"),
    ],
)
def test_the_registry_refuses_inconsistent_kinds(fields: dict[str, Any], message: str) -> None:
    with pytest.raises(pydantic.ValidationError, match=message):
        goal(**fields)


REGISTRY_TAIL = """
[targets.rd-intensity]
name = "研发投入强度"
name_en = "R&D intensity"
cluster = "ic"
region = "suzhou"
unit = "%"
target = 3.5
kind = "share"
start = 2023
deadline = 2025
baseline = { value = 3.0, period = 2022 }
source = { document = "jjrb-2023", quote = "example" }

[targets.output-growth]
name = "产值年均增长"
name_en = "Output growth a year"
cluster = "ic"
region = "suzhou"
unit = "%"
target = 5
kind = "rate"
start = 2023
deadline = 2025
source = { document = "jjrb-2023", quote = "example" }

[targets.cpi]
name = "居民消费价格涨幅"
name_en = "Consumer price rise"
cluster = "ic"
region = "suzhou"
unit = "%"
target = 3
direction = "maintain"
tolerance = 0.5
kind = "rate"
start = 2024
deadline = 2024
source = { document = "jjrb-2023", quote = "example" }
"""


def test_every_output_takes_the_new_kinds(cli: CliRunner, registry_text: str) -> None:
    assert "[sources.jjrb-2023]" in registry_text
    Path("targets.toml").write_text(registry_text + REGISTRY_TAIL, "utf-8")
    for key, value in (("rd-intensity", "3.1"), ("output-growth", "4"), ("cpi", "3.2")):
        done = cli("update", key, value, "--period", "2024")
        assert done.code == 0, done.err
    assert cli("check").code == 0
    document = json.loads(cli("status", "--json").out)
    jsonschema.validate(document, SCHEMA)
    rows = {t["id"]: t for t in document["targets"]}
    assert rows["cpi"]["status"] == "achieved" and rows["cpi"]["band"] == {"low": 2.5, "high": 3.5}
    assert rows["output-growth"]["average"] == 4
    assert rows["rd-intensity"]["kind"] == "share"
    for arguments in (
        ["status"],
        ["show", "cpi"],
        ["show", "output-growth"],
        ["report", "--markdown"],
        ["report", "--html"],
        ["report", "--csv"],
    ):
        result = cli(*arguments)
        assert result.code == 0, (arguments, result.err)
        assert "Traceback" not in result.err


@pytest.mark.parametrize("value", [-5.0, 5.5])
def test_a_hand_edited_count_below_zero_or_with_a_fraction_does_not_count(
    cli: CliRunner, reg: Path, value: float
) -> None:
    good = rec("2023", 150, "2024-03-01", unit="名", target="ic-talents")
    bad = rec("2024", value, "2025-01-01", unit="名", target="ic-talents")
    goals = registry.load(registry.RegistryLocation(None, "built-in"))
    assessment = compute(goals, [good, bad], dt.date(2025, 6, 30))
    row = next(r for r in assessment.targets if r.id == "ic-talents")
    assert row.latest is not None and row.latest.value == 150  # not the hand-edited figure
    assert Note.COUNT_NOT_WHOLE_IGNORED in row.notes
    assert Note.IMPLAUSIBLE_PERIOD_IGNORED not in row.notes
    assert [r.id for r in assessment.implausible] == [bad.id]

    _written(Path("actuals.toml"), [good, bad])
    for args in (["status"], ["show", "ic-talents"], ["report", "--markdown"]):
        shown = cli(*args, "--as-of", "2025-06-30")
        assert shown.code == 0, shown.err
        assert f"{bad.id}" in shown.err and "a count must be a whole number" in shown.err
    zh = cli("status", "--lang", "zh", "--as-of", "2025-06-30")
    assert "计数必须是非负整数：已忽略" in zh.err


@pytest.mark.parametrize("unit", ["foo", "万元"])
def test_a_fractional_figure_in_another_unit_is_a_unit_problem_not_a_count(
    cli: CliRunner, reg: Path, unit: str
) -> None:
    good = rec("2023", 150, "2024-03-01", unit="名", target="ic-talents")
    odd = rec("2024", 150.5, "2025-01-01", unit=unit, target="ic-talents")
    _written(Path("actuals.toml"), [good, odd])
    shown = cli("status", "--as-of", "2025-06-30")
    assert shown.code == 0, shown.err
    assert f"is in {unit}, which cannot be expressed in the goal's unit: ignored" in shown.err
    assert "None" not in shown.err and "a count must be" not in shown.err


def test_a_goal_exactly_on_schedule_is_not_behind_by_binary_noise() -> None:
    """3.6% to 4% over 2024–2027, 3.8% in 2025: half the way in half the time. In floats the
    progress is 0.49999999999999956, which must not read "behind by 0.000001 pp"."""
    from cluster_cli.render.labels import points

    share = goal(
        unit="%",
        kind="share",
        target=4,
        start=2024,
        deadline=2027,
        baseline={"value": 3.6, "period": 2023},
    )
    row = assess(share, [rec("2025", 3.8, unit="%")], dt.date(2026, 3, 1))
    assert row.pace_gap == 0.0
    assert points(row.pace_gap, "en") == "on schedule"
    assert points(row.pace_gap, "zh") == w.ON_SCHEDULE("zh")


def test_a_rate_average_just_short_of_its_target_is_not_shown_on_it() -> None:
    """年均增长5.5% over 2024–2025 with 5.8% and 5.2%: the average, 5.49957%, misses; it is
    written "5.4996%", never "5.5%" beside "falls short of 5.5%"."""
    from cluster_cli.render.labels import explain, rate_average

    target = rate(target=5.5, start=2024, deadline=2025)
    figures = [rec("2024", 5.8, "2025-02-01", "%"), rec("2025", 5.2, "2026-02-01", "%")]
    row = assess(target, figures, dt.date(2026, 3, 1))
    assert row.status is Status.MISSED
    for lang in ("zh", "en"):
        sentence = explain(row, lang)
        assert "5.4996%" in sentence and "5.5%" in sentence.replace("5.4996%", ""), sentence
    average = rate_average(row, "en")
    assert average is not None and "5.4996%" in average[0]


def test_a_cap_on_a_running_total_is_on_track_under_it_until_the_deadline() -> None:
    """新增建设用地控制在50平方公里以内 by 2025: 30 in 2023 is where a total starts, not "achieved";
    over the cap a correction is needed; under it when the deadline year is in, achieved."""
    from cluster_cli.render.labels import explain

    cap = goal(unit="家", kind="cumulative", direction="decrease", target=50, baseline=None)
    under = assess(cap, [rec("2023", 30, unit="家")])
    assert under.status is Status.ON_TRACK and under.reached is None
    assert under.attainment is None  # 50 / 30 read "166.7% attained" of a total just begun
    assert explain(under, "en").startswith("The running total, 30 in 2023, is within the cap")
    over = assess(cap, [rec("2023", 60, unit="家")])
    assert over.status is Status.NEEDS_ACCELERATION
    assert "已超过2025年上限50家，超出10家" in explain(over, "zh")
    done = assess(cap, [rec("2025", 45, unit="家")], dt.date(2026, 2, 1))
    assert done.status is Status.ACHIEVED and done.final


def test_a_cap_overrun_has_no_progress_and_is_told_as_over_the_cap_at_the_deadline() -> None:
    from cluster_cli.render.labels import explain

    cap = goal(unit="家", kind="cumulative", direction="decrease", target=50, baseline=None)
    two = [rec("2023", 60, unit="家"), rec("2024", 70, unit="家")]
    over = assess(cap, two)
    assert over.status is Status.NEEDS_ACCELERATION and over.baseline is None
    assert over.progress is None and over.growth_ratio is None and over.projected is None
    missed = assess(cap, [*two, rec("2025", 55, unit="家")], dt.date(2026, 2, 1))
    assert missed.status is Status.MISSED
    assert "已超过2025年上限50家，超出5家" in explain(missed, "zh")
    assert "falls short" not in explain(missed, "en")


def test_a_figure_so_far_that_meets_a_ceiling_or_a_share_does_not_settle_its_year() -> None:
    """Unemployment of 4.3% in November against 5.5% at most read "achieved"; the year may take
    it back. A year's output so far that meets its floor is met for the year."""
    from cluster_cli.render.labels import explain

    during = dt.date(2025, 11, 30)
    ceiling = goal(unit="%", kind="level", direction="decrease", target=5.5, baseline=None)
    so_far = assess(ceiling, [rec("2025", 4.3, "2025-11-30T00:00:00Z", unit="%")], during)
    assert so_far.status is Status.ON_TRACK and Note.DEADLINE_YEAR_RUNNING in so_far.notes
    assert "but the year is not over" in explain(so_far, "en")
    share = goal(unit="%", kind="share", target=60, baseline={"value": 50, "period": 2022})
    held = assess(share, [rec("2025", 61, "2025-11-30T00:00:00Z", unit="%")], during)
    assert held.status is Status.ON_TRACK
    output = assess(goal(), [rec("2025", 2100, "2025-11-30T00:00:00Z")], during)
    assert output.status is Status.ACHIEVED  # a sum so far over its floor: met for the year
    after = assess(ceiling, [rec("2025", 4.3, "2026-01-20T00:00:00Z", unit="%")], AFTER)
    assert after.status is Status.ACHIEVED and after.final
