"""A page opened the way a particular mentee sees the site: screen width, colour scheme, motion."""
from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def records(demo_site: Path) -> dict:
    """The demo's search/records.json, as the page's scripts read it."""
    return json.loads((demo_site / "search" / "records.json").read_text(encoding="utf-8"))


@pytest.fixture
def page_as(browser) -> Iterator[Callable[..., object]]:
    """Open a fresh page for one viewing situation; fails the test on any script error or CSP violation."""
    contexts: list[object] = []
    errors: list[str] = []

    def open_as(width: int, scheme: str = "light", *, height: int = 800, reduced_motion: str = "no-preference", javascript: bool = True):
        context = browser.new_context(
            viewport={"width": width, "height": height},
            color_scheme=scheme,
            reduced_motion=reduced_motion,
        )
        if not javascript:
            # The site's scripts arrive empty, as when they fail to load. Chromium's own switch for
            # JavaScript would also stop the checkers these tests run inside the page.
            context.route("**/*.js", lambda route: route.fulfill(status=200, content_type="text/javascript", body=""))
        contexts.append(context)
        page = context.new_page()
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
        return page

    yield open_as
    for context in contexts:
        context.close()
    assert not errors, f"the page reported {len(errors)} errors, first: {sorted(set(errors))[:5]}"
