"""Writing a new profile file from answers, in the same field order and format mentors read in docs/mentors.md.

Every text value is written as a double-quoted YAML string (JSON's quoting is valid YAML),
so a name like `Yes` or `1984` or a title with a colon can never change meaning, and text
from a web form can never add a field of its own. Anything that is not a plain term id or
number is quoted too, and the validator then says what is wrong with it.
"""
from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date

from ..profiles.fields import PROFILE_FIELDS, Field, Kind
from ..profiles.vocabulary import TERM_ID

Answers = Mapping[str, object]


def render_yaml(answers: Answers) -> str:
    """A .yaml profile with the fields in table order; empty answers are left out."""
    lines: list[str] = []
    for field in PROFILE_FIELDS:
        value = answers.get(field.name)
        if value in (None, "", (), [], {}):
            continue
        lines.extend(render_field(field, value))
    bio = str(answers.get("bio") or "").strip()
    if bio:
        lines.append("bio: |")
        lines.extend(f"  {line}" if line else "" for line in bio.splitlines())
    return "\n".join(lines) + "\n"


def render_field(field: Field, value: object) -> list[str]:
    """The lines one field takes in a profile file, as `name: value` (a group or a list included)."""
    if field.kind is Kind.MAPPING:
        assert isinstance(value, Mapping)
        inner = [f"  {sub.name}: {_quote(value[sub.name])}" for sub in field.subfields if value.get(sub.name)]
        return [f"{field.name}:", *inner] if inner else []
    if field.kind in (Kind.TERMS, Kind.TEXT_LIST):
        assert isinstance(value, (list, tuple))
        items = ", ".join(_term(item) if field.kind is Kind.TERMS else _quote(item) for item in value)
        return [f"{field.name}: [{items}]"]
    if field.kind is Kind.BOOLEAN and isinstance(value, bool):
        return [f"{field.name}: {'true' if value else 'false'}"]
    if field.kind is Kind.DATE and isinstance(value, date):
        return [f"{field.name}: {value.isoformat()}"]
    if field.kind in (Kind.INTEGER, Kind.NUMBER) and isinstance(value, (int, float)) and not isinstance(value, bool):
        return [f"{field.name}: {value:g}" if isinstance(value, float) else f"{field.name}: {value}"]
    if field.kind is Kind.TERM:
        return [f"{field.name}: {_term(value)}"]
    return [f"{field.name}: {_quote(value)}"]


def _term(value: object) -> str:
    """A term id as written; anything else quoted, so text from a form can never add a field."""
    text = str(value)
    return text if TERM_ID.match(text) else _quote(text)


def _quote(value: object) -> str:
    return json.dumps(str(value), ensure_ascii=False)
