"""Profile files as mentors save them: the two layouts, encodings, sizes, names and folders."""
from __future__ import annotations

from pathlib import Path

import pytest

from unit.builders import REQUIRED, check, errors, load_folder, markdown, only, plus, replacing, valid

TYPO = replacing("library_type: academic", "library_type: acadmic")


# --- the two layouts -------------------------------------------------------------------

def test_a_markdown_profile_has_its_fields_between_dashes_and_its_bio_below(tmp_path: Path) -> None:
    profile = valid(tmp_path, markdown(REQUIRED, "I help with **tenure** files.\n\nAsk me anything.\n"), "ada-okafor.md")
    assert (profile.slug, profile.name, profile.source) == ("ada-okafor", "Ada Okafor", "ada-okafor.md")
    assert profile.bio == "I help with **tenure** files.\n\nAsk me anything."


@pytest.mark.parametrize("suffix", [".yaml", ".yml"])
def test_a_yaml_profile_keeps_its_markdown_bio_in_a_bio_block(tmp_path: Path, suffix: str) -> None:
    profile = valid(tmp_path, plus("bio: |", "  Line one with **bold**.", "", "  Line two."), f"ada-okafor{suffix}")
    assert profile.slug == "ada-okafor"
    assert profile.bio == "Line one with **bold**.\n\nLine two."


def test_a_yaml_profile_without_a_bio_has_an_empty_bio(tmp_path: Path) -> None:
    assert valid(tmp_path, REQUIRED).bio == ""


def test_a_markdown_profile_without_the_opening_dashes_is_an_error_on_line_one(tmp_path: Path) -> None:
    problem = only(check(tmp_path, REQUIRED + "---\nMy bio.\n", "ada-okafor.md"))
    assert problem.startswith("ada-okafor.md:1:1: error: a Markdown profile starts with a line of three dashes (---)")


def test_a_markdown_profile_without_the_closing_dashes_is_an_error_that_says_where_to_add_them(tmp_path: Path) -> None:
    problem = only(check(tmp_path, "---\n" + REQUIRED + "\nMy bio.\n", "ada-okafor.md"))
    assert problem == (
        "ada-okafor.md:1:1: error: the opening --- line has no closing --- line; "
        "add one after the last field, before the bio"
    )


def test_a_bio_field_inside_markdown_front_matter_points_below_the_closing_dashes(tmp_path: Path) -> None:
    problem = only(check(tmp_path, markdown(plus("bio: I help with tenure."), ""), "ada-okafor.md"))
    assert problem == (
        "ada-okafor.md:12:1: error: in a .md profile the bio goes below the closing --- line, not in a `bio:` field"
    )


def test_line_numbers_in_a_markdown_profile_count_the_opening_dashes(tmp_path: Path) -> None:
    problem = only(check(tmp_path, markdown(TYPO), "ada-okafor.md"))
    assert problem.startswith("ada-okafor.md:5:15: error: `acadmic` is not a term for `library_type`")


def test_a_yaml_syntax_error_in_markdown_front_matter_is_located_in_the_whole_file(tmp_path: Path) -> None:
    text = markdown(replacing("  email: ada@example.org", "\temail: ada@example.org"))
    problem = only(check(tmp_path, text, "ada-okafor.md"))
    assert problem.startswith("ada-okafor.md:9:1: error: this is not valid YAML")


# --- encodings -------------------------------------------------------------------------

@pytest.mark.parametrize("name, text, expected", [
    ("ada-okafor.md", markdown(TYPO), "ada-okafor.md:5:15:"),
    ("ada-okafor.yaml", TYPO, "ada-okafor.yaml:4:15:"),
])
def test_a_file_saved_with_a_byte_order_mark_loads_with_the_same_line_and_column(
    tmp_path: Path, name: str, text: str, expected: str
) -> None:
    problem = only(check(tmp_path, b"\xef\xbb\xbf" + text.encode("utf-8"), name))
    assert problem.startswith(expected + " error: `acadmic` is not a term")


