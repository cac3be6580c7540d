"""Checking located profile fields against the field table and the vocabulary.

Every check reports where the value is and how to fix it, and checking goes on after a
problem so a mentor sees every mistake in one run.
"""
from __future__ import annotations

import html
import re
import unicodedata
import zoneinfo
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from . import places_and_languages
from .fields import (
    BIO_FIELD,
    FIELDS_BY_NAME,
    LANGUAGE_TAG_PATTERN,
    MAX_BIO_BLOCK_LINES,
    MAX_BIO_BRACKETS,
    MAX_BIO_EMPHASIS,
    MAX_BIO_LENGTH,
    MAX_BIO_LINES,
    MAX_BIO_NESTING,
    MAX_INTEGER,
    MAX_LONG_TEXT_LENGTH,
    MAX_TEXT_LENGTH,
    MISPLACED_FIELDS,
    PHOTO_EXTENSIONS,
    Field,
    Kind,
)
from .problems import Problem
from .profile import DECLARED, Contact, Location, Profile
from .profile_source import RawProfile
from .suggest import closest, did_you_mean
from .vocabulary import Vocabulary
from .yaml_source import Mapping, Node, Position, Scalar, Sequence

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_LANGUAGE_TAG = re.compile(LANGUAGE_TAG_PATTERN)
_GITHUB = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$")
# A bare address: no `?`, `%` or `#`, which in a mailto: link would start headers (cc, bcc,
# subject, body), hide an `@` as `%40` or end the address.
_EMAIL = re.compile(r"^[^@\s<>()\"',;:?%#]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$")
# Characters that never belong in a pasted link and only serve to break out of markup.
_URL_FORBIDDEN = re.compile(r"[\s<>\"`\\{}|^]")
_TRUE, _FALSE = {"true"}, {"false"}
_YAML_11_BOOLEANS = {"yes": "true", "y": "true", "on": "true", "no": "false", "n": "false", "off": "false"}
_INVISIBLE = {"Cc", "Cf"}
# Joiners shape emoji and words in scripts such as Persian and Malayalam: they stay.
_ALLOWED_FORMAT_CHARACTERS = {"\u200c", "\u200d"}

Report = Callable[[Position, str], None]


# What people call their time zone, pointing at the zone names the validator accepts.
_SPOKEN_TIMEZONES = {
    "pacific": ("America/Los_Angeles", "America/Vancouver", "America/Tijuana"),
    "mountain": ("America/Denver", "America/Edmonton", "America/Phoenix"),
    "central": ("America/Chicago", "America/Winnipeg", "America/Mexico_City"),
    "eastern": ("America/New_York", "America/Toronto"),
    "atlantic": ("America/Halifax",),
    "alaska": ("America/Anchorage",),
    "hawaii": ("Pacific/Honolulu",),
}
_MOST_SUGGESTED_ZONES = 6


@lru_cache(maxsize=1)
def known_timezones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


@lru_cache(maxsize=1)
def _zones_by_country() -> dict[str, tuple[str, ...]]:
    """Country names and two-letter codes, folded, to their zones, from the tables in the tzdata package."""
    tables = resources.files("tzdata") / "zoneinfo"
    names = {}
    for line in (tables / "iso3166.tab").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, name = line.split("\t")[:2]
            names[code] = name
    zones: dict[str, list[str]] = defaultdict(list)
    for line in (tables / "zone.tab").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, _, zone = line.split("\t")[:3]
            zones[code].append(zone)
    by_name: dict[str, tuple[str, ...]] = {}
    for code, listed in zones.items():
        by_name[code.casefold()] = by_name[names.get(code, code).casefold()] = tuple(listed)
    return by_name


def timezone_suggestions(written: str) -> list[str]:
    """Zone names for what someone typed: "Pacific" gives the Pacific time zones, a country its zones."""
    folded = " ".join(written.casefold().replace("_", " ").split()).removesuffix(" time").removesuffix(" standard")
    if folded in _SPOKEN_TIMEZONES:
        return list(_SPOKEN_TIMEZONES[folded])
    if folded in _zones_by_country():
        return list(_zones_by_country()[folded])
    return closest(written, known_timezones())


