"""Every field rule a mentor can break, each reported where it happens with a way to fix it."""
from __future__ import annotations

import re
import unicodedata
from datetime import date
from pathlib import Path
from textwrap import dedent

import pytest

from mentor_directory.profiles.profile import Contact, Location
from unit.builders import REQUIRED, TODAY, check, markdown, only, plus, replacing, valid

# --- required and unknown fields -------------------------------------------------------

@pytest.mark.parametrize("removed, message", [
    ("name: Ada Okafor\n", "missing required field `name` (as you want to be addressed); add a line like `name: Ada Okafor`"),
    ("title: Research Librarian\n", "missing required field `title` (your current role); add a line like `title: Research Services Librarian`"),
    ("organization: Lakeview College\n", "missing required field `organization` (employer or institution); add a line like `organization: Lakeview College`"),
    ("library_type: academic\n", "missing required field `library_type` (the kind of library you work in); add a line like `library_type: academic`"),
    ("mentoring_areas: [tenure]\n", "missing required field `mentoring_areas` (the needs you can help with); add a line like `mentoring_areas: [leadership, tenure]`"),
    ("meeting_modes: [video]\n", "missing required field `meeting_modes` (how you can meet); add a line like `meeting_modes: [video, email]`"),
    ("contact:\n  email: ada@example.org\n", "missing required field `contact` (how mentees reach you: email, url or both); add a line `contact:` followed by an indented line like `  email: ada@example.org`"),
    ("accepting_mentees: true\n", "missing required field `accepting_mentees` (false keeps you listed but not taking new mentees); add a line like `accepting_mentees: true`"),
    ("last_reviewed: 2026-01-31\n", "missing required field `last_reviewed` (when you last checked this profile is current); add a line like `last_reviewed: 2026-01-31`"),
])
def test_each_missing_required_field_is_an_error_with_an_example_line(tmp_path: Path, removed: str, message: str) -> None:
    assert only(check(tmp_path, replacing(removed, ""))) == f"ada-okafor.yaml:1:1: error: {message}"


def test_a_missing_field_in_a_markdown_profile_is_reported_at_the_first_field(tmp_path: Path) -> None:
    problem = only(check(tmp_path, markdown(replacing("title: Research Librarian\n", "")), "ada-okafor.md"))
    assert problem.startswith("ada-okafor.md:2:1: error: missing required field `title`")


@pytest.mark.parametrize("line, suggestion", [
    ("pronoun: she/her", "pronouns"),
    ("mentoring_area: [tenure]", "mentoring_areas"),
    ("langauges: [English]", "languages"),
    ("organisation: Lakeview College", "organization"),
    ("photo_alt_text: Ada smiling", "photo_alt"),
])
def test_a_misspelled_field_name_is_an_error_that_suggests_the_right_name(tmp_path: Path, line: str, suggestion: str) -> None:
    written = line.split(":")[0]
    problem = only([p for p in check(tmp_path, plus(line)) if "unknown field" in p])
    assert problem.startswith(f"ada-okafor.yaml:11:1: error: unknown field `{written}`; did you mean `{suggestion}`")


def test_an_unknown_field_with_no_near_name_points_to_the_field_list(tmp_path: Path) -> None:
    problem = only(check(tmp_path, plus("favourite_colour: teal")))
    assert problem == "ada-okafor.yaml:11:1: error: unknown field `favourite_colour`; see the field list in docs/mentors.md"


@pytest.mark.parametrize("line, hint", [
    ("email: ada@example.org", "put it under contact:, as `contact:` then `  email: you@example.org`"),
    ("url: https://example.org", "put it under contact:, as `contact:` then `  url: https://...`"),
    ("city: Duluth", "put it under location:, as `location:` then `  city: ...`"),
    ("country: Canada", "put it under location:, as `location:` then `  country: ...`"),
    ("tz: America/Chicago", "the field is called `timezone`"),
])
def test_a_field_written_at_the_top_level_by_habit_points_to_where_it_belongs(tmp_path: Path, line: str, hint: str) -> None:
    written = line.split(":")[0]
    assert only(check(tmp_path, plus(line))) == f"ada-okafor.yaml:11:1: error: unknown field `{written}`: {hint}"


def test_an_unknown_field_inside_location_lists_what_location_may_hold(tmp_path: Path) -> None:
    problem = only(check(tmp_path, plus("location:", "  state: Minnesota")))
    assert problem == "ada-okafor.yaml:12:3: error: `location` has no field `state`; it may hold city, region, country"


