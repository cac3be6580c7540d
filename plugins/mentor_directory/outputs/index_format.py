"""A compact container for the lunr index: the same index lunr.py serialised, in fewer bytes.

lunr's own serialisation repeats every mentor's slug in every posting and every field
vector, lists every field for every token even when empty, and writes scores to three
decimals. Mentees on slow connections download this file, so the build ships it packed:

- mentors are numbered (``refs`` maps the numbers back to slugs);
- ``tokens`` are sorted and numbered by position, which becomes lunr's term index;
- ``postings[t][f]`` lists, gap-encoded, the mentors whose field ``f`` contains token ``t``;
- ``vectors[f]`` holds, per mentor, gap-encoded term numbers each followed by its score,
  rounded to two significant digits (enough to rank; lunr compares vectors by angle).

``unpack`` (and the page's ``index-format.js``) rebuild exactly the structure lunr's
``Index.load`` reads. Term numbers are renumbered consistently, which lunr does not notice.
"""
from __future__ import annotations

from typing import Any

PACKED_FORMAT = 2
SCORE_DIGITS = 2


def _gaps(numbers: list[int]) -> list[int]:
    previous, out = 0, []
    for number in numbers:
        out.append(number - previous)
        previous = number
    return out


def _ungap(gaps: list[int]) -> list[int]:
    total, out = 0, []
    for gap in gaps:
        total += gap
        out.append(total)
    return out


def round_score(score: float) -> float:
    return float(f"{score:.{SCORE_DIGITS}g}")


def pack(serialized: dict[str, Any]) -> dict[str, Any]:
    """lunr's ``Index.serialize()`` output -> the packed form."""
    fields: list[str] = serialized["fields"]
    inverted = sorted(serialized["invertedIndex"], key=lambda entry: entry[0])
    renumber = {posting["_index"]: position for position, (_, posting) in enumerate(inverted)}
    refs = sorted({ref for field_ref, _ in serialized["fieldVectors"] for ref in [field_ref.split("/", 1)[1]]})
    number = {ref: position for position, ref in enumerate(refs)}
    postings = [
        [_gaps(sorted(number[ref] for ref in posting.get(field, {}))) for field in fields]
        for _, posting in inverted
    ]
    vectors: dict[str, list[list[float]]] = {field: [] for field in fields}
    for field_ref, elements in serialized["fieldVectors"]:
        field, ref = field_ref.split("/", 1)
        pairs = sorted((renumber[elements[i]], elements[i + 1]) for i in range(0, len(elements), 2))
        packed: list[float] = [number[ref]]
        previous = 0
        for term, score in pairs:
            packed += [term - previous, round_score(score)]
            previous = term
        vectors[field].append(packed)
    return {
        "format": PACKED_FORMAT,
        "version": serialized["version"],
        "fields": fields,
        "pipeline": serialized["pipeline"],
        "refs": refs,
        "tokens": [token for token, _ in inverted],
        "postings": postings,
        "vectors": vectors,
    }


def unpack(packed: dict[str, Any]) -> dict[str, Any]:
    """The packed form -> what lunr's ``Index.load`` reads."""
    fields, refs = packed["fields"], packed["refs"]
    inverted = []
    for position, (token, per_field) in enumerate(zip(packed["tokens"], packed["postings"])):
        posting: dict[str, Any] = {"_index": position}
        for field, gaps in zip(fields, per_field):
            posting[field] = {refs[n]: {} for n in _ungap(gaps)}
        inverted.append([token, posting])
    field_vectors = []
    for field in fields:
        for vector in packed["vectors"][field]:
            ref, rest = refs[int(vector[0])], vector[1:]
            terms = _ungap([int(gap) for gap in rest[0::2]])
            elements: list[float] = []
            for term, score in zip(terms, rest[1::2]):
                elements += [term, score]
            field_vectors.append([f"{field}/{ref}", elements])
    return {
        "version": packed["version"],
        "fields": fields,
        "fieldVectors": field_vectors,
        "invertedIndex": inverted,
        "pipeline": packed["pipeline"],
    }
