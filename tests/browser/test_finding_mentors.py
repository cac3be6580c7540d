"""What a mentee does on the directory, in Chromium: search, filter, share, go back, and read."""
from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import lunr
import pytest
from lunr.query import Query

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def records(demo_site: Path) -> list[dict]:
    return json.loads((demo_site / "search" / "records.json").read_text(encoding="utf-8"))["mentors"]


@pytest.fixture(scope="module")
def python_index(demo_site: Path):
    data = json.loads((demo_site / "search" / "index.json").read_text(encoding="utf-8"))
    return lunr.index.Index.load(data["index"])


def visible_slugs(page) -> list[str]:
    return page.locator("#mentor-list > li.card:not([hidden])").evaluate_all("cards => cards.map(c => c.dataset.slug)")


def with_values(records: list[dict], **selected: list[str]) -> list[str]:
    """Slugs in name order matching the selection: any value within a facet, every facet."""
    return [
        r["slug"] for r in records
        if all(set(r["facets"].get(key, [])) & set(values) for key, values in selected.items())
    ]


def python_search(index, text: str) -> set[str]:
    """The page's query, run by lunr.py on the same index: every word exact or as a prefix."""
    found: set[str] | None = None
    for word in re.split(r"[\s\-]+", text.lower()):
        query = index.create_query()
        query.term(word, boost=10)
        query.term(word, wildcard=Query.WILDCARD_TRAILING, use_pipeline=False)
        slugs = {result["ref"] for result in index.query(query)}
        found = slugs if found is None else found & slugs
    return found or set()


def type_search(page, text: str) -> None:
    page.locator("input[type=search]").fill(text)
    page.wait_for_function(
        "q => new URLSearchParams(location.search).get('q') === q", arg=text.strip()
    )


def tick(page, key: str, value: str) -> None:
    """Open the filter group if it is folded away, as a mentee would, then tick the term."""
    group = page.locator(f'details[data-facet="{key}"]')
    if group.get_attribute("open") is None:
        group.locator("summary").click()
    page.locator(f"#f-{key}-{value}").check()


def count_text(page) -> str:
    return page.locator("#result-count").inner_text()


@pytest.mark.parametrize("query", ["tenure", "cataloging", "grant writing", "spanish", "rural public", "archiv"])
def test_lunr_js_in_the_page_finds_what_lunr_py_finds_in_the_same_index(page, site_url, python_index, query) -> None:
    page.goto(site_url + "/")
    type_search(page, query)
    expected = python_search(python_index, query)
    assert expected, f"the demo should have mentors for {query!r}"
    assert set(visible_slugs(page)) == expected
    n = len(expected)
    assert count_text(page) == f"{n} mentor{'' if n == 1 else 's'}"


def test_typing_a_surname_puts_that_mentor_first(page, site_url, records) -> None:
    page.goto(site_url + "/")
    target = next(r for r in records if r["slug"] == "siobhan-ni-bhriain")
    type_search(page, "Bhriain")
    assert visible_slugs(page)[0] == target["slug"]


def test_a_word_typed_halfway_already_finds_mentors(page, site_url, records) -> None:
    page.goto(site_url + "/")
    type_search(page, "leadersh")
    slugs = visible_slugs(page)
    assert set(with_values(records, area=["leadership"])) <= set(slugs)


def test_search_syntax_characters_are_treated_as_text(page, site_url) -> None:
    page.goto(site_url + "/")
    for text in ['name:x', 'tenure^10', 'lead~2', '*', '+tenure -leadership', '"quoted"', "\\", "O'Connell"]:
        page.locator("input[type=search]").fill(text)
        page.wait_for_timeout(150)
    assert "liam-oconnell" in visible_slugs(page)


def test_ticking_filters_narrows_within_and_across_facets_with_right_counts(page, site_url, records) -> None:
    page.goto(site_url + "/")
    tick(page, "area", "leadership")
    expect_slugs = with_values(records, area=["leadership"])
    page.wait_for_function("n => document.querySelectorAll('#mentor-list > li:not([hidden])').length === n", arg=len(expect_slugs))
    assert visible_slugs(page) == expect_slugs

    tick(page, "area", "tenure")
    either = with_values(records, area=["leadership", "tenure"])
    page.wait_for_function("n => document.querySelectorAll('#mentor-list > li:not([hidden])').length === n", arg=len(either))
    assert visible_slugs(page) == either

    phone_count = len(with_values(records, area=["leadership", "tenure"], mode=["phone"]))
    assert page.locator('label[for="f-mode-phone"] [data-count]').text_content() == f"({phone_count})"
    # Counts within the ticked facet ignore that facet's own ticks: picking more widens.
    job_count = len(with_values(records, area=["job-search"]))
    assert page.locator('label[for="f-area-job-search"] [data-count]').text_content() == f"({job_count})"

    tick(page, "mode", "phone")
    both = with_values(records, area=["leadership", "tenure"], mode=["phone"])
    page.wait_for_function("n => document.querySelectorAll('#mentor-list > li:not([hidden])').length === n", arg=len(both))
    assert visible_slugs(page) == both
    assert count_text(page) == f"{len(both)} mentor{'' if len(both) == 1 else 's'}"


