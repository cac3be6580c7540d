"""Every setting the plugin reads, with its default, checked once when Pelican starts.

Set any of these in ``pelicanconf.py``. A ``MENTOR_`` setting that is not listed here is
an error rather than silently ignored, so a typo cannot quietly change the site.
"""
from __future__ import annotations

import os
from typing import Any

from .suggest import did_you_mean

DEFAULTS: dict[str, Any] = {
    # Folder of profiles and the vocabulary file, relative to Pelican's content PATH.
    "MENTOR_PROFILES_PATH": "mentors",
    "MENTOR_VOCABULARY_PATH": "vocabulary.yaml",
    # Where each mentor page, the directory and each facet page are written and linked.
    "MENTOR_URL": "mentors/{slug}/",
    "MENTOR_SAVE_AS": "mentors/{slug}/index.html",
    "MENTOR_DIRECTORY_URL": "",
    "MENTOR_DIRECTORY_SAVE_AS": "index.html",
    "MENTOR_FACET_URL": "{facet}/{term}/",
    "MENTOR_FACET_SAVE_AS": "{facet}/{term}/index.html",
    "MENTOR_BROWSE_URL": "browse/",
    "MENTOR_BROWSE_SAVE_AS": "browse/index.html",
    # The search index (fetched when a mentee starts typing) and the filter records.
    "MENTOR_SEARCH_INDEX_SAVE_AS": "search/index.json",
    "MENTOR_RECORDS_SAVE_AS": "search/records.json",
    # lunr.js as installed by `npm ci`; None means node_modules/lunr beside the content folder.
    "MENTOR_LUNR_JS": None,
    "MENTOR_LUNR_JS_SAVE_AS": "theme/js/lunr.min.js",
}


def directory_settings(settings: dict[str, Any]) -> dict[str, Any]:
    """The plugin's settings with defaults filled in and the lunr.js path resolved."""
    merged = {key: settings.get(key, default) for key, default in DEFAULTS.items()}
    if merged["MENTOR_LUNR_JS"] is None:
        project = os.path.dirname(os.path.abspath(settings["PATH"]))
        merged["MENTOR_LUNR_JS"] = os.path.join(project, "node_modules", "lunr", "lunr.min.js")
    return merged


def unknown_settings(settings: dict[str, Any]) -> list[str]:
    """Messages for MENTOR_ settings the plugin does not know, with the nearest known name."""
    return [
        f"unknown setting {key}{did_you_mean(key, DEFAULTS)}"
        for key in sorted(settings)
        if key.startswith("MENTOR_") and key not in DEFAULTS
    ]
