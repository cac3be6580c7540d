"""Links that let a mentor add a profile from the browser: the issue form, or GitHub's web
editor opened on a new file in the profiles folder, already filled with a valid example."""
from __future__ import annotations

from urllib.parse import quote, urlencode

from ..profiles.fields import PROFILE_FIELDS

EXAMPLE_OPTIONAL = ("pronouns", "career_stage", "location", "timezone", "languages", "capacity")


def profile_template() -> str:
    """A valid example profile built from the field table's examples, for mentors to edit."""
    lines = []
    for field in PROFILE_FIELDS:
        if field.required or field.name in EXAMPLE_OPTIONAL:
            separator = "" if field.example.startswith("\n") else " "
            lines.append(f"{field.name}:{separator}{field.example}")
    lines.append("bio: |\n  A few sentences about you and how you like to mentor.")
    return "\n".join(lines) + "\n"


def contribution_links(repository_url: str, branch: str, profiles_folder: str) -> dict[str, str]:
    """URLs for the issue form and for a pre-filled new file in GitHub's web editor."""
    base = repository_url.rstrip("/")
    editor_query = urlencode({"filename": "your-name.yaml", "value": profile_template()}, quote_via=quote)
    return {
        "form": f"{base}/issues/new?template=mentor-profile.yml",
        "editor": f"{base}/new/{quote(branch)}/{quote(profiles_folder.strip('/'))}?{editor_query}",
    }
