"""The "Add or update my mentor profile" GitHub issue form: generated from the field table and
the vocabulary, and read back into a profile when someone submits it.

The form is the no-Git way in. Its questions, dropdowns and checkboxes come from the same
definitions the validator uses; the submitted issue body is untrusted text that goes through
the same validation as any profile.
"""
from __future__ import annotations

import re
from typing import Any

from ..profiles.fields import BIO_FIELD, CONTACT_FIELDS, FIELDS_BY_NAME, LOCATION_FIELDS, PROFILE_FIELDS, Field, Kind
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


def questions(fields: tuple[Field, ...] = PROFILE_FIELDS) -> tuple[tuple[str, str, str, bool], ...]:
    """(field name, question, kind of input, required) for every field the form asks about,
    in the program's wording (``fields`` is its field table)."""
    asked = {f.name: f for f in (*fields, *CONTACT_FIELDS, *LOCATION_FIELDS, BIO_FIELD) if f.question}
    extra = [name for name in asked if name not in FORM_ORDER]
    bio = FORM_ORDER.index("bio")
    order = [*FORM_ORDER[:bio], *extra, *FORM_ORDER[bio:]]
    return tuple((name, asked[name].question, INPUT_BY_KIND.get(asked[name].kind, "input"), asked[name].required)
                 for name in order if name in asked)


# The library program's questions, for readers that have no vocabulary at hand.
QUESTIONS = questions()


# Said where mentors write identities: the program's ruling on what happens to them.
IDENTITIES_NOTE = ("Public: only if you want to. What you write is public on your page, and mentees can filter and "
                   "search by it; it is never guessed from anything else and never included in the directory's "
                   "bulk downloads (CSV and JSON).")
SUBFIELD_OF = {"email": "contact", "url": "contact", "city": "location", "region": "location", "country": "location"}


def public_notice(email_display: str, contact: str | None) -> str:
    """What posting the form makes public, and the private way in, in plain words."""
    email = ("visitors see it after pressing \"Show email address\" (it is not written in the page's text)"
             if email_display == "reveal" else "it is shown as a link anyone can read")
    if contact and "@" in contact and "/" not in contact:
        private = f"write to [{contact}](mailto:{contact})"
    elif contact:
        private = f"[contact the organisers]({contact})"
    else:
        private = "contact the program's organisers"
    return (
        "**This issue is public.** Anyone can read what you write here, and GitHub keeps earlier "
        "versions of an edited issue. Your answers also become a file in this public repository. "
        f"On the directory, your email address is on your page: {email}. Identities, if you share "
        "any, are shown on your page and can be searched and filtered; they are left out of the "
        "downloads.\n\n"
        f"**Prefer not to post in public?** Do not fill this in: {private} instead. An organiser "
        "can add your profile for you, and you may give a web address (such as a booking form) "
        "instead of an email address."
    )


def form(vocabulary: Vocabulary, email_display: str = "reveal", contact: str | None = None) -> dict[str, Any]:
    """The issue form, as the data GitHub reads from .github/ISSUE_TEMPLATE/; ``email_display`` and
    ``contact`` are the program's MENTOR_EMAIL_DISPLAY and MENTOR_PROGRAM_CONTACT."""
    body: list[dict[str, Any]] = [{
        "type": "markdown",
        "attributes": {"value": (
            "Fill this in and a pull request with your profile is opened for you; a volunteer "
            "checks it before it goes live. If something needs fixing, a comment here says what. "
            "To update your profile later, submit the form again with the same name.\n\n"
            + public_notice(email_display, contact)
        )},
    }]
    notes = {
        "email": "Public in this issue and in the repository; on the directory, "
                 + ("behind a \"Show email address\" button." if email_display == "reveal" else "a plain link."),
        "identities": IDENTITIES_NOTE,
    }
    for form_id, label, kind, required in questions(vocabulary.fields):
        field = FIELDS_BY_NAME.get(form_id)
        attributes: dict[str, Any] = {"label": label}
        if form_id in notes:
            attributes["description"] = notes[form_id]
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
    for name, label, kind, _ in questions(vocabulary.fields):
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
        # Only plain digits become a number ("²" and "٣" are digits to Python, and int() refuses
        # thousands of them); anything else is kept as written for the validator to explain.
        return int(raw) if raw.isascii() and raw.isdigit() and len(raw) <= 6 else raw
    if field is not None and field.kind is Kind.NUMBER:
        try:
            return float(raw)
        except ValueError:
            return raw
    return raw


def _term_id(key: str, label: str, vocabulary: Vocabulary) -> str:
    by_label = {t.label: t.id for t in vocabulary.terms(key)}
    return by_label.get(label, label)
