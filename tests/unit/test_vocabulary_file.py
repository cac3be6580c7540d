"""The admin's vocabulary file: what it must hold, and how its mistakes are reported."""
from __future__ import annotations

from pathlib import Path

import pytest

from mentor_directory.profiles.vocabulary import OPTIONAL_KEYS, VOCABULARY_KEYS, VocabularyError, load_vocabulary
from site_builder import DEMO_CONTENT

SHIPPED = (DEMO_CONTENT / "vocabulary.yaml").read_text(encoding="utf-8")


def test_the_shipped_vocabulary_has_the_six_lists_the_identity_groups_and_the_needs_programs_ask_for() -> None:
    vocabulary = load_vocabulary(DEMO_CONTENT / "vocabulary.yaml")
    assert set(vocabulary.lists) == {*VOCABULARY_KEYS, *OPTIONAL_KEYS}
    areas = {t.id for t in vocabulary.terms("mentoring_areas")}
    assert {"scholarship", "tenure", "leadership", "management", "job-search", "library-school", "career-change",
            "mid-career", "instruction", "technology", "associations", "presenting-publishing", "work-life",
            "workplace-culture", "advocacy", "equity-inclusion"} <= areas
    assert [t.id for t in vocabulary.terms("meeting_modes")] == ["video", "phone", "in-person", "chat", "email"]
    assert all(t.label and t.description for key in (*VOCABULARY_KEYS, *OPTIONAL_KEYS) for t in vocabulary.terms(key))


@pytest.mark.parametrize("edit, expected", [
    (lambda s: s.replace("  - id: public\n", "  - id: academic\n"), "term id `academic` appears twice in this list"),
    (lambda s: s.replace("  - id: public\n", "  - id: Public Libraries\n"), "term id `Public Libraries` must be lowercase letters"),
    (lambda s: s.replace("    label: Public\n", ""), "term `public` needs a `label:`"),
    (lambda s: s.replace("formats:", "format:"), "unknown list `format`; did you mean `formats`?"),
    (lambda s: s.replace("meeting_modes:", "meetings:"), "missing the `meeting_modes:` list of terms"),
    (lambda s: s.replace("    description: Public and community", "    descripton: Public and community"),
     "a term has `id:`, `label:`, `description:` and optional `aliases:`, not `descripton:`; did you mean `description`?"),
    (lambda s: s.replace("    description: Public and community libraries, including county and regional systems.\n", ""),
     "term `public` needs a `description:`"),
    (lambda s: s.replace("aliases: [public library, community library,", "aliases: public library [community library,"),
     "`aliases` of `public` must be a list"),
    (lambda s: s.replace("aliases: [public library, community library,", "aliases: [Public, community library,"),
     "alias `Public` of `public` repeats the label or another alias"),
])
def test_vocabulary_mistakes_are_located(tmp_path: Path, edit, expected: str) -> None:
    path = tmp_path / "vocabulary.yaml"
    path.write_text(edit(SHIPPED), encoding="utf-8")
    with pytest.raises(VocabularyError) as raised:
        load_vocabulary(path, "content/vocabulary.yaml")
    messages = [p.message for p in raised.value.problems]
    assert any(m.startswith(expected) for m in messages), messages
    assert all(p.path == "content/vocabulary.yaml" and p.line >= 1 for p in raised.value.problems)


@pytest.mark.parametrize("written, suggestions", [
    ("leadrship", ["leadership"]),
    ("Tenure and promotion", ["tenure"]),
    ("work life balance", ["work-life"]),
    ("xyzzy", []),
])
def test_suggestions_match_ids_and_the_labels_people_type(written: str, suggestions: list[str]) -> None:
    vocabulary = load_vocabulary(DEMO_CONTENT / "vocabulary.yaml")
    found = vocabulary.suggest("mentoring_areas", written)
    assert found[:1] == suggestions[:1] and len(found) <= 3
