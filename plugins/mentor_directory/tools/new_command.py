"""`mentor-directory new`: ask for a profile like a good form, or take it from options, and write a valid file.

At the terminal each answer is checked as soon as it is typed, by the validator's own rules
(`check_field`), and saved to a draft file, so a wrong answer is caught at its question and
Ctrl-C or a crash loses nothing (`--resume` carries on). The draft lives in the folder the
command runs in, not in the profiles folder: neither the build, `validate` nor Pelican ever
reads it, and .gitignore keeps a half-written profile (with an email address) out of commits.
A script passes options instead (`--mentoring-areas leadership,tenure --email ada@example.org`);
anything required that is missing is then an error.
"""
from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

from ..profiles import yaml_source
from ..profiles.fields import PROFILE_FIELDS, Field, Kind
from ..profiles.loading import SLUG, check_text, suggest_slug
from ..profiles.validation import check_field
from ..profiles.vocabulary import Vocabulary
from .new_profile import render_field, render_yaml
from .repository import Program, program

# Optional fields worth asking about at the terminal; the rest can be added to the file later.
ASKED_OPTIONAL = ("pronouns", "career_stage", "location", "timezone", "languages", "functional_areas", "formats",
                  "capacity", "github")
DRAFT = Path(".mentor-directory-draft.yaml")
YES, NO = {"y", "yes", "true"}, {"n", "no", "false"}

Ask = Callable[[str], str]


@dataclass(frozen=True)
class Question:
    """One prompt: a field, or one part of a group such as contact's email."""
    key: str                 # "name", "contact.email"
    field: Field
    group: Field | None = None

    @property
    def words(self) -> str:
        """The question in plain words: the field table's question, else its meaning."""
        text = self.field.question or self.field.meaning[:1].upper() + self.field.meaning[1:]
        return text.rstrip("?") + "?" if self.field.kind is Kind.BOOLEAN else text

    @property
    def required(self) -> bool:
        return self.field.required and self.group is None


def questions() -> list[Question]:
    asked = [f for f in PROFILE_FIELDS if f.kind is not Kind.DATE and (f.required or f.name in ASKED_OPTIONAL)]
    result: list[Question] = []
    for field in asked:
        if field.kind is Kind.MAPPING:
            result.extend(Question(f"{field.name}.{sub.name}", sub, field) for sub in field.subfields)
        else:
            result.append(Question(field.name, field))
    return result


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--folder", type=Path, default=Path("content/mentors"), help="where profiles live")
    parser.add_argument("--slug", help="the file name and page address (default: from your name)")
    parser.add_argument("--bio", help="a short bio in Markdown")
    parser.add_argument("--repository", help="the program's GitHub repository, for the link to open a pull request "
                        "(default: MENTOR_REPOSITORY_URL in pelicanconf.py)")
    parser.add_argument("--draft", type=Path, default=DRAFT, help=f"where answers are saved as you go (default: {DRAFT})")
    parser.add_argument("--resume", action="store_true", help="carry on from the saved draft")
    asking = parser.add_mutually_exclusive_group()
    asking.add_argument("--no-input", action="store_true", help="never ask; fail if a required field is missing")
    asking.add_argument("--interactive", action="store_true", help="ask even when input is not a terminal")
    for field in PROFILE_FIELDS:
        for target in field.subfields if field.kind is Kind.MAPPING else (field,):
            parser.add_argument(f"--{target.name.replace('_', '-')}", dest=f"field_{target.name}", metavar="VALUE",
                                help=f"{target.meaning} ({target.kind.value})")


def run(args: argparse.Namespace, vocabulary: Vocabulary, today: date,
        ask: Ask = input, interactive: bool | None = None) -> int:
    if interactive is None:
        interactive = args.interactive or sys.stdin.isatty()
    if not interactive or args.no_input:
        return _from_options(args, vocabulary, today)
    return Interview(args, vocabulary, today, ask).run()


# ---- Reading one answer --------------------------------------------------------------------------

