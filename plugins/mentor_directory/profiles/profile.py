"""The validated mentor profile: plain data, the same for the build, the CLI and the tests."""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any

from .fields import FIELDS_BY_NAME


@dataclass(frozen=True)
class Contact:
    email: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Location:
    city: str | None = None
    region: str | None = None
    country: str | None = None

    def display(self) -> str:
        return ", ".join(part for part in (self.city, self.region, self.country) if part)


@dataclass(frozen=True)
class Profile:
    slug: str
    source: str
    name: str
    mentoring_areas: tuple[str, ...]
    contact: Contact
    accepting_mentees: bool
    last_reviewed: date
    # Required by default; a program may relax them in its vocabulary's `program:` section.
    title: str | None = None
    organization: str | None = None
    library_type: str | None = None
    meeting_modes: tuple[str, ...] = ()
    bio: str = ""
    pronouns: str | None = None
    functional_areas: tuple[str, ...] = ()
    location: Location = Location()
    timezone: str | None = None
    career_stage: str | None = None
    languages: tuple[str, ...] = ()
    bio_language: str | None = None
    capacity: int | None = None
    identities: tuple[str, ...] = ()
    identity_groups: tuple[str, ...] = ()
    github: str | None = None
    photo: str | None = None
    photo_alt: str | None = None
    motivation: str | None = None
    support: str | None = None
    experience: str | None = None
    interests: str | None = None
    ideal_mentee: str | None = None
    formats: tuple[str, ...] = ()
    hours_per_month: float | None = None
    mentees_now: int | None = None
    # Fields of the table that no code reads by name: a new optional field lands here, so
    # adding one to the table is enough for it to be validated, kept and shown.
    more: dict[str, Any] = field(default_factory=dict, hash=False)

    def __getattr__(self, name: str) -> Any:
        """A table field without an attribute of its own: its value in `more`, or None when not given."""
        if name in FIELDS_BY_NAME:
            return self.__dict__.get("more", {}).get(name)
        raise AttributeError(name)

    @property
    def open_places(self) -> int | None:
        """Places left for new mentees, when the mentor said how many they take at once."""
        if self.capacity is None:
            return None
        return max(self.capacity - (self.mentees_now or 0), 0)

    @property
    def taking_mentees(self) -> bool:
        """Accepting and with room: capacity 0, a full load or 0 hours a month all mean "not now"."""
        return self.accepting_mentees and self.open_places != 0 and self.hours_per_month != 0

    @property
    def role(self) -> str:
        """"Title, Organization", or whichever of the two the mentor gave."""
        return ", ".join(part for part in (self.title, self.organization) if part)

    @property
    def initials(self) -> str:
        """Up to two initials for the card when there is no photo."""
        words = [w for w in self.name.replace("-", " ").split() if w[:1].isalpha()]
        if not words:
            return self.name[:1].upper()
        picked = words[:1] + words[-1:] if len(words) > 1 else words
        return "".join(w[0].upper() for w in picked)


DECLARED = frozenset(f.name for f in fields(Profile))
