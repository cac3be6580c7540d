"""The directory as a mentee finds it: which profiles are listed, how current each is, the facets
over the listed ones, and where the program is thin.

The build and `mentor-directory stats`/`review` all start here, so a rule about what is listed
is written once: freshness first, then what it hides, then facets and coverage over the rest.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from ..profiles.profile import Profile
from ..profiles.vocabulary import Vocabulary
from .coverage import Coverage, coverage
from .facets import Facet, Slugify, build_facets
from .freshness import Freshness, FreshnessPolicy


@dataclass(frozen=True)
class Listing:
    profiles: list[Profile]           # every valid profile: a hidden one still has its page
    freshness: dict[str, Freshness]   # by slug
    every_facet: dict[str, Facet]     # by key, in the facet table's order: mentor pages link all
    facets: list[Facet]               # the ones the program shows, in its order

    @cached_property
    def hidden(self) -> frozenset[str]:
        return hidden_slugs(self.freshness)

    @cached_property
    def listed(self) -> list[Profile]:
        return [p for p in self.profiles if p.slug not in self.hidden]

    def due_for_review(self) -> list[Profile]:
        """Profiles that are out of date or hidden, oldest first: the ones to ask about."""
        return sorted((p for p in self.profiles if self.freshness[p.slug] is not Freshness.CURRENT),
                      key=lambda p: (p.last_reviewed, p.slug))

    def coverage(self, requests: Mapping[str, int] | None = None) -> Coverage:
        """Coverage of the shown facets; ``requests`` (need id -> count) when the program counts demand."""
        return coverage(self.profiles, self.facets, self.freshness, requests)


def list_directory(profiles: list[Profile], vocabulary: Vocabulary, policy: FreshnessPolicy, today: date,
                   slugify: Slugify, shown: Iterable[str] | None = None) -> Listing:
    """Judge every profile's freshness, then build the facets over the listed ones.

    ``shown`` is the program's facet keys in display order; None shows every facet.
    """
    freshness = {p.slug: policy.status(p.last_reviewed, today) for p in profiles}
    every_facet = {f.definition.key: f for f in build_facets(profiles, vocabulary, slugify, hidden_slugs(freshness))}
    facets = [every_facet[key] for key in (every_facet if shown is None else shown)]
    return Listing(profiles, freshness, every_facet, facets)


def hidden_slugs(freshness: dict[str, Freshness]) -> frozenset[str]:
    """Slugs left out of the listings for not being reviewed for too long."""
    return frozenset(slug for slug, status in freshness.items() if status is Freshness.EXPIRED)
