"""Turning a profile file's bytes into located YAML fields and a Markdown bio.

Two layouts carry the same fields: ``SLUG.md`` (front matter between ``---`` lines, the
bio below) and ``SLUG.yaml``/``SLUG.yml`` (the bio in a ``bio:`` field).
"""
from __future__ import annotations

from dataclasses import dataclass

from . import yaml_source
from .yaml_source import Mapping, Position, Scalar

MAX_FILE_BYTES = 256 * 1024
MARKDOWN_SUFFIXES = (".md",)
YAML_SUFFIXES = (".yaml", ".yml")
PROFILE_SUFFIXES = MARKDOWN_SUFFIXES + YAML_SUFFIXES


@dataclass(frozen=True)
class RawProfile:
    fields: Mapping
    bio: str
    bio_position: Position


class SourceError(Exception):
    def __init__(self, position: Position, message: str) -> None:
        super().__init__(message)
        self.position = position
        self.message = message


def decode(data: bytes) -> str:
    """Bytes to text with Unix line ends; refuses binary, oversized and non-UTF-8 files."""
    if len(data) > MAX_FILE_BYTES:
        raise SourceError(
            Position(1, 1),
            f"the file is {len(data):,} bytes; profiles may be at most {MAX_FILE_BYTES:,} bytes",
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SourceError(Position(1, 1), "the file is saved as UTF-16; open it in your editor and save it with UTF-8 encoding")
    if b"\x00" in data:
        raise SourceError(Position(1, 1), "this looks like a binary file, not a text profile")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        raise SourceError(
            Position(line, column),
            "the file is not UTF-8 text; open it in your editor and save it with UTF-8 encoding",
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_markdown(text: str) -> RawProfile:
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise SourceError(
            Position(1, 1),
            "a Markdown profile starts with a line of three dashes (---), then the fields, "
            "then another --- line, then your bio",
        )
    for index in range(1, len(lines)):
        if lines[index].strip() in {"---", "..."}:
            header = "\n".join(lines[1:index])
            fields = _parse_fields(header, line_offset=1)
            if "bio" in fields.entries:
                entry = fields.entries["bio"]
                raise SourceError(
                    entry.key_position,
                    "in a .md profile the bio goes below the closing --- line, not in a `bio:` field",
                )
            bio = "\n".join(lines[index + 1:]).strip("\n")
            return RawProfile(fields, bio, Position(index + 2, 1))
    raise SourceError(
        Position(1, 1),
        "the opening --- line has no closing --- line; add one after the last field, before the bio",
    )


def read_yaml(text: str) -> RawProfile:
    fields = _parse_fields(text, line_offset=0)
    bio_entry = fields.entries.get("bio")
    if bio_entry is None:
        return RawProfile(fields, "", fields.position)
    remaining = {k: e for k, e in fields.entries.items() if k != "bio"}
    trimmed = Mapping(remaining, fields.position, fields.duplicates)
    value = bio_entry.value
    if not isinstance(value, Scalar):
        raise SourceError(value.position, "`bio` must be text; start it with `bio: |` and indent the lines below")
    return RawProfile(trimmed, "" if value.is_null else value.text.strip("\n"), value.position)


def _parse_fields(text: str, line_offset: int) -> Mapping:
    try:
        root = yaml_source.parse(text, line_offset)
    except yaml_source.YamlSyntaxError as error:
        raise SourceError(error.position, error.message) from None
    if root is None:
        raise SourceError(Position(1 + line_offset, 1), "there are no fields; start from the template in docs/mentors.md")
    if not isinstance(root, Mapping):
        raise SourceError(root.position, "the fields must be `name: value` lines, one field per line")
    return root
