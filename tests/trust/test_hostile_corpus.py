"""Hostile text in every field goes through the real build and comes out as inert text in every file."""
from __future__ import annotations

import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PIL import Image

from hostile_corpus import (
    LOOKALIKE_FILE_NAMES,
    MARK,
    ODD_EMAIL,
    ODD_URL,
    PAYLOADS,
    REFUSED,
    SVG_AS_PHOTO,
    TEXT_FIELDS,
    accepted_profile,
    as_markdown,
    as_yaml,
)
from mentor_directory.profiles.problems import ProfileErrors
from site_builder import build
from unit.builders import REQUIRED, check

SITE_SCRIPTS = re.compile(r"^(\./|(\.\./)+|/)?theme/js/[a-z-]+(\.min)?\.js$")
UNSAFE_URL = re.compile(r"\s*(javascript|data|vbscript):", re.I)


class PageScan(HTMLParser):
    """Everything in a page that could run or load code, and the page's visible text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.active: list[str] = []
        self.text: list[str] = []
        self.attributes: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        theme_chart = tag == "svg" and values.get("class") == "chart"  # the dashboard's, drawn by the theme
        if tag in {"iframe", "object", "embed", "svg", "math", "style", "base", "frame", "applet"} and not theme_chart:
            self.active.append(tag)
        if tag == "form" and values.get("id") not in {"filters", "add-need", "choose"}:  # the theme's own forms
            self.active.append("form")
        if tag == "meta" and (values.get("http-equiv") or "").lower() == "refresh":
            self.active.append("meta refresh")
        if tag == "script" and not SITE_SCRIPTS.match(values.get("src") or ""):
            self.active.append(f"script src={values.get('src')!r}")
        for name, value in attrs:
            self.attributes.append(value or "")
            if name.startswith("on") or name in {"style", "srcdoc", "formaction"}:
                self.active.append(f"{tag} {name}")
            if name in {"href", "src", "action", "poster", "background", "xlink:href"} and value and UNSAFE_URL.match(value):
                self.active.append(f"{tag} {name}={value}")

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def scan(path: Path) -> PageScan:
    parser = PageScan()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser


def tiny_png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (4, 4), (0, 128, 0)).save(out, "PNG")
    return out.getvalue()


@pytest.fixture(scope="module")
def hostile_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo plus two hostile profiles (.yaml with a photo, .md without), built for real."""
    import shutil

    from site_builder import DEMO_CONTENT

    root = tmp_path_factory.mktemp("hostile-corpus")
    content = root / "content"
    shutil.copytree(DEMO_CONTENT, content)
    mentors = content / "mentors"
    (mentors / "photos").mkdir()
    (mentors / "photos" / "eve.png").write_bytes(tiny_png())
    (mentors / "eve-mallory.yaml").write_text(as_yaml(accepted_profile("Eve Mallory", photo="photos/eve.png")), encoding="utf-8")
    (mentors / "mal-ory.md").write_text(as_markdown(accepted_profile("Mal Ory", offset=5)), encoding="utf-8")
    return build(content, root / "output")


def test_the_corpus_covers_every_free_text_field_with_a_different_attack() -> None:
    values = accepted_profile("Eve", photo="photos/eve.png")
    written = {path: values[path[0]][path[1]] if len(path) == 2 else values[path[0]] for path in TEXT_FIELDS}  # type: ignore[index]
    assert {path[0] for path in TEXT_FIELDS} >= {"name", "title", "organization", "pronouns", "location", "languages",
                                                       "identities", "photo_alt", "motivation", "support", "experience",
                                                       "interests", "ideal_mentee"}
    flat = [item for value in written.values() for item in (value if isinstance(value, list) else [value])]
    assert all(any(p in item for p in PAYLOADS) for item in flat)


def test_no_html_file_carries_anything_that_could_run(hostile_output: Path) -> None:
    pages = sorted(hostile_output.rglob("*.html"))
    assert len(pages) > 100
    found = {p.relative_to(hostile_output).as_posix(): scan(p).active for p in pages}
    assert {page: active for page, active in found.items() if active} == {}


def test_every_attack_is_shown_as_the_text_the_mentor_wrote(hostile_output: Path) -> None:
    for slug, name, offset in [("eve-mallory", "Eve Mallory", 0), ("mal-ory", "Mal Ory", 5)]:
        page = scan(hostile_output / "mentors" / slug / "index.html")
        text = " ".join(page.text)
        values = accepted_profile(name, offset, photo="photos/eve.png" if offset == 0 else None)
        for path in TEXT_FIELDS:
            value = values.get(path[0])
            if value is None:
                continue
            value = value[path[1]] if len(path) == 2 else value  # type: ignore[index]
            for item in value if isinstance(value, list) else [value]:
                shown = text if path != ("photo_alt",) else " ".join(page.attributes)
                assert " ".join(item.split()) in " ".join(shown.split()), (slug, path)
        assert ODD_URL in page.attributes, "an odd but valid contact URL stays exactly as written"
        assert "click me" in text and "styled" in text, "the words of the bio survive its cleaning"


