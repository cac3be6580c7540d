"""The search index and filter records a mentee's browser loads: what can be found, and in what order."""
from __future__ import annotations

import functools
import json
from datetime import date

import lunr
import pytest
from lunr.index import Index
from pelican.settings import DEFAULT_CONFIG
from pelican.utils import slugify as pelican_slugify

from builders import VOCABULARY
from mentor_directory.directory.facets import build_facets
from mentor_directory.outputs.index_format import assemble, shard
from mentor_directory.outputs.search import FORMAT_VERSION, INDEX_FIELDS, build_index, build_records, index_document
from mentor_directory.outputs.search_text import words
from mentor_directory.profiles.markup import render_bio
from mentor_directory.profiles.profile import Contact, Location, Profile

slugify = functools.partial(pelican_slugify, regex_subs=DEFAULT_CONFIG["SLUG_REGEX_SUBSTITUTIONS"])


def mentor(slug: str, name: str, **fields: object) -> Profile:
    base = dict(
        slug=slug, source=f"{slug}.md", name=name, title="Librarian", organization="Lakeview College",
        library_type="academic", mentoring_areas=("job-search",), meeting_modes=("video",),
        contact=Contact(email=f"{slug}@example.org"), accepting_mentees=True, last_reviewed=date(2026, 1, 31),
    )
    base.update(fields)
    return Profile(**base)  # type: ignore[arg-type]


ADA = mentor(
    "ada-okafor", "Ada Okafor", mentoring_areas=("tenure", "leadership"), functional_areas=("data-services",),
    languages=("English", "Igbo"), location=Location("Duluth", "Minnesota", "United States"),
    timezone="America/Chicago", identities=("first-generation",), bio="I run a writing group.",
)
BEN = mentor(
    "ben-cho", "Ben Cho", mentoring_areas=("workplace-culture",), library_type="public", languages=("Korean",),
    accepting_mentees=False, bio="Ask me about **Okafor-style** peer review, or anything else.",
    motivation="Someone once did this for me.",
)
CARMEN = mentor(
    "carmen-diaz", "Carmen Díaz", mentoring_areas=("grants",), library_type="school",
    languages=("Spanish", "english"), location=Location(region="minnesota", country="Mexico"),
    identities=("LGBTQ+", "Latina"),
)
MENTORS = [ADA, BEN, CARMEN]


def documents(profiles: list[Profile] = MENTORS) -> list[dict[str, str]]:
    return [index_document(p, VOCABULARY, render_bio(p.bio)) for p in profiles]


@pytest.fixture(scope="module")
def index() -> Index:
    built, shards = json.loads(json.dumps(build_index(documents())))
    return Index.load(assemble(built["index"], shards.values()))


def found(index: Index, query: str) -> list[str]:
    return [match["ref"] for match in index.search(query)]


# --- index documents -------------------------------------------------------------------

def test_an_index_document_joins_list_fields_into_searchable_labels() -> None:
    document = index_document(ADA, VOCABULARY, render_bio(ADA.bio))
    assert document["slug"] == "ada-okafor"
    assert document["name"] == "Ada Okafor"
    assert document["topics"] == "Tenure and promotion Leadership Data services"
    assert document["details"] == ("Librarian ; Lakeview College ; Academic ; Video call ; Duluth, Minnesota, United States"
                                   " ; United States ; America Chicago ; English ; Igbo ; first-generation")
    assert document["aliases"].startswith("tenure-track ; promotion ; dossier")


def test_an_index_document_finds_countries_and_languages_by_their_standard_and_own_names_once() -> None:
    document = index_document(CARMEN, VOCABULARY, "")
    assert document["details"].endswith("minnesota, Mexico ; Mexico ; Spanish ; Español ; english ; LGBTQ+ ; Latina")


def test_an_index_document_searches_the_bio_as_plain_text_and_the_long_answers() -> None:
    document = index_document(BEN, VOCABULARY, render_bio(BEN.bio))
    assert document["about"] == "Someone once did this for me. Ask me about Okafor-style peer review, or anything else."


