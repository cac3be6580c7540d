"""Mentors' email addresses are not in the HTML that harvesters scan, yet mentees can still write to them."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from site_builder import DEMO_CONTENT, build

EMAIL_LIKE = re.compile(rb"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def demo_emails() -> dict[str, str]:
    emails = {}
    for path in sorted((DEMO_CONTENT / "mentors").glob("*.*")):
        text = path.read_text(encoding="utf-8")
        data = yaml.safe_load(text.split("---")[1] if path.suffix == ".md" else text)
        if data.get("contact", {}).get("email"):
            emails[path.stem] = data["contact"]["email"]
    return emails


def harvestable(output: Path) -> dict[str, list[bytes]]:
    found = {}
    for path in sorted(output.rglob("*")):
        if path.is_file() and path.suffix in {".html", ".json", ".xml", ".txt", ".js"}:
            matches = EMAIL_LIKE.findall(path.read_bytes()) + re.findall(rb"mailto:[^\"' >]*@", path.read_bytes())
            if matches:
                found[path.relative_to(output).as_posix()] = matches
    return found


def test_no_output_file_holds_a_mentors_email_address_by_default(demo_site: Path) -> None:
    assert len(demo_emails()) > 5
    assert harvestable(demo_site) == {}
    slug, email = next(iter(demo_emails().items()))
    page = (demo_site / "mentors" / slug / "index.html").read_text(encoding="utf-8")
    local, domain = email.split("@")
    assert f"Email: {local} at {domain.replace('.', ' dot ')}" in page


def test_a_program_can_choose_plain_mailto_links(tmp_path: Path) -> None:
    output = build(DEMO_CONTENT, tmp_path / "out", MENTOR_EMAIL_DISPLAY="link")
    slug, email = next(iter(demo_emails().items()))
    page = (output / "mentors" / slug / "index.html").read_text(encoding="utf-8")
    assert f'href="mailto:{email}"' in page


@pytest.mark.browser
def test_without_javascript_the_address_is_readable_in_words_and_no_dead_button_shows(page_without_js, site_url) -> None:
    slug, email = next(iter(demo_emails().items()))
    page_without_js.goto(f"{site_url}/mentors/{slug}/")
    local, domain = email.split("@")
    assert page_without_js.locator(".email-spoken").inner_text() == f"Email: {local} at {domain.replace('.', ' dot ')}"
    assert not page_without_js.locator(".reveal-email").is_visible()
