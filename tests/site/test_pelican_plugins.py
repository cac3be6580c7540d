"""Pelican's plugins see the directory's pages, and a program's own plugin can extend the directory."""
from __future__ import annotations

import json
import re
import textwrap
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from blinker import ANY, Signal
from pelican.plugins import signals as pelican_signals

from demo_data import DEMO_SLUGS, LISTED_SLUGS, html_files, reviewed_on
from mentor_directory.site import background
from mentor_directory.site import signals as directory_signals
from site_builder import DEMO_CONTENT, PROJECT, build

SITEURL = "https://example.org/mentoring"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
INDEXED = {"SITEURL": SITEURL, "RELATIVE_URLS": False, "MENTOR_ALLOW_INDEXING": True}
WITH_SITEMAP_PLUGIN = {"PLUGINS": ["mentor_directory", "pelican.plugins.sitemap"], "SITEMAP": {"format": "xml"}}


@contextmanager
def receivers_taken_back() -> Iterator[None]:
    """Signals are process-wide: disconnect whatever a build's plugins connected, so later builds do not run them."""
    every_signal = [s for module in (pelican_signals, directory_signals)
                    for s in vars(module).values() if isinstance(s, Signal)]
    before = {s: list(s.receivers_for(ANY)) for s in every_signal}
    try:
        yield
    finally:
        for s in every_signal:
            for receiver in list(s.receivers_for(ANY)):
                if receiver not in before[s]:
                    s.disconnect(receiver)


def build_with(output: Path, **settings: Any) -> Path:
    with receivers_taken_back():
        return build(DEMO_CONTENT, output, **settings)


def sitemap_entries(site: Path) -> dict[str, str | None]:
    """Each address in sitemap.xml with its lastmod, if any."""
    root = ET.parse(site / "sitemap.xml").getroot()
    return {url.findtext(f"{SITEMAP}loc"): url.findtext(f"{SITEMAP}lastmod") for url in root.iter(f"{SITEMAP}url")}


