"""The facet keys: the names by which Python, the templates, the vocabulary's `program:` section
and the browser scripts (theme/static/js/facet-keys.js) refer to each way of narrowing the directory.

They live in the first stage because the vocabulary's `program:` section may rename a facet's
heading and must refuse an unknown key where it is written. directory/facets.py gives each key
its path, heading and vocabulary list, in this order; unit tests keep the three in step.
"""
from __future__ import annotations

FACET_KEYS: tuple[str, ...] = (
    "area", "availability", "library-type", "function", "mode", "format", "stage",
    "region", "country", "timezone", "language", "identity",
)
