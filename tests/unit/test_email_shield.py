"""Email addresses in a form people can read but address harvesters do not match."""
from __future__ import annotations

import base64
import re

import pytest

from mentor_directory.email_shield import scrambled, spelled_out

HARVESTABLE = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")


@pytest.mark.parametrize("address, words", [
    ("ada@example.org", "ada at example dot org"),
    ("ada.o+mentor@lib.example.ac.uk", "ada.o+mentor at lib dot example dot ac dot uk"),
])
def test_an_address_is_spelled_out_in_words(address: str, words: str) -> None:
    assert spelled_out(address) == words
    assert not HARVESTABLE.search(words)


@pytest.mark.parametrize("address", ["ada@example.org", "józef.łukasz@example.pl", "ошибка@example.org"])
def test_a_scrambled_address_hides_it_and_comes_back_exactly(address: str) -> None:
    code = scrambled(address)
    assert "@" not in code and not HARVESTABLE.search(code) and address.split("@")[0] not in code
    assert base64.b64decode(code).decode("utf-8")[::-1] == address, "what theme/static/js/email.js does"
