"""Screen readers pronounce a bio in the language its mentor says it is written in."""
from __future__ import annotations

import re
from pathlib import Path

from site_builder import build

PROFILE = """\
name: Amélie Gagnon
title: Bibliothécaire
organization: Bibliothèque de Trois-Rivières
library_type: public
mentoring_areas: [leadership]
meeting_modes: [video]
contact:
  email: amelie@example.org
accepting_mentees: true
last_reviewed: 2026-10-01
{extra}bio: |
  Je travaille en bibliothèque publique depuis quinze ans.
"""


def bio_block(output: Path, slug: str) -> str:
    page = (output / "mentors" / slug / "index.html").read_text(encoding="utf-8")
    return re.search(r'<section class="bio".*?</section>', page, re.S).group(0)


def test_a_bio_in_another_language_is_marked_with_it(fresh_content: Path, tmp_path: Path) -> None:
    (fresh_content / "mentors" / "amelie-gagnon.yaml").write_text(PROFILE.format(extra="bio_language: fr-CA\n"), encoding="utf-8")
    (fresh_content / "mentors" / "ada-okafor.yaml").write_text(
        PROFILE.format(extra="").replace("Amélie Gagnon", "Ada Okafor").replace("amelie@", "ada@"), encoding="utf-8")
    output = build(fresh_content, tmp_path / "output")
    marked = bio_block(output, "amelie-gagnon")
    assert re.search(r'<h2 id="bio-heading">About Amélie Gagnon</h2>\s*<div class="bio-text" lang="fr-CA">\s*<p>Je travaille', marked)
    assert "lang=" not in bio_block(output, "ada-okafor")
    assert '<html lang="en">' in (output / "mentors" / "amelie-gagnon" / "index.html").read_text(encoding="utf-8")
