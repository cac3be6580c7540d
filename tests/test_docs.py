"""The docs stay true to the code: the mentors' guide lists every profile field, the organisers'
guide every MENTOR_* setting, the README keeps the two commands CI runs, and every link between
the docs leads somewhere."""
import re

from mentor_directory.profiles.fields import PROFILE_FIELDS
from site_builder import PROJECT

DOCS = PROJECT / "docs"
LINKING = [PROJECT / "README.md", PROJECT / "CONTRIBUTING.md", PROJECT / "CHANGELOG.md", *sorted(DOCS.glob("*.md"))]


def first_table_after(path, heading: str) -> str:
    """The rows of the first Markdown table below a heading line."""
    text = path.read_text(encoding="utf-8")
    after = re.split(rf"^#+ {re.escape(heading)}\n", text, maxsplit=1, flags=re.M)
    assert len(after) == 2, f"{path.name} has no heading '{heading}'"
    lines = after[1].splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("|"))
    rows = []
    for line in lines[start:]:
        if not line.startswith("|"):
            break
        rows.append(line)
    return "\n".join(rows)


def documented_fields() -> dict[str, bool]:
    """Field name -> required, from the two field tables in docs/mentors.md."""
    mentors = DOCS / "mentors.md"
    names = dict.fromkeys(re.findall(r"^\| `(\w+)` \|", first_table_after(mentors, "Required fields"), re.M), True)
    names.update(dict.fromkeys(re.findall(r"^\| `(\w+)` \|", first_table_after(mentors, "Optional fields"), re.M), False))
    return names


def test_the_mentors_guide_documents_every_profile_field_as_required_or_optional() -> None:
    assert documented_fields() == {f.name: f.required for f in PROFILE_FIELDS}


def test_the_organisers_guide_documents_every_mentor_setting() -> None:
    from mentor_directory.site.settings import DEFAULTS

    table = first_table_after(DOCS / "organisers.md", "Configuration")
    assert set(re.findall(r"`(MENTOR_\w+)`", table)) == set(DEFAULTS)


def test_the_readme_gives_the_two_commands_and_ci_runs_its_test_command() -> None:
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    assert "make html    # builds the demo directory" in readme
    assert "make test    # runs the whole test suite" in readme
    ci = (PROJECT / ".ci" / "run").read_text(encoding="utf-8")
    assert ci.rstrip().splitlines()[-1] == "make test"


def test_every_link_between_the_docs_leads_to_a_file_and_heading_that_exist() -> None:
    broken = []
    for path in LINKING:
        for target in re.findall(r"\]\(([^)\s]+)\)", path.read_text(encoding="utf-8")):
            if re.match(r"[a-z]+:", target):
                continue  # https:, mailto:
            file_part, _, fragment = target.partition("#")
            linked = (path.parent / file_part).resolve() if file_part else path
            if not linked.exists():
                broken.append(f"{path.name}: {target}")
            elif fragment and linked.suffix == ".md" and fragment not in anchors(linked):
                broken.append(f"{path.name}: {target} (no such heading)")
    assert broken == []


def anchors(path) -> set[str]:
    """GitHub's anchors for a Markdown file's headings: lowercase, punctuation dropped, spaces as hyphens."""
    headings = re.findall(r"^#+ (.+)$", path.read_text(encoding="utf-8"), re.M)
    return {re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-") for heading in headings}
