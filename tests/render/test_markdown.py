"""The Markdown report: golden files, valid GFM tables, text from files shown literally."""

from __future__ import annotations

import datetime as dt
import itertools
import re

import pytest
from markdown_it import MarkdownIt

from cluster_cli.engine.assess import compute
from cluster_cli.i18n import Lang
from cluster_cli.i18n import words as w
from cluster_cli.render import markdown as markdown_render
from report_sample import (
    HOSTILE,
    ORIGIN,
    check_golden,
    hostile_registry,
    sample_assessment,
    sample_records,
    sample_registry,
)


def parse(text: str) -> str:
    return str(MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(text))


def table_shapes(text: str) -> list[list[int]]:
    """For each table: the number of th/td cells in each of its rows."""
    rendered = parse(text)
    shapes = []
    for table in re.findall(r"<table>.*?</table>", rendered, re.S):
        rows = re.findall(r"<tr>(.*?)</tr>", table, re.S)
        shapes.append([len(re.findall(r"<t[hd][ >]", row)) for row in rows])
    return shapes


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_markdown_matches_golden(lang: Lang) -> None:
    registry = sample_registry()
    text = markdown_render.render(sample_assessment(registry), ORIGIN, registry, lang)
    check_golden(f"report.{lang}.md", text)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_table_row_has_as_many_cells_as_its_header(lang: Lang) -> None:
    registry = hostile_registry()
    text = markdown_render.render(sample_assessment(registry), ORIGIN, registry, lang)
    shapes = table_shapes(text)
    assert len(shapes) > 10
    for shape in shapes:
        assert len(shape) >= 2
        assert len(set(shape)) == 1, shape


def test_text_from_files_is_shown_literally() -> None:
    registry = hostile_registry()
    text = markdown_render.render(sample_assessment(registry), ORIGIN, registry, "en")
    rendered = parse(text)
    assert "<script>" not in rendered
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered
    assert '<a href="x">' not in rendered
    assert "<em>em</em>" not in rendered and "<em>u</em>" not in rendered
    assert "<code>code</code>" not in rendered
    assert "<b>" not in rendered
    assert "&amp;amp;" in rendered  # an entity typed in a file stays as typed
    assert "[link](x)" in rendered and "*em*" in rendered


def test_mermaid_labels_are_sanitised() -> None:
    registry = hostile_registry()
    text = markdown_render.render(sample_assessment(registry), ORIGIN, registry, "en")
    blocks = re.findall(r"```mermaid\n(.*?)```", text, re.S)
    assert blocks
    for block in blocks:
        title = re.search(r'title "(.*)"', block)
        assert title is not None
        assert not set(title.group(1)) & set("\"'`[]<>{}()|\\")
        assert "x-axis [" in block and "bar [" in block and "line [" in block
    assert HOSTILE.split("\n")[0] not in "".join(blocks)


def test_chart_only_for_goals_with_a_recorded_value() -> None:
    registry = sample_registry()
    text = markdown_render.render(sample_assessment(registry), ORIGIN, registry, "en")
    sections = text.split("\n### ")
    smart = next(s for s in sections if "(kunshan-smart-terminals)" in s.split("\n")[0])
    scale = next(s for s in sections if "(ic-scale)" in s.split("\n")[0])
    assert "```mermaid" not in smart
    assert '"2022", "2023", "2024"' in scale and "bar [100, 120, 135]" in scale


def test_history_marks_revisions_and_retractions() -> None:
    registry = sample_registry()
    text = markdown_render.render(sample_assessment(registry), ORIGIN, registry, "en")
    assert (
        "| 2024 | ~~130 billion yuan~~ | 2025-02-20 | 苏州市统计局 | 快报 | revised by r003 |"
        in text
    )
    assert "retracted by r009" in text
    assert "150 billion yuan (2025)" not in text  # recorded after the as-of date


def test_summary_names_met_behind_missing_and_stale() -> None:
    registry = sample_registry()
    text = markdown_render.render(sample_assessment(registry), ORIGIN, registry, "en")
    summary = text.split("## Progress by cluster")[0]
    assert (
        "- **Met**: Kunshan 100-billion-yuan electronic-information industry highlands" in summary
    )
    behind = next(line for line in summary.splitlines() if "Furthest behind" in line)
    assert behind.index("Wujiang industrial-internet industry base") < behind.index(
        "IC innovation-leading enterprises"
    )
    assert "Kunshan smart-terminal output" in summary
    assert "Stale figures**: Wujiang industrial-internet industry base (2023-06-30)" in summary


def test_escape_keeps_ordinary_text_readable() -> None:
    assert markdown_render.text("R&D (2024) -5%") == "R&amp;D (2024) -5%"
    assert markdown_render.text("- item") == "\\- item"
    assert markdown_render.text("1. first") == "1\\. first"
    assert markdown_render.text("a|b\nc") == "a\\|b c"


