"""A mentor's photo is published without the location and camera details their phone wrote into it."""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from mentor_directory.profiles.problems import ProfileErrors
from site_builder import build

PROFILE = """\
name: Pat Doe
title: Reference Librarian
organization: Riverbend Public Library
library_type: public
mentoring_areas: [leadership]
meeting_modes: [video]
contact:
  url: https://example.org/pat
accepting_mentees: true
last_reviewed: 2026-01-15
photo: photos/pat.jpg
photo_alt: Pat smiling in a library
"""


def phone_photo() -> bytes:
    image = Image.new("RGB", (64, 48), (90, 140, 200))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    exif.get_ifd(0x8825).update({1: "N", 2: (46.0, 47.0, 12.5), 3: "W", 4: (92.0, 6.0, 3.1)})
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    return out.getvalue()


def add_pat(content: Path, photo: bytes) -> None:
    (content / "mentors" / "photos").mkdir()
    (content / "mentors" / "photos" / "pat.jpg").write_bytes(photo)
    (content / "mentors" / "pat-doe.yaml").write_text(PROFILE, encoding="utf-8")


def test_the_published_photo_has_no_gps_position_or_camera(fresh_content: Path, tmp_path: Path) -> None:
    original = phone_photo()
    assert Image.open(io.BytesIO(original)).getexif().get_ifd(0x8825), "the test photo carries a GPS position"
    add_pat(fresh_content, original)
    output = build(fresh_content, tmp_path / "out")
    page = (output / "mentors" / "pat-doe" / "index.html").read_text(encoding="utf-8")
    assert 'src="../../mentors/photos/pat.jpg"' in page
    published = (output / "mentors" / "photos" / "pat.jpg").read_bytes()
    image = Image.open(io.BytesIO(published))
    assert image.format == "JPEG" and image.size == (64, 48)
    assert len(image.getexif()) == 0 and b"PhoneMaker" not in published


def test_a_photo_that_only_looks_like_a_jpeg_stops_the_build_naming_the_profile(fresh_content: Path, tmp_path: Path, capsys) -> None:
    add_pat(fresh_content, b"\xff\xd8\xff\xe0<svg onload=alert(1)>")
    with pytest.raises(ProfileErrors):
        build(fresh_content, tmp_path / "out")
    listing = capsys.readouterr().err
    assert "pat-doe.yaml" in listing and "export it again as JPEG or PNG" in listing
    assert not (tmp_path / "out" / "mentors" / "photos" / "pat.jpg").exists()