# --- terms -----------------------------------------------------------------------------

def test_a_misspelled_term_is_an_error_that_suggests_the_right_id(tmp_path: Path) -> None:
    problem = only(check(tmp_path, replacing("[tenure]", "[leadrship]")))
    assert problem.startswith(
        "ada-okafor.yaml:5:19: error: `leadrship` is not a term for `mentoring_areas`; did you mean `leadership`"
    )


def test_a_term_written_as_its_label_suggests_only_its_id(tmp_path: Path) -> None:
    problem = only(check(tmp_path, replacing("[tenure]", "[Tenure and promotion]")))
    assert problem.startswith(
        "ada-okafor.yaml:5:19: error: `Tenure and promotion` is not a term for `mentoring_areas`; did you mean `tenure`?"
    )


def test_a_capitalised_library_type_suggests_the_lowercase_id(tmp_path: Path) -> None:
    problem = only(check(tmp_path, replacing("library_type: academic", "library_type: Academic")))
    assert problem.startswith("ada-okafor.yaml:4:15: error: `Academic` is not a term for `library_type`; did you mean `academic`?")


def test_a_term_from_another_list_is_not_accepted(tmp_path: Path) -> None:
    problem = only(check(tmp_path, replacing("[tenure]", "[tenure, cataloging]")))
    assert problem.startswith("ada-okafor.yaml:5:27: error: `cataloging` is not a term for `mentoring_areas`")


def test_an_unknown_term_without_a_suggestion_still_reads_as_sentences(tmp_path: Path) -> None:
    problem = only(check(tmp_path, replacing("[tenure]", "[xyzzy]")))
    assert problem.startswith("ada-okafor.yaml:5:19: error: `xyzzy` is not a term for `mentoring_areas`")
    # Without a "did you mean" the next sentence must not run on: "... `mentoring_areas` The vocabulary ...".
    assert re.search(r"`mentoring_areas`[.;:,]", problem), problem


@pytest.mark.parametrize("count", [1, 8])
def test_one_to_eight_mentoring_areas_are_accepted(tmp_path: Path, count: int) -> None:
    areas = ["scholarship", "tenure", "leadership", "management", "job-search", "library-school", "career-change", "mid-career"]
    profile = valid(tmp_path, replacing("[tenure]", "[" + ", ".join(areas[:count]) + "]"))
    assert profile.mentoring_areas == tuple(areas[:count])


def test_no_mentoring_areas_is_an_error(tmp_path: Path) -> None:
    assert only(check(tmp_path, replacing("[tenure]", "[]"))) == (
        "ada-okafor.yaml:5:18: error: `mentoring_areas` needs at least 1 item"
    )


def test_nine_mentoring_areas_is_an_error_asking_to_choose_eight(tmp_path: Path) -> None:
    areas = "[scholarship, tenure, leadership, management, job-search, library-school, career-change, mid-career, grants]"
    assert only(check(tmp_path, replacing("[tenure]", areas))) == (
        "ada-okafor.yaml:5:18: error: `mentoring_areas` has 9 items; choose at most 8 (the ones you most want to help with)"
    )


def test_a_term_listed_twice_is_an_error_at_the_second_one(tmp_path: Path) -> None:
    assert only(check(tmp_path, replacing("[tenure]", "[tenure, leadership, tenure]"))) == (
        "ada-okafor.yaml:5:39: error: `tenure` appears twice in `mentoring_areas`; list it once"
    )


def test_a_language_listed_twice_is_an_error(tmp_path: Path) -> None:
    assert only(check(tmp_path, plus("languages: [English, Spanish, English]"))) == (
        "ada-okafor.yaml:11:31: error: `English` appears twice in `languages`; list it once"
    )


def test_meeting_modes_written_as_a_single_word_is_an_error_showing_a_list(tmp_path: Path) -> None:
    assert only(check(tmp_path, replacing("[video]", "video"))) == (
        "ada-okafor.yaml:6:16: error: `meeting_modes` must be a list, like `meeting_modes: [video, email]`"
    )


def test_no_meeting_modes_is_an_error(tmp_path: Path) -> None:
    assert only(check(tmp_path, replacing("[video]", "[]"))) == (
        "ada-okafor.yaml:6:16: error: `meeting_modes` needs at least 1 item"
    )


