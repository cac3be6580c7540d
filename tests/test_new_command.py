"""`mentor-directory new`: a mentor answers questions (or a script passes options) and gets a valid profile."""
from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from mentor_directory.profiles.loading import load_profile
from mentor_directory.profiles.vocabulary import load_vocabulary
from mentor_directory.tools import new_command
from mentor_directory.tools.cli import main
from site_builder import DEMO_CONTENT

VOCABULARY = load_vocabulary(DEMO_CONTENT / "vocabulary.yaml")
TODAY = date(2026, 11, 23)


def arguments(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    new_command.add_arguments(parser)
    return parser.parse_args(list(argv))


def test_options_alone_write_a_profile_that_validates_with_tricky_text_kept_as_text(tmp_path: Path) -> None:
    args = arguments(
        "--folder", str(tmp_path), "--no-input", "--name", "Yes O'Brien: Jr", "--title", "1984",
        "--organization", "Lakeview: Library", "--library-type", "public", "--mentoring-areas", "job-search, 3",
        "--meeting-modes", "video,phone", "--email", "yes@example.org", "--accepting-mentees", "no",
        "--languages", "NO, English", "--capacity", "2",
    )
    assert new_command.run(args, VOCABULARY, TODAY) == 0
    path = tmp_path / "yes-o-brien-jr.yaml"
    profile, problems = load_profile(path, VOCABULARY, shown=path.name, today=TODAY)
    assert problems == []
    assert (profile.name, profile.title, profile.languages) == ("Yes O'Brien: Jr", "1984", ("NO", "English"))
    assert profile.mentoring_areas == ("job-search", VOCABULARY.terms("mentoring_areas")[2].id)
    assert profile.accepting_mentees is False and profile.capacity == 2 and profile.last_reviewed == TODAY


def test_a_script_missing_required_fields_is_told_which_options_to_add(tmp_path: Path, capsys) -> None:
    assert new_command.run(arguments("--folder", str(tmp_path), "--no-input", "--name", "X"), VOCABULARY, TODAY) == 2
    error = capsys.readouterr().err
    assert "--title" in error and "--email or --url" in error and "--name" not in error
    assert list(tmp_path.iterdir()) == []


def test_an_existing_slug_is_never_overwritten(tmp_path: Path, capsys) -> None:
    (tmp_path / "ada-okafor.md").write_text("keep me", encoding="utf-8")
    args = arguments("--folder", str(tmp_path), "--no-input", "--name", "Ada Okafor", "--title", "T", "--organization", "O",
                     "--library-type", "public", "--mentoring-areas", "leadership", "--meeting-modes", "video",
                     "--email", "a@example.org", "--accepting-mentees", "yes")
    assert new_command.run(args, VOCABULARY, TODAY) == 2
    assert "already exists; choose another with --slug" in capsys.readouterr().err
    assert (tmp_path / "ada-okafor.md").read_text(encoding="utf-8") == "keep me"


def test_a_value_the_validator_refuses_writes_nothing(tmp_path: Path, capsys) -> None:
    args = arguments("--folder", str(tmp_path), "--no-input", "--name", "Ada", "--title", "T", "--organization", "O",
                     "--library-type", "public", "--mentoring-areas", "leadership", "--meeting-modes", "video",
                     "--url", "javascript:alert(1)", "--accepting-mentees", "yes")
    assert new_command.run(args, VOCABULARY, TODAY) == 2
    assert "--url: `javascript:alert(1)` is not a web address" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_the_console_script_offers_new(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "vocabulary.yaml").write_bytes((DEMO_CONTENT / "vocabulary.yaml").read_bytes())
    code = main(["new", "--no-input", "--name", "Kim Ng", "--title", "T", "--organization", "O", "--library-type", "school",
                 "--mentoring-areas", "instruction", "--meeting-modes", "email", "--email", "k@example.org",
                 "--accepting-mentees", "true"])
    assert code == 0
    assert (tmp_path / "content" / "mentors" / "kim-ng.yaml").is_file()
