"""The "Pause, resume or confirm my profile" issue form, and the small change it makes to one profile.

A mentor who is full, back, or only confirming that their profile is current should need
neither Git nor YAML. The form asks which profile and what changed; the workflow changes only
the availability fields and `last_reviewed`, leaves every other line as the mentor wrote it,
and proposes the change only when the issue's author owns the profile (its `github:` field):
the rule the ownership check applies to every pull request. The issue body is untrusted
text; the edited file goes through the same validation as any profile.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from ..profiles import yaml_source
from ..profiles.fields import AVAILABILITY_FIELDS, FIELDS_BY_NAME, Kind
from ..profiles.loading import SLUG, check_text
from ..profiles.profile_source import MARKDOWN_SUFFIXES, SourceError, decode, read_markdown, read_yaml
from ..profiles.vocabulary import Vocabulary
from ..profiles.yaml_source import Scalar
from .issue_form import NO_RESPONSE, sections
from .new_profile import render_field
from .ownership import ProfileChange, ownership_problems

FORM_FILE = "pause-profile.yml"
FORM_LABEL = "mentor-availability"
PROFILE_QUESTION = "Your profile's address: the last part of your page's address, like ada-okafor"
ACTION_QUESTION = "What would you like to do?"
ACTIONS = {
    "confirm": "Confirm: my profile is still current",
    "pause": "Pause: I am not taking new mentees now",
    "resume": "Resume: I am taking new mentees again",
}
# The numbers a mentor may change here; accepting_mentees is set by the action.
NUMBER_FIELDS = tuple(name for name in AVAILABILITY_FIELDS if name != "accepting_mentees")


def form() -> dict[str, Any]:
    """The issue form, as the data GitHub reads from .github/ISSUE_TEMPLATE/."""
    body: list[dict[str, Any]] = [
        {"type": "markdown", "attributes": {"value": (
            "Use this when you are full, when you have room again, or to confirm your profile is still "
            "current. It changes only whether you take new mentees, the numbers below and the date your "
            "profile was last reviewed; a pull request is opened for you. It works for the GitHub account "
            "named in your profile; anyone else is asked to contact the organisers."
        )}},
        {"type": "input", "id": "profile", "attributes": {"label": PROFILE_QUESTION},
         "validations": {"required": True}},
        {"type": "dropdown", "id": "action", "attributes": {"label": ACTION_QUESTION, "options": list(ACTIONS.values())},
         "validations": {"required": True}},
    ]
    for name in NUMBER_FIELDS:
        field = FIELDS_BY_NAME[name]
        body.append({"type": "input", "id": name, "attributes": {
            "label": field.question, "description": f"Optional: leave empty to keep what your profile says. {field.meaning.capitalize()}."}})
    return {
        "name": "Pause, resume or confirm my profile",
        "description": "Say you are full, back, or still current, without using Git.",
        "title": "Profile check: ",
        "labels": [FORM_LABEL],
        "body": body,
    }


def form_url(repository: str, slug: str) -> str:
    """A link to the form with the profile already filled in (GitHub fills inputs from the query)."""
    query = urlencode({"template": FORM_FILE, "title": f"Profile check: {slug}", "profile": slug}, quote_via=quote)
    return f"{repository.rstrip('/')}/issues/new?{query}"


@dataclass(frozen=True)
class Outcome:
    path: Path | None
    problems: list[str]


def availability_from_event(event_path: Path, folder: Path, vocabulary: Vocabulary, today: date) -> Outcome:
    """Change the profile the issue names, or say in plain words why not."""
    issue = json.loads(event_path.read_text(encoding="utf-8"))["issue"]
    author = issue["user"]["login"]
    answers = {label: ("" if text == NO_RESPONSE else text) for label, text in sections(issue.get("body") or "").items()}
    slug = answers.get(PROFILE_QUESTION, "").strip().rstrip("/").rsplit("/", 1)[-1].lower()
    if not SLUG.match(slug):
        return Outcome(None, ["Please write your profile's address as it appears at the end of your page's "
                              "address, for example `ada-okafor`."])
    found = [folder / f"{slug}{suffix}" for suffix in (".yaml", ".yml", ".md") if (folder / f"{slug}{suffix}").is_file()]
    if not found:
        return Outcome(None, [f"There is no profile at /mentors/{slug}/. Check the address at the end of your page's address."])
    path = found[0]
    action = next((key for key, label in ACTIONS.items() if label == answers.get(ACTION_QUESTION, "").strip()), None)
    if action is None:
        return Outcome(None, ["Please choose what you would like to do: confirm, pause or resume."])
    changes: dict[str, object] = {"last_reviewed": today}
    if action != "confirm":
        changes["accepting_mentees"] = action == "resume"
    for name in NUMBER_FIELDS:
        written = answers.get(FIELDS_BY_NAME[name].question, "").strip()
        if written:
            changes[name] = _number(FIELDS_BY_NAME[name].kind, written)
    before = path.read_bytes()
    try:
        text = edit(path.name, decode(before), changes)
    except (SourceError, yaml_source.YamlSyntaxError, ValueError):
        return Outcome(None, ["Your profile file cannot be changed automatically; please ask the organisers to help."])
    if ownership_problems([ProfileChange(path.name, before, text.encode("utf-8"))], author):
        return Outcome(None, [f"Only the GitHub account named in the profile at /mentors/{slug}/ (its `github:` field) "
                              "can change it with this form. If the profile is yours, ask the organisers to add your "
                              f"GitHub username (@{author}) to it."])
    profile, problems = check_text(path, text, vocabulary, shown=path.name, today=today)
    if problems:
        return Outcome(None, [_sentence(p.message) for p in problems])
    assert profile is not None
    if action == "resume" and not profile.taking_mentees:
        return Outcome(None, ["Your profile says you have no room (0 mentees at a time, a full load or 0 hours a month). "
                              "Please write in the form how many mentees you can take now."])
    path.write_text(text, encoding="utf-8")
    return Outcome(path, [])


def _number(kind: Kind, written: str) -> object:
    """A typed number, or the text as written so validation explains what is wrong with it."""
    try:
        return int(written) if kind is Kind.INTEGER else float(written)
    except ValueError:
        return written


def edit(name: str, text: str, changes: dict[str, object]) -> str:
    """The profile text with only these top-level fields rewritten (or added after `last_reviewed`)."""
    raw = read_markdown(text) if name.endswith(MARKDOWN_SUFFIXES) else read_yaml(text)
    lines = text.split("\n")
    entries = raw.fields.entries
    if "last_reviewed" not in entries:
        raise ValueError("no last_reviewed line to add fields after")
    replaced: dict[int, tuple[int, str]] = {}
    added: list[str] = []
    for field_name, value in changes.items():
        (line,) = render_field(FIELDS_BY_NAME[field_name], value)
        entry = entries.get(field_name)
        if entry is None:
            added.append(line)
        elif isinstance(entry.value, Scalar) and entry.key_position.column == 1:
            replaced[entry.key_position.line] = (entry.value.position.line, line)
        else:
            raise ValueError(f"`{field_name}` is not a plain top-level value")
    for first in sorted(replaced, reverse=True):
        last, line = replaced[first]
        lines[first - 1:last] = [line]
    anchor = entries["last_reviewed"].key_position.line
    anchor -= sum(last - first for first, (last, _) in replaced.items() if first < anchor)
    lines[anchor:anchor] = added
    return "\n".join(lines)


def _sentence(message: str) -> str:
    return message[:1].upper() + message[1:] + ("" if message.endswith((".", "?")) else ".")


def report(problems: list[str]) -> str:
    """The comment posted on the issue when nothing could be changed."""
    return ("Thank you! Your profile was not changed yet:\n\n" + "".join(f"- {p}\n" for p in problems)
            + "\nEdit this issue to try again; the check runs each time you save it.\n")

