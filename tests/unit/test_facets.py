"""Facets: the ways a mentee narrows the directory, with each term's mentors, in a sensible order."""
from __future__ import annotations

import functools
from datetime import date
from pathlib import Path

from pelican.settings import DEFAULT_CONFIG
from pelican.utils import slugify as pelican_slugify

from builders import VOCABULARY, load_folder, plus
from mentor_directory.directory.facets import FACETS, Facet, build_facets, timezone_label
from mentor_directory.profiles.profile import Contact, Location, Profile

slugify = functools.partial(pelican_slugify, regex_subs=DEFAULT_CONFIG["SLUG_REGEX_SUBSTITUTIONS"])


def mentor(slug: str, **fields: object) -> Profile:
    base = dict(
        slug=slug, source=f"{slug}.md", name=slug.title(), title="Librarian", organization="Lakeview College",
        library_type="academic", mentoring_areas=("tenure",), meeting_modes=("video",),
        contact=Contact(email=f"{slug}@example.org"), accepting_mentees=True, last_reviewed=date(2026, 1, 31),
    )
    base.update(fields)
    return Profile(**base)  # type: ignore[arg-type]


def facet(profiles: list[Profile], key: str) -> Facet:
    return next(f for f in build_facets(profiles, VOCABULARY, slugify) if f.definition.key == key)


def counts(found: Facet) -> dict[str, int]:
    return {t.value: len(t.mentors) for t in found.terms}


def slugs(found: Facet, value: str) -> list[str]:
    return [p.slug for p in found.term(value).mentors]


# --- vocabulary facets -----------------------------------------------------------------

def test_every_facet_is_built_in_the_defined_order() -> None:
    assert [f.definition.key for f in build_facets([], VOCABULARY, slugify)] == [f.key for f in FACETS] == [
        "area", "availability", "library-type", "function", "mode", "format", "stage",
        "region", "country", "timezone", "language", "identity",
    ]


def test_an_area_facet_counts_the_mentors_under_each_term() -> None:
    found = facet([
        mentor("ada", mentoring_areas=("tenure", "leadership")),
        mentor("ben", mentoring_areas=("leadership",)),
        mentor("cy", mentoring_areas=("grants",)),
    ], "area")
    assert (counts(found)["tenure"], counts(found)["leadership"], counts(found)["grants"], counts(found)["negotiation"]) == (1, 2, 1, 0)
    assert slugs(found, "leadership") == ["ada", "ben"]


def test_vocabulary_facets_keep_the_vocabulary_order_and_labels() -> None:
    found = facet([mentor("ada", mentoring_areas=("negotiation", "scholarship"))], "area")
    assert [t.value for t in found.terms] == [t.id for t in VOCABULARY.terms("mentoring_areas")]
    assert [t.label for t in found.terms][:3] == ["Scholarship and research", "Tenure and promotion", "Leadership"]
    assert found.term("tenure").description == "Dossiers, review timelines, and making the case for your work."


def test_a_single_term_field_such_as_career_stage_is_a_facet_too() -> None:
    found = facet([mentor("ada", career_stage="senior"), mentor("ben")], "stage")
    assert counts(found) == {"early": 0, "mid": 0, "senior": 1}


def test_library_type_counts_each_mentor_once() -> None:
    found = facet([mentor("ada"), mentor("ben", library_type="public")], "library-type")
    assert (counts(found)["academic"], counts(found)["public"], counts(found)["school"]) == (1, 1, 0)


# --- free-text facets ------------------------------------------------------------------

def test_regions_written_in_different_case_are_one_term_labelled_as_most_profiles_write_it() -> None:
    found = facet([
        mentor("ada", location=Location(region="MINNESOTA")),
        mentor("ben", location=Location(region="Minnesota")),
        mentor("cy", location=Location(region="Minnesota")),
    ], "region")
    assert [(t.value, t.label, len(t.mentors)) for t in found.terms] == [("minnesota", "Minnesota", 3)]


def test_a_tie_between_spellings_gets_the_neutral_folded_label_so_no_one_profile_decides() -> None:
    found = facet([
        mentor("ada", location=Location(region="Minnesota")),
        mentor("ben", location=Location(region="minnesota")),
        mentor("cy", location=Location(region="MINNESOTA")),
    ], "region")
    assert [(t.value, t.label, len(t.mentors)) for t in found.terms] == [("minnesota", "minnesota", 3)]


def test_free_text_terms_sort_alphabetically_ignoring_case() -> None:
    found = facet([
        mentor("ada", location=Location(region="ontario")),
        mentor("ben", location=Location(region="British Columbia")),
        mentor("cy", location=Location(region="Quebec")),
    ], "region")
    assert [t.label for t in found.terms] == ["British Columbia", "ontario", "Quebec"]


