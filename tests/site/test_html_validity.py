"""Every generated page is valid HTML and every link and asset inside the site resolves.

Validity is checked by the Nu Html Checker (vnu.jar from the npm package vnu-jar, pinned in
package.json; it needs Java). Links are followed on disk, the way a static host serves them.
"""
from __future__ import annotations

import json
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from site_builder import PROJECT

VNU = PROJECT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
SITE = "http://site.invalid/"
LINK_ATTRIBUTES = {"href", "src", "data-records", "data-index", "data-lunr"}


def nu_errors(root: Path) -> list[str]:
    """Every error the Nu Html Checker finds in the HTML files under ``root``."""
    java = shutil.which("java")
    if java is None:
        pytest.fail("the HTML check needs Java: run `apt-get install default-jre-headless`")
    if not VNU.exists():
        pytest.fail(f"{VNU} is missing: run `npm ci`")
    run = subprocess.run(
        [java, "-jar", str(VNU), "--errors-only", "--format", "json", "--skip-non-html", str(root)],
        capture_output=True, text=True, timeout=300, check=False,
    )
    messages = json.loads(run.stderr or run.stdout)["messages"]
    return [f"{Path(unquote(urlsplit(m.get('url', '')).path)).relative_to(root)}:{m.get('lastLine')}: {m['message']}" for m in messages]


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.lang: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name == "id" and value:
                self.ids.add(value)
            if name in LINK_ATTRIBUTES and value:
                self.links.append(value)
            if tag == "html" and name == "lang":
                self.lang = value


def read_page(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def broken_links(root: Path) -> list[str]:
    """Links and assets that point inside the site at a file or a #fragment that is not there."""
    pages = {path: read_page(path) for path in root.rglob("*.html")}
    broken = []
    for path, page in pages.items():
        address = SITE + path.relative_to(root).as_posix()
        for link in page.links:
            target = urlsplit(urljoin(address, link))
            if f"{target.scheme}://{target.netloc}/" != SITE:
                continue
            file = root / unquote(target.path).lstrip("/")
            if target.path.endswith("/"):
                file = file / "index.html"
            if not file.is_file():
                broken.append(f"{path.relative_to(root)}: {link} (no file)")
            elif target.fragment and target.fragment not in (pages.get(file) or read_page(file)).ids:
                broken.append(f"{path.relative_to(root)}: {link} (no element with that id)")
    return broken


def test_every_page_is_valid_html(demo_site: Path) -> None:
    errors = nu_errors(demo_site)
    assert not errors, f"{len(errors)} HTML errors, first: {errors[:10]}"


def test_the_html_check_reports_invalid_markup(tmp_path: Path) -> None:
    (tmp_path / "bad.html").write_text(
        '<!DOCTYPE html><html lang="en"><head><title>x</title></head>'
        '<body><p id="a">one</p><p id="a">two<ul><li>x</ul></body></html>',
        encoding="utf-8",
    )
    errors = nu_errors(tmp_path)
    assert any("Duplicate ID" in error for error in errors), errors


def test_every_internal_link_and_asset_resolves(demo_site: Path) -> None:
    assert not broken_links(demo_site)


def test_the_link_check_reports_a_missing_page_and_a_missing_fragment(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text('<a href="gone/">x</a><a href="#nowhere">y</a><a href="https://example.org/">z</a>', encoding="utf-8")
    assert broken_links(tmp_path) == ["index.html: gone/ (no file)", "index.html: #nowhere (no element with that id)"]


def test_every_page_says_its_language(demo_site: Path) -> None:
    missing = [str(path.relative_to(demo_site)) for path in demo_site.rglob("*.html") if not read_page(path).lang]
    assert not missing