def test_a_block_list_of_terms_is_accepted(tmp_path: Path) -> None:
    profile = valid(tmp_path, replacing("meeting_modes: [video]", "meeting_modes:\n  - video\n  - email"))
    assert profile.meeting_modes == ("video", "email")


# --- contact ---------------------------------------------------------------------------

CONTACT = "contact:\n  email: ada@example.org"


def test_contact_with_neither_email_nor_url_is_an_error(tmp_path: Path) -> None:
    assert check(tmp_path, replacing(CONTACT, "contact:\n  phone: 555-0100")) == [
        "ada-okafor.yaml:8:3: error: `contact` has no field `phone`; it may hold email, url",
        "ada-okafor.yaml:8:3: error: `contact` needs at least an `email:` or a `url:` so mentees can reach you",
    ]


def test_an_empty_contact_mapping_is_an_error(tmp_path: Path) -> None:
    assert only(check(tmp_path, replacing(CONTACT, "contact: {}"))) == (
        "ada-okafor.yaml:7:10: error: `contact` needs at least an `email:` or a `url:` so mentees can reach you"
    )


def test_contact_written_on_one_line_shows_the_indented_form(tmp_path: Path) -> None:
    assert only(check(tmp_path, replacing(CONTACT, "contact: ada@example.org"))) == (
        "ada-okafor.yaml:7:10: error: `contact` holds indented fields: write a line `contact:` "
        "followed by an indented line like `  email: ada@example.org`"
    )


def test_contact_with_only_a_url_is_accepted(tmp_path: Path) -> None:
    profile = valid(tmp_path, replacing(CONTACT, "contact:\n  url: https://example.org/book-ada"))
    assert profile.contact == Contact(email=None, url="https://example.org/book-ada")


@pytest.mark.parametrize("url", [
    "javascript:alert(1)",
    "ftp://example.org/cv.pdf",
    "data:text/html,<script>alert(1)</script>",
    "https://exa mple.org",
    "https://",
])
def test_a_contact_url_that_is_not_http_or_https_is_rejected(tmp_path: Path, url: str) -> None:
    assert only(check(tmp_path, replacing(CONTACT, f"contact:\n  url: {url}"))) == (
        f"ada-okafor.yaml:8:8: error: `{url}` is not a web address; it must start with https:// or http://"
    )


def test_a_contact_url_without_a_scheme_suggests_adding_https(tmp_path: Path) -> None:
    assert only(check(tmp_path, replacing(CONTACT, "contact:\n  url: example.org/x"))) == (
        "ada-okafor.yaml:8:8: error: `example.org/x` needs to start with https://; write `https://example.org/x`"
    )


def test_an_email_with_mailto_is_rejected_with_advice_to_leave_it_out(tmp_path: Path) -> None:
    assert only(check(tmp_path, replacing(CONTACT, "contact:\n  email: mailto:ada@example.org"))) == (
        "ada-okafor.yaml:8:10: error: `mailto:ada@example.org` is not an email address; leave out `mailto:`"
    )


@pytest.mark.parametrize("email", ["not-an-email", "ada@example", "ada okafor@example.org", "<ada@example.org>"])
def test_a_value_that_is_not_an_email_address_is_rejected(tmp_path: Path, email: str) -> None:
    assert only(check(tmp_path, replacing(CONTACT, f"contact:\n  email: {email}"))) == (
        f"ada-okafor.yaml:8:10: error: `{email}` is not an email address, like ada@example.org"
    )


@pytest.mark.parametrize("line, column", [
    ("  email: ada\u200b@example.org", 10),
    ("  url: https://example.org/\u202egpj.exe", 8),
])
def test_an_invisible_character_pasted_into_a_contact_value_is_rejected(tmp_path: Path, line: str, column: int) -> None:
    problems = check(tmp_path, replacing(CONTACT, "contact:\n" + line))
    assert [p.split(": error: ")[0] for p in problems] == [f"ada-okafor.yaml:8:{column}"], (
        "a zero-width space or bidi override in an address breaks mail and can disguise a link"
    )


# --- time zone, GitHub -----------------------------------------------------------------

def test_a_misspelled_time_zone_suggests_the_right_zone(tmp_path: Path) -> None:
    problem = only(check(tmp_path, plus("timezone: America/Chicgo")))
    assert problem.startswith(
        "ada-okafor.yaml:11:11: error: `America/Chicgo` is not a time zone name; did you mean `America/Chicago`"
    )


