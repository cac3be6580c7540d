"""A mentee's browser runs nothing that a profile carries, on any page, even while searching.

The hostile profiles come from tests/hostile_corpus.py: every text field and list item of a
.yaml and a .md profile is an attack, and so are their bios and contact addresses.
"""
from __future__ import annotations

import io
import shutil

import pytest
from PIL import Image
from playwright.sync_api import expect

from hostile_corpus import ODD_URL, accepted_profile, as_markdown, as_yaml
from site_builder import DEMO_CONTENT, build

pytestmark = pytest.mark.browser

# Runs before any page script (Playwright injects it outside the page's CSP) and records every
# Content Security Policy violation, including ones the policy blocked.
RECORD_CSP_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__cspViolations.push(event.violatedDirective + ' ' + event.blockedURI + ' ' + event.sourceFile + ':' + event.lineNumber);
});
"""


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory, serve) -> tuple[str, list[str]]:
    """The demo plus the corpus's hostile profiles, built and served; with every page's path."""
    root = tmp_path_factory.mktemp("hostile")
    content = root / "content"
    shutil.copytree(DEMO_CONTENT, content)
    photo = io.BytesIO()
    Image.new("RGB", (4, 4), (0, 128, 0)).save(photo, "PNG")
    (content / "mentors" / "photos").mkdir()
    (content / "mentors" / "photos" / "eve.png").write_bytes(photo.getvalue())
    (content / "mentors" / "eve-mallory.yaml").write_text(as_yaml(accepted_profile("Eve Mallory", photo="photos/eve.png")), encoding="utf-8")
    (content / "mentors" / "mal-ory.md").write_text(as_markdown(accepted_profile("Mal Ory", offset=5)), encoding="utf-8")
    output = build(content, root / "output")
    paths = sorted("/" + p.relative_to(output).as_posix().removesuffix("index.html") for p in output.rglob("*.html"))
    return serve(output), paths


@pytest.fixture
def watched_page(page):
    """The shared page fixture (fails on console errors) that also records CSP violations."""
    page.add_init_script(RECORD_CSP_VIOLATIONS)
    return page


def assert_nothing_ran(page, where: str) -> None:
    assert page.title() != "pwned", where
    assert page.evaluate("window.pwned === undefined"), where
    assert page.evaluate("window.__cspViolations") == [], where


def test_no_generated_page_runs_hostile_profile_text_or_violates_the_csp(watched_page, hostile_site) -> None:
    page = watched_page
    base, paths = hostile_site
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    assert len(paths) > 100 and "/mentors/eve-mallory/" in paths and "/mentors/mal-ory/" in paths
    for path in paths:
        page.goto(base + path)
        page.mouse.move(200, 300)
        hrefs = page.locator("a[href]").evaluate_all("links => links.map(a => a.getAttribute('href'))")
        assert not [h for h in hrefs if h.strip().lower().startswith(("javascript:", "data:", "vbscript:"))], path
        assert_nothing_ran(page, path)
    assert dialogs == []


def test_the_csp_listener_would_see_a_violation(watched_page, hostile_site) -> None:
    """Guards the test above: an inline script on one of our pages is blocked and reported."""
    base, _ = hostile_site
    watched_page.goto(base + "/")
    watched_page.evaluate("""() => { const s = document.createElement('script'); s.textContent = 'window.pwned = 1'; document.body.append(s); }""")
    watched_page.wait_for_function("window.__cspViolations.length > 0")
    assert watched_page.evaluate("window.pwned === undefined")
    watched_page.errors.clear()  # Chromium also logs the blocked script as a console error


def test_searching_for_the_hostile_mentor_shows_the_text_and_runs_nothing(watched_page, hostile_site) -> None:
    page = watched_page
    base, _ = hostile_site
    page.goto(base + "/")
    page.locator("input[type=search]").fill("Mallory")
    card = page.locator('li.card[data-slug="eve-mallory"]')
    # The rendered text, once the browser has drawn the card (cards out of view are drawn lazily).
    expect(card, "the hostile text is shown as text").to_contain_text("<script>", use_inner_text=True)
    page.locator('details[data-facet="language"] > summary').click()
    page.locator('input[name="language"]').first.check()
    assert_nothing_ran(page, "search")


def test_the_protected_email_with_odd_characters_reveals_a_working_mailto_and_runs_nothing(watched_page, hostile_site) -> None:
    from hostile_corpus import ODD_EMAIL

    page = watched_page
    base, _ = hostile_site
    page.goto(base + "/mentors/eve-mallory/")
    page.get_by_role("button", name="Show email address").click()
    link = page.locator("li.email a")
    link.wait_for(state="visible")
    assert link.get_attribute("href") == f"mailto:{ODD_EMAIL}"
    assert page.locator(".email-spoken").inner_text() == ODD_EMAIL
    assert_nothing_ran(page, "email")


def test_planning_with_the_hostile_mentor_shows_the_text_and_runs_nothing(watched_page, hostile_site) -> None:
    page = watched_page
    base, _ = hostile_site
    page.goto(base + "/mentors/eve-mallory/")
    page.locator("[data-plan-add] button").click()
    expect(page.locator("[data-plan-add] [role=status]")).to_contain_text("Added")
    page.goto(base + "/my-mentors/")
    chosen = page.locator("li.candidate[data-mentor='eve-mallory']")
    name = " ".join(str(accepted_profile("Eve Mallory")["name"]).split())
    assert " ".join(chosen.locator("[data-mentor-link]").inner_text().split()) == name, "the hostile name is shown as text"
    assert chosen.get_by_role("link", name="Contact page").get_attribute("href") == ODD_URL
    assert name in " ".join(chosen.get_by_label("Your introduction").input_value().split())
    page.get_by_label("Also rank by identities I share with a mentor").check()
    page.locator("[data-identity-details] input[name=identities]").first.check()
    page.get_by_role("button", name="Rank mentors").click()
    page.locator("[data-ranking] > li").first.wait_for()
    page.get_by_role("button", name="Make a share link").click()
    page.goto(page.locator("[data-share-link]").input_value())
    page.locator("[data-shared-banner]").wait_for()
    assert_nothing_ran(page, "planning")
