"""A program with nobody listed yet, and builds that fail: the site a visitor finds is always a whole one."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from demo_data import DEMO_SLUGS, demo_fields
from mentor_directory.site import generator
from site_builder import DEMO_CONTENT, build


def every_file(output: Path) -> dict[str, bytes]:
    return {p.relative_to(output).as_posix(): p.read_bytes() for p in sorted(output.rglob("*")) if p.is_file()}


def without_profiles(tmp_path: Path) -> Path:
    """The demo content after a new program deleted the example profiles, as the setup guide says."""
    content = tmp_path / "content"
    shutil.copytree(DEMO_CONTENT, content)
    for path in (content / "mentors").iterdir():
        if path.is_file():
            path.unlink()
    return content


def test_a_new_program_with_no_profiles_builds_a_page_inviting_the_first_mentor(tmp_path: Path) -> None:
    output = build(without_profiles(tmp_path), tmp_path / "output", MENTOR_REPOSITORY_URL="https://github.com/lib/mentors",
                   MENTOR_PROGRAM_CONTACT="mentoring@example.org")
    home = (output / "index.html").read_text(encoding="utf-8")
    assert "No mentors yet: be the first" in home
    assert "https://github.com/lib/mentors/issues/new?template=mentor-profile.yml" in home
    assert 'href="./add-yourself/"' in home and "mailto:mentoring@example.org" in home
    assert 'id="filters"' not in home, "no search form over an empty list"
    assert json.loads((output / "mentors.json").read_text(encoding="utf-8"))["mentors"] == []
    index = json.loads((output / "search" / "index.json").read_text(encoding="utf-8"))
    assert index["index"]["refs"] == []


def test_a_program_whose_every_profile_is_past_its_review_date_builds_without_naming_anyone(tmp_path: Path) -> None:
    output = build(DEMO_CONTENT, tmp_path / "output", MENTOR_TODAY="2040-01-01")
    home = (output / "index.html").read_text(encoding="utf-8")
    assert "No mentors are listed right now" in home
    assert [s for s in DEMO_SLUGS if demo_fields(s)["name"] in home] == []
    assert all((output / "mentors" / slug / "index.html").is_file() for slug in DEMO_SLUGS), "each keeps its own page"


def test_a_build_that_fails_half_way_leaves_the_previous_site_exactly_as_it_was(
        fresh_content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    output = build(fresh_content, tmp_path / "output")
    before = every_file(output)
    leaving = sorted((fresh_content / "mentors").glob("*.yaml"))[0]
    leaving.unlink()

    def crash(self: generator.MentorDirectoryGenerator) -> None:
        raise RuntimeError("the disk filled up")

    with monkeypatch.context() as patched:
        patched.setattr(generator.MentorDirectoryGenerator, "_write_exports", crash)
        with pytest.raises(RuntimeError):
            build(fresh_content, output)
    assert every_file(output) == before

    build(fresh_content, output)
    assert not (output / "mentors" / leaving.stem).exists(), "a removed mentor still leaves nothing behind"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["content", "output"], "no staging folder is left"
