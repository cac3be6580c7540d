"""The search index (lunr.py, read by lunr.js in the browser) and the compact filter records.

Both are versioned JSON files: the index is fetched only when a mentee starts typing;
the records are what the browser counts and filters on.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import lunr

from .facets import FACETS, mentor_values, timezone_label
from .markup import plain_text
from .profile import Profile
from .vocabulary import Vocabulary

FORMAT_VERSION = 1

# Boosts: a mentee typing a name or a need should see that mentor first; bios are long
# and would otherwise drown the short, precise fields.
INDEX_FIELDS = (
    ("name", 10),
    ("areas", 6),
    ("functions", 3),
    ("role", 3),
    ("library", 2),
    ("place", 2),
    ("languages", 2),
    ("about", 1),
)


def index_document(profile: Profile, vocabulary: Vocabulary, bio_html: str) -> dict[str, str]:
    """One flat document per mentor; list fields are joined so multi-word terms match.

    Identities are left out on purpose: they are never used for ranking. A mentee who wants
    them uses the identity filter, which is an explicit choice.
    """
    def labels(key: str, ids: tuple[str, ...]) -> str:
        return " ".join(vocabulary.label(key, i) for i in ids)

    about = [profile.motivation, profile.support, profile.experience, profile.ideal_mentee, profile.interests]
    return {
        "slug": profile.slug,
        "name": profile.name,
        "areas": labels("mentoring_areas", profile.mentoring_areas),
        "functions": labels("functional_areas", profile.functional_areas),
        "role": f"{profile.title} {profile.organization}",
        "library": vocabulary.label("library_type", profile.library_type),
        "place": " ".join(filter(None, [profile.location.display(), profile.timezone])),
        "languages": " ".join(profile.languages),
        "about": " ".join(filter(None, about + [plain_text(bio_html)])),
    }


def build_index(documents: list[dict[str, str]]) -> dict[str, Any]:
    index = lunr.lunr(
        ref="slug",
        fields=[{"field_name": name, "boost": boost} for name, boost in INDEX_FIELDS],
        documents=documents,
    )
    return {"version": FORMAT_VERSION, "lunr": lunr.__TARGET_JS_VERSION__, "index": index.serialize()}


def build_records(profiles: list[Profile], facets: list, slugify: Callable[[str], str]) -> dict[str, Any]:
    """What the browser needs to filter, count and sort cards that are already on the page,
    and what the mentee's planner needs to warn and rank: capacity and UTC offset. Contact
    details stay on each mentor's own page, so the site never publishes one list of addresses.
    """
    return {
        "version": FORMAT_VERSION,
        "facets": [
            {"key": f.definition.key, "label": f.definition.label, "terms": [[t.value, t.label] for t in f.terms]}
            for f in facets
        ],
        "mentors": [
            {
                "slug": p.slug,
                "name": p.name,
                "reviewed": p.last_reviewed.isoformat(),
                "facets": {
                    d.key: [value for value, _ in values]
                    for d in FACETS
                    if (values := mentor_values(d, p, slugify))
                },
                **planner_fields(p),
            }
            for p in profiles
        ],
    }


def planner_fields(profile: Profile) -> dict[str, Any]:
    """Only the keys a profile has, so the records stay small."""
    fields: dict[str, Any] = {}
    if profile.capacity is not None:
        fields["capacity"] = profile.capacity
    if profile.timezone:
        fields["utc"] = timezone_label(profile.timezone)[1]
    return fields
