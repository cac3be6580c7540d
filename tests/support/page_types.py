"""One example of every kind of page the site has, for the accessibility, keyboard and visual tests.

To cover a new kind of page, add one PageType here: every browser quality test then runs on it.
"""
from __future__ import annotations

from dataclasses import dataclass

# Mentees' phones and a common desktop window, in CSS pixels.
PHONE = 360
DESKTOP = 1280
WIDTHS = (PHONE, DESKTOP)
SCHEMES = ("light", "dark")


@dataclass(frozen=True)
class PageType:
    name: str
    path: str
    # A CSS selector that is visible once the page has finished what its scripts do on load.
    ready: str = "main"
    # False: the page as a mentee sees it with JavaScript off or failed to load.
    javascript: bool = True
    # The page script that says on <html data-NAME="ready"> when it has shown and drawn what
    # was asked (theme/static/js/ready-signal.js), or None where no such script runs.
    signal: str | None = None

    def __str__(self) -> str:
        return self.name


DIRECTORY_READY = "#filters:not([hidden])"

PAGE_TYPES = (
    PageType("directory", "/", DIRECTORY_READY, signal="directory"),
    PageType("directory-without-javascript", "/", javascript=False),
    PageType("directory-filtered", "/?area=tenure&mode=video", ".active-filters:not([hidden])", signal="directory"),
    PageType("directory-zero-results", "/?q=xylophonist", ".directory .no-results:not([hidden])", signal="directory"),
    PageType("mentor", "/mentors/amara-okafor/"),
    PageType("mentor-not-accepting", "/mentors/eleanor-pryce-jones/"),
    PageType("facet", "/areas/tenure/", ".filter-link:not([hidden])"),
    PageType("facet-empty", "/languages/danish/"),
    PageType("browse", "/browse/"),
    PageType("about", "/about/"),
    PageType("how-to-choose", "/how-to-choose/"),
    PageType("add-yourself", "/add-yourself/"),
    PageType("planner", "/my-mentors/", "div[data-planner]:not([hidden])", signal="planner"),
    PageType("planner-without-javascript", "/my-mentors/", javascript=False),
    PageType("dashboard", "/coverage/"),
    PageType("pairs-guide", "/partnership-agreement/"),
)

BY_NAME = {page_type.name: page_type for page_type in PAGE_TYPES}


def open_page(page, base_url: str, page_type: PageType) -> None:
    """Go to an example page and wait until its scripts say it shows what was asked, in its fonts."""
    page.goto(base_url + page_type.path)
    if page_type.javascript and page_type.signal:
        page.locator(f'html[data-{page_type.signal}="ready"]').wait_for(state="attached")
    page.locator(page_type.ready).first.wait_for(state="visible")
    page.evaluate("document.fonts.ready.then(() => true)")


# A browser draws some things only when they come near the screen: cards of the live list
# (content-visibility: auto) and photos (loading="lazy"). A check of the whole page (a
# screenshot, axe) needs all of them drawn, as scrolling through the page would draw them.
# A lazily drawn element on screen is laid out with layout, style and paint containment, so it
# keeps those. Then two frames, so the page on screen is the one with everything drawn.
DRAW_EVERYTHING = """async () => {
  for (const element of document.querySelectorAll("body *")) {
    if (getComputedStyle(element).contentVisibility !== "auto") continue;
    element.style.contentVisibility = "visible";
    element.style.contain = "layout style paint";
  }
  for (const image of document.images) image.loading = "eager";
  await Promise.all([...document.images].map(image => image.decode().catch(() => null)));
  await document.fonts.ready;
  await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
  return true;
}"""


def draw_everything(page) -> None:
    """Draw every lazily drawn card and photo of an opened page, and wait until they are on screen."""
    page.evaluate(DRAW_EVERYTHING)
