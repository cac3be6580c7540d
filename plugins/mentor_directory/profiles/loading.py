"""Reading every profile in a folder: one result with all profiles and all problems.

A file in the profiles folder is either a profile or a problem; nothing is skipped
silently, so a misnamed file can never make a mentor vanish from the site.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import Protocol

from .problems import Problem
from .profile import Profile
from .profile_source import (
    MARKDOWN_SUFFIXES,
    PROFILE_SUFFIXES,
    SourceError,
    decode,
    read_markdown,
    read_yaml,
)
from .validation import validate
from .vocabulary import Vocabulary

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class LoadResult:
    profiles: list[Profile]
    problems: list[Problem]


class ProfileCache(Protocol):
    """Where profiles read on an earlier build are kept; only profiles without problems are put."""

    def get(self, path: Path) -> Profile | None: ...

    def put(self, path: Path, profile: Profile) -> None: ...


def profile_files(directory: Path) -> list[Path]:
    """Every file directly in the folder that is not hidden; subfolders hold photos."""
    return sorted(p for p in directory.iterdir() if p.is_file() and not p.name.startswith("."))


Read = tuple[Profile | None, list[Problem]]
FileMap = Callable[[Callable[[Path], Read], list[Path]], Iterable[Read]]


def load_profiles(directory: Path, vocabulary: Vocabulary, *, root: Path | None = None, today: date | None = None,
                  cache: ProfileCache | None = None, map_files: FileMap = map) -> LoadResult:
    """Load every profile in ``directory``; paths in problems are shown relative to ``root``.

    A profile ``cache`` has is taken from it unread; one read without problems is put into it.
    ``map_files`` reads the other files (the build passes one that shares them between cores).
    """
    today = today or date.today()
    paths = profile_files(directory)
    cached = {path: cache.get(path) for path in paths} if cache is not None else {}
    unread = [path for path in paths if cached.get(path) is None]
    read = dict(zip(unread, map_files(partial(_read, vocabulary=vocabulary, root=root, today=today), unread)))
    profiles: list[Profile] = []
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for path in paths:
        if path in read:
            profile, found = read[path]
            problems.extend(found)
            shown = _display(path, root)
            if cache is not None and profile is not None and not found:
                cache.put(path, profile)
        else:
            profile = cached[path]
            shown = profile.source
        if path.suffix in PROFILE_SUFFIXES:
            if path.stem in seen:
                problems.append(Problem(shown, 1, 1, f"another profile, {seen[path.stem]}, already uses the slug `{path.stem}`; rename or remove one of the files"))
                continue
            seen[path.stem] = shown
        if profile is not None:
            profiles.append(profile)
    profiles.sort(key=lambda p: (p.name.casefold(), p.slug))
    return LoadResult(profiles, sorted(problems))


def _read(path: Path, *, vocabulary: Vocabulary, root: Path | None, today: date) -> Read:
    return load_profile(path, vocabulary, shown=_display(path, root), today=today)


def load_profile(path: Path, vocabulary: Vocabulary, *, shown: str, today: date) -> tuple[Profile | None, list[Problem]]:
    """Read and validate one file; a file that is not a profile is itself a problem."""
    if path.suffix not in PROFILE_SUFFIXES:
        hint = f"; rename it to {path.stem}{path.suffix.lower()}" if path.suffix.lower() in PROFILE_SUFFIXES else ""
        return None, [Problem(shown, 1, 1, f"not a profile file: profiles end in .md, .yaml or .yml{hint}")]
    try:
        text = decode(path.read_bytes())
    except SourceError as error:
        problem = Problem(shown, error.position.line, error.position.column, error.message)
        return None, _slug_problems(path.stem, shown) + [problem]
    except OSError as error:
        return None, _slug_problems(path.stem, shown) + [Problem(shown, 1, 1, f"cannot read the file: {error.strerror}")]
    return check_text(path, text, vocabulary, shown=shown, today=today)


def check_text(path: Path, text: str, vocabulary: Vocabulary, *, shown: str, today: date) -> tuple[Profile | None, list[Problem]]:
    """Validate profile text as if it were saved at ``path``; also used before a new file is written."""
    slug_problems = _slug_problems(path.stem, shown)
    try:
        raw = read_markdown(text) if path.suffix in MARKDOWN_SUFFIXES else read_yaml(text)
    except SourceError as error:
        return None, slug_problems + [Problem(shown, error.position.line, error.position.column, error.message)]
    profile, problems = validate(
        raw,
        slug=path.stem,
        source=shown,
        vocabulary=vocabulary,
        photo_exists=lambda relative: read_header(path.parent / relative),
        today=today,
    )
    if slug_problems:
        return None, slug_problems + problems
    return profile, problems


def read_header(path: Path) -> bytes | None:
    """The first bytes of a file, or None if there is no such file."""
    try:
        with path.open("rb") as handle:
            return handle.read(16)
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return None


def _slug_problems(stem: str, shown: str) -> list[Problem]:
    if SLUG.match(stem):
        return []
    return [Problem(shown, 1, 1, f"the file name `{stem}` is the page address, so it may use only lowercase letters, digits and hyphens; rename the file to `{suggest_slug(stem)}`")]


def suggest_slug(text: str) -> str:
    """A valid slug close to ``text``, for error messages and new profiles."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-") or "your-name"


def _display(path: Path, root: Path | None) -> str:
    if root is not None:
        try:
            return path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            pass
    return path.as_posix()
