"""One way to fold text to plain ASCII, for search and for URL slugs.

Stripping accents (NFD, then dropping combining marks) leaves letters that have no accent
to strip: "Łódź" stays "Łodz", "Tromsø" keeps its "ø", "İzmir" its dotted capital, and a
slug made from them loses those letters ("Łukasz" -> "ukasz"). Unidecode (already a
Pelican dependency) transliterates instead: ł -> l, ø -> o, ı -> i, ß -> ss, æ -> ae, and
gives non-Latin scripts a readable romanisation.

Everything that compares or slugs text written by people uses these two functions, so the
search index, the page's query, facet values and file names all agree.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from unidecode import unidecode

# Apostrophes and the ʻokina vanish inside a word ("O'Connell" -> "oconnell",
# "Hawaiʻi" -> "hawaii") rather than splitting it.
_APOSTROPHES = re.compile("['\u2018\u2019\u02bb\u02bc\u0060\u00b4]")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=65536)
def fold_char(char: str) -> str:
    """One character folded: its transliteration, lowercased ("Ł" -> "l", "ß" -> "ss")."""
    if char < "\x80":
        return char.lower()
    if _APOSTROPHES.fullmatch(char):
        return ""
    return unidecode(unicodedata.normalize("NFC", char)).lower()


def fold(text: str) -> str:
    """``text`` lowercased and transliterated to ASCII; apostrophes dropped."""
    text = unicodedata.normalize("NFC", text)
    if text.isascii():
        return _APOSTROPHES.sub("", text.lower())
    return "".join(fold_char(c) for c in text)


def slug(text: str) -> str:
    """A URL slug: folded, then every run of other characters one hyphen ("Łukasz Müller" -> "lukasz-muller")."""
    return _NOT_SLUG.sub("-", fold(text)).strip("-")


def folding_table(texts: list[str] | None = None) -> dict[str, str]:
    """Characters whose fold is not what stripping accents gives, for the page's query folding.

    The browser folds a query with NFD and this table (it has no Unidecode); Latin letters
    and every character in ``texts`` (the indexed text) are covered.
    """
    chars = {chr(c) for c in range(0xA0, 0x250)} | {"\u0130", "\u0131", "\u1e9e"}
    for text in texts or ():
        chars.update(c for c in unicodedata.normalize("NFC", text) if c >= "\x80")
    table = {}
    for char in sorted(chars):
        stripped = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c)).lower()
        folded = fold_char(char)
        if folded != stripped:
            table[char] = folded
    return table
