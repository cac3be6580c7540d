"""The lunr index cut into shards by term, so a search downloads only the terms it needs.

A full-text index of a thousand mentors is most of a megabyte even gzipped; one query
needs a handful of its terms. Like Pagefind, the build ships a small head fetched first
and the rest in shards of neighbouring terms (the terms are sorted, so a shard is a range):

- the head: the fields, lunr's pipeline, the mentors' slugs (``refs``, numbered by
  position), every term (``tokens``, sorted; a term's position is its number) and, for
  each shard, the number of its first term and its file name. With the terms at hand the
  page knows which shards a query needs (an exact term, the terms starting with what is
  typed, the terms one typo away) before fetching any;
- a shard: for each of its terms, in order, the mentors whose fields hold it with lunr's
  score for the term in that field, as ``[field, count, mentor gap, score, ...]``.

Nothing of lunr's own index is dropped. lunr scores a match by the dot product of the
query's vector with the field's vector, which only reads the query's terms, and lunr.py
has already put each term's idf into those scores, so an index assembled from the shards
a query needs ranks exactly as the whole index would. Postings are not stored: a mentor's
field holds a term exactly when its vector has a score for it. Scores keep two
significant digits (enough to rank).

``assemble`` (and the page's ``index-format.js``) turn a head and any of its shards into
what lunr's ``Index.load`` reads.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Any

SHARDED_FORMAT = 3
SCORE_DIGITS = 2
# Raw JSON bytes after which a shard is closed: about 5 KB gzipped, so a query costs a few
# small requests. A term holding more is a shard of its own.
SHARD_BYTES = 16_000
# Shards live in this folder beside the head.
SHARD_FOLDER = "index"


def round_score(score: float) -> float:
    return float(f"{score:.{SCORE_DIGITS}g}")


def compact(data: Any) -> str:
    """The JSON the build writes: the bytes a shard's name is the hash of."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def shard(serialized: dict[str, Any], shard_bytes: int = SHARD_BYTES) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """lunr's ``Index.serialize()`` -> (the head, {file name relative to the head: shard})."""
    fields: list[str] = serialized["fields"]
    tokens = sorted(token for token, _ in serialized["invertedIndex"])
    number = {token: position for position, token in enumerate(tokens)}
    renumber = {posting["_index"]: number[token] for token, posting in serialized["invertedIndex"]}
    refs = sorted({field_ref.split("/", 1)[1] for field_ref, _ in serialized["fieldVectors"]})
    ref_number = {ref: position for position, ref in enumerate(refs)}
    # term -> field -> [(mentor, score)], in mentor order
    scores: list[list[list[tuple[int, float]]]] = [[[] for _ in fields] for _ in tokens]
    for field_ref, elements in serialized["fieldVectors"]:
        field, ref = field_ref.split("/", 1)
        f, mentor = fields.index(field), ref_number[ref]
        for i in range(0, len(elements), 2):
            scores[renumber[elements[i]]][f].append((mentor, round_score(elements[i + 1])))
    entries = []
    for per_field in scores:
        entry: list[float] = []
        for f, hits in enumerate(per_field):
            if hits:
                entry += [f, len(hits)]
                previous = 0
                for mentor, score in sorted(hits):
                    entry += [mentor - previous, score]
                    previous = mentor
        entries.append(entry)
    shards: dict[str, dict[str, Any]] = {}
    starts: list[list[Any]] = []
    first, size = 0, 0
    for position, entry in enumerate(entries):
        size += len(compact(entry)) + 1
        if size >= shard_bytes or position == len(entries) - 1:
            data = {"first": first, "terms": entries[first:position + 1]}
            name = f"{SHARD_FOLDER}/{len(starts)}-{hashlib.sha256(compact(data).encode()).hexdigest()[:12]}.json"
            shards[name] = data
            starts.append([first, name])
            first, size = position + 1, 0
    head = {
        "format": SHARDED_FORMAT,
        "version": serialized["version"],
        "fields": fields,
        "pipeline": serialized["pipeline"],
        "refs": refs,
        "tokens": tokens,
        "shards": starts,
    }
    return head, shards


def assemble(head: dict[str, Any], shards: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """A head and some of its shards -> what lunr's ``Index.load`` reads, holding their terms."""
    fields, refs, tokens = head["fields"], head["refs"], head["tokens"]
    inverted = []
    vectors: dict[str, list[float]] = {}
    for data in sorted(shards, key=lambda s: s["first"]):
        for offset, entry in enumerate(data["terms"]):
            term = data["first"] + offset
            posting: dict[str, Any] = {"_index": term, **{field: {} for field in fields}}
            i = 0
            while i < len(entry):
                field, count, i = fields[int(entry[i])], int(entry[i + 1]), i + 2
                mentor = 0
                for _ in range(count):
                    mentor += int(entry[i])
                    ref = refs[mentor]
                    posting[field][ref] = {}
                    vectors.setdefault(f"{field}/{ref}", []).extend([term, entry[i + 1]])
                    i += 2
            inverted.append([tokens[term], posting])
    return {
        "version": head["version"],
        "fields": fields,
        "fieldVectors": [[field_ref, elements] for field_ref, elements in vectors.items()],
        "invertedIndex": inverted,
        "pipeline": head["pipeline"],
    }
