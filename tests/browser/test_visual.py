"""How every kind of page looks, compared with reviewed screenshots; zoom, reflow, motion and colour scheme.

Screenshots are compared with the PNGs in tests/browser/baselines/ pixel by pixel, with a small
tolerance for anti-aliasing. After an intended change of looks, look at the new screenshots and
accept them with `UPDATE_SNAPSHOTS=1 .venv/bin/pytest tests/browser/test_visual.py`.
"""
from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from page_types import BY_NAME, DESKTOP, PAGE_TYPES, PHONE, PageType, open_page

pytestmark = pytest.mark.browser

BASELINES = Path(__file__).parent / "baselines"
UPDATE = os.environ.get("UPDATE_SNAPSHOTS") == "1"
# A pixel counts as changed when a colour channel moves by more than this (of 255) ...
PIXEL_TOLERANCE = 40
# ... and a screenshot fails when more than this share of its pixels changed.
CHANGED_SHARE = 0.002
# Tall pages are compared on their first screens; a layout break shows there.
MAX_HEIGHT = 1600


def screenshot(page) -> Image.Image:
    height = min(MAX_HEIGHT, page.evaluate("document.documentElement.scrollHeight"))
    width = page.viewport_size["width"]
    png = page.screenshot(
        full_page=True,
        clip={"x": 0, "y": 0, "width": width, "height": height},
        animations="disabled",
        caret="hide",
    )
    return Image.open(io.BytesIO(png)).convert("RGB")


def changed_share(expected: Image.Image, actual: Image.Image) -> float:
    difference = ImageChops.difference(expected, actual).convert("L").point(lambda v: 255 if v > PIXEL_TOLERANCE else 0)
    changed = difference.histogram()[255]
    return changed / (expected.width * expected.height)


# Light at both widths; dark on the phone, where most mentees read at night.
LOOKS = [(PHONE, "light"), (DESKTOP, "light"), (PHONE, "dark")]


@pytest.mark.parametrize(("width", "scheme"), LOOKS, ids=[f"{width}-{scheme}" for width, scheme in LOOKS])
@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=str)
def test_page_looks_like_its_reviewed_screenshot(page_as, site_url: str, page_type: PageType, width: int, scheme: str, tmp_path: Path) -> None:
    page = page_as(width, scheme, reduced_motion="reduce", javascript=page_type.javascript)
    open_page(page, site_url, page_type)
    actual = screenshot(page)
    baseline = BASELINES / f"{page_type}-{width}-{scheme}.png"
    if UPDATE:
        BASELINES.mkdir(exist_ok=True)
        actual.save(baseline, optimize=True)
        return
    if not baseline.exists():
        pytest.fail(f"no reviewed screenshot {baseline.name}: look at the page, then run with UPDATE_SNAPSHOTS=1")
    expected = Image.open(baseline).convert("RGB")
    actual.save(tmp_path / baseline.name)
    assert actual.size == expected.size, f"{page_type} at {width}px, {scheme}, changed size {expected.size} -> {actual.size}; new screenshot: {tmp_path / baseline.name}"
    share = changed_share(expected, actual)
    assert share <= CHANGED_SHARE, f"{page_type} at {width}px, {scheme}: {share:.2%} of pixels changed; new screenshot: {tmp_path / baseline.name}"


OVERFLOW = """() => {
  const root = document.documentElement;
  const clipped = [...document.querySelectorAll('body *')].filter(el => {
    if (!el.checkVisibility() || el.closest('.visually-hidden')) return false;
    const style = getComputedStyle(el);
    const clips = /hidden|clip/.test(style.overflowX);
    return clips && el.scrollWidth > el.clientWidth + 1;
  }).map(el => el.outerHTML.slice(0, 80));
  // A data table may scroll sideways inside its own focusable region (WCAG 1.4.10 exempts
  // content that needs two dimensions); the page itself must not.
  const outside = [...document.querySelectorAll('body *')].filter(el => {
    if (!el.checkVisibility() || el.closest('.visually-hidden, .skip-link, .table-scroll')) return false;
    const box = el.getBoundingClientRect();
    return box.width > 0 && (box.right > root.clientWidth + 1 || box.left < -1);
  }).map(el => el.outerHTML.slice(0, 80));
  return { scroll: root.scrollWidth - root.clientWidth, clipped, outside };
}"""


