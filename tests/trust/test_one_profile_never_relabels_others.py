"""Issue 15 item 1: one profile's spelling never changes the label shown for anyone else."""
from __future__ import annotations

from datetime import date

from builders import VOCABULARY
from mentor_directory.directory.facets import FACETS_BY_KEY, build_facets, mentor_values
from mentor_directory.directory.mentor_view import _shown
from mentor_directory.profiles.profile import Contact, Location, Profile
from mentor_directory.profiles.text_folding import slug


def mentor(name: str, **fields: object) -> Profile:
    base = dict(slug=slug(name), source=f"{slug(name)}.md", name=name, title="Librarian", organization="College",
                library_type="academic", mentoring_areas=("job-search",), meeting_modes=("video",),
                contact=Contact(email="a@example.org"), accepting_mentees=True, last_reviewed=date(2026, 1, 31))
    base.update(fields)
    return Profile(**base)  # type: ignore[arg-type]


def labels(profiles: list[Profile], key: str) -> dict[str, str]:
    facet = next(f for f in build_facets(profiles, VOCABULARY, slug) if f.definition.key == key)
    return {t.value: t.label for t in facet.terms}


def test_a_clown_language_does_not_relabel_english() -> None:
    people = [mentor("Aa Zed", languages=("English",)), mentor("Zz Top", languages=("English 🤡",))]
    assert labels(people, "language") == {"english": "English"}


def test_usa_us_and_united_states_are_one_country_with_its_standard_name() -> None:
    people = [mentor("A B", location=Location(country="USA")), mentor("C D", location=Location(country="US")),
              mentor("E F", location=Location(country="United States of America"))]
    assert labels(people, "country") == {"united-states": "United States"}


def test_a_newcomers_spelling_of_a_shared_identity_never_becomes_the_label() -> None:
    people = [mentor("A B", identities=("Indigenous",)), mentor("C D", identities=("Indigenous",)),
              mentor("Aaa Early", identities=("indigenous 🤡",))]
    assert labels(people, "identity") == {"indigenous": "Indigenous"}


def test_each_mentor_page_shows_their_own_words() -> None:
    own = mentor("Aaa Early", identities=("indigenous 🤡",))
    other = mentor("C D", identities=("Indigenous",))
    facets = {f.definition.key: f for f in build_facets([own, other], VOCABULARY, slug)}
    facet = facets["identity"]
    for person, words in ((own, "indigenous 🤡"), (other, "Indigenous")):
        (value, label), = mentor_values(FACETS_BY_KEY["identity"], person, slug)
        assert _shown(facet, person, value, label) == words


def test_identity_groups_hold_only_mentors_who_opted_in() -> None:
    people = [mentor("A B", identities=("BIPOC",)), mentor("C D", identities=("Black",), identity_groups=("bipoc",)),
              mentor("E F", identities=("Indigenous",))]
    facet = next(f for f in build_facets(people, VOCABULARY, slug) if f.definition.key == "identity")
    members = {t.value: [p.name for p in t.mentors] for t in facet.terms}
    assert members["bipoc"] == ["A B", "C D"]  # wrote it, or opted in; "Indigenous" is never put in it
    assert members["indigenous"] == ["E F"]
