"""Countries (ISO 3166) and languages (ISO 639 / BCP 47) as mentors write them, made one.

"USA", "US", "United States of America" are one country; "Spanish", "Español", "es" and
"es-MX" one language. Each is shown under one canonical name, so a filter or browse page
never splits and no profile's spelling labels anyone else's. A name that matches nothing
gets the nearest known names as a did-you-mean.

Data comes from pycountry (the Debian iso-codes tables). A few names people use that the
standard does not list (UK, Mandarin, te reo Māori, ASL, ...) are added here.
"""
from __future__ import annotations

import difflib
import gettext
import re
from dataclasses import dataclass
from functools import lru_cache

import pycountry

from .text_folding import fold, slug


@dataclass(frozen=True)
class Canonical:
    code: str    # ISO 3166 alpha-2 or ISO 639 code, lowercase
    name: str    # the one name every page shows

    @property
    def value(self) -> str:
        """The facet value and URL part: the canonical name as a slug ("united-states")."""
        return slug(self.name)


# Names people write that ISO 3166 does not give, folded.
COUNTRY_NAMES = {
    "uk": "GB", "great britain": "GB", "britain": "GB", "england": "GB", "scotland": "GB",
    "wales": "GB", "northern ireland": "GB", "u.k.": "GB",
    "usa": "US", "u.s.": "US", "u.s.a.": "US", "america": "US", "united states of america": "US",
    "the united states": "US", "us": "US",
    "south korea": "KR", "korea": "KR", "north korea": "KP", "russia": "RU", "vietnam": "VN",
    "iran": "IR", "syria": "SY", "laos": "LA", "bolivia": "BO", "venezuela": "VE", "tanzania": "TZ",
    "moldova": "MD", "czech republic": "CZ", "turkey": "TR", "ivory coast": "CI", "taiwan": "TW",
    "palestine": "PS", "brasil": "BR", "holland": "NL", "the netherlands": "NL", "aotearoa": "NZ",
    "aotearoa new zealand": "NZ", "macedonia": "MK", "brunei": "BN", "cape verde": "CV",
    "swaziland": "SZ", "burma": "MM", "east timor": "TL", "vatican": "VA", "micronesia": "FM",
}
# Shown names shorter than the standard's ("Bolivia", not "Bolivia, Plurinational State of").
COUNTRY_SHOWN = {
    "BO": "Bolivia", "IR": "Iran", "KR": "South Korea", "KP": "North Korea", "LA": "Laos",
    "MD": "Moldova", "RU": "Russia", "SY": "Syria", "TW": "Taiwan", "TZ": "Tanzania",
    "VE": "Venezuela", "VN": "Vietnam", "FM": "Micronesia", "PS": "Palestine", "VA": "Vatican City",
    "CZ": "Czechia", "MK": "North Macedonia",
}
# Languages people name that ISO 639 lists under another name or code, folded.
LANGUAGE_NAMES = {
    "mandarin": "zh", "mandarin chinese": "zh", "cantonese": "yue", "te reo maori": "mi",
    "te reo": "mi", "reo maori": "mi", "maori": "mi", "isizulu": "zu", "isixhosa": "xh",
    "sesotho": "st", "setswana": "tn", "asl": "ase", "american sign language": "ase",
    "bsl": "bfi", "british sign language": "bfi", "anishinaabemowin": "oj", "ojibwe": "oj",
    "farsi": "fa", "persian": "fa", "filipino": "fil", "kiswahili": "sw", "swahili": "sw",
    "gaelic": "gd", "scottish gaelic": "gd", "irish gaelic": "ga", "castilian": "es",
    "brazilian portuguese": "pt", "norwegian": "no", "norsk": "no", "bokmal": "nb", "nynorsk": "nn",
    "diné bizaad": "nv", "dine bizaad": "nv", "navaho": "nv", "greek": "el", "punjabi": "pa",
    "panjabi": "pa", "haitian creole": "ht", "creole": "ht", "nepali": "ne", "malay": "ms",
    "dutch": "nl", "flemish": "nl", "slovene": "sl", "tok pisin": "tpi", "signing": "sgn",
}
LANGUAGE_SHOWN = {
    "sw": "Swahili", "mi": "Māori", "zh": "Chinese (Mandarin)", "el": "Greek", "ms": "Malay",
    "fa": "Persian (Farsi)", "ne": "Nepali", "oj": "Ojibwe (Anishinaabemowin)", "ase": "American Sign Language",
    "bfi": "British Sign Language", "st": "Sesotho", "nv": "Navajo (Diné bizaad)", "ht": "Haitian Creole",
    "pa": "Punjabi", "ca": "Catalan", "nl": "Dutch", "gd": "Scottish Gaelic", "ky": "Kyrgyz",
    "fil": "Filipino", "yue": "Cantonese", "ps": "Pashto", "dv": "Dhivehi", "si": "Sinhala",
}
_BCP47 = re.compile(r"^([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*$")
_PARENTHESES = re.compile(r"\s*\((?:macrolanguage|individual language)\)|;.*$")