def test_an_unknown_time_zone_without_a_suggestion_still_reads_as_sentences(tmp_path: Path) -> None:
    problem = only(check(tmp_path, plus("timezone: Mars/Olympus_Mons")))
    assert problem.startswith("ada-okafor.yaml:11:11: error: `Mars/Olympus_Mons` is not a time zone name")
    # Without a "did you mean" the next sentence must not run on: "... time zone name Use a name ...".
    assert re.search(r"time zone name[.;:,]", problem), problem


def test_a_quoted_github_username_with_an_at_sign_suggests_removing_it(tmp_path: Path) -> None:
    assert only(check(tmp_path, plus('github: "@ada-okafor"'))) == (
        "ada-okafor.yaml:11:9: error: `@ada-okafor` is not a GitHub username (letters, digits and single hyphens); "
        "write `ada-okafor` without the @"
    )


def test_an_unquoted_github_username_with_an_at_sign_suggests_removing_it(tmp_path: Path) -> None:
    # `github: @ada-okafor` is how people write a handle; YAML refuses a plain value starting with @,
    # and the mentor should still be told to drop the @, not to check indentation or colons.
    problem = only(check(tmp_path, plus("github: @ada-okafor")))
    assert problem.startswith("ada-okafor.yaml:11:9: error: ")
    assert "without the @" in problem, problem


@pytest.mark.parametrize("name", ["bad_name!", "-ada", "ada--okafor", "a" * 40])
def test_a_value_that_is_not_a_github_username_is_rejected(tmp_path: Path, name: str) -> None:
    assert only(check(tmp_path, plus(f"github: {name}"))) == (
        f"ada-okafor.yaml:11:9: error: `{name}` is not a GitHub username (letters, digits and single hyphens)"
    )


def test_a_github_username_is_accepted(tmp_path: Path) -> None:
    assert valid(tmp_path, plus("github: Ada-Okafor-2")).github == "Ada-Okafor-2"


# --- photos ----------------------------------------------------------------------------

def _photo(folder: Path, relative: str = "photos/ada-okafor.jpg") -> None:
    (folder / relative).parent.mkdir(parents=True, exist_ok=True)
    (folder / relative).write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")


def test_a_photo_without_photo_alt_is_an_error(tmp_path: Path) -> None:
    _photo(tmp_path)
    assert only(check(tmp_path, plus("photo: photos/ada-okafor.jpg"))) == (
        "ada-okafor.yaml:11:1: error: a photo needs `photo_alt:` describing it for people who cannot see it"
    )


@pytest.mark.parametrize("photo", ["photos/ada-okafor.svg", "photos/ada-okafor.SVG", "photos/ada-okafor.gif", "photos/ada-okafor"])
def test_a_photo_that_is_not_jpeg_png_or_webp_is_rejected(tmp_path: Path, photo: str) -> None:
    _photo(tmp_path, photo)
    assert only(check(tmp_path, plus(f"photo: {photo}", "photo_alt: Ada smiling"))) == (
        f"ada-okafor.yaml:11:8: error: `{photo}` must be a JPEG, PNG or WebP photo (.jpg, .jpeg, .png, .webp); "
        "SVG and other formats are not accepted"
    )


@pytest.mark.parametrize("photo", ["../secret.jpg", "/etc/x.jpg", "photos/../../secret.jpg", "C:/photos/ada.jpg", "photos\\ada.jpg"])
def test_a_photo_outside_the_profiles_folder_is_rejected(tmp_path: Path, photo: str) -> None:
    assert only(check(tmp_path / "mentors", plus(f"photo: {photo}", "photo_alt: Ada smiling"))) == (
        f"ada-okafor.yaml:11:8: error: `{photo}` must be a path beside your profile, like `photos/ada-okafor.jpg`"
    )


def test_a_photo_that_does_not_exist_is_an_error(tmp_path: Path) -> None:
    assert only(check(tmp_path, plus("photo: photos/ada-okafor.jpg", "photo_alt: Ada smiling"))) == (
        "ada-okafor.yaml:11:8: error: no file `photos/ada-okafor.jpg` beside this profile; add the photo or remove the line"
    )


def test_a_photo_that_exists_with_a_description_is_accepted(tmp_path: Path) -> None:
    _photo(tmp_path)
    profile = valid(tmp_path, plus("photo: photos/ada-okafor.jpg", "photo_alt: Ada smiling in front of bookshelves"))
    assert (profile.photo, profile.photo_alt) == ("photos/ada-okafor.jpg", "Ada smiling in front of bookshelves")


# --- text content ----------------------------------------------------------------------

