"""A problem found in a profile, located by file, line and column.

Every check in the package reports through this one type so that the CLI, the
Pelican build and GitHub annotations all show the same words at the same place.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    column: int
    message: str

    def as_text(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: error: {self.message}"

    def as_github(self) -> str:
        """A GitHub Actions annotation, escaped so a message cannot end the command early."""
        return (
            f"::error file={_escape_property(self.path)},line={self.line},"
            f"col={self.column},title=Profile problem::{_escape_data(self.message)}"
        )


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


class ProfileErrors(Exception):
    """Raised by the build when any profile is invalid; carries every problem at once."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        super().__init__(
            f"{count} {noun} in mentor profiles (listed above, one per line); nothing was published. "
            "Fix them and build again; `mentor-directory validate` checks without building."
        )

    def listing(self) -> str:
        return "".join(p.as_text() + "\n" for p in self.problems)
