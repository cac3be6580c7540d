"""The search index lunr.py builds, the records the browser filters on, and the facets behind both."""
from __future__ import annotations

import json
from datetime import date
from functools import partial

import lunr
import pytest
from pelican.settings import DEFAULT_CONFIG
from pelican.utils import slugify as pelican_slugify

from builders import VOCABULARY
from mentor_directory.directory.facets import build_facets, timezone_label
from mentor_directory.outputs.index_format import assemble
from mentor_directory.outputs.search import build_index, build_records, index_document
from mentor_directory.profiles.markup import plain_text, render_bio
from mentor_directory.profiles.profile import Contact, Location, Profile

slugify = partial(pelican_slugify, regex_subs=DEFAULT_CONFIG["SLUG_REGEX_SUBSTITUTIONS"])


def mentor(slug: str, name: str, **fields) -> Profile:
    base = dict(
        slug=slug, source=f"{slug}.yaml", name=name, title="Librarian", organization="Town Library",
        library_type="public", mentoring_areas=("leadership",), meeting_modes=("video",),
        contact=Contact(email=f"{slug}@example.org"), accepting_mentees=True, last_reviewed=date(2026, 1, 1),
    )
    base.update(fields)
    return Profile(**base)


PEOPLE = [
    mentor("ada", "Ada Okafor", mentoring_areas=("tenure", "presenting-publishing"), languages=("English", "Igbo"),
           location=Location("Duluth", "Midwest", "United States"), timezone="America/Chicago",
           bio="I helped three colleagues through **tenure** dossiers."),
    mentor("ben", "Ben Tanaka", mentoring_areas=("job-search",), languages=("english", "Japanese"),
           location=Location(region="midwest"), timezone="Asia/Tokyo", accepting_mentees=False,
           bio="My bio mentions Okafor once.", identities=("LGBTQ+",)),
    mentor("cy", "Cy Vance", mentoring_areas=("work-life", "leadership"), timezone="America/Los_Angeles",
           functional_areas=("cataloging",)),
]


def index():
    documents = [index_document(p, VOCABULARY, render_bio(p.bio)) for p in PEOPLE]
    data, shards = build_index(documents)
    return lunr.index.Index.load(assemble(data["index"], shards.values()))


def refs(results) -> list[str]:
    return [r["ref"] for r in results]


def test_list_fields_are_joined_so_multi_word_labels_are_searchable() -> None:
    document = index_document(PEOPLE[0], VOCABULARY, "")
    assert document["topics"] == "Tenure and promotion Presenting and publishing"
    assert refs(index().search("presenting publishing")) == ["ada"]


@pytest.mark.parametrize("query, expected", [
    ("tenure", ["ada"]), ("igbo", ["ada"]), ("japanese", ["ben"]), ("cataloging", ["cy"]),
    ("burnout", ["cy"]), ("duluth", ["ada"]),
])
def test_searching_finds_mentors_by_need_language_place_and_function(query: str, expected: list[str]) -> None:
    assert refs(index().search(query)) == expected


def test_a_name_match_outranks_a_mention_in_someone_elses_bio() -> None:
    assert refs(index().search("okafor")) == ["ada", "ben"]


def test_the_index_records_its_format_and_the_lunr_js_version_it_targets() -> None:
    built, _ = build_index([index_document(p, VOCABULARY, "") for p in PEOPLE])
    assert built["version"] == 4 and built["lunr"] == lunr.__TARGET_JS_VERSION__ == "2.3.9"
    json.dumps(built)


def test_records_carry_each_mentor_once_with_their_facet_values() -> None:
    facets = build_facets(PEOPLE, VOCABULARY, slugify)
    records = build_records(PEOPLE, facets, slugify)
    assert [m["slug"] for m in records["mentors"]] == ["ada", "ben", "cy"]
    ada, ben, _ = records["mentors"]
    assert ada["facets"]["area"] == ["tenure", "presenting-publishing"]
    assert ada["facets"]["availability"] == ["accepting"] and ben["facets"]["availability"] == ["not-accepting"]
    assert ada["facets"]["timezone"] == ["america-chicago"]
    assert "identity" not in ada["facets"] and ben["facets"]["identity"] == ["lgbtq"]
    assert ada["reviewed"] == "2026-01-01"
    json.dumps(records)


def test_free_text_facets_group_spellings_and_vocabulary_facets_keep_their_order() -> None:
    facets = {f.definition.key: f for f in build_facets(PEOPLE, VOCABULARY, slugify)}
    assert [t.id for t in VOCABULARY.terms("mentoring_areas")] == [t.value for t in facets["area"].terms]
    assert [p.slug for p in facets["area"].term("leadership").mentors] == ["cy"]
    assert [(t.value, len(t.mentors)) for t in facets["language"].terms] == [("english", 2), ("igbo", 1), ("japanese", 1)]
    assert [len(t.mentors) for t in facets["region"].terms] == [2]


def test_time_zones_are_labelled_with_their_offset_and_sorted_west_to_east() -> None:
    facets = {f.definition.key: f for f in build_facets(PEOPLE, VOCABULARY, slugify)}
    assert [t.label for t in facets["timezone"].terms] == [
        "America/Los Angeles (UTC\u22128)", "America/Chicago (UTC\u22126)", "Asia/Tokyo (UTC+9)"
    ]
    assert timezone_label("Asia/Kolkata") == ("Asia/Kolkata (UTC+5:30)", 330)


@pytest.mark.parametrize("markdown, present, absent", [
    ("Hello *there* and [a link](https://example.org)", ["<em>there</em>", 'href="https://example.org"', 'rel="nofollow noopener noreferrer ugc"'], []),
    ("<script>alert(1)</script>Hi", ["Hi"], ["<script", "alert"]),
    ("[x](javascript:alert(1)) [y](data:text/html,hi)", ["x", "y"], ["javascript:", "data:"]),
    ('<img src=x onerror="alert(1)"> <iframe src="https://example.org"></iframe>', [], ["<img", "onerror", "<iframe"]),
    ('<p style="color:red" onclick="x()">styled</p>', ["styled"], ["style=", "onclick"]),
    ("<style>body{}</style>text", ["text"], ["<style", "body{}"]),
    ("![pic](https://example.org/p.png)", [], ["<img"]),
    ("# Title\n\n## Sub", ["<h3>Title</h3>", "<h4>Sub</h4>"], ["<h1", "<h2"]),
    ("- one\n- two", ["<ul>", "<li>one</li>"], []),
])
def test_bios_keep_simple_markup_and_lose_anything_that_could_run(markdown: str, present: list[str], absent: list[str]) -> None:
    html = render_bio(markdown)
    assert all(p in html for p in present), html
    assert not any(a in html for a in absent), html


def test_plain_text_for_the_index_has_no_tags_and_real_characters() -> None:
    assert plain_text(render_bio("Fish &amp; *chips* <b>now</b>")) == "Fish & chips now"