def _timezone_message(text: str) -> str:
    options = timezone_suggestions(text)
    shown = " or ".join(f"`{o}`" for o in options[:_MOST_SUGGESTED_ZONES])
    more = f" (or one of {len(options) - _MOST_SUGGESTED_ZONES} more for that country)" if len(options) > _MOST_SUGGESTED_ZONES else ""
    hint = f"; did you mean {shown}{more}?" if options else "."
    return f"`{text}` is not a time zone name{hint} Use a name like America/Chicago or Europe/Dublin"


def check_field(field: Field, node: Node, vocabulary: Vocabulary, today: date) -> tuple[object | None, list[str]]:
    """One field's value, or the problems with it: how `mentor-directory new` checks each answer as it is typed."""
    messages: list[str] = []
    value = _check(field, node, vocabulary, lambda _position, message: messages.append(message), today)
    return (None, messages) if messages else (value, [])


def validate(
    raw: RawProfile,
    *,
    slug: str,
    source: str,
    vocabulary: Vocabulary,
    photo_exists: Callable[[str], bytes | None],
    today: date,
) -> tuple[Profile | None, list[Problem]]:
    """Return the profile, or None and the problems that stop it being published."""
    problems: list[Problem] = []

    def report(position: Position, message: str) -> None:
        problems.append(Problem(source, position.line, position.column, message))

    fields = raw.fields
    for first, again in fields.duplicates:
        report(again.key_position, f"`{again.key}` is written twice (first on line {first.key_position.line}); keep one")

    values: dict[str, object] = {}
    table = vocabulary.fields_by_name
    for entry in fields.entries.values():
        field = table.get(entry.key)
        if field is None:
            report(entry.key_position, _unknown_field_message(entry.key, list(table)))
            continue
        value = _check(field, entry.value, vocabulary, report, today)
        if value is not None:
            values[field.name] = value

    for field in vocabulary.fields:
        if field.required and field.name not in fields.entries:
            report(fields.position, _missing_message(field))

    _check_photo(fields, values, photo_exists, report)
    _check_bio(raw, report)
    _check_country_and_languages(fields, report)

    if problems:
        return None, problems
    contact = values["contact"]
    assert isinstance(contact, dict)
    location = values.pop("location", {})
    assert isinstance(location, dict)
    profile = Profile(
        slug=slug,
        source=source,
        bio=raw.bio,
        **{k: v for k, v in values.items() if k != "contact" and k in DECLARED},  # type: ignore[arg-type]
        contact=Contact(**contact),
        location=Location(**location),
        more={k: v for k, v in values.items() if k not in DECLARED},
    )
    return profile, []


def _unknown_field_message(key: str, known: list[str]) -> str:
    if key == "bio":
        return "`bio` is not a field in .md profiles; write the bio below the closing --- line"
    if key in MISPLACED_FIELDS:
        return f"unknown field `{key}`: {MISPLACED_FIELDS[key]}"
    if key in FIELDS_BY_NAME:
        return f"this program does not use `{key}` (its vocabulary file has no `{FIELDS_BY_NAME[key].vocabulary}:` list); remove the line"
    hint = did_you_mean(key, known)
    return f"unknown field `{key}`{hint}" + ("" if hint else "; see the field list in docs/mentors.md")


def _missing_message(field: Field) -> str:
    return f"missing required field `{field.name}` ({field.meaning}); add {_example(field)}"


def _example(field: Field) -> str:
    """How to write a field, on one line so each problem stays one line of output."""
    if field.subfields:
        sub = field.subfields[0]
        return f"a line `{field.name}:` followed by an indented line like `  {sub.name}: {sub.example}`"
    return f"a line like `{field.name}: {field.example}`"


def _check(field: Field, node: Node, vocabulary: Vocabulary, report: Report, today: date) -> object | None:
    """The typed value of one field, or None after reporting why it cannot be used."""
    if isinstance(node, Scalar) and node.is_null:
        report(node.position, f"`{field.name}` is empty; give it a value ({field.kind.value}, e.g. {field.example.strip()}) or remove the line")
        return None
    if field.kind is Kind.MAPPING:
        return _check_mapping(field, node, report)
    if field.kind in (Kind.TERMS, Kind.TEXT_LIST):
        return _check_list(field, node, vocabulary, report)
    if not isinstance(node, Scalar):
        report(node.position, f"`{field.name}` must be a single {field.kind.value}, e.g. `{field.name}: {field.example}`")
        return None
    return _check_scalar(field, node, vocabulary, report, today)


