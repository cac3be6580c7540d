"""Using the site with the keyboard alone, and what a screen reader is told.

These tests press keys only (Tab, Enter, Space, typing); they never click. Focus is read
from the page, names from Chromium's accessibility tree.
"""
from __future__ import annotations

import re
from itertools import pairwise

import pytest
from playwright.sync_api import expect

from page_types import BY_NAME, DESKTOP, PAGE_TYPES, PHONE, PageType, open_page

pytestmark = pytest.mark.browser

MAX_TAB_STOPS = 400
INTERACTIVE_ROLES = {"link", "button", "checkbox", "radio", "textbox", "searchbox", "combobox", "listbox", "DisclosureTriangle", "switch", "tab", "menuitem"}

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


def focused(page) -> dict:
    return page.evaluate(FOCUS_STATE)


def tab_stops(page) -> list[dict]:
    """Press Tab from the top of the page until focus leaves the page; each stop's focus state."""
    stops = []
    for _ in range(MAX_TAB_STOPS):
        page.keyboard.press("Tab")
        state = focused(page)
        if state["tag"] == "body":
            return stops
        stops.append(state)
    pytest.fail(f"more than {MAX_TAB_STOPS} tab stops: focus may be trapped near {stops[-1]}")


def tab_until(page, selector: str, limit: int = 200) -> None:
    """Press Tab until the focused element matches ``selector``."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return
    pytest.fail(f"Tab never reached {selector}")


def tab_to_name(page, role: str, name: str) -> None:
    """Press Tab until the element with this role and accessible name has focus."""
    target = page.get_by_role(role, name=name, exact=True)
    for _ in range(200):
        page.keyboard.press("Tab")
        if target.evaluate("el => el === document.activeElement"):
            return
    pytest.fail(f"Tab never reached the {role} {name!r}")


@pytest.mark.parametrize(("width", "scheme"), [(PHONE, "light"), (DESKTOP, "dark")])
@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=str)
def test_tab_order_follows_the_page_and_focus_is_always_visible(page_as, site_url: str, page_type: PageType, width: int, scheme: str) -> None:
    page = page_as(width, scheme, javascript=page_type.javascript)
    open_page(page, site_url, page_type)
    assert page.locator("[tabindex]:not([tabindex='0']):not([tabindex='-1'])").count() == 0, "a positive tabindex reorders focus"
    stops = tab_stops(page)
    assert stops, "nothing on the page can be reached with Tab"
    assert stops[0]["text"] == "Skip to main content"
    positions = [stop["position"] for stop in stops]
    assert positions == sorted(positions) and len(set(positions)) == len(positions), "Tab jumps back up the page"
    for stop in stops:
        assert stop["outline"] >= 2 or stop["shadow"], f"no visible focus indicator on {stop}"
        if stop["outline"]:
            assert contrast(stop["outlineColor"], stop["behind"]) >= 3, f"focus outline too faint on {stop}"
        assert stop["inView"] and stop["size"] > 0, f"focused element is off screen: {stop}"


def test_skip_link_moves_focus_past_the_header(page_as, site_url: str) -> None:
    page = page_as(DESKTOP)
    open_page(page, site_url, BY_NAME["directory"])
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.get_by_role("searchbox", name="Search mentors")).to_be_focused()


@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=str)
def test_every_control_has_a_name(page_as, site_url: str, page_type: PageType) -> None:
    page = page_as(DESKTOP, javascript=page_type.javascript)
    open_page(page, site_url, page_type)
    cdp = page.context.new_cdp_session(page)
    tree = cdp.send("Accessibility.getFullAXTree")["nodes"]
    controls = [node for node in tree if not node.get("ignored") and node.get("role", {}).get("value") in INTERACTIVE_ROLES]
    assert controls
    nameless = [node["role"]["value"] for node in controls if not node.get("name", {}).get("value", "").strip()]
    assert not nameless, f"{len(nameless)} controls without a name: {nameless}"


@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=str)
def test_each_page_has_one_main_landmark_and_headings_in_order(page_as, site_url: str, page_type: PageType) -> None:
    page = page_as(DESKTOP, javascript=page_type.javascript)
    open_page(page, site_url, page_type)
    assert page.get_by_role("main").count() == 1
    assert page.get_by_role("banner").count() == 1 and page.get_by_role("contentinfo").count() == 1
    levels = page.evaluate("() => [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].filter(h => h.checkVisibility()).map(h => +h.tagName[1])")
    assert levels[0] == 1 and levels.count(1) == 1, levels
    assert all(b - a <= 1 for a, b in pairwise(levels)), f"a heading level is skipped: {levels}"


def test_result_count_is_announced_politely_as_filters_change(page_as, site_url: str) -> None:
    page = page_as(DESKTOP)
    open_page(page, site_url, BY_NAME["directory"])
    count = page.locator("#result-count")
    expect(count).to_have_attribute("aria-live", "polite")
    expect(count).to_have_attribute("role", "status")
    before = count.inner_text()
    tab_until(page, "input[type=checkbox]")
    page.keyboard.press("Space")
    expect(count).not_to_have_text(before)
    assert re.fullmatch(r"\d+ mentors?", count.inner_text())
    assert page.locator("[aria-live=assertive], [role=alert]").count() == 0


def test_focus_stays_put_while_results_update(page_as, site_url: str) -> None:
    page = page_as(DESKTOP)
    open_page(page, site_url, BY_NAME["directory"])
    count = page.locator("#result-count")

    tab_until(page, "input[type=search]")
    page.keyboard.type("tenure")
    expect(count).not_to_have_text(re.compile(r"^(\d\d) mentors$"))
    expect(page.locator("#search")).to_be_focused()

    tab_until(page, "input[type=checkbox]")
    ticked = page.locator(f"#{page.evaluate('document.activeElement.id')}")
    page.keyboard.press("Space")
    chips = page.locator(".chips button")
    expect(chips).to_have_count(2)
    expect(ticked).to_be_checked()
    expect(ticked).to_be_focused()

    # Removing a filter chip moves focus to the next chip, and the last one to the results heading.
    tab_until(page, ".chips button")
    page.keyboard.press("Enter")
    expect(chips).to_have_count(1)
    expect(chips.first).to_be_focused()
    page.keyboard.press("Enter")
    expect(chips).to_have_count(0)
    expect(page.locator("#results-heading")).to_be_focused()


def test_clear_all_puts_focus_on_the_results(page_as, site_url: str) -> None:
    page = page_as(DESKTOP)
    open_page(page, site_url, BY_NAME["directory-filtered"])
    tab_to_name(page, "button", "Clear all filters")
    page.keyboard.press("Enter")
    expect(page.locator(".active-filters")).to_be_hidden()
    expect(page.locator("#results-heading")).to_be_focused()


def test_phone_filter_disclosure_works_from_the_keyboard(page_as, site_url: str) -> None:
    page = page_as(PHONE, height=740)
    open_page(page, site_url, BY_NAME["directory"])
    disclosure = page.locator(".filters-disclosure")
    expect(disclosure).not_to_have_attribute("open", "")
    tab_until(page, ".filters-disclosure > summary")
    page.keyboard.press("Enter")
    expect(disclosure).to_have_attribute("open", "")
    tab_until(page, ".filters-disclosure input[type=checkbox]")
    page.keyboard.press("Space")
    show = page.locator(".to-results")
    expect(show).to_have_text(re.compile(r"^Show \d+ mentors?$"))
    tab_until(page, ".to-results")
    expect(show).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(disclosure).not_to_have_attribute("open", "")
    heading = page.locator("#results-heading")
    expect(heading).to_be_focused()
    expect(heading).to_be_in_viewport()
    # The selection is still there to review and undo, right above the results.
    expect(page.locator(".chips button")).to_have_count(1)


def test_search_filter_open_a_mentor_reach_out_and_add_them_with_the_keyboard_only(page_as, site_url: str) -> None:
    page = page_as(DESKTOP)
    open_page(page, site_url, BY_NAME["directory"])
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # skip link
    page.keyboard.press("Tab")
    expect(page.locator("#search")).to_be_focused()
    page.keyboard.type("tenure")
    count = page.locator("#result-count")
    expect(page.locator(".chips button")).to_have_count(1)
    tab_until(page, "details.facet[data-facet=mode] > summary")
    group = page.locator("details.facet[data-facet=mode]")
    if group.get_attribute("open") is None:
        page.keyboard.press("Enter")
    expect(group).to_have_attribute("open", "")
    tab_until(page, "#f-mode-video")
    page.keyboard.press("Space")
    expect(page.locator(".chips button")).to_have_count(2)
    shown = page.locator("#mentor-list > li.card:not([hidden])")
    expect(count).to_have_text(re.compile(r"^\d+ mentors?$"))
    assert shown.count() >= 1
    first = shown.first.locator(".card-name a")
    name = " ".join(first.text_content().split())
    tab_until(page, "#mentor-list > li.card:not([hidden]) .card-name a")
    expect(first).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(name)
    tab_until(page, ".contact-actions a, .contact-actions button")
    if page.evaluate("document.activeElement.matches('button.reveal-email')"):
        expect(page.locator(":focus")).to_have_accessible_name(f"Show email address for {name}")
        page.keyboard.press("Enter")  # the address is revealed as a link, which takes focus
    contact = page.locator(".contact-actions a").first
    expect(contact).to_be_focused()
    expect(contact).to_have_attribute("href", re.compile(r"^(mailto:|https://)"))
    expect(contact).to_have_accessible_name(re.compile(re.escape(name)))
    # Add to my mentors: the question about which need comes as a dialog, answered by keyboard.
    tab_until(page, "[data-plan-add] button")
    page.keyboard.press("Enter")
    asked_or_added = page.locator("dialog[open], [data-plan-add] [role=status]:has-text('Added')")
    expect(asked_or_added.first).to_be_visible()
    if page.locator("dialog[open]").count():
        expect(page.locator("dialog[open] input:checked")).to_be_focused()
        page.keyboard.press("ArrowDown")
        tab_until(page, "dialog[open] button[value=add]")
        page.keyboard.press("Enter")
    expect(page.locator("[data-plan-add] [role=status]")).to_contain_text("Added")
    tab_until(page, "[data-plan-add] [role=status] a")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/my-mentors/$"))
    expect(page.locator(f"li.candidate [data-mentor-link]:text-is('{name}')")).to_have_count(1)
