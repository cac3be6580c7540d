"""The README is the mentors' guide to the format: it must document every field the validator knows."""
import re

from mentor_directory.profiles.fields import PROFILE_FIELDS
from site_builder import PROJECT


def documented_fields() -> dict[str, bool]:
    """Field name -> required, from the README's two field tables."""
    text = (PROJECT / "README.md").read_text(encoding="utf-8")
    required_part, optional_part = text.split("Required:", 1)[1].split("Optional:", 1)
    optional_part = optional_part.split("\n\n", 2)[1]
    names = {name: True for name in re.findall(r"^\| `(\w+)` \|", required_part.split("\n\n", 2)[1], re.M)}
    names.update({name: False for name in re.findall(r"^\| `(\w+)` \|", optional_part, re.M)})
    return names


def test_the_readme_documents_every_profile_field_as_required_or_optional() -> None:
    assert documented_fields() == {f.name: f.required for f in PROFILE_FIELDS}


def test_the_readme_documents_every_mentor_setting() -> None:
    from mentor_directory.site.settings import DEFAULTS

    text = (PROJECT / "README.md").read_text(encoding="utf-8")
    table = text.split("## Configuration", 1)[1].split("\n\n", 3)[2]
    documented = set(re.findall(r"`(MENTOR_\w+)`", table))
    assert documented == set(DEFAULTS)
