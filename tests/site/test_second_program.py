"""A second program on the same plugin: the museum network in examples/museum/, built with its own
configuration, words the directory its way and leaves out what it does not use."""
from __future__ import annotations

import csv
import io
import re
import shutil
from html import unescape
from pathlib import Path

import pytest

from demo_data import html_files
from site_builder import MUSEUM, build


def visible_text(html: str) -> str:
    """The page's words as a reader meets them: no markup, scripts or addresses."""
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body)))


@pytest.fixture(scope="module")
def museum_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(MUSEUM / "content", tmp_path_factory.mktemp("museum") / "output", settings_file=MUSEUM / "pelicanconf.py")


def test_the_museum_wording_replaces_the_library_wording_everywhere_a_mentee_reads(museum_site: Path) -> None:
    index = visible_text((museum_site / "index.html").read_text(encoding="utf-8"))
    assert "Museum Mentoring Network" in index and "Kind of museum" in index and "Museum work" in index
    assert "For example: conservation, exhibitions, Welsh, small museums" in index
    planner = visible_text((museum_site / "my-mentors" / "index.html").read_text(encoding="utf-8"))
    assert "Your kind of museum" in planner and "Career alignment: the same kind of museum" in planner
    coverage = visible_text((museum_site / "coverage" / "index.html").read_text(encoding="utf-8"))
    assert "Kind of museum" in coverage
    for path in html_files(museum_site):
        if path.parent.name != "add-yourself":  # the page names the profile field `library_type`
            assert not re.search(r"librar", visible_text(path.read_text(encoding="utf-8")), re.I), path


def test_what_the_program_relaxes_and_leaves_out(museum_site: Path) -> None:
    tomasz = visible_text((museum_site / "mentors" / "tomasz-wojcik" / "index.html").read_text(encoding="utf-8"))
    assert "Freelance objects conservator" in tomasz and "Freelance objects conservator," not in tomasz
    assert not (museum_site / "career-stages").exists()
    columns = next(csv.reader(io.StringIO((museum_site / "mentors.csv").read_text(encoding="utf-8"))))
    assert "career_stage" not in columns and "library_type" in columns


def test_a_program_that_drops_the_kind_of_workplace_shows_it_nowhere(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(MUSEUM / "content", content)
    vocabulary = content / "vocabulary.yaml"
    text = vocabulary.read_text(encoding="utf-8")
    text = re.sub(r"\nlibrary_type:\n.*?\n\n", "\n", text, flags=re.S)
    text = text.replace("required: [name, title, library_type,", "required: [name, title,")
    text = re.sub(r"\n  facets:\n    library-type: Kind of museum\n", "\n  facets:\n", text)
    vocabulary.write_text(text, encoding="utf-8")
    for profile in (content / "mentors").iterdir():
        profile.write_text(re.sub(r"^library_type: .*\n", "", profile.read_text(encoding="utf-8"), flags=re.M), encoding="utf-8")
    output = build(content, tmp_path / "out", settings_file=MUSEUM / "pelicanconf.py")
    assert not (output / "library-types").exists()
    for page in ("index.html", "mentors/finn-gallagher/index.html", "my-mentors/index.html", "coverage/index.html"):
        html = (output / page).read_text(encoding="utf-8")
        assert "Kind of museum" not in html and "library-type" not in html and 'id="q-library"' not in html, page
    assert "What matters more to you?" not in (output / "my-mentors" / "index.html").read_text(encoding="utf-8")