def test_an_index_document_for_a_mentor_without_optional_fields_has_empty_text() -> None:
    document = index_document(mentor("dee", "Dee"), VOCABULARY, "")
    assert document["details"] == "Librarian ; Lakeview College ; Academic ; Video call" and document["about"] == ""


# --- searching the built index ---------------------------------------------------------

def test_the_built_index_carries_its_format_version_and_lunr_version() -> None:
    built, _ = build_index(documents())
    assert built["version"] == FORMAT_VERSION == 4
    assert built["lunr"] == lunr.__TARGET_JS_VERSION__
    assert json.loads(json.dumps(built)) == built


def test_searching_tenure_finds_the_mentor_who_helps_with_tenure(index: Index) -> None:
    assert found(index, "tenure") == ["ada-okafor"]


def test_searching_a_surname_finds_that_mentor_first(index: Index) -> None:
    assert found(index, "okafor")[0] == "ada-okafor"


def test_searching_a_language_finds_the_mentors_who_speak_it(index: Index) -> None:
    assert found(index, "korean") == ["ben-cho"]
    assert sorted(found(index, "english")) == ["ada-okafor", "carmen-diaz"]


def test_searching_a_multi_word_area_label_finds_the_mentor(index: Index) -> None:
    assert found(index, "+workplace +culture") == ["ben-cho"]
    assert found(index, "grant writing")[0] == "carmen-diaz"


def test_searching_a_library_type_label_finds_mentors_of_that_type(index: Index) -> None:
    assert found(index, "school") == ["carmen-diaz"]


def test_searching_a_region_finds_mentors_there(index: Index) -> None:
    assert sorted(found(index, "minnesota")) == ["ada-okafor", "carmen-diaz"]


def test_a_name_match_outranks_a_bio_only_match(index: Index) -> None:
    results = index.search("okafor")
    assert [r["ref"] for r in results] == ["ada-okafor", "ben-cho"]
    assert results[0]["score"] > results[1]["score"]


def test_an_area_match_outranks_a_bio_only_match() -> None:
    helper = mentor("eve", "Eve Ng", mentoring_areas=("negotiation",))
    writer = mentor("fay", "Fay Oduya", bio="I once read a book about salary negotiation and other things entirely.")
    head, shards = build_index(documents([writer, helper]))
    built = Index.load(assemble(head["index"], shards.values()))
    assert found(built, "negotiation") == ["eve", "fay"]


# --- filter records --------------------------------------------------------------------

@pytest.fixture(scope="module")
def records() -> dict:
    return build_records(MENTORS, build_facets(MENTORS, VOCABULARY, slugify), slugify)


def test_records_list_every_mentor_once_in_the_given_order(records: dict) -> None:
    assert [m["slug"] for m in records["mentors"]] == ["ada-okafor", "ben-cho", "carmen-diaz"]
    assert [m["name"] for m in records["mentors"]] == ["Ada Okafor", "Ben Cho", "Carmen Díaz"]


def test_records_are_json_serialisable_with_a_version(records: dict) -> None:
    assert records["version"] == 1
    assert json.loads(json.dumps(records, ensure_ascii=False)) == records


def test_records_carry_the_review_date(records: dict) -> None:
    assert records["mentors"][0]["reviewed"] == "2026-01-31"


def test_records_carry_each_mentors_facet_values(records: dict) -> None:
    ada = records["mentors"][0]["facets"]
    assert ada["area"] == ["tenure", "leadership"]
    assert ada["library-type"] == ["academic"]
    assert ada["function"] == ["data-services"]
    assert ada["mode"] == ["video"]
    assert ada["region"] == ["minnesota"]
    assert ada["country"] == ["united-states"]
    assert ada["timezone"] == ["america-chicago"]
    assert ada["language"] == ["english", "igbo"]


