"""lunr.js in the page and lunr.py in the build agree on real terms mentees type.

The build (outputs/search_text.py) and the page (search-text.js) each turn text into index
terms; these tests put both in Chromium side by side on the terms our field writes with
symbols, hyphens, slashes, dots and letters beyond ASCII, then check that the page's search
finds, term for term, the mentors lunr.py finds in the same index. The site is the
relevance benchmark's 63 mentors, whose bios and places hold every case.
The mentee-facing flows live in test_directory.py.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import lunr
import pytest

from benchmarks.relevance.__main__ import write_content
from mentor_directory.outputs.search_text import Terms, words
from site_builder import PROJECT, build, search_index

pytestmark = pytest.mark.browser

# (query, the spelling a mentor wrote): each query must find that mentor by that spelling.
CASES = [
    ("c#", "bartosz-wojcik"), ("c++", "ravi-iyer"), (".net", "carlos-ruiz"), ("k-12", "sarah-kim"),
    ("lgbtq+", "rachel-green"), ("a/v", "ingrid-solberg"), ("3d", "noa-levi"), ("vue.js", "lukasz-nowak"),
    ("front end", "lukasz-nowak"), ("front-end", "lukasz-nowak"), ("frontend", "kai-nakamura"),
    ("tenure-track", "amina-yusuf"), ("MARC 21", "tom-hargreaves"), ("ILS/LSP", "bartosz-wojcik"),
    ("Łódź", "bartosz-wojcik"), ("lodz", "bartosz-wojcik"), ("Tromsø", "ingrid-solberg"), ("tromso", "ingrid-solberg"),
    ("İzmir", "elif-demir"), ("izmir", "elif-demir"), ("québec", "marie-eve-gagnon"), ("Quebec", "marie-eve-gagnon"),
    ("cataloguing", "tom-hargreaves"), ("cataloging", "tom-hargreaves"),
]
# Spellings of one thing that must find the same mentors.
SAME = [("front end", "front-end", "frontend"), ("Łódź", "lodz"), ("Tromsø", "tromso"), ("İzmir", "izmir"),
        ("québec", "Quebec"), ("cataloguing", "cataloging")]


@pytest.fixture(scope="module")
def benchmark_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("agreement")
    write_content(work / "content", PROJECT, None)
    return build(work / "content", work / "output")


@pytest.fixture(scope="module")
def python_index(benchmark_site: Path) -> lunr.index.Index:
    return lunr.index.Index.load(search_index(benchmark_site))


@pytest.fixture(scope="module")
def url(benchmark_site: Path, serve) -> str:
    return serve(benchmark_site)


def python_search(index: lunr.index.Index, text: str) -> dict[str, int]:
    """slug -> how many of the query's words lunr.py finds the mentor by (the page's rule).

    A word is found by its term; a compound ("front-end", "vue.js") by its parts written
    together or by all its parts; two words side by side also by the two written as one
    ("front end" -> "frontend", "MARC 21" -> "marc21"). Stop words count for nothing.
    """
    terms = Terms()

    def having(term: str | None) -> set[str]:
        if term is None or term not in index.inverted_index:
            return set()
        query = index.create_query()
        query.term(term, use_pipeline=False)
        return {result["ref"] for result in index.query(query)}

    concepts: list[tuple[str, set[str]]] = []
    for written in text.split():
        split = words(written)
        if not split or (len(split) == 1 and terms.term(split[0]) is None):
            continue
        if len(split) == 1:
            found = having(terms.term(split[0]))
        else:
            parts = [having(terms.term(part)) for part in split[:-1] if terms.term(part) is not None]
            found = having(terms.term(split[-1])) | (set.intersection(*parts) if parts else set())
        concepts.append((written, found))
    for (first, a), (second, b) in pairwise(concepts):
        together = having(terms.term(words(first + second)[-1]))
        a |= together
        b |= together
    matched: dict[str, int] = {}
    for _, found in concepts:
        for slug in found:
            matched[slug] = matched.get(slug, 0) + 1
    return matched


@pytest.fixture(scope="module")
def directory(browser, url: str) -> Iterator[object]:
    """One directory page for every query (each test types its own); fails on any script error."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.goto(url + "/")
    page.locator('html[data-directory="ready"]').wait_for(state="attached")
    yield page
    context.close()
    assert not errors, f"the page reported {len(errors)} errors, first: {sorted(set(errors))[:5]}"


