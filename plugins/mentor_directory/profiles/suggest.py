""""Did you mean ...?" for typos in field names and term ids."""
from __future__ import annotations

import difflib
from collections.abc import Iterable


def closest(word: str, candidates: Iterable[str], limit: int = 3) -> list[str]:
    """Nearest candidates by spelling, compared without case, best first."""
    by_folded = {c.casefold(): c for c in candidates}
    matches = difflib.get_close_matches(word.casefold(), list(by_folded), n=limit, cutoff=0.6)
    return [by_folded[m] for m in matches]


def did_you_mean(word: str, candidates: Iterable[str]) -> str:
    """A sentence fragment such as "; did you mean `leadership`?" or an empty string."""
    options = closest(word, candidates)
    if not options:
        return ""
    quoted = " or ".join(f"`{o}`" for o in options)
    return f"; did you mean {quoted}?"
