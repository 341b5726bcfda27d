"""`cluster-cli report`: options, formats, output files and filters."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cluster_cli.app import load as state
from cluster_cli.engine.models import Record
from conftest import REGISTRY_HEAD, CliRunner, count_goal
from report_sample import AS_OF, GOLDEN, sample_records


@pytest.fixture
def files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """targets.toml in the working folder, and the sample ledger behind state.load_records."""
    shutil.copy(GOLDEN / "targets.toml", tmp_path / "targets.toml")
    (tmp_path / "actuals.toml").write_text("# ledger\n", "utf-8")

    def load(path: Path) -> tuple[list[Record], list[str]]:
        return sample_records(), []

    monkeypatch.setattr(state, "load_records", load)
    return tmp_path


def test_markdown_is_the_default_and_is_reproducible(cli: CliRunner, files: Path) -> None:
    first = cli("report", "--as-of", AS_OF, "--lang", "en")
    second = cli("report", "--as-of", AS_OF, "--lang", "en", "--markdown")
    assert first.code == 0, first.err
    assert first.out.startswith("# Goal progress report")
    assert first.out == second.out
    assert "- **As of**: 2025-06-30" in first.out


def test_only_one_format(cli: CliRunner, files: Path) -> None:
    result = cli("report", "--html", "--csv")
    assert result.code == 2
    assert "only one format option" in result.err and "--html, --csv" in result.err


def test_output_file_is_written(cli: CliRunner, files: Path) -> None:
    result = cli("report", "--as-of", AS_OF, "--lang", "zh", "-o", "report.md")
    assert result.code == 0, result.err
    assert result.out == ""
    assert (files / "report.md").read_text("utf-8").startswith("# 目标进展报告")


@pytest.mark.parametrize("name", ["targets.toml", "./actuals.toml", "sub/../targets.toml"])
def test_refuses_to_overwrite_registry_or_ledger(cli: CliRunner, files: Path, name: str) -> None:
    (files / "sub").mkdir()
    before = (files / "targets.toml").read_bytes(), (files / "actuals.toml").read_bytes()
    result = cli("report", "-o", name)
    assert result.code == 2
    assert "refusing to overwrite" in result.err
    assert ((files / "targets.toml").read_bytes(), (files / "actuals.toml").read_bytes()) == before


def test_refuses_explicit_ledger_through_a_symlink(cli: CliRunner, files: Path) -> None:
    (files / "link.toml").symlink_to(files / "actuals.toml")
    result = cli("report", "--ledger", "actuals.toml", "-o", "link.toml")
    assert result.code == 2 and "ledger" in result.err


@pytest.mark.parametrize("through_a_link", [False, True])
def test_refuses_to_overwrite_the_ledgers_lock_file(
    cli: CliRunner, files: Path, through_a_link: bool
) -> None:
    """A writer waiting on a lock file that a report replaced would not wait: two records
    written at once, and one lost."""
    assert cli("update", "ic-scale", "1250", "-p", "2023").code == 0
    lock = files / "actuals.toml.lock"
    name = "actuals.toml.lock"
    if through_a_link:
        (files / "r.md").symlink_to(lock)
        name = "r.md"
    before = lock.read_bytes()
    result = cli("report", "--markdown", "-o", name)
    assert result.code == 2 and "ledger's lock file" in result.err, result.err
    assert lock.read_bytes() == before


def test_csv_has_a_bom_in_files_only(cli: CliRunner, files: Path) -> None:
    out = cli("report", "--csv", "--as-of", AS_OF)
    assert out.code == 0 and out.out.startswith("id,name,")
    written = cli("report", "--csv", "--as-of", AS_OF, "-o", "report.csv")
    assert written.code == 0
    data = (files / "report.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbfid,name,")
    assert data[3:].decode("utf-8") == out.out


def test_json_is_the_status_contract(cli: CliRunner, files: Path) -> None:
    report = cli("report", "--json", "--as-of", AS_OF)
    status = cli("status", "--json", "--as-of", AS_OF)
    assert report.code == 0 and report.out == status.out


def test_filters_select_goals(cli: CliRunner, files: Path) -> None:
    result = cli("report", "--csv", "--as-of", AS_OF, "--cluster", "ic", "--status", "on-track")
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert len(lines) == 2 and lines[1].startswith("ic-talents,")
    text = cli("report", "--as-of", AS_OF, "--lang", "en", "--region", "kunshan").out
    assert "--region kunshan" in text
    assert "Integrated-circuit industry scale" not in text.split("## Goals in detail")[1]


def test_one_goal_is_counted_in_the_singular(cli: CliRunner, files: Path) -> None:
    one = ["--as-of", AS_OF, "--lang", "en", "--cluster", "ic", "--status", "on-track"]
    written = cli("report", *one, "-o", "one.md")
    assert written.code == 0 and "(Markdown, 1 goal)" in written.err, written.err
    assert "1 goal: " in cli("status", *one).out
    assert "(Markdown, 14 goals)" in cli("report", "--lang", "en", "-o", "all.md").err


@pytest.mark.parametrize("args", [["report", "--csv"], ["report", "--json"], ["status", "--json"]])
def test_a_selection_of_nothing_is_said_where_the_output_cannot_say_it(
    cli: CliRunner, files: Path, args: list[str]
) -> None:
    """A CSV of its header alone, or JSON's empty list, do not say that a filter (mistyped,
    perhaps) matched nothing: stderr does. A selection with goals says nothing."""
    empty = cli(*args, "--as-of", AS_OF, "--lang", "en", "--status", "deteriorating")
    assert empty.code == 0, empty.err
    assert "no goal matches the filters (--status deteriorating)" in empty.err
    some = cli(*args, "--as-of", AS_OF, "--lang", "en", "--status", "on-track")
    assert some.code == 0 and "no goal matches" not in some.err


def test_unknown_filter_is_a_usage_error(cli: CliRunner, files: Path) -> None:
    result = cli("report", "--cluster", "ics")
    assert result.code == 2
    assert "--cluster 'ics' is unknown" in result.err


def test_no_goal_matching(cli: CliRunner, files: Path) -> None:
    result = cli("report", "--lang", "en", "--as-of", AS_OF, "--status", "missed")
    assert result.code == 0
    assert "No goal matches the filters." in result.out


def test_html_to_a_file(cli: CliRunner, files: Path) -> None:
    result = cli("report", "--html", "--lang", "en", "--as-of", AS_OF, "-o", "report.html")
    assert result.code == 0, result.err
    page = (files / "report.html").read_text("utf-8")
    assert page.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert page == cli("report", "--html", "--lang", "en", "--as-of", AS_OF).out


@pytest.mark.parametrize(
    ("name", "start"),
    [("报告.html", "<!DOCTYPE html>"), ("goals.csv", "\ufeff"), ("r.json", "{"), ("r.md", "# ")],
)
def test_the_output_name_chooses_the_format(cli: CliRunner, name: str, start: str) -> None:
    result = cli("report", "-o", name)
    assert result.code == 0, result.err
    assert Path(name).read_text("utf-8").startswith(start)


def test_a_format_flag_that_contradicts_the_name_is_refused(cli: CliRunner) -> None:
    result = cli("report", "--markdown", "-o", "报告.html")
    assert result.code == 2
    assert "the name says html but --markdown asks for markdown" in result.err
    assert not Path("报告.html").exists()


def test_a_name_of_no_format_needs_a_flag(cli: CliRunner) -> None:
    """report.pdf would get Markdown under a name that promises a PDF: refused, unless a flag
    says the format; a name without an extension gets the default, Markdown."""
    result = cli("report", "-o", "report.pdf")
    assert result.code == 2 and "writes no .pdf files" in result.err, result.err
    assert result.err.count("cluster-cli: error:") == 1 and not Path("report.pdf").exists()
    assert cli("report", "--markdown", "-o", "report.txt").code == 0
    assert Path("report.txt").read_text("utf-8").startswith("# ")
    assert cli("report", "-o", "report").code == 0
    assert Path("report").read_text("utf-8").startswith("# ")


def test_a_name_that_is_only_an_extension_says_its_format(cli: CliRunner) -> None:
    """``-o .html`` is a name that says HTML (``Path`` reads it as a hidden file without an
    extension, which wrote Markdown into it); ``-o .pdf`` is refused as report.pdf is."""
    assert cli("report", "-o", ".html").code == 0
    assert Path(".html").read_text("utf-8").startswith("<!DOCTYPE html>")
    refused = cli("report", "-o", ".pdf")
    assert refused.code == 2 and "writes no .pdf files" in refused.err, refused.err
    Path(".reports").mkdir()
    assert cli("report", "-o", ".reports/x.csv").code == 0  # a folder's dot is no extension
    assert Path(".reports/x.csv").read_text("utf-8-sig").startswith("id,")


HEADER = REGISTRY_HEAD
OUT_OF_BOUNDS = """
[targets.area]
name = "粮食播种面积"
name_en = "Grain area"
cluster = "c"
region = "r"
unit = "万亩"
target = 3000
direction = "maintain"
kind = "level"
start = 2024
deadline = 2026
source = { document = "doc", quote = "粮食播种面积稳定在3000万亩左右" }
[targets.unemp]
name = "城镇调查失业率"
name_en = "Unemployment"
cluster = "c"
region = "r"
unit = "%"
target = 5.5
direction = "decrease"
kind = "share"
start = 2024
deadline = 2026
source = { document = "doc", quote = "城镇调查失业率控制在5.5%以内" }
"""


def test_goals_behind_with_no_growth_ratio_are_named_worst_first(
    cli: CliRunner, tmp_path: Path
) -> None:
    """A band left and a share going the wrong way have no ratio to rank by: they were left
    out, and "Furthest behind: none" stood beside a table counting one deteriorating goal."""
    (tmp_path / "targets.toml").write_text(HEADER + OUT_OF_BOUNDS, "utf-8")
    for goal, value, period in (("area", "3200", "2025"), ("unemp", "5.2", "2024")):
        assert cli("update", goal, value, "-p", period, "-s", "example").code == 0
    assert cli("update", "unemp", "5.6", "-p", "2025", "-s", "example").code == 0
    zh = cli("report", "--lang", "zh").out
    assert "- **差距最大**：城镇调查失业率（- 倒退）；粮食播种面积（! 需加快（高于区间））" in zh
    en = cli("report", "--lang", "en").out
    behind = "Unemployment (- deteriorating); Grain area (! needs acceleration (above the band))"
    assert behind in en


def test_a_finding_names_ten_goals_and_counts_the_rest(cli: CliRunner, tmp_path: Path) -> None:
    """With 200 goals, "No figure since the baseline" was one paragraph naming all 200."""
    goals = "".join(count_goal(f"g{i:02d}", f"目标{i:02d}", f"Goal {i:02d}") for i in range(12))
    (tmp_path / "targets.toml").write_text(HEADER + goals, "utf-8")
    en = cli("report", "--lang", "en").out
    line = next(x for x in en.splitlines() if x.startswith("- **No figure since the baseline**"))
    assert "Goal 09" in line and "Goal 10" not in line and line.endswith("; and 2 more")
    zh = cli("report", "--lang", "zh").out
    assert "另有2项" in zh
