"""The admin-edited vocabulary: what ships, what an admin can get wrong, and suggestions for typos."""
from __future__ import annotations

from pathlib import Path
from textwrap import dedent

import pytest

from builders import VOCABULARY
from mentor_directory.profiles.vocabulary import OPTIONAL_KEYS, VOCABULARY_KEYS, Term, VocabularyError, load_vocabulary

SHOWN = "content/vocabulary.yaml"

# Line 1 is a comment; `mentoring_areas` starts on line 6 and its second term (`leadership`) on line 10.
SMALL = dedent("""\
    # The program's terms.
    library_type:
      - id: academic
        label: Academic
        description: College and university libraries.
    mentoring_areas:
      - id: tenure
        label: Tenure and promotion
        description: Dossiers and review timelines.
      - id: leadership
        label: Leadership
        description: Leading teams.
    meeting_modes:
      - id: video
        label: Video call
        description: Zoom, Teams or Meet.
    functional_areas:
      - id: reference
        label: Reference
        description: Helping people find information.
    career_stage:
      - id: early
        label: Early career
        description: Up to five years.
    formats:
      - id: one-off
        label: One-off
        description: A single conversation.
    """)


def problems(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "vocabulary.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(VocabularyError) as raised:
        load_vocabulary(path, SHOWN)
    return [p.as_text() for p in raised.value.problems]


def edited(old: str, new: str) -> str:
    assert SMALL.count(old) == 1
    return SMALL.replace(old, new)


# --- the shipped file ------------------------------------------------------------------

def test_the_shipped_vocabulary_loads_with_the_six_lists_in_order_and_the_optional_identity_groups() -> None:
    assert list(VOCABULARY.lists) == [
        "library_type", "mentoring_areas", "meeting_modes", "functional_areas", "career_stage", "formats",
        "identity_groups",
    ]
    assert list(VOCABULARY.lists) == [*VOCABULARY_KEYS, *OPTIONAL_KEYS]


def test_the_shipped_vocabulary_has_the_terms_the_spec_names() -> None:
    assert {"academic", "public", "school", "special", "archives", "museum", "government", "vendor", "lis-education"} <= set(VOCABULARY.lists["library_type"])
    assert {"scholarship", "leadership", "tenure", "job-search"} <= set(VOCABULARY.lists["mentoring_areas"])
    assert set(VOCABULARY.lists["meeting_modes"]) == {"video", "phone", "in-person", "chat", "email"}
    assert list(VOCABULARY.lists["career_stage"]) == ["early", "mid", "senior"]
    assert list(VOCABULARY.lists["formats"]) == ["long-term", "short-term", "one-off", "peer"]


def test_every_shipped_term_has_a_label_and_a_description() -> None:
    for key in (*VOCABULARY_KEYS, *OPTIONAL_KEYS):
        for term in VOCABULARY.terms(key):
            assert term.label and term.description, f"{key}: {term.id}"


def test_a_term_keeps_its_label_description_and_aliases() -> None:
    assert VOCABULARY.lists["mentoring_areas"]["tenure"] == Term(
        "tenure", "Tenure and promotion", "Dossiers, review timelines, and making the case for your work.",
        ("tenure-track", "promotion", "dossier", "faculty status", "continuing appointment", "permanent status",
         "reappointment"),
    )
    assert VOCABULARY.label("library_type", "lis-education") == "LIS education"


def test_terms_keep_the_order_of_the_file(tmp_path: Path) -> None:
    path = tmp_path / "vocabulary.yaml"
    path.write_text(SMALL, encoding="utf-8")
    assert [t.id for t in load_vocabulary(path).terms("mentoring_areas")] == ["tenure", "leadership"]


def test_a_vocabulary_with_a_byte_order_mark_loads(tmp_path: Path) -> None:
    path = tmp_path / "vocabulary.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + SMALL.encode("utf-8"))
    assert load_vocabulary(path).label("formats", "one-off") == "One-off"


# --- an admin's mistakes ---------------------------------------------------------------

def test_a_term_id_used_twice_in_a_list_is_an_error_at_the_second_term(tmp_path: Path) -> None:
    assert problems(tmp_path, edited("  - id: leadership", "  - id: tenure")) == [
        f"{SHOWN}:10:5: error: term id `tenure` appears twice in this list"
    ]


@pytest.mark.parametrize("bad", ["Leadership", "lead_ership", "lead ership", "-leadership", "leadership-"])
def test_a_term_id_that_is_not_lowercase_letters_digits_and_hyphens_is_an_error(tmp_path: Path, bad: str) -> None:
    assert problems(tmp_path, edited("  - id: leadership", f"  - id: '{bad}'")) == [
        f"{SHOWN}:10:5: error: term id `{bad}` must be lowercase letters, digits and hyphens"
    ]


def test_a_term_without_an_id_is_an_error(tmp_path: Path) -> None:
    assert problems(tmp_path, edited("  - id: leadership\n    label", "  - label")) == [
        f"{SHOWN}:10:5: error: term id `` must be lowercase letters, digits and hyphens"
    ]


@pytest.mark.parametrize("old, new", [("    label: Leadership\n", ""), ("    label: Leadership\n", "    label: '  '\n")])
def test_a_term_without_a_label_is_an_error(tmp_path: Path, old: str, new: str) -> None:
    assert problems(tmp_path, edited(old, new)) == [f"{SHOWN}:10:5: error: term `leadership` needs a `label:`"]


def test_a_term_written_as_a_bare_word_is_an_error(tmp_path: Path) -> None:
    assert problems(tmp_path, edited("  - id: leadership", "  - leadership\n  - id: leadership")) == [
        f"{SHOWN}:10:5: error: each term needs `id:`, `label:` and `description:`"
    ]


def test_an_unknown_list_name_is_an_error_that_suggests_the_right_one(tmp_path: Path) -> None:
    assert problems(tmp_path, edited("meeting_modes:", "meeting_mode:")) == [
        f"{SHOWN}:2:1: error: missing the `meeting_modes:` list of terms",
        f"{SHOWN}:13:1: error: unknown list `meeting_mode`; did you mean `meeting_modes`?",
    ]


def test_a_missing_list_the_directory_needs_is_an_error(tmp_path: Path) -> None:
    text = edited("meeting_modes:\n  - id: video\n    label: Video call\n    description: Zoom, Teams or Meet.\n", "")
    assert problems(tmp_path, text) == [f"{SHOWN}:2:1: error: missing the `meeting_modes:` list of terms"]


def test_a_program_may_leave_out_the_lists_it_does_not_use(tmp_path: Path) -> None:
    text = edited("career_stage:\n  - id: early\n    label: Early career\n    description: Up to five years.\n", "")
    path = tmp_path / "vocabulary.yaml"
    path.write_text(text, encoding="utf-8")
    vocabulary = load_vocabulary(path)
    assert "career_stage" not in vocabulary.lists
    assert "career_stage" not in vocabulary.fields_by_name and "functional_areas" in vocabulary.fields_by_name


def test_a_list_that_is_not_a_list_of_terms_is_an_error(tmp_path: Path) -> None:
    text = edited("formats:\n  - id: one-off\n    label: One-off\n    description: A single conversation.\n", "formats: one-off\n")
    assert problems(tmp_path, text) == [f"{SHOWN}:25:10: error: `formats` must be a list of terms, each `- id: ...`"]


def test_every_vocabulary_problem_is_reported_at_once(tmp_path: Path) -> None:
    text = edited("  - id: leadership", "  - id: Leadership").replace(
        "  - id: video", "  - id: video\n    label: Video\n    description: Calls.\n  - id: video")
    assert [p.split(": error: ")[0] for p in problems(tmp_path, text)] == [f"{SHOWN}:10:5", f"{SHOWN}:17:5"]


def test_a_vocabulary_syntax_error_is_located(tmp_path: Path) -> None:
    found = problems(tmp_path, edited("Dossiers and review timelines.", "Dossiers: review timelines."))
    assert len(found) == 1 and found[0].startswith(f"{SHOWN}:9:26: error: this is not valid YAML")


def test_a_vocabulary_that_is_not_a_mapping_is_an_error(tmp_path: Path) -> None:
    assert problems(tmp_path, "- academic\n- public\n") == [
        f"{SHOWN}:1:1: error: the vocabulary must map each list name to its terms"
    ]


def test_a_missing_vocabulary_file_is_an_error_not_a_crash(tmp_path: Path) -> None:
    with pytest.raises(VocabularyError) as raised:
        load_vocabulary(tmp_path / "nope.yaml", SHOWN)
    (problem,) = raised.value.problems
    assert (problem.path, problem.line, problem.column) == (SHOWN, 1, 1)
    assert problem.message.startswith("cannot read the vocabulary file")


def test_a_list_written_twice_is_an_error_not_a_silently_lost_list(tmp_path: Path) -> None:
    # An admin appending new terms in a second `mentoring_areas:` block must not lose them without a word.
    text = SMALL + "mentoring_areas:\n  - id: grants\n    label: Grant writing\n    description: Funders.\n"
    found = problems(tmp_path, text)
    assert [p.split(": error: ")[0] for p in found] == [f"{SHOWN}:29:1"], found


def test_a_label_written_twice_in_one_term_is_an_error(tmp_path: Path) -> None:
    found = problems(tmp_path, edited("    label: Leadership\n", "    label: Leadership\n    label: Leading people\n"))
    assert [p.split(": error: ")[0] for p in found] == [f"{SHOWN}:12:5"], found


# --- suggestions -----------------------------------------------------------------------

def test_suggest_finds_the_id_nearest_a_typo_first() -> None:
    assert VOCABULARY.suggest("mentoring_areas", "leadrship")[0] == "leadership"
    assert VOCABULARY.suggest("mentoring_areas", "managment")[0] == "management"


def test_suggest_maps_a_label_to_its_id_in_any_case() -> None:
    assert VOCABULARY.suggest("mentoring_areas", "tenure and promotion") == ["tenure"]
    assert VOCABULARY.suggest("library_type", "LIS Education") == ["lis-education"]
    assert VOCABULARY.suggest("meeting_modes", "Video call") == ["video"]


def test_suggest_matches_labels_that_are_spelled_differently_from_the_id() -> None:
    assert VOCABULARY.suggest("mentoring_areas", "Grant writting") == ["grants"]


def test_suggest_gives_at_most_three_ids() -> None:
    assert len(VOCABULARY.suggest("functional_areas", "archive")) <= 3
    assert VOCABULARY.suggest("functional_areas", "archive")[0] == "archives"


def test_suggest_gives_nothing_for_a_word_unlike_any_term() -> None:
    assert VOCABULARY.suggest("meeting_modes", "zoom") == []


def test_suggest_only_looks_in_the_named_list() -> None:
    assert "cataloging" not in VOCABULARY.suggest("mentoring_areas", "cataloging")
    assert VOCABULARY.suggest("functional_areas", "catalogng")[0] == "cataloging"
