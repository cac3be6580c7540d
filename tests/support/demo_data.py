"""The bundled demo profiles read plainly with PyYAML, so tests compute expectations without the plugin."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import yaml

from mentor_directory.directory.freshness import months_between
from site_builder import BUILD_DAY, DEMO_CONTENT

DEMO_SLUGS = sorted(p.stem for p in (DEMO_CONTENT / "mentors").iterdir() if p.suffix in {".md", ".yaml", ".yml"})


def demo_fields(slug: str) -> dict:
    path = next((DEMO_CONTENT / "mentors").glob(f"{slug}.*"))
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".md":
        text = text.split("---", 2)[1]
    return yaml.safe_load(text)


def reviewed_on(slug: str) -> date:
    value = demo_fields(slug)["last_reviewed"]
    return value if isinstance(value, date) else date.fromisoformat(value)


# With the default policy, profiles not reviewed for 18 months leave the listings.
LISTED_SLUGS = [s for s in DEMO_SLUGS if months_between(reviewed_on(s), date.fromisoformat(BUILD_DAY)) < 18]


def html_files(output: Path) -> list[Path]:
    return sorted(output.rglob("*.html"))


