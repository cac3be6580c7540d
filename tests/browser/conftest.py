"""A page opened the way a particular mentee sees the site: screen width, colour scheme, motion.

`page_as` opens a fresh page for a test of its own. The checks that every kind of page must
pass (tests/browser/test_every_page.py) share one load per page type and look instead: the
`seen` fixture hands each of them the same opened page, and the tests are ordered so that all
checks of one load run one after another.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from page_types import PAGE_TYPES
from page_views import View, Views, new_page


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
        context, page = new_page(browser, errors, width=width, height=height, scheme=scheme,
                                 reduced_motion=reduced_motion, javascript=javascript)
        contexts.append(context)
        return page

    yield open_as
    for context in contexts:
        context.close()
    assert not errors, f"the page reported {len(errors)} errors, first: {sorted(set(errors))[:5]}"


@pytest.fixture(scope="session")
def views(browser, site_url: str) -> Iterator[Views]:
    opened = Views(browser, site_url)
    yield opened
    opened.close()


@pytest.fixture
def seen(request, views: Views) -> Iterator[View]:
    """The page type and look of the test's parameter, opened once and shared; fails on script errors."""
    page_type, look = request.param
    view = views.open(page_type, look)
    yield view
    new_errors, view.reported = view.errors[view.reported:], len(view.errors)
    assert not new_errors, f"{view} reported {len(new_errors)} errors, first: {sorted(set(new_errors))[:5]}"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run the checks of one load together: tests using `seen` sorted by page type, then look.

    Only their order among themselves changes; every other test keeps its place.
    """
    slots = [index for index, item in enumerate(items) if _seen_param(item) is not None]
    order = {page_type: number for number, page_type in enumerate(PAGE_TYPES)}
    ordered = sorted((items[index] for index in slots), key=lambda item: (order[_seen_param(item)[0]], str(_seen_param(item)[1])))
    for index, item in zip(slots, ordered):
        items[index] = item


def _seen_param(item: pytest.Item):
    callspec = getattr(item, "callspec", None)
    return callspec.params.get("seen") if callspec else None
