"""The no-Git way to say "I'm full", "I'm back" or "still current": the second issue form, the
small change it makes, the monthly review's links to it, and the check that keeps forms current."""
from __future__ import annotations

import difflib
import json
import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml

from mentor_directory.profiles.fields import FIELDS_BY_NAME
from mentor_directory.profiles.loading import load_profile
from mentor_directory.tools import generated
from mentor_directory.tools.availability import (
    ACTION_QUESTION,
    ACTIONS,
    PROFILE_QUESTION,
    availability_from_event,
    form,
)
from mentor_directory.tools.cli import main
from mentor_directory.tools.ownership import ProfileChange, ownership_problems
from unit.builders import REPO, REQUIRED, VOCABULARY, VOCABULARY_FILE

TODAY = date(2026, 11, 23)
OWNED = REQUIRED + "github: ada-okafor\ncapacity: 2 # at most\nbio: |\n  accepting_mentees: true is not a field here.\n"


def submit(tmp_path: Path, login: str = "ada-okafor", profile: str = "ada-okafor", action: str = "pause",
           **numbers: str) -> Path:
    """The event GitHub writes when someone submits the form; unanswered questions say _No response_."""
    answers = {PROFILE_QUESTION: profile, ACTION_QUESTION: ACTIONS[action]}
    answers |= {FIELDS_BY_NAME[name].question: value for name, value in numbers.items()}
    questions = [item["attributes"]["label"] for item in form()["body"] if item["type"] != "markdown"]
    body = "\n".join(f"### {q}\n\n{answers.get(q, '_No response_')}\n" for q in questions)
    event = tmp_path / "event.json"
    event.write_text(json.dumps({"issue": {"number": 9, "body": body, "user": {"login": login}}}), encoding="utf-8")
    return event


def folder_with(tmp_path: Path, name: str, text: str) -> Path:
    folder = tmp_path / "mentors"
    folder.mkdir()
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def changed_lines(before: str, after: str) -> list[str]:
    return [line for line in difflib.ndiff(before.splitlines(), after.splitlines()) if line[:1] in "+-"]


def test_pausing_changes_only_availability_and_the_review_date_and_passes_the_ownership_check(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, "ada-okafor.yaml", OWNED)
    outcome = availability_from_event(submit(tmp_path), folder, VOCABULARY, TODAY)
    assert outcome.problems == [] and outcome.path == folder / "ada-okafor.yaml"
    after = outcome.path.read_text(encoding="utf-8")
    assert changed_lines(OWNED, after) == [
        "- accepting_mentees: true", "+ accepting_mentees: false",
        "- last_reviewed: 2026-01-31", "+ last_reviewed: 2026-11-23",
    ]
    assert ownership_problems([ProfileChange("ada-okafor.yaml", OWNED.encode(), after.encode())], "ada-okafor") == []
    profile, problems = load_profile(outcome.path, VOCABULARY, shown="x", today=TODAY)
    assert problems == [] and not profile.taking_mentees


def test_confirming_with_numbers_adds_them_after_the_review_date_in_a_markdown_profile(tmp_path: Path) -> None:
    text = "---\n" + REQUIRED + "github: Ada-Okafor\n---\nMy bio.\n"
    folder = folder_with(tmp_path, "ada-okafor.md", text)
    outcome = availability_from_event(submit(tmp_path, action="confirm", capacity="3", mentees_now="2"), folder, VOCABULARY, TODAY)
    assert outcome.problems == []
    after = outcome.path.read_text(encoding="utf-8")
    assert after.endswith("last_reviewed: 2026-11-23\ncapacity: 3\nmentees_now: 2\ngithub: Ada-Okafor\n---\nMy bio.\n")
    profile, _ = load_profile(outcome.path, VOCABULARY, shown="x", today=TODAY)
    assert profile.open_places == 1 and profile.accepting_mentees


