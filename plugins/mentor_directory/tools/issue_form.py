"""The "Add or update my mentor profile" GitHub issue form: generated from the field table and
the vocabulary, and read back into a profile when someone submits it.

The form is the no-Git way in. Its questions, dropdowns and checkboxes come from the same
definitions the validator uses; the submitted issue body is untrusted text that goes through
the same validation as any profile.
"""
from __future__ import annotations

import re
from typing import Any

from ..profiles.fields import BIO_FIELD, CONTACT_FIELDS, FIELDS_BY_NAME, LOCATION_FIELDS, PROFILE_FIELDS, Kind
from ..profiles.vocabulary import Vocabulary

NO_RESPONSE = "_No response_"
ACCEPTING_CHOICES = ("Yes, I am accepting new mentees", "Not right now")

# The order the form asks in; the wording is each field's `question` in the field table. A
# field with a question that is not listed here is asked just before the bio.
FORM_ORDER = (
    "name", "pronouns", "title", "organization", "library_type", "career_stage", "mentoring_areas",
    "functional_areas", "meeting_modes", "formats", "accepting_mentees", "capacity", "mentees_now", "hours_per_month", "email", "url",
    "city", "region", "country", "timezone", "languages", "identities", "motivation", "support",
    "ideal_mentee", "bio", "bio_language",
)
INPUT_BY_KIND = {Kind.TERM: "dropdown", Kind.TERMS: "checkboxes", Kind.LONG_TEXT: "textarea",
                 Kind.MARKDOWN: "textarea", Kind.BOOLEAN: "dropdown"}


def _questions() -> tuple[tuple[str, str, str, bool], ...]:
    """(field name, question, kind of input, required) for every field the form asks about."""
    asked = {f.name: f for f in (*PROFILE_FIELDS, *CONTACT_FIELDS, *LOCATION_FIELDS, BIO_FIELD) if f.question}
    extra = [name for name in asked if name not in FORM_ORDER]
    bio = FORM_ORDER.index("bio")
    order = [*FORM_ORDER[:bio], *extra, *FORM_ORDER[bio:]]
    return tuple((name, asked[name].question, INPUT_BY_KIND.get(asked[name].kind, "input"), asked[name].required)
                 for name in order if name in asked)


QUESTIONS = _questions()
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
    for form_id, label, kind, required in QUESTIONS:
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


def sections(body: str) -> dict[str, str]:
    """The issue body GitHub writes for a form: '### Label' then the answer."""
    parts = re.split(r"^### (.+)$", body.replace("\r\n", "\n"), flags=re.M)
    return {label.strip(): answer.strip() for label, answer in zip(parts[1::2], parts[2::2])}


def answers_from_issue(body: str, vocabulary: Vocabulary) -> dict[str, object]:
    """Profile answers from a submitted form, ready for render_yaml; unknown choices are kept as written."""
    answered = sections(body)
    answers: dict[str, object] = {}
    for name, label, kind, _ in QUESTIONS:
        raw = answered.get(label, "")
        if raw == NO_RESPONSE:
            raw = ""
        value = _value(name, kind, raw, vocabulary)
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
    if field is not None and field.kind is Kind.NUMBER:
        try:
            return float(raw)
        except ValueError:
            return raw
    return raw


def _term_id(key: str, label: str, vocabulary: Vocabulary) -> str:
    by_label = {t.label: t.id for t in vocabulary.terms(key)}
    return by_label.get(label, label)
