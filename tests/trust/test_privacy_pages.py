"""What the published pages say about people: identities only as written, nothing for search engines."""
from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

from site_builder import DEMO_CONTENT

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


def test_identities_are_not_in_the_search_index_so_they_never_rank_a_mentor(demo_site: Path) -> None:
    index = json.loads((demo_site / "search" / "index.json").read_text(encoding="utf-8"))["index"]
    fields = set(index["fields"])
    assert "name" in fields and not fields & {"identities", "identity"}
