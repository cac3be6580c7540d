"""Every profile rule, as a mentor meets it: the exact place of the problem and the fix offered."""
from __future__ import annotations

import textwrap
from datetime import date
from pathlib import Path

import pytest

from mentor_directory.profiles.loading import load_profile, load_profiles
from mentor_directory.profiles.profile import Contact, Location

from .builders import TODAY, VOCABULARY

VALID = """\
name: Ada Okafor
title: Research Librarian
organization: Lakeview College
library_type: academic
mentoring_areas: [tenure, leadership]
meeting_modes: [video, email]
contact:
  email: ada@example.org
accepting_mentees: true
last_reviewed: 2026-01-31
"""


def check(tmp_path: Path, text: str, name: str = "ada-okafor.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return load_profile(path, VOCABULARY, shown=name, today=TODAY)


def problems_of(tmp_path: Path, text: str, name: str = "ada-okafor.yaml") -> list[str]:
    return [p.as_text() for p in check(tmp_path, text, name)[1]]


def with_line(extra: str) -> str:
    return VALID + extra + "\n"


def replacing(old: str, new: str) -> str:
    assert old in VALID
    return VALID.replace(old, new)


def test_a_complete_profile_gives_typed_values(tmp_path: Path) -> None:
    profile, problems = check(tmp_path, VALID + textwrap.dedent("""\
        pronouns: she/her
        functional_areas: [instruction]
        location:
          city: Duluth
          region: Midwest
          country: United States
        timezone: America/Chicago
        career_stage: mid
        languages: [English, Igbo]
        capacity: 0
        identities: [first-generation]
        github: ada-okafor
        formats: [long-term, one-off]
        hours_per_month: 2.5
        bio: |
          Hello *there*.
        """))
    assert problems == []
    assert profile.slug == "ada-okafor" and profile.name == "Ada Okafor"
    assert profile.mentoring_areas == ("tenure", "leadership")
    assert profile.accepting_mentees is True and profile.last_reviewed == date(2026, 1, 31)
    assert profile.contact == Contact(email="ada@example.org")
    assert profile.location == Location("Duluth", "Midwest", "United States")
    assert profile.capacity == 0 and profile.hours_per_month == 2.5
    assert profile.languages == ("English", "Igbo") and profile.identities == ("first-generation",)
    assert profile.bio == "Hello *there*."


@pytest.mark.parametrize("field", ["name", "title", "organization", "library_type", "mentoring_areas",
                                   "meeting_modes", "accepting_mentees", "last_reviewed"])
def test_each_missing_required_field_is_named_with_an_example_line(tmp_path: Path, field: str) -> None:
    text = "\n".join(line for line in VALID.splitlines() if not line.startswith(field + ":")) + "\n"
    problems = problems_of(tmp_path, text)
    assert len(problems) == 1
    assert problems[0].startswith(f"ada-okafor.yaml:1:1: error: missing required field `{field}`")
    assert f"add a line like `{field}: " in problems[0]


def test_missing_contact_is_named(tmp_path: Path) -> None:
    text = VALID.replace("contact:\n  email: ada@example.org\n", "")
    assert problems_of(tmp_path, text) == [
        "ada-okafor.yaml:1:1: error: missing required field `contact` (how mentees reach you: email, url or both); "
        "add a line `contact:` followed by an indented line like `  email: ada@example.org`"
    ]


@pytest.mark.parametrize("line, expected", [
    ("pronuns: she/her", "ada-okafor.yaml:11:1: error: unknown field `pronuns`; did you mean `pronouns`?"),
    ("email: ada@example.org", "ada-okafor.yaml:11:1: error: unknown field `email`: put it under contact:"),
    ("city: Duluth", "ada-okafor.yaml:11:1: error: unknown field `city`: put it under location:"),
    ("favourite_colour: blue", "ada-okafor.yaml:11:1: error: unknown field `favourite_colour`; see the field list in docs/mentors.md"),
])
def test_an_unknown_field_is_an_error_that_points_to_the_right_one(tmp_path: Path, line: str, expected: str) -> None:
    problems = problems_of(tmp_path, with_line(line))
    assert len(problems) == 1 and problems[0].startswith(expected)


@pytest.mark.parametrize("old, new, expected", [
    ("library_type: academic", "library_type: acadmic",
     "ada-okafor.yaml:4:15: error: `acadmic` is not a term for `library_type`; did you mean `academic`?"),
    ("[tenure, leadership]", "[tenure, leadrship]",
     "ada-okafor.yaml:5:27: error: `leadrship` is not a term for `mentoring_areas`; did you mean `leadership`"),
    ("[tenure, leadership]", "[Tenure and promotion]",
     "ada-okafor.yaml:5:19: error: `Tenure and promotion` is not a term for `mentoring_areas`; did you mean `tenure`?"),
    ("[tenure, leadership]", "[cataloging]",
     "ada-okafor.yaml:5:19: error: `cataloging` is not a term for `mentoring_areas`"),
    ("[video, email]", "[video, zoom]",
     "ada-okafor.yaml:6:24: error: `zoom` is not a term for `meeting_modes`"),
])
def test_an_unknown_term_is_an_error_with_the_nearest_ids(tmp_path: Path, old: str, new: str, expected: str) -> None:
    problems = problems_of(tmp_path, replacing(old, new))
    assert len(problems) == 1 and problems[0].startswith(expected), problems


@pytest.mark.parametrize("areas, ok", [
    ("[]", False),
    ("[tenure]", True),
    ("[" + ", ".join(t.id for t in VOCABULARY.terms("mentoring_areas")[:8]) + "]", True),
    ("[" + ", ".join(t.id for t in VOCABULARY.terms("mentoring_areas")[:9]) + "]", False),
])
def test_mentoring_areas_hold_one_to_eight_terms(tmp_path: Path, areas: str, ok: bool) -> None:
    problems = problems_of(tmp_path, replacing("[tenure, leadership]", areas))
    assert (problems == []) is ok, problems


def test_a_term_listed_twice_is_an_error(tmp_path: Path) -> None:
    assert problems_of(tmp_path, replacing("[video, email]", "[video, video]")) == [
        "ada-okafor.yaml:6:24: error: `video` appears twice in `meeting_modes`; list it once"
    ]


def test_a_list_field_written_as_one_word_asks_for_a_list(tmp_path: Path) -> None:
    assert problems_of(tmp_path, replacing("[video, email]", "video")) == [
        "ada-okafor.yaml:6:16: error: `meeting_modes` must be a list, like `meeting_modes: [video, email]`"
    ]


@pytest.mark.parametrize("written, expected", [
    ("yes", "write `true` instead of `yes`"),
    ("No", "write `false` instead of `No`"),
    ("on", "write `true` instead of `on`"),
    ('"true"', "must be true or false without quotes; write `true`"),
    ("maybe", "must be true or false (without quotes), not `maybe`"),
])
def test_accepting_mentees_takes_only_true_or_false(tmp_path: Path, written: str, expected: str) -> None:
    problems = problems_of(tmp_path, replacing("accepting_mentees: true", f"accepting_mentees: {written}"))
    assert len(problems) == 1 and problems[0].startswith("ada-okafor.yaml:9:20: error: `accepting_mentees`")
    assert expected in problems[0]


@pytest.mark.parametrize("written, value", [("true", True), ("True", True), ("false", False), ("FALSE", False)])
def test_true_and_false_in_any_case_are_booleans(tmp_path: Path, written: str, value: bool) -> None:
    profile, problems = check(tmp_path, replacing("accepting_mentees: true", f"accepting_mentees: {written}"))
    assert problems == [] and profile.accepting_mentees is value


def test_yaml_words_that_look_like_booleans_numbers_or_null_stay_text_in_text_fields(tmp_path: Path) -> None:
    profile, problems = check(tmp_path, replacing("name: Ada Okafor", "name: 1984").replace(
        "title: Research Librarian", "title: 3.10") + "languages: [NO, yes, on, null-ish]\npronouns: Off\n")
    assert problems == []
    assert (profile.name, profile.title, profile.pronouns) == ("1984", "3.10", "Off")
    assert profile.languages == ("NO", "yes", "on", "null-ish")


@pytest.mark.parametrize("line", ["pronouns:", "pronouns: ~", "pronouns: null"])
def test_an_empty_value_is_an_error_not_a_silent_gap(tmp_path: Path, line: str) -> None:
    problems = problems_of(tmp_path, with_line(line))
    assert len(problems) == 1 and "error: `pronouns` is empty; give it a value" in problems[0]


@pytest.mark.parametrize("line, ok", [
    ("capacity: 0", True), ("capacity: 3", True), ('capacity: "3"', False), ("capacity: -1", False),
    ("capacity: 2.5", False), ("hours_per_month: 2.5", True), ("hours_per_month: 0", True),
    ("hours_per_month: -2", False), ("hours_per_month: .nan", False), ('hours_per_month: "3"', False),
])
def test_numbers_are_checked_by_what_the_field_means(tmp_path: Path, line: str, ok: bool) -> None:
    assert (problems_of(tmp_path, with_line(line)) == []) is ok


@pytest.mark.parametrize("written, expected", [
    ("2026-02-30", "`2026-02-30` is not a real date; check the month and day"),
    ("2026/01/01", "must be a date written YYYY-MM-DD"),
    ("31-01-2026", "must be a date written YYYY-MM-DD"),
    ("2026-12-01", "`2026-12-01` is in the future"),
])
def test_last_reviewed_must_be_a_real_past_date(tmp_path: Path, written: str, expected: str) -> None:
    problems = problems_of(tmp_path, replacing("last_reviewed: 2026-01-31", f"last_reviewed: {written}"))
    assert len(problems) == 1 and problems[0].startswith("ada-okafor.yaml:10:16: error:") and expected in problems[0]


def test_a_quoted_date_is_accepted(tmp_path: Path) -> None:
    profile, problems = check(tmp_path, replacing("last_reviewed: 2026-01-31", 'last_reviewed: "2026-01-31"'))
    assert problems == [] and profile.last_reviewed == date(2026, 1, 31)


@pytest.mark.parametrize("contact, expected", [
    ("contact: {}", "`contact` needs at least an `email:` or a `url:`"),
    ("contact:\n  url: javascript:alert(1)", "`javascript:alert(1)` is not a web address"),
    ("contact:\n  url: ftp://example.org/x", "is not a web address; it must start with https://"),
    ("contact:\n  url: 'data:text/html,hi'", "is not a web address"),
    ("contact:\n  url: example.org/book", "needs to start with https://; write `https://example.org/book`"),
    ('contact:\n  url: "https://example.org/\\"><script>"', "is not a web address"),
    ("contact:\n  email: mailto:ada@example.org", "is not an email address; leave out `mailto:`"),
    ("contact:\n  email: not-an-email", "`not-an-email` is not an email address"),
    ("contact:\n  phone: '555'", "`contact` has no field `phone`"),
])
def test_contact_needs_a_working_email_or_web_address(tmp_path: Path, contact: str, expected: str) -> None:
    problems = problems_of(tmp_path, VALID.replace("contact:\n  email: ada@example.org", contact))
    assert any(expected in p for p in problems), problems


@pytest.mark.parametrize("written, expected", [
    ("America/Chicgo", "`America/Chicgo` is not a time zone name; did you mean `America/Chicago`"),
    ("CST", "`CST` is not a time zone name"),
])
def test_time_zones_are_iana_names(tmp_path: Path, written: str, expected: str) -> None:
    problems = problems_of(tmp_path, with_line(f"timezone: {written}"))
    assert len(problems) == 1 and problems[0].startswith(f"ada-okafor.yaml:11:11: error: {expected}")


@pytest.mark.parametrize("written", ["es", "fr-CA", "zh-Hant-TW", "haw", "es-419"])
def test_bio_language_takes_a_language_code(tmp_path: Path, written: str) -> None:
    profile, problems = check(tmp_path, with_line(f"bio_language: {written}"))
    assert problems == [] and profile.bio_language == written


@pytest.mark.parametrize("written", ["Spanish", "español", "e", "fr_CA"])
def test_bio_language_refuses_a_language_name_and_shows_codes(tmp_path: Path, written: str) -> None:
    problems = problems_of(tmp_path, with_line(f"bio_language: {written}"))
    assert problems == [f"ada-okafor.yaml:11:15: error: `{written}` is not a language code; write a short code such as `es` for Spanish, `fr` for French or `fr-CA` for Canadian French"]


@pytest.mark.parametrize("written, ok, expected", [
    ("ada-okafor", True, ""),
    ("@ada-okafor", False, "write `ada-okafor` without the @"),
    ("bad_name!", False, "is not a GitHub username"),
    ("-ada", False, "is not a GitHub username"),
])
def test_github_usernames(tmp_path: Path, written: str, ok: bool, expected: str) -> None:
    problems = problems_of(tmp_path, with_line(f'github: "{written}"'))
    assert (problems == []) is ok and all(expected in p for p in problems)


def test_a_photo_must_exist_beside_the_profile_and_be_described(tmp_path: Path) -> None:
    (tmp_path / "photos").mkdir()
    (tmp_path / "photos" / "ada.jpg").write_bytes(b"\xff\xd8\xff")
    assert problems_of(tmp_path, with_line("photo: photos/ada.jpg\nphoto_alt: Ada smiling")) == []
    assert problems_of(tmp_path, with_line("photo: photos/ada.jpg")) == [
        "ada-okafor.yaml:11:1: error: a photo needs `photo_alt:` describing it for people who cannot see it"
    ]
    missing = problems_of(tmp_path, with_line("photo: photos/gone.jpg\nphoto_alt: x"))
    assert missing == ["ada-okafor.yaml:11:8: error: no file `photos/gone.jpg` beside this profile; add the photo or remove the line"]


@pytest.mark.parametrize("path", ["photos/ada.svg", "../secret.jpg", "/etc/ada.jpg", "photos\\ada.jpg", "photos/ada.gif"])
def test_photos_are_raster_files_inside_the_profiles_folder(tmp_path: Path, path: str) -> None:
    problems = problems_of(tmp_path, with_line(f'photo: "{path}"\nphoto_alt: x'))
    assert len(problems) == 1 and problems[0].startswith("ada-okafor.yaml:11:8: error:")


@pytest.mark.parametrize("name, ok", [
    ("Nguyễn Thị Lan", True),
    ("Siobhán Ní Bhriain", True),
    ("Shirin\u200cdokht Farahani", True),        # ZWNJ belongs in Persian names
    ("Ada\u202eOkafor", False),                  # right-to-left override
    ("Ada\u200bOkafor", False),                  # zero-width space
    ("Ada\tOkafor", False),                      # a control character
    ("A" * 201, False),
])
def test_names_are_any_script_but_never_invisible_tricks_or_endless(tmp_path: Path, name: str, ok: bool) -> None:
    problems = problems_of(tmp_path, replacing("name: Ada Okafor", f'name: "{name}"'))
    assert (problems == []) is ok, problems


def test_every_problem_in_a_file_is_reported_in_one_run(tmp_path: Path) -> None:
    text = VALID.replace("academic", "acadmic").replace("accepting_mentees: true", "accepting_mentees: yes") + "pronuns: x\n"
    problems = problems_of(tmp_path, text)
    assert [p.split(": error:")[0] for p in problems] == [
        "ada-okafor.yaml:4:15", "ada-okafor.yaml:9:20", "ada-okafor.yaml:11:1"
    ]


def test_problems_from_many_files_come_back_together_and_good_profiles_still_load(tmp_path: Path) -> None:
    (tmp_path / "good-one.yaml").write_text(VALID, encoding="utf-8")
    (tmp_path / "bad-one.yaml").write_text(VALID.replace("academic", "acadmic"), encoding="utf-8")
    (tmp_path / "bad-two.md").write_text("no front matter\n", encoding="utf-8")
    result = load_profiles(tmp_path, VOCABULARY, today=TODAY)
    assert [p.slug for p in result.profiles] == ["good-one"]
    assert [Path(p.path).name for p in result.problems] == ["bad-one.yaml", "bad-two.md"]


@pytest.mark.parametrize("content", [b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>", b"GIF89a....", b""])
def test_a_photo_must_really_be_a_jpeg_png_or_webp_whatever_its_name(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "photos").mkdir()
    (tmp_path / "photos" / "ada.jpg").write_bytes(content)
    assert problems_of(tmp_path, with_line("photo: photos/ada.jpg\nphoto_alt: Ada")) == [
        "ada-okafor.yaml:11:8: error: `photos/ada.jpg` is not really a JPEG, PNG or WebP image; export the photo again as JPEG or PNG"
    ]


@pytest.mark.parametrize("header", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"RIFF\x10\x00\x00\x00WEBPVP8 "])
def test_png_and_webp_photos_are_accepted(tmp_path: Path, header: bytes) -> None:
    (tmp_path / "photos").mkdir()
    (tmp_path / "photos" / "ada.png").write_bytes(header)
    assert problems_of(tmp_path, with_line("photo: photos/ada.png\nphoto_alt: Ada")) == []
