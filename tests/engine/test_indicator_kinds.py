"""Context figures of every kind: a share judged in percentage points, a figure where less is
better judged the other way round, and indicators without these keys judged as before.

Every expected figure is worked out by hand in the comment beside it.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from cluster_cli.engine.assess import IndicatorRow, Note, Status, compute
from cluster_cli.engine.models import Registry
from cluster_cli.render.indicators import explain_indicator, indicator_growth
from conftest import REGISTRY_HEAD, REPO, CliRunner, make_record

SCHEMA = json.loads((REPO / "schema" / "status.schema.json").read_text("utf-8"))
AS_OF = dt.date(2024, 12, 31)

# The reproduction of the defect: two shares published for 2022, each recorded for 2023.
HEAD = (
    REGISTRY_HEAD
    + """[targets.dummy]
name = "新增企业"
name_en = "New firms"
cluster = "c"
region = "r"
unit = "家"
target = 10
kind = "cumulative"
start = 2024
deadline = 2027
baseline = { value = 0, period = 2023 }
source = { document = "doc", quote = "新增企业10家" }
"""
)


def indicator_toml(key: str, name: str, name_en: str, unit: str, value: float, extra: str) -> str:
    return f"""[indicators.{key}]
name = "{name}"
name_en = "{name_en}"
cluster = "c"
region = "r"
unit = "{unit}"
{extra}value = {value}
period = 2022
source = {{ document = "doc", quote = "{name}{value}{unit}" }}
"""


URBAN = indicator_toml("urban", "常住人口城镇化率", "Urbanisation rate", "%", 82.1, "")
UNEMP = indicator_toml("unemp", "城镇调查失业率", "Surveyed urban unemployment rate", "%", 5.0, "")
SHARE = 'kind = "share"\n'
LESS = 'direction = "decrease"\n'


def write_registry(*indicators: str) -> None:
    Path("targets.toml").write_text(HEAD + "".join(indicators), "utf-8")


def shares(cli: CliRunner, unemployment: str = "5.6") -> None:
    """The reproduction, with urbanisation a share and unemployment a share less is better."""
    urban = indicator_toml("urban", "常住人口城镇化率", "Urbanisation rate", "%", 82.1, SHARE)
    unemp = indicator_toml(
        "unemp", "城镇调查失业率", "Surveyed urban unemployment rate", "%", 5.0, SHARE + LESS
    )
    write_registry(urban, unemp)
    for key, value in (("urban", "81.5"), ("unemp", unemployment)):
        done = cli("update", key, value, "-p", "2023", "-s", "公报")
        assert done.code == 0, done.err


def flat(text: str) -> str:
    return " ".join(text.split())


def line_of(text: str, key: str) -> str:
    return next(line for line in text.splitlines() if f" {key} " in line)


# ------------------------------------------------------------------ the engine


def registry_of(**indicators: dict[str, Any]) -> Registry:
    items = {
        key: {
            "name": key,
            "name_en": key,
            "cluster": "c",
            "region": "r",
            "period": 2022,
            "source": {"document": "doc", "quote": key},
            **fields,
        }
        for key, fields in indicators.items()
    }
    return Registry.model_validate(
        {
            "sources": {"doc": {"title": "doc"}},
            "clusters": {"c": {"name": "宏观", "name_en": "Macro"}},
            "regions": {"r": {"name": "某市", "name_en": "A city"}},
            "targets": {},
            "indicators": items,
        }
    )


def judged(fields: dict[str, Any], *figures: tuple[str, float]) -> IndicatorRow:
    """The indicator ``x`` with ``figures`` recorded after the registry's 2022 figure."""
    records = [
        make_record(
            value, goal_id="x", unit=fields["unit"], period=period, recorded_at="2024-03-01"
        )
        for period, value in figures
    ]
    return compute(registry_of(x=fields), records, AS_OF).indicators[0]


SHARE_FIELDS = {"unit": "%", "kind": "share", "value": 5.0}