APPROXIMATE = {
    "en": ("Integrated-circuit industry scale", "over 100 billion yuan (2022)", "The baseline is"),
    "zh": ("集成电路产业规模", "超过1,000亿元（2022年）", "基期数值为约数"),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_an_approximate_baseline_is_flagged(lang: Lang) -> None:
    registry = sample_registry()
    text = markdown_render.render(sample_assessment(registry), ORIGIN, registry, lang)
    name, baseline, note = APPROXIMATE[lang]
    cluster_row = next(line for line in text.splitlines() if line.startswith(f"| {name} |"))
    assert f"| {baseline} |" in cluster_row
    section = text.split("(ic-scale)", 1)[1].split("\n### ", 1)[0]
    assert f"| {baseline} |" in section
    assert f"- {note}" in section
    # a goal whose baseline is exact says nothing of the kind
    exact = text.split("(ic-core-projects)", 1)[1].split("\n### ", 1)[0]
    assert note not in exact


LEGEND_RATIOS = {
    "zh": (("实际增速", "所需增速"), ("进度", "时序进度")),
    "en": (("observed growth", "growth required"), ("progress", "time elapsed")),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_legend_names_growth_ratio_and_pace_ratio(lang: Lang) -> None:
    registry = sample_registry()
    assessment = sample_assessment(registry)
    text = markdown_render.render(assessment, ORIGIN, registry, lang)
    legend = text.split(f"| {w.SYMBOL(lang)} |", 1)[1].split("\n\n", 1)[0]
    growth_words, pace_words = LEGEND_RATIOS[lang]
    judged_by_ratio = ("on track", "needs acceleration", "limited progress")
    if lang == "zh":
        judged_by_ratio = ("进展顺利", "需加快", "进展有限")
    for label in judged_by_ratio:
        line = next(row for row in legend.splitlines() if f"| {label} |" in row)
        for expected in (*growth_words, *pace_words):
            assert expected in line, (label, expected)
    # The sample has goals of both kinds, so the legend must explain both.
    rows = {r.id: r for r in assessment.targets}
    assert rows["ic-scale"].actual_growth is not None  # judged by growth
    assert rows["ic-core-projects"].actual_growth is None  # judged by pace
    assert rows["ic-core-projects"].growth_ratio is not None


# ------------------------------------------------------------------ a report to send


def sample_text(lang: Lang) -> str:
    registry = sample_registry()
    return markdown_render.render(sample_assessment(registry), ORIGIN, registry, lang)


def test_mermaid_charts_have_explicit_colours_and_their_figures_in_a_table() -> None:
    text = sample_text("en")
    blocks = re.findall(r"```mermaid\n(.*?)```", text, re.S)
    assert len(blocks) == 8
    for block in blocks:
        assert block.startswith("%%{init: ")
        assert '"plotColorPalette": "#2f6ea5, #c0392b"' in block
        assert '"backgroundColor": "#ffffff"' in block
    scale = text.split("(ic-scale)", 1)[1].split("\n### ", 1)[0]
    assert 'y-axis "billion yuan" 0 --> 250' in scale and "亿元" not in scale.split("```")[1]
    rendered = parse(scale)
    # the baseline as the plan gives it: "over 1000" 亿元
    assert "<td>billion yuan</td>\n<td>over 100</td>\n<td>120</td>\n<td>135</td>\n<td>200</td>" in (
        rendered
    )
    assert "Red line: the target, 200 billion yuan by 2025." in scale


def test_count_axes_end_on_a_whole_tick() -> None:
    text = sample_text("zh")
    highlands = text.split("(kunshan-highlands)", 1)[1].split("\n### ", 1)[0]
    assert 'y-axis "个" 0 --> 4' in highlands


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_chart_notes_repeat_no_word(lang: Lang) -> None:
    for phrase in (w.CHART_KEY, w.CHART_KEY_NO_BASELINE):
        words = re.findall(r"\w+", phrase(lang, target="x"))
        assert all(a != b for a, b in itertools.pairwise(words)), words


def test_mermaid_keeps_an_ampersand() -> None:
    assert markdown_render.mermaid_label("R&D institutions") == "R#38;D institutions"
    assert markdown_render.mermaid_label('a "b" <c>') == "a b c"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_quote_and_its_source_are_two_lines(lang: Lang) -> None:
    rendered = parse(sample_text(lang))
    quote = rendered.split("<blockquote>", 1)[1].split("</blockquote>", 1)[0]
    paragraphs = re.findall(r"<p>(.*?)</p>", quote, re.S)
    assert len(paragraphs) == 2 and paragraphs[1].startswith("— ")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_rules_replace_a_link_to_a_file_not_installed(lang: Lang) -> None:
    text = sample_text(lang)
    assert "docs/methodology.md" not in text and "<a href" not in parse(text)
    assert f"- {markdown_render.text(w.RULE_FINAL(lang))}" in text


def test_a_provisional_status_is_marked() -> None:
    registry = sample_registry()
    late = compute(registry, sample_records(), dt.date(2026, 1, 31))
    text = markdown_render.render(late, ORIGIN, registry, "zh")
    row = next(line for line in text.splitlines() if line.startswith("| 集成电路产业规模 |"))
    assert row.endswith("| ! 需加快（暂定） |")
    assert "**! 需加快（暂定）** ·" in text
    assert "暂定" not in sample_text("zh").split("## 各目标详情")[0]


@pytest.mark.parametrize(
    ("lang", "figures", "bars"),
    [
        ("zh", "| 亿元 | 超过1,000 | 1,200 | 1,350 | 2,000 |", "bar [1000, 1200, 1350]"),
        ("en", "| billion yuan | over 100 | 120 | 135 | 200 |", "bar [100, 120, 135]"),
    ],
)
def test_a_charts_figures_keep_an_approximate_baselines_qualifier(
    lang: Lang, figures: str, bars: str
) -> None:
    """The plan's "over 1000" is not a plain 1,000 under the chart; the bars stay numbers."""
    registry = sample_registry()
    text = markdown_render.render(sample_assessment(registry), ORIGIN, registry, lang)
    section = text.split("(ic-scale)", 1)[1].split("\n### ", 1)[0]
    assert figures in section
    assert f"    {bars}\n" in section
    exact = text.split("(ic-core-projects)", 1)[1].split("\n### ", 1)[0]
    assert "超过" not in exact and "over" not in exact
