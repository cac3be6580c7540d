"""The directory and topic pages list mentors a page at a time (Pelican's pagination), so the
list works without JavaScript at any size; one extra page holds every card for the script."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from demo_data import LISTED_SLUGS, demo_fields
from site_builder import DEMO_CONTENT, build

PER_PAGE = 10


@pytest.fixture(scope="module")
def paged_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(DEMO_CONTENT, tmp_path_factory.mktemp("paged") / "output", DEFAULT_PAGINATION=PER_PAGE)


def card_slugs(page: Path) -> list[str]:
    return re.findall(r'<li class="card" data-slug="([^"]+)"', page.read_text(encoding="utf-8"))


def directory_pages(site: Path) -> list[Path]:
    count = -(-len(LISTED_SLUGS) // PER_PAGE)
    return [site / "index.html"] + [site / "page" / str(n) / "index.html" for n in range(2, count + 1)]


def test_the_directory_pages_together_list_every_listed_mentor_once_in_order(paged_site: Path) -> None:
    pages = directory_pages(paged_site)
    assert not (paged_site / "page" / str(len(pages) + 1)).exists()
    listed = [card_slugs(page) for page in pages]
    assert all(len(slugs) <= PER_PAGE for slugs in listed)
    in_order = [s for slugs in listed for s in slugs]
    assert in_order == card_slugs(paged_site / "all-mentors.html")
    assert sorted(in_order) == LISTED_SLUGS


def test_each_page_links_to_its_neighbours_and_says_which_mentors_it_shows(paged_site: Path) -> None:
    pages = directory_pages(paged_site)
    second = pages[1].read_text(encoding="utf-8")
    assert '<a href="../../" rel="prev">' in second  # the directory's first page, relative to /page/2/
    assert f"Mentors {PER_PAGE + 1} to {2 * PER_PAGE} of {len(LISTED_SLUGS)}" in second
    assert 'href="../../page/3/" rel="next"' in second
    assert 'href="../../page/2/" aria-current="page"' in second
    last = pages[-1].read_text(encoding="utf-8")
    assert 'rel="next"' not in last and f"of {len(LISTED_SLUGS)}</p>" in last
    assert '<nav class="pager"' not in (paged_site / "areas" / "tenure" / "index.html").read_text(encoding="utf-8")


def test_topic_pages_are_paginated_the_same_way(paged_site: Path) -> None:
    accepting = [s for s in LISTED_SLUGS if demo_fields(s)["accepting_mentees"]]
    assert len(accepting) > PER_PAGE
    first = paged_site / "availability" / "accepting" / "index.html"
    second = paged_site / "availability" / "accepting" / "page" / "2" / "index.html"
    assert len(card_slugs(first)) == PER_PAGE and card_slugs(second)
    assert f"{len(accepting)} mentors, {len(accepting)} accepting new mentees." in first.read_text(encoding="utf-8")


def test_one_page_holds_every_listed_card_for_the_script(paged_site: Path) -> None:
    assert sorted(card_slugs(paged_site / "all-mentors.html")) == LISTED_SLUGS
    index = (paged_site / "index.html").read_text(encoding="utf-8")
    assert f'data-listed="{len(LISTED_SLUGS)}"' in index and 'data-all-cards="' in index
