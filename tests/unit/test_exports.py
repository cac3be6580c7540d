"""Exports, the feed and email encoding: public facts only, parseable, and safe in a spreadsheet."""
from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
from datetime import date, timedelta

import pytest

from builders import VOCABULARY
from mentor_directory.directory.emails import decode_email, encode_email, spoken_email
from mentor_directory.outputs.exports import CSV_COLUMNS, mentors_csv, public_record, robots, sitemap
from mentor_directory.outputs.feed import FEED_ITEMS, mentors_feed
from mentor_directory.profiles.profile import Contact
from unit.test_facets import mentor

ATOM = "{http://www.w3.org/2005/Atom}"


def test_a_public_record_has_labels_and_leaves_out_email_identities_and_github() -> None:
    profile = mentor("ada", identities=("first-generation",), github="ada-o", functional_areas=("instruction",),
                     contact=Contact(email="ada@example.org", url="https://example.org/ada"))
    record = public_record(profile, VOCABULARY, "https://mentors.example.org/mentors/ada/")
    assert record["mentoring_areas"] == [VOCABULARY.label("mentoring_areas", "tenure")]
    assert record["contact_url"] == "https://example.org/ada"
    flat = repr(record)
    for private in ("ada@example.org", "first-generation", "ada-o"):
        assert private not in flat
    assert set(CSV_COLUMNS) <= set(record)


def test_the_csv_has_one_row_per_mentor_with_lists_in_one_cell() -> None:
    records = [public_record(mentor(s, meeting_modes=("video", "phone")), VOCABULARY, f"/mentors/{s}/") for s in ("a", "b")]
    rows = list(csv.DictReader(io.StringIO(mentors_csv(records))))
    assert [r["name"] for r in rows] == ["A", "B"]
    modes = [VOCABULARY.label("meeting_modes", m) for m in ("video", "phone")]
    assert rows[0]["meeting_modes"] == "; ".join(modes)
    assert rows[0]["accepting_mentees"] == "yes"


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_text_that_a_spreadsheet_would_run_as_a_formula_is_defused(start: str) -> None:
    record = public_record(mentor("a", title=f"{start}HYPERLINK(\"http://evil\")"), VOCABULARY, "/mentors/a/")
    row = next(csv.DictReader(io.StringIO(mentors_csv([record]))))
    assert row["title"] == "'" + record["title"]


def test_the_feed_is_atom_newest_first_and_capped() -> None:
    profiles = [mentor(f"m{i:02d}", last_reviewed=date(2025, 1, 1) + timedelta(days=i)) for i in range(FEED_ITEMS + 5)]
    text = mentors_feed(profiles, VOCABULARY, "Mentors", "https://x.org", "https://x.org/feed.xml",
                        {p.slug: f"https://x.org/mentors/{p.slug}/" for p in profiles})
    feed = ET.fromstring(text)
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == FEED_ITEMS
    assert entries[0].find(f"{ATOM}id").text == f"https://x.org/mentors/m{FEED_ITEMS + 4:02d}/"
    newest = date(2025, 1, 1) + timedelta(days=FEED_ITEMS + 4)
    assert feed.find(f"{ATOM}updated").text.startswith(newest.isoformat())
    assert "@example.org" not in text


def test_the_sitemap_and_robots_name_absolute_addresses() -> None:
    tree = ET.fromstring(sitemap(["https://x.org/a/", "https://x.org/b/?q=1&r=2"]))
    locs = [e.text for e in tree.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert locs == ["https://x.org/a/", "https://x.org/b/?q=1&r=2"]
    assert "Sitemap: https://x.org/sitemap.xml" in robots("https://x.org/sitemap.xml")


@pytest.mark.parametrize("address", ["ada@example.org", "o'brien+mentor@sub.example.co.uk", "zoë@exämple.org"])
def test_an_encoded_email_decodes_and_does_not_contain_the_address(address: str) -> None:
    encoded = encode_email(address)
    assert decode_email(encoded) == address
    assert "@" not in encoded and address.split("@")[0] not in encoded


def test_the_spoken_email_is_readable_but_not_an_address() -> None:
    assert spoken_email("ada.okafor@example.org") == "ada.okafor at example dot org"
