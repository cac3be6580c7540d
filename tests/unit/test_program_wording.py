"""A program's own wording and rules (the vocabulary's `program:` section): what it changes,
what it may not relax, and the located errors an admin gets for values that cannot work."""
from __future__ import annotations

from pathlib import Path

import pytest

from builders import REQUIRED, TODAY, VOCABULARY_FILE, replacing, write
from mentor_directory.directory.facets import build_facets
from mentor_directory.outputs.schema import profile_schema
from mentor_directory.profiles.loading import load_profile
from mentor_directory.profiles.vocabulary import Vocabulary, VocabularyError, load_vocabulary
from mentor_directory.tools.issue_form import form, questions

SHIPPED = VOCABULARY_FILE.read_text(encoding="utf-8")
SHOWN = "content/vocabulary.yaml"


def vocabulary_with(tmp_path: Path, section: str, drop: str = "") -> Vocabulary:
    """The shipped vocabulary with a `program:` section appended (and one list left out)."""
    text = SHIPPED
    if drop:
        start = text.index(f"\n{drop}:\n")
        end = text.index("\n\n", start + 1)
        text = text[:start] + text[end:]
    path = tmp_path / "vocabulary.yaml"
    path.write_text(text + "\n" + section, encoding="utf-8")
    return load_vocabulary(path, SHOWN)


def problems_in(tmp_path: Path, section: str) -> list[str]:
    with pytest.raises(VocabularyError) as raised:
        vocabulary_with(tmp_path, section)
    return [p.message for p in raised.value.problems]


def profile_problems(tmp_path: Path, vocabulary: Vocabulary, text: str) -> list[str]:
    path = write(tmp_path / "mentors", "ada-okafor.yaml", text)
    return [p.message for p in load_profile(path, vocabulary, shown=path.name, today=TODAY)[1]]


def test_without_a_program_section_the_library_wording_and_rules_hold() -> None:
    vocabulary = load_vocabulary(VOCABULARY_FILE)
    required = {f.name for f in vocabulary.fields if f.required}
    assert required == {"name", "title", "organization", "library_type", "mentoring_areas", "meeting_modes",
                        "contact", "accepting_mentees", "last_reviewed"}
    assert vocabulary.fields_by_name["mentoring_areas"].max_items == 8
    assert vocabulary.program.search_examples == "tenure, cataloging, Spanish, rural public library"


def test_a_program_relaxes_required_fields_and_profiles_without_them_are_valid(tmp_path: Path) -> None:
    vocabulary = vocabulary_with(tmp_path, "program:\n  required: [name, mentoring_areas, contact, accepting_mentees, last_reviewed]\n")
    text = REQUIRED
    for line in ("title: Research Librarian\n", "organization: Lakeview College\n", "library_type: academic\n",
                 "meeting_modes: [video]\n"):
        text = replacing(line, "", text)
    assert profile_problems(tmp_path, vocabulary, text) == []
    profile = load_profile(tmp_path / "mentors" / "ada-okafor.yaml", vocabulary, shown="x", today=TODAY)[0]
    assert profile.title is None and profile.library_type is None and profile.role == ""
    assert "title" not in profile_schema(vocabulary)["required"]


def test_a_program_may_require_more_than_the_default(tmp_path: Path) -> None:
    vocabulary = vocabulary_with(tmp_path, "program:\n  required: [name, mentoring_areas, contact, accepting_mentees, last_reviewed, timezone]\n")
    assert profile_problems(tmp_path, vocabulary, REQUIRED) == [
        "missing required field `timezone` (your time zone); add a line like `timezone: America/Chicago`"]


def test_the_fields_the_directory_needs_cannot_be_relaxed(tmp_path: Path) -> None:
    assert problems_in(tmp_path, "program:\n  required: [name, title, mentoring_areas]\n") == [
        "`required` must include `contact`, `accepting_mentees`, `last_reviewed`: the directory cannot list, "
        "find or contact a mentor without them"]


def test_unknown_or_unusable_required_fields_are_located_with_a_suggestion(tmp_path: Path) -> None:
    with pytest.raises(VocabularyError) as raised:
        vocabulary_with(tmp_path, "program:\n  required: [name, mentoring_areas, contact, accepting_mentees, last_reviewed, organisation, career_stage]\n",
                        drop="career_stage")
    assert [p.message for p in raised.value.problems] == [
        "`required` names unknown field `organisation`; did you mean `organization` or `motivation` or `location`?",
        "`career_stage` cannot be required: this vocabulary has no `career_stage:` list",
    ]
    lines = (tmp_path / "vocabulary.yaml").read_text(encoding="utf-8").splitlines()
    required_line = next(n for n, line in enumerate(lines, start=1) if line.startswith("  required:"))
    assert [p.line for p in raised.value.problems] == [required_line, required_line]


