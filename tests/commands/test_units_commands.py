"""Goals in 亩, 万吨 and 户 through `update`, `import`, `status`, `show` and `report`: a figure
is kept in the unit it was typed in, compared exactly in the goal's, and shown in both
languages (English in English words: mu, tonnes, households)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import REGISTRY_HEAD, CliRunner

REGISTRY = (
    'title = "农业农村 / Farming"\n'
    + REGISTRY_HEAD
    + """[targets.farmland]
name = "高标准农田"
name_en = "High-standard farmland"
cluster = "c"
region = "r"
unit = "亩"
target = 3000000
start = 2025
deadline = 2026
kind = "cumulative"
baseline = { value = 0, period = 2024 }
source = { document = "doc", quote = "建设高标准农田300万亩" }
[targets.grain]
name = "粮食产量"
name_en = "Grain output"
cluster = "c"
region = "r"
unit = "万吨"
target = 5000
start = 2025
deadline = 2026
kind = "level"
baseline = { value = 4800, period = 2024 }
source = { document = "doc", quote = "粮食产量5000万吨" }
[targets.homes]
name = "老旧小区改造"
name_en = "Old housing renovated"
cluster = "c"
region = "r"
unit = "户"
target = 12000
start = 2025
deadline = 2026
kind = "cumulative"
baseline = { value = 0, period = 2024 }
source = { document = "doc", quote = "改造老旧小区1.2万户" }
"""
)


@pytest.fixture
def farm() -> Path:
    path = Path("targets.toml")
    path.write_text(REGISTRY, "utf-8")
    return path


def test_a_figure_in_ten_thousand_mu_is_kept_as_typed_and_compared_exactly(
    cli: CliRunner, farm: Path
) -> None:
    done = cli("update", "farmland", "1.2万亩", "-p", "2025", "--lang", "en")
    assert done.code == 0, done.err
    assert "recorded farmland 2025 = 12,000 mu" in done.out
    assert 'value = 1.2, unit = "万亩"' in Path("actuals.toml").read_text("utf-8")
    again = cli("update", "farmland", "12000", "-p", "2025", "--lang", "en")  # the same amount
    assert again.code == 0 and again.out.startswith("already recorded: farmland 2025"), again.out
    row = json.loads(cli("status", "--json").out)["targets"][0]
    assert row["id"] == "farmland" and row["latest"]["value"] == 12000
    assert row["progress"] == 0.004


def test_a_count_of_households_refuses_a_fraction(cli: CliRunner, farm: Path) -> None:
    refused = cli("update", "homes", "2.5", "-p", "2025", "--lang", "en")
    assert refused.code != 0 and "homes counts 户, so give a whole number" in refused.err
    assert not Path("actuals.toml").exists() or "homes" not in Path("actuals.toml").read_text()
    assert cli("update", "homes", "0.35万户", "-p", "2025").code == 0  # 3,500 households


def test_figures_typed_as_the_english_reports_write_them(cli: CliRunner, farm: Path) -> None:
    """What `status --lang en` prints can be typed back: the same amount, nothing new."""
    done = cli("update", "farmland", "1.2万亩", "-p", "2025")
    assert done.code == 0, done.err
    again = cli("update", "farmland", "12,000 mu", "-p", "2025", "--lang", "en")
    assert again.out.startswith("already recorded: farmland 2025"), again.out
    Path("f.csv").write_text(
        "target,value,period\ngrain,48 million tonnes,2025\nhomes,3500 households,2025\n",
        "utf-8",
    )
    assert cli("import", "f.csv").code == 0
    ledger = Path("actuals.toml").read_text("utf-8")
    assert 'value = 4800.0, unit = "万吨"' in ledger or 'value = 4800, unit = "万吨"' in ledger
    refused = cli("update", "grain", "5000 apples", "-p", "2025", "--lang", "en")
    assert refused.code == 4 and "'apples' is not a unit cluster-cli knows" in refused.err
    assert Path("actuals.toml").read_text("utf-8") == ledger  # nothing written


def test_status_show_and_report_in_both_languages(cli: CliRunner, farm: Path) -> None:
    Path("f.csv").write_text(
        "target,value,period\nfarmland,1.2万亩,2025\ngrain,0.48005亿吨,2025\nhomes,3500,2025\n",
        "utf-8",
    )
    assert cli("import", "f.csv").code == 0
    en = cli("status", "--lang", "en").out
    assert "12,000 mu" in en and "3 million mu" in en and "3,500 households" in en
    assert "50 million tonnes" in en
    zh = cli("status", "--lang", "zh").out
    assert "12,000亩" in zh and "5,000万吨" in zh and "3,500户" in zh
    shown = cli("show", "grain", "--lang", "en").out
    assert "48.005 million tonnes" in shown and "48 million tonnes (2024)" in shown
    assert "4,800.5万吨" in cli("show", "grain", "--lang", "zh").out
    report = cli("report", "--markdown", "--lang", "en").out
    assert "| 3 million mu by 2026 |" in report and "0.48005亿吨" not in report
    assert 'y-axis "million tonnes"' in report and "12,000 households by 2026" in report
    chinese = cli("report", "--markdown", "--lang", "zh").out
    assert "1.2万亩" in chinese and "0.48005亿吨" in chinese  # the history, as typed
    assert 'y-axis "万吨"' in chinese
