"""The museum network (examples/museum/) in Chromium: searched, filtered and planned in its own words."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from site_builder import MUSEUM, build

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def museum_url(tmp_path_factory: pytest.TempPathFactory, serve) -> str:
    output = build(MUSEUM / "content", tmp_path_factory.mktemp("museum") / "output", settings_file=MUSEUM / "pelicanconf.py")
    return serve(output)


def cards(page):
    return page.locator("#mentor-list .card:not([hidden])")


def test_searching_and_filtering_the_museum_directory_in_its_own_words(page, museum_url: str) -> None:
    page.goto(f"{museum_url}/")
    expect(page.locator("#search-hint")).to_have_text("For example: conservation, exhibitions, Welsh, small museums")
    expect(page.locator("body")).not_to_contain_text(re.compile("librar", re.I))
    page.get_by_role("searchbox", name="Search mentors").fill("conservation")
    expect(cards(page)).to_have_count(2)
    expect(cards(page).locator(".card-name")).to_have_text(["Tomasz Wójcik", "Rhiannon Pryce"])
    page.get_by_role("searchbox", name="Search mentors").fill("")
    group = page.locator('details.facet[data-facet="library-type"]')
    expect(group.locator(":scope > summary")).to_have_text("Kind of museum")
    group.locator(":scope > summary").click()
    group.get_by_label(re.compile(r"^Heritage site")).check()
    expect(cards(page)).to_have_count(1)
    card = cards(page).first
    expect(card.locator(".card-name")).to_have_text("Rhiannon Pryce")
    expect(card.locator(".card-facts")).to_contain_text("Kind of museum")


def test_the_planner_asks_about_the_kind_of_museum_and_says_why_it_ranks(page, museum_url: str) -> None:
    page.goto(f"{museum_url}/my-mentors/")
    form = page.locator("#choose")
    form.get_by_label("Your kind of museum").select_option(label="History museum")
    page.get_by_role("button", name="Rank mentors").click()
    first = page.locator("[data-ranking] > li").first
    expect(first).to_have_attribute("data-mentor", "finn-gallagher")
    expect(first).to_contain_text("works in the same kind of museum as you (history museum)")
    expect(page.locator("body")).not_to_contain_text(re.compile("librar", re.I))
