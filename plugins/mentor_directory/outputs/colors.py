"""Brand colours: derive the theme's accent shades from one colour per scheme, and refuse any that fail WCAG contrast.

An admin picks a brand colour; links, buttons and chips are drawn from it. Each pairing the
theme uses must reach 4.5:1 (WCAG 2.2 AA for body text), so a colour that fails is refused
with the nearest shade that passes, rather than published unreadable.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

RGB = tuple[int, int, int]
MINIMUM_CONTRAST = 4.5
LIGHT_ACCENT: RGB = (0x1B, 0x5E, 0x87)  # the theme's own accents, kept when only one scheme is branded
DARK_ACCENT: RGB = (0x8C, 0xC8, 0xF2)
_HEX = re.compile(r"#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})")


@dataclass(frozen=True)
class Scheme:
    """The fixed colours of one colour scheme that the accent must stand out against."""

    name: str
    background: RGB
    surface: RGB
    card: RGB
    toward: RGB  # the direction that adds contrast against the background


LIGHT = Scheme("light", (0xFF, 0xFF, 0xFF), (0xF5, 0xF7, 0xF9), (0xFF, 0xFF, 0xFF), (0, 0, 0))
DARK = Scheme("dark", (0x12, 0x14, 0x17), (0x1A, 0x1E, 0x23), (0x1D, 0x22, 0x28), (0xFF, 0xFF, 0xFF))


def parse_hex(text: object) -> RGB | None:
    """'#1b5e87' or '#15a' as an RGB triple; None for anything else."""
    if not isinstance(text, str) or not _HEX.fullmatch(text):
        return None
    digits = text[1:]
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def to_hex(rgb: RGB) -> str:
    return "#" + "".join(f"{channel:02x}" for channel in rgb)


def luminance(rgb: RGB) -> float:
    """Relative luminance as WCAG defines it."""
    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: RGB, b: RGB) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def mix(a: RGB, b: RGB, weight: float) -> RGB:
    """``weight`` of b mixed into a."""
    return tuple(round(x + (y - x) * weight) for x, y in zip(a, b))  # type: ignore[return-value]


def palette(accent: RGB, scheme: Scheme) -> dict[str, RGB]:
    """The accent shades the stylesheet uses: hover/strong text and the soft chip background."""
    return {
        "accent": accent,
        "accent-strong": mix(accent, scheme.toward, 0.35),
        "accent-soft": mix(accent, scheme.background, 0.86),
    }


def weakest_pair(accent: RGB, scheme: Scheme) -> tuple[str, float]:
    """The least readable pairing of text and background the theme draws with this accent."""
    shades = palette(accent, scheme)
    pairs = {
        "links on the page": (accent, scheme.background),
        "links on grey panels": (accent, scheme.surface),
        "links on cards": (accent, scheme.card),
        "button text": (scheme.background, accent),
        "hovered button text": (scheme.background, shades["accent-strong"]),
        "filter chips": (shades["accent-strong"], shades["accent-soft"]),
        "hovered topic links": (accent, shades["accent-soft"]),
    }
    return min(((name, contrast(*colours)) for name, colours in pairs.items()), key=lambda item: item[1])


def nearest_passing(accent: RGB, scheme: Scheme) -> RGB | None:
    """The closest shade of the accent, moved toward black (light) or white (dark), that passes everywhere."""
    for step in range(1, 101):
        candidate = mix(accent, scheme.toward, step / 100)
        if weakest_pair(candidate, scheme)[1] >= MINIMUM_CONTRAST:
            return candidate
    return None


def colour_problem(setting: str, value: object, scheme: Scheme) -> str | None:
    """Why a brand colour setting cannot be used, with a passing shade to use instead."""
    rgb = parse_hex(value)
    if rgb is None:
        return f"{setting} must be a colour written like '#1b5e87', not {value!r}"
    where, ratio = weakest_pair(rgb, scheme)
    if ratio >= MINIMUM_CONTRAST:
        return None
    better = nearest_passing(rgb, scheme)
    suggestion = f"; try {to_hex(better)!r}, the nearest shade that passes" if better else ""
    return (f"{setting} {value!r} is too faint in the {scheme.name} colour scheme: {where} would have "
            f"contrast {ratio:.2f}:1, below the {MINIMUM_CONTRAST}:1 WCAG AA needs{suggestion}")


def brand_stylesheet(light: RGB, dark: RGB) -> str:
    """CSS custom properties overriding the theme's accent in both colour schemes."""
    def block(accent: RGB, scheme: Scheme) -> str:
        return "".join(f"  --{name}: {to_hex(rgb)};\n" for name, rgb in palette(accent, scheme).items())

    return (f":root {{\n{block(light, LIGHT)}}}\n"
            f"@media (prefers-color-scheme: dark) {{\n  :root {{\n"
            + "".join("  " + line + "\n" for line in block(dark, DARK).splitlines())
            + "  }\n}\n")
