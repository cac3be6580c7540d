"""A mentor as the templates see them: the profile's fields plus its address, safe bio HTML,
photo address, facet links and freshness, worked out once per build rather than in templates."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup

from ..profiles.profile import Profile
from .emails import encode_email, spoken_email
from .facets import Facet, Slugify, mentor_values
from .freshness import Freshness


@dataclass(frozen=True)
class TermLink:
    value: str
    label: str
    url: str | None  # None for a facet the program does not show: the value is plain text


@dataclass
class Mentor:
    """A profile as the templates see it: the data plus its URL, safe bio and facet links."""

    profile: Profile
    url: str
    bio_html: Markup
    photo_url: str | None
    links: dict[str, list[TermLink]] = field(default_factory=dict)
    freshness: str = "current"
    email_code: str | None = None
    email_spoken: str | None = None

    def __post_init__(self) -> None:
        # Templates read profile fields on every card and page; as plain attributes they skip
        # the __getattr__ fallback, which the build otherwise called about a million times.
        for name, value in (*vars(self.profile).items(), *self.profile.more.items()):
            self.__dict__.setdefault(name, value)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.profile, name)


def mentor_view(profile: Profile, every_facet: dict[str, Facet], slugify: Slugify, *, url: str,
                bio_html: str, photo_url: str | None, freshness: Freshness) -> Mentor:
    """The profile with a link for each facet term it has (plain text where the facet is not shown)."""
    email = profile.contact.email
    links = {
        key: [
            TermLink(value, _shown(facet, profile, value, label), facet.term(value).url or None)
            for value, label in mentor_values(facet.definition, profile, slugify)
        ]
        for key, facet in every_facet.items()
    }
    return Mentor(
        profile=profile,
        url=url,
        bio_html=Markup(bio_html),
        photo_url=photo_url,
        links=links,
        freshness=freshness.value,
        email_code=encode_email(email) if email else None,
        email_spoken=spoken_email(email) if email else None,
    )


# Facets whose terms mentors write themselves: on their own page, their words as written.
OWN_WORDS = frozenset({"identity", "region", "country", "language"})


def _shown(facet: Facet, profile: Profile, value: str, label: str) -> str:
    """A term as this mentor's page shows it: a vocabulary, group or ISO name, or their own words.

    The shared label of a free-text term (see facets.shared_label) is for lists of many
    mentors; a mentor's own page never shows someone else's spelling of their words.
    """
    key = facet.definition.key
    if key not in OWN_WORDS or (key == "identity" and value in profile.identity_groups):
        return facet.term(value).label
    return label