def test_active_filters_show_as_chips_that_can_be_removed(page, site_url, records) -> None:
    page.goto(site_url + "/?area=leadership&mode=phone")
    chip = page.get_by_role("button", name="Remove filter: Phone")
    assert chip.is_visible()
    chip.click()
    expected = with_values(records, area=["leadership"])
    page.wait_for_function("n => document.querySelectorAll('#mentor-list > li:not([hidden])').length === n", arg=len(expected))
    assert not page.locator("#f-mode-phone").is_checked()
    focused = page.evaluate("document.activeElement.textContent")
    assert "Leadership" in focused, "focus moves to the next chip, not to the top of the page"
    page.get_by_role("button", name="Clear all filters").click()
    page.wait_for_function("document.querySelectorAll('#mentor-list > li:not([hidden])').length === %d" % len(records))
    assert urlsplit(page.url).query == ""


def test_a_shared_link_restores_search_filters_and_sort(page, site_url, records, python_index) -> None:
    page.goto(site_url + "/?q=library&area=leadership&area=management&mode=video&sort=name")
    assert page.locator("input[type=search]").input_value() == "library"
    assert page.locator("#f-area-leadership").is_checked() and page.locator("#f-area-management").is_checked()
    assert page.locator("#sort").input_value() == "name"
    found = python_search(python_index, "library")
    expected = [s for s in with_values(records, area=["leadership", "management"], mode=["video"]) if s in found]
    page.wait_for_function("n => document.querySelectorAll('#mentor-list > li:not([hidden])').length === n", arg=len(expected))
    assert visible_slugs(page) == expected


def test_the_back_button_steps_back_through_filters(page, site_url, records) -> None:
    page.goto(site_url + "/")
    tick(page, "area", "leadership")
    page.wait_for_url(re.compile(r"area=leadership"))
    tick(page, "availability", "accepting")
    page.wait_for_url(re.compile(r"availability=accepting"))
    page.go_back()
    page.wait_for_function("!document.querySelector('#f-availability-accepting').checked")
    assert page.locator("#f-area-leadership").is_checked()
    expected = with_values(records, area=["leadership"])
    page.wait_for_function("n => document.querySelectorAll('#mentor-list > li:not([hidden])').length === n", arg=len(expected))
    assert parse_qs(urlsplit(page.url).query) == {"area": ["leadership"]}


def test_no_match_says_so_and_suggests_what_to_do(page, site_url) -> None:
    page.goto(site_url + "/")
    type_search(page, "xylophonequartz")
    assert count_text(page) == "0 mentors"
    assert page.locator(".no-results").is_visible()
    assert "Try removing a filter" in page.locator(".no-results").inner_text()


def test_sorting_by_name_and_by_recent_review(page, site_url, records) -> None:
    page.goto(site_url + "/")
    page.locator("#sort").select_option("reviewed")
    newest_first = [r["slug"] for r in sorted(records, key=lambda r: r["reviewed"], reverse=True)]
    page.wait_for_function("s => document.querySelector('#mentor-list > li').dataset.slug === s", arg=newest_first[0])
    reviewed = [next(r["reviewed"] for r in records if r["slug"] == s) for s in visible_slugs(page)]
    assert reviewed == sorted(reviewed, reverse=True)
    page.locator("#sort").select_option("name")
    page.wait_for_function("s => document.querySelector('#mentor-list > li').dataset.slug === s", arg=records[0]["slug"])
    assert visible_slugs(page) == [r["slug"] for r in records]


def test_without_javascript_every_mentor_is_listed_and_topics_can_be_browsed(page_without_js, site_url, records) -> None:
    page = page_without_js
    page.goto(site_url + "/")
    assert visible_slugs(page) == [r["slug"] for r in records]
    assert not page.locator("#filters").is_visible()
    page.get_by_role("link", name="Tenure and promotion").first.click()
    page.wait_for_url(re.compile(r"/areas/tenure/$"))
    listed = page.locator("li.card").evaluate_all("cards => cards.map(c => c.dataset.slug)")
    assert listed == with_values(records, area=["tenure"])


def test_a_mentor_page_shows_who_they_are_and_how_to_reach_them(page, site_url, records) -> None:
    page.goto(site_url + "/")
    page.get_by_role("link", name="Siobhán Ní Bhriain").click()
    page.wait_for_url(re.compile(r"/mentors/siobhan-ni-bhriain/$"))
    assert page.locator("h1").inner_text() == "Siobhán Ní Bhriain"
    assert page.locator("[data-slug]").first.get_attribute("data-slug") == "siobhan-ni-bhriain"
    email = page.get_by_role("link", name="Email Siobhán Ní Bhriain")
    assert email.get_attribute("href").startswith("mailto:")


def test_keyboard_users_reach_the_skip_link_then_search_and_filter_with_space(page, site_url, records) -> None:
    page.goto(site_url + "/")
    page.wait_for_selector("#filters:not([hidden])")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    for _ in range(12):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.type") == "search":
            break
    else:
        pytest.fail("the search input should be among the first dozen stops")
    page.keyboard.press("Tab")  # the Filters disclosure
    page.keyboard.press("Tab")  # the Mentoring area group
    page.keyboard.press("Tab")  # its first checkbox
    first = page.evaluate("document.activeElement.value")
    page.keyboard.press("Space")
    expected = with_values(records, area=[first])
    page.wait_for_function("n => document.querySelectorAll('#mentor-list > li:not([hidden])').length === n", arg=len(expected))
    assert visible_slugs(page) == expected
