"""Counting mentees' requests per need from the program's issues, for content/requests.yaml.

The planner's "Tell the organisers" issues carry a line `Need id: ID`. Issue text is
untrusted: only a line of exactly that shape counts, and only for an id the vocabulary knows;
anything else is skipped and reported, never written to the file.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

NEED_LINE = re.compile(r"^Need id: ([a-z0-9]+(?:-[a-z0-9]+)*)\s*$", re.MULTILINE)
HEADER = (
    "# Requests per need: how many open issues labelled mentor-request ask for a mentor for each\n"
    "# need. Written by .github/workflows/count-requests.yml; organisers may also edit it by hand.\n"
)


def count_requests(issues: Iterable[dict[str, Any]], needs: Iterable[str]) -> tuple[Counter[str], list[str]]:
    """Requests per known need, and a note for each issue that names no known need."""
    known = frozenset(needs)
    counts: Counter[str] = Counter()
    skipped = []
    for issue in issues:
        body = issue.get("body") if isinstance(issue, dict) else None
        match = NEED_LINE.search(body) if isinstance(body, str) else None
        if match and match.group(1) in known:
            counts[match.group(1)] += 1
        else:
            skipped.append(f"issue #{issue.get('number', '?') if isinstance(issue, dict) else '?'} names no known need; not counted")
    return counts, skipped


def requests_yaml(counts: Counter[str]) -> str:
    """The file's text: a header, then one `need: count` line per need asked for, in id order."""
    return HEADER + "".join(f"{need}: {counts[need]}\n" for need in sorted(counts))
