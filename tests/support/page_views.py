"""Pages opened once per page type and look, and shared by every check of that load.

The browser tests' `seen` fixture (tests/browser/conftest.py) hands these out.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from page_types import PAGE_TYPES, PageType, draw_everything, open_page


def new_page(browser, errors: list[str], *, width: int, height: int, scheme: str, reduced_motion: str, javascript: bool):
    context = browser.new_context(viewport={"width": width, "height": height}, color_scheme=scheme, reduced_motion=reduced_motion)
    if not javascript:
        # The site's scripts arrive empty, as when they fail to load. Chromium's own switch for
        # JavaScript would also stop the checkers these tests run inside the page.
        context.route("**/*.js", lambda route: route.fulfill(status=200, content_type="text/javascript", body=""))
    page = context.new_page()
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    return context, page


@dataclass(frozen=True)
class Look:
    """How a mentee's browser shows the site: CSS pixels wide and high, and colour scheme."""

    width: int
    scheme: str = "light"
    height: int = 800

    def __str__(self) -> str:
        return f"{self.width}x{self.height}-{self.scheme}" if self.height != 800 else f"{self.width}-{self.scheme}"


@dataclass
class View:
    """One page type opened in one look, with everything drawn; shared by the checks of that load."""

    page_type: PageType
    look: Look
    context: object
    page: object
    errors: list[str] = field(default_factory=list)
    reported: int = 0
    # Set by a check that leaves the page changed (focus moved, scrolled): the next check reloads.
    spoiled: bool = False

    def __str__(self) -> str:
        return f"{self.page_type} at {self.look.width}px, {self.look.scheme}"


class Views:
    """Keeps the one page the last check used open, so the next check of the same load reuses it."""

    def __init__(self, browser, base_url: str) -> None:
        self.browser = browser
        self.base_url = base_url
        self.current: View | None = None

    def open(self, page_type: PageType, look: Look) -> View:
        current = self.current
        if current and (current.page_type, current.look) == (page_type, look) and not current.spoiled:
            return current
        self.close()
        errors: list[str] = []
        # Reduced motion: no transition is half-way when a screenshot is taken or a colour is read.
        context, page = new_page(self.browser, errors, width=look.width, height=look.height, scheme=look.scheme,
                                 reduced_motion="reduce", javascript=page_type.javascript)
        try:
            open_page(page, self.base_url, page_type)
            draw_everything(page)
        except Exception:
            context.close()
            raise
        self.current = View(page_type, look, context, page, errors)
        return self.current

    def close(self) -> None:
        if self.current:
            self.current.context.close()
            self.current = None


def each_page(*looks: Look) -> list:
    """Parameters for `seen`: every page type in each of these looks."""
    return [pytest.param((page_type, look), id=f"{page_type}-{look}") for page_type in PAGE_TYPES for look in looks]