def test_someone_who_does_not_own_the_profile_is_told_whom_to_ask_and_nothing_changes(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, "ada-okafor.yaml", OWNED)
    outcome = availability_from_event(submit(tmp_path, login="mallory"), folder, VOCABULARY, TODAY)
    assert outcome.path is None
    assert "ask the organisers to add your GitHub username (@mallory)" in outcome.problems[0]
    assert (folder / "ada-okafor.yaml").read_text(encoding="utf-8") == OWNED


@pytest.mark.parametrize("answers, words", [
    ({"profile": "Ada Okafor"}, "Please write your profile's address"),
    ({"profile": "nobody-here"}, "There is no profile at /mentors/nobody-here/"),
    ({"action": "resume", "capacity": "0"}, "Please write in the form how many mentees you can take now"),
    ({"action": "confirm", "capacity": "two"}, "`capacity` must be a whole number"),
])
def test_answers_that_cannot_be_used_are_explained_in_plain_words(tmp_path: Path, answers: dict, words: str) -> None:
    folder = folder_with(tmp_path, "ada-okafor.yaml", OWNED)
    outcome = availability_from_event(submit(tmp_path, **answers), folder, VOCABULARY, TODAY)
    assert outcome.path is None and words in " ".join(outcome.problems)
    assert (folder / "ada-okafor.yaml").read_text(encoding="utf-8") == OWNED


def test_a_profile_given_as_its_page_address_is_found(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, "ada-okafor.yaml", OWNED)
    event = submit(tmp_path, profile="https://lib.example.org/mentors/ada-okafor/", action="resume")
    assert availability_from_event(event, folder, VOCABULARY, TODAY).problems == []


def test_the_monthly_review_links_each_mentor_straight_to_the_form_with_their_profile_filled_in(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    folder = folder_with(tmp_path, "ada-okafor.yaml", OWNED)
    monkeypatch.chdir(tmp_path)
    code = main(["review", str(folder), "--vocabulary", str(VOCABULARY_FILE), "--format", "markdown",
                 "--today", "2027-03-01", "--repository", "https://github.com/lib/mentors"])
    out = capsys.readouterr().out
    assert code == 0
    assert ("[Confirm, pause or resume](https://github.com/lib/mentors/issues/new?template=pause-profile.yml"
            "&title=Profile%20check%3A%20ada-okafor&profile=ada-okafor)") in out
    assert "No Git needed" in out


def test_the_shipped_forms_and_schema_are_current(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.chdir(REPO)
    assert main(["check-generated"]) == 0, capsys.readouterr().out
    shipped = yaml.safe_load((REPO / ".github" / "ISSUE_TEMPLATE" / "pause-profile.yml").read_text(encoding="utf-8"))
    assert shipped == form()


def test_a_new_vocabulary_term_makes_the_check_fail_until_the_files_are_remade(tmp_path: Path, capsys) -> None:
    for path in generated.GENERATED:
        (tmp_path / path.path).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(REPO / path.path, tmp_path / path.path)
    vocabulary = tmp_path / "vocabulary.yaml"
    vocabulary.write_text(VOCABULARY_FILE.read_text(encoding="utf-8").replace(
        "mentoring_areas:\n", "mentoring_areas:\n  - id: grant-writing\n    label: Grant writing\n    description: Finding and writing grants.\n", 1),
        encoding="utf-8")
    arguments = ["check-generated", "--root", str(tmp_path), "--vocabulary", str(vocabulary)]
    assert main(arguments) == 1
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        ".github/ISSUE_TEMPLATE/mentor-profile.yml:1:1: error: out of date with the vocabulary or the field table; "
        "remake it with `mentor-directory check-generated --write` and commit the result",
        "schema/profile.schema.json:1:1: error: out of date with the vocabulary or the field table; "
        "remake it with `mentor-directory check-generated --write` and commit the result",
    ]
    assert "check-generated --write" in err
    assert main([*arguments, "--write"]) == 0 and main(arguments) == 0
    assert "Grant writing" in (tmp_path / ".github" / "ISSUE_TEMPLATE" / "mentor-profile.yml").read_text(encoding="utf-8")
