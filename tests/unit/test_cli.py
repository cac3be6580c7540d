"""`mentor-directory validate`: what a mentor or CI sees, and the exit code that gates a merge."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mentor_directory.tools.cli import main
from unit.builders import VOCABULARY_FILE, markdown, replacing

# Old enough to be in the past whatever day the tests run.
VALID = replacing("2026-01-31", "2024-05-01")
TYPO = replacing("library_type: academic", "library_type: acadmic", VALID)
TEXT_LINE = re.compile(r"^[^\n:]+:\d+:\d+: error: [^\n]+$")


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A site folder with content/vocabulary.yaml and content/mentors/, as the working directory."""
    (tmp_path / "content" / "mentors").mkdir(parents=True)
    shutil.copy(VOCABULARY_FILE, tmp_path / "content" / "vocabulary.yaml")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def put(project: Path, relative: str, text: str | bytes) -> None:
    path = project / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str], str]:
    code = main(["validate", *args])
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


# --- default path and exit codes -------------------------------------------------------

def test_validate_checks_content_mentors_by_default_and_exits_0_when_all_are_valid(project: Path, capsys) -> None:
    put(project, "content/mentors/ada-okafor.yaml", VALID)
    put(project, "content/mentors/ben-cho.md", markdown(replacing("Ada Okafor", "Ben Cho", VALID)))
    code, out, err = run(capsys)
    assert (code, out) == (0, [])
    assert err.strip() == "All 2 profile(s) are valid."


def test_validate_exits_1_and_prints_each_problem_as_path_line_column(project: Path, capsys) -> None:
    put(project, "content/mentors/ada-okafor.yaml", TYPO)
    put(project, "content/mentors/ben-cho.md", markdown(replacing("Ada Okafor", "Ben Cho", VALID)))
    code, out, err = run(capsys)
    assert code == 1
    assert len(out) == 1
    assert out[0].startswith("content/mentors/ada-okafor.yaml:4:15: error: `acadmic` is not a term for `library_type`")
    assert err.strip() == "1 problem(s) in 2 file(s)."


def test_validate_lists_every_problem_in_every_file_sorted(project: Path, capsys) -> None:
    put(project, "content/mentors/zoe-adams.yaml", TYPO.replace("[video]", "video"))
    put(project, "content/mentors/ada-okafor.md", "no front matter\n")
    put(project, "content/mentors/notes.txt", "hello\n")
    code, out, _ = run(capsys)
    assert code == 1
    assert [line.split(": error: ")[0] for line in out] == [
        "content/mentors/ada-okafor.md:1:1",
        "content/mentors/notes.txt:1:1",
        "content/mentors/zoe-adams.yaml:4:15",
        "content/mentors/zoe-adams.yaml:6:16",
    ]


def test_an_empty_profiles_folder_is_a_new_program_and_says_there_is_nothing_to_check(project: Path, capsys) -> None:
    put(project, "content/mentors/photos/.keep", "")
    code, out, err = run(capsys)
    assert (code, out) == (0, [])
    assert err.startswith("No profiles to check in content/mentors yet.") and "mentor-directory new" in err


def test_hidden_files_are_not_counted_or_checked(project: Path, capsys) -> None:
    put(project, "content/mentors/ada-okafor.yaml", VALID)
    put(project, "content/mentors/.DS_Store", b"\x00\x01")
    code, out, err = run(capsys)
    assert (code, out, err.strip()) == (0, [], "All 1 profile(s) are valid.")


# --- explicit paths --------------------------------------------------------------------

def test_validate_checks_one_file_given_by_path(project: Path, capsys) -> None:
    put(project, "content/mentors/ada-okafor.yaml", TYPO)
    put(project, "content/mentors/ben-cho.yaml", "broken: [\n")
    code, out, err = run(capsys, "content/mentors/ada-okafor.yaml")
    assert code == 1
    assert [line.split(": error: ")[0] for line in out] == ["content/mentors/ada-okafor.yaml:4:15"]
    assert err.strip() == "1 problem(s) in 1 file(s)."


def test_validate_checks_a_valid_file_given_by_path_and_exits_0(project: Path, capsys) -> None:
    put(project, "content/mentors/ada-okafor.yaml", VALID)
    put(project, "content/mentors/ben-cho.yaml", "broken: [\n")
    code, out, _ = run(capsys, "content/mentors/ada-okafor.yaml")
    assert (code, out) == (0, [])


def test_validate_checks_another_folder_given_by_path(project: Path, capsys) -> None:
    put(project, "content/mentors/ada-okafor.yaml", TYPO)
    put(project, "drafts/ben-cho.yaml", replacing("[video]", "[vidoe]", VALID))
    code, out, _ = run(capsys, "drafts")
    assert code == 1
    assert len(out) == 1 and out[0].startswith("drafts/ben-cho.yaml:6:17: error: `vidoe` is not a term for `meeting_modes`")


def test_validate_checks_several_paths_together(project: Path, capsys) -> None:
    put(project, "content/mentors/ada-okafor.yaml", TYPO)
    put(project, "drafts/ben-cho.yaml", replacing("[video]", "[vidoe]", VALID))
    code, out, err = run(capsys, "drafts", "content/mentors/ada-okafor.yaml")
    assert code == 1
    assert [line.split(": error: ")[0] for line in out] == ["content/mentors/ada-okafor.yaml:4:15", "drafts/ben-cho.yaml:6:17"]
    assert err.strip() == "2 problem(s) in 2 file(s)."


