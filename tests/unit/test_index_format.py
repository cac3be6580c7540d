"""The packed search index: lunr.py's index in fewer bytes, unpacked to what lunr's Index.load reads."""
from __future__ import annotations

import gzip
import json

import lunr
from lunr.index import Index

from mentor_directory.outputs.index_format import pack, round_score, unpack

DOCS = [
    {"slug": "ada-okafor", "name": "Ada Okafor", "about": "tenure dossiers and peer review for academic librarians"},
    {"slug": "ben-cho", "name": "Ben Cho", "about": "school libraries, peer mentoring and Korean storytime"},
    {"slug": "cy-vance", "name": "Cy Vance", "about": ""},
]


def serialized() -> dict:
    fields = [{"field_name": "name", "boost": 10}, {"field_name": "about"}]
    return lunr.lunr(ref="slug", fields=fields, documents=DOCS).serialize()


def test_unpacking_gives_lunrs_own_structure_with_terms_renumbered_and_scores_rounded() -> None:
    original = serialized()
    restored = unpack(json.loads(json.dumps(pack(original))))
    assert restored["fields"] == original["fields"] and restored["pipeline"] == original["pipeline"]
    old_tokens = {token: posting for token, posting in original["invertedIndex"]}
    assert [t for t, _ in restored["invertedIndex"]] == sorted(old_tokens)
    new_number = {token: posting["_index"] for token, posting in restored["invertedIndex"]}
    old_token_of = {posting["_index"]: token for token, posting in original["invertedIndex"]}
    for token, posting in restored["invertedIndex"]:
        assert {k: v for k, v in posting.items() if k != "_index"} == \
            {k: v for k, v in old_tokens[token].items() if k != "_index"}
    restored_vectors = dict(restored["fieldVectors"])
    assert restored_vectors.keys() == dict(original["fieldVectors"]).keys()
    for field_ref, elements in original["fieldVectors"]:
        expected = sorted((new_number[old_token_of[elements[i]]], round_score(elements[i + 1]))
                          for i in range(0, len(elements), 2))
        got = restored_vectors[field_ref]
        assert list(zip(got[0::2], got[1::2])) == expected


def test_the_unpacked_index_answers_like_the_original() -> None:
    original = Index.load(serialized())
    restored = Index.load(unpack(pack(serialized())))
    for query in ("peer", "okafor", "korean", "tenure dossier", "librar*"):
        assert [r["ref"] for r in restored.search(query)] == [r["ref"] for r in original.search(query)], query


def test_packing_makes_the_file_smaller() -> None:
    original = serialized()
    def size(data: dict) -> int:
        return len(gzip.compress(json.dumps(data, separators=(",", ":")).encode()))
    assert size(pack(original)) < size(original) * 0.8
