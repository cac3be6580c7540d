"""The sharded search index: lunr.py's index cut by term, and any of its shards assembled
into what lunr's Index.load reads, ranking as the whole index does."""
from __future__ import annotations

import json

import lunr
from lunr.index import Index

from mentor_directory.outputs.index_format import SHARD_FOLDER, assemble, round_score, shard

WORDS = ["tenure", "dossiers", "peer", "review", "academic", "librarians", "school", "libraries", "mentoring", "korean",
         "storytime"]
DOCS = [
    {"slug": "ada-okafor", "name": "Ada Okafor", "about": "tenure dossiers and peer review for academic librarians"},
    {"slug": "ben-cho", "name": "Ben Cho", "about": "school libraries, peer mentoring and Korean storytime"},
    {"slug": "cy-vance", "name": "Cy Vance", "about": ""},
] + [{"slug": f"m{n:03}", "name": f"Mentor {n}", "about": " ".join(WORDS[n % 7:n % 7 + 4])} for n in range(60)]


def serialized() -> dict:
    fields = [{"field_name": "name", "boost": 10}, {"field_name": "about"}]
    return lunr.lunr(ref="slug", fields=fields, documents=DOCS).serialize()


def sharded(shard_bytes: int = 200) -> tuple[dict, dict]:
    return json.loads(json.dumps(shard(serialized(), shard_bytes)))


def test_shards_are_consecutive_ranges_of_the_sorted_terms_named_by_their_content() -> None:
    head, shards = sharded()
    assert head["tokens"] == sorted(token for token, _ in serialized()["invertedIndex"])
    starts = [first for first, _ in head["shards"]]
    assert starts[0] == 0 and starts == sorted(set(starts)) and len(starts) > 3
    for (first, name), end in zip(head["shards"], starts[1:] + [len(head["tokens"])]):
        assert name.startswith(f"{SHARD_FOLDER}/") and shards[name]["first"] == first
        assert len(shards[name]["terms"]) == end - first
    assert len({name for _, name in head["shards"]}) == len(shards)


def test_every_shard_assembled_is_lunrs_own_index_with_scores_rounded() -> None:
    original = serialized()
    head, shards = sharded()
    restored = assemble(head, shards.values())
    assert restored["fields"] == original["fields"] and restored["pipeline"] == original["pipeline"]
    number = {token: n for n, token in enumerate(head["tokens"])}
    old_token = {posting["_index"]: token for token, posting in original["invertedIndex"]}
    assert {token: {k: v for k, v in posting.items() if k != "_index"} for token, posting in restored["invertedIndex"]} == \
        {token: {k: v for k, v in posting.items() if k != "_index"} for token, posting in original["invertedIndex"]}
    # Empty field vectors (Cy Vance has no bio) are left out: no query reads them.
    assert dict(restored["fieldVectors"]) == {
        field_ref: [x for term, score in sorted((number[old_token[e[i]]], round_score(e[i + 1])) for i in range(0, len(e), 2))
                    for x in (term, score)]
        for field_ref, e in original["fieldVectors"] if e
    }


def test_the_shards_a_query_needs_rank_as_the_whole_index_does() -> None:
    head, shards = sharded()
    whole = Index.load(assemble(head, shards.values()))
    by_first = {data["first"]: data for data in shards.values()}
    starts = sorted(by_first)
    for query in ("peer", "okafor", "korean", "tenure dossier", "librar*", "mentor 7"):
        terms = [head["tokens"].index(t) for t in head["tokens"]
                 if any(t == w or (w.endswith("*") and t.startswith(w[:-1])) for w in lunr_terms(query))]
        needed = [by_first[first] for first in {max(s for s in starts if s <= term) for term in terms}]
        part = Index.load(assemble(head, needed))
        assert [(r["ref"], r["score"]) for r in part.search(query)] == \
            [(r["ref"], r["score"]) for r in whole.search(query)], query


def lunr_terms(query: str) -> list[str]:
    """The index terms of a query's words, as lunr's pipeline makes them."""
    pipeline = lunr.get_default_builder().search_pipeline
    return [w if w.endswith("*") else str(pipeline.run_string(w)[0]) for w in query.split()]
