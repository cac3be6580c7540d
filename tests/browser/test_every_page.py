"""Every kind of page (tests/support/page_types.py) as each mentee sees it: how it looks, WCAG 2.2
A and AA (axe-core), colour scheme, keyboard, names and landmarks, zoom and text spacing.

Each page type is opened once per look (width and colour scheme) and every check of that look
runs on that one load (the `seen` fixture in conftest.py); a failure names the check, the page
and the look.

Screenshots are compared with the PNGs in tests/browser/baselines/ pixel by pixel, with a small
tolerance for anti-aliasing. After an intended change of looks, look at the new screenshots and
accept them with `UPDATE_SNAPSHOTS=1 .venv/bin/pytest tests/browser/test_every_page.py -k screenshot`.

axe-core comes from node_modules (pinned in package.json). It is evaluated through the
DevTools protocol, so the pages keep their strict Content-Security-Policy while it runs.
"""
from __future__ import annotations

import io
import os
import re
from itertools import pairwise
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from axe_check import AXE, axe_violations, describe
from page_types import BY_NAME, DESKTOP, PHONE, open_page
from page_views import Look, View, each_page

pytestmark = pytest.mark.browser

PHONE_LIGHT = Look(PHONE, "light")
DESKTOP_LIGHT = Look(DESKTOP, "light")
PHONE_DARK = Look(PHONE, "dark")
DESKTOP_DARK = Look(DESKTOP, "dark")
# 400 % browser zoom on a 1280 x 1024 screen leaves 320 x 256 CSS pixels.
ZOOMED_400 = Look(320, "light", height=256)


# --- how it looks ----------------------------------------------------------------------

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
@pytest.mark.parametrize("seen", each_page(PHONE_LIGHT, DESKTOP_LIGHT, PHONE_DARK), indirect=True)
def test_page_looks_like_its_reviewed_screenshot(seen: View, tmp_path: Path) -> None:
    actual = screenshot(seen.page)
    baseline = BASELINES / f"{seen.page_type}-{seen.look.width}-{seen.look.scheme}.png"
    if UPDATE:
        BASELINES.mkdir(exist_ok=True)
        actual.save(baseline, optimize=True)
        return
    if not baseline.exists():
        pytest.fail(f"no reviewed screenshot {baseline.name}: look at the page, then run with UPDATE_SNAPSHOTS=1")
    expected = Image.open(baseline).convert("RGB")
    actual.save(tmp_path / baseline.name)
    assert actual.size == expected.size, f"{seen} changed size {expected.size} -> {actual.size}; new screenshot: {tmp_path / baseline.name}"
    share = changed_share(expected, actual)
    assert share <= CHANGED_SHARE, f"{seen}: {share:.2%} of pixels changed; new screenshot: {tmp_path / baseline.name}"


def test_the_comparison_catches_a_layout_shift() -> None:
    """Guards the tolerance: content moved by a few pixels must fail."""
    baseline = Image.open(BASELINES / f"{BY_NAME['directory']}-{DESKTOP}-light.png").convert("RGB")
    assert changed_share(baseline, baseline.copy()) == 0
    assert changed_share(baseline, ImageChops.offset(baseline, 0, 4)) > CHANGED_SHARE


# --- WCAG rules (axe-core) -------------------------------------------------------------

@pytest.fixture(scope="module")
def axe_source() -> str:
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run `npm ci`")
    return AXE.read_text(encoding="utf-8")




@pytest.mark.parametrize("seen", each_page(PHONE_LIGHT, DESKTOP_LIGHT, PHONE_DARK, DESKTOP_DARK), indirect=True)
def test_page_has_no_wcag_violations(seen: View, axe_source: str) -> None:
    violations = axe_violations(seen.page, axe_source)
    assert not violations, f"{seen.page_type.path} at {seen.look.width}px, {seen.look.scheme}:\n{describe(violations)}"


def test_axe_finds_a_violation_it_is_shown(views, axe_source: str) -> None:
    """Guards the check itself: a control without a name must be reported."""
    view = views.open(BY_NAME["directory"], DESKTOP_LIGHT)
    view.spoiled = True
    view.page.evaluate("document.querySelector('label[for=search]').remove()")
    assert "label" in {violation["id"] for violation in axe_violations(view.page, axe_source)}


