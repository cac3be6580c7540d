"""YAML read strictly: no type guessing, no duplicate keys, no aliases or tags, bounded nesting."""
from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest

from unit.builders import REQUIRED, check, only, plus, replacing, valid

# --- duplicate keys --------------------------------------------------------------------

def test_a_field_written_twice_is_an_error_on_the_second_line_naming_the_first(tmp_path: Path) -> None:
    problem = only(check(tmp_path, plus("name: Ada O.")))
    assert problem == "ada-okafor.yaml:11:1: error: `name` is written twice (first on line 1); keep one"


def test_an_email_written_twice_under_contact_is_an_error_naming_both_lines(tmp_path: Path) -> None:
    text = replacing("  email: ada@example.org\n", "  email: ada@example.org\n  email: ada@lakeview.edu\n")
    problem = only(check(tmp_path, text))
    assert problem.startswith("ada-okafor.yaml:9:3: error: `email` is written twice under `contact`")
    assert "line 8" in problem, "the message should say where the first `email:` is, as it does for top-level fields"


def test_a_field_written_twice_is_reported_even_when_both_values_are_the_same(tmp_path: Path) -> None:
    problem = only(check(tmp_path, plus("accepting_mentees: true")))
    assert problem == "ada-okafor.yaml:11:1: error: `accepting_mentees` is written twice (first on line 9); keep one"


# --- booleans --------------------------------------------------------------------------

@pytest.mark.parametrize("written, fix", [("yes", "true"), ("no", "false"), ("on", "true"), ("off", "false"), ("Yes", "true"), ("N", "false")])
def test_yaml_11_yes_no_on_off_for_accepting_mentees_is_an_error_that_gives_the_fix(tmp_path: Path, written: str, fix: str) -> None:
    problem = only(check(tmp_path, replacing("accepting_mentees: true", f"accepting_mentees: {written}")))
    assert problem == (
        f"ada-okafor.yaml:9:20: error: `accepting_mentees` must be true or false; write `{fix}` instead of `{written}`"
    )


@pytest.mark.parametrize("quoted, fix", [('"true"', "true"), ("'false'", "false")])
def test_a_quoted_true_or_false_is_an_error_that_says_to_drop_the_quotes(tmp_path: Path, quoted: str, fix: str) -> None:
    problem = only(check(tmp_path, replacing("accepting_mentees: true", f"accepting_mentees: {quoted}")))
    assert problem == (
        f"ada-okafor.yaml:9:20: error: `accepting_mentees` must be true or false without quotes; write `{fix}`"
    )


def test_any_other_word_for_accepting_mentees_is_an_error_quoting_it(tmp_path: Path) -> None:
    problem = only(check(tmp_path, replacing("accepting_mentees: true", "accepting_mentees: maybe")))
    assert problem == "ada-okafor.yaml:9:20: error: `accepting_mentees` must be true or false (without quotes), not `maybe`"


@pytest.mark.parametrize("written, expected", [("true", True), ("false", False), ("True", True), ("FALSE", False)])
def test_true_and_false_in_any_case_are_accepted_as_booleans(tmp_path: Path, written: str, expected: bool) -> None:
    profile = valid(tmp_path, replacing("accepting_mentees: true", f"accepting_mentees: {written}"))
    assert profile.accepting_mentees is expected


# --- no type guessing for text ---------------------------------------------------------

def test_norway_yes_and_on_in_languages_stay_the_text_written(tmp_path: Path) -> None:
    assert valid(tmp_path, plus("languages: [NO, yes, on]")).languages == ("NO", "yes", "on")


@pytest.mark.parametrize("line, attribute, expected", [
    ("name: 1984", "name", "1984"),
    ("title: 3.10", "title", "3.10"),
    ("organization: 0o17", "organization", "0o17"),
    ("organization: 2026-01-01", "organization", "2026-01-01"),
])
def test_numbers_and_dates_in_text_fields_stay_exactly_as_written(
    tmp_path: Path, line: str, attribute: str, expected: str
) -> None:
    field = line.split(":")[0]
    old = next(existing for existing in REQUIRED.splitlines() if existing.startswith(field + ":"))
    assert getattr(valid(tmp_path, replacing(old, line)), attribute) == expected


@pytest.mark.parametrize("line, column", [("pronouns:", 10), ("pronouns: ~", 11), ("pronouns: null", 11), ("pronouns: Null", 11)])
def test_an_empty_or_null_value_is_an_error_that_says_the_field_is_empty(tmp_path: Path, line: str, column: int) -> None:
    problem = only(check(tmp_path, plus(line)))
    assert problem == (
        f"ada-okafor.yaml:11:{column}: error: `pronouns` is empty; give it a value (text, e.g. she/her) or remove the line"
    )


def test_a_quoted_empty_text_is_an_error_that_says_the_field_is_blank(tmp_path: Path) -> None:
    problem = only(check(tmp_path, plus('pronouns: "  "')))
    assert problem == "ada-okafor.yaml:11:11: error: `pronouns` is blank; write some text or remove the line"