def every_file(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


@pytest.fixture(scope="module")
def own_sitemap_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_with(tmp_path_factory.mktemp("own") / "output", **INDEXED)


@pytest.fixture(scope="module")
def plugin_sitemap_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built with the standard sitemap plugin, with topic pages due on a second core (as at 200 mentors and more)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(background, "usable_cores", lambda: 2)
        patch.setattr(background, "WORTH_A_PROCESS", 0)
        return build_with(tmp_path_factory.mktemp("plugin") / "output", **INDEXED, **WITH_SITEMAP_PLUGIN)


def test_the_sitemap_plugin_lists_listed_mentors_the_directory_and_topics_with_mentors(
        own_sitemap_site: Path, plugin_sitemap_site: Path) -> None:
    entries = sitemap_entries(plugin_sitemap_site)
    mentors = {url: lastmod for url, lastmod in entries.items() if "/mentors/" in url}
    assert sorted(mentors) == sorted(f"{SITEURL}/mentors/{slug}/" for slug in LISTED_SLUGS)
    hidden = set(DEMO_SLUGS) - set(LISTED_SLUGS)
    assert hidden and all((plugin_sitemap_site / "mentors" / slug / "index.html").is_file() for slug in hidden)
    for slug in LISTED_SLUGS:
        assert mentors[f"{SITEURL}/mentors/{slug}/"].startswith(reviewed_on(slug).isoformat())
    assert f"{SITEURL}/" in entries and f"{SITEURL}/browse/" in entries
    assert f"{SITEURL}/areas/tenure/" in entries
    # Exactly the pages our own sitemap lists: no planner, dashboard, all-cards file or empty topic.
    assert sorted(entries) == sorted(sitemap_entries(own_sitemap_site))


def test_with_the_sitemap_plugin_on_its_sitemap_wins_and_nothing_else_changes(
        own_sitemap_site: Path, plugin_sitemap_site: Path) -> None:
    assert "<changefreq>" in (plugin_sitemap_site / "sitemap.xml").read_text(encoding="utf-8")  # the plugin's, not ours
    assert (plugin_sitemap_site / "robots.txt").read_text() == f"User-agent: *\nAllow: /\nSitemap: {SITEURL}/sitemap.xml\n"
    ours, theirs = every_file(own_sitemap_site), every_file(plugin_sitemap_site)
    assert sorted(ours) == sorted(theirs)
    assert [name for name in ours if ours[name] != theirs[name]] == ["sitemap.xml"]


def test_with_indexing_off_the_sitemap_plugin_stops_the_build_with_what_to_write(tmp_path: Path, capsys) -> None:
    with pytest.raises(Exception, match="MENTOR_ALLOW_INDEXING is False"):
        build_with(tmp_path / "out", SITEURL=SITEURL, **WITH_SITEMAP_PLUGIN)
    assert not (tmp_path / "out" / "sitemap.xml").exists()
    assert capsys.readouterr().err.startswith("pelicanconf.py: error: PLUGINS has the sitemap plugin")


PROGRAM_PLUGIN = '''
"""A program's own plugin: leaves one mentor out, puts the count in the tagline, lists the pages written."""
from pathlib import Path

from mentor_directory.site import signals

written = []


def leave_out(generator, profiles):
    profiles[:] = [p for p in profiles if p.slug != {left_out!r}]


def show_count(generator, listing, mentors):
    generator.context["SITE_TAGLINE"] = f"{{len(listing.listed)}} mentors are ready to help."


def note(generator, page_name, save_as, url, page, variables):
    written.append(f"{{page_name}} {{save_as}} {{page.status if page else '-'}}")


def list_pages(generator, writer):
    Path(generator.output_path, "pages-written.txt").write_text("\\n".join(sorted(written)) + "\\n")
    written.clear()


def register():
    signals.profiles_loaded.connect(leave_out)
    signals.listing_ready.connect(show_count)
    signals.page_written.connect(note)
    signals.finalized.connect(list_pages)
'''


def test_a_program_plugin_can_leave_a_mentor_out_add_to_every_page_and_hear_each_page_written(tmp_path: Path) -> None:
    left_out = LISTED_SLUGS[0]
    plugins = tmp_path / "plugins"
    plugins.mkdir()
    (plugins / "program_extras.py").write_text(textwrap.dedent(PROGRAM_PLUGIN.format(left_out=left_out)))
    site = build_with(tmp_path / "output", PLUGINS=["mentor_directory", "program_extras"],
                      PLUGIN_PATHS=[str(PROJECT / "plugins"), str(plugins)])

    assert not (site / "mentors" / left_out).exists()
    assert left_out not in {m["slug"] for m in json.loads((site / "mentors.json").read_text(encoding="utf-8"))["mentors"]}
    assert not [p for p in html_files(site) if f"mentors/{left_out}/" in p.read_text(encoding="utf-8")]
    tagline = f"{len(LISTED_SLUGS) - 1} mentors are ready to help."
    assert re.search(rf'<p class="lede">{tagline} ', (site / "index.html").read_text(encoding="utf-8"))
    assert f'<meta name="description" content="{tagline}">' in (site / "browse" / "index.html").read_text(encoding="utf-8")

    written = (site / "pages-written.txt").read_text(encoding="utf-8").splitlines()
    mentor_lines = [line for line in written if line.startswith("mentor ")]
    assert len(mentor_lines) == len(DEMO_SLUGS) - 1
    assert f"mentor mentors/{LISTED_SLUGS[1]}/index.html published" in mentor_lines
    hidden = next(s for s in DEMO_SLUGS if s not in LISTED_SLUGS)
    assert f"mentor mentors/{hidden}/index.html hidden" in mentor_lines
    assert "directory index.html -" in written and "dashboard coverage/index.html hidden" in written
    assert "facet areas/tenure/index.html -" in written
