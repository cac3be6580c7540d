"""Building a real site in a temporary folder, the way `make html` does, for build and browser tests."""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from pelican import Pelican, signals
from pelican.settings import read_settings

import mentor_directory

PROJECT = Path(__file__).resolve().parent.parent
DEMO_CONTENT = PROJECT / "content"


def copy_demo_content(destination: Path) -> Path:
    """A writable copy of the demo content; tests add, break or delete profiles in it."""
    content = destination / "content"
    shutil.copytree(DEMO_CONTENT, content)
    return content


def build(content: Path, output: Path, **overrides: Any) -> Path:
    """Run Pelican with the project's pelicanconf.py on ``content``; return the output folder."""
    settings = read_settings(
        str(PROJECT / "pelicanconf.py"),
        override={
            "PATH": str(content),
            "OUTPUT_PATH": str(output),
            "THEME": str(PROJECT / "theme"),
            "PLUGIN_PATHS": [str(PROJECT / "plugins")],
            "MENTOR_LUNR_JS": str(PROJECT / "node_modules" / "lunr" / "lunr.min.js"),
            **overrides,
        },
    )
    try:
        Pelican(settings).run()
    finally:
        disconnect_plugin()
    return output


def disconnect_plugin() -> None:
    """Blinker signals are process-wide: leave no receiver behind for the next build."""
    signals.initialized.disconnect(mentor_directory._check_settings)
    signals.get_generators.disconnect(mentor_directory._generators)