def interpret(field: Field, text: str, vocabulary: Vocabulary) -> object:
    """What a typed answer means: numbers, labels or ids for terms, yes/no, numbers. No rules here:
    anything not understood is passed on as written, for the validator to explain."""
    text = text.strip()
    kind = field.kind
    if kind is Kind.TERM:
        return _term_id(field, text, vocabulary)
    if kind is Kind.TERMS:
        return tuple(_term_id(field, part, vocabulary) for part in _term_parts(field, text, vocabulary))
    if kind is Kind.TEXT_LIST:
        return tuple(part.strip() for part in text.split(",") if part.strip())
    if kind is Kind.BOOLEAN:
        folded = text.casefold()
        return True if folded in YES else False if folded in NO else text
    if kind is Kind.INTEGER and text.isdigit() and text.isascii():
        return int(text)
    if kind is Kind.DATE:
        try:
            return date.fromisoformat(text)
        except ValueError:
            return text
    if kind is Kind.NUMBER:
        try:
            return float(text)
        except ValueError:
            return text
    return text


def _term_parts(field: Field, text: str, vocabulary: Vocabulary) -> list[str]:
    """Split a list answer on commas, keeping a label that itself has a comma ("Equity, diversity and inclusion")
    whole; numbers may also be separated by spaces ("1 3 5")."""
    if re.fullmatch(r"[\d\s,]+", text):
        return text.replace(",", " ").split()
    labels = {t.label.casefold() for t in vocabulary.terms(field.vocabulary or "")}
    pieces = [p.strip() for p in text.split(",")]
    parts, start = [], 0
    while start < len(pieces):
        end = next((end for end in range(len(pieces), start + 1, -1)
                    if ", ".join(pieces[start:end]).casefold() in labels), start + 1)
        parts.append(", ".join(pieces[start:end]))
        start = end
    return [p for p in parts if p]


def _term_id(field: Field, written: str, vocabulary: Vocabulary) -> str:
    terms = vocabulary.terms(field.vocabulary or "")
    if written.isdigit() and 1 <= int(written) <= len(terms):
        return terms[int(written) - 1].id
    by_label = {t.label.casefold(): t.id for t in terms}
    by_id = {t.id.casefold(): t.id for t in terms}
    return by_label.get(written.casefold()) or by_id.get(written.casefold()) or written


def check_answer(field: Field, value: object, vocabulary: Vocabulary, today: date) -> list[str]:
    """The validator's problems with this one value, as it would be written in the profile file."""
    node = yaml_source.parse("\n".join(render_field(field, value)) + "\n")
    assert isinstance(node, yaml_source.Mapping)
    return check_field(field, node.entries[field.name].value, vocabulary, today)[1]


def _plain(message: str) -> str:
    """A validator message at a prompt: no talk of quotes, which only matter inside the file."""
    message = re.sub(r",? without quotes\b|\(without quotes\)\s?", "", message)
    return message[:1].upper() + message[1:]


# ---- Options, for scripts -----------------------------------------------------------------------

def _from_options(args: argparse.Namespace, vocabulary: Vocabulary, today: date) -> int:
    answers: dict[str, object] = {"last_reviewed": today}
    missing: list[Field] = []
    for field in PROFILE_FIELDS:
        targets = field.subfields if field.kind is Kind.MAPPING else (field,)
        group: dict[str, object] = {}
        for target in targets:
            given = getattr(args, f"field_{target.name}", None)
            if given is None:
                continue
            value = interpret(target, given, vocabulary)
            problems = check_answer(target, value, vocabulary, today)
            if problems:
                print(f"--{target.name.replace('_', '-')}: {_plain(problems[0])}", file=sys.stderr)
                return 2
            group[target.name] = value
        if field.kind is Kind.MAPPING:
            if group:
                answers[field.name] = group
        elif field.name in group:
            answers[field.name] = group[field.name]
        if field.required and field.name not in answers:
            missing.append(field)
    if missing:
        names = [" or ".join(f"--{s.name.replace('_', '-')}" for s in (f.subfields or (f,))) for f in missing]
        print("missing required fields: " + ", ".join(names), file=sys.stderr)
        return 2
    answers["bio"] = args.bio or ""
    slug = args.slug or suggest_slug(str(answers["name"]))
    if not SLUG.match(slug):
        print(f"`{slug}` cannot be a page address; use lowercase letters, digits and hyphens", file=sys.stderr)
        return 2
    if _existing(args.folder, slug):
        print(f"a profile with the slug `{slug}` already exists; choose another with --slug", file=sys.stderr)
        return 2
    return _write(args, answers, slug, vocabulary, today, program(args.repository))