@pytest.mark.parametrize(
    ("direction", "latest", "change", "status"),
    [
        ("increase", 5.6, 0.6, Status.ON_TRACK),  # 5.6 - 5.0 = +0.6 pp in a year: the better way
        ("increase", 4.4, -0.6, Status.DETERIORATING),
        ("increase", 5.0, 0.0, Status.LIMITED_PROGRESS),  # no change
        ("decrease", 4.8, -0.2, Status.ON_TRACK),  # 5.0 -> 4.8: a fall, less being better
        ("decrease", 5.6, 0.6, Status.DETERIORATING),  # a rise where less is better
        ("decrease", 5.0, 0.0, Status.LIMITED_PROGRESS),
    ],
)
def test_a_share_is_judged_by_its_change_in_points_against_0(
    direction: str, latest: float, change: float, status: Status
) -> None:
    row = judged({**SHARE_FIELDS, "direction": direction}, ("2023", latest))
    assert row.change_pp == pytest.approx(change, abs=1e-12)
    assert row.growth is None  # a share has no growth rate: 5.6 is not "+5.6%"
    assert row.status is status
    assert Note.GROWTH_IS_VALUE not in row.notes


def test_a_shares_change_is_a_change_a_year_from_its_first_figure_to_its_latest() -> None:
    # 82.1 (2022) -> 82.3 (2023) -> 82.7 (2024): (82.7 - 82.1) / 2 = 0.3 pp a year.
    row = judged({**SHARE_FIELDS, "value": 82.1}, ("2023", 82.3), ("2024", 82.7))
    assert row.change_pp == pytest.approx(0.3)
    assert row.status is Status.ON_TRACK
    assert "2022—2024年年均上升0.3个百分点" in explain_indicator(row, "zh")
    assert "rose by 0.3 pp a year over 2022–2024" in explain_indicator(row, "en")


def test_a_share_with_a_single_figure_is_insufficient_data() -> None:
    row = judged(SHARE_FIELDS)
    assert row.change_pp is None and row.growth is None
    assert row.status is Status.INSUFFICIENT_DATA
    assert indicator_growth(row, "en", signed=True) == "—"
    assert explain_indicator(row, "en") == "Only one figure: no change in points yet."


def test_a_tiny_change_is_never_shown_as_none_or_as_the_other_way() -> None:
    # 5.0 -> 5.0004: +0.0004 pp, on track; neither "0" nor a fall.
    row = judged(SHARE_FIELDS, ("2023", 5.0004))
    assert row.status is Status.ON_TRACK
    assert indicator_growth(row, "en", signed=True) == "+0.0004 pp"


def test_a_decrease_level_indicator_falling_is_on_track() -> None:
    # Energy use 100 -> 97 万吨标准煤 in a year: -3.0%, a fall of at least 1.5% where less is
    # better.
    row = judged({"unit": "万吨", "value": 100, "direction": "decrease"}, ("2023", 97))
    assert row.growth == pytest.approx(-0.03)
    assert row.status is Status.ON_TRACK
    assert indicator_growth(row, "zh", signed=True) == "-3.0%"  # its own growth: a fall
    assert "less is better" in explain_indicator(row, "en")
    assert "越小越好" in explain_indicator(row, "zh")
    rising = judged({"unit": "万吨", "value": 100, "direction": "decrease"}, ("2023", 103))
    assert rising.status is Status.DETERIORATING


def test_a_fall_where_less_is_better_is_never_printed_across_its_threshold() -> None:
    # 100 -> 98.504: -1.496%, a fall short of 1.5%: needs acceleration, printed -1.4%, not -1.5%.
    row = judged({"unit": "万吨", "value": 100, "direction": "decrease"}, ("2023", 98.504))
    assert row.status is Status.NEEDS_ACCELERATION
    assert indicator_growth(row, "en", signed=True) == "-1.4%"


