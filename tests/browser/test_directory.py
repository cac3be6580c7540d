"""What a mentee does on the directory, in a real browser, on the demo data.

Expectations come from the built site (search/records.json, the mentor pages) and the
profiles in content/, not from numbers written here.
"""
from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml
from playwright.sync_api import expect

from site_builder import DEMO_CONTENT

pytestmark = pytest.mark.browser

CARDS = "#mentor-list > li.card"
VISIBLE_CARDS = "#mentor-list > li.card:not([hidden])"


# ----- expectations computed from the built site ---------------------------------------

@pytest.fixture(scope="module")
def page_texts(demo_site: Path, records: dict) -> dict[str, str]:
    """Each mentor page's main text, folded: lower case, no accents."""
    texts = {}
    for mentor in records["mentors"]:
        source = (demo_site / mentor["url"] / "index.html").read_text(encoding="utf-8")
        main = re.search(r"<main\b.*?</main>", source, re.S).group(0)
        texts[mentor["slug"]] = fold(html.unescape(re.sub(r"<[^>]+>", " ", main)))
    return texts


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)).lower()


def slugs(records: dict) -> list[str]:
    return [m["slug"] for m in records["mentors"]]


def passes(mentor: dict, key: str, selected: set[str] | None) -> bool:
    return not selected or bool(selected & set(mentor["facets"].get(key, [])))


def matching(records: dict, selected: dict[str, set[str]], pool: set[str] | None = None) -> list[str]:
    """Slugs in name order: OR within one facet, AND across facets."""
    return [
        m["slug"] for m in records["mentors"]
        if (pool is None or m["slug"] in pool) and all(passes(m, k, v) for k, v in selected.items())
    ]


def expected_counts(records: dict, selected: dict[str, set[str]], pool: set[str] | None = None) -> dict[tuple[str, str], int]:
    """Disjunctive counts: what ticking each term would give with the other facets' selections."""
    counts: Counter = Counter()
    for facet in records["facets"]:
        key = facet["key"]
        others = {k: v for k, v in selected.items() if k != key}
        for slug in matching(records, others, pool):
            mentor = next(m for m in records["mentors"] if m["slug"] == slug)
            for value in mentor["facets"].get(key, []):
                counts[(key, value)] += 1
    return counts


def mentions(page_texts: dict[str, str], word: str) -> set[str]:
    return {slug for slug, text in page_texts.items() if re.search(rf"\b{re.escape(word)}", text)}


def count_text(n: int) -> str:
    return f"{n} mentor" if n == 1 else f"{n} mentors"


# ----- reading and driving the page ------------------------------------------------------

def open_directory(page, site_url: str, query: str = "") -> None:
    page.goto(f"{site_url}/{query}")
    expect(page.locator("#filters")).to_be_visible()


def visible_slugs(page) -> list[str]:
    return page.locator(VISIBLE_CARDS).evaluate_all("cards => cards.map(c => c.dataset.slug)")


def shown_counts(page) -> dict[tuple[str, str], int]:
    rows = page.locator("#filters input[type=checkbox]").evaluate_all(
        """boxes => boxes.map(b => [b.name, b.value,
             b.parentElement.querySelector('[data-count]').textContent])"""
    )
    return {(name, value): int(text.strip("()")) for name, value, text in rows}


def box(page, key: str, value: str):
    return page.locator(f'#filters input[type=checkbox][name="{key}"][value="{value}"]')


def wait_for_address(page, key: str, value: str, present: bool = True) -> None:
    """The script writes the address after it has updated the results."""
    page.wait_for_function(
        "([key, value, present]) => new URLSearchParams(location.search).getAll(key).includes(value) === present",
        arg=[key, value, present],
    )


def tick(page, key: str, value: str, on: bool = True) -> None:
    group = page.locator(f'details.facet[data-facet="{key}"]')
    if group.get_attribute("open") is None:
        group.locator(":scope > summary").click()
    box(page, key, value).set_checked(on)
    wait_for_address(page, key, value, on)


def search(page, text: str) -> None:
    page.locator("input[type=search]").fill(text)
    page.wait_for_function(
        "q => (new URLSearchParams(location.search).get('q') || '') === q", arg=text.strip()
    )


