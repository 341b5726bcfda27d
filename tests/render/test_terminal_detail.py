"""``show`` at any width: every figure visible, no word or number broken."""

from __future__ import annotations

import re
from collections import Counter
from functools import partial

import pytest
from rich.cells import cell_len

from cluster_cli.i18n import Lang, words
from cluster_cli.render import terminal
from terminal_samples import AS_OF, sample_assessment, shipped_registry

NUMBER = re.compile(r"\d[\d,.]*%?")
WORD = re.compile(r"[A-Za-z]+")


def _show(key: str, lang: Lang, width: int) -> str:
    registry = shipped_registry()
    assessment = sample_assessment(registry)
    goal = next((r for r in assessment.targets if r.id == key), None)
    if goal is not None:
        return terminal.to_text(
            lambda w: terminal.show_target_view(goal, registry, AS_OF.isoformat(), lang, w), width
        )
    figure = next(r for r in assessment.indicators if r.id == key)
    return terminal.to_text(
        lambda w: terminal.show_indicator_view(figure, registry, AS_OF.isoformat(), lang, w), width
    )


def _tokens(pattern: re.Pattern[str], output: str) -> Counter[str]:
    return Counter(pattern.findall(output))


KEYS = ["ic-talents", "ic-scale", "kunshan-new-rd-institutions", "industrial-output"]


@pytest.mark.parametrize("key", KEYS)
@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("width", [20, 24, 30, 34, 40, 50, 60])
def test_every_figure_is_shown_whole_at_any_width(key: str, lang: Lang, width: int) -> None:
    """The numbers of a narrow ``show`` are exactly those of a wide one: none left out, none cut
    in two; and no English word is cut (a narrow history lists records without its header)."""
    wide = _show(key, lang, 200)
    narrow = _show(key, lang, width)
    assert _tokens(NUMBER, narrow) == _tokens(NUMBER, wide)
    assert set(_tokens(WORD, narrow)) <= set(_tokens(WORD, wide))
    for line in narrow.splitlines():
        assert cell_len(line) <= width, line


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_narrow_figures_put_the_value_under_its_label(lang: Lang) -> None:
    output = _show("ic-talents", lang, 30).splitlines()
    latest = output.index(words.LATEST(lang))
    assert output[latest + 1].strip().startswith("262")
    assert output[latest + 1].startswith("  ")


def test_wide_figures_stay_beside_their_labels() -> None:
    output = _show("ic-talents", "en", 80)
    assert re.search(r"^Latest +262 talents and teams \(2024\)", output, re.M)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_show_gives_the_goal_views_figures_labels_and_sentences(lang: Lang) -> None:
    """``show`` and the reports say the same: every figure of the goal view, with its label,
    its status word and its sentence."""
    from cluster_cli.render.view import goal_view

    registry = shipped_registry()
    day = AS_OF.isoformat()
    for row in sample_assessment(registry).targets:
        goal = goal_view(row, registry, lang)
        output = terminal.to_text(partial(terminal.show_target_view, row, registry, day, lang), 200)
        lines = [" ".join(line.split()) for line in output.splitlines()]
        for figure in goal.figures:
            assert " ".join(f"{figure.label} {figure.text}".split()) in lines, figure
        assert goal.status_label in output
        assert " ".join(goal.why.split()) in " ".join(output.split())


def test_a_value_below_zero_is_drawn_apart_from_one_above() -> None:
    """A fall is drawn in its own shade: without colour, -300 must not read as +300."""
    from cluster_cli.engine.periods import period_of_year
    from cluster_cli.engine.results import Point
    from cluster_cli.render.terminal.detail import trend_chart

    registry = shipped_registry()
    goal = registry.targets["ic-scale"]
    points = [
        Point(period_of_year(2023), 3.0, None, "exact"),
        Point(period_of_year(2024), -3.0, None, "exact"),
    ]
    output = terminal.to_text(lambda w: trend_chart(points, goal, "en", w), 80)
    rise, fall = (line for line in output.splitlines() if line.startswith(("2023", "2024")))
    assert "█" in rise and "▒" not in rise
    assert "▒" in fall and "█" not in fall
    assert rise.count("█") == fall.count("▒")  # the same length: the same size of change


@pytest.mark.parametrize(
    ("lang", "baseline"), [("zh", "2022 超过1,000亿元 基期"), ("en", "2022 over 100 billion yuan")]
)
@pytest.mark.parametrize("width", [30, 100])
def test_the_trend_chart_keeps_an_approximate_baselines_qualifier(
    lang: Lang, baseline: str, width: int
) -> None:
    """A plain 1,000 for the plan's "over 1000" would read as an exact figure it never gave."""
    trend = _show("ic-scale", lang, width).split(words.TREND(lang))[1].split(words.NOTES(lang))[0]
    assert baseline in " ".join(re.sub("[█░┊▏▎▍▌▋▊▉]", " ", trend).split()), trend
    assert "超过" not in trend.split("2023")[1] and "over" not in trend.split("2023")[1]