def _check_mapping(field: Field, node: Node, report: Report) -> dict[str, str] | None:
    if not isinstance(node, Mapping):
        report(node.position, f"`{field.name}` holds indented fields: write {_example(field)}")
        return None
    known = {f.name: f for f in field.subfields}
    result: dict[str, str] = {}
    for first, again in node.duplicates:
        report(again.key_position, f"`{again.key}` is written twice under `{field.name}` (first on line {first.key_position.line}); keep one")
    for entry in node.entries.values():
        sub = known.get(entry.key)
        if sub is None:
            report(entry.key_position, f"`{field.name}` has no field `{entry.key}`" + (
                did_you_mean(entry.key, known) or f"; it may hold {', '.join(known)}"))
            continue
        if not isinstance(entry.value, Scalar) or entry.value.is_null:
            report(entry.value.position, f"`{field.name}.{entry.key}` must be a single {sub.kind.value}, e.g. `{sub.example}`")
            continue
        text = _check_scalar(sub, entry.value, None, report, date.max)
        if isinstance(text, str):
            result[sub.name] = text
    if field.name == "contact" and not ({"email", "url"} & node.entries.keys()):
        report(node.position, "`contact` needs at least an `email:` or a `url:` so mentees can reach you")
        return None
    return result


def _check_list(field: Field, node: Node, vocabulary: Vocabulary, report: Report) -> tuple[str, ...] | None:
    if isinstance(node, Scalar):
        report(node.position, f"`{field.name}` must be a list, like `{field.name}: {field.example}`")
        return None
    if not isinstance(node, Sequence):
        report(node.position, f"`{field.name}` must be a list of {'term ids' if field.vocabulary else 'text'}")
        return None
    items: list[str] = []
    ok = True
    for item in node.items:
        if not isinstance(item, Scalar) or item.is_null:
            report(item.position, f"each item of `{field.name}` must be a single {'term id' if field.vocabulary else 'text'}")
            ok = False
            continue
        if field.vocabulary:
            term = _check_term(field, item, vocabulary, report)
        else:
            term = _check_text(field, item, report, MAX_TEXT_LENGTH)
        if term is None:
            ok = False
        elif term.casefold() in (i.casefold() for i in items):
            report(item.position, f"`{term}` appears twice in `{field.name}`; list it once")
            ok = False
        else:
            items.append(term)
    count = len(node.items)
    if count < field.min_items:
        report(node.position, f"`{field.name}` needs at least {field.min_items} item{'s' if field.min_items > 1 else ''}")
        ok = False
    if field.max_items is not None and count > field.max_items:
        if field.vocabulary:
            report(node.position, f"`{field.name}` has {count} items; choose at most {field.max_items} (the ones you most want to help with)")
        else:
            report(node.position, f"`{field.name}` has {count} items; list at most {field.max_items} "
                                  "(each becomes a filter and a page of its own) and remove the rest")
        ok = False
    return tuple(items) if ok else None


def _check_term(field: Field, node: Scalar, vocabulary: Vocabulary | None, report: Report) -> str | None:
    assert field.vocabulary is not None and vocabulary is not None
    written = node.text.strip()
    if written in vocabulary.lists[field.vocabulary]:
        return written
    options = vocabulary.suggest(field.vocabulary, written)
    hint = f"; did you mean {' or '.join(f'`{o}`' for o in options)}?" if options else "."
    report(node.position, f"`{written}` is not a term for `{field.name}`{hint} The vocabulary file lists every term")
    return None


def _check_text(field: Field, node: Scalar, report: Report, limit: int) -> str | None:
    text = unicodedata.normalize("NFC", node.text).strip()
    if not text:
        report(node.position, f"`{field.name}` is blank; write some text or remove the line")
        return None
    if not _visible(field, text, node.position, report):
        return None
    if len(text) > limit:
        report(node.position, f"`{field.name}` is {len(text):,} characters; keep it under {limit:,}")
        return None
    return text