def test_the_area_limit_is_the_programs(tmp_path: Path) -> None:
    vocabulary = vocabulary_with(tmp_path, "program:\n  max_mentoring_areas: 2\n")
    text = replacing("mentoring_areas: [tenure]", "mentoring_areas: [tenure, leadership, scholarship]")
    assert profile_problems(tmp_path, vocabulary, text) == [
        "`mentoring_areas` has 3 items; choose at most 2 (the ones you most want to help with)"]
    assert {n: q for n, q, _, _ in questions(vocabulary.fields)}["mentoring_areas"] == "Needs you can help with (1 to 2)"
    many = vocabulary_with(tmp_path, "program:\n  max_mentoring_areas: 12\n")
    ten = ", ".join(t.id for t in many.terms("mentoring_areas")[:10])
    assert profile_problems(tmp_path, many, replacing("mentoring_areas: [tenure]", f"mentoring_areas: [{ten}]")) == []


@pytest.mark.parametrize("value", ["0", "eight", "'8'", "[8]"])
def test_an_area_limit_that_is_not_a_positive_whole_number_is_refused(tmp_path: Path, value: str) -> None:
    assert problems_in(tmp_path, f"program:\n  max_mentoring_areas: {value}\n") == [
        "`max_mentoring_areas` must be a whole number, 1 or more, e.g. `max_mentoring_areas: 8`"]


def test_facet_headings_field_questions_and_the_search_hint_are_the_programs(tmp_path: Path) -> None:
    vocabulary = vocabulary_with(tmp_path, (
        "program:\n"
        "  search_examples: conservation, exhibitions, Welsh\n"
        "  facets:\n"
        "    library-type: Kind of museum\n"
        "    function: Museum work\n"
        "  fields:\n"
        "    library_type:\n"
        "      question: The kind of museum you work in\n"
        "      description: the kind of museum you work in\n"
    ))
    labels = {f.definition.key: f.definition.label for f in build_facets([], vocabulary, str)}
    assert labels["library-type"] == "Kind of museum" and labels["function"] == "Museum work"
    assert labels["area"] == "Help with"
    asked = {item["id"]: item["attributes"]["label"] for item in form(vocabulary)["body"] if "id" in item}
    assert asked["library_type"] == "The kind of museum you work in"
    assert profile_schema(vocabulary)["properties"]["library_type"]["description"] == "The kind of museum you work in."
    assert vocabulary.program.search_examples == "conservation, exhibitions, Welsh"


def test_a_dropped_list_takes_its_field_and_facet_with_it(tmp_path: Path) -> None:
    vocabulary = vocabulary_with(tmp_path, "", drop="library_type")
    assert "library-type" not in {f.definition.key for f in build_facets([], vocabulary, str)}
    assert "library_type" not in {name for name, *_ in questions(vocabulary.fields)}
    assert "library_type" not in profile_schema(vocabulary)["properties"]
    assert profile_problems(tmp_path, vocabulary, REQUIRED) == [
        "this program does not use `library_type` (its vocabulary file has no `library_type:` list); remove the line"]
    assert profile_problems(tmp_path, vocabulary, replacing("library_type: academic\n", "")) == []


@pytest.mark.parametrize("section, message", [
    ("program:\n  facet:\n    function: Museum work\n",
     "`program:` has no setting `facet`; did you mean `facets`?"),
    ("program:\n  facets:\n    functions: Museum work\n",
     "`facets` has unknown facet `functions`; did you mean `function`?"),
    ("program:\n  fields:\n    library_type:\n      label: Museum\n",
     "`library_type` may have `question:` (the profile form asks it) and `description:` (what the field is for), not `label:`"),
    ("program:\n  planner:\n    match: works in museums like you\n",
     "`planner.match` must contain `{term}` where the mentor's kind goes, e.g. `works in {term} museums like you`"),
    ("program:\n  search_examples:\n", "`search_examples` (a few words people might search for, separated by commas) must be a line of text"),
])
def test_program_mistakes_are_explained(tmp_path: Path, section: str, message: str) -> None:
    assert problems_in(tmp_path, section) == [message]
