"""lunr.js in the page and lunr.py in the build give the same answers on the same index.

The mentee-facing flows live in test_directory.py; this module checks the two halves of
search against each other, query by query.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import lunr
import pytest
from lunr.query import Query

from mentor_directory.outputs.index_format import unpack

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def python_index(demo_site: Path):
    data = json.loads((demo_site / "search" / "index.json").read_text(encoding="utf-8"))
    return lunr.index.Index.load(unpack(data["index"]))


def visible_slugs(page) -> list[str]:
    return page.locator("#mentor-list > li.card:not([hidden])").evaluate_all("cards => cards.map(c => c.dataset.slug)")


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
