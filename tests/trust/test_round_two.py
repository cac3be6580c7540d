"""Issue 15, "Trust, round two": each attack class found on main, shown closed at its root."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from builders import REQUIRED, TODAY, VOCABULARY, load_folder, plus, replacing, write
from git_repo import git, pull_request_branch
from mentor_directory.outputs.feed import mentors_feed
from mentor_directory.profiles.fields import FIELDS_BY_NAME
from mentor_directory.profiles.loading import SLUG, suggest_slug
from mentor_directory.profiles.markup import plain_text, render_bio
from mentor_directory.profiles.names import skeleton, slug_from_text
from mentor_directory.profiles.printing import for_log, for_markdown
from mentor_directory.profiles.vocabulary import TERM_ID
from mentor_directory.site.settings import logo_problem
from mentor_directory.tools.cli import main
from mentor_directory.tools.from_issue import profile_from_event
from mentor_directory.tools.issue_form import QUESTIONS, form
from mentor_directory.tools.ownership import ProfileChange, Profiles, ownership_problems
from mentor_directory.tools.pr_summary import summary
from site_builder import build

ADA = b"name: Ada Okafor\ntitle: Research Librarian\norganization: Lakeview College\nphoto: photos/ada.png\ngithub: ada-okafor\n"
EVE = b"name: Eve\ngithub: eve-m\n"


def messages(changes: list[ProfileChange], author: str = "eve-m", profiles: Profiles | None = None,
             approvers: frozenset[str] = frozenset()) -> list[str]:
    return [p.message for p in ownership_problems(changes, author, frozenset({"chair"}), approvers, profiles=profiles)]


# 2. Ownership over every changed path ---------------------------------------------------------

def test_replacing_another_mentors_photo_needs_them_or_a_maintainer() -> None:
    profiles = Profiles({"content/mentors/ada.yaml": ADA}, {"content/mentors/ada.yaml": ADA})
    change = ProfileChange("content/mentors/photos/ada.png", b"", b"")
    assert messages([change], profiles=profiles) == [
        "this photo belongs to another mentor's profile (@ada-okafor); they or a maintainer must approve it"]
    assert messages([change], author="ada-okafor", profiles=profiles) == []
    assert messages([change], profiles=profiles, approvers=frozenset({"Chair"})) == []


def test_a_file_beside_the_profiles_that_no_profile_names_needs_a_maintainer() -> None:
    stray = ProfileChange("content/mentors/photos/extra.svg", None, b"")
    assert "no profile names this file" in messages([stray], profiles=Profiles({}, {}))[0]


@pytest.mark.parametrize("path", ["content/images/logo.svg", "content/pages/about.md", "content/vocabulary.yaml",
                                  "pelicanconf.py", "theme/templates/base.html", ".github/workflows/validate.yml",
                                  "content/mentors/notes.txt", "content/evil.svg"])
def test_any_change_outside_the_profiles_and_their_photos_needs_a_maintainer(path: str) -> None:
    assert "a program maintainer must approve" in messages([ProfileChange(path, None, b"")], profiles=Profiles())[0]


@pytest.fixture
def repo(tmp_path: Path, monkeypatch) -> tuple[Path, str]:
    base = pull_request_branch(tmp_path, {
        "content/mentors/ada.yaml": ADA,
        "content/mentors/photos/ada.png": b"\x89PNG\r\n\x1a\nold",
        "content/vocabulary.yaml": (Path(__file__).parents[2] / "content" / "vocabulary.yaml").read_bytes(),
    })
    monkeypatch.chdir(tmp_path)
    return tmp_path, base


def test_a_pull_request_that_swaps_a_photo_and_adds_an_svg_fails_the_check_and_the_summary_says_so(repo, capsys) -> None:
    root, base = repo
    write(root, "content/mentors/photos/ada.png", b"\x89PNG\r\n\x1a\nnew")
    write(root, "content/images/x.svg", b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "change")
    assert main(["check-ownership", "--author", "eve-m", "--base", base]) == 1
    out = capsys.readouterr().out
    assert "content/images/x.svg:1:1: error:" in out and "content/mentors/photos/ada.png:1:1: error:" in out
    assert main(["summarize", "--base", base]) == 0
    text = capsys.readouterr().out
    assert "### Other files in this pull request" in text
    assert "- **Adds** `content/images/x.svg`" in text and "- **Changes** `content/mentors/photos/ada.png`" in text


def test_no_svg_or_other_file_under_content_is_published_as_it_is(fresh_content: Path, tmp_path: Path) -> None:
    write(fresh_content, "images/evil.svg", b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>")
    write(fresh_content, "images/notes.html", b"<script>alert(1)</script>")
    out = build(fresh_content, tmp_path / "out")
    assert [p.name for p in out.rglob("*") if p.name in {"evil.svg", "notes.html"}] == []


def test_an_svg_logo_that_could_run_code_is_refused(tmp_path: Path) -> None:
    clean = write(tmp_path, "logo.svg", b"<svg xmlns='http://www.w3.org/2000/svg'><circle r='4'/></svg>")
    assert logo_problem(str(clean)) is None
    for svg in [b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>",
                b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>",
                b"<svg xmlns='http://www.w3.org/2000/svg'><foreignObject><p/></foreignObject></svg>",
                b"<svg xmlns='http://www.w3.org/2000/svg' xmlns:x='http://www.w3.org/1999/xlink'><a x:href='javascript:alert(1)'/></svg>",
                b"<!DOCTYPE svg [<!ENTITY a 'b'>]><svg xmlns='http://www.w3.org/2000/svg'/>"]:
        assert logo_problem(str(write(tmp_path, "bad.svg", svg))) is not None


# 3. Character references ----------------------------------------------------------------------

@pytest.mark.parametrize("reference, code", [
    ("&#x202E;", "U+202E"), ("&#x200B;", "U+200B"), ("&#x2066;", "U+2066"), ("&#xFEFF;", "U+FEFF"), ("&#7;", "U+0007"),
    ("&#8238;", "U+202E"), ("&#8203;", "U+200B"), ("&#X202e;", "U+202E"), ("&#x202E", "U+202E"),
    ("&ZeroWidthSpace;", "U+200B"), ("&rlm;", "U+200F"), ("&shy;", "U+00AD"), ("&NoBreak;", "U+2060"),
])
def test_character_references_to_invisible_characters_are_refused_in_a_bio(tmp_path: Path, reference: str, code: str) -> None:
    result = load_folder(tmp_path, {"ada.md": f"---\n{REQUIRED}---\nHello {reference}world\n"})
    assert [p.message for p in result.problems] == [
        f"`bio` contains an invisible control character ({code}) written as a character reference (like `&#x200B;`); remove it"]


def test_references_to_visible_characters_and_joiners_stay_allowed(tmp_path: Path) -> None:
    result = load_folder(tmp_path, {"ada.md": f"---\n{REQUIRED}---\nR&amp;D &eacute; &#233; &zwj; &#x200D; &copy; AT&T\n"})
    assert result.problems == []


# 4. Mail headers and bio addresses ------------------------------------------------------------

@pytest.mark.parametrize("email", ["mentor%40uni.example?cc=boss@evil.example", "ada@example.org?subject=hi",
                                   "ada?body=x@example.org", "ada#x@example.org"])
def test_an_address_carrying_mail_headers_is_refused_with_a_fix(tmp_path: Path, email: str) -> None:
    result = load_folder(tmp_path, {"ada.yaml": replacing("email: ada@example.org", f"email: {json.dumps(email)}")})
    assert len(result.problems) == 1 and "is not an email address" in result.problems[0].message
    assert result.problems[0].line == 8


def test_bio_addresses_are_in_words_not_links_and_never_in_the_search_index() -> None:
    bio = "Write <ada@example.org>, [me](mailto:ada.o@example.org?cc=x@evil.example) or ada2@uni.example.edu."
    html = render_bio(bio, "reveal")
    assert "mailto:" not in html and "@" not in html and "evil" not in html
    assert '<span class="bio-email">ada at example dot org</span>' in html
    assert '<span class="bio-email">me (ada.o at example dot org)</span>' in html
    assert "example" not in plain_text(html) and "@" not in plain_text(render_bio(bio, "link"))


# 5. Whole-value patterns ----------------------------------------------------------------------

def test_a_file_name_ending_in_a_newline_is_not_a_page_address(tmp_path: Path) -> None:
    result = load_folder(tmp_path, {"ada-okafor.yaml": REQUIRED, "ada-okafor\n.yaml": REQUIRED})
    assert [p.slug for p in result.profiles] == ["ada-okafor"]
    assert any("may use only lowercase letters" in p.message for p in result.problems)


def test_every_pattern_that_validates_a_whole_value_is_used_with_fullmatch() -> None:
    from mentor_directory.profiles import validation

    plugin = Path(__file__).parents[2] / "plugins" / "mentor_directory"
    calls = {f"{path.relative_to(plugin)}: {m[0]}" for path in plugin.rglob("*.py")
             for m in re.finditer(r"\b(SLUG|TERM_ID|_[A-Z_]+)\.(match|search)\(", path.read_text(encoding="utf-8"))}
    finders = ("_LIST_OR_QUOTE", "_NUMERIC", "_NAMED", "_URL_FORBIDDEN", "_HIDDEN_LINE_BREAK")  # find within text
    assert {c for c in calls if not any(name in c for name in finders)} == set()
    for pattern, value in [(validation._GITHUB, "ada"), (validation._DATE, "2026-01-01"), (validation._EMAIL, "a@b.org"),
                           (validation._LANGUAGE_TAG, "es"), (SLUG, "ada"), (TERM_ID, "tenure")]:
        assert pattern.fullmatch(value) and not pattern.fullmatch(value + "\n")


def test_the_slug_and_term_patterns_match_whole_values_only() -> None:
    assert not SLUG.fullmatch("ada\n") and not TERM_ID.fullmatch("tenure\n")


# 7. Impersonation -----------------------------------------------------------------------------

def test_non_latin_names_get_a_real_page_address() -> None:
    assert slug_from_text("Ада Окафор") == "ada-okafor"
    assert slug_from_text("李小龙") == "li-xiao-long"
    assert slug_from_text("Αλεξάνδρα") == "alexandra"
    assert suggest_slug("🙂") == "your-name" and slug_from_text("🙂") == ""


@pytest.mark.parametrize("lookalike", ["Ada Okafor", "ADA  OKAFOR", "\u0410da Okafor", "Ada Ok\u0430for", "Ada 0kafor"])
def test_a_new_profile_with_another_mentors_name_or_a_lookalike_needs_a_maintainer(lookalike: str) -> None:
    assert skeleton(lookalike) == skeleton("Ada Okafor")
    new = f"name: {lookalike}\ntitle: Research Librarian\ngithub: eve-m\n".encode()
    profiles = Profiles({"content/mentors/ada-okafor.yaml": ADA}, {"content/mentors/ada-okafor.yaml": ADA,
                                                                  "content/mentors/ada-2.yaml": new})
    found = messages([ProfileChange("content/mentors/ada-2.yaml", None, new)], profiles=profiles)
    assert len(found) == 1 and "a program maintainer must approve it, so nobody can pose as another mentor" in found[0]
    assert messages([ProfileChange("content/mentors/ada-2.yaml", None, new)], profiles=profiles,
                    approvers=frozenset({"chair"})) == []


def test_a_different_name_passes_and_a_mixed_alphabet_word_is_flagged() -> None:
    other = b"name: Ana Okafor\ngithub: eve-m\n"
    profiles = Profiles({"content/mentors/ada-okafor.yaml": ADA}, {"content/mentors/ana.yaml": other})
    assert messages([ProfileChange("content/mentors/ana.yaml", None, other)], profiles=profiles) == []
    mixed = "name: Ev\u0435 Stone\ngithub: eve-m\n".encode()
    assert "mixes letters from different alphabets" in messages(
        [ProfileChange("content/mentors/eve.yaml", None, mixed)], profiles=Profiles())[0]


def issue_event(tmp_path: Path, body: str, login: str = "eve-m") -> Path:
    path = tmp_path / "event.json"
    path.write_text(json.dumps({"issue": {"number": 7, "body": body, "user": {"login": login}}}), encoding="utf-8")
    return path


def form_body(**answers: str) -> str:
    labels = {form_id: label for form_id, label, _, _ in QUESTIONS}
    defaults = {"name": "Eve Stone", "title": "Librarian", "organization": "Lakeview", "library_type": "Public",
                "mentoring_areas": "- [X] Leadership", "meeting_modes": "- [X] Video call",
                "accepting_mentees": "Yes, I am accepting new mentees", "email": "eve@example.org"}
    defaults.update(answers)
    return "\n".join(f"### {label}\n\n{defaults.get(form_id, '_No response_')}\n" for form_id, label in labels.items())


def test_the_issue_form_refuses_a_lookalike_of_another_mentors_name(tmp_path: Path) -> None:
    folder = tmp_path / "mentors"
    write(folder, "ada-okafor.yaml", ADA)
    outcome = profile_from_event(issue_event(tmp_path, form_body(name="Аda Okafor")), folder, VOCABULARY, TODAY)
    assert outcome.path is None and "looks the same is already in the directory (/mentors/ada-okafor/)" in outcome.problems[0]


def test_the_issue_form_gives_a_cyrillic_name_its_own_address(tmp_path: Path) -> None:
    outcome = profile_from_event(issue_event(tmp_path, form_body(name="Ева Стоун")), tmp_path / "mentors", VOCABULARY, TODAY)
    assert outcome.problems == [] and outcome.path is not None and outcome.path.name == "eva-stoun.yaml"


# 9. Profile text where it is interpreted ------------------------------------------------------

HOSTILE_NAME = "Eve ::error::pwned ::add-mask::x ##[warning]y # Heading [link](https://evil.example) @octocat #1 <b>x</b>"


def test_a_name_in_a_log_can_never_start_a_workflow_command_wherever_the_line_wraps() -> None:
    text = for_log(HOSTILE_NAME + "\n::error::second line")
    assert "\n" not in text
    for cut in range(len(text)):
        assert not text[cut:].lstrip().startswith(("::", "##[")) or text[cut - 1:cut] not in (" ", "")
    assert "::" not in text and "##[" not in text


def test_names_in_github_markdown_are_code_not_markup() -> None:
    assert for_markdown("Ada Okafor") == "Ada Okafor" and for_markdown("José O'Brien-Ñ") == "José O'Brien-Ñ"
    assert for_markdown(HOSTILE_NAME) == f"`{HOSTILE_NAME}`"
    assert for_markdown("a `b` c") == "``a `b` c``"


def test_the_pull_request_summary_and_the_review_issue_print_names_as_code(tmp_path: Path, capsys) -> None:
    data = f"name: {json.dumps(HOSTILE_NAME)}\nlibrary_type: public\n".encode()
    text = summary([ProfileChange("content/mentors/eve.yaml", None, data)], VOCABULARY)
    assert f"- **Adds** `{HOSTILE_NAME}` (`content/mentors/eve.yaml`)" in text
    folder = tmp_path / "mentors"
    write(folder, "eve.yaml", replacing("name: Ada Okafor", f"name: {json.dumps(HOSTILE_NAME)}",
                                        replacing("last_reviewed: 2026-01-31", "last_reviewed: 2024-01-31")))
    main(["review", str(folder), "--vocabulary", str(Path(__file__).parents[2] / "content" / "vocabulary.yaml"),
          "--today", "2026-11-23", "--format", "markdown"])
    line = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("- [ ]"))
    assert f"`{HOSTILE_NAME}`" in line


def test_feed_summaries_are_escaped_so_readers_show_text(tmp_path: Path) -> None:
    import html
    import xml.etree.ElementTree as ElementTree

    result = load_folder(tmp_path, {"eve.yaml": replacing("title: Research Librarian", 'title: "<img src=x onerror=alert(1)>"')})
    feed = ElementTree.fromstring(mentors_feed(result.profiles, VOCABULARY, "Site", "", "/feed", {"eve": "/mentors/eve/"}))
    summary_text = next(e.text for e in feed.iter("{http://www.w3.org/2005/Atom}summary"))
    assert "<img" not in summary_text and html.unescape(summary_text).startswith("<img src=x onerror=alert(1)>")


# 10. from-issue never crashes -----------------------------------------------------------------

@pytest.mark.parametrize("capacity", ["²", "٣", "9" * 5000, "-1", "1e9", "2 or 3"])
def test_an_odd_capacity_on_the_form_gets_a_comment_not_a_crash(tmp_path: Path, capacity: str) -> None:
    outcome = profile_from_event(issue_event(tmp_path, form_body(capacity=capacity)), tmp_path / "mentors", VOCABULARY, TODAY)
    assert outcome.path is None and any("capacity" in p for p in outcome.problems)


def test_a_broken_event_file_still_gets_a_comment(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "event.json"
    bad.write_text('{"issue": {"body": 5, "user": {"login": "eve"}}}', encoding="utf-8")
    assert main(["from-issue", str(bad), "--folder", str(tmp_path / "m"), "--report", str(tmp_path / "c.md"),
                 "--vocabulary", str(Path(__file__).parents[2] / "content" / "vocabulary.yaml")]) == 1
    assert "could not be read" in (tmp_path / "c.md").read_text(encoding="utf-8")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(answers=st.dictionaries(st.sampled_from([q[0] for q in QUESTIONS]),
                               st.one_of(st.text(max_size=60), st.from_regex(r"[0-9²³¹٠-٩]{0,40}", fullmatch=True),
                                         st.just("9" * 5000)), max_size=8))
def test_any_form_answers_give_a_profile_or_a_comment(tmp_path: Path, answers: dict[str, str]) -> None:
    outcome = profile_from_event(issue_event(tmp_path, form_body(**answers)), tmp_path / "mentors", VOCABULARY, TODAY)
    assert (outcome.path is None) == bool(outcome.problems)


# 11. Symbolic links ---------------------------------------------------------------------------

def _png() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (2, 2)).save(out, "PNG")
    return out.getvalue()


def test_a_symlinked_photo_is_refused_with_its_line(tmp_path: Path) -> None:
    outside = write(tmp_path / "outside", "secret.png", _png())
    folder = tmp_path / "mentors"
    (folder / "photos").mkdir(parents=True)
    (folder / "photos" / "ada.png").symlink_to(outside)
    (folder / "linked").symlink_to(outside.parent, target_is_directory=True)
    result = load_folder(folder, {"ada.yaml": plus("photo: photos/ada.png", "photo_alt: Ada"),
                                  "ben.yaml": plus("photo: linked/secret.png", "photo_alt: Ben")})
    assert [(p.path, p.line, p.message) for p in result.problems] == [
        ("ada.yaml", 11, "`photos/ada.png` is a symbolic link, not a file; copy the photo itself into the repository"),
        ("ben.yaml", 11, "`linked/secret.png` is a symbolic link, not a file; copy the photo itself into the repository"),
    ]


def test_a_symlinked_profile_is_refused(tmp_path: Path) -> None:
    outside = write(tmp_path / "outside", "x.yaml", REQUIRED)
    folder = tmp_path / "mentors"
    folder.mkdir()
    (folder / "ada.yaml").symlink_to(outside)
    result = load_folder(folder)
    assert result.profiles == [] and [p.message for p in result.problems] == [
        "this is a symbolic link, not a file; the directory publishes only real files kept in the repository: "
        "copy the file here instead of linking to it"]


# 12. Identities: what the mentor is told ------------------------------------------------------

def test_mentors_are_told_where_they_write_identities_what_is_public() -> None:
    meaning = FIELDS_BY_NAME["identities"].meaning
    assert "public on your page" in meaning and "filter and search" in meaning and "never in the bulk downloads" in meaning
    question = next(q for q in form(VOCABULARY)["body"] if q.get("id") == "identities")
    assert "public on your page" in question["attributes"]["description"]
    assert "bulk downloads" in question["attributes"]["description"]
    assert FIELDS_BY_NAME["identities"].max_items == 10 and FIELDS_BY_NAME["languages"].max_items == 10


def test_the_new_command_says_it_where_it_offers_identities(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["new", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "--identities VALUE only if you want to share them, in your own words; what you write is public on your page" in help_text


def test_shared_identities_are_public_filterable_and_searchable_but_never_in_the_bulk_exports(demo_site: Path) -> None:
    """The program's ruling (docs/security.md, P4): what a mentor shares is on their page, in the
    filters and the search records, and never in mentors.csv or mentors.json."""
    records = json.loads((demo_site / "search" / "records.json").read_text(encoding="utf-8"))
    shared = {m["slug"]: m["facets"]["identity"] for m in records["mentors"] if "identity" in m["facets"]}
    assert "amara-okafor" in shared, "the search records carry the identities a mentor shared, for the filter"
    assert (demo_site / "identities").is_dir() or any("identity" in f["key"] for f in records["facets"])
    exports = (demo_site / "mentors.csv").read_text(encoding="utf-8") + (demo_site / "mentors.json").read_text(encoding="utf-8")
    assert "identit" not in exports.lower()
