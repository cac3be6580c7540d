"""Building a real site in a temporary folder, the way `make html` does, for build and browser tests."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pelican import Pelican
from pelican.settings import read_settings

from mentor_directory.outputs.index_format import assemble
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


def search_index(output: Path) -> dict[str, Any]:
    """A built site's search index, every shard assembled, as lunr's ``Index.load`` reads it."""
    save_as = output / "search" / "index.json"
    head = json.loads(save_as.read_text(encoding="utf-8"))["index"]
    shards = [json.loads((save_as.parent / name).read_text(encoding="utf-8")) for _, name in head["shards"]]
    return assemble(head, shards)
