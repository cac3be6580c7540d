"""The search index (lunr.py, read by lunr.js in the browser) and the compact filter records.

Both are versioned JSON files: the index is fetched only when a mentee starts typing;
the records are what the browser counts and filters on. How text becomes terms is in
search_text.py, shared with the page.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import lunr
from lunr.index import Index
from lunr.pipeline import Pipeline
from lunr.token_set import TokenSet

from ..directory.facets import mentor_values, timezone_label
from ..profiles import places_and_languages
from ..profiles.markup import plain_text
from ..profiles.profile import Profile
from ..profiles.text_folding import fold, folding_table
from ..profiles.vocabulary import Vocabulary
from .index_format import shard
from .search_text import SPELLINGS, Terms

FORMAT_VERSION = 4   # of the search index; 3: full text, our tokenizer, folding and hints; 4: shards
RECORDS_VERSION = 1

# Boosts: a mentee typing a name or a need should see that mentor first; bios are long
# and would otherwise drown the short, precise fields.
INDEX_FIELDS = (
    ("name", 10),
    ("topics", 6),    # mentoring and functional areas
    ("aliases", 2),   # the admins' other words for the mentor's terms ("dossier" for tenure)
    ("details", 3),   # everything else a card or page shows: role, place, languages, ...
    ("about", 1),     # the full bio and the long answers
)
# Vocabulary lists whose terms (and aliases) a mentor is found by, with the facet they filter.
TERM_LISTS = (
    ("mentoring_areas", "area"), ("functional_areas", "function"), ("library_type", "library-type"),
    ("meeting_modes", "mode"), ("formats", "format"), ("career_stage", "stage"),
    ("identity_groups", "identity"),
)


def _ids(profile: Profile, key: str) -> tuple[str, ...]:
    raw = getattr(profile, key)
    return raw if isinstance(raw, tuple) else ((raw,) if raw else ())


def index_document(profile: Profile, vocabulary: Vocabulary, bio_html: str) -> dict[str, str]:
    """One flat document per mentor: everything their card and page show, as text.

    Identities are searchable only as the mentor wrote them, plus the umbrella groups they
    opted into; nothing is inferred. Countries and languages are found by the mentor's own
    words and by their standard names ("USA" and "United States").
    """
    def labels(key: str) -> list[str]:
        return [vocabulary.label(key, i) for i in _ids(profile, key)]

    aliases = [alias for key, _ in TERM_LISTS for i in _ids(profile, key) for alias in vocabulary.term(key, i).aliases]
    place = profile.location
    country = places_and_languages.country(place.country) if place.country else None
    languages: dict[str, str] = {}  # folded -> as written: "English" once, not three times
    for written in profile.languages:
        known = places_and_languages.language(written)
        for name in [written] + ([known.name, places_and_languages.language_own_name(known.code) or ""] if known else []):
            if name:
                languages.setdefault(fold(name), name)
    about = [profile.motivation, profile.support, profile.experience, profile.ideal_mentee, profile.interests]
    details = [profile.title, profile.organization, *labels("library_type"), *labels("meeting_modes"),
               *labels("formats"), *labels("career_stage"), place.display(), country.name if country else "",
               profile.timezone.replace("_", " ").replace("/", " ") if profile.timezone else "",
               *languages.values(), *profile.identities, *labels("identity_groups")]
    return {
        "slug": profile.slug,
        "name": profile.name,
        "topics": " ".join(labels("mentoring_areas") + labels("functional_areas")),
        "aliases": " ; ".join(aliases),
        "details": " ; ".join(filter(None, details)),
        "about": " ".join(filter(None, about + [plain_text(bio_html)])),
    }


def build_index(documents: list[dict[str, str]], hints: list[list[Any]] | None = None
                ) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """The lunr.py index of every mentor, versioned: the head the page fetches first and the
    shards it fetches as queries need them ({file name relative to the head: shard}; see
    index_format.py).

    lunr.py builds it from each field's terms as search_text.py makes them (lunr's own
    tokenizer would turn "C#" into "c" and keep "front-end" apart from "frontend"), so its
    pipeline has nothing left to do. With the head go what the page needs to treat a query
    the same way (the folding table and spellings) and the terms mentees can be pointed to.
    """
    if documents:
        terms = Terms()
        prepared = [
            {"slug": d["slug"], **{name: terms.terms(d[name]) for name, _ in INDEX_FIELDS}}
            for d in documents
        ]
        builder = lunr.get_default_builder()
        builder.pipeline.reset()
        index = lunr.lunr(
            ref="slug",
            fields=[{"field_name": name, "boost": boost} for name, boost in INDEX_FIELDS],
            documents=prepared,
            builder=builder,
        )
    else:
        # A new program has no mentor yet; lunr's builder cannot average over no documents,
        # but an index with no entries is valid and the page's search simply finds nobody.
        index = Index({}, {}, TokenSet(), [name for name, _ in INDEX_FIELDS], Pipeline())
    head, shards = shard(index.serialize())
    texts = [d[name] for d in documents for name, _ in INDEX_FIELDS]
    return {
        "version": FORMAT_VERSION,
        "lunr": lunr.__TARGET_JS_VERSION__,
        "fold": folding_table(texts),
        "spellings": SPELLINGS,
        "hints": hints or [],
        "index": head,
    }, shards


def search_hints(vocabulary: Vocabulary, facets: list) -> list[list[Any]]:
    """[facet key, value, label, aliases] for every filter term a query may name.

    The page offers the filter when a query names a term or one of its aliases ("BIPOC",
    "people of color"), and shows the aliases as hints when a word finds nothing.
    """
    shown = {f.definition.key: f for f in facets}
    hints: list[list[Any]] = []
    for key, facet_key in TERM_LISTS:
        if facet_key not in shown:
            continue
        for term in vocabulary.terms(key):
            hints.append([facet_key, term.id, term.label, list(term.aliases)])
    for facet_key in ("country", "language", "region", "identity"):
        if facet_key in shown:
            for term in shown[facet_key].terms:
                if term.mentors and not any(h[0] == facet_key and h[1] == term.value for h in hints):
                    hints.append([facet_key, term.value, term.label, []])
    return hints


def build_records(profiles: list[Profile], facets: list, slugify: Callable[[str], str]) -> dict[str, Any]:
    """What the browser needs to filter, count and sort cards that are already on the page,
    and what the mentee's planner needs to warn and rank: capacity and UTC offset. Contact
    details stay on each mentor's own page, so the site never publishes one list of addresses.
    """
    return {
        "version": RECORDS_VERSION,
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
                    for d in (f.definition for f in facets)
                    if (values := mentor_values(d, p, slugify))
                },
                **planner_fields(p),
            }
            for p in profiles
        ],
    }


def planner_fields(profile: Profile) -> dict[str, Any]:
    """Only the keys a profile has, so the records stay small.

    `accepting: false` is written whatever MENTOR_FACETS says (the planner warns on it even when
    the availability filter is not offered); its absence means accepting. The time zone's name
    goes with its offset so that the directory's "near me" can work out today's offset, summer
    time included, in the mentee's browser.
    """
    fields: dict[str, Any] = {}
    if not profile.accepting_mentees:
        fields["accepting"] = False
    if profile.capacity is not None:
        fields["capacity"] = profile.capacity
    if profile.timezone:
        fields["utc"] = timezone_label(profile.timezone)[1]
        fields["zone"] = profile.timezone
    # How the mentor works: the planner dates the follow-up and shows the first step.
    if profile.reply_time is not None:
        fields["reply_time"] = profile.reply_time
    if profile.first_step:
        fields["first_step"] = profile.first_step
    return fields
