"""Machine-readable copies of the directory: mentors.json, a CSV for spreadsheets, and the sitemap.

Exports carry only what a mentor's public page shows, minus what harvesters or onward
sharing could misuse: email addresses, identities and GitHub handles never leave the site
in bulk. Only listed mentors are exported; a hidden or deleted profile is in none of them.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import Any
from xml.sax.saxutils import escape

from ..profiles.fields import CONTACT_FIELDS, PROFILE_FIELDS
from ..profiles.profile import DECLARED, Profile
from ..profiles.vocabulary import Vocabulary

EXPORT_VERSION = 1
# Named in the field table: the fields a mentor's page may show but no bulk export carries.
PRIVATE_FIELDS = frozenset(
    [f.name for f in PROFILE_FIELDS if f.private] + [f"contact.{f.name}" for f in CONTACT_FIELDS if f.private]
)
# Fields the table adds without an attribute of their own (Profile.more) follow the named ones.
UNDECLARED_PUBLIC = tuple(f.name for f in PROFILE_FIELDS if f.name not in DECLARED and not f.private)
CSV_COLUMNS = (
    "name", "pronouns", "title", "organization", "library_type", "mentoring_areas", "functional_areas",
    "meeting_modes", "formats", "career_stage", "city", "region", "country", "timezone", "languages",
    "accepting_mentees", "capacity", "hours_per_month", "last_reviewed", "contact_url", "profile_url",
    *UNDECLARED_PUBLIC,
)


def public_record(profile: Profile, vocabulary: Vocabulary, profile_url: str) -> dict[str, Any]:
    """One mentor's public facts, with vocabulary ids turned into the labels people read."""
    def labels(key: str, ids: Iterable[str]) -> list[str]:
        return [vocabulary.label(key, i) for i in ids]

    return {
        "slug": profile.slug,
        "name": profile.name,
        "pronouns": profile.pronouns,
        "title": profile.title,
        "organization": profile.organization,
        "library_type": vocabulary.label("library_type", profile.library_type),
        "mentoring_areas": labels("mentoring_areas", profile.mentoring_areas),
        "functional_areas": labels("functional_areas", profile.functional_areas),
        "meeting_modes": labels("meeting_modes", profile.meeting_modes),
        "formats": labels("formats", profile.formats),
        "career_stage": vocabulary.label("career_stage", profile.career_stage) if profile.career_stage else None,
        "city": profile.location.city,
        "region": profile.location.region,
        "country": profile.location.country,
        "timezone": profile.timezone,
        "languages": list(profile.languages),
        "accepting_mentees": profile.accepting_mentees,
        "capacity": profile.capacity,
        "hours_per_month": profile.hours_per_month,
        "last_reviewed": profile.last_reviewed.isoformat(),
        "contact_url": profile.contact.url,
        "profile_url": profile_url,
        **{name: profile.more.get(name) for name in UNDECLARED_PUBLIC},
    }


def mentors_json(records: list[dict[str, Any]]) -> dict[str, Any]:
    return {"version": EXPORT_VERSION, "mentors": records}


def mentors_csv(records: list[dict[str, Any]]) -> str:
    """One row per mentor; lists joined with '; ' so a spreadsheet keeps them in one cell."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for record in records:
        writer.writerow([_cell(record[column]) for column in CSV_COLUMNS])
    return out.getvalue()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        value = "; ".join(value)
    elif isinstance(value, bool):
        value = "yes" if value else "no"
    elif isinstance(value, float):
        value = f"{value:g}"
    text = str(value)
    # A cell starting with these is run as a formula by spreadsheet programs.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def sitemap(urls: Iterable[str]) -> str:
    """A sitemap of absolute page addresses; written only when the program allows indexing."""
    entries = "".join(f"  <url><loc>{escape(url)}</loc></url>\n" for url in urls)
    return ('<?xml version="1.0" encoding="utf-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + entries + "</urlset>\n")


def robots(sitemap_url: str) -> str:
    return f"User-agent: *\nAllow: /\nSitemap: {sitemap_url}\n"
