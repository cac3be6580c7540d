"""Brand colours: admins pick one colour per scheme; the build refuses any the theme cannot draw readably."""
from __future__ import annotations

import pytest

from mentor_directory.outputs.colors import (
    DARK,
    DARK_ACCENT,
    LIGHT,
    LIGHT_ACCENT,
    MINIMUM_CONTRAST,
    brand_stylesheet,
    colour_problem,
    contrast,
    nearest_passing,
    palette,
    parse_hex,
    to_hex,
    weakest_pair,
)


def test_contrast_matches_the_wcag_reference_values() -> None:
    assert contrast((0, 0, 0), (255, 255, 255)) == pytest.approx(21.0)
    assert contrast((255, 255, 255), (255, 255, 255)) == pytest.approx(1.0)
    # #767676 on white is the well-known lightest grey that reaches 4.5:1.
    assert contrast(parse_hex("#767676"), (255, 255, 255)) == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("text, rgb", [("#1b5e87", (27, 94, 135)), ("#15A", (0x11, 0x55, 0xAA)), ("#FFFFFF", (255, 255, 255))])
def test_hex_colours_in_either_length_are_read(text: str, rgb: tuple[int, int, int]) -> None:
    assert parse_hex(text) == rgb
    assert parse_hex(to_hex(rgb)) == rgb


@pytest.mark.parametrize("value", ["1b5e87", "#12345", "blue", "#gggggg", 0x1B5E87, None])
def test_anything_but_a_hex_colour_is_refused_with_an_example(value: object) -> None:
    assert parse_hex(value) is None
    assert "written like '#1b5e87'" in colour_problem("MENTOR_BRAND_COLOR", value, LIGHT)


def test_the_themes_own_accents_pass_in_their_schemes() -> None:
    assert colour_problem("MENTOR_BRAND_COLOR", to_hex(LIGHT_ACCENT), LIGHT) is None
    assert colour_problem("MENTOR_BRAND_COLOR_DARK", to_hex(DARK_ACCENT), DARK) is None


def test_a_faint_colour_is_refused_naming_where_it_fails_and_a_shade_that_passes() -> None:
    problem = colour_problem("MENTOR_BRAND_COLOR", "#ff9900", LIGHT)
    assert problem is not None and "light colour scheme" in problem and "4.5:1" in problem
    suggested = problem.split("try '")[1].split("'")[0]
    assert colour_problem("MENTOR_BRAND_COLOR", suggested, LIGHT) is None


def test_a_dark_colour_is_too_faint_for_the_dark_scheme() -> None:
    assert "dark colour scheme" in colour_problem("MENTOR_BRAND_COLOR_DARK", "#1b5e87", DARK)


@pytest.mark.parametrize("scheme", [LIGHT, DARK])
@pytest.mark.parametrize("start", ["#ff9900", "#00ff00", "#777777", "#8a2be2", "#123456", "#fafafa"])
def test_the_suggested_shade_passes_every_pairing(scheme, start: str) -> None:
    shade = nearest_passing(parse_hex(start), scheme)
    assert shade is not None
    assert weakest_pair(shade, scheme)[1] >= MINIMUM_CONTRAST


def test_the_stylesheet_sets_all_three_shades_in_both_schemes() -> None:
    css = brand_stylesheet(parse_hex("#7a1f5c"), parse_hex("#f0a6d2"))
    light, dark = css.split("@media (prefers-color-scheme: dark)")
    for name, rgb in palette(parse_hex("#7a1f5c"), LIGHT).items():
        assert f"--{name}: {to_hex(rgb)};" in light
    for name, rgb in palette(parse_hex("#f0a6d2"), DARK).items():
        assert f"--{name}: {to_hex(rgb)};" in dark
    assert css.count("{") == css.count("}")
