"""Rebuilding the site: a removed mentor leaves no trace, and the same content always gives the same bytes."""
from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
import yaml

from mentor_directory.profiles.problems import ProfileErrors
from site_builder import DEMO_CONTENT, build


def demo_fields(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    return yaml.safe_load(text.split("---", 2)[1] if path.suffix == ".md" else text)


def every_file(output: Path) -> dict[str, bytes]:
    return {p.relative_to(output).as_posix(): p.read_bytes() for p in sorted(output.rglob("*")) if p.is_file()}


def test_rebuilding_into_the_same_folder_after_a_deletion_leaves_no_trace_of_the_mentor(fresh_content: Path, tmp_path: Path) -> None:
    profile = next(p for p in sorted((fresh_content / "mentors").iterdir()) if p.is_file() and demo_fields(p).get("contact", {}).get("email"))
    fields = demo_fields(profile)
    traces = [profile.stem, fields["name"], fields["contact"]["email"]]
    output = tmp_path / "output"
    build(fresh_content, output)
    before = every_file(output)
    assert any(all(t.encode() in data for t in traces[:2]) for data in before.values()), "the mentor was published first"

    profile.unlink()
    build(fresh_content, output)
    leftovers = {path: [t for t in traces if t.encode() in data] for path, data in every_file(output).items()}
    assert {path: found for path, found in leftovers.items() if found} == {}


def test_a_file_from_an_earlier_build_does_not_survive_a_rebuild(tmp_path: Path) -> None:
    output = tmp_path / "output"
    (output / "mentors" / "gone-mentor").mkdir(parents=True)
    (output / "mentors" / "gone-mentor" / "index.html").write_text("Gone Mentor", encoding="utf-8")
    build(DEMO_CONTENT, output)
    assert not (output / "mentors" / "gone-mentor").exists()


def test_two_builds_of_the_same_content_are_byte_identical(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(DEMO_CONTENT, content)
    first = every_file(build(content, tmp_path / "first"))
    second = every_file(build(content, tmp_path / "second"))
    assert sorted(first) == sorted(second)
    differing = [path for path in first if first[path] != second[path]]
    assert differing == [], f"{len(differing)} files differ, e.g. {differing[:5]}"
    assert len(first) > 100


def test_builds_from_a_different_folder_or_at_a_different_time_give_the_same_bytes(tmp_path: Path) -> None:
    first = every_file(build(DEMO_CONTENT, tmp_path / "a" / "output"))
    moved = tmp_path / "elsewhere" / "content"
    shutil.copytree(DEMO_CONTENT, moved)
    for path in moved.rglob("*"):
        path.touch()
    second = every_file(build(moved, tmp_path / "b" / "output"))

    def digest(files: dict) -> str:
        return hashlib.sha256(b"".join(k.encode() + v for k, v in sorted(files.items()))).hexdigest()

    assert digest(first) == digest(second), [p for p in first if first[p] != second.get(p)][:5]


def test_a_build_that_finds_a_broken_profile_leaves_the_previous_site_untouched(fresh_content: Path, tmp_path: Path, capsys) -> None:
    output = build(fresh_content, tmp_path / "output")
    assert len(list(output.rglob("*.html"))) > 100
    before = every_file(output)
    broken = sorted((fresh_content / "mentors").glob("*.yaml"))[-1]
    broken.write_text(broken.read_text(encoding="utf-8").replace("accepting_mentees: true", "accepting_mentees: yes").replace("accepting_mentees: false", "accepting_mentees: no"), encoding="utf-8")
    with pytest.raises(ProfileErrors):
        build(fresh_content, output)
    assert broken.name in capsys.readouterr().err
    assert every_file(output) == before, "the broken profile publishes nothing; the last good site stays"