def _existing(folder: Path, slug: str) -> Path | None:
    return next((folder / f"{slug}{s}" for s in (".yaml", ".yml", ".md") if (folder / f"{slug}{s}").exists()), None)


def _write(args: argparse.Namespace, answers: dict[str, object], slug: str, vocabulary: Vocabulary,
           today: date, where: Program) -> int:
    path = args.folder / f"{slug}.yaml"
    text = render_yaml(answers)
    _, problems = check_text(path, text, vocabulary, shown=path.as_posix(), today=today)
    if problems:
        for problem in problems:
            print(problem.as_text(), file=sys.stderr)
        return 1
    args.folder.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    print(f"\nSaved {path.as_posix()}. Once it is published, your page will be /mentors/{slug}/.")
    print(next_step(path, answers, where))
    return 0


def next_step(path: Path, answers: dict[str, object], where: Program) -> str:
    """What to do with the file, in plain words, for someone who may never have opened a pull request."""
    folder = Path(os.path.relpath(path.parent.resolve(), Path.cwd())).as_posix() if path.is_absolute() else path.parent.as_posix()
    if where.repository:
        upload = f"{where.repository}/upload/{where.branch}/{folder}"
        return (f"\nNext step: send it to the program for review.\n"
                f"  Without Git: open {upload}\n"
                f"    drag {path.name} onto that page, press \"Propose changes\", then \"Create pull request\".\n"
                f"  With Git: commit {path.as_posix()} on a new branch, push it, and open a pull request on {where.repository}.\n"
                f"A volunteer checks every profile before it goes live.")
    contact = f" at {where.contact}" if where.contact else ""
    return (f"\nNext step: send the file {path.as_posix()} to the program's organisers{contact}; they add it to the directory.\n"
            "(Organisers: set MENTOR_REPOSITORY_URL in pelicanconf.py, or pass --repository, and this step links "
            "straight to your repository.)")


# ---- The interview ------------------------------------------------------------------------------

