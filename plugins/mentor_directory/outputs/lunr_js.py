"""Finding the lunr.js that npm installed, and checking it matches the index lunr.py writes."""
from __future__ import annotations

import json
from pathlib import Path

import lunr

INSTALL_HINT = "run `npm ci` in the project folder (or `make html`, which does it for you)"


class LunrJsMissing(Exception):
    pass


def check_lunr_js(script: Path) -> Path:
    """Return the script's path, or explain exactly how to install the right version."""
    expected = lunr.__TARGET_JS_VERSION__
    if not script.is_file():
        raise LunrJsMissing(f"lunr.js was not found at {script}; {INSTALL_HINT}")
    found = installed_version(script)
    if found != expected:
        raise LunrJsMissing(
            f"lunr.js {found} is installed but lunr.py writes indexes for lunr.js {expected}; "
            f"set lunr to {expected} in package.json and {INSTALL_HINT}"
        )
    return script


def installed_version(script: Path) -> str | None:
    manifest = script.parent / "package.json"
    try:
        return json.loads(manifest.read_text(encoding="utf-8")).get("version")
    except (OSError, ValueError):
        return None
