"""Files committed to the repository but made from the field table and the vocabulary.

GitHub reads the issue forms from .github/ISSUE_TEMPLATE/ and editors read the JSON Schema
from schema/, so they cannot be made at build time. A term added to the vocabulary used to
pass every check while the forms silently lacked it; `mentor-directory check-generated`
compares each file with what the current table and vocabulary give, and `--write` makes them.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..outputs.schema import profile_schema
from ..profiles.problems import Problem
from ..profiles.vocabulary import Vocabulary
from . import availability, issue_form


@dataclass(frozen=True)
class GeneratedFile:
    path: str  # relative to the repository
    data: Callable[[Vocabulary], Any]
    dump: Callable[[Any], str]
    load: Callable[[str], Any]


def dump_yaml(data: Any) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


def dump_json(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


GENERATED = (
    GeneratedFile(".github/ISSUE_TEMPLATE/mentor-profile.yml", issue_form.form, dump_yaml, yaml.safe_load),
    GeneratedFile(f".github/ISSUE_TEMPLATE/{availability.FORM_FILE}", lambda _: availability.form(), dump_yaml, yaml.safe_load),
    GeneratedFile("schema/profile.schema.json", profile_schema, dump_json, json.loads),
)


def stale(root: Path, vocabulary: Vocabulary) -> list[Problem]:
    """One problem per generated file that is missing or says something else than it would now.

    Files are compared as data, so a reordered key or a re-wrapped line is not a difference.
    """
    problems = []
    for generated in GENERATED:
        path = root / generated.path
        try:
            current = generated.load(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            problems.append(Problem(generated.path, 1, 1, "missing; make it with `mentor-directory check-generated --write`"))
            continue
        except (ValueError, yaml.YAMLError):
            current = None
        if current != generated.data(vocabulary):
            problems.append(Problem(generated.path, 1, 1, (
                "out of date with the vocabulary or the field table; remake it with "
                "`mentor-directory check-generated --write` and commit the result")))
    return problems


def write(root: Path, vocabulary: Vocabulary) -> list[str]:
    """Write every generated file; return the paths written."""
    for generated in GENERATED:
        path = root / generated.path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(generated.dump(generated.data(vocabulary)), encoding="utf-8")
    return [generated.path for generated in GENERATED]
