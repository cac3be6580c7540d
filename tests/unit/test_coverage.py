"""Coverage: what the organisers' dashboard and `mentor-directory stats` count."""
from __future__ import annotations

from datetime import date

from builders import VOCABULARY
from mentor_directory.directory.coverage import Room, coverage, report
from mentor_directory.directory.facets import build_facets
from mentor_directory.directory.freshness import Freshness
from unit.test_facets import mentor, slugify


def test_room_counts_accepting_mentors_and_the_places_they_offer() -> None:
    room = Room.of([
        mentor("a", capacity=3), mentor("b", capacity=None), mentor("c", capacity=5, accepting_mentees=False),
    ])
    assert (room.mentors, room.accepting, room.places_offered, room.unstated) == (3, 2, 3, 1)
    assert not room.is_gap
    assert Room.of([mentor("c", accepting_mentees=False)]).is_gap


def _coverage(profiles, statuses):
    hidden = frozenset(s for s, f in statuses.items() if f is Freshness.EXPIRED)
    return coverage(profiles, build_facets(profiles, VOCABULARY, slugify, hidden), statuses)


def test_needs_come_first_thinnest_first_with_needs_no_one_covers_named_apart() -> None:
    profiles = [mentor("a", mentoring_areas=("tenure",), accepting_mentees=False),
                mentor("b", mentoring_areas=("leadership", "grants"), capacity=2),
                mentor("c", mentoring_areas=("leadership",), capacity=1)]
    result = _coverage(profiles, dict.fromkeys("abc", Freshness.CURRENT))
    assert result.needs is not None and "area" not in {t.key for t in result.tables}
    assert [r.value for r in result.needs.rows] == ["tenure", "grants", "leadership"]
    assert [r.value for r in result.needs.no_one_accepting] == ["tenure"]
    assert {r.value for r in result.needs.no_mentor} == set(VOCABULARY.lists["mentoring_areas"]) - {"tenure", "leadership", "grants"}


def test_hidden_profiles_are_counted_never_named_and_leave_no_empty_rows() -> None:
    profiles = [mentor("old", last_reviewed=date(2024, 1, 1), capacity=4, languages=("Welsh",)),
                mentor("due", last_reviewed=date(2025, 6, 1), capacity=1),
                mentor("new", capacity=2)]
    statuses = {"old": Freshness.EXPIRED, "due": Freshness.STALE, "new": Freshness.CURRENT}
    result = _coverage(profiles, statuses)
    assert (result.total.mentors, result.total.places_offered) == (2, 3)
    assert (result.hidden, result.review_due) == (1, 1)
    tenure = next(r for r in result.needs.rows if r.value == "tenure")
    assert tenure.room.mentors == 2
    languages = next(t for t in result.tables if t.key == "language")
    # Only a hidden mentor speaks Welsh: no row, and no "0/0" gap for a free-text value.
    assert languages.rows == () and languages.no_mentor == ()


def test_identities_and_availability_get_no_table() -> None:
    profiles = [mentor("a", identities=("first-generation",))]
    keys = {t.key for t in _coverage(profiles, {"a": Freshness.CURRENT}).tables}
    assert "identity" not in keys and "availability" not in keys and "language" in keys


def test_the_terminal_report_says_places_offered_and_marks_gaps() -> None:
    profiles = [mentor("a", mentoring_areas=("tenure",), capacity=2),
                mentor("b", mentoring_areas=("leadership",), accepting_mentees=False)]
    text = report(_coverage(profiles, {"a": Freshness.CURRENT, "b": Freshness.CURRENT}))
    assert text.startswith("2 mentors listed, 1 accepting new mentees, 1 not accepting.\n2 places offered")
    lines = text.splitlines()
    needs = lines.index(next(line for line in lines if "thinnest first" in line))
    assert lines[needs + 1].startswith("  no mentor yet: Scholarship")
    assert lines[needs + 3].strip().startswith("Leadership") and lines[needs + 3].endswith("<- no one accepting")
    assert lines[needs + 4].split()[-3:] == ["1", "1", "2"]
    assert "hidden" not in text.lower() or "not listed until reviewed" in text