def test_every_json_file_parses_and_keeps_hostile_names_exactly(hostile_output: Path) -> None:
    files = sorted(hostile_output.rglob("*.json"))
    assert files
    for path in files:
        json.loads(path.read_text(encoding="utf-8"))
    records = json.loads((hostile_output / "search" / "records.json").read_text(encoding="utf-8"))
    names = {m["slug"]: m["name"] for m in records["mentors"]}
    assert names["eve-mallory"] == str(accepted_profile("Eve Mallory")["name"]).strip()
    assert names["mal-ory"] == str(accepted_profile("Mal Ory", 5)["name"]).strip()


def test_the_feed_and_the_spreadsheet_export_carry_hostile_names_as_data(hostile_output: Path) -> None:
    import csv
    import xml.etree.ElementTree as ET

    feed = ET.parse(hostile_output / "feeds" / "mentors.atom.xml").getroot()
    atom = "{http://www.w3.org/2005/Atom}"
    titles = [e.find(f"{atom}title").text for e in feed.iter(f"{atom}entry")]
    name = str(accepted_profile("Eve Mallory")["name"]).strip()
    assert any(t.startswith(name) for t in titles), "the feed's XML escaping keeps the name exactly"
    assert not [e for e in feed.iter() if not e.tag.startswith(atom)], "no element other than Atom's"
    rows = list(csv.DictReader((hostile_output / "mentors.csv").open(encoding="utf-8", newline="")))
    assert name in {row["name"] for row in rows}
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row.values())


def test_no_other_output_file_contains_profile_text(hostile_output: Path) -> None:
    exports = {"mentors.csv", "mentors.atom.xml"}
    others = [p for p in hostile_output.rglob("*") if p.is_file() and p.suffix not in {".html", ".json", ".png", ".jpg", ".webp"}
              and p.name not in exports]
    assert others, "scripts, styles and icons are published"
    assert [p.name for p in others if MARK.encode() in p.read_bytes() or b"Mallory" in p.read_bytes()] == []
    assert not [p for p in hostile_output.rglob("*") if p.suffix in {".yaml", ".yml", ".md"}]


def test_the_email_with_every_allowed_odd_character_is_never_plain_in_html(hostile_output: Path) -> None:
    page = (hostile_output / "mentors" / "eve-mallory" / "index.html").read_text(encoding="utf-8")
    assert ODD_EMAIL not in page and "mailto:" not in page


@pytest.mark.parametrize("line, message", REFUSED, ids=[r[0][:40] for r in REFUSED])
def test_values_that_could_attack_or_disguise_are_refused_at_their_line(tmp_path: Path, line: str, message: str) -> None:
    text = "\n".join(row for row in REQUIRED.splitlines() if not row.startswith(line.split(":")[0] + ":") and not (line.startswith("contact") and row.startswith("  email"))) + "\n" + line + "\n"
    problems = check(tmp_path, text, name="eve.yaml")
    assert any(message in p for p in problems), problems
    assert all(re.match(r"eve\.yaml:\d+:\d+: error: ", p) for p in problems)


@pytest.mark.parametrize("name", LOOKALIKE_FILE_NAMES)
def test_a_lookalike_file_name_cannot_become_a_page_address(tmp_path: Path, name: str) -> None:
    problems = check(tmp_path, REQUIRED, name=name)
    assert problems and all(p.startswith(name) for p in problems)


def test_an_svg_saved_as_a_photo_stops_the_build(fresh_content: Path, tmp_path: Path, capsys) -> None:
    (fresh_content / "mentors" / "photos").mkdir()
    (fresh_content / "mentors" / "photos" / "eve.png").write_bytes(SVG_AS_PHOTO)
    (fresh_content / "mentors" / "eve.yaml").write_text(REQUIRED + "photo: photos/eve.png\nphoto_alt: Eve\n", encoding="utf-8")
    with pytest.raises(ProfileErrors):
        build(fresh_content, tmp_path / "out")
    assert "eve.yaml:11:8: error: `photos/eve.png` is not really a JPEG, PNG or WebP image" in capsys.readouterr().err


def test_the_page_scripts_never_parse_strings_as_html() -> None:
    from site_builder import PROJECT

    scripts = sorted((PROJECT / "theme" / "static" / "js").glob("*.js"))
    assert scripts
    sinks = re.compile(r"\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval|Function)\s*[(=]|setTimeout\(\s*['\"`]")
    assert {s.name: sinks.findall(s.read_text(encoding="utf-8")) for s in scripts if sinks.search(s.read_text(encoding="utf-8"))} == {}