def test_a_decrease_rate_indicator_is_judged_by_its_value_turned_around() -> None:
    # A price index's growth, less being better: 3.0% in 2023 is a rise, deteriorating.
    row = judged({"unit": "%", "value": 2.0, "direction": "decrease"}, ("2023", 3.0))
    assert row.growth == pytest.approx(0.03) and row.status is Status.DETERIORATING
    assert Note.GROWTH_IS_VALUE in row.notes


def test_an_indicator_without_the_keys_is_judged_as_before() -> None:
    """In %: a growth rate judged by its value; in another unit: its growth a year."""
    rate = judged({"unit": "%", "value": 82.1}, ("2023", 81.5))
    assert rate.indicator.measure == "rate" and rate.indicator.direction == "increase"
    assert rate.growth == pytest.approx(0.815) and rate.change_pp is None
    assert rate.status is Status.ON_TRACK and Note.GROWTH_IS_VALUE in rate.notes
    level = judged({"unit": "万吨", "value": 100}, ("2023", 97))
    assert level.indicator.measure == "level" and level.status is Status.DETERIORATING


# ------------------------------------------------------------------ the commands


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_status_shows_a_shares_change_in_points_and_judges_it_the_right_way(
    cli: CliRunner, lang: str
) -> None:
    shares(cli)
    out = cli("status", "--lang", lang).out
    urban, unemp = line_of(out, "urban"), line_of(out, "unemp")
    if lang == "zh":
        assert "-0.6个百分点" in urban and "倒退" in urban, urban
        assert "+0.6个百分点" in unemp and "倒退" in unemp, unemp
        assert "背景指标（无目标，按增速或百分点变化判断）" in out
    else:
        assert "-0.6 pp" in urban and "deteriorating" in urban, urban
        assert "+0.6 pp" in unemp and "deteriorating" in unemp, unemp
    assert "81.5%" in urban and "+81.5%" not in out and "+5.6%" not in out


def test_status_judges_unemployment_falling_as_on_track(cli: CliRunner) -> None:
    shares(cli, unemployment="4.8")
    unemp = line_of(cli("status", "--lang", "zh").out, "unemp")
    assert "-0.2个百分点" in unemp and "进展顺利" in unemp, unemp


def test_show_tells_a_fall_as_a_fall_in_both_languages(cli: CliRunner) -> None:
    shares(cli)
    zh = flat(cli("show", "urban", "--lang", "zh").out)
    assert "背景指标：无目标，按每年变化的百分点判断。" in zh
    assert "变化 年均下降0.6个百分点（2022—2023年）" in zh, zh
    assert "2022—2023年年均下降0.6个百分点（比重按百分点变化判断" in zh
    assert "判定为“倒退”" in zh and "本身即增速" not in zh
    en = flat(cli("show", "urban", "--lang", "en").out)
    assert "Change down 0.6 pp a year (2022–2023)" in en, en
    assert "The figure fell by 0.6 pp a year over 2022–2023" in en
    unemp = flat(cli("show", "unemp", "--lang", "en").out)
    assert "Change up 0.6 pp a year (2022–2023)" in unemp, unemp
    assert "less is better, judged by its change in points" in unemp
    assert "): deteriorating." in unemp
    assert "越小越好" in flat(cli("show", "unemp", "--lang", "zh").out)


def test_the_markdown_report_reads_shares_in_points(cli: CliRunner) -> None:
    shares(cli, unemployment="4.8")
    zh = cli("report", "--lang", "zh").out
    assert (
        "| 城镇调查失业率 | 4.8%（2023年）；来源：公报 | -0.2个百分点 | \\+ 进展顺利 | "
        "2022—2023年年均下降0.2个百分点（越小越好，按百分点变化判断：下降为进展顺利，"
        "持平为进展有限，上升为倒退），判定为“进展顺利”。 |"
    ) in zh
    en = cli("report", "--lang", "en").out
    assert "| Urbanisation rate | 81.5% (2023); source: 公报 | -0.6 pp | \\- deteriorating |" in en
    assert "The figure fell by 0.2 pp a year over 2022–2023 (less is better" in en


