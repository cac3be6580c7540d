"""The admin-editable list of terms profiles may use, with labels and descriptions."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from . import yaml_source
from .facet_keys import FACET_KEYS
from .fields import PROFILE_FIELDS, Field
from .problems import Problem
from .program import DEFAULT_PROGRAM, OPTIONAL_LISTS, Program, program_fields, read_program
from .suggest import closest, did_you_mean
from .text_folding import fold
from .yaml_source import Mapping, Scalar, Sequence

VOCABULARY_KEYS = (
    "library_type",
    "mentoring_areas",
    "meeting_modes",
    "functional_areas",
    "career_stage",
    "formats",
)
# Optional lists: a program that defines none simply has no such terms.
# `identity_groups` are umbrella groups (e.g. BIPOC) a mentor may opt into with the profile
# field of the same name; the directory never puts anyone in one.
OPTIONAL_KEYS = ("identity_groups",)
TERM_KEYS = ("id", "label", "description", "aliases")
# The optional section with the program's own wording and rules (program.py).
PROGRAM_KEY = "program"
TERM_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Term:
    id: str
    label: str
    description: str
    # Other words mentees use for this term ("tenure-track", "dossier"); search finds the
    # term's mentors by them and shows them as hints.
    aliases: tuple[str, ...] = ()


class VocabularyError(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(p.as_text() for p in problems))


@dataclass(frozen=True)
class Vocabulary:
    lists: dict[str, dict[str, Term]]
    # The program's wording and rules (the file's optional `program:` section).
    program: Program = field(default=DEFAULT_PROGRAM)

    @cached_property
    def fields(self) -> tuple[Field, ...]:
        """The profile fields this program uses, with its required set and wording."""
        if self.program is DEFAULT_PROGRAM and all(key in self.lists for key in VOCABULARY_KEYS):
            return PROFILE_FIELDS
        return program_fields(self.program, self.lists)

    @cached_property
    def fields_by_name(self) -> dict[str, Field]:
        return {f.name: f for f in self.fields}

    def terms(self, key: str) -> list[Term]:
        return list(self.lists.get(key, {}).values())

    def term(self, key: str, term_id: str) -> Term:
        return self.lists[key][term_id]

    def label(self, key: str, term_id: str) -> str:
        return self.lists[key][term_id].label

    def suggest(self, key: str, written: str) -> list[str]:
        """Ids near what was written, matching on ids and on labels (people type labels)."""
        terms = self.lists[key]
        by_label = {t.label.casefold(): t.id for t in terms.values()}
        if written.casefold() in by_label:
            return [by_label[written.casefold()]]
        near_ids = closest(written, terms)
        near_labels = [by_label[label.casefold()] for label in closest(written, [t.label for t in terms.values()])]
        return list(dict.fromkeys(near_ids + near_labels))[:3]


def load_vocabulary(path: Path, display_path: str | None = None) -> Vocabulary:
    """Read and check the vocabulary file; raise VocabularyError listing every problem."""
    shown = display_path or str(path)
    problems: list[Problem] = []

    def report(position: yaml_source.Position, message: str) -> None:
        problems.append(Problem(shown, position.line, position.column, message))

    try:
        root = yaml_source.parse(path.read_text(encoding="utf-8-sig"))
    except yaml_source.YamlSyntaxError as error:
        raise VocabularyError([Problem(shown, error.position.line, error.position.column, error.message)]) from None
    except (OSError, UnicodeDecodeError) as error:
        raise VocabularyError([Problem(shown, 1, 1, f"cannot read the vocabulary file: {error}")]) from None
    if not isinstance(root, Mapping):
        raise VocabularyError([Problem(shown, 1, 1, "the vocabulary must map each list name to its terms")])

    lists: dict[str, dict[str, Term]] = {}
    for first, again in root.duplicates:
        report(again.key_position, f"the `{again.key}:` list is written twice (first on line {first.key_position.line}); merge them into one")
    for key in VOCABULARY_KEYS:
        if key not in root.entries and key not in OPTIONAL_LISTS:
            report(root.position, f"missing the `{key}:` list of terms")
    for entry in root.entries.values():
        if entry.key == PROGRAM_KEY:
            continue
        if entry.key not in VOCABULARY_KEYS + OPTIONAL_KEYS:
            hint = closest(entry.key, (*VOCABULARY_KEYS, *OPTIONAL_KEYS, PROGRAM_KEY))
            report(entry.key_position, f"unknown list `{entry.key}`" + (f"; did you mean `{hint[0]}`?" if hint else ""))
            continue
        if not isinstance(entry.value, Sequence):
            report(entry.value.position, f"`{entry.key}` must be a list of terms, each `- id: ...`")
            continue
        lists[entry.key] = _read_terms(entry.value, report)
    for key in OPTIONAL_KEYS:
        lists.setdefault(key, {})
    program = DEFAULT_PROGRAM
    if PROGRAM_KEY in root.entries:
        program = read_program(root.entries[PROGRAM_KEY].value, root.entries, list(FACET_KEYS), report)
    if problems:
        raise VocabularyError(problems)
    return Vocabulary(lists, program)


def _read_terms(sequence: Sequence, report) -> dict[str, Term]:  # type: ignore[no-untyped-def]
    terms: dict[str, Term] = {}
    for item in sequence.items:
        if not isinstance(item, Mapping):
            report(item.position, "each term needs `id:`, `label:` and `description:`")
            continue
        for first, again in item.duplicates:
            report(again.key_position, f"`{again.key}` is written twice in this term (first on line {first.key_position.line}); keep one")
        values = {k: e.value.text for k, e in item.entries.items() if isinstance(e.value, Scalar)}
        term_id, label = values.get("id", ""), values.get("label", "")
        if not TERM_ID.fullmatch(term_id):
            report(item.position, f"term id `{term_id}` must be lowercase letters, digits and hyphens")
            continue
        if not label.strip():
            report(item.position, f"term `{term_id}` needs a `label:`")
            continue
        unknown = [e for k, e in item.entries.items() if k not in TERM_KEYS]
        for entry in unknown:
            report(entry.key_position, f"a term has `id:`, `label:`, `description:` and optional `aliases:`, not `{entry.key}:`" + did_you_mean(entry.key, TERM_KEYS))
        aliases = _read_aliases(item.entries.get("aliases"), term_id, label, report)
        if not values.get("description", "").strip():
            report(item.position, f"term `{term_id}` needs a `description:` (one short sentence mentees see)")
            continue
        if unknown or aliases is None:
            continue
        if term_id in terms:
            report(item.position, f"term id `{term_id}` appears twice in this list")
            continue
        terms[term_id] = Term(term_id, label.strip(), values.get("description", "").strip(), aliases)
    return terms


def _read_aliases(entry, term_id: str, label: str, report) -> tuple[str, ...] | None:  # type: ignore[no-untyped-def]
    """A term's `aliases:`, a list of words or phrases; None (after reporting) when malformed."""
    if entry is None:
        return ()
    if not isinstance(entry.value, Sequence):
        report(entry.value.position, f"`aliases` of `{term_id}` must be a list, like `aliases: [tenure-track, dossier]`")
        return None
    aliases: list[str] = []
    seen = {fold(label)}
    ok = True
    for alias in entry.value.items:
        if not isinstance(alias, Scalar) or alias.is_null or not alias.text.strip():
            report(alias.position, f"each alias of `{term_id}` must be a word or phrase")
            ok = False
            continue
        text = " ".join(alias.text.split())
        if len(text) > 60:
            report(alias.position, f"alias `{text[:60]}...` of `{term_id}` is long; aliases are words or short phrases")
            ok = False
        elif fold(text) in seen:
            report(alias.position, f"alias `{text}` of `{term_id}` repeats the label or another alias; list it once")
            ok = False
        else:
            seen.add(fold(text))
            aliases.append(text)
    return tuple(aliases) if ok else None
