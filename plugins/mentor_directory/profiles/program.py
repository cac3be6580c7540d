"""The program's own wording and rules, from the optional `program:` section of the vocabulary file.

The directory was written for library mentoring; an archives or museum program renames what
the library wording calls things (facet headings, the profile form's questions, the search
hint, the planner's question about the kind of workplace), relaxes which fields are required,
and sets how many areas a mentor may list. Every value left out keeps the library default, so
a vocabulary without the section builds exactly the library directory.

The section lives in the vocabulary file rather than in pelicanconf.py because the command
line (validate, new, issue-form, schema, stats) reads the vocabulary but not Pelican's settings,
and profiles must be judged the same way in a pull request's check and in the build.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from .fields import AREAS_QUESTION, BIO_FIELD, PROFILE_FIELDS, Field
from .suggest import did_you_mean
from .yaml_source import Mapping, Node, Position, Scalar, Sequence

# The directory cannot work without these: a name to show, a need to list under, a way to
# write, whether to write now, and a date to judge freshness by.
ALWAYS_REQUIRED = ("name", "mentoring_areas", "contact", "accepting_mentees", "last_reviewed")
DEFAULT_REQUIRED = tuple(f.name for f in PROFILE_FIELDS if f.required)
DEFAULT_MAX_AREAS = 8
DEFAULT_SEARCH_EXAMPLES = "tenure, cataloging, Spanish, rural public library"
# Vocabulary lists a program may leave out of its vocabulary file; their field and facet go with them.
OPTIONAL_LISTS = ("library_type", "functional_areas", "career_stage", "formats")
SECTION_KEYS = ("required", "max_mentoring_areas", "search_examples", "facets", "fields", "planner")
FIELD_WORDING_KEYS = ("question", "description")


@dataclass(frozen=True)
class PlannerWording:
    """The planner's question about the mentee's kind of workplace (the library-type facet)."""

    question: str = "Your kind of library"
    # Why a mentor ranks higher; {term} is the lower-cased term label.
    match: str = "works in {term} libraries like you"
    # The other side of "a shared identity" when the mentee says which matters more.
    alignment: str = "the same kind of library"


@dataclass(frozen=True)
class Program:
    required: tuple[str, ...] = DEFAULT_REQUIRED
    max_areas: int = DEFAULT_MAX_AREAS
    search_examples: str = DEFAULT_SEARCH_EXAMPLES
    # Facet key -> heading, only where the program renames one.
    facet_labels: tuple[tuple[str, str], ...] = ()
    # Field name -> (question, description), "" keeping the table's wording.
    field_wording: tuple[tuple[str, str, str], ...] = ()
    planner: PlannerWording = field(default_factory=PlannerWording)

    def facet_label(self, key: str, default: str) -> str:
        return dict(self.facet_labels).get(key, default)


DEFAULT_PROGRAM = Program()

Report = Callable[[Position, str], None]


def program_fields(program: Program, lists: Iterable[str]) -> tuple[Field, ...]:
    """The field table as this program uses it: its required set, its area limit, its wording,
    and without the fields of vocabulary lists the program left out."""
    present = set(lists)
    wording = {name: (question, description) for name, question, description in program.field_wording}
    fields = []
    for f in PROFILE_FIELDS:
        if f.vocabulary and f.vocabulary not in present:
            continue
        changes: dict[str, object] = {"required": f.name in program.required}
        if f.name == "mentoring_areas":
            changes.update(max_items=program.max_areas, question=AREAS_QUESTION.format(program.max_areas))
        question, description = wording.get(f.name, ("", ""))
        if question:
            changes["question"] = question
        if description:
            changes["meaning"] = description
        fields.append(replace(f, **changes))  # type: ignore[arg-type]
    return tuple(fields)


def read_program(node: Node, lists: Iterable[str], facet_keys: Iterable[str], report: Report) -> Program:
    """The `program:` section, reporting every value that cannot work with where it is and what to write."""
    if not isinstance(node, Mapping):
        report(node.position, "`program:` holds indented settings such as `required:` and `facets:`")
        return DEFAULT_PROGRAM
    present = set(lists)
    for first, again in node.duplicates:
        report(again.key_position, f"`{again.key}` is written twice in `program:` (first on line {first.key_position.line}); keep one")
    values: dict[str, object] = {}
    for entry in node.entries.values():
        if entry.key not in SECTION_KEYS:
            report(entry.key_position, f"`program:` has no setting `{entry.key}`"
                                       + (did_you_mean(entry.key, SECTION_KEYS) or f"; it may hold {', '.join(SECTION_KEYS)}"))
            continue
        reader = _READERS[entry.key]
        value = reader(entry.value, report, present, tuple(facet_keys))
        if value is not None:
            values[entry.key] = value
    return Program(
        required=values.get("required", DEFAULT_REQUIRED),  # type: ignore[arg-type]
        max_areas=values.get("max_mentoring_areas", DEFAULT_MAX_AREAS),  # type: ignore[arg-type]
        search_examples=values.get("search_examples", DEFAULT_SEARCH_EXAMPLES),  # type: ignore[arg-type]
        facet_labels=values.get("facets", ()),  # type: ignore[arg-type]
        field_wording=values.get("fields", ()),  # type: ignore[arg-type]
        planner=values.get("planner", PlannerWording()),  # type: ignore[arg-type]
    )


def _field_present(name: str, present: set[str]) -> bool:
    table = {f.name: f for f in PROFILE_FIELDS}
    vocabulary = table[name].vocabulary
    return vocabulary is None or vocabulary in present


def _text(node: Node, what: str, report: Report) -> str | None:
    if isinstance(node, Scalar) and not node.is_null and node.text.strip():
        return node.text.strip()
    report(node.position, f"{what} must be a line of text")
    return None


def _read_required(node: Node, report: Report, present: set[str], facet_keys: tuple[str, ...]) -> tuple[str, ...] | None:
    if not isinstance(node, Sequence) or not all(isinstance(i, Scalar) for i in node.items):
        report(node.position, "`required` must be a list of field names, like `[name, mentoring_areas, contact]`")
        return None
    known = [f.name for f in PROFILE_FIELDS]
    names: list[str] = []
    ok = True
    for item in node.items:
        assert isinstance(item, Scalar)
        name = item.text.strip()
        if name not in known:
            hint = did_you_mean(name, known) or ("; the bio is never required" if name == BIO_FIELD.name else "")
            report(item.position, f"`required` names unknown field `{name}`{hint}")
            ok = False
        elif not _field_present(name, present):
            list_name = next(f.vocabulary for f in PROFILE_FIELDS if f.name == name)
            report(item.position, f"`{name}` cannot be required: this vocabulary has no `{list_name}:` list")
            ok = False
        else:
            names.append(name)
    missing = [n for n in ALWAYS_REQUIRED if n not in names]
    if missing:
        report(node.position, f"`required` must include {', '.join(f'`{n}`' for n in missing)}: the directory cannot "
                              "list, find or contact a mentor without them")
        ok = False
    return tuple(dict.fromkeys(names)) if ok else None


def _read_max_areas(node: Node, report: Report, present: set[str], facet_keys: tuple[str, ...]) -> int | None:
    text = node.text.strip() if isinstance(node, Scalar) else ""
    if isinstance(node, Scalar) and node.plain and text.isascii() and text.isdigit() and int(text) >= 1:
        return int(text)
    report(node.position, "`max_mentoring_areas` must be a whole number, 1 or more, e.g. `max_mentoring_areas: 8`")
    return None


def _read_search_examples(node: Node, report: Report, present: set[str], facet_keys: tuple[str, ...]) -> str | None:
    return _text(node, "`search_examples` (a few words people might search for, separated by commas)", report)


def _read_facets(node: Node, report: Report, present: set[str], facet_keys: tuple[str, ...]) -> tuple[tuple[str, str], ...] | None:
    if not isinstance(node, Mapping):
        report(node.position, "`facets` maps a facet to its heading, e.g. `function: Museum work`")
        return None
    labels = []
    for entry in node.entries.values():
        if entry.key not in facet_keys:
            report(entry.key_position, f"`facets` has unknown facet `{entry.key}`"
                                       + (did_you_mean(entry.key, facet_keys) or f"; the facets are {', '.join(facet_keys)}"))
            continue
        label = _text(entry.value, f"the heading of `{entry.key}`", report)
        if label:
            labels.append((entry.key, label))
    return tuple(labels)


def _read_fields(node: Node, report: Report, present: set[str], facet_keys: tuple[str, ...]) -> tuple[tuple[str, str, str], ...] | None:
    if not isinstance(node, Mapping):
        report(node.position, "`fields` maps a field to its wording, e.g. `library_type:` then `  question: ...`")
        return None
    known = [f.name for f in PROFILE_FIELDS]
    wording = []
    for entry in node.entries.values():
        if entry.key not in known:
            report(entry.key_position, f"`fields` has unknown field `{entry.key}`{did_you_mean(entry.key, known)}")
            continue
        if not isinstance(entry.value, Mapping):
            report(entry.value.position, f"`{entry.key}` holds `question:` and `description:` lines")
            continue
        words = {"question": "", "description": ""}
        for sub in entry.value.entries.values():
            if sub.key not in FIELD_WORDING_KEYS:
                report(sub.key_position, f"`{entry.key}` may have `question:` (the profile form asks it) and "
                                         f"`description:` (what the field is for), not `{sub.key}:`{did_you_mean(sub.key, FIELD_WORDING_KEYS)}")
                continue
            words[sub.key] = _text(sub.value, f"`{entry.key}.{sub.key}`", report) or ""
        wording.append((entry.key, words["question"], words["description"]))
    return tuple(wording)


def _read_planner(node: Node, report: Report, present: set[str], facet_keys: tuple[str, ...]) -> PlannerWording | None:
    keys = ("question", "match", "alignment")
    if not isinstance(node, Mapping):
        report(node.position, f"`planner` holds {', '.join(f'`{k}:`' for k in keys)} lines")
        return None
    words: dict[str, str] = {}
    for entry in node.entries.values():
        if entry.key not in keys:
            report(entry.key_position, f"`planner` may have {', '.join(f'`{k}:`' for k in keys)}, not `{entry.key}:`"
                                       f"{did_you_mean(entry.key, keys)}")
            continue
        text = _text(entry.value, f"`planner.{entry.key}`", report)
        if text is None:
            continue
        if entry.key == "match" and "{term}" not in text:
            report(entry.value.position, "`planner.match` must contain `{term}` where the mentor's kind goes, "
                                         "e.g. `works in {term} museums like you`")
            continue
        words[entry.key] = text
    return replace(PlannerWording(), **words)


_READERS: dict[str, Callable[[Node, Report, set[str], tuple[str, ...]], object]] = {
    "required": _read_required,
    "max_mentoring_areas": _read_max_areas,
    "search_examples": _read_search_examples,
    "facets": _read_facets,
    "fields": _read_fields,
    "planner": _read_planner,
}
