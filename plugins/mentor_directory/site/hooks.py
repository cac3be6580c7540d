"""The Pelican signal receivers: check settings at start-up and add our generator."""
from __future__ import annotations

import sys
from typing import Any

from pelican import signals

from . import staging
from .generator import MentorDirectoryGenerator
from .settings import directory_settings, setting_problems, unknown_settings


class SettingsError(Exception):
    pass


def check_settings(pelican: Any) -> None:
    """Refuse unknown or unusable MENTOR_ settings and keep Pelican from reading profiles as articles."""
    problems = unknown_settings(pelican.settings) or setting_problems(pelican.settings)
    if problems:
        # Plain lines first: Pelican's logger wraps and decorates the exception that follows.
        sys.stderr.write("".join(f"pelicanconf.py: error: {problem}\n" for problem in problems))
        raise SettingsError("; ".join(problems))
    profiles = directory_settings(pelican.settings)["MENTOR_PROFILES_PATH"]
    for key in ("ARTICLE_EXCLUDES", "PAGE_EXCLUDES"):
        excludes = list(pelican.settings.get(key, []))
        if profiles not in excludes:
            pelican.settings[key] = excludes + [profiles]


def add_generator(pelican: Any) -> type[MentorDirectoryGenerator]:
    """Also sent at the start of every build (each rebuild under --autoreload): the build starts in a staging folder."""
    staging.begin(pelican)
    # The swap must come after every other plugin's `finalized` work (the sitemap plugin writes
    # there, into the folder being built, with addresses relative to it); blinker calls receivers
    # in the order they connected, so ours moves to the end once all plugins have registered.
    signals.finalized.disconnect(staging.finish)
    signals.finalized.connect(staging.finish)
    return MentorDirectoryGenerator


def connect() -> None:
    signals.initialized.connect(check_settings)
    signals.get_generators.connect(add_generator)
    signals.finalized.connect(staging.finish)


def disconnect() -> None:
    """Blinker signals are process-wide; tests that build several sites call this between builds."""
    signals.initialized.disconnect(check_settings)
    signals.get_generators.disconnect(add_generator)
    signals.finalized.disconnect(staging.finish)