def test_a_path_that_does_not_exist_is_an_error(project: Path, capsys) -> None:
    code, out, _ = run(capsys, "content/mentors/nobody.md")
    assert (code, out) == (1, ["content/mentors/nobody.md:1:1: error: no such file or folder"])


def test_a_txt_file_given_by_path_is_an_error(project: Path, capsys) -> None:
    put(project, "notes.txt", VALID)
    code, out, _ = run(capsys, "notes.txt")
    assert (code, out) == (1, ["notes.txt:1:1: error: not a profile file: profiles end in .md, .yaml or .yml"])


def test_a_broken_vocabulary_is_reported_with_its_line_and_exits_1(project: Path, capsys) -> None:
    put(project, "content/mentors/ada-okafor.yaml", VALID)
    put(project, "content/vocabulary.yaml", "library_type:\n  - id: Academic\n    label: Academic\n")
    code, out, _ = run(capsys)
    assert code == 1
    assert "content/vocabulary.yaml:2:5: error: term id `Academic` must be lowercase letters, digits and hyphens" in out


def test_a_vocabulary_given_with_the_option_is_used(project: Path, capsys) -> None:
    put(project, "content/mentors/ada-okafor.yaml", VALID)
    (project / "content" / "vocabulary.yaml").rename(project / "terms.yaml")
    code, out, _ = run(capsys, "--vocabulary", "terms.yaml")
    assert (code, out) == (0, [])


# --- output format ---------------------------------------------------------------------

def test_every_problem_is_exactly_one_output_line(project: Path, capsys) -> None:
    # `contact: ada@example.org` and a missing `contact:` have example blocks in their messages.
    put(project, "content/mentors/ada-okafor.yaml", replacing("contact:\n  email: ada@example.org", "contact: ada@example.org", VALID))
    put(project, "content/mentors/ben-cho.yaml", replacing("contact:\n  email: ada@example.org\n", "", VALID))
    code, out, err = run(capsys)
    assert code == 1 and err.strip() == "2 problem(s) in 2 file(s)."
    assert len(out) == 2, out
    assert all(TEXT_LINE.match(line) for line in out), out


def test_github_format_prints_annotations_with_file_line_and_column(project: Path, capsys) -> None:
    put(project, "content/mentors/ada-okafor.yaml", TYPO)
    code, out, _ = run(capsys, "--format", "github")
    assert code == 1
    assert len(out) == 1
    assert out[0].startswith(
        "::error file=content/mentors/ada-okafor.yaml,line=4,col=15,title=Profile problem::"
        "`acadmic` is not a term for `library_type`"
    )


def test_github_format_shows_the_indented_form_on_one_annotation_line(project: Path, capsys) -> None:
    put(project, "content/mentors/ada-okafor.yaml", replacing("contact:\n  email: ada@example.org", "contact: ada@example.org", VALID))
    code, out, _ = run(capsys, "--format", "github")
    assert (code, out) == (1, [
        "::error file=content/mentors/ada-okafor.yaml,line=7,col=10,title=Profile problem::"
        "`contact` holds indented fields: write a line `contact:` followed by an indented line like `  email: ada@example.org`"
    ])


def test_github_format_escapes_percent_signs_in_messages(project: Path, capsys) -> None:
    put(project, "content/mentors/ada-okafor.yaml", replacing("email: ada@example.org", "email: 50%off", VALID))
    code, out, _ = run(capsys, "--format", "github")
    assert (code, out) == (1, [
        "::error file=content/mentors/ada-okafor.yaml,line=8,col=10,title=Profile problem::"
        "`50%25off` is not an email address, like ada@example.org"
    ])


def test_github_format_escapes_commas_and_colons_in_file_names(project: Path, capsys) -> None:
    put(project, "content/mentors/a,b:c.txt", "x")
    code, out, _ = run(capsys, "--format", "github")
    assert code == 1
    assert out[0].startswith("::error file=content/mentors/a%2Cb%3Ac.txt,line=1,col=1,title=Profile problem::not a profile file")


def test_github_format_cannot_be_ended_early_by_a_field_name(project: Path, capsys) -> None:
    put(project, "content/mentors/ada-okafor.yaml", VALID + '"x\\n::warning::pwned": 1\n')
    code, out, _ = run(capsys, "--format", "github")
    assert code == 1
    assert len(out) == 1 and out[0].startswith("::error file=content/mentors/ada-okafor.yaml,line=11,col=1,")
    assert "%0A::warning::pwned" in out[0]


def test_a_control_character_in_a_profile_is_an_error_line_not_a_traceback(project: Path, capsys) -> None:
    put(project, "content/mentors/ada-okafor.yaml", VALID + "pronouns: she\x1bher\n")
    code, out, _ = run(capsys)
    assert code == 1
    assert [line.split(": error: ")[0] for line in out] == ["content/mentors/ada-okafor.yaml:11:14"]


def test_the_installed_command_runs_validate(project: Path) -> None:
    put(project, "content/mentors/ada-okafor.yaml", TYPO)
    command = Path(sys.executable).with_name("mentor-directory")
    completed = subprocess.run([str(command), "validate"], capture_output=True, text=True, timeout=60)
    assert completed.returncode == 1
    assert completed.stdout.startswith("content/mentors/ada-okafor.yaml:4:15: error: `acadmic` is not a term")