def test_a_profile_with_a_byte_order_mark_is_valid(tmp_path: Path) -> None:
    profile = valid(tmp_path, b"\xef\xbb\xbf" + markdown(REQUIRED).encode("utf-8"), "ada-okafor.md")
    assert profile.name == "Ada Okafor"


@pytest.mark.parametrize("name, text, expected", [
    ("ada-okafor.md", markdown(TYPO), "ada-okafor.md:5:15:"),
    ("ada-okafor.yaml", TYPO, "ada-okafor.yaml:4:15:"),
])
def test_a_file_with_windows_line_ends_reports_the_same_line_numbers(
    tmp_path: Path, name: str, text: str, expected: str
) -> None:
    problem = only(check(tmp_path, text.replace("\n", "\r\n"), name))
    assert problem.startswith(expected + " error: `acadmic` is not a term")


def test_a_bio_from_a_file_with_windows_line_ends_has_no_carriage_returns(tmp_path: Path) -> None:
    text = markdown(REQUIRED, "First paragraph.\n\nSecond paragraph.\n").replace("\n", "\r\n")
    assert valid(tmp_path, text, "ada-okafor.md").bio == "First paragraph.\n\nSecond paragraph."


def test_a_file_that_is_not_utf8_is_reported_at_the_line_and_column_of_the_bad_byte(tmp_path: Path) -> None:
    text = replacing("title: Research Librarian", "title: Biblioth\xe9caire de recherche", markdown(REQUIRED))
    problem = only(check(tmp_path, text.encode("latin-1"), "ada-okafor.md"))
    assert problem == (
        "ada-okafor.md:3:16: error: the file is not UTF-8 text; open it in your editor and save it with UTF-8 encoding"
    )


@pytest.mark.parametrize("content", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    REQUIRED.encode("utf-8") + b"\x00",
])
def test_a_file_with_nul_bytes_is_rejected_as_binary(tmp_path: Path, content: bytes) -> None:
    problem = only(check(tmp_path, content))
    assert problem == "ada-okafor.yaml:1:1: error: this looks like a binary file, not a text profile"


def test_a_file_saved_as_utf16_is_told_to_save_as_utf8(tmp_path: Path) -> None:
    problem = only(check(tmp_path, REQUIRED.encode("utf-16")))
    assert problem.startswith("ada-okafor.yaml:1:1: error: the file is saved as UTF-16")


@pytest.mark.parametrize("character", ["\x1b", "\x0c", "\x07", "\ufffe"])
def test_a_control_character_in_the_fields_is_a_located_error_not_a_crash(tmp_path: Path, character: str) -> None:
    # Pasted from a word processor or terminal; PyYAML's reader refuses these characters outright.
    problems = check(tmp_path, plus(f"pronouns: she{character}her"))
    assert [p.split(": error: ")[0] for p in problems] == ["ada-okafor.yaml:11:14"]


def test_a_control_character_in_one_profile_does_not_stop_the_others_loading(tmp_path: Path) -> None:
    result = load_folder(tmp_path, {"ada-okafor.yaml": plus("pronouns: she\x1bher"), "ben-cho.yaml": REQUIRED})
    assert [p.as_text().split(": error: ")[0] for p in result.problems] == ["ada-okafor.yaml:11:14"]
    assert [p.slug for p in result.profiles] == ["ben-cho"]


def test_a_unicode_line_separator_in_a_value_is_reported_on_the_line_the_mentor_sees(tmp_path: Path) -> None:
    # The file has 12 lines; YAML also counts U+2028 as a line break, which shifts every later position.
    text = plus("motivation: Someone did this\u2028for me.", "capacity: two")
    assert text.count("\n") == 12
    lines = [int(p.split(":")[1]) for p in check(tmp_path, text)]
    assert lines and max(lines) <= 12, lines
    assert 11 in lines, lines


# --- size and emptiness ----------------------------------------------------------------

