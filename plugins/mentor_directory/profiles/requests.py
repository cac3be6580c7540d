"""The program's record of demand: how many mentees asked for a mentor, per need.

An optional file in content/ (``requests.yaml``: need id -> count) that organisers keep by
hand or that a workflow fills by counting issues. It is checked like a profile: a need the
vocabulary does not know, or a count that is not a whole number, is a PATH:LINE:COLUMN error.
"""
from __future__ import annotations

from pathlib import Path

from . import yaml_source
from .problems import Problem
from .suggest import did_you_mean
from .vocabulary import Vocabulary
from .yaml_source import Mapping, Scalar

NEEDS = "mentoring_areas"


def load_requests(path: Path, vocabulary: Vocabulary, display_path: str | None = None) -> tuple[dict[str, int] | None, list[Problem]]:
    """Requests per need id, and every problem; None when the file is missing (the program does not count)."""
    shown = display_path or str(path)
    if not path.exists():
        return None, []
    try:
        root = yaml_source.parse(path.read_text(encoding="utf-8-sig"))
    except yaml_source.YamlSyntaxError as error:
        return {}, [Problem(shown, error.position.line, error.position.column, error.message)]
    except (OSError, UnicodeDecodeError) as error:
        return {}, [Problem(shown, 1, 1, f"cannot read the requests file: {error}")]
    if root is None:
        return {}, []
    if not isinstance(root, Mapping):
        return {}, [Problem(shown, 1, 1, "the requests file maps each need's id to a count, e.g. `grant-writing: 3`")]
    known = vocabulary.lists[NEEDS]
    counts: dict[str, int] = {}
    problems = [Problem(shown, again.key_position.line, again.key_position.column,
                        f"`{again.key}` is written twice (first on line {first.key_position.line}); keep one count")
                for first, again in root.duplicates]
    for entry in root.entries.values():
        where = entry.key_position
        if entry.key not in known:
            hint = did_you_mean(entry.key, known) or f"; the needs are the `{NEEDS}` ids in the vocabulary"
            problems.append(Problem(shown, where.line, where.column, f"`{entry.key}` is not a need{hint}"))
            continue
        value = entry.value
        if not (isinstance(value, Scalar) and value.plain and value.text.isascii() and value.text.isdigit()):
            position = value.position
            problems.append(Problem(shown, position.line, position.column,
                                    f"the count for `{entry.key}` must be a whole number 0 or more, e.g. `{entry.key}: 3`"))
            continue
        counts[entry.key] = int(value.text)
    return counts, problems
