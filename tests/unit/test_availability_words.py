"""What a card says about room for new mentees, rendered with the theme's own macro."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from jinja2 import Environment, FileSystemLoader

from unit.builders import REQUIRED, valid

THEME = Path(__file__).resolve().parents[2] / "theme" / "templates"


def availability(tmp_path: Path, *lines: str) -> str:
    profile = valid(tmp_path, REQUIRED + "".join(f"{line}\n" for line in lines))
    macros = Environment(loader=FileSystemLoader(THEME), autoescape=True).get_template("_macros.html").module
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", str(macros.availability(profile)))).strip()


@pytest.mark.parametrize("lines, words", [
    ((), "Accepting new mentees"),
    (("capacity: 1",), "Accepting new mentees · room for 1 mentee at a time"),
    (("capacity: 3",), "Accepting new mentees · room for 3 mentees at a time"),
    (("capacity: 2", "mentees_now: 1"), "Accepting new mentees · 1 place left"),
    (("capacity: 3", "mentees_now: 1"), "Accepting new mentees · 2 places left"),
    (("capacity: 0",), "Not taking new mentees right now"),
    (("capacity: 2", "mentees_now: 2"), "Not taking new mentees right now"),
    (("hours_per_month: 0",), "Not taking new mentees right now"),
])
def test_the_card_counts_places_in_plain_words(tmp_path: Path, lines: tuple[str, ...], words: str) -> None:
    assert availability(tmp_path, *lines) == words
