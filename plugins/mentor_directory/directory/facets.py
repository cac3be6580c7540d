"""Facets: the ways a mentee can narrow the directory, and which mentors fall under each term.

The same facet table drives the filter panel, the browse pages that work without
JavaScript, and the records the browser filters on.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import cached_property
from zoneinfo import ZoneInfo

from ..profiles import places_and_languages
from ..profiles.profile import Profile
from ..profiles.text_folding import fold
from ..profiles.vocabulary import Vocabulary

Slugify = Callable[[str], str]

# Offsets are read on one fixed day so that builds are reproducible whatever the season.
OFFSET_REFERENCE = datetime(2026, 1, 15, 12, 0)


@dataclass(frozen=True)
class FacetDefinition:
    key: str
    path: str
    label: str
    vocabulary: str | None = None
    hint: str = ""


FACETS: tuple[FacetDefinition, ...] = (
    FacetDefinition("area", "areas", "Help with", "mentoring_areas"),
    FacetDefinition("availability", "availability", "Availability"),
    FacetDefinition("library-type", "library-types", "Library type", "library_type"),
    FacetDefinition("function", "functional-areas", "Library work", "functional_areas"),
    FacetDefinition("mode", "meeting-modes", "How to meet", "meeting_modes"),
    FacetDefinition("format", "formats", "Kind of mentoring", "formats"),
    FacetDefinition("stage", "career-stages", "Mentor's career stage", "career_stage"),
    FacetDefinition("region", "regions", "Region"),
    FacetDefinition("country", "countries", "Country"),
    FacetDefinition("timezone", "time-zones", "Time zone"),
    FacetDefinition("language", "languages", "Language"),
    FacetDefinition(
        "identity", "identities", "Identity",
        hint="Only mentors who chose to share this appear here, in their own words.",
    ),
)
FACETS_BY_KEY = {f.key: f for f in FACETS}
ACCEPTING, NOT_ACCEPTING = "accepting", "not-accepting"
AVAILABILITY_LABELS = {ACCEPTING: "Accepting new mentees", NOT_ACCEPTING: "Not taking new mentees now"}


@dataclass
class FacetTerm:
    value: str
    label: str
    description: str = ""
    sort_key: tuple = ()
    mentors: list[Profile] = field(default_factory=list)
    url: str = ""
    # The vocabulary's other words for the term, shown as a hint beside its filter.
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Facet:
    definition: FacetDefinition
    terms: list[FacetTerm]

    @cached_property
    def _by_value(self) -> dict[str, FacetTerm]:
        return {t.value: t for t in self.terms}

    def term(self, value: str) -> FacetTerm:
        return self._by_value[value]


def timezone_label(name: str) -> tuple[str, int]:
    """'America/Chicago (UTC−6)' and the offset in minutes, for sorting west to east."""
    offset = ZoneInfo(name).utcoffset(OFFSET_REFERENCE)
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "\u2212"
    hours, rest = divmod(abs(minutes), 60)
    text = f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")
    return f"{name.replace('_', ' ')} ({text})", minutes


def mentor_values(definition: FacetDefinition, profile: Profile, slugify: Slugify) -> list[tuple[str, str]]:
    """(value, label) pairs a mentor has for a facet.

    Countries and languages are their ISO names ("USA" and "United States" are one value);
    identities are the umbrella groups the mentor opted into (by id) and then their own
    words, as written; other free text is as written.
    """
    key = definition.key
    if definition.vocabulary:
        raw = getattr(profile, definition.vocabulary)
        ids: Iterable[str] = raw if isinstance(raw, tuple) else ([raw] if raw else [])
        return [(term_id, term_id) for term_id in ids]
    if key == "availability":
        value = ACCEPTING if profile.accepting_mentees else NOT_ACCEPTING
        return [(value, AVAILABILITY_LABELS[value])]
    if key == "timezone":
        # "America/Chicago" -> "america-chicago": the slash must not vanish into "americachicago".
        return [(slugify(profile.timezone.replace("/", " ")), profile.timezone)] if profile.timezone else []
    if key == "country":
        return _canonical([profile.location.country] if profile.location.country else [], places_and_languages.country, slugify)
    if key == "language":
        return _canonical(list(profile.languages), places_and_languages.language, slugify)
    if key == "identity":
        pairs = [(group, group) for group in profile.identity_groups]
        pairs += [(value, text) for text in profile.identities if (value := slugify(text))]
        return list(dict(pairs).items())
    texts = [profile.location.region] if key == "region" and profile.location.region else []
    return [(value, text) for text in texts if (value := slugify(text))]


def program_facets(vocabulary: Vocabulary) -> tuple[FacetDefinition, ...]:
    """The facet table in the program's words: headings it renamed in the vocabulary's `program:`
    section, and no facet for a vocabulary list it left out."""
    program = vocabulary.program
    return tuple(replace(d, label=program.facet_label(d.key, d.label))
                 for d in FACETS if d.vocabulary is None or d.vocabulary in vocabulary.lists)


def _canonical(texts: list[str], lookup: Callable[[str], places_and_languages.Canonical | None],
               slugify: Slugify) -> list[tuple[str, str]]:
    pairs = []
    for text in texts:
        known = lookup(text)
        pair = (known.value, known.name) if known else (slugify(text), text)
        if pair[0] and pair[0] not in (p[0] for p in pairs):
            pairs.append(pair)
    return pairs


def shared_label(spellings: Counter[str]) -> str:
    """The label of a free-text term several profiles use, which no one profile decides.

    The spelling most profiles use, if most of them use it; otherwise (a tie, or no
    majority) the neutral folded form, so a newcomer's spelling never relabels the others.
    A term only one spelling uses keeps it.
    """
    (top, count), = spellings.most_common(1)
    total = sum(spellings.values())
    if len(spellings) == 1 or count * 2 > total:
        return top
    return " ".join(fold(top).split())


def build_facets(profiles: list[Profile], vocabulary: Vocabulary, slugify: Slugify,
                 hidden: frozenset[str] = frozenset()) -> list[Facet]:
    """Every facet with its terms in display order and the mentors under each term.

    Mentors whose slug is in ``hidden`` still give their terms a page to link to, but are
    not listed under them.
    """
    facets = []
    for definition in program_facets(vocabulary):
        terms: dict[str, FacetTerm] = {}
        if definition.vocabulary:
            for position, term in enumerate(vocabulary.terms(definition.vocabulary)):
                terms[term.id] = FacetTerm(term.id, term.label, term.description, (position,), aliases=term.aliases)
        elif definition.key == "availability":
            for position, (value, label) in enumerate(AVAILABILITY_LABELS.items()):
                terms[value] = FacetTerm(value, label, sort_key=(position,))
        groups = {t.id: (position, t) for position, t in enumerate(vocabulary.terms("identity_groups"))}
        spellings: dict[str, Counter[str]] = {}
        for profile in profiles:
            for value, label in mentor_values(definition, profile, slugify):
                if value not in terms and definition.key == "identity" and value in profile.identity_groups:
                    position, group = groups[value]  # a group appears once someone opts in
                    terms[value] = FacetTerm(group.id, group.label, group.description, (0, position), aliases=group.aliases)
                elif value not in terms:
                    terms[value] = _free_term(definition, value, label)
                    spellings[value] = Counter()
                if value in spellings:
                    spellings[value][label] += 1
                if profile.slug not in hidden:
                    terms[value].mentors.append(profile)
        if definition.key != "timezone":
            for value, counted in spellings.items():
                terms[value].label = shared_label(counted)
        facets.append(Facet(definition, sorted(terms.values(), key=lambda t: t.sort_key)))
    return facets


def _free_term(definition: FacetDefinition, value: str, label: str) -> FacetTerm:
    if definition.key == "timezone":
        shown, minutes = timezone_label(label)
        return FacetTerm(value, shown, sort_key=(minutes, label))
    # The slug is the label without accents, so "Île-de-France" sorts with the other I's;
    # an identity's admin-defined groups come before mentors' own words.
    return FacetTerm(value, label, sort_key=(1, value) if definition.key == "identity" else (value,))
