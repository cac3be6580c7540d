"""`mentor-directory`: check profiles as the build does, check who may change them, list stale ones,
write new ones, print the editor schema, count mentees' requests."""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

import yaml

from ..directory.coverage import report
from ..directory.freshness import FreshnessPolicy, months_between
from ..directory.listing import list_directory
from ..outputs.schema import profile_schema
from ..profiles.loading import load_profile, load_profiles, profile_files
from ..profiles.printing import for_log, for_markdown
from ..profiles.problems import Problem
from ..profiles.requests import load_requests
from ..profiles.vocabulary import Vocabulary, VocabularyError, load_vocabulary
from ..site.settings import DEFAULTS, build_date
from . import availability, generated, new_command
from .from_issue import profile_from_event
from .issue_form import form
from .ownership import changes_since, ownership_problems, profiles_at
from .pr_summary import summary
from .repository import program_settings, repository_url
from .requests_count import count_requests, requests_yaml

DEFAULT_CONTENT = Path("content")
DEFAULT_VOCABULARY = DEFAULT_CONTENT / "vocabulary.yaml"
DEFAULT_SETTINGS = Path("pelicanconf.py")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="mentor-directory", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    validate = commands.add_parser("validate", help="check profiles; exit 1 if any has a problem")
    validate.add_argument("paths", nargs="*", type=Path, help="profile files or folders (default: content/mentors/)")
    validate.add_argument("--format", choices=("text", "github"), default="text", help="github prints Actions annotations")
    validate.add_argument("--vocabulary", type=Path, default=DEFAULT_VOCABULARY, help="the vocabulary file")
    schema = commands.add_parser("schema", help="print the profile JSON Schema for editors")
    schema.add_argument("--vocabulary", type=Path, default=DEFAULT_VOCABULARY, help="the vocabulary file")
    review = commands.add_parser("review", help="list profiles due for review, with who to ask")
    _freshness_arguments(review)
    review.add_argument("--format", choices=("text", "markdown"), default="text",
                        help="markdown prints a checklist for a GitHub issue that mentions each mentor")
    review.add_argument("--repository", help="the program's GitHub repository, for each mentor's link to the "
                        "pause/confirm form (default: MENTOR_REPOSITORY_URL in pelicanconf.py, or the Actions run's)")
    stats = commands.add_parser("stats", help="print mentors, places offered and requests per need (thinnest first), place and language, with gaps")
    _freshness_arguments(stats)
    stats.add_argument("--requests", type=Path, default=DEFAULT_CONTENT / "requests.yaml", help="requests per need (optional file)")
    count = commands.add_parser("count-requests", help="print requests.yaml from issues listed by `gh issue list --json number,body`")
    count.add_argument("issues", type=Path, help="the issues as JSON")
    count.add_argument("--vocabulary", type=Path, default=DEFAULT_VOCABULARY, help="the vocabulary file")
    ownership = commands.add_parser("check-ownership", help="check a pull request changes only its author's profiles")
    ownership.add_argument("--author", required=True, help="the pull request author's GitHub username")
    ownership.add_argument("--base", required=True, help="the commit the pull request is based on")
    ownership.add_argument("--head", default="HEAD", help="the pull request's head commit (default: HEAD)")
    ownership.add_argument("--maintainers", default="", help="comma-separated usernames who may change any profile")
    ownership.add_argument("--approvers", default="", help="comma-separated usernames who approved the pull request")
    ownership.add_argument("--folder", default="content/mentors", help="the profiles folder, relative to the repository")
    ownership.add_argument("--format", choices=("text", "github"), default="text")
    form_parser = commands.add_parser("issue-form", help="print the GitHub issue form for adding a profile")
    form_parser.add_argument("--vocabulary", type=Path, default=DEFAULT_VOCABULARY, help="the vocabulary file")
    form_parser.add_argument("--settings", type=Path, default=DEFAULT_SETTINGS,
                             help="the program's pelicanconf.py, for what the form says is public and whom to write to privately")
    stale = commands.add_parser("check-generated", help="fail if the issue forms or the JSON Schema are out of date")
    stale.add_argument("--vocabulary", type=Path, default=DEFAULT_VOCABULARY, help="the vocabulary file")
    stale.add_argument("--root", type=Path, default=Path("."), help="the repository folder")
    stale.add_argument("--settings", type=Path, default=DEFAULT_SETTINGS,
                       help="the program's pelicanconf.py (the profile form says what is public and whom to write to)")
    stale.add_argument("--write", action="store_true", help="remake them instead of checking")
    stale.add_argument("--format", choices=("text", "github"), default="text", help="github prints Actions annotations")
    pause = commands.add_parser("availability-from-issue",
                                help="apply a submitted \"Pause, resume or confirm my profile\" form to its profile")
    pause.add_argument("event", type=Path, help="the event JSON GitHub wrote ($GITHUB_EVENT_PATH)")
    pause.add_argument("--vocabulary", type=Path, default=DEFAULT_VOCABULARY, help="the vocabulary file")
    pause.add_argument("--folder", type=Path, default=DEFAULT_CONTENT / "mentors", help="where profiles live")
    pause.add_argument("--report", type=Path, required=True, help="where to write the comment for the issue (Markdown)")
    issue = commands.add_parser("from-issue", help="write the profile a submitted issue form describes")
    issue.add_argument("event", type=Path, help="the event JSON GitHub wrote ($GITHUB_EVENT_PATH)")
    issue.add_argument("--vocabulary", type=Path, default=DEFAULT_VOCABULARY, help="the vocabulary file")
    issue.add_argument("--folder", type=Path, default=DEFAULT_CONTENT / "mentors", help="where profiles live")
    issue.add_argument("--report", type=Path, required=True, help="where to write the comment for the issue (Markdown)")
    summarize = commands.add_parser("summarize", help="say in plain words which profiles a pull request changes")
    summarize.add_argument("--base", required=True, help="the commit the pull request is based on")
    summarize.add_argument("--folder", default="content/mentors", help="the profiles folder, relative to the repository")
    summarize.add_argument("--vocabulary", type=Path, default=DEFAULT_VOCABULARY, help="the vocabulary file")
    new = commands.add_parser("new", help="write a new profile, asking for what is missing")
    new.add_argument("--vocabulary", type=Path, default=DEFAULT_VOCABULARY, help="the vocabulary file")
    new_command.add_arguments(new)
    args = parser.parse_args(argv)
    try:
        return _run(args)
    except VocabularyError as error:
        print(error, file=sys.stderr)
        return 1


