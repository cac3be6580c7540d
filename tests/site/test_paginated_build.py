"""The directory and topic pages list mentors a page at a time (Pelican's pagination), so the
list works without JavaScript at any size; the all-mentors pages hold every card for the script."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from demo_data import LISTED_SLUGS, demo_fields
from site_builder import DEMO_CONTENT, build

PER_PAGE = 10
CARDS_PER_FILE = 12


@pytest.fixture(scope="module")
def paged_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(DEMO_CONTENT, tmp_path_factory.mktemp("paged") / "output", DEFAULT_PAGINATION=PER_PAGE,
                 PAGINATED_TEMPLATES={"directory": None, "facet": None, "all_mentors": CARDS_PER_FILE})


def card_slugs(page: Path) -> list[str]:
    return re.findall(r'<li class="card" data-slug="([^"]+)"', page.read_text(encoding="utf-8"))


def card_files(site: Path) -> list[Path]:
    count = -(-len(LISTED_SLUGS) // CARDS_PER_FILE)
    return [site / "all-mentors.html"] + [site / "all-mentors" / "page" / str(n) / "index.html" for n in range(2, count + 1)]


def directory_pages(site: Path) -> list[Path]:
    count = -(-len(LISTED_SLUGS) // PER_PAGE)
    return [site / "index.html"] + [site / "page" / str(n) / "index.html" for n in range(2, count + 1)]


def test_the_directory_pages_together_list_every_listed_mentor_once_in_order(paged_site: Path) -> None:
    pages = directory_pages(paged_site)
    assert not (paged_site / "page" / str(len(pages) + 1)).exists()
    listed = [card_slugs(page) for page in pages]
    assert all(len(slugs) <= PER_PAGE for slugs in listed)
    in_order = [s for slugs in listed for s in slugs]
    assert in_order == [s for file in card_files(paged_site) for s in card_slugs(file)]
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


def test_the_all_mentors_files_hold_every_listed_card_once_and_the_first_links_every_file(paged_site: Path) -> None:
    files = card_files(paged_site)
    assert len(files) > 2 and not (paged_site / "all-mentors" / "page" / str(len(files) + 1)).exists()
    slugs = [card_slugs(file) for file in files]
    assert all(len(each) <= CARDS_PER_FILE for each in slugs)
    assert sorted(s for each in slugs for s in each) == LISTED_SLUGS
    first = files[0].read_text(encoding="utf-8")
    listed = re.search(r"<nav [^>]*data-card-pages>(.*?)</nav>", first, re.S).group(1)
    assert [href.removeprefix("./") for href in re.findall(r'href="([^"]+)"', listed)] == ["all-mentors.html"] + [f"all-mentors/page/{n}/" for n in range(2, len(files) + 1)]
    index = (paged_site / "index.html").read_text(encoding="utf-8")
    assert f'data-listed="{len(LISTED_SLUGS)}"' in index and 'data-all-cards="' in index
