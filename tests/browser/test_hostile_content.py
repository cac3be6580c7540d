"""A mentee's browser runs nothing that a profile carries, on any page, even while searching."""
from __future__ import annotations

import json
import shutil

import pytest

from site_builder import DEMO_CONTENT, build

pytestmark = pytest.mark.browser

MARK = "document.title='pwned';window.pwned=1"
ODD_URL = "https://example.org/?next=');" + MARK.replace(" ", "") + "//"
HOSTILE_PROFILE = f"""\
name: {json.dumps('Eve "><img src=x onerror=' + MARK + '> Mallory')}
pronouns: {json.dumps("<script>" + MARK + "</script>")}
title: {json.dumps("</script><svg onload=" + MARK + ">")}
organization: {json.dumps("' onmouseover='" + MARK)}
library_type: public
mentoring_areas: [leadership]
meeting_modes: [video]
languages: [{json.dumps("<img src=x onerror=" + MARK + ">")}]
identities: [{json.dumps('"><script>' + MARK + '</script>')}]
location:
  region: {json.dumps("<iframe src=javascript:" + MARK + ">")}
contact:
  url: {json.dumps(ODD_URL)}
accepting_mentees: true
last_reviewed: 2026-01-01
bio: |
  <script>{MARK}</script>
  [click me](javascript:{MARK}) <a href="data:text/html,<script>{MARK}</script>">data</a>
  <img src=x onerror="{MARK}"> <iframe src="javascript:{MARK}"></iframe>
  <div style="background:url(javascript:{MARK})" onclick="{MARK}">styled</div>
"""


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory, serve) -> tuple[str, list[str]]:
    """The demo plus one hostile profile, built and served; with every page's path."""
    root = tmp_path_factory.mktemp("hostile")
    content = root / "content"
    shutil.copytree(DEMO_CONTENT, content)
    (content / "mentors" / "eve-mallory.yaml").write_text(HOSTILE_PROFILE, encoding="utf-8")
    output = build(content, root / "output")
    paths = sorted("/" + p.relative_to(output).as_posix().removesuffix("index.html") for p in output.rglob("*.html"))
    return serve(output), paths


def assert_nothing_ran(page) -> None:
    assert page.title() != "pwned"
    assert page.evaluate("window.pwned === undefined")


def test_no_generated_page_runs_hostile_profile_text(page, hostile_site) -> None:
    base, paths = hostile_site
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    assert len(paths) > 100
    for path in paths:
        page.goto(base + path)
        page.mouse.move(200, 300)
        hrefs = page.locator("a[href]").evaluate_all("links => links.map(a => a.getAttribute('href'))")
        assert not [h for h in hrefs if h.strip().lower().startswith(("javascript:", "data:"))], path
        assert_nothing_ran(page)
    assert dialogs == []


def test_searching_for_the_hostile_mentor_shows_the_text_and_runs_nothing(page, hostile_site) -> None:
    base, _ = hostile_site
    page.goto(base + "/")
    page.locator("input[type=search]").fill("Mallory")
    card = page.locator('li.card[data-slug="eve-mallory"]')
    card.wait_for(state="visible")
    assert "onerror=" in card.inner_text(), "the hostile text is shown as text"
    page.locator('details[data-facet="language"] > summary').click()
    page.locator('input[name="language"]').first.check()
    assert_nothing_ran(page)


def test_planning_with_the_hostile_mentor_shows_the_text_and_runs_nothing(page, hostile_site) -> None:
    base, _ = hostile_site
    page.goto(base + "/mentors/eve-mallory/")
    page.locator("[data-plan-add] button").click()
    page.goto(base + "/my-mentors/")
    chosen = page.locator("li.candidate[data-mentor='eve-mallory']")
    assert "onerror=" in chosen.locator("[data-mentor-link]").inner_text(), "the hostile name is shown as text"
    assert chosen.get_by_role("link", name="Contact page").get_attribute("href") == ODD_URL
    assert "onerror=" in chosen.get_by_label("Your introduction").input_value()
    page.get_by_label("Also rank by identities I share with a mentor").check()
    page.locator("[data-identity-details] input[name=identities]").first.check()
    page.get_by_role("button", name="Rank mentors").click()
    page.locator("[data-ranking] > li").first.wait_for()
    page.get_by_role("button", name="Make a share link").click()
    page.goto(page.locator("[data-share-link]").input_value())
    page.locator("[data-shared-banner]").wait_for()
    assert_nothing_ran(page)
