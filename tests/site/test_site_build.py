"""Building real sites in temporary folders: what the build writes, and how it refuses bad input."""
from __future__ import annotations

import json
import re
import struct
import subprocess
import sys
import zlib
from html.parser import HTMLParser
from pathlib import Path

import lunr
import pytest
import yaml

from demo_data import DEMO_SLUGS, LISTED_SLUGS, demo_fields, html_files
from mentor_directory.outputs.lunr_js import LunrJsMissing
from mentor_directory.profiles.problems import ProfileErrors
from mentor_directory.site.settings import DEFAULTS
from site_builder import DEMO_CONTENT, PROJECT, build, search_index


def write_profile(content: Path, name: str, text: str) -> Path:
    path = content / "mentors" / name
    path.write_text(text, encoding="utf-8")
    return path


VALID_PROFILE = """\
name: {name}
title: Reference Librarian
organization: Riverbend Public Library
library_type: public
mentoring_areas: [job-search, leadership]
meeting_modes: [video]
contact:
  email: someone@example.org
accepting_mentees: true
last_reviewed: 2026-01-15
"""


def test_every_demo_profile_gets_its_own_page_with_its_slug(demo_site: Path) -> None:
    for slug in DEMO_SLUGS:
        page = (demo_site / "mentors" / slug / "index.html").read_text(encoding="utf-8")
        assert f'data-slug="{slug}"' in page


def test_the_directory_at_the_root_lists_every_current_mentor_once(demo_site: Path) -> None:
    page = (demo_site / "index.html").read_text(encoding="utf-8")
    slugs = re.findall(r'<li class="card" data-slug="([^"]+)"', page)
    assert sorted(slugs) == LISTED_SLUGS
    assert len(LISTED_SLUGS) >= 30
    assert page.count('type="search"') == 1


def test_a_facet_page_lists_exactly_the_mentors_with_that_term(demo_site: Path) -> None:
    expected = sorted(
        slug for slug in LISTED_SLUGS
        if "leadership" in demo_fields(slug)["mentoring_areas"]
    )
    page = (demo_site / "areas" / "leadership" / "index.html").read_text(encoding="utf-8")
    assert sorted(re.findall(r'data-slug="([^"]+)"', page)) == expected
    assert expected, "the demo should have leadership mentors"


def test_every_vocabulary_term_has_a_facet_page_even_without_mentors(demo_site: Path) -> None:
    vocabulary = yaml.safe_load((DEMO_CONTENT / "vocabulary.yaml").read_text(encoding="utf-8"))
    for term in vocabulary["mentoring_areas"]:
        assert (demo_site / "areas" / term["id"] / "index.html").is_file()


def test_search_index_and_records_cover_every_mentor(demo_site: Path) -> None:
    index = json.loads((demo_site / "search" / "index.json").read_text(encoding="utf-8"))
    records = json.loads((demo_site / "search" / "records.json").read_text(encoding="utf-8"))
    assert (index["version"], records["version"]) == (4, 1)
    assert index["lunr"] == lunr.__TARGET_JS_VERSION__
    loaded = lunr.index.Index.load(search_index(demo_site))
    assert sorted({ref.split("/", 1)[1] for ref in loaded.field_vectors}) == LISTED_SLUGS
    assert sorted(m["slug"] for m in records["mentors"]) == LISTED_SLUGS
    assert all(m["url"] == f"mentors/{m['slug']}/" for m in records["mentors"])


def test_the_lunr_js_in_the_site_is_the_version_lunr_py_writes_for(demo_site: Path) -> None:
    script = (demo_site / DEFAULTS["MENTOR_LUNR_JS_SAVE_AS"]).read_text(encoding="utf-8")
    version = re.search(r"lunr - http://lunrjs\.com - .* - (\d+\.\d+\.\d+)", script)
    assert version is not None
    assert version.group(1) == lunr.__TARGET_JS_VERSION__
    lock = json.loads((PROJECT / "package-lock.json").read_text(encoding="utf-8"))
    pinned = lock["packages"]["node_modules/lunr"]
    assert pinned["version"] == lunr.__TARGET_JS_VERSION__
    assert pinned["integrity"].startswith("sha512-")


