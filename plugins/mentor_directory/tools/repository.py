"""Where the program's profiles live and whom to ask, for the links and next steps the CLI prints."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SETTINGS_FILE = Path("pelicanconf.py")


@dataclass(frozen=True)
class Program:
    repository: str | None  # e.g. https://github.com/OWNER/REPO
    branch: str
    contact: str | None     # an email address or a web address


def _settings(settings_file: Path) -> dict[str, Any]:
    if not settings_file.is_file():
        return {}
    from pelican.settings import get_settings_from_file

    return get_settings_from_file(str(settings_file))


def program(repository: str | None, settings_file: Path = SETTINGS_FILE) -> Program:
    """The same settings the site's "Add yourself" links use, so the CLI and the site send mentors to one place."""
    settings = _settings(settings_file)
    given = repository or settings.get("MENTOR_REPOSITORY_URL")
    return Program(str(given).rstrip("/") if given else None, settings.get("MENTOR_REPOSITORY_BRANCH") or "main",
                   settings.get("MENTOR_PROGRAM_CONTACT"))


def repository_url(given: str | None, settings_file: Path = SETTINGS_FILE) -> str | None:
    """`--repository`, else MENTOR_REPOSITORY_URL in pelicanconf.py, else the repository a GitHub Actions run is in
    (Actions sets GITHUB_REPOSITORY, so the monthly review links work without configuration)."""
    configured = program(given, settings_file).repository
    if configured:
        return configured
    if os.environ.get("GITHUB_REPOSITORY"):
        return f"{os.environ.get('GITHUB_SERVER_URL', 'https://github.com')}/{os.environ['GITHUB_REPOSITORY']}"
    return None