def _padded_to(size: int) -> bytes:
    """A valid profile padded with YAML comment lines to exactly ``size`` bytes."""
    data = REQUIRED.encode("utf-8")
    padding = size - len(data)
    lines, rest = divmod(padding, 100)
    data += (b"#" * 99 + b"\n") * lines
    if rest:
        data += b"#" * (rest - 1) + b"\n" if rest > 1 else b"\n"
    assert len(data) == size
    return data


def test_a_file_over_256_kb_is_rejected_with_its_size(tmp_path: Path) -> None:
    problem = only(check(tmp_path, _padded_to(256 * 1024 + 1)))
    assert problem == "ada-okafor.yaml:1:1: error: the file is 262,145 bytes; profiles may be at most 262,144 bytes"


def test_a_file_of_exactly_256_kb_is_accepted(tmp_path: Path) -> None:
    assert valid(tmp_path, _padded_to(256 * 1024)).name == "Ada Okafor"


def test_an_empty_yaml_file_says_there_are_no_fields(tmp_path: Path) -> None:
    problem = only(check(tmp_path, ""))
    assert problem == "ada-okafor.yaml:1:1: error: there are no fields; start from the template in docs/mentors.md"


def test_a_yaml_file_of_only_comments_says_there_are_no_fields(tmp_path: Path) -> None:
    problem = only(check(tmp_path, "# name: Ada\n# title: Librarian\n"))
    assert problem == "ada-okafor.yaml:1:1: error: there are no fields; start from the template in docs/mentors.md"


def test_an_empty_markdown_file_says_it_must_start_with_dashes(tmp_path: Path) -> None:
    problem = only(check(tmp_path, "", "ada-okafor.md"))
    assert problem.startswith("ada-okafor.md:1:1: error: a Markdown profile starts with a line of three dashes")


def test_a_markdown_file_with_empty_front_matter_says_there_are_no_fields(tmp_path: Path) -> None:
    problem = only(check(tmp_path, "---\n---\nBio.\n", "ada-okafor.md"))
    assert problem == "ada-okafor.md:2:1: error: there are no fields; start from the template in docs/mentors.md"


def test_a_yaml_file_that_is_a_list_not_fields_is_an_error(tmp_path: Path) -> None:
    problem = only(check(tmp_path, "- name: Ada\n- title: Librarian\n"))
    assert problem == "ada-okafor.yaml:1:1: error: the fields must be `name: value` lines, one field per line"


# --- file names ------------------------------------------------------------------------

def test_a_file_with_a_txt_extension_is_an_error_not_silently_skipped(tmp_path: Path) -> None:
    result = load_folder(tmp_path, {"ada-okafor.txt": REQUIRED})
    assert [p.as_text() for p in result.problems] == [
        "ada-okafor.txt:1:1: error: not a profile file: profiles end in .md, .yaml or .yml"
    ]
    assert result.profiles == []


@pytest.mark.parametrize("name, renamed", [("ada-okafor.YAML", "ada-okafor.yaml"), ("ada-okafor.Md", "ada-okafor.md")])
def test_an_uppercase_profile_extension_is_an_error_that_says_how_to_rename(tmp_path: Path, name: str, renamed: str) -> None:
    result = load_folder(tmp_path, {name: markdown(REQUIRED) if renamed.endswith(".md") else REQUIRED})
    assert [p.as_text() for p in result.problems] == [
        f"{name}:1:1: error: not a profile file: profiles end in .md, .yaml or .yml; rename it to {renamed}"
    ]
    assert result.profiles == []


def test_an_editor_backup_file_is_an_error_so_it_is_noticed(tmp_path: Path) -> None:
    problem = only(errors(tmp_path, {"ada-okafor.md~": markdown(REQUIRED)}))
    assert problem.startswith("ada-okafor.md~:1:1: error: not a profile file")