def test_records_carry_availability_for_every_mentor(records: dict) -> None:
    assert [m["facets"]["availability"] for m in records["mentors"]] == [["accepting"], ["not-accepting"], ["accepting"]]


def test_records_leave_out_facets_a_mentor_has_no_value_for(records: dict) -> None:
    ben = records["mentors"][1]["facets"]
    assert "region" not in ben and "timezone" not in ben and "function" not in ben and "stage" not in ben


def test_identities_appear_only_for_mentors_who_wrote_them(records: dict) -> None:
    assert [m["facets"].get("identity") for m in records["mentors"]] == [["first-generation"], None, ["lgbtq", "latina"]]


def test_records_list_the_facet_terms_with_labels(records: dict) -> None:
    by_key = {f["key"]: f for f in records["facets"]}
    assert by_key["availability"]["terms"] == [["accepting", "Accepting new mentees"], ["not-accepting", "Not taking new mentees now"]]
    assert ["tenure", "Tenure and promotion"] in by_key["area"]["terms"]
    assert by_key["identity"]["terms"] == [["first-generation", "first-generation"], ["latina", "Latina"], ["lgbtq", "LGBTQ+"]]


def test_records_give_the_planner_capacity_and_utc_offset_only_where_a_profile_has_them() -> None:
    full = mentor("dee", "Dee", capacity=0, timezone="Asia/Kolkata")
    records = build_records([ADA, full], build_facets([ADA, full], VOCABULARY, slugify), slugify)
    ada, dee = records["mentors"]
    assert "capacity" not in ada and ada["utc"] == -6 * 60 and ada["zone"] == "America/Chicago"
    assert dee["capacity"] == 0 and dee["utc"] == 5 * 60 + 30 and dee["zone"] == "Asia/Kolkata"


def test_records_do_not_carry_contact_details() -> None:
    records = build_records([ADA], build_facets([ADA], VOCABULARY, slugify), slugify)
    assert "ada-okafor@example.org" not in json.dumps(records)


def test_a_removed_mentor_is_in_neither_the_index_nor_the_records() -> None:
    remaining = [ADA, CARMEN]
    records = build_records(remaining, build_facets(remaining, VOCABULARY, slugify), slugify)
    built = json.dumps(build_index(documents(remaining)))
    assert "ben-cho" not in json.dumps(records) and "ben-cho" not in built and "Korean".lower() not in built.lower()


def test_the_index_holds_exactly_what_lunrs_default_pipeline_makes_of_our_words() -> None:
    """The build remembers each word's stem instead of running lunr's pipeline on every token:
    the index must be the one lunr itself builds from the same words (search_text.words)."""
    documents = [index_document(m, VOCABULARY, render_bio(m.bio)) for m in (ADA, BEN)]
    documents[0]["details"] += " state-of-the-art\xa0archives, Cataloging. The C# and .NET"
    documents[1]["about"] = "Cataloging, cataloguing and the catalogs"
    head, shards = build_index(documents)
    split = [{"slug": d["slug"], **{n: words(d[n]) for n, _ in INDEX_FIELDS}} for d in documents]
    plain = lunr.lunr(ref="slug", fields=[{"field_name": n, "boost": b} for n, b in INDEX_FIELDS], documents=split)
    plain_head, plain_shards = shard(plain.serialize())
    assert assemble(head["index"], shards.values()) == assemble(plain_head, plain_shards.values())
    assert {"csharp", "dotnet", "stateoftheart", "catalog"} <= set(head["index"]["tokens"])


def test_records_say_who_is_not_accepting_even_when_the_availability_filter_is_not_offered() -> None:
    paused = mentor("dee", "Dee", accepting_mentees=False)
    only_areas = [f for f in build_facets([ADA, paused], VOCABULARY, slugify) if f.definition.key == "area"]
    records = build_records([ADA, paused], only_areas, slugify)
    ada, dee = records["mentors"]
    assert "availability" not in dee["facets"]
    assert "accepting" not in ada and dee["accepting"] is False
