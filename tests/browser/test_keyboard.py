"""Using the site with the keyboard alone, and what a screen reader is told.

These tests press keys only (Tab, Enter, Space, typing); they never click. The checks every
kind of page must pass (tab order, visible focus, a name for every control, landmarks) are in
test_every_page.py.
"""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from page_types import BY_NAME, DESKTOP, PHONE, open_page

pytestmark = pytest.mark.browser


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
