"""Profile files as mentors save them: both layouts, odd encodings, and YAML that must be refused."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from mentor_directory.profiles.loading import load_profiles

from .builders import REQUIRED as FIELDS
from .builders import TODAY, VOCABULARY


def load(tmp_path: Path, files: dict[str, str | bytes]):
    for name, content in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    result = load_profiles(tmp_path, VOCABULARY, today=TODAY)
    shown = [f"{Path(p.path).name}:{p.line}:{p.column}: {p.message}" for p in result.problems]
    return result.profiles, shown


def test_a_markdown_profile_has_its_fields_between_dashes_and_its_bio_below(tmp_path: Path) -> None:
    profiles, problems = load(tmp_path, {"ada-okafor.md": f"---\n{FIELDS}---\nI love **tenure** files.\n"})
    assert problems == [] and profiles[0].bio == "I love **tenure** files."


@pytest.mark.parametrize("suffix", [".yaml", ".yml"])
def test_a_yaml_profile_has_its_bio_in_a_bio_field(tmp_path: Path, suffix: str) -> None:
    profiles, problems = load(tmp_path, {f"ada-okafor{suffix}": FIELDS + "bio: |\n  Line one.\n\n  Line two.\n"})
    assert problems == [] and profiles[0].bio == "Line one.\n\nLine two."


def test_line_numbers_in_markdown_count_from_the_top_of_the_file(tmp_path: Path) -> None:
    _, problems = load(tmp_path, {"ada-okafor.md": "---\n" + FIELDS.replace("academic", "acadmic") + "---\nBio\n"})
    assert problems[0].startswith("ada-okafor.md:5:15: `acadmic` is not a term")


@pytest.mark.parametrize("text, expected", [
    ("name: Ada\n", "ada-okafor.md:1:1: a Markdown profile starts with a line of three dashes (---)"),
    ("---\n" + FIELDS + "Bio without a closing line\n", "ada-okafor.md:1:1: the opening --- line has no closing --- line"),
    ("---\n" + FIELDS + "bio: hi\n---\n", "ada-okafor.md:12:1: in a .md profile the bio goes below the closing --- line"),
    ("---\n---\nJust a bio\n", "ada-okafor.md:2:1: there are no fields"),
    ("", "ada-okafor.md:1:1: a Markdown profile starts with a line of three dashes"),
])
def test_markdown_layout_mistakes_are_explained(tmp_path: Path, text: str, expected: str) -> None:
    _, problems = load(tmp_path, {"ada-okafor.md": text})
    assert len(problems) == 1 and problems[0].startswith(expected), problems


def test_a_byte_order_mark_and_windows_line_ends_are_fine_and_lines_still_count(tmp_path: Path) -> None:
    text = "\ufeff---\r\n" + FIELDS.replace("\n", "\r\n").replace("academic", "acadmic") + "---\r\nBio\r\n"
    _, problems = load(tmp_path, {"ada-okafor.md": text.encode("utf-8")})
    assert problems == ["ada-okafor.md:5:15: `acadmic` is not a term for `library_type`; did you mean `academic`? The vocabulary file lists every term"]


def test_text_that_is_not_utf8_names_the_line_of_the_bad_byte(tmp_path: Path) -> None:
    data = FIELDS.replace("Lakeview College", "Lakeview Coll\xe8ge").encode("latin-1")
    _, problems = load(tmp_path, {"ada-okafor.yaml": data})
    assert problems == ["ada-okafor.yaml:3:28: the file is not UTF-8 text; open it in your editor and save it with UTF-8 encoding"]


@pytest.mark.parametrize("content, expected", [
    (b"\x89PNG\r\n\x1a\n\x00\x00", "this looks like a binary file"),
    ("name: Ada\n".encode("utf-16"), "the file is saved as UTF-16; open it in your editor and save it with UTF-8"),
    (b"name: " + b"a" * (300 * 1024), "profiles may be at most 262,144 bytes"),
])
def test_binary_and_oversized_files_are_refused(tmp_path: Path, content: bytes, expected: str) -> None:
    _, problems = load(tmp_path, {"ada-okafor.yaml": content})
    assert len(problems) == 1 and expected in problems[0]


@pytest.mark.parametrize("name, expected", [
    ("ada-okafor.txt", "not a profile file: profiles end in .md, .yaml or .yml"),
    ("ada-okafor.YAML", "rename it to ada-okafor.yaml"),
    ("Ada-Okafor.yaml", "rename the file to `ada-okafor`"),
    ("ada okafor.yaml", "rename the file to `ada-okafor`"),
    ("ada_okafor.yaml", "rename the file to `ada-okafor`"),
    ("adà-okafor.yaml", "rename the file to `ada-okafor`"),
])
def test_a_misnamed_file_is_reported_never_skipped(tmp_path: Path, name: str, expected: str) -> None:
    profiles, problems = load(tmp_path, {name: FIELDS})
    assert profiles == [] and len(problems) == 1 and expected in problems[0]


def test_two_files_with_one_slug_are_an_error(tmp_path: Path) -> None:
    profiles, problems = load(tmp_path, {"ada-okafor.md": f"---\n{FIELDS}---\n", "ada-okafor.yaml": FIELDS})
    assert len(profiles) == 1
    assert problems == ["ada-okafor.yaml:1:1: another profile, " + str(tmp_path / "ada-okafor.md")
                        + ", already uses the slug `ada-okafor`; rename or remove one of the files"]


def test_hidden_files_and_photo_folders_are_not_profiles(tmp_path: Path) -> None:
    profiles, problems = load(tmp_path, {"ada-okafor.yaml": FIELDS, ".DS_Store": b"\x00\x01", "photos/ada.jpg": b"\xff\xd8"})
    assert problems == [] and [p.slug for p in profiles] == ["ada-okafor"]


def test_a_key_written_twice_names_both_lines_even_inside_contact(tmp_path: Path) -> None:
    text = FIELDS + "name: Again\n"
    text = text.replace("  email: ada@example.org\n", "  email: ada@example.org\n  email: b@example.org\n")
    _, problems = load(tmp_path, {"ada-okafor.yaml": text})
    assert problems == [
        "ada-okafor.yaml:9:3: `email` is written twice under `contact` (first on line 8); keep one",
        "ada-okafor.yaml:12:1: `name` is written twice (first on line 1); keep one",
    ]


@pytest.mark.parametrize("extra, expected", [
    ("pronouns: &p she/her\ninterests: *p\n", "ada-okafor.yaml:11:11: YAML anchors (&name) are not allowed"),
    ("interests: !!python/object/apply:os.system ['touch PWNED']\n", "ada-okafor.yaml:11:12: YAML tags such as tag:yaml.org,2002:python/object/apply:os.system are not allowed"),
    ("interests: !custom x\n", "ada-okafor.yaml:11:12: YAML tags such as !custom are not allowed"),
])
def test_anchors_aliases_and_tags_are_refused_and_nothing_runs(tmp_path: Path, extra: str, expected: str, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    _, problems = load(tmp_path, {"ada-okafor.yaml": FIELDS + extra})
    assert len(problems) == 1 and problems[0].startswith(expected), problems
    assert not (tmp_path / "PWNED").exists()


def test_an_alias_bomb_is_refused_at_once(tmp_path: Path) -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [" + ", ".join([f"*{chr(97 + i)}"] * 9) + "]\n" for i in range(8)
    )
    started = time.perf_counter()
    _, problems = load(tmp_path, {"ada-okafor.yaml": bomb})
    assert time.perf_counter() - started < 1
    assert len(problems) == 1 and "anchors" in problems[0]


def test_deep_nesting_is_refused_cleanly(tmp_path: Path) -> None:
    _, problems = load(tmp_path, {"ada-okafor.yaml": FIELDS + "interests: " + "[" * 5000 + "]" * 5000 + "\n"})
    assert len(problems) == 1 and "nested more than 16 levels deep" in problems[0]


@pytest.mark.parametrize("text, expected", [
    ("name: Ada\n  title: x\n", "ada-okafor.yaml:2:8: this is not valid YAML"),
    ("name: 'Ada\ntitle: x\n", "ada-okafor.yaml:1:7: this is not valid YAML (while scanning a quoted scalar"),
    ("name: Ada\n\ttitle: x\n", "ada-okafor.yaml:2:1: this is not valid YAML"),
    ("- just\n- a list\n", "ada-okafor.yaml:1:1: the fields must be `name: value` lines"),
])
def test_yaml_syntax_errors_point_at_the_line(tmp_path: Path, text: str, expected: str) -> None:
    _, problems = load(tmp_path, {"ada-okafor.yaml": text})
    assert len(problems) == 1 and problems[0].startswith(expected), problems
