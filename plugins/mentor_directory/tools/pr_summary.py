"""A plain-language summary of the profiles a pull request adds, changes or removes, for the
reviewing volunteer (written to the workflow's job summary)."""
from __future__ import annotations

from ..profiles.profile_source import SourceError, decode, read_markdown, read_yaml
from ..profiles.vocabulary import Vocabulary
from ..profiles.yaml_source import Node, Scalar, Sequence, YamlSyntaxError
from .ownership import ProfileChange


def _plain(node: Node) -> object:
    if isinstance(node, Scalar):
        return node.text
    if isinstance(node, Sequence):
        return [_plain(item) for item in node.items]
    return {key: _plain(entry.value) for key, entry in node.entries.items()}


def _fields(path: str, data: bytes) -> dict[str, object] | None:
    try:
        text = decode(data)
        raw = read_markdown(text) if path.endswith(".md") else read_yaml(text)
    except (SourceError, YamlSyntaxError):
        return None
    fields = _plain(raw.fields)
    assert isinstance(fields, dict)
    fields["bio"] = raw.bio
    return fields


def _label(vocabulary: Vocabulary, key: str, value: object) -> str:
    terms = vocabulary.lists.get(key, {})
    return terms[value].label if isinstance(value, str) and value in terms else str(value)


def _describe(fields: dict[str, object], vocabulary: Vocabulary) -> str:
    areas = fields.get("mentoring_areas")
    parts = [_label(vocabulary, "library_type", fields.get("library_type", "?"))]
    if isinstance(areas, list):
        parts.append("helps with " + ", ".join(_label(vocabulary, "mentoring_areas", a) for a in areas))
    parts.append("accepting new mentees" if str(fields.get("accepting_mentees")).lower() == "true" else "not taking new mentees")
    return "; ".join(parts)


def summary(changes: list[ProfileChange], vocabulary: Vocabulary) -> str:
    """Markdown: one line per changed profile, saying what happens to it."""
    lines = ["## Mentor profiles in this pull request", ""]
    if not changes:
        lines.append("No mentor profiles change.")
    for change in changes:
        before = _fields(change.path, change.before) if change.before is not None else None
        after = _fields(change.path, change.after) if change.after is not None else None
        name = str((after or before or {}).get("name", change.path))
        where = f"`{change.path}`"
        if change.after is None:
            lines.append(f"- **Removes** {name} ({where}): they disappear from every page and from search.")
        elif after is None:
            lines.append(f"- **Cannot read** {where}: see the profile check for the line to fix.")
        elif change.before is None:
            lines.append(f"- **Adds** {name} ({where}): {_describe(after, vocabulary)}.")
        else:
            changed = sorted(k for k in set(after) | set(before or {}) if (before or {}).get(k) != after.get(k))
            what = ", ".join(f"`{k}`" for k in changed) or "formatting only"
            lines.append(f"- **Updates** {name} ({where}): changes {what}.")
    return "\n".join(lines) + "\n"
