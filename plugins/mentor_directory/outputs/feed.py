"""An Atom feed of mentors, newest profile first, so a program can announce who joined.

Profiles carry no "joined" date, only ``last_reviewed``; a new profile is reviewed the day it
is written, so new mentors come first, followed by mentors who recently refreshed theirs.
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, time, timezone

from feedgenerator import Atom1Feed

from ..profiles.profile import Profile
from ..profiles.vocabulary import Vocabulary

FEED_ITEMS = 30


def mentors_feed(profiles: Iterable[Profile], vocabulary: Vocabulary, site_name: str, site_url: str,
                 feed_url: str, page_url: dict[str, str]) -> str:
    """The feed as UTF-8 text; deterministic for the same profiles, so builds stay reproducible."""
    newest = sorted(profiles, key=lambda p: (-p.last_reviewed.toordinal(), p.slug))[:FEED_ITEMS]
    feed = Atom1Feed(
        title=f"{site_name}: new and updated mentors",
        link=site_url or "/",
        description="Mentors who joined the directory or reviewed their profile recently.",
        feed_url=feed_url,
        language="en",
    )
    for profile in newest:
        areas = ", ".join(vocabulary.label("mentoring_areas", a) for a in profile.mentoring_areas)
        status = "Accepting new mentees." if profile.taking_mentees else "Not taking new mentees right now."
        reviewed = datetime.combine(profile.last_reviewed, time(0, 0), tzinfo=timezone.utc)
        url = page_url[profile.slug]
        feed.add_item(
            title=f"{profile.name}, {profile.title}",
            link=url,
            description=f"{profile.title}, {profile.organization}. Can help with: {areas}. {status}",
            unique_id=url,
            pubdate=reviewed,
            updateddate=reviewed,
        )
    return feed.writeString("utf-8")