def test_program_pages_are_built(demo_site: Path) -> None:
    about = (demo_site / "about" / "index.html").read_text(encoding="utf-8")
    assert "<h1>About the program</h1>" in about
    assert (demo_site / "how-to-choose" / "index.html").is_file()
    guide = (demo_site / "add-yourself" / "index.html").read_text(encoding="utf-8")
    assert "<h1>Add yourself in five minutes</h1>" in guide


def test_no_page_carries_an_inline_script_or_style(demo_site: Path) -> None:
    for path in html_files(demo_site):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", text), path
        assert "<style" not in text and " style=" not in text, path


def test_profile_links_are_relative_for_local_builds(demo_site: Path) -> None:
    page = (demo_site / "mentors" / DEMO_SLUGS[0] / "index.html").read_text(encoding="utf-8")
    assert 'href="../../areas/' in page
    assert 'href="/areas/' not in page


def test_a_project_site_under_a_subpath_links_inside_that_subpath(fresh_content: Path, tmp_path: Path) -> None:
    output = build(fresh_content, tmp_path / "out", SITEURL="https://example.org/mentors-program", RELATIVE_URLS=False)
    page = (output / "index.html").read_text(encoding="utf-8")
    internal = re.findall(r'(?:href|src|data-[a-z]+)="(https://example\.org[^"]*)"', page)
    assert internal, "expected absolute links under SITEURL"
    assert all(url.startswith("https://example.org/mentors-program/") for url in internal)


def test_a_broken_profile_stops_the_build_and_every_problem_is_listed(fresh_content: Path, tmp_path: Path, capsys) -> None:
    write_profile(fresh_content, "broken-one.yaml", VALID_PROFILE.format(name="Broken One").replace("public", "pubic"))
    write_profile(fresh_content, "broken-two.md", "---\nname: Broken Two\naccepting_mentees: yes\n---\nHello\n")
    with pytest.raises(ProfileErrors) as stopped:
        build(fresh_content, tmp_path / "out")
    listed = capsys.readouterr().err
    assert "mentors/broken-one.yaml:4:15: error: `pubic` is not a term for `library_type`; did you mean `public`?" in listed
    assert "mentors/broken-two.md:3:20: error: `accepting_mentees` must be true or false; write `true`" in listed
    assert {p.path.rsplit("/", 1)[1] for p in stopped.value.problems} == {"broken-one.yaml", "broken-two.md"}
    assert not (tmp_path / "out" / "index.html").exists(), "nothing may be published from a broken build"


def test_the_pelican_command_exits_non_zero_and_names_the_file_and_line(fresh_content: Path, tmp_path: Path) -> None:
    write_profile(fresh_content, "typo-field.yaml", VALID_PROFILE.format(name="Typo Field") + "pronuns: they/them\n")
    result = subprocess.run(
        [sys.executable, "-m", "pelican", str(fresh_content), "-o", str(tmp_path / "out"),
         "-s", str(PROJECT / "pelicanconf.py"), "-t", str(PROJECT / "theme")],
        capture_output=True, text=True, cwd=tmp_path, timeout=120,
    )
    assert result.returncode != 0
    assert re.search(r"mentors/typo-field\.yaml:11:1: error: unknown field `pronuns`; did you mean `pronouns`", result.stderr)


def test_a_file_that_is_not_a_profile_is_reported_not_skipped(fresh_content: Path, tmp_path: Path) -> None:
    write_profile(fresh_content, "new-mentor.txt", VALID_PROFILE.format(name="New Mentor"))
    with pytest.raises(ProfileErrors) as stopped:
        build(fresh_content, tmp_path / "out")
    assert [p.message for p in stopped.value.problems] == ["not a profile file: profiles end in .md, .yaml or .yml"]