@pytest.mark.parametrize("line, character", [
    ("name: Ada \u202eOkafor", "U+202E"),
    ("name: Ada\u200bOkafor", "U+200B"),
    ("name: Ada\u2066Okafor", "U+2066"),
])
def test_a_name_with_an_invisible_control_character_is_rejected(tmp_path: Path, line: str, character: str) -> None:
    assert only(check(tmp_path, replacing("name: Ada Okafor", line))) == (
        f"ada-okafor.yaml:1:7: error: `name` contains an invisible control character ({character}); retype the text"
    )


@pytest.mark.parametrize("line, field, column, character", [
    ("languages: [English, \"Span\u200bish\"]", "languages", 22, "U+200B"),
    ("motivation: Someone once did this for me.\u202e", "motivation", 13, "U+202E"),
    ("photo_alt: Ada\u200b smiling", "photo_alt", 12, "U+200B"),
])
def test_invisible_characters_are_rejected_in_lists_long_text_and_descriptions(
    tmp_path: Path, line: str, field: str, column: int, character: str
) -> None:
    problems = [p for p in check(tmp_path, plus(line)) if "invisible" in p]
    assert problems == [
        f"ada-okafor.yaml:11:{column}: error: `{field}` contains an invisible control character "
        f"({character}); retype the text"
    ]


def test_a_persian_name_with_a_zero_width_non_joiner_is_accepted(tmp_path: Path) -> None:
    name = "زهرا محمدی\u200cنژاد"
    assert valid(tmp_path, replacing("name: Ada Okafor", f"name: {name}")).name == name


def test_multi_line_long_text_keeps_its_line_breaks(tmp_path: Path) -> None:
    profile = valid(tmp_path, plus("motivation: |", "  Someone did this for me.", "  Now I do it for others."))
    assert profile.motivation == "Someone did this for me.\nNow I do it for others."


@pytest.mark.parametrize("name", ["Nguyễn Thị Lan", "Siobhán Ní Bhriain", "Åse Lindqvist", "陈美玲", "Chidinma Eze-Okoro"])
def test_names_in_any_script_are_accepted(tmp_path: Path, name: str) -> None:
    assert valid(tmp_path, replacing("name: Ada Okafor", f"name: {name}")).name == name


def test_a_decomposed_name_is_stored_in_composed_form(tmp_path: Path) -> None:
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Lan")
    assert decomposed != "Nguyễn Thị Lan"
    assert valid(tmp_path, replacing("name: Ada Okafor", f"name: {decomposed}")).name == "Nguyễn Thị Lan"


def test_a_name_over_200_characters_is_rejected(tmp_path: Path) -> None:
    assert only(check(tmp_path, replacing("name: Ada Okafor", "name: " + "A" * 201))) == (
        "ada-okafor.yaml:1:7: error: `name` is 201 characters; keep it under 200"
    )


def test_a_name_of_200_characters_is_accepted(tmp_path: Path) -> None:
    assert valid(tmp_path, replacing("name: Ada Okafor", "name: " + "A" * 200)).name == "A" * 200


def test_a_motivation_over_2000_characters_is_rejected(tmp_path: Path) -> None:
    assert only(check(tmp_path, plus("motivation: " + "x" * 2001))) == (
        "ada-okafor.yaml:11:13: error: `motivation` is 2,001 characters; keep it under 2,000"
    )


def test_a_bio_over_20000_characters_is_rejected_where_the_bio_starts(tmp_path: Path) -> None:
    problem = only(check(tmp_path, markdown(REQUIRED, "b" * 20_001 + "\n"), "ada-okafor.md"))
    assert problem == "ada-okafor.md:13:1: error: the bio is 20,001 characters; keep it under 20,000"


def test_a_yaml_bio_over_20000_characters_is_rejected_at_the_bio_field(tmp_path: Path) -> None:
    problem = only(check(tmp_path, plus("bio: |", "  " + "b" * 20_001)))
    assert problem == "ada-okafor.yaml:11:6: error: the bio is 20,001 characters; keep it under 20,000"


def test_a_bio_field_that_is_a_list_is_an_error(tmp_path: Path) -> None:
    assert only(check(tmp_path, plus("bio:", "  - one", "  - two"))) == (
        "ada-okafor.yaml:12:3: error: `bio` must be text; start it with `bio: |` and indent the lines below"
    )


# --- several problems, and the full typed profile --------------------------------------

