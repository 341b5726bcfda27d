"""Share, rate and maintain goals and provisional statuses, end to end: ``update``, then
``status``, ``show`` and ``report --csv`` say the same, in the same words.

The figures are made up (source "example"); the goals are of the kinds plans publish:
研发投入强度 (a share), 年均增长5% (a rate), 居民消费价格涨幅2%左右 (a band to stay in).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from cluster_cli.files import ledger
from conftest import CliRunner, make_record

REGISTRY = """\
schema_version = 1
title = "示例目标 / Example goals"

[sources.example]
title = "示例（数字为虚构）"
publisher = "example"

[clusters.demo]
name = "示例集群"
name_en = "Example cluster"

[regions.suzhou]
name = "苏州市"
name_en = "Suzhou"

[targets.rd-share]
name = "研发投入强度"
name_en = "R&D intensity"
cluster = "demo"
region = "suzhou"
unit = "%"
target = 4
kind = "share"
start = 2023
deadline = 2040
baseline = { value = 3, period = 2022 }
source = { document = "example", quote = "研发投入强度达到4%" }

[targets.output-growth]
name = "规上工业增加值年均增长"
name_en = "Industrial value added growth"
cluster = "demo"
region = "suzhou"
unit = "%"
target = 5
kind = "rate"
start = 2024
deadline = 2040
source = { document = "example", quote = "年均增长5%" }

[targets.cpi]
name = "居民消费价格涨幅"
name_en = "Consumer price rise"
cluster = "demo"
region = "suzhou"
unit = "%"
target = 2
direction = "maintain"
tolerance = 0.5
kind = "level"
start = 2024
deadline = 2040
source = { document = "example", quote = "居民消费价格涨幅2%左右" }

[targets.old-scale]
name = "示例产业规模"
name_en = "Example industry scale"
cluster = "demo"
region = "suzhou"
unit = "亿元"
target = 200
kind = "level"
start = 2023
deadline = 2025
baseline = { value = 100, period = 2022 }
source = { document = "example", quote = "产业规模达200亿元" }

[targets.no-baseline]
name = "示例产值"
name_en = "Example output"
cluster = "demo"
region = "suzhou"
unit = "亿元"
target = 2000
kind = "level"
start = 2023
deadline = 2030
source = { document = "example", quote = "产值达2000亿元" }

