"""`mentor-directory validate` as mentors and the pull-request workflow run it."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mentor_directory.tools.cli import main
from site_builder import DEMO_CONTENT

GOOD = (DEMO_CONTENT / "mentors" / "ase-lindqvist.yaml").read_text(encoding="utf-8")


@pytest.fixture
def project(tmp_path: Path, monkeypatch) -> Path:
    """A program folder with the shipped vocabulary and one good profile; the CLI runs inside it."""
    (tmp_path / "content" / "mentors").mkdir(parents=True)
    shutil.copy(DEMO_CONTENT / "vocabulary.yaml", tmp_path / "content" / "vocabulary.yaml")
    (tmp_path / "content" / "mentors" / "ase-lindqvist.yaml").write_text(GOOD, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_valid_profiles_exit_zero(project: Path, capsys) -> None:
    assert main(["validate"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and "All 1 profile(s) are valid." in captured.err


def test_problems_print_one_line_each_and_exit_one(project: Path, capsys) -> None:
    (project / "content" / "mentors" / "bad.yaml").write_text(GOOD.replace("accepting_mentees: true", "accepting_mentees: yes"), encoding="utf-8")
    assert main(["validate"]) == 1
    lines = capsys.readouterr().out.splitlines()
    line_number = next(i for i, line in enumerate(GOOD.splitlines(), 1) if line.startswith("accepting_mentees"))
    assert lines == [f"content/mentors/bad.yaml:{line_number}:20: error: `accepting_mentees` must be true or false; write `true` instead of `yes`"]


def test_a_single_file_or_folder_can_be_checked(project: Path, capsys) -> None:
    assert main(["validate", "content/mentors/ase-lindqvist.yaml"]) == 0
    assert main(["validate", "content/mentors"]) == 0
    assert main(["validate", "content/mentors/nobody.yaml"]) == 1
    assert "content/mentors/nobody.yaml:1:1: error: no such file or folder" in capsys.readouterr().out


def test_github_format_prints_annotations_with_newlines_and_percent_escaped(project: Path, capsys) -> None:
    bad = GOOD.replace("contact:", "contact:\n  url: ''\n  phone: '100%'\ncontact_note: x\n", 1)
    (project / "content" / "mentors" / "bad.yaml").write_text(bad, encoding="utf-8")
    (project / "content" / "mentors" / "empty.yaml").write_text("", encoding="utf-8")
    assert main(["validate", "--format", "github"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(line.startswith("::error file=content/mentors/") for line in lines)
    assert any(",line=1,col=1,title=Profile problem::there are no fields" in line for line in lines)
    assert all("\n" not in line for line in lines)


def test_a_broken_vocabulary_is_reported_with_its_line(project: Path, capsys) -> None:
    vocabulary = project / "content" / "vocabulary.yaml"
    vocabulary.write_text(vocabulary.read_text(encoding="utf-8").replace("formats:", "format:"), encoding="utf-8")
    assert main(["validate"]) == 1
    assert "content/vocabulary.yaml:" in capsys.readouterr().out


def test_an_annotation_cannot_be_broken_by_the_text_it_carries() -> None:
    from mentor_directory.profiles.problems import Problem

    line = Problem("content/mentors/a,b:c.yaml", 3, 4, "first\nsecond 100%\r").as_github()
    assert line == "::error file=content/mentors/a%2Cb%3Ac.yaml,line=3,col=4,title=Profile problem::first%0Asecond 100%25%0D"


def test_review_lists_profiles_due_for_review_oldest_first_with_who_to_ask(project: Path, capsys) -> None:
    mentors = project / "content" / "mentors"
    reviewed = next(line for line in GOOD.splitlines() if line.startswith("last_reviewed:"))
    (mentors / "old.yaml").write_text(GOOD.replace(reviewed, "last_reviewed: 2025-01-10"), encoding="utf-8")
    (mentors / "older.yaml").write_text(GOOD.replace(reviewed, "last_reviewed: 2025-11-01"), encoding="utf-8")
    assert main(["review", "--today", "2026-11-23"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        "content/mentors/old.yaml: Åse Lindqvist (@ase-lindqvist) last reviewed 2025-01-10, 22 months ago — left out of the directory",
        "content/mentors/older.yaml: Åse Lindqvist (@ase-lindqvist) last reviewed 2025-11-01, 12 months ago",
    ]


def test_review_as_markdown_is_a_checklist_that_mentions_each_mentor(project: Path, capsys) -> None:
    mentors = project / "content" / "mentors"
    reviewed = next(line for line in GOOD.splitlines() if line.startswith("last_reviewed:"))
    (mentors / "old.yaml").write_text(GOOD.replace(reviewed, "last_reviewed: 2025-01-10"), encoding="utf-8")
    assert main(["review", "--today", "2026-11-23", "--format", "markdown"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == ("- [ ] @ase-lindqvist: Åse Lindqvist, `content/mentors/old.yaml`, "
                         "last reviewed 2025-01-10 (22 months ago) — left out of the directory")
    assert sum(line.startswith("- [ ]") for line in lines) == 1


def test_stats_prints_the_dashboards_counts_for_the_demo_profiles(monkeypatch, capsys) -> None:
    from demo_data import DEMO_SLUGS, LISTED_SLUGS, demo_fields
    from site_builder import BUILD_DAY, PROJECT

    monkeypatch.chdir(PROJECT)
    assert main(["stats", "--today", BUILD_DAY]) == 0
    out = capsys.readouterr().out
    listed = [demo_fields(s) for s in LISTED_SLUGS]
    accepting = [f for f in listed if f["accepting_mentees"]]
    assert out.splitlines()[0] == (f"{len(listed)} mentors listed, {len(accepting)} accepting new mentees, "
                                   f"{len(listed) - len(accepting)} not accepting.")
    places = sum(f.get("capacity") or 0 for f in accepting)
    assert out.splitlines()[1].startswith(f"{places} places offered (the capacities accepting mentors gave; not places left);")
    assert f"{len(DEMO_SLUGS) - len(LISTED_SLUGS)} not listed until reviewed" in out
    hidden = [demo_fields(s)["name"] for s in DEMO_SLUGS if s not in LISTED_SLUGS]
    assert hidden and not [name for name in hidden if name in out], "stats counts hidden profiles; only review names them"
    tenure = [f for f in listed if "tenure" in f["mentoring_areas"]]
    tenure_line = next(line for line in out.splitlines() if line.strip().startswith("Tenure and promotion"))
    assert tenure_line.split()[-3:-1] == [str(len(tenure)), str(sum(1 for f in tenure if f["accepting_mentees"]))]


def test_stats_refuses_to_count_when_a_profile_is_broken(project: Path, capsys) -> None:
    (project / "content" / "mentors" / "bad.yaml").write_text("name: [", encoding="utf-8")
    assert main(["stats"]) == 1
    assert "bad.yaml:1:" in capsys.readouterr().err
