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

from ..profiles.loading import SLUG, check_text, suggest_slug
from ..profiles.vocabulary import Vocabulary
from .issue_form import answers_from_issue
from .new_profile import render_yaml
from .ownership import owner


@dataclass(frozen=True)
class Outcome:
    path: Path | None
    problems: list[str]


def profile_from_event(event_path: Path, folder: Path, vocabulary: Vocabulary, today: date) -> Outcome:
    """Write the profile the issue describes, or explain in plain words why not."""
    event = json.loads(event_path.read_text(encoding="utf-8"))
    issue = event["issue"]
    author = issue["user"]["login"]
    answers = answers_from_issue(issue.get("body") or "", vocabulary)
    answers["github"] = author
    answers["last_reviewed"] = today
    if not answers.get("name"):
        return Outcome(None, ["Please fill in your name."])
    slug = suggest_slug(str(answers["name"]))
    if not SLUG.match(slug):
        return Outcome(None, ["Your name could not be turned into a page address; please write it with letters."])
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