def type_search(page, text: str) -> None:
    """Types a finished query (a trailing space: no word is still being typed) and waits until
    the page says it shows it (the ready signal, theme/static/js/ready-signal.js)."""
    page.locator("input[type=search]").fill(text + " ")
    page.locator('html[data-directory="ready"]').wait_for(state="attached")


PAGE_TERMS = """async texts => {
  const src = document.querySelector('script[src$="directory.js"]').src;
  const search = await import(src.replace("directory.js", "search.js"));
  return texts.map((text) => search.queryTerms(text));
}"""

PAGE_SEARCH = """async text => {
  const src = document.querySelector('script[src$="directory.js"]').src;
  const search = await import(src.replace("directory.js", "search.js"));
  const found = await search.search(text + " ");
  return Object.fromEntries(found.matched);
}"""


def test_the_page_makes_the_same_terms_of_every_real_term_as_the_build(directory) -> None:
    page = directory
    type_search(page, "tenure")  # loads lunr.js, the folding table and the spellings
    texts = [query for query, _ in CASES] + [
        "C# and .NET, C++", "K-12 A/V 3D", "Vue.js front-end", "LGBTQ+ people", "Łódź, Tromsø, İzmir, Québec",
        "cataloguing organisation programme", "tenure-track dossiers", "MARC 21 ILS/LSP",
    ]
    terms = Terms()
    assert page.evaluate(PAGE_TERMS, texts) == [terms.terms(text) for text in texts]


@pytest.mark.parametrize("query, mentor", CASES, ids=[query for query, _ in CASES])
def test_lunr_js_finds_what_lunr_py_finds_for_each_real_term(directory, python_index, query: str, mentor: str) -> None:
    page = directory
    expected = python_search(python_index, query)
    assert mentor in expected, f"the benchmark's {mentor} writes {query!r} one way or another"
    type_search(page, query)
    assert page.evaluate(PAGE_SEARCH, query) == expected
    shown = page.locator("#mentor-list > li.card:not([hidden])").evaluate_all("cards => cards.map(c => c.dataset.slug)")
    assert set(shown) == set(expected) and mentor in shown
    best = max(expected.values())
    assert set(shown[:sum(n == best for n in expected.values())]) == {
        slug for slug, n in expected.items() if n == best}, "mentors matching every word come first"


@pytest.mark.parametrize("spellings", SAME, ids=["/".join(s) for s in SAME])
def test_spellings_of_one_thing_find_the_same_mentors(python_index, spellings: tuple[str, ...]) -> None:
    found = [set(python_search(python_index, spelling)) for spelling in spellings]
    assert found[0] and all(f == found[0] for f in found)


def test_a_search_fetches_the_index_head_and_only_the_shard_its_word_is_in(browser, url, benchmark_site: Path) -> None:
    head = json.loads((benchmark_site / "search" / "index.json").read_text(encoding="utf-8"))["index"]
    term = head["tokens"].index("tenur")
    holding = max((first, name) for first, name in head["shards"] if first <= term)[1]
    assert len(head["shards"]) > 1
    context = browser.new_context()
    page = context.new_page()
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url))
    page.goto(url + "/")
    page.locator('html[data-directory="ready"]').wait_for(state="attached")
    type_search(page, "tenure")
    context.close()
    assert url + "/search/index.json" in fetched
    assert [u for u in fetched if "/search/index/" in u] == [f"{url}/search/{holding}"]
