"""What an admin configures in pelicanconf.py, and what the dashboard, exports and feed say, on real builds."""
from __future__ import annotations

import csv
import io
import json
import re
import shutil
import xml.etree.ElementTree as ET
from collections import defaultdict
from html import unescape
from pathlib import Path
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest
import yaml

from demo_data import DEMO_SLUGS, LISTED_SLUGS, demo_fields, html_files
from mentor_directory.profiles.places_and_languages import language
from site_builder import DEMO_CONTENT, build

SUBPATH_SITEURL = "https://example.github.io/mentor-directory"
ATOM = "{http://www.w3.org/2005/Atom}"


def demo(slug: str) -> dict:
    return demo_fields(slug)


def email_addresses() -> list[str]:
    """Email addresses: no bulk file may carry them (identities are checked by field, as some are also languages)."""
    return [e for s in DEMO_SLUGS if (e := demo(s).get("contact", {}).get("email"))]


@pytest.fixture(scope="module")
def configured_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo as a program would configure it: a project site under /REPO/, own colour, fewer facets."""
    content = tmp_path_factory.mktemp("configured") / "content"
    shutil.copytree(DEMO_CONTENT, content)
    (content / "images").mkdir(exist_ok=True)
    (content / "images" / "logo.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><circle cx="20" cy="20" r="18"/></svg>')
    return build(
        content, content.parent / "output",
        SITEURL=SUBPATH_SITEURL, RELATIVE_URLS=False,
        MENTOR_FACETS=["language", "area", "availability"],
        MENTOR_BRAND_COLOR="#7a1f5c", MENTOR_ALLOW_INDEXING=True, MENTOR_EMAIL_DISPLAY="link",
        MENTOR_PROGRAM_CONTACT="mentoring@example.org", MENTOR_LOGO="images/logo.svg",
    )


# --- defaults -------------------------------------------------------------------------------

def test_by_default_every_page_asks_not_to_be_indexed_and_there_is_no_sitemap(demo_site: Path) -> None:
    for path in html_files(demo_site):
        assert '<meta name="robots" content="noindex">' in path.read_text(encoding="utf-8"), path
    assert not (demo_site / "sitemap.xml").exists() and not (demo_site / "robots.txt").exists()


def test_by_default_no_page_carries_an_email_address(demo_site: Path) -> None:
    addresses = [demo(s)["contact"]["email"] for s in DEMO_SLUGS if demo(s).get("contact", {}).get("email")]
    assert addresses
    for path in html_files(demo_site):
        text = unescape(path.read_text(encoding="utf-8"))
        assert not [a for a in addresses if a in text], path
        if "mentors" in path.relative_to(demo_site).parts:
            assert "mailto:" not in text, path


def test_exports_list_every_listed_mentor_with_public_fields_only(demo_site: Path) -> None:
    exported = json.loads((demo_site / "mentors.json").read_text(encoding="utf-8"))
    assert sorted(m["slug"] for m in exported["mentors"]) == LISTED_SLUGS
    assert not {"github", "identities", "email", "contact"} & {key for m in exported["mentors"] for key in m}
    rows = list(csv.DictReader(io.StringIO((demo_site / "mentors.csv").read_text(encoding="utf-8"))))
    assert sorted(r["name"] for r in rows) == sorted(demo(s)["name"] for s in LISTED_SLUGS)
    for name in ("mentors.json", "mentors.csv", "feeds/mentors.atom.xml"):
        text = (demo_site / name).read_text(encoding="utf-8")
        leaked = [v for v in email_addresses() if v in text]
        assert leaked == [], name


def test_the_feed_is_valid_atom_with_listed_mentors_newest_first(demo_site: Path) -> None:
    feed = ET.parse(demo_site / "feeds" / "mentors.atom.xml").getroot()
    entries = feed.findall(f"{ATOM}entry")
    slugs = [e.find(f"{ATOM}id").text.rstrip("/").rsplit("/", 1)[1] for e in entries]
    assert set(slugs) <= set(LISTED_SLUGS) and len(slugs) == min(30, len(LISTED_SLUGS))
    dates = [e.find(f"{ATOM}updated").text[:10] for e in entries]
    assert dates == sorted(dates, reverse=True)
    expected_newest = max(str(demo(s)["last_reviewed"]) for s in LISTED_SLUGS)
    assert feed.find(f"{ATOM}updated").text.startswith(expected_newest)
    for entry in entries:
        assert entry.find(f"{ATOM}title").text and entry.find(f"{ATOM}link").get("href")


# --- the dashboard --------------------------------------------------------------------------

def dashboard_rows(page: str, key: str) -> dict[str, tuple[int, int, int]]:
    """Label -> (mentors, accepting, places offered) from one table of the coverage page."""
    section = re.search(rf'<table>\s*<caption id="caption-{key}">.*?</table>', page, re.S).group(0)
    rows = {}
    for label, mentors, accepting, places in re.findall(
            r'<tr[^>]*><th scope="row">(.*?)</th><td>(\d+)</td><td>(\d+)</td><td>(\d+)', section, re.S):
        label = re.sub(r'<span class="gap-flag">.*?</span>', "", label)
        rows[unescape(re.sub(r"<[^>]+>", "", label)).strip()] = (int(mentors), int(accepting), int(places))
    return rows


def test_dashboard_counts_match_the_demo_profiles_counted_independently(demo_site: Path) -> None:
    vocabulary = yaml.safe_load((DEMO_CONTENT / "vocabulary.yaml").read_text(encoding="utf-8"))
    labels = {t["id"]: t["label"] for t in vocabulary["mentoring_areas"]}
    expected: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for slug in LISTED_SLUGS:
        fields = demo(slug)
        for area in fields["mentoring_areas"]:
            counts = expected[labels[area]]
            counts[0] += 1
            if fields["accepting_mentees"]:
                counts[1] += 1
                counts[2] += fields.get("capacity") or 0
    page = (demo_site / "coverage" / "index.html").read_text(encoding="utf-8")
    shown = dashboard_rows(page, "area")
    assert {label: tuple(c) for label, c in expected.items()} == shown
    assert list(shown.values()) == sorted(shown.values(), key=lambda c: (c[1], c[2], c[0])), "needs, least room first"
    uncovered = sorted(set(labels.values()) - set(shown))
    if uncovered:
        no_mentor = re.search(r"<strong>No mentor yet:</strong>(.*?)</p>", page, re.S).group(1)
        assert sorted(unescape(t) for t in re.findall(r">([^<]+)</a>", no_mentor)) == uncovered
    listed = [demo(s) for s in LISTED_SLUGS]
    accepting = [f for f in listed if f["accepting_mentees"]]
    assert f"<dt>Mentors listed</dt><dd>{len(listed)}</dd>" in page
    assert f"<dt>Accepting new mentees</dt><dd>{len(accepting)}</dd>" in page
    assert f"<dt>Places offered</dt><dd>{sum(f.get('capacity') or 0 for f in accepting)}</dd>" in page
    hidden = len(DEMO_SLUGS) - len(LISTED_SLUGS)
    assert f"<dt>Not listed until reviewed</dt><dd>{hidden}</dd>" in page


def test_the_dashboard_names_no_one_and_keeps_the_detail_one_click_away(demo_site: Path) -> None:
    page = (demo_site / "coverage" / "index.html").read_text(encoding="utf-8")
    named = [demo(s)["name"] for s in DEMO_SLUGS if demo(s)["name"] in unescape(page)]
    assert named == []
    assert "open places" not in page.lower()
    # Needs are on the page; every other table is behind a closed disclosure.
    assert re.search(r'<table>\s*<caption id="caption-area">', page)
    details = re.findall(r'<details class="coverage-table" id="table-([a-z-]+)">', page)
    assert "language" in details and "area" not in details
    assert not re.search(r'<details class="coverage-table"[^>]* open', page)


def shown_language(written: str) -> str:
    """A language as every page names it: its standard name when it is a known language, else as written."""
    known = language(written)
    return known.name if known else written


def test_dashboard_lists_languages_no_listed_mentor_accepts_and_drops_empty_ones(demo_site: Path) -> None:
    listed_languages = {shown_language(lang) for s in LISTED_SLUGS for lang in demo(s).get("languages", [])}
    accepting_languages = {shown_language(lang) for s in LISTED_SLUGS if demo(s)["accepting_mentees"]
                           for lang in demo(s).get("languages", [])}
    page = (demo_site / "coverage" / "index.html").read_text(encoding="utf-8")
    section = re.search(r'<details class="coverage-table" id="table-language">.*?</details>', page, re.S).group(0)
    assert set(dashboard_rows(section, "language")) == listed_languages
    gaps = re.search(r"<strong>Mentors, but no one accepting:</strong>(.*?)</p>", section, re.S)
    expected = sorted(listed_languages - accepting_languages)
    if expected:
        assert sorted(unescape(t) for t in re.findall(r">([^<]+)</a>", gaps.group(1))) == expected
    else:
        assert gaps is None


# --- a configured program under a project-site subpath ---------------------------------------

class _Links:
    """Every href and src in a page, plus the data-* addresses the scripts fetch."""

    PATTERN = re.compile(r'\s(?:href|src|data-records|data-index|data-lunr)="([^"]*)"')

    @classmethod
    def of(cls, text: str) -> list[str]:
        return [unescape(v) for v in cls.PATTERN.findall(text)]


def test_under_a_subpath_every_internal_link_and_asset_resolves(configured_site: Path) -> None:
    checked = 0
    for path in html_files(configured_site):
        page_url = f"{SUBPATH_SITEURL}/{path.relative_to(configured_site).as_posix()}"
        for link in _Links.of(path.read_text(encoding="utf-8")):
            assert not link.startswith("/"), (path, link)  # would escape /REPO/ on a project site
            url = urljoin(page_url, link)
            if not url.startswith(SUBPATH_SITEURL + "/"):
                assert not url.startswith("https://example.github.io/"), (path, link)
                continue
            target = urlsplit(url).path[len(urlsplit(SUBPATH_SITEURL).path) + 1:]
            resolved = configured_site / target
            if target == "" or target.endswith("/"):
                resolved = resolved / "index.html"
            assert resolved.is_file(), (path.relative_to(configured_site), link)
            checked += 1
    assert checked > 1000


def test_configured_facets_drive_filters_and_pages_in_their_order(configured_site: Path) -> None:
    index = (configured_site / "index.html").read_text(encoding="utf-8")
    assert re.findall(r'<details class="facet" data-facet="([^"]+)"', index) == ["language", "area", "availability"]
    assert not (configured_site / "library-types").exists() and (configured_site / "languages").is_dir()
    slug = LISTED_SLUGS[0]
    mentor = (configured_site / "mentors" / slug / "index.html").read_text(encoding="utf-8")
    assert "/library-types/" not in mentor
    library_type = re.search(r"<dt>Library type</dt><dd>(.*?)</dd>", mentor, re.S).group(1)
    assert "<a " not in library_type and re.search(r"<li><span>[^<]+</span></li>", library_type)
    records = json.loads((configured_site / "search" / "records.json").read_text(encoding="utf-8"))
    assert [f["key"] for f in records["facets"]] == ["language", "area", "availability"]


def test_brand_colour_logo_contact_and_plain_email_links_appear_on_every_page(configured_site: Path) -> None:
    css = (configured_site / "theme" / "css" / "brand.css").read_text(encoding="utf-8")
    assert "--accent: #7a1f5c;" in css
    assert (configured_site / "images" / "logo.svg").is_file()
    for path in html_files(configured_site):
        text = path.read_text(encoding="utf-8")
        assert f'href="{SUBPATH_SITEURL}/theme/css/brand.css"' in text
        assert f'<img class="site-logo" src="{SUBPATH_SITEURL}/images/logo.svg" alt=""' in text
        assert 'href="mailto:mentoring@example.org"' in text
    slug = next(s for s in LISTED_SLUGS if demo(s).get("contact", {}).get("email"))
    mentor = (configured_site / "mentors" / slug / "index.html").read_text(encoding="utf-8")
    assert f'href="mailto:{demo(slug)["contact"]["email"]}"' in mentor


def test_when_indexing_is_allowed_the_sitemap_lists_listed_pages_and_only_the_dashboard_says_noindex(
        configured_site: Path) -> None:
    root = ET.parse(configured_site / "sitemap.xml").getroot()
    locs = [e.text for e in root.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    mentor_locs = sorted(loc for loc in locs if "/mentors/" in loc)
    assert mentor_locs == sorted(f"{SUBPATH_SITEURL}/mentors/{s}/" for s in LISTED_SLUGS)
    for loc in locs:
        target = configured_site / loc[len(SUBPATH_SITEURL) + 1:] / "index.html"
        assert target.is_file(), loc
    assert f"Sitemap: {SUBPATH_SITEURL}/sitemap.xml" in (configured_site / "robots.txt").read_text()
    for path in html_files(configured_site):
        noindex = '<meta name="robots" content="noindex">' in path.read_text(encoding="utf-8")
        assert noindex == (path.parent.name == "coverage"), path


@pytest.mark.parametrize("setting, value, message", [
    ("MENTOR_BRAND_COLOR", "#ffff00", r"MENTOR_BRAND_COLOR '#ffff00' is too faint .* try '#"),
    ("MENTOR_FACETS", ["area", "regoin"], r"unknown facet 'regoin'; did you mean `region`"),
    ("MENTOR_EMAIL_DISPLAY", "hide", r"MENTOR_EMAIL_DISPLAY must be 'reveal' or 'link'"),
    ("MENTOR_LOGO", "images/missing.png", r"MENTOR_LOGO 'images/missing.png' is not a file in the content folder"),
])
def test_a_wrong_program_setting_stops_the_build_with_what_to_write(tmp_path: Path, setting: str, value: object,
                                                                     message: str, capsys) -> None:
    with pytest.raises(Exception, match=message):
        build(DEMO_CONTENT, tmp_path / "out", **{setting: value})
    assert not (tmp_path / "out" / "index.html").exists()
    first_line = capsys.readouterr().err.splitlines()[0]
    assert first_line.startswith(f"pelicanconf.py: error: {setting}") and re.search(message, first_line)


def test_the_add_yourself_page_links_to_the_form_and_the_pre_filled_editor(tmp_path: Path, demo_site: Path) -> None:
    output = build(DEMO_CONTENT, tmp_path / "out", MENTOR_REPOSITORY_URL="https://github.com/example-org/mentors")
    page = (output / "add-yourself" / "index.html").read_text(encoding="utf-8")
    assert 'href="https://github.com/example-org/mentors/issues/new?template=mentor-profile.yml"' in page
    editor = page.split('href="https://github.com/example-org/mentors/new/main/content/mentors?', 1)[1].split('"', 1)[0]
    query = parse_qs(editor.replace("&amp;", "&"))
    assert query["filename"] == ["your-name.yaml"] and query["value"][0].startswith("name: Ada Okafor\n")
    plain = (demo_site / "add-yourself" / "index.html").read_text(encoding="utf-8")
    assert "issues/new" not in plain
