"""The search index (lunr.py, read by lunr.js in the browser) and the compact filter records.

Both are versioned JSON files: the index is fetched only when a mentee starts typing;
the records are what the browser counts and filters on.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from typing import Any

import lunr
from lunr.token import Token

from ..directory.facets import mentor_values, timezone_label
from ..profiles.markup import plain_text
from ..profiles.profile import Profile
from ..profiles.vocabulary import Vocabulary
from .index_format import pack

FORMAT_VERSION = 2   # of the search index; 2 is the packed form
RECORDS_VERSION = 1

# Boosts: a mentee typing a name or a need should see that mentor first; bios are long
# and would otherwise drown the short, precise fields. Few fields keep the index small:
# lunr writes every field for every token.
INDEX_FIELDS = (
    ("name", 10),
    ("topics", 6),    # mentoring and functional areas
    ("details", 3),   # role, organisation, library type, place, languages
    ("about", 1),     # bio and the long answers, cut to their most distinctive words
)
# Each mentor's free text is indexed by its most distinctive words (by tf-idf across all
# mentors). Words many bios share ("work", "people") find everyone and so help no one;
# dropping them keeps the index near 250 bytes per mentor, gzipped, at 1,000 mentors.
ABOUT_WORDS = 30
LUNR_SEPARATOR = re.compile("[ \t\n\r\f\v\xa0-]+")  # lunr.tokenizer.SEPARATOR_CHARS


def index_document(profile: Profile, vocabulary: Vocabulary, bio_html: str) -> dict[str, str]:
    """One flat document per mentor; list fields are joined so multi-word terms match.

    Identities are left out on purpose: they are never used for ranking. A mentee who wants
    them uses the identity filter, which is an explicit choice.
    """
    def labels(key: str, ids: tuple[str, ...]) -> str:
        return " ".join(vocabulary.label(key, i) for i in ids)

    about = [profile.motivation, profile.support, profile.experience, profile.ideal_mentee, profile.interests]
    details = [profile.title, profile.organization, vocabulary.label("library_type", profile.library_type),
               profile.location.display(), profile.timezone, " ".join(profile.languages)]
    return {
        "slug": profile.slug,
        "name": profile.name,
        "topics": labels("mentoring_areas", profile.mentoring_areas) + " " + labels("functional_areas", profile.functional_areas),
        "details": " ".join(filter(None, details)),
        "about": " ".join(filter(None, about + [plain_text(bio_html)])),
    }


class LunrTerms:
    """lunr's indexing pipeline (trimmer, stop words, Porter stemmer) run once per distinct word.

    Bios repeat the same few thousand words, and lunr runs its pipeline on every token;
    remembering each word's term lets the choice of distinctive words and the index build
    share one pass of the stemmer, with the same terms lunr itself would produce.
    """

    def __init__(self) -> None:
        self._pipeline = lunr.get_default_builder().pipeline
        self._terms: dict[str, str | None] = {}

    def term(self, word: str) -> str | None:
        """The term lunr indexes for ``word``, or None for a stop word."""
        try:
            return self._terms[word]
        except KeyError:
            tokens = self._pipeline.run([Token(word)])
            term = self._terms[word] = str(tokens[0]) if tokens else None
            return term

    def terms(self, words: list[str]) -> list[str]:
        """What lunr's pipeline leaves of ``words``, in order."""
        term = self.term
        return [t for w in words if (t := term(w))]


def words(text: str) -> list[str]:
    """The lowercased words lunr's tokenizer would cut ``text`` into."""
    return [w for w in LUNR_SEPARATOR.split(text.lower()) if w]


def distinctive_words(texts: list[str], terms: LunrTerms, keep: int = ABOUT_WORDS) -> list[list[str]]:
    """Each text reduced to the words whose terms are among its ``keep`` most distinctive.

    Terms come from lunr's own pipeline, so the choice matches what the index would hold.
    Ties go to the alphabetically first term, so the same texts always give the same index.
    """
    term = terms.term
    per_text = []
    for text in texts:
        word_counts = Counter(words(text))  # in first-seen order
        word_terms = {w: term(w) for w in word_counts}
        counts: Counter[str] = Counter()
        for w, n in word_counts.items():
            if t := word_terms[w]:
                counts[t] += n
        per_text.append((word_terms, counts))
    document_frequency = Counter(t for _, counts in per_text for t in counts)
    total = len(texts)
    reduced = []
    for word_terms, counts in per_text:
        weight = {t: (1 + math.log(tf)) * math.log((1 + total) / document_frequency[t]) for t, tf in counts.items()}
        kept = set(sorted(weight, key=lambda t: (-weight[t], t))[:keep])
        reduced.append([w for w, t in word_terms.items() if t in kept])
    return reduced


def build_index(documents: list[dict[str, str]]) -> dict[str, Any]:
    """The lunr.py index of every mentor, packed (see index_format.py) and versioned.

    lunr.py builds it, given each field as the terms its default pipeline would make
    (lunr's tokenizer walks strings a character at a time and its pipeline runs per token;
    LunrTerms does the same once per word), so its own pipeline has nothing left to do.
    """
    terms = LunrTerms()
    abouts = distinctive_words([d["about"] for d in documents], terms)
    prepared = [
        {"slug": d["slug"], "about": terms.terms(about),
         **{name: terms.terms(words(d[name])) for name, _ in INDEX_FIELDS if name != "about"}}
        for d, about in zip(documents, abouts)
    ]
    builder = lunr.get_default_builder()
    builder.pipeline.reset()
    index = lunr.lunr(
        ref="slug",
        fields=[{"field_name": name, "boost": boost} for name, boost in INDEX_FIELDS],
        documents=prepared,
        builder=builder,
    )
    return {"version": FORMAT_VERSION, "lunr": lunr.__TARGET_JS_VERSION__, "index": pack(index.serialize())}


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
    the availability filter is not offered); its absence means accepting.
    """
    fields: dict[str, Any] = {}
    if not profile.accepting_mentees:
        fields["accepting"] = False
    if profile.capacity is not None:
        fields["capacity"] = profile.capacity
    if profile.timezone:
        fields["utc"] = timezone_label(profile.timezone)[1]
    return fields