@pytest.mark.parametrize("stem, suggested", [
    ("Ada-Okafor", "ada-okafor"),
    ("ada okafor", "ada-okafor"),
    ("ada_okafor", "ada-okafor"),
    ("siobhán-ní-bhriain", "siobhan-ni-bhriain"),
    ("ada--okafor", "ada-okafor"),
    ("-ada-okafor", "ada-okafor"),
])
def test_a_file_name_that_is_not_a_valid_slug_is_an_error_that_suggests_one(tmp_path: Path, stem: str, suggested: str) -> None:
    result = load_folder(tmp_path, {f"{stem}.yaml": REQUIRED})
    assert [p.as_text() for p in result.problems] == [
        f"{stem}.yaml:1:1: error: the file name `{stem}` is the page address, so it may use only lowercase "
        f"letters, digits and hyphens; rename the file to `{suggested}`"
    ]
    assert result.profiles == []


def test_an_invalid_slug_is_reported_together_with_the_problems_inside_the_file(tmp_path: Path) -> None:
    assert [p.split(": error: ")[0] for p in errors(tmp_path, {"Ada.yaml": TYPO})] == ["Ada.yaml:1:1", "Ada.yaml:4:15"]


def test_a_slug_with_digits_is_valid(tmp_path: Path) -> None:
    assert valid(tmp_path, REQUIRED, "ada-okafor-2.yaml").slug == "ada-okafor-2"


@pytest.mark.parametrize("first, second", [("ada-okafor.md", "ada-okafor.yaml"), ("ada-okafor.yaml", "ada-okafor.yml")])
def test_two_files_with_the_same_slug_are_an_error_naming_the_other_file(tmp_path: Path, first: str, second: str) -> None:
    files = {name: markdown(REQUIRED) if name.endswith(".md") else REQUIRED for name in (first, second)}
    assert errors(tmp_path, files) == [
        f"{second}:1:1: error: another profile, {first}, already uses the slug `ada-okafor`; "
        "rename or remove one of the files"
    ]


# --- what the folder holds -------------------------------------------------------------

def test_hidden_files_in_the_profiles_folder_are_ignored(tmp_path: Path) -> None:
    result = load_folder(tmp_path, {
        "ada-okafor.yaml": REQUIRED,
        ".DS_Store": b"\x00\x00\x00\x01Bud1",
        ".ada-okafor.yaml.swp": b"\x00binary swap",
        ".gitkeep": "",
    })
    assert result.problems == []
    assert [p.slug for p in result.profiles] == ["ada-okafor"]


def test_subfolders_such_as_photos_are_ignored(tmp_path: Path) -> None:
    result = load_folder(tmp_path, {
        "ada-okafor.yaml": REQUIRED,
        "photos/ada-okafor.jpg": b"\xff\xd8\xff\xe0 not really a jpeg",
        "photos/README.txt": "Photos go here.",
        "drafts/Broken Draft.md": "not a profile",
    })
    assert result.problems == []
    assert [p.slug for p in result.profiles] == ["ada-okafor"]


def test_problems_in_several_files_are_all_reported_in_one_run_sorted_by_file(tmp_path: Path) -> None:
    result = load_folder(tmp_path, {
        "zoe-adams.yaml": TYPO,
        "ada-okafor.md": "no dashes",
        "notes.txt": "hello",
        "ben-cho.yaml": replacing("Ada Okafor", "Ben Cho"),
    })
    assert [p.as_text().split(": error: ")[0] for p in result.problems] == [
        "ada-okafor.md:1:1", "notes.txt:1:1", "zoe-adams.yaml:4:15",
    ]
    assert [p.slug for p in result.profiles] == ["ben-cho"]


def test_valid_profiles_are_sorted_by_name(tmp_path: Path) -> None:
    result = load_folder(tmp_path, {
        "zoe.yaml": replacing("Ada Okafor", "zoë Adams"),
        "ben.yaml": replacing("Ada Okafor", "Ben Cho"),
        "amy.yaml": replacing("Ada Okafor", "Amy Zhou"),
    })
    assert [p.name for p in result.profiles] == ["Amy Zhou", "Ben Cho", "zoë Adams"]
