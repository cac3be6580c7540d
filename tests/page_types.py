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

    def __str__(self) -> str:
        return self.name


DIRECTORY_READY = "#filters:not([hidden])"

PAGE_TYPES = (
    PageType("directory", "/", DIRECTORY_READY),
    PageType("directory-without-javascript", "/", javascript=False),
    PageType("directory-filtered", "/?area=tenure&mode=video", ".active-filters:not([hidden])"),
    PageType("directory-zero-results", "/?q=xylophonist", ".directory .no-results:not([hidden])"),
    PageType("mentor", "/mentors/amara-okafor/"),
    PageType("mentor-not-accepting", "/mentors/eleanor-pryce-jones/"),
    PageType("facet", "/areas/tenure/", ".filter-link:not([hidden])"),
    PageType("facet-empty", "/languages/danish/"),
    PageType("browse", "/browse/"),
    PageType("about", "/about/"),
    PageType("how-to-choose", "/how-to-choose/"),
    PageType("add-yourself", "/add-yourself/"),
    PageType("planner", "/my-mentors/", "div[data-planner]:not([hidden])"),
    PageType("planner-without-javascript", "/my-mentors/", javascript=False),
    PageType("dashboard", "/coverage/"),
    PageType("pairs-guide", "/partnership-agreement/"),
)

BY_NAME = {page_type.name: page_type for page_type in PAGE_TYPES}


def open_page(page, base_url: str, page_type: PageType) -> None:
    """Go to an example page and wait until it has settled."""
    page.goto(base_url + page_type.path)
    page.locator(page_type.ready).first.wait_for(state="visible")
    page.evaluate("document.fonts.ready.then(() => true)")
