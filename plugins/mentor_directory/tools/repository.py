"""Which GitHub repository the program's profiles live in, for links mentors follow from the CLI."""
from __future__ import annotations

import os
from pathlib import Path


def repository_url(given: str | None, settings_file: Path = Path("pelicanconf.py")) -> str | None:
    """`--repository`, else MENTOR_REPOSITORY_URL in pelicanconf.py, else the repository a GitHub Actions run is in.

    The setting is the one the site's "Add yourself" links use, so the CLI and the site send
    mentors to the same place; Actions sets GITHUB_REPOSITORY, so the monthly review works unset.
    """
    if given:
        return given.rstrip("/")
    if settings_file.is_file():
        from pelican.settings import get_settings_from_file

        configured = get_settings_from_file(str(settings_file)).get("MENTOR_REPOSITORY_URL")
        if configured:
            return str(configured).rstrip("/")
    if os.environ.get("GITHUB_REPOSITORY"):
        return f"{os.environ.get('GITHUB_SERVER_URL', 'https://github.com')}/{os.environ['GITHUB_REPOSITORY']}"
    return None
