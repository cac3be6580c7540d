"""Demand beside supply and the follow-through settings: the requests file, counting requests
from issues, requests on the coverage tables and in `stats`, and the planner's settings."""
from __future__ import annotations

from pathlib import Path

import pytest

from mentor_directory.directory.coverage import coverage, report
from mentor_directory.directory.facets import build_facets
from mentor_directory.directory.freshness import Freshness
from mentor_directory.profiles.requests import load_requests
from mentor_directory.site.settings import DEFAULTS, setting_problems
from mentor_directory.tools.requests_count import count_requests, requests_yaml
from unit.builders import VOCABULARY
from unit.test_facets import mentor, slugify


def requests_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "requests.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_requests_file_maps_needs_to_counts(tmp_path: Path) -> None:
    counts, problems = load_requests(requests_file(tmp_path, "# counted weekly\ntenure: 3\nleadership: 0\n"), VOCABULARY)
    assert (counts, problems) == ({"tenure": 3, "leadership": 0}, [])


def test_no_requests_file_means_the_program_does_not_count(tmp_path: Path) -> None:
    assert load_requests(tmp_path / "requests.yaml", VOCABULARY) == (None, [])


def test_unknown_needs_bad_counts_and_repeats_are_located_errors(tmp_path: Path) -> None:
    path = requests_file(tmp_path, "tenure: 2\nleadrship: 1\nleadership: many\ntenure: 4\n")
    counts, problems = load_requests(path, VOCABULARY, "content/requests.yaml")
    assert counts == {"tenure": 2}
    assert [p.as_text() for p in problems] == [
        "content/requests.yaml:4:1: error: `tenure` is written twice (first on line 1); keep one count",
        "content/requests.yaml:2:1: error: `leadrship` is not a need; did you mean `leadership` or `scholarship`?",
        "content/requests.yaml:3:13: error: the count for `leadership` must be a whole number 0 or more, e.g. `leadership: 3`",
    ]


def test_requests_sit_beside_each_need_and_only_there() -> None:
    profiles = [mentor("a", mentoring_areas=("tenure",), capacity=2)]
    statuses = {"a": Freshness.CURRENT}
    facets = build_facets(profiles, VOCABULARY, slugify, frozenset())
    result = coverage(profiles, facets, statuses)
    assert not result.counts_requests and all(r.requests is None for t in result.tables for r in t.rows)
    counted = coverage(profiles, facets, statuses, {"tenure": 5})
    areas = next(t for t in counted.tables if t.key == "area")
    assert {r.value: r.requests for r in areas.rows}["tenure"] == 5
    assert {r.value: r.requests for r in areas.rows}["leadership"] == 0
    assert all(r.requests is None for t in counted.tables if t.key != "area" for r in t.rows)
    text = report(counted)
    assert "mentors  accepting  places  requests" in text
    assert "mentors  accepting  places  requests" not in report(result)


def test_counting_reads_only_the_need_line_and_only_known_needs() -> None:
    issues = [
        {"number": 1, "body": "Hello,\n\nI am looking...\n\nNeed id: tenure\n"},
        {"number": 2, "body": "Need id: tenure"},
        {"number": 3, "body": "Need id: leadership\r\n"},
        {"number": 4, "body": "Need id: ../../etc/passwd"},
        {"number": 5, "body": "Need id: no-such-need"},
        {"number": 6, "body": None},
        {"number": 7, "body": "I need a mentor for tenure"},
    ]
    counts, skipped = count_requests(issues, VOCABULARY.lists["mentoring_areas"])
    assert counts == {"tenure": 2, "leadership": 1}
    assert [note.split()[1] for note in skipped] == ["#4", "#5", "#6", "#7"]
    assert requests_yaml(counts).splitlines()[-2:] == ["leadership: 1", "tenure: 2"]


def test_the_counted_file_reads_back_as_the_same_counts(tmp_path: Path) -> None:
    counts, _ = count_requests([{"number": 1, "body": "Need id: tenure"}], VOCABULARY.lists["mentoring_areas"])
    assert load_requests(requests_file(tmp_path, requests_yaml(counts)), VOCABULARY) == ({"tenure": 1}, [])


@pytest.mark.parametrize(("setting", "value"), [
    ("MENTOR_FOLLOW_UP_DAYS", 0), ("MENTOR_FOLLOW_UP_DAYS", "10"), ("MENTOR_PROGRAM_MONTHS", 0),
    ("MENTOR_MEETING_RHYTHM", "weekly"), ("MENTOR_CHECK_IN_MONTH", 9), ("MENTOR_PROGRAM_START", "March"),
    ("MENTOR_PROGRAM_THEMES", "monthly"), ("MENTOR_PROGRAM_THEMES", [{"month": 7, "theme": "Beyond"}]),
    ("MENTOR_PROGRAM_THEMES", [{"month": 1, "theme": ""}]), ("MENTOR_PROGRAM_THEMES", [{"month": 1, "theme": "Hi", "page": "x"}]),
])
def test_unusable_follow_through_settings_are_named(tmp_path: Path, setting: str, value: object) -> None:
    found = setting_problems({"PATH": str(tmp_path), setting: value})
    assert len(found) == 1 and found[0].startswith(setting)


def test_the_default_shape_is_six_months_of_monthly_meetings(tmp_path: Path) -> None:
    assert setting_problems({"PATH": str(tmp_path), "MENTOR_PROGRAM_START": "2027-01-15",
                             "MENTOR_PROGRAM_THEMES": [{"month": 6, "theme": "Looking back", "guide": "discussion-topics"}]}) == []
    assert (DEFAULTS["MENTOR_PROGRAM_MONTHS"], DEFAULTS["MENTOR_MEETING_RHYTHM"], DEFAULTS["MENTOR_FOLLOW_UP_DAYS"]) == (6, "monthly", 10)