def test_odd_but_valid_profiles_build_and_are_searchable(fresh_content: Path, tmp_path: Path) -> None:
    write_profile(
        fresh_content,
        "odd-one.yaml",
        VALID_PROFILE.format(name="Ngọc Ánh O'Brien-Þórsdóttir")
        + "languages: [NO, Yes, Norsk]\npronouns: 'null'\nbio: |\n  # Hi\n  I love *quokkas* and [maps](https://example.org/maps).\n",
    )
    output = build(fresh_content, tmp_path / "out")
    page = (output / "mentors" / "odd-one" / "index.html").read_text(encoding="utf-8")
    assert "Ngọc Ánh O&#39;Brien-Þórsdóttir" in page
    assert "<h3>Hi</h3>" in page and "<em>quokkas</em>" in page
    records = json.loads((output / "search" / "records.json").read_text(encoding="utf-8"))
    odd = next(m for m in records["mentors"] if m["slug"] == "odd-one")
    assert odd["facets"]["language"] == ["norwegian", "yes"]  # NO (the code) and Norsk are Norwegian
    index = lunr.index.Index.load(search_index(output))
    assert [r["ref"] for r in index.search("quokkas")] == ["odd-one"]
    assert (output / "languages" / "norwegian" / "index.html").is_file()


# The theme's own forms: the directory's filters and the planner's "add a need" and "help me choose".
THEME_FORMS = {"filters", "add-need", "choose"}


class ActiveContent(HTMLParser):
    """Collects anything in a page that could run or load code: what must never come from a profile."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    @classmethod
    def find(cls, text: str) -> list[str]:
        parser = cls()
        parser.feed(text)
        return parser.found

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        ours = (tag == "form" and values.get("id") in THEME_FORMS) or (tag == "svg" and values.get("class") == "chart")
        if tag in {"iframe", "object", "embed", "svg", "style", "base", "form"} and not ours:
            self.found.append(tag)
        if tag == "script" and not (values.get("src") or "").endswith(".js"):
            self.found.append("script without a site src")
        for name, value in attrs:
            if name.startswith("on") or name == "style":
                self.found.append(f"{tag} {name}")
            if name in {"href", "src", "action"} and value and re.match(r"\s*(javascript|data|vbscript):", value, re.I):
                self.found.append(f"{tag} {name}={value}")


HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def test_hostile_profile_text_is_escaped_or_removed_in_every_output_file(fresh_content: Path, tmp_path: Path) -> None:
    write_profile(
        fresh_content,
        "hostile.yaml",
        VALID_PROFILE.format(name=json.dumps(HOSTILE))
        .replace("title: Reference Librarian", f"title: {json.dumps('</script><svg onload=alert(2)>')}")
        + "languages: [\"<b onmouseover=alert(3)>English</b>\"]\n"
        + "bio: |\n  <script>alert(4)</script>\n  [click](javascript:alert(5)) <iframe src=https://example.org></iframe>\n"
        + "  <a href=\"data:text/html,x\" onclick=\"alert(6)\">d</a>\n",
    )
    output = build(fresh_content, tmp_path / "out")
    for path in output.rglob("*.html"):
        assert ActiveContent.find(path.read_text(encoding="utf-8")) == [], path.relative_to(output)
    page = (output / "mentors" / "hostile" / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page or "&lt;script&gt;alert(&quot;x&quot;)" in page


def test_a_deleted_profile_vanishes_from_every_output_file(fresh_content: Path, tmp_path: Path) -> None:
    slug = DEMO_SLUGS[0]
    name = demo_fields(slug)["name"]
    (next((fresh_content / "mentors").glob(f"{slug}.*"))).unlink()
    output = build(fresh_content, tmp_path / "out")
    for path in output.rglob("*"):
        if path.is_file() and path.suffix in {".html", ".json", ".xml", ".txt"}:
            text = path.read_text(encoding="utf-8")
            assert slug not in text and name not in text, path


def test_an_unknown_mentor_setting_is_an_error_with_a_suggestion(tmp_path: Path) -> None:
    with pytest.raises(Exception, match=r"unknown setting MENTOR_PROFILE_PATH; did you mean `MENTOR_PROFILES_PATH`"):
        build(DEMO_CONTENT, tmp_path / "out", MENTOR_PROFILE_PATH="people")


def test_a_missing_lunr_js_says_exactly_what_to_run(tmp_path: Path) -> None:
    with pytest.raises(LunrJsMissing, match=r"run `npm ci`"):
        build(DEMO_CONTENT, tmp_path / "out", MENTOR_LUNR_JS=str(tmp_path / "nowhere" / "lunr.min.js"))




def tiny_png() -> bytes:
    """A valid 1x1 PNG, made here so the test needs no image library."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\xff\xff\xff")) + chunk(b"IEND", b"")


