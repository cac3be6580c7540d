"""A JSON Schema for profiles, generated from the field table and the vocabulary.

Editors (VS Code's YAML extension) use it to complete and check fields as a mentor types.
It is derived, never written by hand, so it cannot drift from what the validator accepts;
the validator stays the authority for what a schema cannot say (dates in the past, photo
files that exist, time-zone names, YAML quirks).
"""
from __future__ import annotations

from typing import Any

from ..profiles.fields import (
    BIO_FIELD,
    LANGUAGE_TAG_PATTERN,
    MAX_BIO_LENGTH,
    MAX_LONG_TEXT_LENGTH,
    MAX_TEXT_LENGTH,
    PHOTO_EXTENSIONS,
    PROFILE_FIELDS,
    Field,
    Kind,
)
from ..profiles.vocabulary import Vocabulary

SCHEMA_ID = "https://mentor-directory.invalid/schema/profile.schema.json"


def profile_schema(vocabulary: Vocabulary) -> dict[str, Any]:
    fields = PROFILE_FIELDS + (BIO_FIELD,)
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "$id": SCHEMA_ID,
        "title": "Mentor profile",
        "description": "One mentor in content/mentors/. Run `mentor-directory validate` for the full check.",
        "type": "object",
        "additionalProperties": False,
        "required": [f.name for f in fields if f.required],
        "properties": {f.name: _field_schema(f, vocabulary) for f in fields},
        "dependencies": {"photo": ["photo_alt"]},
    }


def _field_schema(field: Field, vocabulary: Vocabulary) -> dict[str, Any]:
    schema = _kind_schema(field, vocabulary)
    schema["description"] = field.meaning[:1].upper() + field.meaning[1:] + "."
    return schema


def _kind_schema(field: Field, vocabulary: Vocabulary) -> dict[str, Any]:
    kind = field.kind
    if kind is Kind.TERM:
        return _term_schema(field, vocabulary)
    if kind is Kind.TERMS:
        schema: dict[str, Any] = {"type": "array", "items": _term_schema(field, vocabulary), "uniqueItems": True}
        if field.min_items:
            schema["minItems"] = field.min_items
        if field.max_items is not None:
            schema["maxItems"] = field.max_items
        return schema
    if kind is Kind.TEXT_LIST:
        return {"type": "array", "items": {"type": "string", "minLength": 1, "maxLength": MAX_TEXT_LENGTH}, "uniqueItems": True}
    if kind is Kind.MAPPING:
        schema = {
            "type": "object",
            "additionalProperties": False,
            "properties": {sub.name: _field_schema(sub, vocabulary) for sub in field.subfields},
        }
        if field.name == "contact":
            schema["anyOf"] = [{"required": ["email"]}, {"required": ["url"]}]
        return schema
    simple: dict[Kind, dict[str, Any]] = {
        Kind.TEXT: {"type": "string", "minLength": 1, "maxLength": MAX_TEXT_LENGTH},
        Kind.LONG_TEXT: {"type": "string", "minLength": 1, "maxLength": MAX_LONG_TEXT_LENGTH},
        Kind.MARKDOWN: {"type": "string", "maxLength": MAX_BIO_LENGTH},
        Kind.BOOLEAN: {"type": "boolean"},
        Kind.DATE: {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
        Kind.INTEGER: {"type": "integer", "minimum": 0},
        Kind.NUMBER: {"type": "number", "minimum": 0},
        Kind.TIMEZONE: {"type": "string", "pattern": r"^[A-Za-z_]+(/[A-Za-z0-9_+-]+)*$"},
        Kind.LANGUAGE_TAG: {"type": "string", "pattern": LANGUAGE_TAG_PATTERN},
        Kind.GITHUB: {"type": "string", "pattern": r"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"},
        Kind.PHOTO: {"type": "string", "pattern": _photo_pattern()},
        Kind.EMAIL: {"type": "string", "format": "email"},
        Kind.URL: {"type": "string", "format": "uri", "pattern": "^https?://"},
    }
    return dict(simple[kind])


def _photo_pattern() -> str:
    """A relative path ending in an allowed extension, in any letter case (ECMAScript has no (?i))."""
    def any_case(extension: str) -> str:
        return "".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else "\\" + c for c in extension)

    return r"^(?!/)(?!.*\.\.)[^\\:]+(" + "|".join(any_case(e) for e in PHOTO_EXTENSIONS) + ")$"


def _term_schema(field: Field, vocabulary: Vocabulary) -> dict[str, Any]:
    assert field.vocabulary is not None
    terms = vocabulary.terms(field.vocabulary)
    return {
        "type": "string",
        "enum": [t.id for t in terms],
        "markdownEnumDescriptions": [f"**{t.label}**: {t.description}" for t in terms],
    }