[targets.energy-cost]
name = "示例能耗支出"
name_en = "Example energy cost"
cluster = "demo"
region = "suzhou"
unit = "万元"
target = 100
kind = "level"
direction = "decrease"
start = 2023
deadline = 2040
source = { document = "example", quote = "能耗支出降至100万元" }
"""

# old-scale: its deadline (2025) has passed and only its 2024 figure is in: provisional.
UPDATES = (
    ("rd-share", "3.4", "2024"),
    ("output-growth", "4", "2024"),
    ("output-growth", "5", "2025"),
    ("cpi", "3.1", "2025"),
    ("old-scale", "140", "2024"),
)


@pytest.fixture
def recorded(cli: CliRunner) -> CliRunner:
    Path("targets.toml").write_text(REGISTRY, "utf-8")
    for goal, value, period in UPDATES:
        result = cli("update", goal, value, "--period", period, "--source", "example")
        assert result.code == 0, result.err
    return cli


def _show(cli: CliRunner, goal: str, lang: str) -> str:
    result = cli("show", goal, "--lang", lang)
    assert result.code == 0, result.err
    return " ".join(result.out.split())  # the sentences may wrap anywhere


def _csv(cli: CliRunner, lang: str) -> dict[str, dict[str, str]]:
    result = cli("report", "--csv", "--lang", lang)
    assert result.code == 0, result.err
    return {row["id"]: row for row in csv.DictReader(io.StringIO(result.out))}


def test_a_share_goal_is_told_in_percentage_points(recorded: CliRunner) -> None:
    zh = _show(recorded, "rd-share", "zh")
    assert "2024年为3.4%，距2040年目标4%还差0.6个百分点。" in zh
    assert "差距 0.6个百分点" in zh
    en = _show(recorded, "rd-share", "en")
    assert "The 2024 figure is 3.4%, 0.6 pp short of the 2040 target of 4%." in en
    status = recorded("status", "--lang", "zh").out
    assert "+ 进展顺利" in status
    row = _csv(recorded, "en")["rd-share"]
    assert (row["gap"], row["status_label"]) == ("0.6", "on track")


def test_a_rate_goal_is_judged_by_its_average_so_far(recorded: CliRunner) -> None:
    # (1.04 × 1.05)^(1/2) − 1 = 4.4988%: 0.90 of the 5% a year the plan asks for
    zh = _show(recorded, "output-growth", "zh")
    assert "迄今年均增长4.5%（2024—2025年），目标为年均5%，二者之比为0.89，判定为“需加快”。" in zh
    # The average so far is the goal's observed growth: one figure, not two.
    assert "实际年均增长 4.5%" in zh and "迄今年均增速" not in zh
    assert "达成率 —" in zh and "增速比 0.89" in zh  # average ÷ target, given once
    en = _show(recorded, "output-growth", "en")
    assert "Growth has averaged 4.5% a year so far (2024–2025) against a target of 5%" in en
    assert "! needs acceleration" in recorded("status", "--lang", "en").out
    row = _csv(recorded, "en")["output-growth"]
    assert row["average"] == "4.498803821"
    assert row["status"] == "needs-acceleration"


def test_a_maintain_goal_names_its_band(recorded: CliRunner) -> None:
    zh = _show(recorded, "cpi", "zh")
    assert "2025年数值3.1%，比目标区间（1.5%–2.5%）上限高0.6个百分点" in zh
    assert "高于目标区间（1.5%–2.5%）。" in zh  # the note
    assert "目标区间 1.5%–2.5%" in zh  # the figure
    assert "数值超出目标区间" in zh  # what the status means here
    en = _show(recorded, "cpi", "en")
    assert "The 2025 figure is 3.1%, 0.6 pp above the target band 1.5%–2.5%" in en
    assert "Above the band 1.5%–2.5%." in en
    row = _csv(recorded, "en")["cpi"]
    assert (row["gap"], row["notes"]) == ("0.6", "above-band")


def test_a_provisional_status_is_marked_wherever_it_is_shown(recorded: CliRunner) -> None:
    status = recorded("status", "--lang", "zh").out
    assert "! 需加快（暂定）" in status  # the row
    assert "! 需加快 3（其中1项暂定）" in status  # the tally
    assert "! needs acceleration (provisional)" in recorded("status", "--lang", "en").out
    zh = _show(recorded, "old-scale", "zh")
    assert zh.count("需加快（暂定）") == 2  # the status and its sentence
    assert "截止期已过但尚无截止年份数据" in zh
    en = _csv(recorded, "en")["old-scale"]
    assert en["status_label"] == "needs acceleration (provisional)"
    assert en["status"] == "needs-acceleration"  # the code stays the engine's
    zh_rows = list(csv.reader(io.StringIO(recorded("report", "--csv", "--lang", "zh").out)))
    assert "需加快（暂定）" in zh_rows[4]
    markdown = recorded("report", "--markdown", "--lang", "zh").out
    assert "! 需加快（暂定）" in markdown
    # the other goals are not marked
    assert _csv(recorded, "en")["output-growth"]["status_label"] == "needs acceleration"


def test_a_narrow_band_keeps_the_digits_it_was_given(cli: CliRunner) -> None:
    """3% ± 0.25 is 2.75%–3.25%: rounded to 2.8%–3.2%, 3.22% would read as outside it."""
    narrow = REGISTRY.replace("target = 2\ndirection", "target = 3\ndirection").replace(
        "tolerance = 0.5", "tolerance = 0.25"
    )
    Path("targets.toml").write_text(narrow, "utf-8")
    assert cli("update", "cpi", "3.26", "-p", "2025", "-s", "example").code == 0
    en = _show(cli, "cpi", "en")
    assert "0.01 pp above the target band 2.75%–3.25%" in en, en


def test_a_rate_goals_required_growth_is_its_target_as_typed(cli: CliRunner) -> None:
    registry = REGISTRY.replace('quote = "年均增长5%" }', 'quote = "年均增长3.25%" }').replace(
        "target = 5\n", "target = 3.25\n"
    )
    assert registry != REGISTRY
    Path("targets.toml").write_text(registry, "utf-8")
    assert cli("update", "output-growth", "4", "-p", "2024", "-s", "example").code == 0
    en = _show(cli, "output-growth", "en")
    assert "Growth required a year (the target) 3.25%" in en, en
    zh = _show(cli, "output-growth", "zh")
    assert "所需年均增长（即目标） 3.25%" in zh and "（自基期）" not in zh, zh
    level = _show(cli, "rd-share", "en")  # other kinds' required growth is from the baseline
    assert "Growth required a year (from the baseline)" in level, level


def test_a_band_from_the_default_tolerance_keeps_every_digit(cli: CliRunner) -> None:
    """5% of 2,345.67亿元 either side is 2,228.3865亿元–2,462.9535亿元: its edges are thresholds,
    and rounded to 2,463亿元 they would put 2,462.96亿元 inside a band it is above."""
    registry = REGISTRY.replace("target = 2\ndirection", "target = 2345.67\ndirection")
    registry = registry.replace("tolerance = 0.5\n", "")
    registry = registry.replace('unit = "%"\ntarget = 2345', 'unit = "亿元"\ntarget = 2345')
    Path("targets.toml").write_text(registry, "utf-8")
    assert cli("update", "cpi", "2462.96", "-p", "2025", "-s", "example").code == 0
    zh = _show(cli, "cpi", "zh")
    assert "比目标区间（2,228.3865亿元–2,462.9535亿元）上限高0.0065亿元" in zh, zh


def test_a_goal_that_met_its_target_at_the_first_figure_and_fell_short_is_deteriorating(
    cli: CliRunner,
) -> None:
    """No baseline in the registry, a first figure beyond the target, a later one short of it:
    every output says it moved away, none gives a progress or "on track"."""
    Path("targets.toml").write_text(REGISTRY, "utf-8")
    for value, period in (("2500", "2023"), ("1900", "2025")):
        result = cli("update", "no-baseline", value, "--period", period, "--source", "example")
        assert result.code == 0, result.err
    zh = _show(cli, "no-baseline", "zh")
    assert "2023年数值2,500亿元已达到2030年目标2,000亿元，2025年数值1,900亿元已不再达到" in zh
    assert "基期数值已达到目标，无法据此衡量进度。" in zh and "进度 —" in zh
    en = _show(cli, "no-baseline", "en")
    assert "The 2023 figure, 250 billion yuan, already met the target of 200 billion yuan" in en
    row = _csv(cli, "en")["no-baseline"]
    assert row["status"] == "deteriorating" and row["progress"] == ""


def test_a_growth_rate_below_minus_100_percent_is_refused(cli: CliRunner) -> None:
    Path("targets.toml").write_text(REGISTRY, "utf-8")
    for lang, words in (("en", "cannot be below −100%"), ("zh", "不能低于 −100%")):
        result = cli("update", "output-growth", "-p", "2024", "--lang", lang, "--", "-150")
        assert result.code == 4 and words in result.err, result.err
    assert not Path("actuals.toml").exists()
    result = cli("update", "output-growth", "-p", "2024", "--source", "example", "--", "-100")
    assert result.code == 0, result.err  # everything gone is a fall that can happen


def test_a_growth_indicator_below_minus_100_percent_is_refused_as_a_rate_goal(
    cli: CliRunner, reg: Path
) -> None:
    """An indicator's growth in % was recorded at -150% and shown as 增长-150.0%."""
    result = cli("update", "electronic-information-growth", "-p", "2023", "--", "-150")
    assert result.code == 4 and "cannot be below −100%" in result.err, result.err
    assert not Path("actuals.toml").exists()
    record = make_record(-150.0, goal_id="electronic-information-growth", unit="%")
    ledger.append(Path("actuals.toml"), [record])  # typed into the file by hand
    result = cli("status")
    assert result.code == 0 and "cannot be below −100%" in result.err, result.err


