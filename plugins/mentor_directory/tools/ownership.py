"""Who may change what: a pull request may touch only its author's own profiles and their photos.

A profile belongs to the GitHub account in its `github:` field; a photo belongs to the
profile(s) naming it in `photo:`. A new profile must name its author; changing or deleting a
profile or a photo needs its owner, or a maintainer's approval. Every other file (the site's
settings, pages, theme, workflows, anything under `content/` outside the profiles, a file in
the profiles folder that is not a profile or a named photo) needs a maintainer. A profile whose
name looks like another mentor's (the same letters, or lookalike letters from another
alphabet) also needs a maintainer, so nobody can pose as someone else. The failing check says
whose approval is needed. The rule reads the same located YAML as the validator, so a profile
that is otherwise broken still has a known owner.
"""
from __future__ import annotations

import posixpath
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from ..profiles import yaml_source
from ..profiles.names import mixes_lookalike_scripts, skeleton
from ..profiles.printing import for_markdown
from ..profiles.problems import Problem
from ..profiles.profile_source import (
    PROFILE_SUFFIXES,
    SourceError,
    decode,
    read_markdown,
    read_yaml,
)
from ..profiles.yaml_source import Scalar

PROFILES_FOLDER = "content/mentors"
SYMLINK_MODE = "120000"


@dataclass(frozen=True)
class ProfileChange:
    """One file the pull request adds, changes or deletes (profiles, photos and any other file)."""
    path: str
    before: bytes | None  # None: the pull request adds the file
    after: bytes | None   # None: the pull request deletes the file
    link: bool = False    # the new version is a symbolic link


@dataclass(frozen=True)
class Profiles:
    """Every profile file in the profiles folder before and after the pull request, by path."""
    before: dict[str, bytes] = field(default_factory=dict)
    after: dict[str, bytes] = field(default_factory=dict)


def profile_field(path: str, data: bytes, key: str) -> str | None:
    """One single-line field of a profile file, or None if it has none or cannot be read."""
    try:
        text = decode(data)
        raw = read_markdown(text) if path.endswith(".md") else read_yaml(text)
    except (SourceError, yaml_source.YamlSyntaxError):
        return None
    entry = raw.fields.entries.get(key)
    if entry is None or not isinstance(entry.value, Scalar):
        return None
    return entry.value.text.strip() or None


def owner(path: str, data: bytes) -> str | None:
    """The `github:` value of a profile file, or None if it has none or cannot be read."""
    login = profile_field(path, data, "github")
    return login.lstrip("@") or None if login else None


def is_profile(path: str, folder: str = PROFILES_FOLDER) -> bool:
    return PurePosixPath(path).parent == PurePosixPath(folder) and path.endswith(PROFILE_SUFFIXES)


def photo_of(path: str, data: bytes) -> str | None:
    """The repository path of the photo a profile names, or None."""
    photo = profile_field(path, data, "photo")
    if not photo or "\\" in photo or photo.startswith("/"):
        return None
    return posixpath.normpath(posixpath.join(posixpath.dirname(path), photo))


def ownership_problems(changes: list[ProfileChange], author: str, maintainers: frozenset[str] = frozenset(),
                       approvers: frozenset[str] = frozenset(), *, folder: str = PROFILES_FOLDER,
                       profiles: Profiles | None = None) -> list[Problem]:
    """What this author may not change on their own; empty when the pull request is theirs to make
    or a maintainer wrote or approved it. ``profiles`` (every profile on both sides) lets photos
    find their owners and names be compared with every other mentor's; without it only the
    changed profiles are known."""
    folded = {m.casefold() for m in maintainers}
    if author.casefold() in folded or any(a.casefold() in folded for a in approvers):
        return []
    if profiles is None:
        profiles = Profiles({c.path: c.before for c in changes if c.before is not None and is_profile(c.path, folder)},
                            {c.path: c.after for c in changes if c.after is not None and is_profile(c.path, folder)})
    problems = []
    for change in changes:
        if change.link:
            message: str | None = "this adds a symbolic link; the directory publishes only real files, so add the file itself"
        elif is_profile(change.path, folder):
            before = owner(change.path, change.before) if change.before is not None else None
            after = owner(change.path, change.after) if change.after is not None else None
            message = _problem(change, before, after, author) or _lookalike(change, author, profiles)
        elif change.path.startswith(folder.rstrip("/") + "/") and "/" in change.path[len(folder.rstrip("/")) + 1:]:
            message = _photo_problem(change.path, author, profiles)
        else:
            message = (f"this pull request changes {for_markdown(change.path)}, which is not a mentor profile or its photo; "
                       "a program maintainer must approve changes to anything else")
        if message:
            problems.append(Problem(change.path, 1, 1, message))
    return problems


