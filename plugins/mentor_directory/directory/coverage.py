"""Where the program is thin: mentors and places offered per need, then per place, language and stage.

The coverage page and `mentor-directory stats` both print this, needs first and thinnest
first, because that is what organisers recruit for. Counts cover the mentors listed in the
directory; profiles hidden for not being reviewed are only counted, never named: the review
issue and `mentor-directory review` say whom to ask, the public page does not.

"Places offered" is the sum of the capacities accepting mentors gave. It is not places left:
the directory does not know how many mentees each mentor already has.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ..profiles.profile import Profile
from .facets import Facet
from .freshness import Freshness

# Availability is the summary itself, and identities are not something a program recruits to fill.
NOT_TABULATED = frozenset({"availability", "identity"})
NEEDS = "area"


@dataclass(frozen=True)
class Room:
    """How much room a group of listed mentors has."""

    mentors: int
    accepting: int
    places_offered: int     # the capacities accepting mentors gave
    unstated: int           # accepting mentors who did not say how many mentees they take

    @classmethod
    def of(cls, profiles: Iterable[Profile]) -> Room:
        profiles = list(profiles)
        accepting = [p for p in profiles if p.accepting_mentees]
        return cls(
            mentors=len(profiles),
            accepting=len(accepting),
            places_offered=sum(p.capacity or 0 for p in accepting),
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
    rows: tuple[Row, ...]           # only values some listed mentor has
    no_mentor: tuple[Row, ...]      # vocabulary terms no listed mentor has: the program defines them, no one covers them

    @property
    def no_one_accepting(self) -> tuple[Row, ...]:
        return tuple(r for r in self.rows if r.room.is_gap)

    @property
    def gap_count(self) -> int:
        return len(self.no_mentor) + len(self.no_one_accepting)


@dataclass(frozen=True)
class Coverage:
    total: Room
    review_due: int     # listed, marked "may be out of date"
    hidden: int         # left out of the listings until reviewed
    needs: Table | None  # None only when the program shows no needs facet at all
    tables: tuple[Table, ...]
    counts_requests: bool = False  # the program keeps a requests file: demand is shown beside supply


def coverage(profiles: Iterable[Profile], facets: Iterable[Facet], freshness: Mapping[str, Freshness],
             requests: Mapping[str, int] | None = None) -> Coverage:
    """Coverage of every tabulated facet; ``facets`` list only listed (not hidden) mentors under each term.

    ``requests`` (need id -> count, None when the program does not count) sits beside each need.
    """
    profiles = list(profiles)
    listed = [p for p in profiles if freshness[p.slug] is not Freshness.EXPIRED]
    tables = [_table(f, requests if f.definition.key == NEEDS else None)
              for f in facets if f.definition.key not in NOT_TABULATED]
    needs = next((t for t in tables if t.key == NEEDS), None)
    return Coverage(
        total=Room.of(listed),
        review_due=sum(1 for p in profiles if freshness[p.slug] is Freshness.STALE),
        hidden=len(profiles) - len(listed),
        needs=_thinnest_first(needs) if needs else None,
        tables=tuple(t for t in tables if t is not needs),
        counts_requests=requests is not None,
    )


def _table(facet: Facet, requests: Mapping[str, int] | None) -> Table:
    rows = [Row(t.value, t.label, t.url, Room.of(t.mentors), None if requests is None else requests.get(t.value, 0))
            for t in facet.terms]
    vocabulary = facet.definition.vocabulary is not None
    return Table(facet.definition.key, facet.definition.label,
                 rows=tuple(r for r in rows if r.room.mentors),
                 no_mentor=tuple(r for r in rows if not r.room.mentors) if vocabulary else ())


def _thinnest_first(table: Table) -> Table:
    """Needs with the least room first; equal ones keep the vocabulary's order."""
    rows = sorted(table.rows, key=lambda r: (r.room.accepting, r.room.places_offered, r.room.mentors))
    return Table(table.key, table.label, tuple(rows), table.no_mentor)


def report(result: Coverage) -> str:
    """The coverage as plain text for a terminal: the summary, needs thinnest first, then each other table."""
    total = result.total
    lines = [
        f"{total.mentors} mentors listed, {total.accepting} accepting new mentees, "
        f"{total.mentors - total.accepting} not accepting.",
        f"{total.places_offered} places offered (the capacities accepting mentors gave; not places left); "
        f"{total.unstated} accepting mentors did not say how many.",
        f"{result.review_due} profiles due for review; {result.hidden} not listed until reviewed "
        "(`mentor-directory review` says whom to ask).",
    ]
    for table in ((result.needs,) if result.needs else ()) + result.tables:
        lines += ["", f"{table.label} ({table.gap_count} gaps)" + (", thinnest first" if table is result.needs else "")]
        asked = any(r.requests is not None for r in (*table.rows, *table.no_mentor))
        if table.no_mentor:
            lines.append("  no mentor yet: " + ", ".join(
                r.label + (f" ({r.requests} requests)" if asked else "") for r in table.no_mentor))
        width = max((len(r.label) for r in table.rows), default=0)
        lines.append(f"  {'':{width}}  mentors  accepting  places offered" + ("  requests" if asked else ""))
        for row in table.rows:
            room = row.room
            mark = "  <- no one accepting" if room.is_gap else ""
            demand = f"  {row.requests:8}" if asked else ""
            lines.append(f"  {row.label:{width}}  {room.mentors:7}  {room.accepting:9}  {room.places_offered:14}{demand}{mark}")
    return "\n".join(lines) + "\n"
