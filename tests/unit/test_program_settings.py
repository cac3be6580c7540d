"""Program settings in pelicanconf.py: wrong names and values are errors that say what to write."""
from __future__ import annotations

import pytest

from mentor_directory.directory.facets import FACETS
from mentor_directory.site.settings import DEFAULTS, setting_problems, unknown_settings

BASE = {"PATH": "content"}


def problems(**settings: object) -> list[str]:
    return setting_problems({**BASE, **settings})


def test_the_defaults_are_usable() -> None:
    assert problems() == []
    assert DEFAULTS["MENTOR_FACETS"] == [f.key for f in FACETS]
    assert DEFAULTS["MENTOR_ALLOW_INDEXING"] is False and DEFAULTS["MENTOR_EMAIL_DISPLAY"] == "reveal"


def test_a_misspelt_facet_is_named_with_a_suggestion() -> None:
    [problem] = problems(MENTOR_FACETS=["area", "langauge"])
    assert "'langauge'" in problem and "`language`" in problem


@pytest.mark.parametrize("value", [[], "area", ["area", "area"]])
def test_facets_must_be_a_list_naming_each_once(value: object) -> None:
    assert problems(MENTOR_FACETS=value)


@pytest.mark.parametrize("setting, value", [
    ("MENTOR_EMAIL_DISPLAY", "hidden"), ("MENTOR_ALLOW_INDEXING", "yes"), ("MENTOR_BRAND_COLOR", "#ffff00"),
    ("MENTOR_BRAND_COLOR_DARK", "navy"), ("MENTOR_PROGRAM_CONTACT", 42), ("MENTOR_LOGO", ""),
])
def test_unusable_program_values_are_errors_naming_the_setting(setting: str, value: object) -> None:
    [problem] = problems(**{setting: value})
    assert problem.startswith(setting)


def test_a_misspelt_setting_name_is_caught_too() -> None:
    [problem] = unknown_settings({"MENTOR_BRAND_COLOUR": "#000"})
    assert problem.startswith("unknown setting MENTOR_BRAND_COLOUR; did you mean `MENTOR_BRAND_COLOR`")