def _key(text: str) -> str:
    return " ".join(fold(text).replace("-", " ").split())


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    names: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        for name in (country.alpha_2, country.alpha_3, country.name,
                     getattr(country, "official_name", None), getattr(country, "common_name", None)):
            if name:
                names.setdefault(_key(name), code)
    for written, code in COUNTRY_NAMES.items():
        names[_key(written)] = code
    return names


def country(text: str) -> Canonical | None:
    """The country ``text`` names, or None."""
    code = _countries().get(_key(text))
    if code is None:
        return None
    shown = COUNTRY_SHOWN.get(code)
    if shown is None:
        record = pycountry.countries.get(alpha_2=code)
        shown = getattr(record, "common_name", None) or record.name
    return Canonical(code.lower(), shown)


def _own_name(code: str, name: str) -> str | None:
    """The language's name in itself, from the iso-codes translations ("Español")."""
    try:
        translation = gettext.translation("iso639-3", pycountry.LOCALES_DIR, languages=[code])
    except OSError:
        return None
    own = translation.gettext(name)
    return own if own != name else None


@lru_cache(maxsize=1)
def _languages() -> dict[str, str]:
    """Folded names and codes -> the shortest code (ISO 639-1 where there is one)."""
    names: dict[str, str] = {}
    for language in pycountry.languages:
        code = getattr(language, "alpha_2", None) or language.alpha_3
        if getattr(language, "type", "") not in ("L", "C") and not getattr(language, "alpha_2", None):
            continue  # skip ancient, extinct and constructed-only entries without a short code
        plain = _PARENTHESES.sub("", language.name)
        # Three-letter codes only of languages with a two-letter one ("spa", "eng"): the
        # others include everyday words ("yes" is Nyankpa's).
        keys = [language.alpha_3 if code != language.alpha_3 else None, code if len(code) == 2 else None,
                language.name, plain]
        if getattr(language, "alpha_2", None):
            own = _own_name(language.alpha_2, language.name)
            if own:
                keys += own.split(";")
        for name in keys:
            if name and name.strip():
                names.setdefault(_key(name), code)
    for written, code in LANGUAGE_NAMES.items():
        names[_key(written)] = code
    # The name every page shows is always understood ("Pashto", though the standard says "Pushto").
    for code, shown in LANGUAGE_SHOWN.items():
        names.setdefault(_key(shown), code)
        names.setdefault(_key(_PARENTHESES.sub("", shown)), code)
    return names


def language(text: str) -> Canonical | None:
    """The language ``text`` names (a name, its own name, or a BCP 47 tag such as es-MX), or None."""
    names = _languages()
    key = _key(text)
    code = names.get(key)
    if code is None:
        tag = _BCP47.match(text.strip().lower())
        if tag:
            code = names.get(tag.group(1))
    if code is None:
        return None
    return Canonical(code, language_name(code))


def language_name(code: str) -> str:
    if code in LANGUAGE_SHOWN:
        return LANGUAGE_SHOWN[code]
    record = pycountry.languages.get(alpha_2=code) if len(code) == 2 else pycountry.languages.get(alpha_3=code)
    return _PARENTHESES.sub("", record.name) if record else code


@lru_cache(maxsize=1)
def _common_language_keys() -> list[str]:
    """Names suggested for a misspelling: languages with a two-letter code and our own list."""
    keys = [_key(_PARENTHESES.sub("", lang.name)) for lang in pycountry.languages if getattr(lang, "alpha_2", None)]
    return sorted(set(keys) | {_key(name) for name in LANGUAGE_NAMES})


def suggest_country(text: str) -> list[str]:
    keys = sorted({_key(c.name) for c in pycountry.countries} | set(COUNTRY_NAMES))
    key = _key(text)
    found = [k for k in difflib.get_close_matches(key, keys, n=3, cutoff=0.75) if _one_slip(key, k)]
    return list(dict.fromkeys(country(k).name for k in found if country(k)))  # type: ignore[union-attr]


def suggest_language(text: str) -> list[str]:
    key = _key(text)
    found = [k for k in difflib.get_close_matches(key, _common_language_keys(), n=3, cutoff=0.75) if _one_slip(key, k)]
    return list(dict.fromkeys(language(k).name for k in found if language(k)))  # type: ignore[union-attr]


def _one_slip(written: str, known: str) -> bool:
    """One letter added, dropped, changed or two swapped: a typo, which validation refuses with a
    did-you-mean. Anything further ("Hinglish", "Tongan", "Luganda", "DR Congo") may be a real
    name the standard lists otherwise, so it is kept as written rather than refused."""
    if written == known or abs(len(written) - len(known)) > 1:
        return False
    start = next((i for i, (a, b) in enumerate(zip(written, known)) if a != b), min(len(written), len(known)))
    a, b = written[start:], known[start:]
    return (a[1:] == b[1:] or a[1:] == b or a == b[1:]
            or (len(a) > 1 and len(a) == len(b) and a[0] == b[1] and a[1] == b[0] and a[2:] == b[2:]))


def language_own_name(code: str) -> str | None:
    """The language's name in itself where the iso-codes translations have it ("Español")."""
    record = pycountry.languages.get(alpha_2=code) if len(code) == 2 else None
    return _own_name(code, record.name) if record else None
