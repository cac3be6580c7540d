"""What the build writes for the mentee's planner: the page, the header link, and the records it reads."""
from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import yaml

from mentor_directory.directory.freshness import months_between
from site_builder import BUILD_DAY, DEMO_CONTENT


def test_the_planner_page_offers_every_vocabulary_area_with_its_topic_page(demo_site: Path) -> None:
    page = (demo_site / "my-mentors" / "index.html").read_text(encoding="utf-8")
    vocabulary = yaml.safe_load((DEMO_CONTENT / "vocabulary.yaml").read_text(encoding="utf-8"))
    options = re.findall(r'<option value="([^"]+)" data-url="\.\./([^"]+)">', page)
    assert [value for value, _ in options] == [term["id"] for term in vocabulary["mentoring_areas"]]
    for value, url in options:
        assert url == f"areas/{value}/" and (demo_site / url / "index.html").is_file()


def test_without_javascript_the_planner_page_says_planning_needs_it(demo_site: Path) -> None:
    page = (demo_site / "my-mentors" / "index.html").read_text(encoding="utf-8")
    assert "Planning your network needs JavaScript" in page
    assert re.search(r'<div class="planner"[^>]* hidden>', page)


def test_every_page_links_to_the_planner_in_the_header(demo_site: Path) -> None:
    for path in demo_site.rglob("*.html"):
        header = re.search(r"<header.*?</header>", path.read_text(encoding="utf-8"), re.S).group(0)
        assert re.search(r'<a href="[^"]*my-mentors/"[^>]*>My mentors</a>', header), path


def test_records_mark_exactly_the_listed_profiles_that_may_be_out_of_date(demo_site: Path) -> None:
    records = json.loads((demo_site / "search" / "records.json").read_text(encoding="utf-8"))
    today = date.fromisoformat(BUILD_DAY)
    expected = set()
    for mentor in records["mentors"]:
        path = next((DEMO_CONTENT / "mentors").glob(f"{mentor['slug']}.*"))
        text = path.read_text(encoding="utf-8")
        reviewed = yaml.safe_load(text.split("---", 2)[1] if path.suffix == ".md" else text)["last_reviewed"]
        if months_between(reviewed if isinstance(reviewed, date) else date.fromisoformat(reviewed), today) >= 12:
            expected.add(mentor["slug"])
    assert expected
    assert {m["slug"] for m in records["mentors"] if m.get("stale")} == expected
