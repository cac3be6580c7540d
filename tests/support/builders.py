"""What the unit tests share: the shipped vocabulary, one valid profile, and loading from tmp_path.

Positions in the tests are counted against ``REQUIRED``: in a ``.yaml`` file `name` is on
line 1 and a field added with ``plus()`` is on line 11; a ``.md`` file adds one line for
the opening ``---``.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from textwrap import dedent

from mentor_directory.profiles.loading import LoadResult, load_profile, load_profiles
from mentor_directory.profiles.profile import Profile
from mentor_directory.profiles.vocabulary import load_vocabulary

REPO = Path(__file__).resolve().parents[2]
VOCABULARY_FILE = REPO / "content" / "vocabulary.yaml"
VOCABULARY = load_vocabulary(VOCABULARY_FILE)
TODAY = date(2026, 11, 23)

REQUIRED = dedent("""\
    name: Ada Okafor
    title: Research Librarian
    organization: Lakeview College
    library_type: academic
    mentoring_areas: [tenure]
    meeting_modes: [video]
    contact:
      email: ada@example.org
    accepting_mentees: true
    last_reviewed: 2026-01-31
    """)


def plus(*lines: str) -> str:
    """The required fields followed by ``lines``; the first added line is line 11."""
    return REQUIRED + "".join(line + "\n" for line in lines)


def replacing(old: str, new: str, text: str = REQUIRED) -> str:
    assert text.count(old) == 1, f"{old!r} must occur once in the profile"
    return text.replace(old, new)


def markdown(fields: str, bio: str = "I help with tenure files.\n") -> str:
    return f"---\n{fields}---\n{bio}"


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def load_folder(folder: Path, files: dict[str, str | bytes] | None = None, today: date = TODAY) -> LoadResult:
    for name, content in (files or {}).items():
        write(folder, name, content)
    return load_profiles(folder, VOCABULARY, root=folder, today=today)


def errors(folder: Path, files: dict[str, str | bytes], today: date = TODAY) -> list[str]:
    """Every problem as the CLI prints it, with paths relative to ``folder``."""
    return [p.as_text() for p in load_folder(folder, files, today).problems]


def check(folder: Path, text: str | bytes, name: str = "ada-okafor.yaml", today: date = TODAY) -> list[str]:
    """Problems in one profile file written to ``folder``."""
    path = write(folder, name, text)
    _, problems = load_profile(path, VOCABULARY, shown=name, today=today)
    return [p.as_text() for p in problems]


def valid(folder: Path, text: str | bytes, name: str = "ada-okafor.yaml", today: date = TODAY) -> Profile:
    """The profile in one file, failing the test with the problems if it is not valid."""
    path = write(folder, name, text)
    profile, problems = load_profile(path, VOCABULARY, shown=name, today=today)
    assert [p.as_text() for p in problems] == []
    assert profile is not None
    return profile


def only(problems: list[str]) -> str:
    assert len(problems) == 1, "expected exactly one problem, got:\n" + "\n".join(problems)
    return problems[0]