class Interview:
    """Ask each question, check and save each answer, confirm a summary, then write the profile."""

    def __init__(self, args: argparse.Namespace, vocabulary: Vocabulary, today: date, ask: Ask) -> None:
        self.args, self.vocabulary, self.today, self.ask = args, vocabulary, today, ask
        self.draft: Path = args.draft
        self.answers: dict[str, str] = {}

    def run(self) -> int:
        if self.draft.exists() and not self.args.resume:
            print(f"You have unfinished answers saved in {self.draft}. Run `mentor-directory new --resume` to carry on, "
                  "or delete that file to start again.", file=sys.stderr)
            return 2
        if self.args.resume:
            if not self.draft.exists():
                print(f"There is no saved draft at {self.draft}; starting a new profile.")
            else:
                try:
                    saved = yaml.safe_load(self.draft.read_text(encoding="utf-8")) or {}
                    self.answers = {str(k): str(v) for k, v in dict(saved.get("answers") or {}).items()}
                except (yaml.YAMLError, AttributeError, TypeError, ValueError):
                    print(f"{self.draft} cannot be read as a draft; open it to copy your answers, then delete it "
                          "to start again.", file=sys.stderr)
                    return 2
                print(f"Carrying on from {self.draft}: {len(self.answers)} answer(s) kept.")
        try:
            return self._interview()
        except (EOFError, KeyboardInterrupt):
            if self.answers:
                print(f"\nStopped. Your answers so far are saved in {self.draft}; run `mentor-directory new --resume` "
                      "to carry on.", file=sys.stderr)
            else:
                print("\nStopped; nothing was saved.", file=sys.stderr)
            return 130

    def _interview(self) -> int:
        print("Answer each question and press Enter. Your answers are saved as you go.")
        all_questions = questions()
        for question in all_questions:
            if question.key not in self.answers or self._problems(question, self.answers[question.key]):
                self._put(question)
            if question.key == "contact.url":
                self._need_contact(all_questions)
        if "bio" not in self.answers:
            self._save("bio", self.ask("About you, in a few sentences (Markdown welcome; Enter to skip): ").strip())
        while True:
            self._summary(all_questions)
            choice = self.ask("Type yes to save your profile, or the number of an answer to change it: ").strip().casefold()
            if choice in YES:
                break
            if choice.isdigit() and 1 <= int(choice) <= len(all_questions) + 1:
                index = int(choice) - 1
                if index == len(all_questions):
                    self._save("bio", self.ask("About you, in a few sentences (Markdown welcome; Enter to skip): ").strip())
                else:
                    self._put(all_questions[index])
                    self._need_contact(all_questions)
            else:
                print("  Please type yes, or a number from the list.")
        slug = self._slug()
        code = _write(self.args, self._profile_answers(all_questions), slug, self.vocabulary, self.today,
                      program(self.args.repository))
        if code == 0:
            self.draft.unlink(missing_ok=True)
        else:
            print(f"Your answers are still saved in {self.draft}.", file=sys.stderr)
        return code

    def _put(self, question: Question) -> None:
        field = question.field
        if field.vocabulary:
            print(f"\n{question.words}")
            for number, term in enumerate(self.vocabulary.terms(field.vocabulary), start=1):
                print(f"  {number:2}. {term.label} - {term.description}")
        how = {Kind.TERMS: " (numbers or names, separated by commas)", Kind.TERM: " (a number or a name)",
               Kind.BOOLEAN: " (yes or no)", Kind.TEXT_LIST: " (separated by commas)"}.get(field.kind, "")
        if "separated by commas" in question.words:
            how = ""
        skip = "" if question.required else " (Enter to skip)"
        prompt = f"{question.words}{how}{skip}: "
        while True:
            text = self.ask(prompt).strip()
            if not text:
                if question.required:
                    print("  This one is needed.")
                    continue
                self._save(question.key, "")
                return
            problems = self._problems(question, text)
            if not problems:
                self._save(question.key, text)
                return
            for problem in problems:
                print(f"  {_plain(problem)}")

    def _need_contact(self, all_questions: list[Question]) -> None:
        """Mentees need a way to reach the mentor: an email address or a web address."""
        while not (self.answers.get("contact.email") or self.answers.get("contact.url")):
            print("  Mentees need a way to reach you: give an email address or a web address.")
            self._put(next(q for q in all_questions if q.key == "contact.email"))
            if not self.answers.get("contact.email"):
                self._put(next(q for q in all_questions if q.key == "contact.url"))

    def _problems(self, question: Question, text: str) -> list[str]:
        if not text:
            return ["This one is needed."] if question.required else []
        return check_answer(question.field, interpret(question.field, text, self.vocabulary), self.vocabulary, self.today)

    def _save(self, key: str, text: str) -> None:
        """Keep every answer on disk at once, so nothing typed is lost to Ctrl-C or a crash."""
        self.answers[key] = text
        self.draft.write_text(yaml.safe_dump({"answers": self.answers}, allow_unicode=True, sort_keys=False),
                              encoding="utf-8")

    def _summary(self, all_questions: list[Question]) -> None:
        print("\nHere is your profile:")
        for number, question in enumerate(all_questions, start=1):
            print(f"  {number:2}. {question.words}: {self._shown(question)}")
        print(f"  {len(all_questions) + 1:2}. About you: {self.answers.get('bio') or '-'}")

    def _shown(self, question: Question) -> str:
        text = self.answers.get(question.key, "")
        if not text:
            return "-"
        value = interpret(question.field, text, self.vocabulary)
        if question.field.vocabulary:
            ids = value if isinstance(value, tuple) else (value,)
            return ", ".join(self.vocabulary.label(question.field.vocabulary, i) for i in ids)
        if isinstance(value, bool):
            return "yes" if value else "no"
        return ", ".join(value) if isinstance(value, tuple) else str(value)

    def _profile_answers(self, all_questions: list[Question]) -> dict[str, object]:
        answers: dict[str, object] = {"last_reviewed": self.today, "bio": self.answers.get("bio", "")}
        for question in all_questions:
            text = self.answers.get(question.key, "")
            if not text:
                continue
            value = interpret(question.field, text, self.vocabulary)
            if question.group is not None:
                group = answers.setdefault(question.group.name, {})
                assert isinstance(group, dict)
                group[question.field.name] = value
            else:
                answers[question.key] = value
        return answers

    def _slug(self) -> str:
        slug = self.args.slug or suggest_slug(self.answers["name"])
        while not SLUG.match(slug) or _existing(self.args.folder, slug):
            reason = "is already taken" if SLUG.match(slug) else "cannot be a page address"
            slug = self.ask(f"The page address /mentors/{slug}/ {reason}. Choose another "
                            "(lowercase letters, digits and hyphens): ").strip()
        return slug
