"""Mentor Directory: a Pelican plugin that builds a searchable mentor directory from profiles.

``register()`` only connects signals; the work is in the modules it names.
"""
from __future__ import annotations

from typing import Any

from pelican import signals

from .generator import MentorDirectoryGenerator
from .settings import directory_settings, unknown_settings


class SettingsError(Exception):
    pass


def _check_settings(pelican: Any) -> None:
    """Refuse unknown MENTOR_ settings and keep Pelican from reading profiles as articles."""
    problems = unknown_settings(pelican.settings)
    if problems:
        raise SettingsError("; ".join(problems))
    profiles = directory_settings(pelican.settings)["MENTOR_PROFILES_PATH"]
    for key in ("ARTICLE_EXCLUDES", "PAGE_EXCLUDES"):
        excludes = list(pelican.settings.get(key, []))
        if profiles not in excludes:
            pelican.settings[key] = excludes + [profiles]


def _generators(pelican: Any) -> type[MentorDirectoryGenerator]:
    return MentorDirectoryGenerator


def register() -> None:
    signals.initialized.connect(_check_settings)
    signals.get_generators.connect(_generators)