def test_a_quoted_null_is_the_text_null(tmp_path: Path) -> None:
    assert valid(tmp_path, plus('pronouns: "null"')).pronouns == "null"


# --- numbers ---------------------------------------------------------------------------

@pytest.mark.parametrize("written", ['"3"', "-1", "2.5", "three", "1e3"])
def test_capacity_must_be_an_unquoted_whole_number(tmp_path: Path, written: str) -> None:
    problem = only(check(tmp_path, plus(f"capacity: {written}")))
    assert problem == (
        "ada-okafor.yaml:11:11: error: `capacity` must be a whole number 0 or more, e.g. `capacity: 2`, without quotes"
    )


@pytest.mark.parametrize("written, expected", [("0", 0), ("3", 3)])
def test_capacity_zero_or_more_is_accepted_as_an_integer(tmp_path: Path, written: str, expected: int) -> None:
    capacity = valid(tmp_path, plus(f"capacity: {written}")).capacity
    assert capacity == expected and type(capacity) is int


@pytest.mark.parametrize("written", ["-1", '"3"', ".nan", "nan", "inf", "lots"])
def test_hours_per_month_must_be_an_unquoted_number_zero_or_more(tmp_path: Path, written: str) -> None:
    problem = only(check(tmp_path, plus(f"hours_per_month: {written}")))
    assert problem == (
        "ada-okafor.yaml:11:18: error: `hours_per_month` must be a number 0 or more, "
        "e.g. `hours_per_month: 3`, without quotes (0 reads \"not taking new mentees now\")"
    )


def test_zero_hours_a_month_is_accepted_like_capacity_zero(tmp_path: Path) -> None:
    profile = valid(tmp_path, plus("hours_per_month: 0"))
    assert profile.hours_per_month == 0 and profile.accepting_mentees and not profile.taking_mentees


@pytest.mark.parametrize("written, expected", [("2.5", 2.5), ("4", 4.0), ("0.5", 0.5)])
def test_hours_per_month_accepts_fractions(tmp_path: Path, written: str, expected: float) -> None:
    assert valid(tmp_path, plus(f"hours_per_month: {written}")).hours_per_month == expected


# --- dates -----------------------------------------------------------------------------

def test_an_impossible_date_is_an_error_asking_to_check_month_and_day(tmp_path: Path) -> None:
    problem = only(check(tmp_path, replacing("2026-01-31", "2026-02-30")))
    assert problem == "ada-okafor.yaml:10:16: error: `2026-02-30` is not a real date; check the month and day"


@pytest.mark.parametrize("written", ["2026/01/01", "2026-1-5", "31-01-2026", "January 2026"])
def test_a_date_not_written_yyyy_mm_dd_is_an_error_showing_the_format(tmp_path: Path, written: str) -> None:
    problem = only(check(tmp_path, replacing("2026-01-31", written)))
    assert problem == (
        f"ada-okafor.yaml:10:16: error: `last_reviewed` must be a date written YYYY-MM-DD, e.g. `2026-01-31`, not `{written}`"
    )


def test_a_review_date_in_the_future_is_an_error_that_gives_today(tmp_path: Path) -> None:
    problem = only(check(tmp_path, replacing("2026-01-31", "2026-11-24"), today=date(2026, 11, 23)))
    assert problem == (
        "ada-okafor.yaml:10:16: error: `2026-11-24` is in the future; use the date you last checked your profile "
        "(today is 2026-11-23)"
    )


def test_a_review_date_of_today_is_accepted(tmp_path: Path) -> None:
    profile = valid(tmp_path, replacing("2026-01-31", "2026-11-23"), today=date(2026, 11, 23))
    assert profile.last_reviewed == date(2026, 11, 23)


def test_a_quoted_date_is_accepted_as_a_date(tmp_path: Path) -> None:
    assert valid(tmp_path, replacing("2026-01-31", '"2026-01-31"')).last_reviewed == date(2026, 1, 31)


# --- aliases, anchors and tags ---------------------------------------------------------

def test_a_yaml_anchor_is_rejected_at_the_ampersand(tmp_path: Path) -> None:
    problem = only(check(tmp_path, replacing("contact:", "contact: &reach")))
    assert problem == (
        "ada-okafor.yaml:7:10: error: YAML anchors (&name) are not allowed in profiles; remove the &name"
    )


def test_a_yaml_alias_is_rejected_at_the_asterisk(tmp_path: Path) -> None:
    problem = only(check(tmp_path, plus("pronouns: *her")))
    assert problem == (
        "ada-okafor.yaml:11:11: error: YAML aliases (*name) are not allowed in profiles; write the value out in full"
    )


