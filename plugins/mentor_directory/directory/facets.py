"""Facets: the ways a mentee can narrow the directory, and which mentors fall under each term.

The same facet table drives the filter panel, the browse pages that work without
JavaScript, and the records the browser filters on.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from zoneinfo import ZoneInfo

from ..profiles.profile import Profile
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
    """(value, label) pairs a mentor has for a facet; labels of free text are as written."""
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
    texts = {
        "region": [profile.location.region] if profile.location.region else [],
        "country": [profile.location.country] if profile.location.country else [],
        "language": list(profile.languages),
        "identity": list(profile.identities),
    }[key]
    return [(value, text) for text in texts if (value := slugify(text))]


def build_facets(profiles: list[Profile], vocabulary: Vocabulary, slugify: Slugify,
                 hidden: frozenset[str] = frozenset()) -> list[Facet]:
    """Every facet with its terms in display order and the mentors under each term.

    Mentors whose slug is in ``hidden`` still give their terms a page to link to, but are
    not listed under them.
    """
    facets = []
    for definition in FACETS:
        terms: dict[str, FacetTerm] = {}
        if definition.vocabulary:
            for position, term in enumerate(vocabulary.terms(definition.vocabulary)):
                terms[term.id] = FacetTerm(term.id, term.label, term.description, (position,))
        elif definition.key == "availability":
            for position, (value, label) in enumerate(AVAILABILITY_LABELS.items()):
                terms[value] = FacetTerm(value, label, sort_key=(position,))
        for profile in profiles:
            for value, label in mentor_values(definition, profile, slugify):
                if value not in terms:
                    terms[value] = _free_term(definition, value, label)
                if profile.slug not in hidden:
                    terms[value].mentors.append(profile)
        facets.append(Facet(definition, sorted(terms.values(), key=lambda t: t.sort_key)))
    return facets


def _free_term(definition: FacetDefinition, value: str, label: str) -> FacetTerm:
    if definition.key == "timezone":
        shown, minutes = timezone_label(label)
        return FacetTerm(value, shown, sort_key=(minutes, label))
    # The slug is the label without accents, so "Île-de-France" sorts with the other I's.
    return FacetTerm(value, label, sort_key=(value, label))