def test_a_photo_beside_the_profile_is_published_with_its_description(fresh_content: Path, tmp_path: Path) -> None:
    (fresh_content / "mentors" / "photos").mkdir()
    (fresh_content / "mentors" / "photos" / "pat.png").write_bytes(tiny_png())
    write_profile(fresh_content, "pat-doe.yaml", VALID_PROFILE.format(name="Pat Doe")
                  + "photo: photos/pat.png\nphoto_alt: Pat in a red scarf\n")
    output = build(fresh_content, tmp_path / "out")
    page = (output / "mentors" / "pat-doe" / "index.html").read_text(encoding="utf-8")
    assert '<img class="avatar avatar-large" src="../../mentors/photos/pat.png" alt="Pat in a red scarf"' in page
    assert (output / "mentors" / "photos" / "pat.png").read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert not list((output / "mentors").glob("*.yaml")), "profile sources must not be copied into the site"


def test_the_pure_modules_work_without_pelican() -> None:
    code = (
        "import sys, mentor_directory.profiles.loading, mentor_directory.outputs.search, mentor_directory.directory.facets, mentor_directory.tools.cli;"
        "print(any(m == 'pelican' or m.startswith('pelican.') for m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_a_long_unreviewed_profile_leaves_the_listings_but_keeps_its_page(fresh_content: Path, tmp_path: Path, caplog) -> None:
    write_profile(fresh_content, "old-timer.yaml", VALID_PROFILE.format(name="Old Timer").replace("2026-01-15", "2025-05-01")
                  + "github: old-timer\n")
    write_profile(fresh_content, "getting-on.yaml", VALID_PROFILE.format(name="Getting On").replace("2026-01-15", "2025-10-01"))
    output = build(fresh_content, tmp_path / "out")
    listing_files = [output / "index.html", output / "areas" / "job-search" / "index.html",
                     output / "search" / "records.json", output / "search" / "index.json"]
    for path in listing_files:
        text = path.read_text(encoding="utf-8")
        assert "old-timer" not in text, path
        assert "getting-on" in text, path
    page = (output / "mentors" / "old-timer" / "index.html").read_text(encoding="utf-8")
    assert "Not reviewed since May 2025, so not listed in the directory for now" in page
    directory = (output / "index.html").read_text(encoding="utf-8")
    card = directory[directory.index('data-slug="getting-on"'):]
    assert "May be out of date: last reviewed October 2025" in card[: card.index("</li>")]
    assert any("old-timer.yaml: not reviewed since 2025-05-01" in r.getMessage() and "@old-timer" in r.getMessage()
               for r in caplog.records)


@pytest.mark.parametrize("settings, message", [
    ({"MENTOR_REVIEW_AFTER_MONTHS": 0}, "MENTOR_REVIEW_AFTER_MONTHS must be a whole number of months"),
    ({"MENTOR_HIDE_AFTER_MONTHS": 6}, "MENTOR_HIDE_AFTER_MONTHS must be None or more months"),
    ({"MENTOR_TODAY": "yesterday"}, "MENTOR_TODAY must be None or a date"),
])
def test_unusable_freshness_settings_stop_the_build(tmp_path: Path, settings: dict, message: str) -> None:
    with pytest.raises(Exception, match=message):
        build(DEMO_CONTENT, tmp_path / "out", **settings)


def test_hiding_can_be_switched_off(tmp_path: Path) -> None:
    output = build(DEMO_CONTENT, tmp_path / "out", MENTOR_HIDE_AFTER_MONTHS=None)
    records = json.loads((output / "search" / "records.json").read_text(encoding="utf-8"))
    assert sorted(m["slug"] for m in records["mentors"]) == DEMO_SLUGS