def test_a_python_object_tag_is_rejected_and_nothing_runs(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    text = plus(f'pronouns: !!python/object/apply:os.system ["echo hi > {marker}"]')
    problem = only(check(tmp_path, text))
    assert problem == (
        "ada-okafor.yaml:11:11: error: YAML tags such as tag:yaml.org,2002:python/object/apply:os.system "
        "are not allowed; remove the tag and write plain text"
    )
    assert not marker.exists()


def test_a_type_tag_cannot_force_a_quoted_number_into_capacity(tmp_path: Path) -> None:
    problem = only(check(tmp_path, plus('capacity: !!int "3"')))
    assert problem.startswith("ada-okafor.yaml:11:11: error: YAML tags such as tag:yaml.org,2002:int are not allowed")


def test_a_billion_laughs_alias_bomb_is_rejected_quickly_at_its_first_anchor(tmp_path: Path) -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for previous, name in zip("abcdefgh", "bcdefghi"):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    started = time.perf_counter()
    problem = only(check(tmp_path, "\n".join(lines) + "\n"))
    assert time.perf_counter() - started < 1.0
    assert problem.startswith("ada-okafor.yaml:1:4: error: YAML anchors (&name) are not allowed")


# --- nesting ---------------------------------------------------------------------------

def test_a_hundred_nested_lists_are_rejected_cleanly_at_the_seventeenth_level(tmp_path: Path) -> None:
    problem = only(check(tmp_path, plus("languages: " + "[" * 100 + "]" * 100)))
    assert problem == (
        "ada-okafor.yaml:11:27: error: values are nested more than 16 levels deep; profiles need at most 2"
    )


def test_thousands_of_nested_lists_do_not_exhaust_the_python_stack(tmp_path: Path) -> None:
    problem = only(check(tmp_path, plus("languages: " + "[" * 3000 + "]" * 3000)))
    assert problem.startswith("ada-okafor.yaml:11:27: error: values are nested more than 16 levels deep")


def test_deeply_nested_block_lists_are_rejected_at_the_line_that_goes_too_deep(tmp_path: Path) -> None:
    text = REQUIRED + "languages:\n" + "".join("  " * level + "-\n" for level in range(1, 40))
    problem = only(check(tmp_path, text))
    assert problem.startswith("ada-okafor.yaml:27:33: error: values are nested more than 16 levels deep")


def test_a_list_as_a_field_name_is_an_error(tmp_path: Path) -> None:
    problem = only(check(tmp_path, plus("? [name]", ": Ada")))
    assert problem == "ada-okafor.yaml:11:3: error: a field name must be plain text, like `name:`"


# --- syntax errors ---------------------------------------------------------------------

def test_a_field_indented_by_mistake_is_a_syntax_error_at_its_colon(tmp_path: Path) -> None:
    problem = only(check(tmp_path, replacing("title: Research Librarian", "  title: Research Librarian")))
    assert problem.startswith("ada-okafor.yaml:2:8: error: this is not valid YAML (mapping values are not allowed here)")


def test_a_misaligned_contact_field_is_a_syntax_error_at_its_colon(tmp_path: Path) -> None:
    text = replacing("  email: ada@example.org\n", "  email: ada@example.org\n   url: https://example.org\n")
    problem = only(check(tmp_path, text))
    assert problem.startswith("ada-okafor.yaml:9:7: error: this is not valid YAML")


def test_a_tab_used_for_indentation_is_a_syntax_error_at_the_tab(tmp_path: Path) -> None:
    problem = only(check(tmp_path, replacing("  email: ada@example.org", "\temail: ada@example.org")))
    assert problem.startswith(
        "ada-okafor.yaml:8:1: error: this is not valid YAML (while scanning for the next token found character '\\t'"
    )


def test_a_colon_and_space_inside_unquoted_text_is_a_syntax_error_that_suggests_quotes(tmp_path: Path) -> None:
    problem = only(check(tmp_path, replacing("title: Research Librarian", "title: Head: Research Services")))
    assert problem.startswith("ada-okafor.yaml:2:12: error: this is not valid YAML")
    assert problem.endswith("put quotes around text that contains a colon followed by a space")


def test_an_unclosed_quote_is_reported_where_the_quote_opens(tmp_path: Path) -> None:
    problem = only(check(tmp_path, replacing("title: Research Librarian", 'title: "Research Librarian')))
    assert "while scanning a quoted scalar" in problem
    # The quote opens on line 2, column 8; the end of the file (line 11) says nothing useful to the mentor.
    assert problem.startswith("ada-okafor.yaml:2:8: error: this is not valid YAML")


@pytest.mark.parametrize("old, new, expected", [
    ("[tenure]", "[tenure, leadership", "ada-okafor.yaml:5:18:"),
    ("meeting_modes: [video]", "meeting_modes: [video, email", "ada-okafor.yaml:6:16:"),
])
def test_an_unclosed_bracket_is_reported_where_the_list_opens(tmp_path: Path, old: str, new: str, expected: str) -> None:
    # Reported at the next field ("expected ',' or ']', but got ':'") the mentor looks at a line that is fine.
    problem = only(check(tmp_path, replacing(old, new)))
    assert problem.startswith(expected + " error: "), problem
