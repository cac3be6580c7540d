"""A mentee on a paginated directory: a small first view, and search and filters over every mentor."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from demo_data import LISTED_SLUGS, demo_fields
from site_builder import DEMO_CONTENT, build

pytestmark = pytest.mark.browser
PER_PAGE = 10
CARDS_PER_FILE = 12


@pytest.fixture(scope="module")
def paged_url(tmp_path_factory: pytest.TempPathFactory, serve) -> str:
    return serve(build(DEMO_CONTENT, tmp_path_factory.mktemp("paged-browser") / "output", DEFAULT_PAGINATION=PER_PAGE,
                       PAGINATED_TEMPLATES={"directory": None, "facet": None, "all_mentors": CARDS_PER_FILE}))


def requested(page) -> list[str]:
    urls: list[str] = []
    page.on("request", lambda request: urls.append(request.url))
    return urls


def test_the_first_view_fetches_no_records_index_or_cards_until_the_mentee_asks(page, paged_url) -> None:
    urls = requested(page)
    page.goto(paged_url + "/")
    expect(page.locator("#filters")).to_be_visible()
    expect(page.locator("#mentor-list > li.card")).to_have_count(PER_PAGE)
    page.wait_for_load_state("networkidle")
    assert not [u for u in urls if u.endswith((".json", "lunr.min.js")) or "all-mentors" in u]
    page.locator('details[data-facet="area"] input[type=checkbox]').first.check()
    expect(page.locator(".pager")).to_be_hidden()
    assert any(u.endswith("records.json") for u in urls)
    assert any(u.endswith("/all-mentors.html") for u in urls) and any(u.endswith("/all-mentors/page/3/") for u in urls)


def test_filtering_from_a_later_page_finds_mentors_from_every_page_and_their_links_work(page, paged_url) -> None:
    expected = sorted(s for s in LISTED_SLUGS if demo_fields(s)["accepting_mentees"])
    assert len(expected) > PER_PAGE, "more matches than a page holds, so Show more is needed"
    page.goto(paged_url + "/page/2/")
    page.locator('input[name="availability"][value="accepting"]').check()
    expect(page.locator("#result-count")).to_have_text(f"{len(expected)} mentors")
    cards = page.locator("#mentor-list > li.card:not([hidden])")
    expect(cards).to_have_count(PER_PAGE)
    more = page.locator(".show-more")
    while more.is_visible():
        shown = cards.count()
        more.click()
        expect(page.locator(f"#mentor-list > li.card:nth-child({shown + 1}) .card-name a")).to_be_focused()
    assert sorted(cards.evaluate_all("cards => cards.map(c => c.dataset.slug)")) == expected
    last = expected[-1]
    page.locator(f'li.card[data-slug="{last}"] .card-name a').click()
    expect(page).to_have_url(f"{paged_url}/mentors/{last}/")


def test_without_javascript_every_mentor_is_reached_by_next_links(page_without_js, paged_url) -> None:
    page_without_js.goto(paged_url + "/")
    seen: list[str] = []
    while True:
        seen += page_without_js.locator("#mentor-list > li.card").evaluate_all("cards => cards.map(c => c.dataset.slug)")
        following = page_without_js.get_by_role("link", name="Next page")
        if following.count() == 0:
            break
        following.click()
    assert sorted(seen) == LISTED_SLUGS and len(seen) == len(set(seen))
