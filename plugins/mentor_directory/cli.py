"""`mentor-directory`: check profiles exactly as the build does, write new ones, print the editor schema."""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from . import new_command
from .loading import load_profile, load_profiles
from .problems import Problem
from .schema import profile_schema
from .vocabulary import VocabularyError, load_vocabulary

DEFAULT_CONTENT = Path("content")
DEFAULT_VOCABULARY = DEFAULT_CONTENT / "vocabulary.yaml"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="mentor-directory", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    validate = commands.add_parser("validate", help="check profiles; exit 1 if any has a problem")
    validate.add_argument("paths", nargs="*", type=Path, help="profile files or folders (default: content/mentors/)")
    validate.add_argument("--format", choices=("text", "github"), default="text", help="github prints Actions annotations")
    validate.add_argument("--vocabulary", type=Path, default=DEFAULT_VOCABULARY, help="the vocabulary file")
    schema = commands.add_parser("schema", help="print the profile JSON Schema for editors")
    schema.add_argument("--vocabulary", type=Path, default=DEFAULT_VOCABULARY, help="the vocabulary file")
    new = commands.add_parser("new", help="write a new profile, asking for what is missing")
    new.add_argument("--vocabulary", type=Path, default=DEFAULT_VOCABULARY, help="the vocabulary file")
    new_command.add_arguments(new)
    args = parser.parse_args(argv)
    if args.command == "schema":
        return run_schema(args.vocabulary)
    if args.command == "new":
        try:
            vocabulary = load_vocabulary(args.vocabulary)
        except VocabularyError as error:
            print(error, file=sys.stderr)
            return 1
        return new_command.run(args, vocabulary, date.today())
    return run_validate(args.paths or [DEFAULT_CONTENT / "mentors"], args.vocabulary, args.format)


def run_schema(vocabulary_path: Path) -> int:
    try:
        vocabulary = load_vocabulary(vocabulary_path)
    except VocabularyError as error:
        print(error, file=sys.stderr)
        return 1
    print(json.dumps(profile_schema(vocabulary), indent=2, ensure_ascii=False))
    return 0


def run_validate(paths: list[Path], vocabulary_path: Path, output_format: str) -> int:
    problems, checked = check(paths, vocabulary_path)
    for problem in problems:
        print(problem.as_github() if output_format == "github" else problem.as_text())
    if problems:
        print(f"{len(problems)} problem(s) in {checked} file(s).", file=sys.stderr)
        return 1
    print(f"All {checked} profile(s) are valid.", file=sys.stderr)
    return 0


def check(paths: list[Path], vocabulary_path: Path) -> tuple[list[Problem], int]:
    """Problems in the given files and folders, and how many files were checked."""
    try:
        vocabulary = load_vocabulary(vocabulary_path)
    except VocabularyError as error:
        return error.problems, 0
    problems: list[Problem] = []
    checked = 0
    today = date.today()
    for path in paths:
        if path.is_dir():
            result = load_profiles(path, vocabulary, today=today)
            problems.extend(result.problems)
            checked += sum(1 for p in path.iterdir() if p.is_file() and not p.name.startswith("."))
        elif path.is_file():
            problems.extend(load_profile(path, vocabulary, shown=path.as_posix(), today=today)[1])
            checked += 1
        else:
            problems.append(Problem(path.as_posix(), 1, 1, "no such file or folder"))
    return sorted(problems), checked


if __name__ == "__main__":
    sys.exit(main())
