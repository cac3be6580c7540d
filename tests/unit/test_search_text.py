"""Folding, slugs and the search tokenizer: the terms a mentee's words become."""
from __future__ import annotations

import pytest

from mentor_directory.outputs.search_text import Terms, words
from mentor_directory.profiles.text_folding import fold, folding_table, slug


@pytest.mark.parametrize("text, folded", [
    ("Łódź", "lodz"), ("Tromsø", "tromso"), ("İzmir", "izmir"), ("Straße", "strasse"),
    ("Québec", "quebec"), ("Hawaiʻi", "hawaii"), ("O'Connell", "oconnell"), ("Ærø", "aero"),
])
def test_folding_transliterates_letters_that_have_no_accent_to_strip(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_slugs_keep_every_letter() -> None:
    assert slug("Łukasz Müller") == "lukasz-muller"
    assert slug("America/Chicago") == "america-chicago"
    assert slug("北京") == "bei-jing"


def test_the_page_folding_table_covers_what_accent_stripping_gets_wrong() -> None:
    table = folding_table(["Tromsø"])
    assert table["ł"] == "l" and table["ø"] == "o" and table["ß"] == "ss" and table["ı"] == "i"
    assert "é" not in table  # stripping the accent already gives e


@pytest.mark.parametrize("text, expected", [
    ("C#", ["csharp"]), ("C++", ["cplusplus"]), (".NET", ["dotnet"]),
    ("K-12", ["k", "12", "k12"]), ("LGBTQ+", ["lgbtq"]), ("A/V", ["a", "v", "av"]),
    ("3D printing", ["3d", "printing"]), ("front-end", ["front", "end", "frontend"]),
    ("vue.js", ["vue", "js", "vuejs"]), ("ILS/LSP", ["ils", "lsp", "ilslsp"]),
    ("cataloguing organisation", ["cataloging", "organization"]),
])
def test_words_keep_the_terms_our_field_writes(text: str, expected: list[str]) -> None:
    assert words(text) == expected


def test_british_and_american_spellings_index_as_one_term() -> None:
    terms = Terms()
    assert terms.terms("cataloguing colour programme") == terms.terms("cataloging color program")


def test_terms_are_lunrs_stems_without_stop_words() -> None:
    terms = Terms()
    assert terms.terms("The Cataloging") == ["catalog"]
    assert terms.term("the") is None
