"""Mentor Directory: a Pelican plugin that builds a searchable mentor directory from profiles.

Importing the package does not import Pelican, so the profile, validation and search
modules can be used on their own; ``register()`` connects the Pelican hooks.
"""


def register() -> None:
    from .site.hooks import connect

    connect()