def test_every_problem_in_a_file_is_reported_in_one_run(tmp_path: Path) -> None:
    text = REQUIRED.replace("library_type: academic", "library_type: acadmic").replace(
        "[video]", "video").replace("accepting_mentees: true", "accepting_mentees: yes").replace(
        "2026-01-31", "2026-13-01") + "capacity: -1\nfavourite_colour: teal\n"
    assert [p.split(": error: ")[0] for p in check(tmp_path, text)] == [
        "ada-okafor.yaml:4:15",
        "ada-okafor.yaml:6:16",
        "ada-okafor.yaml:9:20",
        "ada-okafor.yaml:10:16",
        "ada-okafor.yaml:11:11",
        "ada-okafor.yaml:12:1",
    ]


FULL = dedent("""\
    name: Nguyễn Thị Lan
    pronouns: she/her
    title: Senior Product Manager
    organization: Shelfwise Library Software
    library_type: vendor
    career_stage: mid
    location:
      city: Vancouver
      region: British Columbia
      country: Canada
    timezone: America/Vancouver
    languages: [English, Vietnamese, NO]
    mentoring_areas: [career-change, technology, job-search]
    functional_areas: [systems, user-experience]
    meeting_modes: [video, chat, email]
    formats: [short-term, one-off]
    accepting_mentees: false
    capacity: 4
    hours_per_month: 2.5
    contact:
      email: lan.nguyen@example.com
      url: https://example.com/lan
    github: lan-nguyen-pm
    last_reviewed: 2026-06-27
    identities: [immigrant, first-generation]
    photo: photos/lan.webp
    photo_alt: Lan at a whiteboard
    motivation: Someone once did this for me.
    support: CV reviews and mock interviews.
    experience: Six years as a systems librarian.
    interests: Amateur astronomy.
    ideal_mentee: Systems librarians thinking about vendors.
    """)


def test_a_valid_full_profile_has_typed_values(tmp_path: Path) -> None:
    _photo(tmp_path, "photos/lan.webp")
    profile = valid(tmp_path, markdown(FULL, "I manage **circulation** features.\n"), "nguyen-thi-lan.md")
    assert profile.slug == "nguyen-thi-lan"
    assert profile.source == "nguyen-thi-lan.md"
    assert profile.name == "Nguyễn Thị Lan"
    assert profile.pronouns == "she/her"
    assert (profile.title, profile.organization) == ("Senior Product Manager", "Shelfwise Library Software")
    assert (profile.library_type, profile.career_stage) == ("vendor", "mid")
    assert profile.location == Location(city="Vancouver", region="British Columbia", country="Canada")
    assert profile.location.display() == "Vancouver, British Columbia, Canada"
    assert profile.timezone == "America/Vancouver"
    assert profile.languages == ("English", "Vietnamese", "NO")
    assert profile.mentoring_areas == ("career-change", "technology", "job-search")
    assert profile.functional_areas == ("systems", "user-experience")
    assert profile.meeting_modes == ("video", "chat", "email")
    assert profile.formats == ("short-term", "one-off")
    assert profile.accepting_mentees is False
    assert profile.capacity == 4 and type(profile.capacity) is int
    assert profile.hours_per_month == 2.5 and type(profile.hours_per_month) is float
    assert profile.contact == Contact(email="lan.nguyen@example.com", url="https://example.com/lan")
    assert profile.github == "lan-nguyen-pm"
    assert profile.last_reviewed == date(2026, 6, 27)
    assert profile.identities == ("immigrant", "first-generation")
    assert (profile.photo, profile.photo_alt) == ("photos/lan.webp", "Lan at a whiteboard")
    assert profile.motivation == "Someone once did this for me."
    assert profile.support == "CV reviews and mock interviews."
    assert profile.experience == "Six years as a systems librarian."
    assert profile.interests == "Amateur astronomy."
    assert profile.ideal_mentee == "Systems librarians thinking about vendors."
    assert profile.bio == "I manage **circulation** features."
    assert profile.initials == "NL"


def test_optional_fields_left_out_have_empty_defaults(tmp_path: Path) -> None:
    profile = valid(tmp_path, REQUIRED)
    assert (profile.pronouns, profile.timezone, profile.capacity, profile.hours_per_month, profile.photo) == (None,) * 5
    assert (profile.languages, profile.identities, profile.functional_areas, profile.formats) == ((),) * 4
    assert profile.location == Location()
    assert profile.last_reviewed == date(2026, 1, 31) and profile.last_reviewed < TODAY
