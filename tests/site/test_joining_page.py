"""The "Add yourself" page and the issue form say what joining makes public, and every way in,
with or without a configured repository."""
from __future__ import annotations

import re
from html import unescape
from pathlib import Path

from mentor_directory.profiles.vocabulary import load_vocabulary
from mentor_directory.tools.issue_form import form
from site_builder import DEMO_CONTENT, build


def section(page: str, heading_id: str) -> str:
    found = re.search(rf'<section[^>]*aria-labelledby="{heading_id}">(.*?)</section>', page, re.S)
    assert found, heading_id
    return unescape(re.sub(r"\s+", " ", found.group(1)))


def test_without_a_repository_the_page_still_shows_every_way_to_join(demo_site: Path) -> None:
    page = (demo_site / "add-yourself" / "index.html").read_text(encoding="utf-8")
    ways = section(page, "join-heading")
    assert "Write your profile file" in ways and "mentor-directory new" in ways and "organisers" in ways
    public = section(page, "public-heading")
    assert "profile file is public" in public and '"Show email address"' in public
    assert "Identities" in public and "never in the downloads" in public
    assert "Prefer not to post anything yourself?" in public


def test_with_a_repository_the_page_offers_the_form_and_says_the_issue_is_public(tmp_path: Path) -> None:
    output = build(DEMO_CONTENT, tmp_path / "out", MENTOR_REPOSITORY_URL="https://github.com/example-org/mentors",
                   MENTOR_PROGRAM_CONTACT="mentoring@example.org", MENTOR_EMAIL_DISPLAY="link")
    page = (output / "add-yourself" / "index.html").read_text(encoding="utf-8")
    ways = section(page, "join-heading")
    assert "Fill in the profile form" in ways and "Write your profile file" not in ways
    assert 'write to <a href="mailto:mentoring@example.org">' in ways
    public = section(page, "public-heading")
    assert "so is an issue if you use the form" in public and "a link on your page that anyone can read" in public
    assert 'Write to <a href="mailto:mentoring@example.org">mentoring@example.org</a> instead' in public


def test_the_issue_form_opens_by_saying_it_is_public_and_how_to_join_privately() -> None:
    vocabulary = load_vocabulary(DEMO_CONTENT / "vocabulary.yaml")
    intro = form(vocabulary, "reveal", "https://example.org/join")["body"][0]["attributes"]["value"]
    assert "**This issue is public.**" in intro and "[contact the organisers](https://example.org/join)" in intro
    assert "Identities, if you share any, are shown on your page" in intro
    fields = {item["id"]: item["attributes"] for item in form(vocabulary, "link")["body"] if "id" in item}
    assert fields["identities"]["description"].startswith("Public:")
    assert "a plain link" in fields["email"]["description"]