def _problem(change: ProfileChange, before: str | None, after: str | None, author: str) -> str | None:
    def mine(login: str | None) -> bool:
        return login is not None and login.casefold() == author.casefold()

    if change.before is None:
        if mine(after):
            return None
        if author.endswith("[bot]"):
            return "this profile was proposed through the profile form; a program maintainer must approve it"
        return f"a new profile must say who may edit it: add `github: {author}` (your GitHub username)"
    if not mine(before):
        whose = f"@{before}" if before else "a program maintainer (this profile has no `github:`)"
        action = "deletes" if change.after is None else "changes"
        return f"this pull request {action} a profile that belongs to {whose}; they or a maintainer must approve it"
    if change.after is not None and not mine(after):
        return f"this changes `github:` away from @{author}; a maintainer must approve handing a profile to someone else"
    return None


def _lookalike(change: ProfileChange, author: str, profiles: Profiles) -> str | None:
    """A new or renamed profile whose name looks like another mentor's, or mixes lookalike alphabets."""
    if change.after is None:
        return None
    name = profile_field(change.path, change.after, "name")
    if not name or (change.before is not None and profile_field(change.path, change.before, "name") == name):
        return None
    if mixes_lookalike_scripts(name):
        return (f"the name {for_markdown(name)} mixes letters from different alphabets that look alike; "
                "a program maintainer must approve it, so nobody can pose as another mentor")
    wanted = skeleton(name)
    for other, data in _others(change.path, profiles):
        other_owner = owner(other, data)
        if other_owner is not None and other_owner.casefold() == author.casefold():
            continue
        other_name = profile_field(other, data, "name")
        if other_name and skeleton(other_name) == wanted:
            return (f"the name {for_markdown(name)} looks the same as the mentor's name in {for_markdown(other)}; "
                    "a program maintainer must approve it, so nobody can pose as another mentor "
                    "(if you share a name, the maintainer will confirm it)")
    return None


def _others(path: str, profiles: Profiles) -> Iterable[tuple[str, bytes]]:
    seen = set()
    for side in (profiles.before, profiles.after):
        for other, data in sorted(side.items()):
            if other != path and other not in seen:
                seen.add(other)
                yield other, data


def _photo_problem(path: str, author: str, profiles: Profiles) -> str | None:
    named_by = [(profile, data) for side in (profiles.before, profiles.after) for profile, data in side.items()
                if photo_of(profile, data) == path]
    if not named_by:
        return ("no profile names this file as its `photo:`; files beside the profiles are photos of a profile, "
                "and anything else needs a program maintainer's approval")
    others = sorted({owner(profile, data) or "a program maintainer" for profile, data in named_by} -
                    {login for login in (owner(p, d) for p, d in named_by) if login and login.casefold() == author.casefold()})
    if not others:
        return None
    whose = ", ".join(o if o == "a program maintainer" else f"@{o}" for o in others)
    return f"this photo belongs to another mentor's profile ({whose}); they or a maintainer must approve it"


def changes_since(base: str, folder: str = PROFILES_FOLDER, head: str = "HEAD") -> list[ProfileChange]:
    """Every file that differs between the base commit and ``head``, read with git; the contents
    of profiles are read, other files only noted."""
    listing = subprocess.run(
        ["git", "diff", "--raw", "--no-renames", "--no-abbrev", "-z", f"{base}...{head}", "--"],
        check=True, capture_output=True,
    ).stdout.decode("utf-8", "surrogateescape").split("\0")
    changes = []
    for header, path in zip(listing[0::2], listing[1::2]):
        if not header.startswith(":"):
            continue
        _, new_mode, _, _, status = header[1:].split(" ")
        added, deleted = status.startswith("A"), status.startswith("D")
        if is_profile(path, folder):
            before = None if added else _show(base, path)
            after = None if deleted else _show(head, path)
        else:
            before, after = (None if added else b""), (None if deleted else b"")
        changes.append(ProfileChange(path, before, after, link=new_mode == SYMLINK_MODE))
    return changes


def profiles_at(base: str, folder: str = PROFILES_FOLDER, head: str = "HEAD") -> Profiles:
    """Every profile in the folder at the base commit and at ``head``."""
    return Profiles(_profiles(base, folder), _profiles(head, folder))


def _profiles(revision: str, folder: str) -> dict[str, bytes]:
    listing = subprocess.run(["git", "ls-tree", "-z", f"{revision}:{folder}"], capture_output=True).stdout.decode(
        "utf-8", "surrogateescape").split("\0")
    names = [entry.split("\t", 1)[1] for entry in listing if "\t" in entry and entry.split(" ")[1] == "blob"]
    paths = [f"{folder.rstrip('/')}/{name}" for name in names if is_profile(f"{folder.rstrip('/')}/{name}", folder)]
    if not paths:
        return {}
    batch = subprocess.run(["git", "cat-file", "--batch"], input="".join(f"{revision}:{p}\n" for p in paths).encode(
        "utf-8", "surrogateescape"), check=True, capture_output=True).stdout
    result: dict[str, bytes] = {}
    offset = 0
    for path in paths:
        end = batch.index(b"\n", offset)
        size = int(batch[offset:end].split(b" ")[2])
        result[path] = batch[end + 1:end + 1 + size]
        offset = end + 1 + size + 1
    return result


def _show(revision: str, path: str) -> bytes:
    return subprocess.run(["git", "show", f"{revision}:{path}"], check=True, capture_output=True).stdout
