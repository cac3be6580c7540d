"""Pelican's content cache for profiles: an unchanged profile is not parsed, validated or rendered again.

Pelican's ``FileStampDataCacher`` (the cache behind CACHE_CONTENT and LOAD_CONTENT_CACHE)
keeps each profile's validated data and bio HTML with the file's stamp (its mtime, or a
hash with CHECK_MODIFIED_METHOD). A profile is only valid against the vocabulary, the
day, the MENTOR_ settings, its photo, this plugin's code and the libraries that read it
and render its bio; Pelican's stamp sees none of those (and Pelican 4.12 does not drop its
cache when settings change), so every entry also carries a key made from them and a stamp
of its photo, and any difference is a miss. Files with problems are never cached: they are read again on
every build, so their errors are reported with file and line every time.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import Any

import markdown
import nh3
import yaml
from pelican.cache import FileStampDataCacher

from ..profiles.markup import render_bio
from ..profiles.profile import Profile

CACHE_NAME = "MentorDirectoryGenerator-profiles"
PLUGIN = Path(__file__).resolve().parent.parent


def context_key(vocabulary_file: Path, today: date, options: dict[str, Any]) -> str:
    """What a profile's validity and bio HTML depend on besides its own file and photo."""
    digest = hashlib.sha256()
    for source in sorted(PLUGIN.rglob("*.py")):
        digest.update(source.read_bytes())
    for library in (yaml, markdown, nh3):
        digest.update(f"{library.__name__} {library.__version__}".encode())
    digest.update(vocabulary_file.read_bytes())
    digest.update(today.isoformat().encode())
    digest.update(repr(sorted(options.items())).encode())
    return digest.hexdigest()


class ProfileCache:
    """Profiles and their bio HTML by file; also renders the bios of profiles that were not cached."""

    def __init__(self, settings: dict[str, Any], key: Callable[[], str]) -> None:
        """``key`` is only worked out when the cache is on: it reads and hashes the plugin's code."""
        self._files = FileStampDataCacher(settings, CACHE_NAME, settings["CACHE_CONTENT"], settings["LOAD_CONTENT_CACHE"])
        self._key = key() if settings["CACHE_CONTENT"] or settings["LOAD_CONTENT_CACHE"] else ""
        self._bios: dict[str, str] = {}
        self._unsaved: list[tuple[Path, Profile]] = []

    def get(self, path: Path) -> Profile | None:
        entry = self._files.get_cached_data(str(path))
        if entry is None:
            return None
        key, photo_stamp, profile, bio_html = entry
        if key != self._key or photo_stamp != _photo_stamp(path, profile):
            return None
        self._bios[profile.slug] = bio_html
        return profile

    def put(self, path: Path, profile: Profile) -> None:
        self._unsaved.append((path, profile))

    def render_bios(self, profiles: list[Profile], map_bios: Callable[[Callable[[str], str], list[str]], Iterable[str]]) -> None:
        """Render every bio not taken from the cache, with ``map_bios`` (which may share them between cores)."""
        missing = [p for p in profiles if p.slug not in self._bios]
        self._bios.update(zip((p.slug for p in missing), map_bios(render_bio, [p.bio for p in missing])))

    def bio_html(self, profile: Profile) -> str:
        if profile.slug not in self._bios:
            self._bios[profile.slug] = render_bio(profile.bio)
        return self._bios[profile.slug]

    def save(self) -> None:
        """Write the cache again only if a profile was read (Pelican rewrites the whole file, gzipped)."""
        if not self._unsaved:
            return
        for path, profile in self._unsaved:
            self._files.cache_data(str(path), (self._key, _photo_stamp(path, profile), profile, self.bio_html(profile)))
        self._files.save_cache()


def _photo_stamp(path: Path, profile: Profile) -> tuple[int, int] | None:
    """The photo's modification time and size: a replaced or removed photo is checked again."""
    if not profile.photo:
        return None
    try:
        stat = (path.parent / profile.photo).stat()
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size
