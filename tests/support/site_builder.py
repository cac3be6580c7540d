"""Building a real site in a temporary folder, the way `make html` does, for build and browser tests."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from pelican import Pelican
from pelican.settings import read_settings

from mentor_directory.site.hooks import disconnect

PROJECT = Path(__file__).resolve().parents[2]
DEMO_CONTENT = PROJECT / "content"
# The second example program (a museum network) with its own content and configuration.
MUSEUM = PROJECT / "examples" / "museum"
# Freshness is measured on a fixed day so that tests do not change as the demo profiles age.
BUILD_DAY = "2026-11-23"


def build(content: Path, output: Path, settings_file: Path = PROJECT / "pelicanconf.py", **overrides: Any) -> Path:
    """Run Pelican with ``settings_file`` (the project's pelicanconf.py) on ``content``; return the output folder."""
    settings = read_settings(
        str(settings_file),
        override={
            "PATH": str(content),
            "OUTPUT_PATH": str(output),
            "THEME": str(PROJECT / "theme"),
            "PLUGIN_PATHS": [str(PROJECT / "plugins")],
            "MENTOR_LUNR_JS": str(PROJECT / "node_modules" / "lunr" / "lunr.min.js"),
            "MENTOR_TODAY": BUILD_DAY,
            **overrides,
        },
    )
    try:
        Pelican(settings).run()
    finally:
        disconnect()
    return output