def _check_bio(raw: RawProfile, report: Report) -> None:
    """A bio is shown as Markdown: bounded in size and in links, and free of invisible tricks."""
    if len(raw.bio) > MAX_BIO_LENGTH:
        report(raw.bio_position, f"the bio is {len(raw.bio):,} characters; keep it under {MAX_BIO_LENGTH:,}")
    elif raw.bio.count("[") > MAX_BIO_BRACKETS:
        report(raw.bio_position, f"the bio has {raw.bio.count('['):,} `[` characters; a bio may have at most {MAX_BIO_BRACKETS} (each link uses one)")
    elif (marks := raw.bio.count("*") + raw.bio.count("_")) > MAX_BIO_EMPHASIS:
        report(raw.bio_position, f"the bio has {marks:,} `*` and `_` characters; a bio may have at most {MAX_BIO_EMPHASIS} "
                                 "(each *emphasis* uses two)")
    elif (shape := _bio_shape_problem(raw.bio)) is not None:
        offset, message = shape
        report(Position(raw.bio_position.line + offset, 1), message)
    elif _visible(BIO_FIELD, raw.bio, raw.bio_position, report):
        _visible_after_references(raw.bio, raw.bio_position, report)


_LIST_OR_QUOTE = re.compile(r"[ \t]*(?:>|[-*+][ \t]|\d{1,9}[.)][ \t])")


def _bio_shape_problem(bio: str) -> tuple[int, str] | None:
    """Limits on the bio's shape that keep Markdown rendering fast (each is far beyond a real bio).

    Python-Markdown works line by line and rescans the rest of a paragraph after each rule or
    underline it finds, and parses every level of a nested list or quote again; thousands of
    `---` or `===` lines took seconds per bio. Returns the line (from the bio's first) and message.
    """
    lines = bio.split("\n")
    if len(lines) > MAX_BIO_LINES:
        return MAX_BIO_LINES, (f"the bio has {len(lines):,} lines; a bio may have at most {MAX_BIO_LINES} "
                               "(join short lines into paragraphs)")
    run = 0
    for number, line in enumerate(lines):
        run = run + 1 if line.strip() else 0
        if run > MAX_BIO_BLOCK_LINES:
            return number, (f"the bio has more than {MAX_BIO_BLOCK_LINES} lines in a row without an empty line; "
                            "add an empty line between paragraphs or list groups")
        depth, rest = 0, line
        while (marker := _LIST_OR_QUOTE.match(rest)) is not None:
            depth, rest = depth + 1, rest[marker.end():]
        depth += (len(line) - len(line.lstrip(" "))) // 4
        if depth > MAX_BIO_NESTING:
            return number, (f"this line of the bio nests {depth} lists or quotes inside each other; "
                            f"use at most {MAX_BIO_NESTING} levels")
    return None


# `&#x202E;`, `&#8238;` or `&rlm;` in a bio become the character itself on the page.
_NUMERIC_REFERENCE = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));?")
_NAMED_REFERENCE = re.compile(r"&[A-Za-z][A-Za-z0-9]{1,31};?")


def decode_references(text: str) -> str:
    """Text with every HTML character reference (named, decimal, hex) replaced by its character,
    as a browser reads it; numbers a browser would replace are kept as their code point."""
    def numeric(match: re.Match[str]) -> str:
        number = int(match[1], 16) if match[1] else int(match[2])
        return chr(number) if 0 < number <= 0x10FFFF else "\ufffd"

    return _NAMED_REFERENCE.sub(lambda m: html.unescape(m[0]), _NUMERIC_REFERENCE.sub(numeric, text))


def _visible_after_references(bio: str, position: Position, report: Report) -> bool:
    """The invisible-character rule, applied to what the bio becomes once its references are read."""
    if "&" not in bio:
        return True
    decoded = decode_references(bio)
    refused = {ch for ch in set(decoded) if unicodedata.category(ch) in _INVISIBLE
               and ch not in _ALLOWED_FORMAT_CHARACTERS | {"\n", "\t"}}
    if not refused:
        return True
    bad = next(ch for ch in decoded if ch in refused)
    report(position, f"`bio` contains an invisible control character (U+{ord(bad):04X}) written as a character "
                     "reference (like `&#x200B;`); remove it")
    return False


