"""The profile fields: one table that the validator, the docs and the schema all read.

Each field says what kind of value it holds and, for terms, which vocabulary list its
ids come from. An optional field added here is validated, kept on the Profile (in `more` when
no code reads it by name), asked in the issue form, described in the JSON Schema, exported
unless private, and — for long text with a heading — shown on the mentor page.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Kind(Enum):
    TEXT = "text"
    LONG_TEXT = "long text"
    MARKDOWN = "Markdown"
    TERM = "term"
    TERMS = "list of terms"
    TEXT_LIST = "list of text"
    BOOLEAN = "true or false"
    DATE = "date YYYY-MM-DD"
    INTEGER = "whole number"
    NUMBER = "number"
    TIMEZONE = "IANA time zone"
    LANGUAGE_TAG = "language code"
    GITHUB = "GitHub username"
    PHOTO = "photo path"
    EMAIL = "email address"
    URL = "web address"
    MAPPING = "group of fields"


@dataclass(frozen=True)
class Field:
    name: str
    kind: Kind
    meaning: str
    example: str
    required: bool = False
    vocabulary: str | None = None
    min_items: int = 0
    max_items: int | None = None
    subfields: tuple[Field, ...] = ()
    # The question the issue form asks; a field without one is not asked there.
    question: str = ""
    # Long text only: the heading of its section on the mentor page ("" = not shown).
    heading: str = ""
    # Never in the bulk exports (mentors.json, mentors.csv): shown on the mentor's page only.
    private: bool = False


# The form's question about areas names the program's limit (`max_mentoring_areas`).
AREAS_QUESTION = "Needs you can help with (1 to {})"
# Lists of free text: each item becomes a filter and a topic page of its own, so they are bounded.
MAX_LANGUAGES = 10
MAX_IDENTITIES = 10

CONTACT_FIELDS = (
    Field("email", Kind.EMAIL, "an email address mentees may write to", "ada@example.org", question="Email address mentees may write to", private=True),
    Field("url", Kind.URL, "a web address: a form, booking page or profile", "https://example.org/book-me", question="Or a web address: a form, booking page or profile (https://...)"),
)

LOCATION_FIELDS = (
    Field("city", Kind.TEXT, "city or town", "Duluth", question="City or town"),
    Field("region", Kind.TEXT, "state, province or region", "Minnesota", question="State, province or region"),
    Field("country", Kind.TEXT, "country", "United States", question="Country"),
)

PROFILE_FIELDS: tuple[Field, ...] = (
    Field("name", Kind.TEXT, "as you want to be addressed", "Ada Okafor", required=True, question="Your name, as you want to be addressed"),
    Field("title", Kind.TEXT, "your current role", "Research Services Librarian", required=True, question="Current role"),
    Field("organization", Kind.TEXT, "employer or institution", "Lakeview College", required=True, question="Employer or institution"),
    Field("library_type", Kind.TERM, "the kind of library you work in", "academic",
          required=True, vocabulary="library_type", question="Kind of library"),
    Field("mentoring_areas", Kind.TERMS, "the needs you can help with", "[leadership, tenure]",
          required=True, vocabulary="mentoring_areas", min_items=1, max_items=8, question=AREAS_QUESTION.format(8)),
    Field("meeting_modes", Kind.TERMS, "how you can meet", "[video, email]",
          required=True, vocabulary="meeting_modes", min_items=1, question="How you can meet"),
    Field("contact", Kind.MAPPING, "how mentees reach you: email, url or both",
          "\n  email: ada@example.org", required=True, subfields=CONTACT_FIELDS),
    Field("accepting_mentees", Kind.BOOLEAN, "false keeps you listed but not taking new mentees",
          "true", required=True, question="Are you taking new mentees?"),
    Field("last_reviewed", Kind.DATE, "when you last checked this profile is current",
          "2026-01-31", required=True),
    Field("pronouns", Kind.TEXT, "your pronouns", "she/her", question="Pronouns"),
    Field("functional_areas", Kind.TERMS, "the kinds of library work you know",
          "[instruction, reference]", vocabulary="functional_areas", question="Kinds of library work you know"),
    Field("location", Kind.MAPPING, "where you are: city, region, country",
          "\n  city: Duluth\n  region: Minnesota\n  country: United States", subfields=LOCATION_FIELDS),
    Field("timezone", Kind.TIMEZONE, "your time zone", "America/Chicago", question="Time zone, e.g. America/Chicago or Europe/Dublin"),
    Field("career_stage", Kind.TERM, "where you are in your career", "mid", vocabulary="career_stage", question="Your career stage"),
    Field("languages", Kind.TEXT_LIST, "languages you can mentor in", "[English, Spanish]", question="Languages you can mentor in, separated by commas", max_items=MAX_LANGUAGES),
    Field("bio_language", Kind.LANGUAGE_TAG,
          "the language your bio is written in, if not English, as a short code: `es` Spanish, `fr` French",
          "es", question="If your bio is not in English, its language as a short code, such as es for Spanish or fr for French"),
    Field("capacity", Kind.INTEGER, "how many mentees you can take at once; 0 reads \"not taking new mentees now\"", "2",
          question="How many mentees at once?"),
    Field("mentees_now", Kind.INTEGER, "how many mentees you are mentoring now, so your card can say how many places are left",
          "1", question="How many mentees are you mentoring now?"),
    Field("identities", Kind.TEXT_LIST,
          "only if you want to share them, in your own words; what you write is public on your page, "
          "and mentees can filter and search by it, but it is never guessed and never in the bulk downloads",
          "[first-generation, LGBTQ+]", max_items=MAX_IDENTITIES,
          question="Identities you choose to share, in your own words, separated by commas (optional)", private=True),
    Field("identity_groups", Kind.TERMS,
          "opt-in: umbrella groups from the program's list you choose to be listed and found under (e.g. bipoc); "
          "public on your page, never required and never guessed",
          "[bipoc]", vocabulary="identity_groups",
          question="Umbrella groups you choose to be listed under (optional; shown on your page, and you can remove them any time)",
          private=True),
    Field("github", Kind.GITHUB, "the GitHub account that may edit this profile", "ada-okafor", private=True),
    Field("photo", Kind.PHOTO, "a JPEG, PNG or WebP beside your profile", "photos/ada-okafor.jpg", private=True),
    Field("photo_alt", Kind.TEXT, "a short description of your photo", "Ada smiling in front of bookshelves", private=True),
    Field("motivation", Kind.LONG_TEXT, "why you mentor", "Someone once did this for me.", question="Why you mentor", heading="Why I mentor"),
    Field("support", Kind.LONG_TEXT, "how you imagine supporting a mentee", "Monthly calls and honest feedback.", question="How you imagine supporting a mentee", heading="How I would support you"),
    Field("ideal_mentee", Kind.LONG_TEXT, "who you would most like to hear from", "First-year academic librarians.", question="Who you would most like to hear from", heading="Who I would love to hear from"),
    Field("experience", Kind.LONG_TEXT, "past roles and work experience", "Ten years in public libraries.", heading="Experience"),
    Field("interests", Kind.LONG_TEXT, "life outside work, if you want to share it", "Choir and long walks.", heading="Outside work"),
    Field("formats", Kind.TERMS, "the kinds of mentoring you offer", "[long-term, one-off]",
          vocabulary="formats", question="Kinds of mentoring you offer"),
    Field("hours_per_month", Kind.NUMBER, "hours you can give each month; 0 reads \"not taking new mentees now\"", "3",
          question="Hours you can give each month"),
    Field("reply_time", Kind.INTEGER, "how many days you usually take to answer a first message", "7",
          question="How many days do you usually take to answer a first message?"),
    Field("first_step", Kind.TEXT, "the first step you would like a new mentee to take", "A 20-minute video call to see if we fit",
          question="Your preferred first step with a new mentee, in a few words"),
)

BIO_FIELD = Field("bio", Kind.MARKDOWN, "about you, in Markdown", "|\n  I have worked in ...", question="About you (Markdown welcome)")

FIELDS_BY_NAME = {f.name: f for f in PROFILE_FIELDS}
# Long text shown on the mentor page, in the table's order.
PAGE_SECTIONS: tuple[Field, ...] = tuple(f for f in PROFILE_FIELDS if f.kind is Kind.LONG_TEXT and f.heading)

# What the "Pause, resume or confirm my profile" form may change, besides `last_reviewed`.
AVAILABILITY_FIELDS = ("accepting_mentees", "capacity", "mentees_now", "hours_per_month")

# Names people reach for by habit, pointing at where the value belongs.
MISPLACED_FIELDS = {
    "email": "put it under contact:, as `contact:` then `  email: you@example.org`",
    "url": "put it under contact:, as `contact:` then `  url: https://...`",
    "website": "put it under contact:, as `contact:` then `  url: https://...`",
    "city": "put it under location:, as `location:` then `  city: ...`",
    "region": "put it under location:, as `location:` then `  region: ...`",
    "state": "put it under location: as `region:`",
    "country": "put it under location:, as `location:` then `  country: ...`",
    "areas": "the field is called `mentoring_areas`",
    "time_zone": "the field is called `timezone`",
    "tz": "the field is called `timezone`",
    "language": "the field is called `languages` (a list)",
    "accepting": "the field is called `accepting_mentees`",
    "available": "use `accepting_mentees: true` or `false`",
    "reviewed": "the field is called `last_reviewed`",
}

MAX_TEXT_LENGTH = 200
MAX_LONG_TEXT_LENGTH = 2_000
MAX_BIO_LENGTH = 20_000
# Python-Markdown scans from every `[` to the end of its paragraph looking for the link's end,
# so thousands of them make a build take minutes; no bio needs more than this many links.
MAX_BIO_BRACKETS = 50
# Rendering time grows with the bio's lines, with lines in one paragraph (each rule or underline
# makes Python-Markdown rescan the rest) and with nesting; with these, any bio renders in a few
# tens of milliseconds (tests/unit/test_render_bounds.py).
MAX_BIO_LINES = 400
MAX_BIO_BLOCK_LINES = 40
MAX_BIO_NESTING = 6
# Each `*` or `_` is a possible emphasis that Python-Markdown's inline patterns try to pair;
# thousands of them took half a second. Emphasis in a bio needs a few dozen.
MAX_BIO_EMPHASIS = 400
# Whole numbers (capacity): nobody mentors more at once; also keeps int() away from huge digit strings.
MAX_INTEGER = 100
PHOTO_EXTENSIONS = (".jpg", ".jpeg", ".png", ".webp")
# A well-formed language tag (BCP 47) as browsers and screen readers read `lang`: a language,
# then an optional script, region and variants, e.g. `es`, `fr-CA`, `zh-Hant-TW`.
LANGUAGE_TAG_PATTERN = r"^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$"
