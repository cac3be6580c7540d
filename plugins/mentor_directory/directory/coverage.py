"""Where the program is thin: mentors and open places per need, place, language and stage.

The dashboard page and `mentor-directory stats` both print this. Counts cover the mentors
listed in the directory; profiles hidden for not being reviewed are counted separately,
because a mentee cannot find them.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ..profiles.profile import Profile
from .facets import Facet
from .freshness import Freshness

# Availability is the summary itself, and identities are not something a program recruits to fill.
NOT_TABULATED = frozenset({"availability", "identity"})


@dataclass(frozen=True)
class Room:
    """How much room a group of listed mentors has."""

    mentors: int
    accepting: int
    open_places: int        # the capacities accepting mentors gave
    unstated: int           # accepting mentors who did not say how many mentees they take

    @classmethod
    def of(cls, profiles: Iterable[Profile]) -> Room:
        profiles = list(profiles)
        accepting = [p for p in profiles if p.accepting_mentees]
        return cls(
            mentors=len(profiles),
            accepting=len(accepting),
            open_places=sum(p.capacity or 0 for p in accepting),
            unstated=sum(1 for p in accepting if p.capacity is None),
        )

    @property
    def is_gap(self) -> bool:
        """No listed mentor here is taking new mentees."""
        return self.accepting == 0


@dataclass(frozen=True)
class Row:
    value: str
    label: str
    url: str
    room: Room
    requests: int | None = None  # mentees who asked for a mentor here (needs only, when the program counts)


@dataclass(frozen=True)
class Table:
    key: str
    label: str
    rows: tuple[Row, ...]

    @property
    def gaps(self) -> tuple[Row, ...]:
        return tuple(r for r in self.rows if r.room.is_gap)

    @property
    def most_mentors(self) -> int:
        return max((r.room.mentors for r in self.rows), default=0)


@dataclass(frozen=True)
class Coverage:
    total: Room
    review_due: tuple[Profile, ...]
    hidden: tuple[Profile, ...]
    tables: tuple[Table, ...]
    counts_requests: bool = False  # the program keeps a requests file: demand is shown beside supply


# Requests are counted per need, the facet mentees write to organisers about.
REQUESTS_FACET = "area"


def coverage(profiles: Iterable[Profile], facets: Iterable[Facet], freshness: Mapping[str, Freshness],
             requests: Mapping[str, int] | None = None) -> Coverage:
    """Coverage of every tabulated facet; ``facets`` list only listed (not hidden) mentors under each term.

    ``requests`` (need id -> count, None when the program does not count) sits beside each need.
    """
    profiles = list(profiles)
    listed = [p for p in profiles if freshness[p.slug] is not Freshness.EXPIRED]

    def asked(key: str, value: str) -> int | None:
        return None if requests is None or key != REQUESTS_FACET else requests.get(value, 0)

    tables = tuple(
        Table(facet.definition.key, facet.definition.label,
              tuple(Row(t.value, t.label, t.url, Room.of(t.mentors), asked(facet.definition.key, t.value)) for t in facet.terms))
        for facet in facets if facet.definition.key not in NOT_TABULATED
    )
    oldest_first = sorted(profiles, key=lambda p: (p.last_reviewed, p.slug))
    return Coverage(
        total=Room.of(listed),
        review_due=tuple(p for p in oldest_first if freshness[p.slug] is Freshness.STALE),
        hidden=tuple(p for p in oldest_first if freshness[p.slug] is Freshness.EXPIRED),
        tables=tables,
        counts_requests=requests is not None,
    )


def report(result: Coverage) -> str:
    """The coverage as plain text for a terminal: a summary, then each table with gaps marked."""
    total = result.total
    lines = [
        f"{total.mentors} mentors listed, {total.accepting} accepting new mentees, "
        f"{total.mentors - total.accepting} not accepting.",
        f"{total.open_places} open places stated; {total.unstated} accepting mentors did not say how many.",
        f"{len(result.review_due)} profiles due for review; {len(result.hidden)} hidden as not reviewed.",
    ]
    for table in result.tables:
        width = max((len(r.label) for r in table.rows), default=0)
        asked = any(r.requests is not None for r in table.rows)
        lines += ["", f"{table.label} ({len(table.gaps)} with no accepting mentor)",
                  f"  {'':{width}}  mentors  accepting  places" + ("  requests" if asked else "")]
        for row in table.rows:
            room = row.room
            mark = "  <- no accepting mentor" if room.is_gap else ""
            demand = f"  {row.requests:8}" if asked else ""
            lines.append(f"  {row.label:{width}}  {room.mentors:7}  {room.accepting:9}  {room.open_places:6}{demand}{mark}")
    return "\n".join(lines) + "\n"
