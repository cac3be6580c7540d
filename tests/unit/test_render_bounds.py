"""Bios within the limits render in bounded work (issue 15, class 6), checked structurally, never by time.

Python-Markdown hands every block processor the text still to parse; after a rule or a setext
underline it re-queues the rest of the paragraph, so the characters it examines grow with
(lines in a paragraph) x (paragraph length). The bio limits (lines, lines per paragraph,
nesting) keep that total within a small multiple of the bio's length, whatever its shape.
Wall-clock numbers are in benchmarks/pathological_bios.py and docs/security.md.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.pathological_bios import within_limits as worst_bio
from builders import REQUIRED, load_folder
from mentor_directory.profiles.fields import (
    MAX_BIO_BLOCK_LINES,
    MAX_BIO_LINES,
    MAX_BIO_NESTING,
)
from mentor_directory.profiles.markup import _converter, render_bio

SHAPES = {
    "setext-equals": ["a", "="], "setext-dashes": ["a", "-"], "rules": ["***"], "dash-rules": ["---"],
    "spaced-rules": ["- - -"], "underscores": ["___"], "long-then-rule": ["x" * 400, "-"],
    "list-of-rules": ["- ***"], "quoted-rules": ["> ---"], "nested": [f"{'  ' * i}- x" for i in range(MAX_BIO_NESTING)],
}




def characters_examined(text: str, monkeypatch: pytest.MonkeyPatch) -> int:
    """How many characters Markdown's block processors are handed while the bio is rendered."""
    seen = [0]
    for processor in _converter().parser.blockprocessors:
        def counting(parent, block, test=processor.test):  # type: ignore[no-untyped-def]
            seen[0] += len(block)
            return test(parent, block)

        monkeypatch.setattr(processor, "test", counting)
    render_bio(text)
    return seen[0]


@pytest.mark.parametrize("shape", SHAPES)
def test_the_worst_bio_within_the_limits_is_parsed_in_linear_work(shape: str, tmp_path: Path, monkeypatch) -> None:
    bio = worst_bio(SHAPES[shape])
    result = load_folder(tmp_path, {"ada.md": f"---\n{REQUIRED}---\n{bio}\n"})
    assert result.problems == [], "the bio is within every limit"
    # about a dozen processors look at each line, at most once per line left in its paragraph
    assert characters_examined(bio, monkeypatch) <= 4 * MAX_BIO_BLOCK_LINES * max(len(bio), 1)


def test_on_main_a_pathological_bio_made_the_parser_examine_quadratic_text(monkeypatch) -> None:
    """What the limits prevent: 5,000 underlined lines in one paragraph (accepted before issue 15)
    (the bio's first line is line 13 of the file: ten fields between two --- lines)."""
    bio = "a\n=\n" * 2_500
    assert characters_examined(bio, monkeypatch) > 1_000 * len(bio)


@pytest.mark.parametrize("bio, line, message", [
    ("a\n-\n" * 300, 13 + MAX_BIO_LINES, f"a bio may have at most {MAX_BIO_LINES}"),
    ("a\n=\n" * 30, 13 + MAX_BIO_BLOCK_LINES, f"more than {MAX_BIO_BLOCK_LINES} lines in a row without an empty line"),
    ("> " * 12 + "x\n", 13, "nests 12 lists or quotes"),
    ("- - - - - - - - x\n", 13, "nests 8 lists or quotes"),
    ("*a _b* " * 150, 13, "a bio may have at most 400 (each *emphasis* uses two)"),
])
def test_each_bio_limit_is_an_error_at_its_line_with_a_fix(tmp_path: Path, bio: str, line: int, message: str) -> None:
    result = load_folder(tmp_path, {"ada.md": f"---\n{REQUIRED}---\n{bio}"})
    assert len(result.problems) == 1
    problem = result.problems[0]
    assert message in problem.message and problem.line == line, problem


def test_languages_and_identities_are_capped_with_a_clear_error(tmp_path: Path) -> None:
    many = ", ".join(f"L{i}" for i in range(11))
    result = load_folder(tmp_path, {"ada.yaml": REQUIRED + f"languages: [{many}]\nidentities: [{many}]\n"})
    assert [(p.line, p.message) for p in result.problems] == [
        (11, "`languages` has 11 items; list at most 10 (each becomes a filter and a page of its own) and remove the rest"),
        (12, "`identities` has 11 items; list at most 10 (each becomes a filter and a page of its own) and remove the rest"),
    ]


def test_a_huge_capacity_is_an_error_not_a_crash(tmp_path: Path) -> None:
    result = load_folder(tmp_path, {"ada.yaml": REQUIRED + "capacity: " + "9" * 5000 + "\n"})
    assert [p.message for p in result.problems] == [
        "`capacity` is more than anyone can take on; write a whole number from 0 to 100"]
