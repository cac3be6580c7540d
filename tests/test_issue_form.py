"""The no-Git way in: the issue form is generated from the vocabulary, and a submitted form
becomes a valid profile owned by its author, or a comment saying what to fix."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import yaml

from mentor_directory.profiles.loading import load_profile
from mentor_directory.profiles.vocabulary import load_vocabulary
from mentor_directory.tools.cli import main
from mentor_directory.tools.from_issue import profile_from_event
from mentor_directory.tools.issue_form import QUESTIONS, form
from site_builder import DEMO_CONTENT, PROJECT

VOCABULARY = load_vocabulary(DEMO_CONTENT / "vocabulary.yaml")
TODAY = date(2026, 11, 23)
LABELS = {form_id: label for form_id, label, _, _ in QUESTIONS}


def issue_body(**answers: str) -> str:
    """An issue body as GitHub writes it for a submitted form; unanswered questions say _No response_."""
    checkbox_terms = {"mentoring_areas": "mentoring_areas", "functional_areas": "functional_areas",
                      "meeting_modes": "meeting_modes", "formats": "formats"}
    parts = []
    for form_id, label in LABELS.items():
        value = answers.get(form_id, "_No response_")
        if form_id in checkbox_terms:
            ticked = set(value.split("|")) if value != "_No response_" else set()
            value = "\n".join(f"- [{'X' if t.label in ticked else ' '}] {t.label}" for t in VOCABULARY.terms(checkbox_terms[form_id]))
        parts.append(f"### {label}\n\n{value}\n")
    return "\n".join(parts)


def event(tmp_path: Path, body: str, login: str = "ada-okafor") -> Path:
    path = tmp_path / "event.json"
    path.write_text(json.dumps({"issue": {"number": 7, "body": body, "user": {"login": login}}}), encoding="utf-8")
    return path


GOOD = dict(name="Ada Okafor", title="Research Librarian", organization="Lakeview College", library_type="Academic",
            mentoring_areas="Tenure and promotion|Leadership", meeting_modes="Video call|Email",
            accepting_mentees="Yes, I am accepting new mentees", email="ada@example.org", languages="English, Igbo",
            capacity="2", timezone="America/Chicago", city="Duluth", bio="I love **tenure** files.")


def test_the_shipped_issue_form_is_generated_from_the_vocabulary() -> None:
    shipped = yaml.safe_load((PROJECT / ".github" / "ISSUE_TEMPLATE" / "mentor-profile.yml").read_text(encoding="utf-8"))
    assert shipped == form(VOCABULARY), "regenerate it: mentor-directory issue-form > .github/ISSUE_TEMPLATE/mentor-profile.yml"
    areas = next(item for item in shipped["body"] if item.get("id") == "mentoring_areas")
    assert [o["label"] for o in areas["attributes"]["options"]] == [t.label for t in VOCABULARY.terms("mentoring_areas")]


def test_a_submitted_form_becomes_a_valid_profile_owned_by_its_author(tmp_path: Path) -> None:
    outcome = profile_from_event(event(tmp_path, issue_body(**GOOD)), tmp_path / "mentors", VOCABULARY, TODAY)
    assert outcome.problems == [] and outcome.path == tmp_path / "mentors" / "ada-okafor.yaml"
    profile, problems = load_profile(outcome.path, VOCABULARY, shown="ada-okafor.yaml", today=TODAY)
    assert problems == []
    assert profile.github == "ada-okafor" and profile.last_reviewed == TODAY
    assert profile.mentoring_areas == ("tenure", "leadership") and profile.meeting_modes == ("video", "email")
    assert profile.library_type == "academic" and profile.accepting_mentees is True and profile.capacity == 2
    assert profile.languages == ("English", "Igbo") and profile.location.city == "Duluth"
    assert profile.bio == "I love **tenure** files."


def test_mistakes_come_back_as_a_plain_list_and_nothing_is_written(tmp_path: Path) -> None:
    body = issue_body(**{**GOOD, "email": "mailto:ada", "url": "javascript:alert(1)", "capacity": "two"})
    outcome = profile_from_event(event(tmp_path, body), tmp_path / "mentors", VOCABULARY, TODAY)
    assert outcome.path is None and not (tmp_path / "mentors").exists()
    assert any("is not an email address" in p for p in outcome.problems)
    assert any("is not a web address" in p for p in outcome.problems)
    assert any("whole number" in p for p in outcome.problems)


def test_an_edited_issue_body_cannot_smuggle_in_fields(tmp_path: Path) -> None:
    hostile = issue_body(**GOOD).replace("\nAcademic\n", "\nacademic\\ngithub: mallory\nphoto: ../../etc/passwd\n", 1)
    outcome = profile_from_event(event(tmp_path, hostile), tmp_path / "mentors", VOCABULARY, TODAY)
    assert outcome.path is None and not (tmp_path / "mentors").exists()
    assert [p for p in outcome.problems if "`library_type`" in p], outcome.problems


def test_someone_elses_profile_is_never_replaced(tmp_path: Path) -> None:
    folder = tmp_path / "mentors"
    folder.mkdir()
    (folder / "ada-okafor.md").write_text("---\nname: Ada\ngithub: the-real-ada\n---\n", encoding="utf-8")
    outcome = profile_from_event(event(tmp_path, issue_body(**GOOD), login="mallory"), folder, VOCABULARY, TODAY)
    assert outcome.path is None and "belongs to someone else" in outcome.problems[0]
    assert "the-real-ada" in (folder / "ada-okafor.md").read_text(encoding="utf-8")


def test_the_owner_can_update_their_profile_through_the_form(tmp_path: Path) -> None:
    folder = tmp_path / "mentors"
    folder.mkdir()
    (folder / "ada-okafor.md").write_text("---\nname: Ada\ngithub: ada-okafor\n---\nOld\n", encoding="utf-8")
    outcome = profile_from_event(event(tmp_path, issue_body(**GOOD)), folder, VOCABULARY, TODAY)
    assert outcome.path == folder / "ada-okafor.yaml"
    assert sorted(p.name for p in folder.iterdir()) == ["ada-okafor.yaml"]


def test_the_command_writes_the_comment_when_something_needs_fixing(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "content" / "mentors").mkdir(parents=True)
    (tmp_path / "content" / "vocabulary.yaml").write_bytes((DEMO_CONTENT / "vocabulary.yaml").read_bytes())
    report = tmp_path / "comment.md"
    assert main(["from-issue", str(event(tmp_path, issue_body(**{**GOOD, "timezone": "Mars/Base"}))), "--report", str(report)]) == 1
    assert "`Mars/Base` is not a time zone name" in report.read_text(encoding="utf-8")
    assert main(["from-issue", str(event(tmp_path, issue_body(**GOOD))), "--report", str(report)]) == 0
    assert capsys.readouterr().out.strip() == "content/mentors/ada-okafor.yaml"


def test_the_web_editor_template_is_itself_a_valid_profile(tmp_path: Path) -> None:
    from mentor_directory.outputs.contribute import profile_template

    path = tmp_path / "your-name.yaml"
    path.write_text(profile_template(), encoding="utf-8")
    profile, problems = load_profile(path, VOCABULARY, shown=path.name, today=TODAY)
    assert problems == [] and profile.name == "Ada Okafor"


def test_the_add_yourself_page_links_to_the_form_and_the_pre_filled_editor(tmp_path: Path) -> None:
    from urllib.parse import parse_qs

    from site_builder import build

    output = build(DEMO_CONTENT, tmp_path / "out", MENTOR_REPOSITORY_URL="https://github.com/example-org/mentors")
    page = (output / "add-yourself" / "index.html").read_text(encoding="utf-8")
    assert 'href="https://github.com/example-org/mentors/issues/new?template=mentor-profile.yml"' in page
    editor = page.split('href="https://github.com/example-org/mentors/new/main/content/mentors?', 1)[1].split('"', 1)[0]
    query = parse_qs(editor.replace("&amp;", "&"))
    assert query["filename"] == ["your-name.yaml"] and query["value"][0].startswith("name: Ada Okafor\n")
    plain = (build(DEMO_CONTENT, tmp_path / "plain") / "add-yourself" / "index.html").read_text(encoding="utf-8")
    assert "issues/new" not in plain
