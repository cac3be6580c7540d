"""Limits that keep a hostile profile from stalling the build or disguising its text."""
from __future__ import annotations

import time

import pytest

from builders import REQUIRED, check, markdown, only
from mentor_directory.profiles import yaml_source
from mentor_directory.profiles.fields import MAX_BIO_BRACKETS


def test_a_bio_with_more_brackets_than_any_set_of_links_needs_is_refused_before_it_slows_the_build(tmp_path) -> None:
    assert check(tmp_path, markdown(REQUIRED, "[" * MAX_BIO_BRACKETS + "\n"), name="ada-okafor.md") == []
    problem = only(check(tmp_path, markdown(REQUIRED, "[" * 20_000 + "\n"), name="ada-okafor.md"))
    assert problem == f"ada-okafor.md:13:1: error: the bio has 20,000 `[` characters; a bio may have at most {MAX_BIO_BRACKETS} (each link uses one)"


@pytest.mark.parametrize("character", ["\u202e", "\u2066", "\u200b", "\x1b"])
def test_a_bio_may_not_hide_bidi_overrides_zero_width_spaces_or_control_characters(tmp_path, character: str) -> None:
    problem = only(check(tmp_path, markdown(REQUIRED, f"I help with {character}tenure.\n"), name="ada-okafor.md"))
    assert f"`bio` contains an invisible control character (U+{ord(character):04X})" in problem


def test_a_bio_keeps_tabs_and_the_joiners_some_scripts_need(tmp_path) -> None:
    assert check(tmp_path, markdown(REQUIRED, "Code:\n\n\tprint('hi')\n\nمی\u200cخواهم 👩\u200d💻\n"), name="ada-okafor.md") == []


@pytest.mark.parametrize("text", ["x: y\n" * 50_000, "- x\n" * 60_000, "x: {" + "a: b, " * 40_000 + "}"])
def test_a_file_with_tens_of_thousands_of_values_is_refused_without_reading_them_all(text: str) -> None:
    started = time.monotonic()
    with pytest.raises(yaml_source.YamlSyntaxError, match=f"more than {yaml_source.MAX_NODES} values"):
        yaml_source.parse(text)
    assert time.monotonic() - started < 3, "the limit stops parsing early (it took 20 s when checked only afterwards)"
