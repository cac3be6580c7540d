"""`mentor-directory new`: ask for the fields (or take them as options) and write a valid profile.

Options are generated from the field table, so every field can be given on the command line
(`--mentoring-areas tenure,leadership`, `--email ada@example.org`); anything required that is
missing is asked for when a person is at the terminal, and is an error otherwise.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from ..profiles.fields import PROFILE_FIELDS, Field, Kind
from ..profiles.loading import SLUG, check_text, suggest_slug
from ..profiles.vocabulary import Vocabulary
from .new_profile import render_yaml

# Optional fields worth asking about at the terminal; the rest can be added to the file later.
ASKED_OPTIONAL = ("pronouns", "career_stage", "location", "timezone", "languages", "functional_areas", "formats", "capacity", "github")


class Answer(Exception):
    """An answer that cannot be used, with the reason to show before asking again."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--folder", type=Path, default=Path("content/mentors"), help="where profiles live")
    parser.add_argument("--slug", help="the file name and page address (default: from your name)")
    parser.add_argument("--bio", help="a short bio in Markdown")
    asking = parser.add_mutually_exclusive_group()
    asking.add_argument("--no-input", action="store_true", help="never ask; fail if a required field is missing")
    asking.add_argument("--interactive", action="store_true", help="ask even when input is not a terminal")
    for field in PROFILE_FIELDS:
        targets = field.subfields if field.kind is Kind.MAPPING else (field,)
        for target in targets:
            parser.add_argument(f"--{target.name.replace('_', '-')}", dest=f"field_{target.name}", metavar="VALUE",
                                help=f"{target.meaning} ({target.kind.value})")


def run(args: argparse.Namespace, vocabulary: Vocabulary, today: date,
        ask: Callable[[str], str] = input, interactive: bool | None = None) -> int:
    try:
        return _run(args, vocabulary, today, ask, interactive)
    except (EOFError, KeyboardInterrupt):
        print("\nStopped; nothing was written.", file=sys.stderr)
        return 130


def _run(args: argparse.Namespace, vocabulary: Vocabulary, today: date,
         ask: Callable[[str], str], interactive: bool | None) -> int:
    if interactive is None:
        interactive = args.interactive or sys.stdin.isatty()
    interactive = interactive and not args.no_input
    answers: dict[str, object] = {}
    missing: list[str] = []
    for field in PROFILE_FIELDS:
        try:
            if field.kind is Kind.MAPPING:
                value = _mapping(field, args, ask, interactive)
            else:
                value = _one(field, getattr(args, f"field_{field.name}"), vocabulary, ask, interactive, today)
        except Answer as reason:
            print(f"--{field.name.replace('_', '-')}: {reason}", file=sys.stderr)
            return 2
        if value is None and field.required:
            missing.append(field.name)
        elif value is not None:
            answers[field.name] = value
    if missing:
        print("missing required fields: " + ", ".join(_option_names(m) for m in missing), file=sys.stderr)
        return 2
    answers["bio"] = args.bio or (ask("A short bio (Markdown, one paragraph; Enter to skip): ") if interactive else "")

    slug = args.slug or suggest_slug(str(answers["name"]))
    if not SLUG.match(slug):
        print(f"`{slug}` cannot be a page address; use lowercase letters, digits and hyphens", file=sys.stderr)
        return 2
    path = args.folder / f"{slug}.yaml"
    if any((args.folder / f"{slug}{suffix}").exists() for suffix in (".yaml", ".yml", ".md")):
        print(f"a profile with the slug `{slug}` already exists; choose another with --slug", file=sys.stderr)
        return 2
    text = render_yaml(answers)
    _, problems = check_text(path, text, vocabulary, shown=path.as_posix(), today=today)
    if problems:
        for problem in problems:
            print(problem.as_text(), file=sys.stderr)
        return 1
    args.folder.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    print(f"Wrote {path}. Check it, then open a pull request; your page will be /mentors/{slug}/.")
    return 0


def _option_names(field_name: str) -> str:
    field = next(f for f in PROFILE_FIELDS if f.name == field_name)
    names = [sub.name for sub in field.subfields] or [field.name]
    return " or ".join(f"--{name.replace('_', '-')}" for name in names)


def _mapping(field: Field, args: argparse.Namespace, ask: Callable[[str], str], interactive: bool) -> dict | None:
    values = {}
    for sub in field.subfields:
        given = getattr(args, f"field_{sub.name}")
        if given is None and interactive and (field.required or field.name in ASKED_OPTIONAL):
            given = ask(f"{sub.name.capitalize()} ({sub.meaning}; Enter to skip): ").strip() or None
        if given:
            values[sub.name] = given.strip()
    return values or None


def _one(field: Field, given: str | None, vocabulary: Vocabulary, ask: Callable[[str], str],
         interactive: bool, today: date) -> object | None:
    if given is not None:
        return parse(field, given, vocabulary, today)
    if field.kind is Kind.DATE:
        return today
    if not interactive or not (field.required or field.name in ASKED_OPTIONAL):
        return None
    if field.vocabulary:
        print(f"\n{field.name}: {field.meaning}")
        for number, term in enumerate(vocabulary.terms(field.vocabulary), start=1):
            print(f"  {number:2}. {term.id:<22} {term.label}")
    while True:
        skip = "" if field.required else "; Enter to skip"
        hint = ", separated by commas" if field.kind in (Kind.TERMS, Kind.TEXT_LIST) else ""
        answer = ask(f"{field.name} ({field.meaning}{hint}{skip}): ").strip()
        if not answer:
            if not field.required:
                return None
            print("  this one is required")
            continue
        try:
            return parse(field, answer, vocabulary, today)
        except Answer as reason:
            print(f"  {reason}")


def parse(field: Field, text: str, vocabulary: Vocabulary, today: date) -> object:
    """Turn one typed answer into the value the profile stores, or raise Answer saying why not."""
    kind = field.kind
    if kind is Kind.TERM:
        return _term(field, text.strip(), vocabulary)
    if kind is Kind.TERMS:
        return tuple(_term(field, part.strip(), vocabulary) for part in text.split(",") if part.strip())
    if kind is Kind.TEXT_LIST:
        return tuple(part.strip() for part in text.split(",") if part.strip())
    if kind is Kind.BOOLEAN:
        folded = text.strip().casefold()
        if folded in {"y", "yes", "true"}:
            return True
        if folded in {"n", "no", "false"}:
            return False
        raise Answer("answer yes or no")
    if kind is Kind.INTEGER:
        if text.strip().isdigit():
            return int(text)
        raise Answer("write a whole number, like 2")
    if kind is Kind.NUMBER:
        try:
            return float(text)
        except ValueError:
            raise Answer("write a number, like 3") from None
    if kind is Kind.DATE:
        try:
            return date.fromisoformat(text.strip())
        except ValueError:
            raise Answer("write the date as YYYY-MM-DD") from None
    return text.strip()


def _term(field: Field, written: str, vocabulary: Vocabulary) -> str:
    assert field.vocabulary is not None
    terms = vocabulary.terms(field.vocabulary)
    if written.isdigit() and 1 <= int(written) <= len(terms):
        return terms[int(written) - 1].id
    if written in vocabulary.lists[field.vocabulary]:
        return written
    options = vocabulary.suggest(field.vocabulary, written)
    raise Answer(f"`{written}` is not a term here" + (f"; did you mean {' or '.join(options)}?" if options else ""))
