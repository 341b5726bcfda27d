"""The terminal dashboard: golden output at 80 and 200 columns, layout, and hygiene.

Regenerate the golden files after an intended change with ``UPDATE_GOLDEN=1 python -m pytest``.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from cluster_cli.app import load as state_module
from cluster_cli.engine.assess import Assessment, Status, compute
from cluster_cli.engine.models import Baseline, Record, Registry
from cluster_cli.i18n import Lang, words
from cluster_cli.render import jsondoc, terminal
from cluster_cli.render.jsondoc import Origin
from cluster_cli.render.labels import status_text
from cluster_cli.text import clean
from conftest import REPO, CliRunner, check_golden
from terminal_samples import AS_OF, RECORDS, record, sample_assessment, shipped_registry

GOLDEN = REPO / "tests" / "golden" / "terminal"
ORIGIN = Origin("targets.toml", "actuals.toml")
C1 = re.compile("[\u0080-\u009f]")
SGR = re.compile(r"\x1b\[([0-9;]*)m")


def _status(lang: Lang, width: int) -> str:
    registry = shipped_registry()
    assessment = sample_assessment(registry)
    return terminal.to_text(
        lambda w: terminal.status_view(assessment, registry, ORIGIN, lang, w), width
    )


def _show(key: str, lang: Lang, width: int) -> str:
    registry = shipped_registry()
    assessment = sample_assessment(registry)
    row = next(r for r in assessment.targets if r.id == key)
    return terminal.to_text(
        lambda w: terminal.show_target_view(row, registry, AS_OF.isoformat(), lang, w), width
    )


def _golden(name: str, actual: str) -> None:
    check_golden(GOLDEN / name, actual)


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("width", [80, 120, 200])
def test_status_matches_golden(lang: Lang, width: int) -> None:
    _golden(f"status-{lang}-{width}.txt", _status(lang, width))


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_show_matches_golden(lang: Lang) -> None:
    _golden(f"show-ic-talents-{lang}-80.txt", _show("ic-talents", lang, 80))


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("width", [60, 80, 100, 120, 160, 200])
def test_no_line_is_wider_than_the_terminal(lang: Lang, width: int) -> None:
    for line in [*_status(lang, width).splitlines(), *_show("ic-scale", lang, width).splitlines()]:
        assert cell_len(line) <= width, line


def _table_blocks(output: str) -> list[list[str]]:
    """The lines of each table: from its ``▌`` title to the blank line after it."""
    blocks: list[list[str]] = []
    current: list[str] | None = None
    for line in output.splitlines():
        if line.startswith("▌"):
            current = [line]
            blocks.append(current)
        elif current is not None and line.strip():
            current.append(line)
        else:
            current = None
    return blocks


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("width", [80, 120, 200])
def test_tables_stay_aligned_with_double_width_characters(lang: Lang, width: int) -> None:
    output = _status(lang, width)
    blocks = _table_blocks(output)
    assert len(blocks) == 4  # three clusters and the context figures
    goal_widths = set()
    for block in blocks:
        widths = {cell_len(line) for line in block}
        assert len(widths) == 1, block
        if not block[0].startswith(("▌背景", "▌Context")):
            goal_widths |= widths
    assert len(goal_widths) == 1  # the goal tables share their column widths
    # The status column starts at the same cell in every row of every goal table.
    starts = set()
    for block in blocks[:3]:
        for line in block[3:]:
            if not re.search("[█░·]{4}", line):
                continue  # a folded continuation line
            match = list(re.finditer(r"(?<=   )[✓+!~✗?-](?= )", line))[-1]
            starts.add(cell_len(line[: match.start()]))
    assert len(starts) == 1, starts


def test_narrow_tables_fold_the_id_and_target_under_the_name() -> None:
    output = _status("zh", 80)
    assert "基期" not in output.split("\n")[5]
    assert "ic-talents" in output
    english = _status("en", 80)
    assert "Target" not in english.split("\n")[6]
    assert "→ 200 billion yuan (2025)" in english
    wide = _status("zh", 200)
    assert "编号" in wide and "基期" in wide and "差距" in wide


WIDTHS = [60, 80, 100, 120, 160, 200]
SLUG = re.compile(r"[a-z]+(?:-[a-z]+)+")


def _all_ids() -> set[str]:
    assessment = sample_assessment(shipped_registry())
    return {row.id for row in assessment.targets} | {row.id for row in assessment.indicators}


@pytest.mark.parametrize("width", WIDTHS)
def test_ids_are_never_split(width: int) -> None:
    output = _status("zh", width)  # Chinese names: any Latin slug is an id
    slugs = set(SLUG.findall(output)) - {"cluster-cli"}
    assert slugs <= _all_ids()
    assert ("ic-talents" in output) != ("未列出编号" in output)  # shown, or said to be left out


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("width", WIDTHS)
def test_each_status_stays_on_one_line(lang: Lang, width: int) -> None:
    assessment = sample_assessment(shipped_registry())
    output = _status(lang, width)
    statuses = [row.status for row in assessment.targets] + [
        row.status for row in assessment.indicators
    ]
    for status, count in assessment.summary.items():
        shown = statuses.count(status) + (count > 0)
        assert output.count(status_text(status, lang)) == shown, status


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("width", WIDTHS)
def test_dates_and_numbers_are_never_broken(lang: Lang, width: int) -> None:
    registry = shipped_registry()
    # A running total may be recorded for a date (a yearly figure may not).
    records = [*RECORDS, record("r30", "kunshan-new-rd-institutions", 20, "家", "2024-06-30")]
    assessment = compute(registry, records, AS_OF)
    output = terminal.to_text(
        lambda w: terminal.status_view(assessment, registry, ORIGIN, lang, w), width
    )
    assert "(2024-06-" not in output.replace("(2024-06-30)", "")
    if width < 80:
        return  # the latest figures may be left out
    assert "(2024-06-30)" in output
    for figure in ("1,600亿元", "4.39万亿元") if lang == "zh" else ("160 billion", "4.39 trillion"):
        assert figure in output


def _goal_lines(output: str) -> int:
    blocks = _table_blocks(output)[:3]
    return sum(len(block) - 3 for block in blocks)  # title, header and rule


@pytest.mark.parametrize(("width", "english"), [(80, 4.5), (100, 3.6), (120, 2.5)])
def test_goals_take_few_lines(width: int, english: float) -> None:
    """Lines per goal: two in Chinese (name, then id); long English names need more, and below
    120 columns the id takes a line of its own under the row."""
    goals = len(sample_assessment(shipped_registry()).targets)
    assert _goal_lines(_status("zh", width)) <= 2 * goals + 1  # one name folds at 80 columns
    assert _goal_lines(_status("en", width)) <= english * goals


def test_fold_breaks_between_words_never_inside_numbers_or_dates() -> None:
    def fold(value: str, width: int, name: bool = True) -> list[str]:
        return [value[a:b] for a, b in terminal.fold_offsets(value, width, name)]

    assert fold("1,600亿元 (2024-06-30)", 12, name=False) == ["1,600亿元", "(2024-06-30)"]
    assert fold("262 talents and teams (2024)", 21, name=False) == [
        "262 talents and teams",
        "(2024)",
    ]
    assert fold("160 billion yuan (2024)", 12, name=False) == ["160 billion", "yuan (2024)"]
    assert fold("Kunshan 100-billion-yuan electronic-information", 30) == [
        "Kunshan 100-billion-yuan",
        "electronic-information",
    ]
    assert fold("吴江工业互联网中心（大数据分中心）", 20) == [
        "吴江工业互联网中心",
        "（大数据分中心）",
    ]


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("width", [60, 80, 100])
def test_every_id_is_shown_on_common_widths(lang: Lang, width: int) -> None:
    """Users type the ids into `update` and `show`: every goal's and context figure's id is on
    a line of the dashboard, whole, in both languages."""
    output = _status(lang, width)
    words = set(re.findall(r"[\w-]+", output))
    assert _all_ids() <= words
    assert "IDs left out" not in output and "未列出编号" not in output


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("width", WIDTHS)
def test_status_ends_with_the_tally(lang: Lang, width: int) -> None:
    """The tally by status is the last thing printed, so that it is what stays on screen when a
    long dashboard scrolls its top away."""
    lines = _status(lang, width).rstrip("\n").split("\n")
    starts = [i for i, line in enumerate(lines) if line.startswith(("14个目标：", "14 goals: "))]
    assert len(starts) == 1, "the tally is printed once"
    tally = lines[starts[0] :]
    assert len(tally) <= 3  # folded between statuses at most twice at these widths
    assert tally[-1].endswith(status_text(Status.INSUFFICIENT_DATA, lang) + " 5")


@pytest.mark.parametrize(
    ("title", "lang", "heading"),
    [
        (
            "苏州产业创新集群目标 / Suzhou industrial innovation cluster goals",
            "zh",
            "苏州产业创新集群目标",
        ),
        (
            "苏州产业创新集群目标 / Suzhou industrial innovation cluster goals",
            "en",
            "Suzhou industrial",
        ),
        ("无锡集群目标", "en", "无锡集群目标"),
        # no title: the report's neutral heading, never the heading of one plan
        ("", "en", "Goal progress report"),
        ("", "zh", "目标进展报告"),
    ],
)
def test_heading_is_the_registry_title(title: str, lang: Lang, heading: str) -> None:
    registry = shipped_registry().model_copy(update={"title": title})
    assessment = sample_assessment(registry)
    output = terminal.to_text(
        lambda w: terminal.status_view(assessment, registry, ORIGIN, lang, w), 120
    )
    first = output.split("\n")[0]
    assert first.startswith(heading), first
    assert " / " not in first
    assert title or ("苏州" not in first and "Suzhou" not in first), first


def test_status_shows_word_and_symbol_for_every_status() -> None:
    output = _status("en", 200)
    for label in ("✓ achieved", "+ on track", "! needs acceleration", "~ limited progress"):
        assert label in output
    assert "14 goals:" in output
    assert "as of 2025-03-31" in output
    assert "registry: targets.toml; ledger: actuals.toml" in output


def test_values_are_formatted_for_readers() -> None:
    zh, en = _status("zh", 200), _status("en", 200)
    assert "2,000亿元 (2025)" in zh and "600名 (2025)" in zh
    assert "200 billion yuan (2025)" in en and "600 talents and teams (2025)" in en
    assert "落后6.7个百分点" in zh and "behind by 6.7 pp" in en
    assert "年均+25.0%" in zh and "每年+338名" in zh


def test_show_marks_revisions_and_retractions() -> None:
    registry = shipped_registry()
    assessment = sample_assessment(registry)
    row = next(r for r in assessment.targets if r.id == "kunshan-new-rd-institutions")
    output = terminal.to_text(
        lambda w: terminal.show_target_view(row, registry, "2025-03-31", "en", w), 120
    )
    assert "✗ retracted by r15" in output
    assert "加快建设27家新型研发机构" in output
    assert words.HISTORY("en") in output
    talents = _show("ic-talents", "en", 120)
    assert "↻ revised by r08" in talents
    assert "2025 ████" in talents  # the target bar


# ------------------------------------------------------------------------------ hygiene

EVIL = (
    "[bold]x[/] [link=http://evil.example]click[/link] \x1b[31mred\x1b[0m "
    "\x1b]8;;http://e\x07L\x1b]8;;\x07 \u009b2J \u202eevil \x00\r\x7f"
)


def _toml_string(value: str) -> str:
    return json.dumps(value)  # JSON escapes are valid TOML basic-string escapes


def _evil_registry(tmp_path: Path) -> Path:
    text = (REPO / "targets.toml").read_text("utf-8")
    text = text.replace('name = "集成电路产业规模"', f"name = {_toml_string('规模' + EVIL)}")
    text = text.replace(
        'name_en = "Integrated-circuit industry scale"', f"name_en = {_toml_string('Scale' + EVIL)}"
    )
    text = text.replace(
        'quote = "力争全市集成电路产业规模达2000亿元"', f"quote = {_toml_string('Q' + EVIL)}"
    )
    text = text.replace('name = "苏州市"', f"name = {_toml_string('苏州' + EVIL)}")
    path = tmp_path / "evil.toml"
    path.write_text(text, "utf-8")
    return path


def _evil_records() -> list[Record]:
    return [
        *RECORDS[:2],
        record("r99", "ic-scale", 1700, "亿元", "2024", source="S" + EVIL, note="N" + EVIL),
    ]


def _assert_inert(output: str, whole: bool = True) -> None:
    assert "\x1b" not in output
    assert not C1.search(output)
    assert "\x07" not in output and "\x00" not in output and "\r" not in output
    flat = re.sub(r"\s+", "", output)  # table cells fold long names
    assert "[bold]x[/]" in flat  # markup shows as written
    if whole:  # outside tables, where folding does not interleave other columns
        assert "[link=http://evil.example]click[/link]" in flat
    assert "\\x1b" in flat  # control characters are visible
    assert "\\x9b" in flat and "\\u202e" in flat


def test_clean_makes_controls_visible() -> None:
    assert clean("a\x1b[31mb") == "a\\x1b[31mb"
    assert clean("\u009b\x7f\x00") == "\\x9b\\x7f\\x00"
    assert clean("a\nb\tc") == "a b c"
    assert clean("a\nb", multiline=True) == "a\nb"
    assert clean("\u202e苏州") == "\\u202e苏州"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_files_cannot_inject_markup_or_control_sequences(
    cli: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    path = _evil_registry(tmp_path)
    monkeypatch.setattr(state_module, "load_records", lambda _path: (_evil_records(), []))
    for args in (("status",), ("show", "ic-scale")):
        result = cli(*args, "--registry", str(path), "--lang", lang, "--as-of", "2025-03-31")
        assert result.code == 0, result.err
        _assert_inert(result.out, whole=args[0] == "show")
        if args[0] == "show":
            assert "\\x1b]8;;http://e\\x07L" in result.out


def test_on_a_colour_terminal_only_colour_and_style_codes_are_emitted(tmp_path: Path) -> None:
    from cluster_cli.files import registry as registry_module

    registry = registry_module.load(registry_module.locate(_evil_registry(tmp_path)))
    assessment = compute(registry, _evil_records(), AS_OF)
    row = assessment.targets[0]
    views: list[Callable[[int], object]] = [
        lambda w: terminal.status_view(assessment, registry, ORIGIN, "en", w),
        lambda w: terminal.show_target_view(row, registry, "2025-03-31", "zh", w),
    ]
    for view in views:
        output = terminal.to_text(view, 100, color=True)  # type: ignore[arg-type]
        assert SGR.search(output)
        assert "\x1b" not in SGR.sub("", output)  # nothing but SGR: no OSC 8 links, no clears
        assert not C1.search(output)


# ------------------------------------------------------------------------------ commands


def test_status_json_is_the_contract(cli: CliRunner) -> None:
    result = cli("status", "--json", "--as-of", "2025-03-31")
    assert result.code == 0
    state = state_module.load_state(None, None, "2025-03-31")
    assert result.out == jsondoc.render(state.assessment, state.origin)


def test_status_filters(cli: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(state_module, "load_records", lambda _path: (list(RECORDS), []))
    result = cli("status", "--lang", "en", "--cluster", "ic", "--as-of", "2025-03-31")
    assert result.code == 0
    assert "Integrated-circuit industry scale" in result.out
    assert "Kunshan" not in result.out.split("Context figures")[0]
    achieved = cli("status", "--json", "--status", "achieved", "--as-of", "2025-03-31")
    assert [t["id"] for t in json.loads(achieved.out)["targets"]] == ["ic-leading-enterprises"]
    bad = cli("status", "--region", "suzhuo")
    assert bad.code == 2 and "suzhou" in bad.err


def test_piped_output_is_plain_text(cli: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(state_module, "load_records", lambda _path: (list(RECORDS), []))
    result = cli("status", "--lang", "zh", "--as-of", "2025-03-31")
    assert result.code == 0
    assert "\x1b" not in result.out
    assert "✓ 已完成" in result.out and "集成电路产业规模" in result.out


def test_show(cli: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(state_module, "load_records", lambda _path: (list(RECORDS), []))
    result = cli("show", "ic-scale", "--lang", "en", "--as-of", "2025-03-31")
    assert result.code == 0
    assert "Growth since the baseline averages" in result.out
    assert "The baseline is approximate" in result.out
    assert "力争全市集成电路产业规模达2000亿元" in result.out
    document = json.loads(cli("show", "ic-scale", "--json", "--as-of", "2025-03-31").out)
    assessment = compute(shipped_registry(), RECORDS, AS_OF)
    assert document == jsondoc.target_document(assessment.targets[0])
    figure = cli("show", "industrial-output", "--lang", "zh", "--as-of", "2025-03-31")
    assert figure.code == 0 and "背景指标" in figure.out and "4.39万亿元" in figure.out


def test_show_unknown_id_suggests_close_ones(cli: CliRunner) -> None:
    result = cli("show", "ic-scal")
    assert result.code == 4
    assert "did you mean ic-scale" in result.err
    assert result.out == ""


def test_show_finds_a_goal_by_its_exact_name_as_update_does(cli: CliRunner) -> None:
    by_name = cli("show", "集成电路产业规模", "--json")
    assert by_name.code == 0, by_name.err
    assert by_name.out == cli("show", "ic-scale", "--json").out


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("width", [24, 40, 64, 80, 120, 200])
def test_plain_output_is_what_rich_would_print(
    lang: Lang, width: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without styles to show (a pipe, a file) the dashboard is written as plain lines; the
    result must be byte for byte what Rich renders, also where a line needs wrapping."""
    registry = shipped_registry()
    assessment = sample_assessment(registry)

    def build(w: int) -> object:
        return terminal.status_view(assessment, registry, ORIGIN, lang, w)

    monkeypatch.setenv("COLUMNS", str(width))
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    buffer = io.StringIO()
    terminal.print_view(build, file=buffer)  # type: ignore[arg-type]
    expected = terminal.to_text(build, width)  # type: ignore[arg-type]
    assert buffer.getvalue() == expected
    if width <= 40:  # narrow enough that some lines are wider than the console and wrap
        parts = terminal.status_view(assessment, registry, ORIGIN, lang, width).renderables
        raw = [line for part in parts for line in part.plain.split("\n")]  # type: ignore[union-attr]
        assert any(cell_len(line) > width for line in raw)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_dashboard_writes_figures_as_the_reports_do(
    cli: CliRunner, reg: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """A goal a hair short of its target is not shown met: no "100%", no full bar, and the
    figure recorded with all its digits, as `show` and the reports give it."""
    monkeypatch.setenv("COLUMNS", "200")
    assert cli("update", "ic-scale", "1999.95", "-p", "2024", "-s", "example").code == 0
    dashboard = cli("status", "--lang", lang, "--no-color").out
    name = "集成电路产业规模 " if lang == "zh" else "Integrated-circuit industry scale "
    line = next(line for line in dashboard.splitlines() if line.startswith(name))
    assert "99.9%" in line and "100.0%" not in line and "100%" not in line, line
    assert ("1,999.95亿元" if lang == "zh" else "199.995 billion yuan") in line, line
    assert "░" in line or "▏" in line or "▉" in line, line  # the bar is not full
    show = cli("show", "ic-scale", "--lang", lang).out
    assert "99.9%" in show and ("1,999.95亿元" in show or "199.995 billion yuan" in show)


@given(st.text(alphabet=" 0123456789.,-abc亿元(年)", max_size=40), st.booleans())
def test_where_a_line_may_break_is_decided_from_the_word_before_the_spaces(
    s: str, name: bool
) -> None:
    """The word before a space is found by searching back from it (a long note has as many
    places to ask as characters): the same answer as splitting all the text before it."""
    from cluster_cli.render.terminal import folding

    for i in range(1, len(s)):
        expected = folding._may_break(s, i, name)
        after_a_space = s[i - 1] == " " and " " not in folding._NO_END
        if after_a_space and s[i] != " " and s[i] not in folding._NO_START:
            word = s[: i - 1].rstrip(" ").rsplit(" ", 1)[-1]  # the old way: O(i) each time
            assert expected == (name or not folding._NUMBER.fullmatch(word)), (s, i)


@pytest.mark.parametrize(("lang", "width"), [("en", 30), ("zh", 20)])
def test_columns_left_out_of_a_narrow_table_are_said_to_be(lang: Lang, width: int) -> None:
    """Too narrow for the status (and the progress, the latest figure) beside the name: the
    table goes without them, and a line names them, as for the ids (they went silently)."""
    output = _status(lang, width)
    flat = "".join(output.split())
    header = output.split("─")[0]
    assert words.STATUS(lang) not in header.split("\n")[-2]
    left = words.ENUMERATION(lang).join(
        [words.LATEST(lang), words.PROGRESS(lang), words.STATUS(lang)]
    )
    notice = words.COLUMNS_HIDDEN(lang, columns=left)
    assert "".join(notice.split()) in flat


def test_a_wide_table_gets_no_notice() -> None:
    assert "Left out at this width" not in " ".join(_status("en", 80).split())


def _sites() -> tuple[Registry, Assessment]:
    """A count to bring down, 10 sites (2022) to 0 by 2026, at 7 in 2024: 3.5 a year to go."""
    registry = shipped_registry()
    sites = registry.targets["kunshan-highlands"].model_copy(
        update={
            "name": "站点数量",
            "name_en": "Sites",
            "unit_en": "sites",
            "target": 0,
            "direction": "decrease",
            "kind": "level",
            "deadline": 2026,
            "baseline": Baseline(value=10, period=2022),
        }
    )
    registry = registry.model_copy(update={"targets": {**registry.targets, "sites": sites}})
    return registry, compute(registry, [record("r01", "sites", 7, "个", "2024")], AS_OF)


@pytest.mark.parametrize(("lang", "needed"), [("zh", "每年-4个"), ("en", "-4 sites/yr")])
def test_a_decrease_still_needed_is_rounded_up_in_size(lang: Lang, needed: str) -> None:
    """3.5 sites a year still to go is 4 a year, as `show` says, never -3."""
    registry, assessment = _sites()
    output = terminal.to_text(
        lambda w: terminal.status_view(assessment, registry, ORIGIN, lang, w), 200
    )
    line = next(line for line in output.splitlines() if " sites " in line)
    assert needed in line and "-3" not in line, line
    (row,) = [r for r in assessment.targets if r.id == "sites"]
    show = terminal.to_text(
        lambda w: terminal.show_target_view(row, registry, AS_OF.isoformat(), lang, w), 100
    )
    shown = "尚需年均减少 4个" if lang == "zh" else "Decrease still needed a year 4 sites"
    assert shown in " ".join(show.split()), show