def test_json_gives_a_shares_change_in_its_own_field(cli: CliRunner) -> None:
    shares(cli)
    result = cli("status", "--json")
    document = json.loads(result.out)
    jsonschema.validate(document, SCHEMA)
    by_id = {item["id"]: item for item in document["indicators"]}
    urban, unemp = by_id["urban"], by_id["unemp"]
    assert (urban["kind"], urban["direction"]) == ("share", "increase")
    assert (unemp["kind"], unemp["direction"]) == ("share", "decrease")
    assert urban["change_pp"] == -0.6 and urban["growth"] is None  # never "growth": 0.815
    assert unemp["change_pp"] == 0.6 and unemp["status"] == "deteriorating"
    assert urban["status"] == "deteriorating" and "growth-is-value" not in urban["notes"]
    shown = json.loads(cli("show", "unemp", "--json").out)
    assert shown["change_pp"] == 0.6 and shown["kind"] == "share"


def test_json_of_an_indicator_without_the_keys_is_as_before_with_the_defaults(
    cli: CliRunner,
) -> None:
    write_registry(URBAN, UNEMP)
    assert cli("update", "urban", "81.5", "-p", "2023", "-s", "公报").code == 0
    document = json.loads(cli("status", "--json").out)
    jsonschema.validate(document, SCHEMA)
    urban = document["indicators"][0]
    assert (urban["kind"], urban["direction"], urban["change_pp"]) == ("rate", "increase", None)
    assert urban["growth"] == 0.815 and urban["status"] == "on-track"
    assert urban["notes"] == ["growth-is-value"]


def test_the_shipped_registrys_indicators_keep_their_kinds(cli: CliRunner, reg: Path) -> None:
    document = json.loads(cli("status", "--json").out)
    for item in document["indicators"]:
        expected = "rate" if item["unit"] == "%" else "level"
        assert (item["kind"], item["direction"], item["change_pp"]) == (expected, "increase", None)


def test_a_dated_figure_for_a_share_is_refused_as_a_share_is(cli: CliRunner) -> None:
    shares(cli)
    result = cli("update", "unemp", "5.5", "-p", "2024-06-30", "--lang", "en")
    assert result.code != 0
    assert "a share or ratio for the whole year" in result.err, result.err


@pytest.mark.parametrize(
    ("unit", "value", "extra", "en", "zh"),
    [
        (
            "吨",
            100,
            SHARE,
            "indicators.x.kind: a share indicator is measured in %, not in 吨",
            "indicators.x.kind：share 类指标以 % 计量，不能以 吨 计量",
        ),
        (
            "亿元",
            100,
            'kind = "rate"\n',
            "indicators.x.kind: a rate indicator is measured in %, not in 亿元",
            "indicators.x.kind：rate 类指标以 % 计量，不能以 亿元 计量",
        ),
        (
            "%",
            5,
            'kind = "level"\n',
            'indicators.x.kind: an indicator in % is a "rate" (a growth rate) or a "share"',
            '以 % 计量的指标应为 "rate"（增速）或 "share"（比重或比率），不能为 level',
        ),
        (
            "%",
            5,
            SHARE + "growth = { percent = 1.2 }\n",
            "indicators.x.growth: a share indicator is judged by its change in percentage points",
            "indicators.x.growth：share 类指标按两个数值之间的百分点变化判断",
        ),
        (
            "%",
            5,
            'direction = "maintain"\n',
            "indicators.x.direction: Input should be 'increase' or 'decrease'",
            "indicators.x.direction：应为 'increase' 或 'decrease'",
        ),
    ],
)
def test_impossible_combinations_are_refused_at_the_keys_place(
    cli: CliRunner, unit: str, value: float, extra: str, en: str, zh: str
) -> None:
    write_registry(indicator_toml("x", "某指标", "A figure", unit, value, extra))
    english = cli("check", "--lang", "en")
    assert english.code == 1 and en in english.err, english.err
    chinese = cli("check", "--lang", "zh")
    assert chinese.code == 1 and zh in chinese.err, chinese.err
