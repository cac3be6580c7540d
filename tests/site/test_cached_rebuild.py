"""Rebuilding with Pelican's content cache on: only changed profiles are read again, and nothing stale is published."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from mentor_directory.profiles import loading
from mentor_directory.profiles.problems import ProfileErrors
from site_builder import PROJECT, build
from test_site_build import VALID_PROFILE, tiny_png, write_profile


@pytest.fixture
def cached_build(tmp_path: Path):
    """Build ``content`` as `pelican` does with CACHE_CONTENT and LOAD_CONTENT_CACHE on, into a fresh output folder."""
    def run(content: Path, **overrides: object) -> Path:
        output = tmp_path / "out"
        shutil.rmtree(output, ignore_errors=True)
        return build(content, output, CACHE_CONTENT=True, LOAD_CONTENT_CACHE=True,
                     CACHE_PATH=str(tmp_path / "cache"), **overrides)
    return run


@pytest.fixture
def profiles_read(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The file names of the profiles a build actually reads and validates."""
    read: list[str] = []
    real = loading.load_profile

    def counting(path: Path, *args: object, **kwargs: object):
        read.append(path.name)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(loading, "load_profile", counting)
    return read


def save(path: Path, text: str) -> None:
    """Write as an editor would a moment later: the file's modification time moves on."""
    stamp = path.stat().st_mtime + 2 if path.exists() else None
    path.write_text(text, encoding="utf-8")
    if stamp is not None:
        os.utime(path, (stamp, stamp))


def page(output: Path, slug: str) -> str:
    return (output / "mentors" / slug / "index.html").read_text(encoding="utf-8")


def test_an_unchanged_rebuild_reads_no_profile_again_and_publishes_the_same_site(
        fresh_content: Path, cached_build, profiles_read: list[str]) -> None:
    first = {p.relative_to(out): p.read_bytes() for out in [cached_build(fresh_content)] for p in out.rglob("*") if p.is_file()}
    assert len(profiles_read) == len(list((fresh_content / "mentors").glob("*.*")))
    profiles_read.clear()
    output = cached_build(fresh_content)
    assert profiles_read == []
    assert {p.relative_to(output): p.read_bytes() for p in output.rglob("*") if p.is_file()} == first


def test_an_edited_profile_is_read_again_and_the_edit_is_published(
        fresh_content: Path, cached_build, profiles_read: list[str]) -> None:
    cached_build(fresh_content)
    profile = fresh_content / "mentors" / "aaron-feldman.md"
    save(profile, profile.read_text(encoding="utf-8").replace("title: Implementation Consultant", "title: Zine Wrangler")
         + "\nI also run a zine library on Thursdays.\n")
    profiles_read.clear()
    output = cached_build(fresh_content)
    assert profiles_read == ["aaron-feldman.md"]
    assert "I also run a zine library on Thursdays." in page(output, "aaron-feldman")
    assert '<p class="role">Zine Wrangler, OpenStacks Cloud</p>' in page(output, "aaron-feldman")
    assert "zine" in (output / "search" / "index.json").read_text(encoding="utf-8")


def test_a_broken_profile_is_reported_with_file_and_line_on_every_cached_rebuild(
        fresh_content: Path, cached_build, capsys) -> None:
    cached_build(fresh_content)
    profile = fresh_content / "mentors" / "devon-clarke.yaml"
    text = profile.read_text(encoding="utf-8")
    line = next(n for n, row in enumerate(text.splitlines(), 1) if row.startswith("accepting_mentees:"))
    save(profile, text.replace("accepting_mentees: true", "accepting_mentees: maybe")
         .replace("accepting_mentees: false", "accepting_mentees: maybe"))
    for _ in range(2):
        with pytest.raises(ProfileErrors):
            cached_build(fresh_content)
        assert f"mentors/devon-clarke.yaml:{line}:20: error: `accepting_mentees` must be true or false" in capsys.readouterr().err


def test_a_term_removed_from_the_vocabulary_is_reported_in_profiles_the_cache_held(
        fresh_content: Path, cached_build, capsys) -> None:
    cached_build(fresh_content)
    vocabulary = fresh_content / "vocabulary.yaml"
    save(vocabulary, vocabulary.read_text(encoding="utf-8").replace("- id: career-change\n", "- id: career-move\n"))
    with pytest.raises(ProfileErrors):
        cached_build(fresh_content)
    assert "mentors/aaron-feldman.md:12:19: error: `career-change` is not a term for `mentoring_areas`" in capsys.readouterr().err


def test_a_changed_mentor_setting_reads_every_profile_again(
        fresh_content: Path, cached_build, profiles_read: list[str]) -> None:
    cached_build(fresh_content)
    profiles_read.clear()
    cached_build(fresh_content, MENTOR_HIDE_AFTER_MONTHS=24)
    assert len(profiles_read) == len(list((fresh_content / "mentors").glob("*.*")))


def test_a_deleted_profile_leaves_every_page_and_file_of_the_rebuilt_site(fresh_content: Path, cached_build) -> None:
    cached_build(fresh_content)
    (fresh_content / "mentors" / "aaron-feldman.md").unlink()
    output = cached_build(fresh_content)
    assert not (output / "mentors" / "aaron-feldman").exists()
    leftovers = [p for p in output.rglob("*") if p.is_file() and "aaron-feldman" in p.read_text(encoding="utf-8", errors="ignore")]
    assert leftovers == []


def test_a_photo_removed_after_a_cached_build_is_reported_not_published(fresh_content: Path, cached_build, capsys) -> None:
    photos = fresh_content / "mentors" / "photos"
    photos.mkdir()
    (photos / "pat.png").write_bytes(tiny_png())
    write_profile(fresh_content, "pat-doe.yaml", VALID_PROFILE.format(name="Pat Doe")
                  + "photo: photos/pat.png\nphoto_alt: Pat in a red scarf\n")
    cached_build(fresh_content)
    (photos / "pat.png").unlink()
    with pytest.raises(ProfileErrors):
        cached_build(fresh_content)
    assert "mentors/pat-doe.yaml:11:8: error: no file `photos/pat.png` beside this profile" in capsys.readouterr().err


def test_an_edited_template_is_used_on_a_cached_rebuild(fresh_content: Path, cached_build, tmp_path: Path) -> None:
    theme = tmp_path / "theme"
    shutil.copytree(PROJECT / "theme", theme)
    cached_build(fresh_content, THEME=str(theme))
    template = theme / "templates" / "mentor.html"
    save(template, template.read_text(encoding="utf-8").replace("<h2 id=\"details-heading\">Details</h2>",
                                                                 "<h2 id=\"details-heading\">Particulars</h2>"))
    output = cached_build(fresh_content, THEME=str(theme))
    assert "Particulars" in page(output, "aaron-feldman")
