"""Problems: one located message type shared by the CLI, the build and GitHub annotations."""
from __future__ import annotations

from pathlib import Path

import pytest

from builders import load_folder, plus, replacing
from mentor_directory.profiles.problems import Problem, ProfileErrors


def test_a_problem_prints_as_path_line_column_error_message() -> None:
    assert Problem("content/mentors/ada.md", 5, 15, "`acadmic` is not a term").as_text() == (
        "content/mentors/ada.md:5:15: error: `acadmic` is not a term"
    )


# A GitHub annotation is one line of workflow-command syntax: a line break in the text would
# start a command of the profile's choosing, and `,` or `:` in a file name would end the property.
ANNOTATIONS = {
    "plain": (Problem("content/mentors/ada.md", 5, 15, "bad"),
              "::error file=content/mentors/ada.md,line=5,col=15,title=Profile problem::bad"),
    "percent and line breaks": (Problem("a.md", 1, 1, "100% sure\r\nnext"),
                                "::error file=a.md,line=1,col=1,title=Profile problem::100%25 sure%0D%0Anext"),
    "a forged command": (Problem("ada.yaml", 11, 1, "`x\n::warning::pwned` is not a field"),
                         "::error file=ada.yaml,line=11,col=1,title=Profile problem::`x%0A::warning::pwned` is not a field"),
    "commas, colons and percent in the file name": (Problem("a,b:c%.md", 1, 1, "x"),
                                                    "::error file=a%2Cb%3Ac%25.md,line=1,col=1,title=Profile problem::x"),
}


@pytest.mark.parametrize("case", ANNOTATIONS)
def test_a_problem_prints_as_one_github_annotation_line_whatever_text_it_carries(case: str) -> None:
    problem, expected = ANNOTATIONS[case]
    assert problem.as_github() == expected


def test_profile_errors_list_every_problem_sorted_by_file_line_and_column() -> None:
    problems = [
        Problem("b.md", 2, 1, "second file"),
        Problem("a.md", 10, 1, "line ten"),
        Problem("a.md", 2, 9, "line two, column nine"),
        Problem("a.md", 2, 3, "line two, column three"),
    ]
    errors = ProfileErrors(problems)
    assert [(p.path, p.line, p.column) for p in errors.problems] == [
        ("a.md", 2, 3), ("a.md", 2, 9), ("a.md", 10, 1), ("b.md", 2, 1),
    ]


def test_profile_errors_sort_lines_as_numbers_not_text() -> None:
    errors = ProfileErrors([Problem("a.md", 10, 1, "x"), Problem("a.md", 9, 1, "x")])
    assert [p.line for p in errors.problems] == [9, 10]


def test_profile_errors_listing_has_one_line_per_problem() -> None:
    errors = ProfileErrors([Problem("b.md", 1, 1, "two"), Problem("a.md", 3, 4, "one")])
    assert errors.listing() == "a.md:3:4: error: one\nb.md:1:1: error: two\n"


def test_profile_errors_say_how_many_problems_and_that_nothing_was_published() -> None:
    assert str(ProfileErrors([Problem("a.md", 1, 1, "x")])).startswith(
        "1 problem in mentor profiles (listed above, one per line); nothing was published."
    )
    assert str(ProfileErrors([Problem("a.md", 1, 1, "x"), Problem("a.md", 2, 1, "y")])).startswith("2 problems in mentor profiles")


def test_profile_errors_point_to_the_validate_command() -> None:
    assert "`mentor-directory validate` checks without building" in str(ProfileErrors([Problem("a.md", 1, 1, "x")]))


def test_profile_errors_built_from_a_load_list_every_problem_of_every_file(tmp_path: Path) -> None:
    result = load_folder(tmp_path, {
        "zoe.yaml": replacing("[video]", "video", plus("capacity: -1")),
        "ada.yaml": replacing("library_type: academic", "library_type: acadmic"),
    })
    assert [p.split(": error: ")[0] for p in ProfileErrors(result.problems).listing().splitlines()] == [
        "ada.yaml:4:15", "zoe.yaml:6:16", "zoe.yaml:11:11",
    ]