def _freshness_arguments(command: argparse.ArgumentParser) -> None:
    """The profiles folder and the freshness policy, for commands that judge how current profiles are."""
    command.add_argument("folder", nargs="?", type=Path, default=DEFAULT_CONTENT / "mentors")
    command.add_argument("--vocabulary", type=Path, default=DEFAULT_VOCABULARY, help="the vocabulary file")
    command.add_argument("--review-after", type=int, default=DEFAULTS["MENTOR_REVIEW_AFTER_MONTHS"], metavar="MONTHS")
    command.add_argument("--hide-after", type=int, default=DEFAULTS["MENTOR_HIDE_AFTER_MONTHS"], metavar="MONTHS")
    command.add_argument("--today", type=date.fromisoformat, default=None, help="measure on this day (YYYY-MM-DD)")


def _run(args: argparse.Namespace) -> int:
    """Carry out one command; a broken vocabulary file is reported by main()."""
    if args.command == "schema":
        print(json.dumps(profile_schema(load_vocabulary(args.vocabulary)), indent=2, ensure_ascii=False))
        return 0
    if args.command == "review":
        return run_review(args.folder, args.vocabulary, FreshnessPolicy(args.review_after, args.hide_after),
                          args.today or build_date(None), args.format, repository_url(args.repository))
    if args.command == "stats":
        return run_stats(args.folder, args.vocabulary, FreshnessPolicy(args.review_after, args.hide_after),
                         args.today or build_date(None), args.requests)
    if args.command == "count-requests":
        counts, skipped = count_requests(json.loads(args.issues.read_text(encoding="utf-8")),
                                         load_vocabulary(args.vocabulary).lists["mentoring_areas"])
        for note in skipped:
            print(note, file=sys.stderr)
        print(requests_yaml(counts), end="")
        return 0
    if args.command == "issue-form":
        settings = program_settings(args.settings)
        issue_form = form(load_vocabulary(args.vocabulary), settings["MENTOR_EMAIL_DISPLAY"], settings["MENTOR_PROGRAM_CONTACT"])
        print(yaml.safe_dump(issue_form, sort_keys=False, allow_unicode=True, width=100), end="")
        return 0
    if args.command == "from-issue":
        outcome = profile_from_event(args.event, args.folder, load_vocabulary(args.vocabulary), build_date(None))
        if outcome.path is not None:
            print(outcome.path.as_posix())
            return 0
        args.report.write_text("Thank you! Your profile needs a few changes before it can be added. "
                               "Please edit the issue to fix these:\n\n" + "".join(f"- {p}\n" for p in outcome.problems),
                               encoding="utf-8")
        return 1
    if args.command == "check-generated":
        return run_check_generated(args.root, load_vocabulary(args.vocabulary), program_settings(args.settings),
                                   args.write, args.format)
    if args.command == "availability-from-issue":
        changed = availability.availability_from_event(args.event, args.folder, load_vocabulary(args.vocabulary), build_date(None))
        if changed.path is not None:
            print(changed.path.as_posix())
            return 0
        args.report.write_text(availability.report(changed.problems), encoding="utf-8")
        return 1
    if args.command == "summarize":
        print(summary(changes_since(args.base, args.folder), load_vocabulary(args.vocabulary), args.folder,
                      profiles_at(args.base, args.folder)), end="")
        return 0
    if args.command == "check-ownership":
        maintainers = frozenset(m.strip() for m in args.maintainers.split(",") if m.strip())
        approvers = frozenset(a.strip() for a in args.approvers.split(",") if a.strip())
        problems = ownership_problems(changes_since(args.base, args.folder, args.head), args.author, maintainers, approvers,
                                      folder=args.folder, profiles=profiles_at(args.base, args.folder, args.head))
        for problem in problems:
            print(problem.as_github() if args.format == "github" else problem.as_text())
        return 1 if problems else 0
    if args.command == "new":
        return new_command.run(args, load_vocabulary(args.vocabulary), date.today())
    return run_validate(args.paths or [DEFAULT_CONTENT / "mentors"], args.vocabulary, args.format)


