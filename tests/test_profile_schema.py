"""The editor schema is derived from the validator's field table and agrees with the validator."""
from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path

import jsonschema
import pytest
import yaml

from mentor_directory.outputs.schema import profile_schema
from mentor_directory.profiles.loading import load_profile
from mentor_directory.profiles.vocabulary import load_vocabulary
from site_builder import DEMO_CONTENT, PROJECT

VOCABULARY = load_vocabulary(DEMO_CONTENT / "vocabulary.yaml")
SCHEMA = profile_schema(VOCABULARY)
TODAY = date(2026, 11, 23)


def demo_profiles() -> list[Path]:
    return sorted(p for p in (DEMO_CONTENT / "mentors").iterdir() if p.suffix in {".md", ".yaml", ".yml"})


def as_editor_sees_it(path: Path) -> dict:
    """The profile's fields as JSON, the way an editor's YAML extension hands them to the schema."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".md":
        text = text.split("---", 2)[1]
    data = yaml.safe_load(text)
    return json.loads(json.dumps(data, default=str))


def test_the_shipped_schema_is_the_generated_one() -> None:
    shipped = json.loads((PROJECT / "schema" / "profile.schema.json").read_text(encoding="utf-8"))
    assert shipped == SCHEMA, "regenerate it: mentor-directory schema > schema/profile.schema.json"


def test_the_schema_is_a_valid_draft_7_schema() -> None:
    jsonschema.Draft7Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("path", demo_profiles(), ids=lambda p: p.name)
def test_every_valid_demo_profile_satisfies_the_schema(path: Path) -> None:
    jsonschema.validate(as_editor_sees_it(path), SCHEMA)


BASE = "ase-lindqvist.yaml"

MISTAKES = {
    "unknown field": lambda p: p.update(pronuns="she/her"),
    "unknown term": lambda p: p.update(library_type="acadmic"),
    "missing required field": lambda p: p.pop("title"),
    "too many areas": lambda p: p.update(mentoring_areas=[t.id for t in VOCABULARY.terms("mentoring_areas")][:9]),
    "no areas": lambda p: p.update(mentoring_areas=[]),
    "a yes/no word for a boolean": lambda p: p.update(accepting_mentees="yes"),
    "negative capacity": lambda p: p.update(capacity=-1),
    "negative hours": lambda p: p.update(hours_per_month=-1),
    "contact without email or url": lambda p: p.update(contact={}),
    "unknown contact field": lambda p: p.update(contact={"email": "a@example.org", "phone": "1"}),
    "javascript url": lambda p: p.update(contact={"url": "javascript:alert(1)"}),
    "photo without description": lambda p: p.update(photo="photos/a.jpg"),
    "svg photo": lambda p: p.update(photo="photos/a.svg", photo_alt="A"),
    "photo outside the folder": lambda p: p.update(photo="../a.jpg", photo_alt="A"),
    "github with @": lambda p: p.update(github="@someone"),
    "date in another format": lambda p: p.update(last_reviewed="2026/01/01"),
    "repeated term": lambda p: p.update(meeting_modes=["video", "video"]),
}


@pytest.mark.parametrize("mistake", MISTAKES, ids=str)
def test_schema_and_validator_both_reject_the_same_mistake(mistake: str, tmp_path: Path) -> None:
    profile = copy.deepcopy(as_editor_sees_it(DEMO_CONTENT / "mentors" / BASE))
    MISTAKES[mistake](profile)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(profile, SCHEMA)
    path = tmp_path / BASE
    path.write_text(yaml.safe_dump(profile, allow_unicode=True), encoding="utf-8")
    found, problems = load_profile(path, VOCABULARY, shown=BASE, today=TODAY)
    assert found is None and problems, f"the validator accepted: {mistake}"


def test_the_base_profile_round_trips_through_the_validator(tmp_path: Path) -> None:
    path = tmp_path / BASE
    path.write_text(yaml.safe_dump(as_editor_sees_it(DEMO_CONTENT / "mentors" / BASE), allow_unicode=True), encoding="utf-8")
    found, problems = load_profile(path, VOCABULARY, shown=BASE, today=TODAY)
    assert problems == [] and found is not None