# --- colour scheme ---------------------------------------------------------------------

LUMINANCE = """selector => {
  const [r, g, b] = getComputedStyle(document.querySelector(selector)).backgroundColor.match(/\\d+/g).map(Number).map(v => {
    v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}"""


@pytest.mark.parametrize("seen", each_page(PHONE_LIGHT, DESKTOP_LIGHT, PHONE_DARK, DESKTOP_DARK), indirect=True)
def test_colour_scheme_follows_the_system_setting(seen: View) -> None:
    page = seen.page
    if seen.look.scheme == "light":
        assert page.evaluate(LUMINANCE, "body") > 0.8, f"{seen}: the page is not light"
    else:
        assert page.evaluate(LUMINANCE, "body") < 0.05, f"{seen}: the page is not dark"
        # Form controls and scroll bars follow too.
        assert page.evaluate("getComputedStyle(document.documentElement).colorScheme") == "light dark", seen


# --- names, landmarks and headings -----------------------------------------------------

INTERACTIVE_ROLES = {"link", "button", "checkbox", "radio", "textbox", "searchbox", "combobox", "listbox", "DisclosureTriangle", "switch", "tab", "menuitem"}


@pytest.mark.parametrize("seen", each_page(DESKTOP_LIGHT), indirect=True)
def test_every_control_has_a_name(seen: View) -> None:
    cdp = seen.page.context.new_cdp_session(seen.page)
    tree = cdp.send("Accessibility.getFullAXTree")["nodes"]
    cdp.detach()
    controls = [node for node in tree if not node.get("ignored") and node.get("role", {}).get("value") in INTERACTIVE_ROLES]
    assert controls, f"{seen}: no controls at all"
    nameless = [node["role"]["value"] for node in controls if not node.get("name", {}).get("value", "").strip()]
    assert not nameless, f"{seen}: {len(nameless)} controls without a name: {nameless}"


@pytest.mark.parametrize("seen", each_page(DESKTOP_LIGHT), indirect=True)
def test_each_page_has_one_main_landmark_and_headings_in_order(seen: View) -> None:
    page = seen.page
    assert page.get_by_role("main").count() == 1, seen
    assert page.get_by_role("banner").count() == 1 and page.get_by_role("contentinfo").count() == 1, seen
    levels = page.evaluate("() => [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].filter(h => h.checkVisibility()).map(h => +h.tagName[1])")
    assert levels[0] == 1 and levels.count(1) == 1, f"{seen}: {levels}"
    assert all(b - a <= 1 for a, b in pairwise(levels)), f"{seen}: a heading level is skipped: {levels}"


# --- zoom, larger text and text spacing (WCAG 1.4.4, 1.4.10, 1.4.12) ---------------------

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

# What a reader changes, on the look where it matters, with the CSS it adds: "200% text"
# enlarges only the text; "text spacing" is the spacing of WCAG 1.4.12, as a reader's own
# style sheet sets it.
TEXT_SPACING = """
* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }
"""
ZOOMS = {
    "400% zoom": (ZOOMED_400, ""),
    "200% text": (DESKTOP_LIGHT, "html { font-size: 200% !important; }"),
    "text spacing": (PHONE_LIGHT, TEXT_SPACING),
}
# A constructed style sheet is the reader's own: the page's CSP does not apply to it. It is
# taken away again afterwards, so the other checks of the same load see the page as it was.
ADD_READER_CSS = "css => { const sheet = new CSSStyleSheet(); sheet.replaceSync(css); document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]; }"
REMOVE_READER_CSS = "() => { document.adoptedStyleSheets = document.adoptedStyleSheets.slice(0, -1); }"


def zoom_cases() -> list:
    return [pytest.param(param.values[0], zoom, id=f"{param.id}-{zoom}")
            for zoom, (look, _) in ZOOMS.items() for param in each_page(look)]