def _visible(field: Field, text: str, position: Position, report: Report) -> bool:
    """Refuse control and invisible formatting characters: they break addresses and can disguise text."""
    allowed = {
        Kind.TEXT: _ALLOWED_FORMAT_CHARACTERS,
        Kind.LONG_TEXT: _ALLOWED_FORMAT_CHARACTERS | {"\n"},
        Kind.MARKDOWN: _ALLOWED_FORMAT_CHARACTERS | {"\n", "\t"},
    }.get(field.kind, set())
    # Each distinct character is looked up once; a bio has thousands of characters but few distinct ones.
    refused = {ch for ch in set(text) if unicodedata.category(ch) in _INVISIBLE and ch not in allowed}
    if not refused:
        return True
    bad = next(ch for ch in text if ch in refused)
    report(position, f"`{field.name}` contains an invisible control character (U+{ord(bad):04X}); retype the text")
    return False


def _check_scalar(field: Field, node: Scalar, vocabulary: Vocabulary | None, report: Report, today: date) -> object | None:
    kind = field.kind
    text = node.text.strip()
    if kind not in (Kind.TEXT, Kind.LONG_TEXT) and not _visible(field, text, node.position, report):
        return None
    if kind is Kind.TEXT:
        return _check_text(field, node, report, MAX_TEXT_LENGTH)
    if kind is Kind.LONG_TEXT:
        return _check_text(field, node, report, MAX_LONG_TEXT_LENGTH)
    if kind is Kind.TERM:
        return _check_term(field, node, vocabulary, report)
    if kind is Kind.BOOLEAN:
        return _check_boolean(field, node, report)
    if kind is Kind.DATE:
        return _check_date(field, node, report, today)
    if kind is Kind.INTEGER:
        if node.plain and text.isdigit() and text.isascii() and len(text) <= len(str(MAX_INTEGER)) and int(text) <= MAX_INTEGER:
            return int(text)
        if node.plain and text.isdigit() and text.isascii():
            report(node.position, f"`{field.name}` is more than anyone can take on; write a whole number from 0 to {MAX_INTEGER}")
            return None
        report(node.position, f"`{field.name}` must be a whole number 0 or more, e.g. `{field.name}: 2`, without quotes")
        return None
    if kind is Kind.NUMBER:
        return _check_number(field, node, report)
    if kind is Kind.TIMEZONE:
        if text in known_timezones():
            return text
        report(node.position, _timezone_message(text))
        return None
    if kind is Kind.LANGUAGE_TAG:
        if _LANGUAGE_TAG.fullmatch(text):
            return text
        report(node.position, f"`{text}` is not a language code; write a short code such as `es` for Spanish, `fr` for French or `fr-CA` for Canadian French")
        return None
    if kind is Kind.GITHUB:
        if _GITHUB.fullmatch(text):
            return text
        fix = f"; write `{text.lstrip('@')}` without the @" if text.startswith("@") else ""
        report(node.position, f"`{text}` is not a GitHub username (letters, digits and single hyphens){fix}")
        return None
    if kind is Kind.EMAIL:
        if _EMAIL.fullmatch(text):
            return text
        if text.lower().startswith("mailto:"):
            fix = "; leave out `mailto:`"
        elif "@" in text and any(c in text for c in "?%#"):
            fix = "; write only the address itself, like ada@example.org, without `?`, `%` or `#` (no cc, subject or other extras)"
        else:
            fix = ", like ada@example.org"
        report(node.position, f"`{text}` is not an email address{fix}")
        return None
    if kind is Kind.URL:
        return _check_url(field, node, report)
    if kind is Kind.PHOTO:
        return _check_photo_path(field, node, report)
    raise AssertionError(f"no check for {kind}")


def _check_boolean(field: Field, node: Scalar, report: Report) -> bool | None:
    folded = node.text.strip().casefold()
    if node.plain and folded in _TRUE:
        return True
    if node.plain and folded in _FALSE:
        return False
    if folded in _YAML_11_BOOLEANS:
        report(node.position, f"`{field.name}` must be true or false; write `{_YAML_11_BOOLEANS[folded]}` instead of `{node.text}`")
    elif not node.plain and folded in _TRUE | _FALSE:
        report(node.position, f"`{field.name}` must be true or false without quotes; write `{folded}`")
    else:
        report(node.position, f"`{field.name}` must be true or false (without quotes), not `{node.text}`")
    return None


def _check_date(field: Field, node: Scalar, report: Report, today: date) -> date | None:
    text = node.text.strip()
    if _DATE.fullmatch(text):
        try:
            value = date.fromisoformat(text)
        except ValueError:
            report(node.position, f"`{text}` is not a real date; check the month and day")
            return None
        if value > today:
            report(node.position, f"`{text}` is in the future; use the date you last checked your profile (today is {today.isoformat()})")
            return None
        return value
    report(node.position, f"`{field.name}` must be a date written YYYY-MM-DD, e.g. `{field.example}`, not `{text}`")
    return None


