"""Turning a submitted "Add or update my mentor profile" issue into a profile file.

Runs in the issue-form workflow on the event JSON GitHub writes; the issue body and title
are read as data here, never placed in a shell script. The slug comes from the name
through the same rule as `mentor-directory new`, so it cannot point outside the profiles
folder; an existing profile is replaced only when it already belongs to the issue's author.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..profiles.loading import SLUG, check_text, profile_files
from ..profiles.names import skeleton, slug_from_text
from ..profiles.vocabulary import Vocabulary
from .issue_form import answers_from_issue
from .new_profile import render_yaml
from .ownership import owner, profile_field


@dataclass(frozen=True)
class Outcome:
    path: Path | None
    problems: list[str]


def profile_from_event(event_path: Path, folder: Path, vocabulary: Vocabulary, today: date) -> Outcome:
    """Write the profile the issue describes, or explain in plain words why not; never raises on
    what the form holds, so the person always gets a comment."""
    try:
        event = json.loads(event_path.read_text(encoding="utf-8"))
        issue = event["issue"]
        author = str(issue["user"]["login"])
        body = issue.get("body") or ""
        if not isinstance(body, str):
            raise TypeError("the issue body is not text")
    except (OSError, ValueError, KeyError, TypeError):
        return Outcome(None, ["The form could not be read. Please submit it again from the \"Add or update my mentor "
                              "profile\" form, or ask a program maintainer for help."])
    try:
        return _profile_from_form(body, author, folder, vocabulary, today)
    except Exception:  # noqa: BLE001 (whatever the form holds, the person hears back)
        return Outcome(None, ["Something in the form could not be understood. Please check each answer is plain "
                              "text (numbers as digits, like 2) and edit the issue, or ask a program maintainer for help."])


def _profile_from_form(body: str, author: str, folder: Path, vocabulary: Vocabulary, today: date) -> Outcome:
    answers = answers_from_issue(body, vocabulary)
    answers["github"] = author
    answers["last_reviewed"] = today
    if not answers.get("name"):
        return Outcome(None, ["Please fill in your name."])
    slug = slug_from_text(str(answers["name"]))
    if not SLUG.fullmatch(slug):
        return Outcome(None, ["Your name could not be turned into a page address; please write it with letters."])
    lookalike = _lookalike(str(answers["name"]), author, folder)
    if lookalike is not None:
        return Outcome(None, [f"A mentor with a name that looks the same is already in the directory ({lookalike}). "
                              "If you are a different person with the same name, ask a program maintainer to add your "
                              "profile; if that profile is yours, ask them to add your GitHub username to it."])
    existing = [folder / f"{slug}{suffix}" for suffix in (".yaml", ".yml", ".md") if (folder / f"{slug}{suffix}").exists()]
    if existing:
        current = owner(existing[0].name, existing[0].read_bytes())
        if current is None or current.casefold() != author.casefold():
            return Outcome(None, [f"A profile at /mentors/{slug}/ already exists and belongs to someone else. "
                                  "If it is yours, ask a program maintainer to add your GitHub username to it."])
    path = existing[0] if existing and existing[0].suffix != ".md" else folder / f"{slug}.yaml"
    text = render_yaml(answers)
    _, problems = check_text(path, text, vocabulary, shown=path.name, today=today)
    if problems:
        return Outcome(None, [_plain(p.message) for p in problems])
    for stale in existing:
        if stale != path:
            stale.unlink()
    folder.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return Outcome(path, [])


def _plain(message: str) -> str:
    """Validator messages speak of YAML field names; the form shows them as questions."""
    return message[:1].upper() + message[1:] + ("" if message.endswith((".", "?")) else ".")


def _lookalike(name: str, author: str, folder: Path) -> str | None:
    """The page of another mentor whose name looks the same as ``name``, if any."""
    if not folder.is_dir():
        return None
    wanted = skeleton(name)
    for path in profile_files(folder):
        if path.is_symlink() or path.suffix not in (".yaml", ".yml", ".md"):
            continue
        data = path.read_bytes()
        other = profile_field(path.name, data, "name")
        login = owner(path.name, data)
        if other and skeleton(other) == wanted and (login is None or login.casefold() != author.casefold()):
            return f"/mentors/{path.stem}/"
    return None
