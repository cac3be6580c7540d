"""With two cores the build writes topic pages and the search index in other processes: the site must not change."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from mentor_directory.profiles.problems import ProfileErrors
from mentor_directory.site import background
from site_builder import DEMO_CONTENT, build


def files(output: Path) -> dict[Path, bytes]:
    return {p.relative_to(output): p.read_bytes() for p in output.rglob("*") if p.is_file()}


def test_a_build_split_over_two_cores_writes_exactly_the_one_core_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if sys.platform == "darwin" or "fork" not in background.multiprocessing.get_all_start_methods():
        pytest.skip("no fork on this platform: every build runs in one process")
    monkeypatch.setattr(background, "usable_cores", lambda: 1)
    one_core = files(build(DEMO_CONTENT, tmp_path / "one"))
    monkeypatch.setattr(background, "usable_cores", lambda: 2)
    monkeypatch.setattr(background, "WORTH_A_PROCESS", 0)
    two_cores = files(build(DEMO_CONTENT, tmp_path / "two"))
    assert sorted(two_cores) == sorted(one_core)
    assert [path for path in one_core if two_cores[path] != one_core[path]] == []


def test_a_broken_profile_read_on_the_second_core_is_reported_with_file_and_line(
        fresh_content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    if sys.platform == "darwin" or "fork" not in background.multiprocessing.get_all_start_methods():
        pytest.skip("no fork on this platform: every build runs in one process")
    monkeypatch.setattr(background, "usable_cores", lambda: 2)
    monkeypatch.setattr(background, "WORTH_A_PROCESS", 0)
    profile = fresh_content / "mentors" / "devon-clarke.yaml"
    profile.write_text(profile.read_text(encoding="utf-8").replace("library_type: ", "library_type: pubic-"), encoding="utf-8")
    with pytest.raises(ProfileErrors) as stopped:
        build(fresh_content, tmp_path / "out")
    assert [p.path for p in stopped.value.problems] == ["content/mentors/devon-clarke.yaml"]
    assert "content/mentors/devon-clarke.yaml:" in capsys.readouterr().err
