"""How current a profile is: mentors who have not looked at their profile for a long time
often no longer have room, so mentees are warned, and long-silent profiles leave the listings.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum


class Freshness(Enum):
    CURRENT = "current"
    STALE = "stale"          # shown, with "may be out of date"
    EXPIRED = "expired"      # left out of the directory, facet pages and search; page kept, admins told


@dataclass(frozen=True)
class FreshnessPolicy:
    review_after_months: int = 12
    hide_after_months: int | None = 18

    def status(self, reviewed: date, today: date) -> Freshness:
        age = months_between(reviewed, today)
        if self.hide_after_months is not None and age >= self.hide_after_months:
            return Freshness.EXPIRED
        if age >= self.review_after_months:
            return Freshness.STALE
        return Freshness.CURRENT


def months_between(earlier: date, later: date) -> int:
    """Whole calendar months from one date to another (0 when less than a month)."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    return months - 1 if later.day < earlier.day else months
