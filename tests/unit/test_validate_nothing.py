"""`mentor-directory validate` on a new program's empty folder, and on a path that is not there."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mentor_directory.tools.cli import main
from unit.builders import VOCABULARY_FILE


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "content" / "mentors" / "photos").mkdir(parents=True)
    shutil.copy(VOCABULARY_FILE, tmp_path / "content" / "vocabulary.yaml")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_an_empty_profiles_folder_is_a_new_program_and_says_there_is_nothing_to_check(project: Path, capsys) -> None:
    assert main(["validate"]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert "No profiles to check in content/mentors yet" in err and "mentor-directory new" in err
    assert "valid" not in err


def test_a_folder_that_does_not_exist_is_an_error(project: Path, capsys) -> None:
    assert main(["validate", "content/mentor"]) == 1
    assert "content/mentor:1:1: error: no such file or folder" in capsys.readouterr().out
