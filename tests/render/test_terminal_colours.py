"""Status colours: readable on light and dark terminal themes (WCAG contrast from Rich's RGB)."""

from __future__ import annotations

import pytest
from rich._palettes import EIGHT_BIT_PALETTE
from rich.color import Color, ColorSystem
from rich.color_triplet import ColorTriplet
from rich.style import Style

from cluster_cli.engine.assess import Status
from cluster_cli.i18n import Lang
from cluster_cli.render.labels import STATUS_LABELS, status_text
from cluster_cli.render.terminal import cells

WHITE = ColorTriplet(255, 255, 255)
BLACK = ColorTriplet(0, 0, 0)


def luminance(rgb: ColorTriplet) -> float:
    """WCAG 2 relative luminance."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(rgb.red) + 0.7152 * channel(rgb.green) + 0.0722 * channel(rgb.blue)


def contrast(a: ColorTriplet, b: ColorTriplet) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _colour(status: Status) -> Color:
    colour = Style.parse(cells.STATUS_STYLES[status]).color
    assert colour is not None
    return colour


def test_contrast_formula_matches_known_values() -> None:
    assert contrast(WHITE, BLACK) == pytest.approx(21.0)
    assert contrast(ColorTriplet(118, 118, 118), WHITE) == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("status", list(Status))
def test_status_colours_read_on_light_and_dark_backgrounds(status: Status) -> None:
    """The RGB Rich sends a truecolour terminal for the style chosen, against white and black."""
    rgb = _colour(status).get_truecolor()
    assert contrast(rgb, WHITE) >= 4.5, (status, rgb)
    assert contrast(rgb, BLACK) >= 4.5, (status, rgb)


@pytest.mark.parametrize("status", list(Status))
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_on_256_colour_terminals_a_symbol_carries_what_contrast_may_not(
    status: Status, lang: Lang
) -> None:
    """Rich turns the colours into the 256-colour palette's nearest: where that falls under
    4.5:1 on either background, the status still reads by its own symbol and word."""
    number = _colour(status).downgrade(ColorSystem.EIGHT_BIT).number
    assert number is not None
    rgb = ColorTriplet(*EIGHT_BIT_PALETTE[number])
    if min(contrast(rgb, WHITE), contrast(rgb, BLACK)) < 4.5:
        assert min(contrast(rgb, WHITE), contrast(rgb, BLACK)) >= 4.4, (status, rgb)
        assert status_text(status, lang).startswith(STATUS_LABELS[status].symbol + " ")


def test_every_status_has_its_own_symbol() -> None:
    """What colour cannot carry alone: on a 256-colour terminal amber and orange are one colour."""
    symbols = [label.symbol for label in STATUS_LABELS.values()]
    same_colour = {STATUS_LABELS[s].symbol for s in (Status.DETERIORATING, Status.MISSED)}
    assert len(set(symbols)) == len(symbols) and len(same_colour) == 2


def test_standard_yellow_would_not_do() -> None:
    """Why not the 16 standard colours: their RGB is the theme's, and Rich's own yellow is
    under 4.5:1 on one of the backgrounds."""
    rgb = Color.parse("yellow").get_truecolor()
    assert min(contrast(rgb, WHITE), contrast(rgb, BLACK)) < 4.5
