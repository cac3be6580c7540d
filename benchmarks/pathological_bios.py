"""Render time of pathological bios: what `validate` accepted before issue 15, and the worst
shapes within today's limits. `.venv/bin/python -m benchmarks.pathological_bios` prints the
best of three runs per shape, in milliseconds (wall time; compare runs on the same machine)."""
from __future__ import annotations

import time

from mentor_directory.profiles.fields import (
    MAX_BIO_BLOCK_LINES,
    MAX_BIO_EMPHASIS,
    MAX_BIO_LENGTH,
    MAX_BIO_LINES,
    MAX_BIO_NESTING,
)
from mentor_directory.profiles.markup import render_bio

UNITS = {
    "setext =": ["a", "="], "setext -": ["a", "-"], "rules ***": ["***"], "rules ---": ["---"], "rules - - -": ["- - -"],
    "long line, rule": ["x" * 400, "-"], "list of rules": ["- ***"], "quoted rules": ["> ---"],
    "nested lists": [f"{'  ' * i}- x" for i in range(MAX_BIO_NESTING)],
    "nested quotes": [f"{'> ' * i}x" for i in range(MAX_BIO_NESTING)],
    "emphasis": ["*a _b* " * 25], "emphasis (limit)": ["*a _b* " * 25 if i < 4 else "plain words " * 15 for i in range(40)], "prose": ["Librarian and mentor; I help with tenure files, job talks and first years. " * 3],
}


def before(unit: list[str]) -> str:
    """One paragraph of the unit up to 20,000 characters: valid before the limits."""
    return "\n".join(unit[i % len(unit)] for i in range(MAX_BIO_LENGTH))[:MAX_BIO_LENGTH]


def within_limits(unit: list[str]) -> str:
    """The unit in paragraphs of the most lines allowed, then cut to every limit."""
    lines: list[str] = []
    while len(lines) < MAX_BIO_LINES - MAX_BIO_BLOCK_LINES - 1:
        lines += [unit[i % len(unit)] for i in range(MAX_BIO_BLOCK_LINES)] + [""]
    text, marks = "", 0
    for line in lines:
        marks += line.count("*") + line.count("_")
        if marks > MAX_BIO_EMPHASIS or len(text) + len(line) + 1 > MAX_BIO_LENGTH:
            break
        text += line + "\n"
    return text


def best_ms(text: str, rounds: int = 3) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        render_bio(text)
        best = min(best, time.perf_counter() - start)
    return best * 1000


def main() -> None:
    print(f"{'shape':<18} {'before (ms)':>12} {'within limits (ms)':>19}")
    for name, unit in UNITS.items():
        print(f"{name:<18} {best_ms(before(unit), 1):>12.0f} {best_ms(within_limits(unit)):>19.1f}", flush=True)


if __name__ == "__main__":
    main()
