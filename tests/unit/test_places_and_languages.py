"""Countries and languages: a typo gets a did-you-mean; a real name the standard spells otherwise is kept."""
from __future__ import annotations

from pathlib import Path

import pytest

from builders import check, plus, valid


@pytest.mark.parametrize(("written", "meant"), [("Ukranian", "Ukrainian"), ("Portugese", "Portuguese"), ("Frnech", "French")])
def test_a_language_one_slip_from_a_known_one_is_refused_with_the_name_to_write(tmp_path: Path, written: str, meant: str) -> None:
    [problem] = check(tmp_path, plus(f"languages: [English, {written}]"))
    assert problem.startswith("ada-okafor.yaml:11:")
    assert f"`{written}` is not a language we know; did you mean `{meant}`" in problem


@pytest.mark.parametrize("written", ["Hinglish", "Tongan", "Luganda", "Spanglish", "Old English", "Scots Gaelic"])
def test_a_language_further_from_any_known_name_is_kept_as_written(tmp_path: Path, written: str) -> None:
    assert written in valid(tmp_path, plus(f"languages: [{written}]")).languages


@pytest.mark.parametrize("written", ["Pashto", "Persian", "Filipino", "Cantonese"])
def test_the_names_the_pages_show_are_known_languages(tmp_path: Path, written: str) -> None:
    assert check(tmp_path, plus(f"languages: [{written}]")) == []


def test_a_country_one_slip_away_gets_a_did_you_mean_and_endonyms_and_other_countries_are_kept(tmp_path: Path) -> None:
    [problem] = check(tmp_path, plus("location:", "  country: Columbia"))
    assert "did you mean `Colombia`" in problem
    for written in ("Brasil", "DR Congo", "Deutschland", "Kosovo"):
        assert valid(tmp_path, plus("location:", f"  country: {written}")).location.country == written