def test_free_text_terms_with_accented_initials_sort_among_their_letter() -> None:
    # A mentee scanning regions for "Île-de-France" looks among the I's, not after Z.
    found = facet([
        mentor("ada", location=Location(region="Ontario")),
        mentor("ben", location=Location(region="Illinois")),
        mentor("cy", location=Location(region="Île-de-France")),
        mentor("di", location=Location(region="Zurich")),
    ], "region")
    assert [t.label for t in found.terms] == ["Île-de-France", "Illinois", "Ontario", "Zurich"]


def test_languages_written_in_different_case_are_one_term() -> None:
    found = facet([mentor("ada", languages=("English", "Igbo")), mentor("ben", languages=("english",))], "language")
    assert counts(found) == {"english": 2, "igbo": 1}
    assert found.term("english").label == "English"


def test_a_language_written_twice_in_different_case_never_counts_a_mentor_twice(tmp_path: Path) -> None:
    result = load_folder(tmp_path, {"ada-okafor.yaml": plus("languages: [English, english]")})
    if result.problems:
        assert [p.as_text().split(": error: ")[0] for p in result.problems] == ["ada-okafor.yaml:11:22"]
    else:
        assert counts(facet(result.profiles, "language")) == {"english": 1}


def test_countries_are_a_facet_of_their_own() -> None:
    found = facet([mentor("ada", location=Location(country="Canada")), mentor("ben")], "country")
    assert [(t.value, t.label, slugs(found, t.value)) for t in found.terms] == [("canada", "Canada", ["ada"])]


def test_identities_list_only_mentors_who_shared_them_in_their_own_words() -> None:
    found = facet([mentor("ada", identities=("LGBTQ+",)), mentor("ben")], "identity")
    assert [(t.value, t.label, slugs(found, t.value)) for t in found.terms] == [("lgbtq", "LGBTQ+", ["ada"])]
    assert found.definition.hint.startswith("Only mentors who chose to share this appear here")


def test_a_text_that_slugifies_to_nothing_is_left_out() -> None:
    assert facet([mentor("ada", identities=("+++",))], "identity").terms == []


# --- time zones ------------------------------------------------------------------------

def test_a_time_zone_label_carries_its_utc_offset() -> None:
    assert timezone_label("America/Chicago") == ("America/Chicago (UTC\u22126)", -360)
    assert timezone_label("Asia/Kolkata") == ("Asia/Kolkata (UTC+5:30)", 330)
    assert timezone_label("Europe/Dublin") == ("Europe/Dublin (UTC+0)", 0)
    assert timezone_label("America/Los_Angeles") == ("America/Los Angeles (UTC\u22128)", -480)


def test_time_zone_offsets_are_read_on_a_fixed_winter_day_for_reproducible_builds() -> None:
    assert timezone_label("Australia/Sydney") == ("Australia/Sydney (UTC+11)", 660)
    assert timezone_label("America/St_Johns")[1] == -210


def test_time_zones_sort_from_west_to_east() -> None:
    zones = ["Asia/Kolkata", "Europe/Dublin", "Pacific/Honolulu", "America/Chicago", "Australia/Sydney", "America/New_York"]
    found = facet([mentor(f"m{i}", timezone=zone) for i, zone in enumerate(zones)], "timezone")
    assert [t.label for t in found.terms] == [
        "Pacific/Honolulu (UTC\u221210)",
        "America/Chicago (UTC\u22126)",
        "America/New York (UTC\u22125)",
        "Europe/Dublin (UTC+0)",
        "Asia/Kolkata (UTC+5:30)",
        "Australia/Sydney (UTC+11)",
    ]


def test_a_time_zone_value_keeps_the_slash_as_a_hyphen() -> None:
    found = facet([mentor("ada", timezone="America/Chicago"), mentor("ben", timezone="America/Chicago")], "timezone")
    assert [(t.value, len(t.mentors)) for t in found.terms] == [("america-chicago", 2)]


# --- availability ----------------------------------------------------------------------

def test_availability_splits_accepting_from_not_accepting() -> None:
    found = facet([mentor("ada"), mentor("ben", accepting_mentees=False), mentor("cy")], "availability")
    assert [(t.value, t.label, slugs(found, t.value)) for t in found.terms] == [
        ("accepting", "Accepting new mentees", ["ada", "cy"]),
        ("not-accepting", "Not taking new mentees now", ["ben"]),
    ]


def test_availability_lists_both_terms_even_when_nobody_is_in_one() -> None:
    assert counts(facet([mentor("ada")], "availability")) == {"accepting": 1, "not-accepting": 0}