def test_a_goal_to_go_down_still_needs_a_decrease_not_a_negative_increase(
    cli: CliRunner,
) -> None:
    Path("targets.toml").write_text(REGISTRY, "utf-8")
    for value, period in (("500", "2023"), ("450", "2024")):
        result = cli("update", "energy-cost", value, "--period", period, "--source", "example")
        assert result.code == 0, result.err
    zh = _show(cli, "energy-cost", "zh")
    assert "尚需年均减少 21.88万元" in zh and "尚需年均增加" not in zh
    en = _show(cli, "energy-cost", "en")
    assert "Decrease still needed a year 218,800 yuan" in en
    assert _csv(cli, "en")["energy-cost"]["needed_per_year"] == "-21.875"  # signed, as JSON
    # Told in falls, as Chinese reports write it, not as growth of -10%.
    assert "年均下降10.0%，为2040年降至" in zh and "增长-" not in zh
    assert "has fallen by 10.0% a year on average" in " ".join(en.split())
    result = cli("update", "energy-cost", "480", "--period", "2025", "--source", "example")
    assert result.code == 0, result.err
    risen = _show(cli, "energy-cost", "zh")  # back up: growth, against the fall it needs
    assert "年均下降" in risen and "增长-" not in risen


def test_a_rate_goal_names_the_years_it_averages(cli: CliRunner) -> None:
    """The plan runs from 2024; only 2025 has a figure: the average is of 2025 alone."""
    Path("targets.toml").write_text(REGISTRY, "utf-8")
    result = cli("update", "output-growth", "4", "--period", "2025", "--source", "example")
    assert result.code == 0, result.err
    assert "averaged 4% a year so far (2025) against" in _show(cli, "output-growth", "en")
    assert "迄今年均增长4%（2025年）" in _show(cli, "output-growth", "zh")


def test_a_rate_goals_row_shows_the_average_its_status_rests_on(recorded: CliRunner) -> None:
    """Its last year's rate (5%) beside a 5% target read against "needs acceleration": the
    row shows the average so far (4.5%), as its sentence does."""
    status = " ".join(recorded("status", "--lang", "en").out.split())
    assert "4.5% a year" in status  # its years may fold onto the line below
    zh = recorded("report", "--lang", "zh").out
    assert "| 年均4.5%（2024—2025年） |" in zh
