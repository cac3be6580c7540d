"""When a profile counts as current, out of date, or too old to list."""
from datetime import date

import pytest

from mentor_directory.directory.freshness import Freshness, FreshnessPolicy, months_between


@pytest.mark.parametrize("earlier, later, months", [
    (date(2026, 1, 31), date(2026, 2, 28), 0),
    (date(2026, 1, 31), date(2026, 3, 1), 1),
    (date(2025, 11, 23), date(2026, 11, 23), 12),
    (date(2025, 11, 24), date(2026, 11, 23), 11),
])
def test_months_are_whole_calendar_months(earlier: date, later: date, months: int) -> None:
    assert months_between(earlier, later) == months


@pytest.mark.parametrize("reviewed, status", [
    (date(2026, 1, 1), Freshness.CURRENT),
    (date(2025, 11, 24), Freshness.CURRENT),
    (date(2025, 11, 23), Freshness.STALE),
    (date(2025, 5, 24), Freshness.STALE),
    (date(2025, 5, 23), Freshness.EXPIRED),
])
def test_the_default_policy_warns_at_twelve_months_and_hides_at_eighteen(reviewed: date, status: Freshness) -> None:
    assert FreshnessPolicy().status(reviewed, date(2026, 11, 23)) is status


def test_hiding_can_be_turned_off() -> None:
    assert FreshnessPolicy(hide_after_months=None).status(date(2010, 1, 1), date(2026, 11, 23)) is Freshness.STALE
