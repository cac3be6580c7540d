"""A first run leads to the real site: a page opened from disk says what needs a served site."""
from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

NOTICE = "[data-file-notice]"


def test_a_page_opened_as_a_file_says_to_serve_the_site(browser, demo_site: Path) -> None:
    # Not the `page` fixture: from file:// Chromium refuses the module scripts and logs it, which is the point.
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        page.goto((demo_site / "index.html").as_uri())
        notice = page.locator(NOTICE)
        expect(notice).to_be_visible()
        expect(notice).to_contain_text("make serve")
        expect(notice.get_by_role("link", name="http://localhost:8000/")).to_be_visible()
    finally:
        context.close()


def test_a_served_page_shows_no_notice(page, site_url: str) -> None:
    page.goto(f"{site_url}/")
    expect(page.get_by_role("searchbox", name="Search mentors")).to_be_visible()
    expect(page.locator(NOTICE)).to_be_hidden()