def _check_number(field: Field, node: Scalar, report: Report) -> float | None:
    try:
        value = float(node.text) if node.plain else None
    except ValueError:
        value = None
    if value is None or value != value or value in (float("inf"), float("-inf")) or value < 0:
        report(node.position, f"`{field.name}` must be a number 0 or more, e.g. `{field.name}: 3`, without quotes "
                              "(0 reads \"not taking new mentees now\")")
        return None
    return value


def _check_url(field: Field, node: Scalar, report: Report) -> str | None:
    text = node.text.strip()
    parts = urlsplit(text)
    if parts.scheme.lower() in {"http", "https"} and parts.netloc and not _URL_FORBIDDEN.search(text):
        return text
    if not parts.scheme and "." in text.split("/")[0]:
        report(node.position, f"`{text}` needs to start with https://; write `https://{text}`")
    else:
        report(node.position, f"`{text}` is not a web address; it must start with https:// or http://")
    return None


def _check_photo_path(field: Field, node: Scalar, report: Report) -> str | None:
    text = node.text.strip()
    path = PurePosixPath(text)
    if path.is_absolute() or ".." in path.parts or "\\" in text or ":" in text:
        report(node.position, f"`{text}` must be a path beside your profile, like `{field.example}`")
        return None
    if path.suffix.lower() not in PHOTO_EXTENSIONS:
        report(node.position, f"`{text}` must be a JPEG, PNG or WebP photo ({', '.join(PHOTO_EXTENSIONS)}); SVG and other formats are not accepted")
        return None
    return text


def is_raster_image(header: bytes) -> bool:
    """Whether a file starts like a JPEG, PNG or WebP (renaming an SVG to .jpg does not make it one)."""
    return (header.startswith((b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n"))
            or (header[:4] == b"RIFF" and header[8:12] == b"WEBP"))


def _check_photo(fields: Mapping, values: dict[str, object], photo_exists: Callable[[str], bytes | None], report: Report) -> None:
    """A photo must exist, really be a JPEG, PNG or WebP, and come with a description."""
    photo = values.get("photo")
    entry = fields.entries.get("photo")
    if isinstance(photo, str) and entry is not None:
        header = photo_exists(photo)
        if header is None:
            report(entry.value.position, f"no file `{photo}` beside this profile; add the photo or remove the line")
            values.pop("photo")
        elif header == b"symbolic link":
            report(entry.value.position, f"`{photo}` is a symbolic link, not a file; copy the photo itself into the repository")
            values.pop("photo")
        elif not is_raster_image(header):
            report(entry.value.position, f"`{photo}` is not really a JPEG, PNG or WebP image; export the photo again as JPEG or PNG")
            values.pop("photo")
    if "photo" in fields.entries and "photo_alt" not in fields.entries:
        report(fields.entries["photo"].key_position, "a photo needs `photo_alt:` describing it for people who cannot see it")


def _check_country_and_languages(fields: Mapping, report: Report) -> None:
    """A country or language that is not one we know but is close to one is a misspelling.

    Names we do not know and that are close to none are kept as written (a language the
    standard lists under another name is better shown than refused).
    """
    location = fields.entries.get("location")
    if location is not None and isinstance(location.value, Mapping):
        country = location.value.entries.get("country")
        if country is not None and isinstance(country.value, Scalar) and not country.value.is_null:
            written = country.value.text.strip()
            if written and places_and_languages.country(written) is None:
                near = places_and_languages.suggest_country(written)
                if near:
                    report(country.value.position, f"`{written}` is not a country we know; did you mean {' or '.join(f'`{n}`' for n in near)}?")
    languages = fields.entries.get("languages")
    if languages is not None and isinstance(languages.value, Sequence):
        for item in languages.value.items:
            if isinstance(item, Scalar) and not item.is_null and item.text.strip():
                written = item.text.strip()
                if places_and_languages.language(written) is None:
                    near = places_and_languages.suggest_language(written)
                    if near:
                        report(item.position, f"`{written}` is not a language we know; did you mean {' or '.join(f'`{n}`' for n in near)}?")
