"""Who may change which profile: a pull request may touch only its author's own profiles.

A profile belongs to the GitHub account in its `github:` field. A new profile must name
its author; changing or deleting a profile needs its owner, or a maintainer's approval
(the failing check says whose approval is needed). The rule reads the same located YAML
as the validator, so a profile that is otherwise broken still has a known owner.
"""
from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import PurePosixPath

from ..profiles import yaml_source
from ..profiles.problems import Problem
from ..profiles.profile_source import (
    PROFILE_SUFFIXES,
    SourceError,
    decode,
    read_markdown,
    read_yaml,
)
from ..profiles.yaml_source import Scalar


@dataclass(frozen=True)
class ProfileChange:
    path: str
    before: bytes | None  # None: the pull request adds the file
    after: bytes | None   # None: the pull request deletes the file


def owner(path: str, data: bytes) -> str | None:
    """The `github:` value of a profile file, or None if it has none or cannot be read."""
    try:
        text = decode(data)
        raw = read_markdown(text) if path.endswith(".md") else read_yaml(text)
    except (SourceError, yaml_source.YamlSyntaxError):
        return None
    entry = raw.fields.entries.get("github")
    if entry is None or not isinstance(entry.value, Scalar):
        return None
    return entry.value.text.strip().lstrip("@") or None


def ownership_problems(changes: list[ProfileChange], author: str, maintainers: frozenset[str] = frozenset(),
                       approvers: frozenset[str] = frozenset()) -> list[Problem]:
    """What this author may not change on their own; empty when the pull request is theirs to make
    or a maintainer wrote or approved it."""
    folded = {m.casefold() for m in maintainers}
    if author.casefold() in folded or any(a.casefold() in folded for a in approvers):
        return []
    problems = []
    for change in changes:
        before = owner(change.path, change.before) if change.before is not None else None
        after = owner(change.path, change.after) if change.after is not None else None
        message = _problem(change, before, after, author)
        if message:
            problems.append(Problem(change.path, 1, 1, message))
    return problems


def _problem(change: ProfileChange, before: str | None, after: str | None, author: str) -> str | None:
    def mine(login: str | None) -> bool:
        return login is not None and login.casefold() == author.casefold()

    if change.before is None:
        if mine(after):
            return None
        return f"a new profile must say who may edit it: add `github: {author}` (your GitHub username)"
    if not mine(before):
        whose = f"@{before}" if before else "a program maintainer (this profile has no `github:`)"
        action = "deletes" if change.after is None else "changes"
        return f"this pull request {action} a profile that belongs to {whose}; they or a maintainer must approve it"
    if change.after is not None and not mine(after):
        return f"this changes `github:` away from @{author}; a maintainer must approve handing a profile to someone else"
    return None


def changes_since(base: str, folder: str = "content/mentors") -> list[ProfileChange]:
    """Profile files that differ between the base commit and the working tree's HEAD, read with git."""
    listing = subprocess.run(
        ["git", "diff", "--name-status", "--no-renames", "-z", f"{base}...HEAD", "--", folder],
        check=True, capture_output=True,
    ).stdout.decode("utf-8").split("\0")
    changes = []
    for status, path in zip(listing[0::2], listing[1::2]):
        if PurePosixPath(path).parent != PurePosixPath(folder) or not path.endswith(PROFILE_SUFFIXES):
            continue
        before = None if status == "A" else _show(base, path)
        after = None if status == "D" else _show("HEAD", path)
        changes.append(ProfileChange(path, before, after))
    return changes


def _show(revision: str, path: str) -> bytes:
    return subprocess.run(["git", "show", f"{revision}:{path}"], check=True, capture_output=True).stdout