def run_review(folder: Path, vocabulary_path: Path, policy: FreshnessPolicy, today: date, output_format: str = "text",
               repository: str | None = None) -> int:
    """Print one line per profile due for review, oldest first; exit 1 only if profiles cannot be read."""
    vocabulary = load_vocabulary(vocabulary_path)
    result = load_profiles(folder, vocabulary, today=today)
    for problem in result.problems:
        print(problem.as_text(), file=sys.stderr)
    from ..profiles.text_folding import slug as slugify  # the same slugs as the site's facet pages

    listing = list_directory(result.profiles, vocabulary, policy, today, slugify)
    due = listing.due_for_review()
    if output_format == "markdown" and due:
        if repository:
            print("These profiles have not been reviewed for a while. Please follow the link beside your name: "
                  "it confirms your profile is current, or pauses it if you are not taking new mentees now. "
                  "No Git needed; it takes under a minute.\n")
        else:
            print("These profiles have not been reviewed for a while. Please check yours, update "
                  "`last_reviewed`, and open a pull request (or set `accepting_mentees: false` to pause).\n")
    for profile in due:
        who = f"@{profile.github}" if profile.github else "no github: handle"
        age = months_between(profile.last_reviewed, today)
        hidden = " — left out of the directory" if profile.slug in listing.hidden else ""
        if output_format == "markdown":
            link = f" [Confirm, pause or resume]({availability.form_url(repository, profile.slug)})" if repository else ""
            print(f"- [ ] {who}: {for_markdown(profile.name)}, {for_markdown(profile.source)}, "
                  f"last reviewed {profile.last_reviewed.isoformat()} ({age} months ago){hidden}{link}")
        else:
            print(for_log(f"{profile.source}: {profile.name} ({who}) last reviewed {profile.last_reviewed.isoformat()}, {age} months ago{hidden}"))
    print(f"{len(due)} of {len(result.profiles)} profile(s) due for review.", file=sys.stderr)
    return 1 if result.problems else 0


def run_check_generated(root: Path, vocabulary: Vocabulary, settings: dict[str, object], write: bool,
                        output_format: str) -> int:
    """Remake, or check, the files GitHub and editors read that come from the vocabulary and the field table."""
    if write:
        for path in generated.write(root, vocabulary, settings):
            print(f"Wrote {path}")
        return 0
    problems = generated.stale(root, vocabulary, settings)
    for problem in problems:
        print(problem.as_github() if output_format == "github" else problem.as_text())
    if problems:
        print("Run `mentor-directory check-generated --write`, then commit the changed files.", file=sys.stderr)
        return 1
    print(f"All {len(generated.GENERATED)} generated files are up to date.", file=sys.stderr)
    return 0


def run_stats(folder: Path, vocabulary_path: Path, policy: FreshnessPolicy, today: date,
              requests_path: Path | None = None) -> int:
    """Print the coverage the dashboard shows; exit 1 if profiles or requests cannot be read, since counts would be wrong."""
    from ..profiles.text_folding import slug as slugify  # the same slugs as the site's facet pages

    vocabulary = load_vocabulary(vocabulary_path)
    result = load_profiles(folder, vocabulary, today=today)
    requests, request_problems = load_requests(requests_path, vocabulary) if requests_path else (None, [])
    for problem in result.problems + request_problems:
        print(problem.as_text(), file=sys.stderr)
    if result.problems or request_problems:
        return 1
    listing = list_directory(result.profiles, vocabulary, policy, today, slugify)
    print(report(listing.coverage(requests)), end="")
    return 0


def run_validate(paths: list[Path], vocabulary_path: Path, output_format: str) -> int:
    problems, checked = check(paths, vocabulary_path)
    for problem in problems:
        print(problem.as_github() if output_format == "github" else problem.as_text())
    if problems:
        print(f"{len(problems)} problem(s) in {checked} file(s).", file=sys.stderr)
        return 1
    if checked == 0:
        # A new program starts with an empty folder: that is not an error, but it must not read as "all is well".
        where = ", ".join(path.as_posix() for path in paths)
        print(f"No profiles to check in {where} yet. That is how a new program starts; the site builds and invites "
              "mentors to add themselves. Add the first profile with `mentor-directory new`.", file=sys.stderr)
        return 0
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
            checked += len(profile_files(path))
        elif path.is_file():
            problems.extend(load_profile(path, vocabulary, shown=path.as_posix(), today=today)[1])
            checked += 1
        else:
            problems.append(Problem(path.as_posix(), 1, 1, "no such file or folder"))
    return sorted(problems), checked


if __name__ == "__main__":
    sys.exit(main())
