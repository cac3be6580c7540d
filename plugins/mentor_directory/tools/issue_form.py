"""The "Add or update my mentor profile" GitHub issue form: generated from the field table and
the vocabulary, and read back into a profile when someone submits it.

The form is the no-Git way in. Its questions, dropdowns and checkboxes come from the same
definitions the validator uses; the submitted issue body is untrusted text that goes through
the same validation as any profile.
"""
from __future__ import annotations

import re
from typing import Any

from ..profiles.fields import FIELDS_BY_NAME, Kind
from ..profiles.vocabulary import Vocabulary

NO_RESPONSE = "_No response_"
ACCEPTING_CHOICES = ("Yes, I am accepting new mentees", "Not right now")

# (form id, field name or "email"/"url"/"city"/..., label, kind of input, required)
QUESTIONS: tuple[tuple[str, str, str, str, bool], ...] = (
    ("name", "name", "Your name, as you want to be addressed", "input", True),
    ("pronouns", "pronouns", "Pronouns", "input", False),
    ("title", "title", "Current role", "input", True),
    ("organization", "organization", "Employer or institution", "input", True),
    ("library_type", "library_type", "Kind of library", "dropdown", True),
    ("career_stage", "career_stage", "Your career stage", "dropdown", False),
    ("mentoring_areas", "mentoring_areas", "Needs you can help with (1 to 8)", "checkboxes", True),
    ("functional_areas", "functional_areas", "Kinds of library work you know", "checkboxes", False),
    ("meeting_modes", "meeting_modes", "How you can meet", "checkboxes", True),
    ("formats", "formats", "Kinds of mentoring you offer", "checkboxes", False),
    ("accepting_mentees", "accepting_mentees", "Are you taking new mentees?", "dropdown", True),
    ("capacity", "capacity", "How many mentees at once?", "input", False),
    ("email", "email", "Email address mentees may write to", "input", False),
    ("url", "url", "Or a web address: a form, booking page or profile (https://...)", "input", False),
    ("city", "city", "City or town", "input", False),
    ("region", "region", "State, province or region", "input", False),
    ("country", "country", "Country", "input", False),
    ("timezone", "timezone", "Time zone, e.g. America/Chicago or Europe/Dublin", "input", False),
    ("languages", "languages", "Languages you can mentor in, separated by commas", "input", False),
    ("identities", "identities", "Identities you choose to share, in your own words, separated by commas (optional)", "input", False),
    ("motivation", "motivation", "Why you mentor", "textarea", False),
    ("support", "support", "How you imagine supporting a mentee", "textarea", False),
    ("ideal_mentee", "ideal_mentee", "Who you would most like to hear from", "textarea", False),
    ("bio", "bio", "About you (Markdown welcome)", "textarea", False),
    ("bio_language", "bio_language", "If your bio is not in English, its language as a short code, such as es for Spanish or fr for French", "input", False),
)
SUBFIELD_OF = {"email": "contact", "url": "contact", "city": "location", "region": "location", "country": "location"}


def form(vocabulary: Vocabulary) -> dict[str, Any]:
    """The issue form, as the data GitHub reads from .github/ISSUE_TEMPLATE/."""
    body: list[dict[str, Any]] = [{
        "type": "markdown",
        "attributes": {"value": (
            "Fill this in and a pull request with your profile is opened for you; a volunteer "
            "checks it before it goes live. If something needs fixing, a comment here says what. "
            "To update your profile later, submit the form again with the same name."
        )},
    }]
    for form_id, _, label, kind, required in QUESTIONS:
        field = FIELDS_BY_NAME.get(form_id)
        attributes: dict[str, Any] = {"label": label}
        if kind in ("dropdown", "checkboxes"):
            options = list(ACCEPTING_CHOICES) if form_id == "accepting_mentees" else [
                t.label for t in vocabulary.terms(field.vocabulary)  # type: ignore[union-attr, arg-type]
            ]
            if kind == "dropdown":
                attributes["options"] = options
            else:
                attributes["options"] = [{"label": option} for option in options]
        entry: dict[str, Any] = {"type": kind, "id": form_id, "attributes": attributes}
        if required and kind != "checkboxes":
            entry["validations"] = {"required": True}
        body.append(entry)
    return {
        "name": "Add or update my mentor profile",
        "description": "Join the mentor directory without using Git.",
        "title": "Mentor profile: ",
        "labels": ["mentor-profile"],
        "body": body,
    }


def _sections(body: str) -> dict[str, str]:
    """The issue body GitHub writes for a form: '### Label' then the answer."""
    parts = re.split(r"^### (.+)$", body.replace("\r\n", "\n"), flags=re.M)
    return {label.strip(): answer.strip() for label, answer in zip(parts[1::2], parts[2::2])}


def answers_from_issue(body: str, vocabulary: Vocabulary) -> dict[str, object]:
    """Profile answers from a submitted form, ready for render_yaml; unknown choices are kept as written."""
    sections = _sections(body)
    answers: dict[str, object] = {}
    for form_id, name, label, kind, _ in QUESTIONS:
        raw = sections.get(label, "")
        if raw == NO_RESPONSE:
            raw = ""
        value = _value(form_id, kind, raw, vocabulary)
        if value in ("", (), None):
            continue
        if name in SUBFIELD_OF:
            group = answers.setdefault(SUBFIELD_OF[name], {})
            assert isinstance(group, dict)
            group[name] = value
        else:
            answers[name] = value
    return answers


def _value(form_id: str, kind: str, raw: str, vocabulary: Vocabulary) -> object:
    field = FIELDS_BY_NAME.get(form_id)
    if form_id == "accepting_mentees":
        return {ACCEPTING_CHOICES[0]: True, ACCEPTING_CHOICES[1]: False}.get(raw)
    if kind == "checkboxes":
        ticked = re.findall(r"^- \[[xX]\] (.+)$", raw, flags=re.M)
        return tuple(_term_id(field.vocabulary, label.strip(), vocabulary) for label in ticked)  # type: ignore[union-attr, arg-type]
    if kind == "dropdown":
        return _term_id(field.vocabulary, raw, vocabulary) if raw else ""  # type: ignore[union-attr, arg-type]
    if field is not None and field.kind is Kind.TEXT_LIST:
        return tuple(part.strip() for part in raw.split(",") if part.strip())
    if field is not None and field.kind is Kind.INTEGER:
        return int(raw) if raw.isdigit() else raw
    return raw


def _term_id(key: str, label: str, vocabulary: Vocabulary) -> str:
    by_label = {t.label: t.id for t in vocabulary.terms(key)}
    return by_label.get(label, label)