def expect_results(page, expected: list[str] | set[str]) -> None:
    expect(page.locator("#result-count")).to_have_text(count_text(len(expected)))
    if isinstance(expected, list):
        assert visible_slugs(page) == expected
    else:
        assert set(visible_slugs(page)) == expected


def url_params(page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


# ----- without JavaScript ------------------------------------------------------------------

def test_without_javascript_every_mentor_is_listed_and_browse_links_work(page_without_js, site_url, records) -> None:
    page = page_without_js
    page.goto(site_url + "/")
    assert page.locator(CARDS).evaluate_all("cards => cards.map(c => c.dataset.slug)") == slugs(records)
    expect(page.locator(CARDS).first).to_be_visible()
    expect(page.locator("#filters")).to_be_hidden()
    expect(page.locator("#result-count")).to_have_text(count_text(len(records["mentors"])))

    area = next(f for f in records["facets"] if f["key"] == "area")
    value, label = area["terms"][0]
    expected = matching(records, {"area": {value}})
    page.locator("nav.browse").get_by_role("link", name=label, exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(label)
    shown = page.locator("ol.cards > li.card").evaluate_all("cards => cards.map(c => c.dataset.slug)")
    assert sorted(shown) == sorted(expected)
    # Filtering within a topic needs the script, so it is not offered without it.
    expect(page.get_by_role("link", name="Search and filter within these")).to_be_hidden()


# ----- enhancement -------------------------------------------------------------------------

def test_enhancement_reveals_filters_and_hides_the_no_js_parts(page, site_url, records) -> None:
    open_directory(page, site_url)
    expect(page.locator(".sort")).to_be_visible()
    expect(page.locator("#filters .apply")).to_be_hidden()
    expect(page.locator("nav.browse")).to_be_hidden()
    expect(page.locator("nav.browse")).to_have_count(1)
    expect_results(page, slugs(records))
    counts = shown_counts(page)
    assert counts == dict(expected_counts(records, {})), "every term with mentors, with its count"


def test_checkboxes_filter_or_within_and_across_facets_with_disjunctive_counts(page, site_url, records) -> None:
    open_directory(page, site_url)
    area = {"leadership"}
    tick(page, "area", "leadership")
    expect_results(page, matching(records, {"area": area}))
    assert url_params(page) == {"area": ["leadership"]}

    area.add("tenure")
    tick(page, "area", "tenure")
    union = matching(records, {"area": area})
    expect_results(page, union)
    assert len(union) > len(matching(records, {"area": {"leadership"}})), "OR within a facet widens"

    tick(page, "mode", "phone")
    selected = {"area": area, "mode": {"phone"}}
    expect_results(page, matching(records, selected))
    assert len(matching(records, selected)) < len(union), "AND across facets narrows"

    counts = shown_counts(page)
    expected = expected_counts(records, selected)
    assert counts == {key: expected.get(key, 0) for key in counts}
    # A term that would give nothing stays in place, labelled and focusable, but looks empty.
    empty = [key for key, n in counts.items() if n == 0]
    assert empty, "the demo data should leave some terms at zero here"
    key, value = empty[0]
    item = box(page, key, value).locator("xpath=..")
    expect(item).to_have_class(re.compile(r"\bis-empty\b"))
    expect(box(page, key, value)).to_be_enabled()
    expect(page.get_by_label(re.compile(r"\(0\)$")).first).to_be_attached()


def test_search_uses_the_python_built_index(page, site_url, records, page_texts) -> None:
    open_directory(page, site_url)
    assert page.evaluate("typeof window.lunr") == "undefined", "lunr.js loads only when needed"
    page.locator("input[type=search]").focus()
    page.wait_for_function("() => window.lunr && window.lunr.version === '2.3.9'")

    for word, key in (("tenure", "area"), ("leadership", "area")):
        expected = set(matching(records, {key: {word}})) | mentions(page_texts, word)
        search(page, word)
        expect_results(page, expected)
        assert url_params(page) == {"q": [word]}

    # A word still being typed matches the start of words.
    search(page, "tenu")
    expect_results(page, set(matching(records, {"area": {"tenure"}})) | mentions(page_texts, "tenu"))
    # Mentors matching every word come first; then those matching some, each card saying so.
    search(page, "tenure leadership")
    tenure = set(matching(records, {"area": {"tenure"}})) | mentions(page_texts, "tenure")
    leadership = set(matching(records, {"area": {"leadership"}})) | mentions(page_texts, "leadership")
    both = tenure & leadership
    expect_results(page, tenure | leadership)
    assert both and set(visible_slugs(page)[:len(both)]) == both
    notes = page.locator(VISIBLE_CARDS).evaluate_all(
        "cards => cards.map(c => [c.dataset.slug, c.querySelector('.partial-match')?.textContent || ''])")
    assert all((text == "") == (slug in both) for slug, text in notes)
    assert {text for _, text in notes} - {""} == {"Matches 1 of 2 words"}


def test_typing_a_name_shows_that_mentor_first(page, site_url, records) -> None:
    open_directory(page, site_url)
    first = page.locator(VISIBLE_CARDS).first
    field = page.locator("input[type=search]")
    for mentor in records["mentors"]:
        # The surname as written, and the whole name typed without accents where it has any.
        texts = [mentor["name"].split()[-1]]
        if fold(mentor["name"]) != mentor["name"].lower():
            texts.append(fold(mentor["name"]))
        for text in texts:
            search(page, text)
            expect(first, f"searching {text!r}").to_have_attribute("data-slug", mentor["slug"])
    # Partial words while typing, key by key.
    search(page, "")
    expect(page.locator("#result-count")).to_have_text(count_text(len(records["mentors"])))
    target = records["mentors"][len(records["mentors"]) // 2]
    surname = fold(target["name"].split()[-1])
    field.press_sequentially(surname[: max(4, len(surname) - 2)], delay=20)
    expect(first).to_have_attribute("data-slug", target["slug"])


@pytest.mark.parametrize("text", ['tenure:', '^', '~tenure', 'ten*', '+tenure -x', 'title:x^2~1', '"(*)"', "\\", "[a-"])
def test_query_syntax_characters_never_throw(page, site_url, text) -> None:
    open_directory(page, site_url)
    search(page, text)
    expect(page.locator(".chip").first).to_contain_text(text.strip())
    expect(page.locator("#result-count")).to_have_text(re.compile(r"^\d+ mentors?$"))
    # page.errors is checked by the fixture: no exception, no console error.


def test_chips_remove_one_filter_and_clear_all(page, site_url, records) -> None:
    open_directory(page, site_url)
    tick(page, "area", "leadership")
    tick(page, "mode", "phone")
    expect_results(page, matching(records, {"area": {"leadership"}, "mode": {"phone"}}))
    labels = {value: label for f in records["facets"] for value, label in f["terms"]}
    chips = page.locator(".active-filters")
    expect(chips.get_by_role("button", name=f"Remove filter: {labels['leadership']}")).to_be_visible()

    chips.get_by_role("button", name=f"Remove filter: {labels['leadership']}").click()
    expect_results(page, matching(records, {"mode": {"phone"}}))
    expect(box(page, "area", "leadership")).not_to_be_checked()
    focused = chips.get_by_role("button", name=f"Remove filter: {labels['phone']}")
    expect(focused).to_be_focused()

    focused.click()
    expect_results(page, slugs(records))
    expect(chips).to_be_hidden()
    expect(page.locator("#results-heading")).to_be_focused()

    tick(page, "area", "tenure")
    search(page, "library")
    expect(chips.get_by_role("button", name=re.compile("Remove filter: Search"))).to_be_visible()
    chips.get_by_role("button", name="Clear all filters").click()
    expect_results(page, slugs(records))
    expect(page.locator("input[type=search]")).to_have_value("")
    expect(box(page, "area", "tenure")).not_to_be_checked()
    assert urlsplit(page.url).query == ""


def test_state_loads_from_the_url_and_the_back_button_restores_it(page, site_url, records, page_texts) -> None:
    selected = {"area": {"leadership"}, "mode": {"phone"}}
    filtered = matching(records, selected)
    target = next(m for m in records["mentors"] if m["slug"] == filtered[0])
    word = fold(target["name"].split()[-1])
    open_directory(page, site_url, f"?area=leadership&mode=phone&q={word}")
    expect(page.locator("input[type=search]")).to_have_value(word)
    expect(box(page, "area", "leadership")).to_be_checked()
    expect(box(page, "mode", "phone")).to_be_checked()
    expect_results(page, set(filtered) & mentions(page_texts, word))
    assert visible_slugs(page)[0] == target["slug"]

    # Back and forward through filter changes.
    open_directory(page, site_url)
    tick(page, "area", "leadership")
    expect_results(page, matching(records, {"area": {"leadership"}}))
    tick(page, "mode", "phone")
    expect_results(page, filtered)
    search(page, "zzzz")  # typing replaces the current entry rather than adding one
    expect_results(page, [])
    page.go_back()
    expect_results(page, matching(records, {"area": {"leadership"}}))
    expect(box(page, "mode", "phone")).not_to_be_checked()
    expect(page.locator("input[type=search]")).to_have_value("")
    page.go_back()
    expect_results(page, slugs(records))
    expect(box(page, "area", "leadership")).not_to_be_checked()
    page.go_forward()
    expect_results(page, matching(records, {"area": {"leadership"}}))


def test_facet_page_links_into_the_filtered_directory(page, site_url, records) -> None:
    page.goto(f"{site_url}/areas/leadership/")
    page.get_by_role("link", name="Search and filter within these").click()
    expect(box(page, "area", "leadership")).to_be_checked()
    expect_results(page, matching(records, {"area": {"leadership"}}))


def test_zero_results_explains_what_to_do(page, site_url, records) -> None:
    open_directory(page, site_url)
    expect(page.locator(".no-results")).to_be_hidden()
    search(page, "zzqxv")
    expect_results(page, [])
    expect(page.locator(".no-results")).to_be_visible()
    expect(page.locator(".no-results")).to_contain_text("Try removing a filter")
    expect(page.locator("#result-count")).to_have_text("0 mentors")
    expect(page.locator("#result-count")).to_have_attribute("role", "status")
    page.get_by_role("button", name="Clear all filters").click()
    expect(page.locator(".no-results")).to_be_hidden()
    expect_results(page, slugs(records))


def test_sorting_by_name_and_by_recently_reviewed(page, site_url, records) -> None:
    open_directory(page, site_url)
    order = {slug: i for i, slug in enumerate(slugs(records))}
    search(page, "library")
    expect(page.locator(".chip").first).to_contain_text("library")
    found = set(visible_slugs(page))
    assert len(found) > 5
    sort = page.get_by_label("Sort by")
    sort.select_option("name")
    wait_for_address(page, "sort", "name")
    expect_results(page, sorted(found, key=order.get))
    assert url_params(page)["sort"] == ["name"]
    sort.select_option("reviewed")
    wait_for_address(page, "sort", "reviewed")
    reviewed = {m["slug"]: m["reviewed"] for m in records["mentors"]}
    newest_first = sorted(sorted(found, key=order.get), key=reviewed.get, reverse=True)
    expect_results(page, newest_first)
    search(page, "")
    expect_results(page, sorted(slugs(records), key=lambda s: (-int(reviewed[s].replace("-", "")), order[s])))


def test_mentor_page_has_name_slug_and_reveals_email_on_request(page, site_url, records) -> None:
    with_email = []
    for path in sorted(DEMO_CONTENT.glob("mentors/*.*")):
        text = path.read_text(encoding="utf-8")
        data = yaml.safe_load(text.split("---")[1] if path.suffix == ".md" else text)
        if data.get("contact", {}).get("email"):
            with_email.append((path.stem, data))
    slug, data = with_email[0]
    page.goto(f"{site_url}/mentors/{slug}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(data["name"])
    expect(page.locator(f'[data-slug="{slug}"]')).to_have_count(1)
    address = data["contact"]["email"]
    expect(page.locator(f'a[href="mailto:{address}"]')).to_have_count(0)
    page.get_by_role("button", name=f"Show email address for {data['name']}").click()
    link = page.locator(f'a[href="mailto:{address}"]')
    expect(link).to_be_focused()
    expect(link).to_have_text(f"Email {data['name']}")
    expect(page.locator(".contact").get_by_text(address, exact=True)).to_be_visible()


def test_without_javascript_the_email_address_is_written_out_in_words(page_without_js, site_url) -> None:
    page_without_js.goto(f"{site_url}/mentors/amara-okafor/")
    expect(page_without_js.get_by_role("button", name="Show email address")).to_be_hidden()
    expect(page_without_js.locator(".email-spoken")).to_have_text("Email: amara.okafor at example dot edu")


def test_keyboard_reaches_skip_link_then_search_and_space_filters(page, site_url, records) -> None:
    open_directory(page, site_url)
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    for _ in range(8):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.type === 'search'"):
            break
    else:
        pytest.fail("the search field is not among the first stops")
    checkbox = box(page, "area", "leadership")
    checkbox.focus()
    page.keyboard.press("Space")
    expect(checkbox).to_be_checked()
    expect_results(page, matching(records, {"area": {"leadership"}}))


def test_phone_folds_the_filters_and_jumps_to_results(page, site_url, records) -> None:
    page.set_viewport_size({"width": 360, "height": 780})
    open_directory(page, site_url, "?area=leadership")
    disclosure = page.locator(".filters-disclosure")
    expect(disclosure).not_to_have_attribute("open", "")
    expect(disclosure.locator(":scope > summary")).to_contain_text("1 selected")
    expect(page.locator(".active-filters")).to_be_visible()
    disclosure.locator(":scope > summary").click()
    tick(page, "area", "tenure")
    expected = matching(records, {"area": {"leadership", "tenure"}})
    jump = page.get_by_role("button", name=f"Show {count_text(len(expected))}")
    jump.click()
    expect(page.locator("#results-heading")).to_be_focused()
    expect_results(page, expected)


# ----- the ready signal tests wait on (contract in theme/static/js/ready-signal.js) --------

READY = 'html[data-directory="ready"]'
# Every card the list shows within the viewport has been drawn (not skipped by content-visibility).
CARDS_IN_VIEW_DRAWN = """() => [...document.querySelectorAll('#mentor-list > li.card')].every(card => {
  const box = card.getBoundingClientRect();
  return box.bottom <= 0 || box.top >= innerHeight || card.firstElementChild.checkVisibility({ contentVisibilityAuto: true });
})"""


def record_directory_states(page) -> None:
    """From now on, window.directoryStates lists each value data-directory takes."""
    page.evaluate("""() => {
      window.directoryStates = [];
      window.directoryWatch?.disconnect();
      window.directoryWatch = new MutationObserver(() => window.directoryStates.push(document.documentElement.dataset.directory));
      window.directoryWatch.observe(document.documentElement, { attributeFilter: ["data-directory"] });
    }""")


def test_ready_signal_turns_busy_at_each_change_and_ready_once_it_is_shown(page, site_url, records, page_texts) -> None:
    page.goto(f"{site_url}/")
    page.locator(READY).wait_for(state="attached")
    assert page.locator(CARDS).count() > 0
    assert page.evaluate(CARDS_IN_VIEW_DRAWN)

    # Typing: busy from the keystroke on, through the fetches and the pause for the next key.
    record_directory_states(page)
    page.locator("input[type=search]").fill("tenure")
    page.locator(READY).wait_for(state="attached")
    assert page.evaluate("window.directoryStates")[0] == "busy"
    expected = set(matching(records, {"area": {"tenure"}})) | mentions(page_texts, "tenure")
    assert page.locator("#result-count").text_content() == count_text(len(expected))
    assert set(visible_slugs(page)) == expected
    assert page.evaluate(CARDS_IN_VIEW_DRAWN)

    # A filter change, read as soon as the page says it is ready.
    page.locator('details.facet[data-facet="mode"] > summary').click()
    record_directory_states(page)
    box(page, "mode", "video").set_checked(True)
    page.locator(READY).wait_for(state="attached")
    assert page.evaluate("window.directoryStates")[0] == "busy"
    expected = expected & set(matching(records, {"mode": {"video"}}))
    assert page.locator("#result-count").text_content() == count_text(len(expected))
    assert set(visible_slugs(page)) == expected
    assert page.evaluate(CARDS_IN_VIEW_DRAWN)