# What a reader changes, as (CSS pixels wide, high, CSS added). 400 % browser zoom on a
# 1280 x 1024 screen leaves 320 x 256 CSS pixels; "200% text" enlarges only the text; "text
# spacing" is the spacing of WCAG 1.4.12, as a reader's own style sheet sets it.
TEXT_SPACING = """
* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }
"""
ZOOMS = {
    "400% zoom": (320, 256, ""),
    "200% text": (DESKTOP, 800, "html { font-size: 200% !important; }"),
    "text spacing": (PHONE, 800, TEXT_SPACING),
}


@pytest.mark.parametrize("zoom", ZOOMS)
@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=str)
def test_zoom_and_spacing_reflow_without_sideways_scrolling_or_lost_content(page_as, site_url: str, page_type: PageType, zoom: str) -> None:
    """WCAG 1.4.4 Resize text, 1.4.10 Reflow and 1.4.12 Text spacing."""
    width, height, reader_css = ZOOMS[zoom]
    page = page_as(width, height=height, javascript=page_type.javascript)
    open_page(page, site_url, page_type)
    # A constructed style sheet is the reader's own: the page's CSP does not apply to it.
    page.evaluate("css => { const sheet = new CSSStyleSheet(); sheet.replaceSync(css); document.adoptedStyleSheets = [sheet]; }", reader_css)
    state = page.evaluate(OVERFLOW)
    assert state["scroll"] <= 0, f"{page_type} scrolls sideways by {state['scroll']}px at {zoom}"
    assert not state["clipped"], f"{page_type} cuts off content at {zoom}: {state['clipped'][:3]}"
    assert not state["outside"], f"{page_type} puts content outside the screen at {zoom}: {state['outside'][:3]}"


TRANSITIONS = "() => [...document.querySelectorAll('a, button, .card-body')].map(el => getComputedStyle(el).transitionDuration).filter(d => d.split(',').some(t => parseFloat(t) > 0)).length"


def test_reduced_motion_turns_transitions_off(page_as, site_url: str) -> None:
    moving = page_as(DESKTOP, reduced_motion="no-preference")
    open_page(moving, site_url, BY_NAME["directory"])
    assert moving.evaluate(TRANSITIONS) > 0
    still = page_as(DESKTOP, reduced_motion="reduce")
    open_page(still, site_url, BY_NAME["directory"])
    assert still.evaluate(TRANSITIONS) == 0


LUMINANCE = """selector => {
  const [r, g, b] = getComputedStyle(document.querySelector(selector)).backgroundColor.match(/\\d+/g).map(Number).map(v => {
    v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}"""


def test_colour_scheme_follows_the_system_setting(page_as, site_url: str) -> None:
    for page_type in PAGE_TYPES:
        light = page_as(PHONE, "light", javascript=page_type.javascript)
        dark = page_as(PHONE, "dark", javascript=page_type.javascript)
        open_page(light, site_url, page_type)
        open_page(dark, site_url, page_type)
        assert light.evaluate(LUMINANCE, "body") > 0.8, page_type
        assert dark.evaluate(LUMINANCE, "body") < 0.05, page_type
        # Form controls and scroll bars follow too.
        assert dark.evaluate("getComputedStyle(document.documentElement).colorScheme") == "light dark"


def test_the_comparison_catches_a_layout_shift() -> None:
    """Guards the tolerance: content moved by a few pixels must fail."""
    baseline = Image.open(BASELINES / f"{BY_NAME['directory']}-{DESKTOP}-light.png").convert("RGB")
    assert changed_share(baseline, baseline.copy()) == 0
    assert changed_share(baseline, ImageChops.offset(baseline, 0, 4)) > CHANGED_SHARE
