"""A pull request may change only its author's own profiles, unless a maintainer approves."""
from __future__ import annotations

from pathlib import Path

import pytest

from git_repo import git, pull_request_branch
from mentor_directory.tools.cli import main
from mentor_directory.tools.ownership import ProfileChange, owner, ownership_problems
from site_builder import PROJECT

ADA = b"name: Ada\ngithub: ada-okafor\n"
BEN = b"name: Ben\ngithub: Ben-T\n"
NOBODY = b"name: Nobody\n"


def problems(change: ProfileChange, author: str = "ada-okafor", maintainers: frozenset[str] = frozenset()) -> list[str]:
    return [p.message for p in ownership_problems([change], author, maintainers)]


def test_the_owner_is_read_from_yaml_and_markdown_even_when_the_rest_is_broken() -> None:
    assert owner("x.yaml", ADA) == "ada-okafor"
    assert owner("x.md", b"---\ngithub: '@ada'\naccepting_mentees: yes\n---\nbio\n") == "ada"
    assert owner("x.yaml", NOBODY) is None
    assert owner("x.yaml", b"name: [unclosed\n") is None


def test_a_new_profile_must_name_its_author() -> None:
    assert problems(ProfileChange("content/mentors/ada.yaml", None, ADA)) == []
    assert problems(ProfileChange("content/mentors/ada.yaml", None, ADA), author="ADA-OKAFOR") == []
    assert problems(ProfileChange("content/mentors/ben.yaml", None, BEN)) == [
        "a new profile must say who may edit it: add `github: ada-okafor` (your GitHub username)"
    ]
    assert problems(ProfileChange("content/mentors/x.yaml", None, NOBODY))[0].startswith("a new profile must say")


def test_changing_or_deleting_someone_elses_profile_needs_their_or_a_maintainers_approval() -> None:
    assert problems(ProfileChange("content/mentors/ben.yaml", BEN, BEN + b"title: x\n")) == [
        "this pull request changes a profile that belongs to @Ben-T; they or a maintainer must approve it"
    ]
    assert problems(ProfileChange("content/mentors/ben.yaml", BEN, None)) == [
        "this pull request deletes a profile that belongs to @Ben-T; they or a maintainer must approve it"
    ]
    assert "a program maintainer" in problems(ProfileChange("content/mentors/x.yaml", NOBODY, NOBODY + b"x: 1\n"))[0]


def test_owners_may_change_and_delete_their_own_but_not_hand_it_over_alone() -> None:
    assert problems(ProfileChange("content/mentors/ada.yaml", ADA, ADA + b"title: x\n")) == []
    assert problems(ProfileChange("content/mentors/ada.yaml", ADA, None)) == []
    assert problems(ProfileChange("content/mentors/ada.yaml", ADA, BEN)) == [
        "this changes `github:` away from @ada-okafor; a maintainer must approve handing a profile to someone else"
    ]


def test_maintainers_may_change_any_profile() -> None:
    assert problems(ProfileChange("content/mentors/ben.yaml", BEN, None), author="Chair", maintainers=frozenset({"chair"})) == []


@pytest.fixture
def repo(tmp_path: Path, monkeypatch) -> tuple[Path, str]:
    """A repository with Ada's and Ben's profiles on main, then a branch that edits profiles."""
    base = pull_request_branch(tmp_path, {"content/mentors/ada.yaml": ADA, "content/mentors/ben.yaml": BEN})
    monkeypatch.chdir(tmp_path)
    return tmp_path, base


def test_the_command_reads_the_pull_request_from_git(repo, capsys) -> None:
    root, base = repo
    (root / "content" / "mentors" / "ada.yaml").write_bytes(ADA + b"title: New title\n")
    (root / "content" / "mentors" / "ben.yaml").unlink()
    (root / "content" / "mentors" / "cy.yaml").write_bytes(b"name: Cy\ngithub: ada-okafor\n")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "change")
    assert main(["check-ownership", "--author", "ada-okafor", "--base", base]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "content/mentors/ben.yaml:1:1: error: this pull request deletes a profile that belongs to @Ben-T; "
        "they or a maintainer must approve it"
    ]
    assert main(["check-ownership", "--author", "chair", "--base", base, "--maintainers", "chair,vice"]) == 0


def test_the_summary_says_in_plain_words_what_each_profile_change_does(repo, capsys) -> None:
    root, base = repo
    mentors = root / "content" / "mentors"
    (root / "content" / "vocabulary.yaml").write_bytes((PROJECT / "content" / "vocabulary.yaml").read_bytes())
    (mentors / "ada.yaml").write_bytes(ADA + b"title: New title\n")
    (mentors / "ben.yaml").unlink()
    (mentors / "cy.yaml").write_bytes(b"name: Cy Vance\nlibrary_type: public\nmentoring_areas: [tenure, leadership]\n"
                                      b"accepting_mentees: true\ngithub: ada-okafor\n")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "change")
    assert main(["summarize", "--base", base]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "## Mentor profiles in this pull request",
        "",
        "- **Updates** Ada (`content/mentors/ada.yaml`): changes `title`.",
        "- **Removes** Ben (`content/mentors/ben.yaml`): they disappear from every page and from search.",
        "- **Adds** Cy Vance (`content/mentors/cy.yaml`): Public; helps with Tenure and promotion, Leadership; accepting new mentees.",
        "",
        "### Other files in this pull request",
        "",
        "- **Adds** `content/vocabulary.yaml`",
    ]


def test_a_maintainers_approval_lets_someone_else_change_a_profile() -> None:
    change = ProfileChange("content/mentors/ben.yaml", BEN, None)
    assert problems(change) != []
    assert ownership_problems([change], "ada-okafor", frozenset({"chair"}), approvers=frozenset({"Chair"})) == []
    assert ownership_problems([change], "ada-okafor", frozenset({"chair"}), approvers=frozenset({"friend"})) != []
