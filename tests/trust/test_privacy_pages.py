"""What the published pages say about people: identities only as written, nothing for search engines."""
from __future__ import annotations

import json
import re
from pathlib import Path

import lunr
import yaml

from site_builder import DEMO_CONTENT, search_index

NOINDEX = re.compile(r'<meta name="robots" content="noindex">')


def profiles() -> dict[str, dict]:
    found = {}
    for path in sorted((DEMO_CONTENT / "mentors").glob("*.*")):
        text = path.read_text(encoding="utf-8")
        found[path.stem] = yaml.safe_load(text.split("---")[1] if path.suffix == ".md" else text)
    return found


def test_every_page_asks_search_engines_not_to_index_it(demo_site: Path) -> None:
    pages = sorted(demo_site.rglob("*.html"))
    assert len(pages) > 100
    assert [p.relative_to(demo_site).as_posix() for p in pages if len(NOINDEX.findall(p.read_text(encoding="utf-8"))) != 1] == []


def test_identities_appear_only_for_mentors_who_wrote_them_and_exactly_as_written(demo_site: Path) -> None:
    with_identities = {slug: data["identities"] for slug, data in profiles().items() if data.get("identities")}
    without = [slug for slug, data in profiles().items() if not data.get("identities")]
    assert with_identities and without
    for slug, identities in with_identities.items():
        page = (demo_site / "mentors" / slug / "index.html").read_text(encoding="utf-8")
        assert "chose to share" in page
        for identity in identities:
            assert f">{identity}<" in page.replace("&amp;", "&").replace("&#43;", "+"), (slug, identity)
    for slug in without:
        assert "chose to share" not in (demo_site / "mentors" / slug / "index.html").read_text(encoding="utf-8"), slug


def test_identities_are_searchable_as_written_with_no_field_or_boost_of_their_own(demo_site: Path) -> None:
    """The spec: what a mentor shares is filterable and searchable; nothing is inferred."""
    index = json.loads((demo_site / "search" / "index.json").read_text(encoding="utf-8"))["index"]
    fields = set(index["fields"])
    assert "name" in fields and not fields & {"identities", "identity"}
    loaded = lunr.index.Index.load(search_index(demo_site))
    wrote = {path.stem for path in (DEMO_CONTENT / "mentors").iterdir() if "neurodivergent" in path.read_text(encoding="utf-8")}
    assert wrote and {result["ref"] for result in loaded.search("neurodivergent")} == wrote
