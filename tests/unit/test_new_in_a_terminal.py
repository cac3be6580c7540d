"""`mentor-directory new` in a real terminal: wrong answers are caught at their question, Ctrl-C
keeps every answer, --resume carries on, and the end says what to do next in plain words."""
from __future__ import annotations

import shutil
import signal
import sys
from datetime import date
from pathlib import Path

import pexpect
import pytest

from builders import VOCABULARY, VOCABULARY_FILE
from mentor_directory.profiles.loading import load_profile
from mentor_directory.tools.new_command import next_step
from mentor_directory.tools.repository import Program

COMMAND = str(Path(sys.executable).with_name("mentor-directory"))


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "content" / "mentors").mkdir(parents=True)
    shutil.copy(VOCABULARY_FILE, tmp_path / "content" / "vocabulary.yaml")
    return tmp_path


def terminal(project: Path, *args: str) -> pexpect.spawn:
    return pexpect.spawn(COMMAND, ["new", "--repository", "https://github.com/lib/mentors", *args], cwd=str(project),
                         encoding="utf-8", timeout=HANG, dimensions=(50, 200), preexec_fn=like_a_terminal)


# Every wait is on the program's own output; this only bounds how long a hung program is waited
# for, generously, since a loaded CI machine can take many seconds to start Python.
HANG = 60


def like_a_terminal() -> None:
    """Ctrl-C as a person's terminal delivers it: a test run started in the background (as CI may
    start it) inherits SIGINT ignored, and Python then never turns Ctrl-C into KeyboardInterrupt."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def answer(child: pexpect.spawn, prompt: str, text: str) -> None:
    child.expect_exact(prompt)
    child.sendline(text)


def finished(child: pexpect.spawn) -> int:
    child.expect(pexpect.EOF)
    child.close()
    return child.exitstatus


def test_a_mentor_corrects_wrong_answers_stops_with_ctrl_c_and_resumes_without_losing_anything(project: Path) -> None:
    child = terminal(project)
    answer(child, "Your name, as you want to be addressed: ", "Pat Lee")
    answer(child, "Current role: ", "Branch Librarian")
    answer(child, "Employer or institution: ", "Riverside Public Library")
    child.expect_exact("1. Academic - ")
    answer(child, "Kind of library (a number or a name): ", "Publik")
    child.expect_exact("`Publik` is not a term for `library_type`; did you mean `public`?")
    answer(child, "Kind of library (a number or a name): ", "Public")
    answer(child, "Needs you can help with (1 to 8) (numbers or names, separated by commas): ", "Leadership, 1")
    answer(child, "How you can meet (numbers or names, separated by commas): ", "video")
    answer(child, "Email address mentees may write to (Enter to skip): ", "someone@riverside")
    child.expect_exact("`someone@riverside` is not an email address, like ada@example.org")
    answer(child, "Email address mentees may write to (Enter to skip): ", "pat@riverside.example.org")
    answer(child, "(Enter to skip): ", "")  # the web address
    answer(child, "Are you taking new mentees? (yes or no): ", "maybe")
    child.expect_exact("must be true or false")
    answer(child, "Are you taking new mentees? (yes or no): ", "yes")
    for _ in ("pronouns", "library work", "city", "region", "country"):
        answer(child, "(Enter to skip): ", "")
    answer(child, "Time zone, e.g. America/Chicago or Europe/Dublin (Enter to skip): ", "Pacific")
    child.expect_exact("did you mean `America/Los_Angeles` or `America/Vancouver` or `America/Tijuana`?")
    child.expect_exact("Time zone, e.g. America/Chicago or Europe/Dublin (Enter to skip): ")
    child.sendintr()
    child.expect_exact("Your answers so far are saved in .mentor-directory-draft.yaml; run `mentor-directory new --resume`")
    assert finished(child) == 130
    assert "Riverside Public Library" in (project / ".mentor-directory-draft.yaml").read_text(encoding="utf-8")
    assert list((project / "content" / "mentors").iterdir()) == []

    again = terminal(project)
    again.expect_exact("Run `mentor-directory new --resume` to carry on, or delete that file to start again")
    assert finished(again) == 2

    child = terminal(project, "--resume")
    child.expect_exact("Carrying on from .mentor-directory-draft.yaml")
    answer(child, "Time zone, e.g. America/Chicago or Europe/Dublin (Enter to skip): ", "America/Los_Angeles")
    answer(child, "Your career stage (a number or a name) (Enter to skip): ", "")
    answer(child, "Languages you can mentor in, separated by commas (Enter to skip): ", "English, Spanish")
    answer(child, "How many mentees at once? (Enter to skip): ", "0")
    answer(child, "The GitHub account that may edit this profile (Enter to skip): ", "@pat-lee")
    child.expect_exact("write `pat-lee` without the @")
    answer(child, "The GitHub account that may edit this profile (Enter to skip): ", "pat-lee")
    answer(child, "Kinds of mentoring you offer (numbers or names, separated by commas) (Enter to skip): ", "")
    answer(child, "About you, in a few sentences (Markdown welcome; Enter to skip): ", "I run *story time*.")
    child.expect_exact("Here is your profile:")
    child.expect(r"(\d+)\. How many mentees at once\?: 0")
    capacity_number = child.match.group(1)
    answer(child, "the number of an answer to change it: ", capacity_number)
    answer(child, "How many mentees at once? (Enter to skip): ", "2")
    child.expect_exact("How many mentees at once?: 2")
    answer(child, "the number of an answer to change it: ", "yes")
    child.expect_exact("Saved content/mentors/pat-lee.yaml. Once it is published, your page will be /mentors/pat-lee/.")
    child.expect_exact("Without Git: open https://github.com/lib/mentors/upload/main/content/mentors")
    assert finished(child) == 0

    profile, problems = load_profile(project / "content" / "mentors" / "pat-lee.yaml", VOCABULARY, shown="x", today=date.today())
    assert problems == []
    assert (profile.library_type, profile.mentoring_areas) == ("public", ("leadership", VOCABULARY.terms("mentoring_areas")[0].id))
    assert (profile.contact.email, profile.timezone, profile.capacity, profile.github) == (
        "pat@riverside.example.org", "America/Los_Angeles", 2, "pat-lee")
    assert profile.bio == "I run *story time*." and profile.last_reviewed == date.today()
    assert not (project / ".mentor-directory-draft.yaml").exists()


def test_without_a_repository_the_next_step_is_to_send_the_file_to_the_organisers() -> None:
    words = next_step(Path("content/mentors/pat-lee.yaml"), {}, Program(None, "main", "mentoring@example.org"))
    assert "send the file content/mentors/pat-lee.yaml to the program's organisers at mentoring@example.org" in words
