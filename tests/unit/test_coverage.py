"""Coverage: what the organisers' dashboard and `mentor-directory stats` count."""
from __future__ import annotations

from datetime import date

from builders import VOCABULARY
from mentor_directory.directory.coverage import Room, coverage, report
from mentor_directory.directory.facets import build_facets
from mentor_directory.directory.freshness import Freshness
from unit.test_facets import mentor, slugify


def test_room_counts_accepting_mentors_and_the_places_they_stated() -> None:
    room = Room.of([
        mentor("a", capacity=3), mentor("b", capacity=None), mentor("c", capacity=5, accepting_mentees=False),
    ])
    assert (room.mentors, room.accepting, room.open_places, room.unstated) == (3, 2, 3, 1)
    assert not room.is_gap
    assert Room.of([mentor("c", accepting_mentees=False)]).is_gap


def _coverage(profiles, statuses):
    hidden = frozenset(s for s, f in statuses.items() if f is Freshness.EXPIRED)
    return coverage(profiles, build_facets(profiles, VOCABULARY, slugify, hidden), statuses)


def test_a_need_with_mentors_but_none_accepting_is_a_gap_and_so_is_a_need_with_no_one() -> None:
    profiles = [mentor("a", mentoring_areas=("tenure",), accepting_mentees=False),
                mentor("b", mentoring_areas=("leadership",), capacity=2)]
    result = _coverage(profiles, {"a": Freshness.CURRENT, "b": Freshness.CURRENT})
    areas = next(t for t in result.tables if t.key == "area")
    gaps = {row.value for row in areas.gaps}
    assert "tenure" in gaps and "leadership" not in gaps
    assert set(VOCABULARY.lists["mentoring_areas"]) - {"leadership"} == gaps


def test_hidden_profiles_are_not_counted_as_room_but_are_listed_for_review() -> None:
    profiles = [mentor("old", last_reviewed=date(2024, 1, 1), capacity=4),
                mentor("due", last_reviewed=date(2025, 6, 1), capacity=1),
                mentor("new", capacity=2)]
    statuses = {"old": Freshness.EXPIRED, "due": Freshness.STALE, "new": Freshness.CURRENT}
    result = _coverage(profiles, statuses)
    assert (result.total.mentors, result.total.open_places) == (2, 3)
    assert [p.slug for p in result.hidden] == ["old"]
    assert [p.slug for p in result.review_due] == ["due"]
    tenure = next(r for r in next(t for t in result.tables if t.key == "area").rows if r.value == "tenure")
    assert tenure.room.mentors == 2


def test_identities_and_availability_get_no_table() -> None:
    profiles = [mentor("a", identities=("first-generation",))]
    keys = {t.key for t in _coverage(profiles, {"a": Freshness.CURRENT}).tables}
    assert "identity" not in keys and "availability" not in keys and "area" in keys


def test_the_terminal_report_marks_gaps_and_gives_the_totals() -> None:
    profiles = [mentor("a", mentoring_areas=("tenure",), capacity=2)]
    text = report(_coverage(profiles, {"a": Freshness.CURRENT}))
    assert text.startswith("1 mentors listed, 1 accepting new mentees, 0 not accepting.")
    tenure_line = next(line for line in text.splitlines() if "Tenure" in line)
    assert tenure_line.split()[-3:] == ["1", "1", "2"]
    leadership_line = next(line for line in text.splitlines() if line.strip().startswith("Leadership"))
    assert leadership_line.endswith("<- no accepting mentor")