@pytest.mark.parametrize(("seen", "zoom"), zoom_cases(), indirect=["seen"])
def test_zoom_and_spacing_reflow_without_sideways_scrolling_or_lost_content(seen: View, zoom: str) -> None:
    _, reader_css = ZOOMS[zoom]
    seen.page.evaluate(ADD_READER_CSS, reader_css)
    try:
        state = seen.page.evaluate(OVERFLOW)
    finally:
        seen.page.evaluate(REMOVE_READER_CSS)
    assert state["scroll"] <= 0, f"{seen.page_type} scrolls sideways by {state['scroll']}px at {zoom}"
    assert not state["clipped"], f"{seen.page_type} cuts off content at {zoom}: {state['clipped'][:3]}"
    assert not state["outside"], f"{seen.page_type} puts content outside the screen at {zoom}: {state['outside'][:3]}"


# --- keyboard: tab order and a visible focus -------------------------------------------

MAX_TAB_STOPS = 400

FOCUS_STATE = r"""() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  return {
    position: Array.prototype.indexOf.call(document.querySelectorAll('*'), el),
    tag: el.tagName.toLowerCase(),
    text: (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 60),
    outline: style.outlineStyle !== 'none' ? parseFloat(style.outlineWidth) : 0,
    shadow: style.boxShadow !== 'none',
    inView: box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth,
    size: box.width * box.height,
    outlineColor: style.outlineColor,
    behind: backgroundBehind(el.parentElement),
  };
  // The outline is drawn outside the element, so it sits on its parent's background.
  function backgroundBehind(node) {
    for (; node; node = node.parentElement) {
      const colour = getComputedStyle(node).backgroundColor;
      if (!/rgba\(.*, 0\)$|transparent/.test(colour)) return colour;
    }
    return 'rgb(255, 255, 255)';
  }
}"""


def luminance(css_colour: str) -> float:
    red, green, blue = (float(v) / 255 for v in re.findall(r"[\d.]+", css_colour)[:3])
    linear = [v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4 for v in (red, green, blue)]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(one: str, other: str) -> float:
    lighter, darker = sorted((luminance(one), luminance(other)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def tab_stops(page) -> list[dict]:
    """Press Tab from the top of the page until focus leaves the page; each stop's focus state."""
    stops = []
    for _ in range(MAX_TAB_STOPS):
        page.keyboard.press("Tab")
        state = page.evaluate(FOCUS_STATE)
        if state["tag"] == "body":
            return stops
        stops.append(state)
    pytest.fail(f"more than {MAX_TAB_STOPS} tab stops: focus may be trapped near {stops[-1]}")


@pytest.mark.parametrize("seen", each_page(PHONE_LIGHT, DESKTOP_DARK), indirect=True)
def test_tab_order_follows_the_page_and_focus_is_always_visible(seen: View) -> None:
    page = seen.page
    # Tabbing moves focus and scrolls: a later check of this look gets a fresh load.
    seen.spoiled = True
    assert page.locator("[tabindex]:not([tabindex='0']):not([tabindex='-1'])").count() == 0, f"{seen}: a positive tabindex reorders focus"
    stops = tab_stops(page)
    assert stops, f"{seen}: nothing on the page can be reached with Tab"
    assert stops[0]["text"] == "Skip to main content", seen
    positions = [stop["position"] for stop in stops]
    assert positions == sorted(positions) and len(set(positions)) == len(positions), f"{seen}: Tab jumps back up the page"
    for stop in stops:
        assert stop["outline"] >= 2 or stop["shadow"], f"{seen}: no visible focus indicator on {stop}"
        if stop["outline"]:
            assert contrast(stop["outlineColor"], stop["behind"]) >= 3, f"{seen}: focus outline too faint on {stop}"
        assert stop["inView"] and stop["size"] > 0, f"{seen}: focused element is off screen: {stop}"


# --- motion ----------------------------------------------------------------------------

TRANSITIONS = "() => [...document.querySelectorAll('a, button, .card-body')].map(el => getComputedStyle(el).transitionDuration).filter(d => d.split(',').some(t => parseFloat(t) > 0)).length"


def test_reduced_motion_turns_transitions_off(page_as, site_url: str) -> None:
    moving = page_as(DESKTOP, reduced_motion="no-preference")
    open_page(moving, site_url, BY_NAME["directory"])
    assert moving.evaluate(TRANSITIONS) > 0
    still = page_as(DESKTOP, reduced_motion="reduce")
    open_page(still, site_url, BY_NAME["directory"])
    assert still.evaluate(TRANSITIONS) == 0
