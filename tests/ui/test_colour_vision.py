"""The left and right colours stay apart for the common colour-vision deficiencies.

Thresholds (documented in docs/accessibility-and-translations.md):
- CIEDE2000 between left and right ≥ 40 with typical vision and each simulated
  dichromacy (20 already reads as "a different colour" at a glance);
- the two sides' luminance differs by a contrast ratio ≥ 1.5, so they stay apart
  in greyscale and where hue fails;
- each side colour has a WCAG contrast ≥ 3:1 against the window and card
  backgrounds (the bar for large text such as the LEFT/RIGHT labels);
- the large bold text drawn on a side-coloured banner has contrast ≥ 3:1 with it.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.sides import Side
from app.ui.shell.colour_vision import (
    Deficiency,
    Lab,
    contrast_ratio,
    delta_e_2000,
    parse_hex,
    relative_luminance,
    side_difference,
    simulate,
    to_lab,
)
from app.ui.shell.theme import DARK, LIGHT, Colours, ink_on

THEMES = pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
VISION = pytest.mark.parametrize("deficiency", [None, *Deficiency], ids=lambda d: d or "typical")

MIN_DELTA_E = 40.0
MIN_SIDE_LUMINANCE_RATIO = 1.5
MIN_BACKGROUND_CONTRAST = 3.0
MIN_BANNER_TEXT_CONTRAST = 3.0


def _seen(colour: str, deficiency: Deficiency | None) -> tuple[float, float, float]:
    rgb = parse_hex(colour)
    return simulate(rgb, deficiency) if deficiency is not None else rgb


@THEMES
@VISION
def test_left_and_right_look_clearly_different(colours: Colours, deficiency) -> None:
    assert side_difference(colours.left, colours.right, deficiency) >= MIN_DELTA_E


@THEMES
@VISION
def test_left_and_right_differ_in_lightness_too(colours: Colours, deficiency) -> None:
    left, right = _seen(colours.left, deficiency), _seen(colours.right, deficiency)
    assert contrast_ratio(left, right) >= MIN_SIDE_LUMINANCE_RATIO


@THEMES
@VISION
def test_side_colours_stand_out_from_the_backgrounds(colours: Colours, deficiency) -> None:
    for side_colour in (colours.left, colours.right):
        for background in (colours.window, colours.surface):
            ratio = contrast_ratio(_seen(side_colour, deficiency), _seen(background, deficiency))
            assert ratio >= MIN_BACKGROUND_CONTRAST, (side_colour, background)


@THEMES
def test_text_on_a_side_banner_is_readable(colours: Colours) -> None:
    for side in (Side.LEFT, Side.RIGHT):
        ratio = contrast_ratio(parse_hex(colours.on_side(side)), parse_hex(colours.side(side)))
        assert ratio >= MIN_BANNER_TEXT_CONTRAST


def test_ciede2000_matches_sharmas_reference_pairs() -> None:
    # Sharma, Wu & Dalal (2005), pairs 1, 3 and 7 of their published test data.
    pairs = [
        (Lab(50, 2.6772, -79.7751), Lab(50, 0, -82.7485), 2.0425),
        (Lab(50, -1.3802, -84.2814), Lab(50, 0, -82.7485), 1.0),
        (Lab(50, 0, 0), Lab(50, -1, 2), 2.3669),
    ]
    for first, second, expected in pairs:
        assert delta_e_2000(first, second) == pytest.approx(expected, abs=1e-4)


def test_grey_looks_the_same_to_everyone_and_extremes_are_exact() -> None:
    grey = parse_hex("#808080")
    for deficiency in Deficiency:
        seen = simulate(grey, deficiency)
        assert delta_e_2000(to_lab(seen), to_lab(grey)) < 1.0
    assert contrast_ratio(parse_hex("#000000"), parse_hex("#ffffff")) == pytest.approx(21.0)
    assert relative_luminance(parse_hex("#ffffff")) == pytest.approx(1.0)
    assert to_lab(parse_hex("#ffffff")).l == pytest.approx(100.0, abs=1e-3)


def test_red_and_green_merge_for_deuteranopes() -> None:
    # The simulation must actually remove what the deficiency removes.
    red, green = "#d62728", "#2ca02c"
    assert side_difference(red, green, None) > 50
    merged = side_difference(red, green, Deficiency.DEUTERANOPIA)
    assert merged < side_difference(red, green, None) / 2


@pytest.mark.parametrize("bad", ["", "#12345", "#gggggg", "blue", "#1234567"])
def test_bad_colour_text_is_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        parse_hex(bad)


channel = st.integers(min_value=0, max_value=255)


@settings(max_examples=60, deadline=None)
@given(channel, channel, channel, st.sampled_from(list(Deficiency)))
def test_simulation_stays_in_gamut_and_difference_is_symmetric(r, g, b, deficiency) -> None:
    colour = f"#{r:02x}{g:02x}{b:02x}"
    seen = simulate(parse_hex(colour), deficiency)
    assert all(0.0 <= c <= 1.0 for c in seen)
    assert side_difference(colour, "#0a4c7b", deficiency) == pytest.approx(
        side_difference("#0a4c7b", colour, deficiency), abs=1e-6
    )
    assert side_difference(colour, colour, deficiency) == pytest.approx(0.0, abs=1e-9)


@THEMES
def test_text_on_the_accent_reads_as_normal_text(colours: Colours) -> None:
    # Primary buttons and selected list rows draw their text on the accent colour.
    ink = parse_hex(ink_on(colours.accent))
    assert contrast_ratio(ink, parse_hex(colours.accent)) >= 4.5
