"""What organisers and mentees see of the program settings, in Chromium: a project-site subpath and the dashboard."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from site_builder import DEMO_CONTENT, build

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def subpath_url(tmp_path_factory: pytest.TempPathFactory, serve) -> str:
    """The demo published as a GitHub Pages project site: everything under /mentor-directory/."""
    root = tmp_path_factory.mktemp("pages")
    base = serve(root) + "/mentor-directory"
    build(DEMO_CONTENT, root / "mentor-directory", SITEURL=base, RELATIVE_URLS=False)
    return base


def test_under_a_subpath_search_filters_and_mentor_pages_load_without_a_failed_request(page, subpath_url) -> None:
    failures: list[str] = []
    page.on("response", lambda r: failures.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    page.on("requestfailed", lambda r: failures.append(f"failed {r.url}"))
    page.goto(f"{subpath_url}/")
    listed = page.locator("#mentor-list .card").count()
    page.get_by_role("searchbox", name="Search mentors").fill("tenure")
    # The count falls only once lunr.js and the index have loaded from under the subpath.
    expect(page.locator("#mentor-list .card:not([hidden])")).not_to_have_count(listed)
    first = page.locator("#mentor-list .card:not([hidden]) .card-name a").first
    first.click()
    expect(page).to_have_url(re.compile(rf"^{re.escape(subpath_url)}/mentors/[a-z0-9-]+/$"))
    page.get_by_role("link", name="Program coverage (for organisers)").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Program coverage")
    assert failures == []


def test_the_dashboard_charts_have_text_alternatives_and_matching_tables(page, site_url) -> None:
    page.goto(f"{site_url}/coverage/")
    charts = page.get_by_role("img", name=re.compile(r"^Bar chart of mentors per "))
    tables = page.locator(".coverage-table table")
    expect(charts).to_have_count(tables.count())
    assert tables.count() >= 8
    first_table_rows = tables.first.locator("tbody tr")
    bars = page.locator(".coverage-table").first.locator(".chart-row")
    expect(bars).to_have_count(first_table_rows.count())
    label = first_table_rows.first.locator("th").text_content().strip()
    mentors = first_table_rows.first.locator("td").first.text_content()
    assert bars.first.locator("title").text_content().startswith(f"{label}: {mentors} mentors")
