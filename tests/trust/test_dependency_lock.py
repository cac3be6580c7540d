"""CI and deploy install exactly the versions in requirements.lock, each checked against its hash."""
from __future__ import annotations

import re
import tomllib

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from site_builder import PROJECT

LOCK = PROJECT / "requirements.lock"
PIN = re.compile(r"^([A-Za-z0-9._-]+)==([^\s\\]+)")


def locked() -> dict[str, tuple[str, int]]:
    """Each pinned package with its version and how many hashes it has."""
    pins: dict[str, tuple[str, int]] = {}
    current = None
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        if match := PIN.match(line):
            current = canonicalize_name(match[1])
            pins[current] = (match[2], 0)
        elif current and line.strip().startswith("--hash=sha256:"):
            version, hashes = pins[current]
            pins[current] = (version, hashes + 1)
    return pins


def test_every_runtime_dependency_is_pinned_in_the_lock_within_its_range() -> None:
    pins = locked()
    project = tomllib.loads((PROJECT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    # The sitemap extra is locked too: a program's deploy may list Pelican's sitemap plugin.
    dependencies = project["dependencies"] + project["optional-dependencies"]["sitemap"]
    for dependency in map(Requirement, dependencies):
        name = canonicalize_name(dependency.name)
        assert name in pins, f"{name} is missing from requirements.lock; refresh it (README, Dependency lock)"
        assert dependency.specifier.contains(pins[name][0], prereleases=True), f"{name}=={pins[name][0]} is outside {dependency.specifier}"


def test_the_lint_extra_is_pinned_in_the_lock_at_its_exact_version() -> None:
    pins = locked()
    lint = tomllib.loads((PROJECT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]["lint"]
    for dependency in map(Requirement, lint):
        name = canonicalize_name(dependency.name)
        assert name in pins, f"{name} is missing from requirements.lock; refresh it with --extra lint (docs/security.md)"
        assert dependency.specifier.contains(pins[name][0]), f"{name}=={pins[name][0]} is outside {dependency.specifier}"


def test_every_locked_package_has_a_hash_and_the_lock_names_no_local_index() -> None:
    pins = locked()
    assert len(pins) > 10
    assert [name for name, (_, hashes) in pins.items() if hashes == 0] == []
    text = LOCK.read_text(encoding="utf-8")
    assert "--find-links" not in text and "--index-url" not in text and "file://" not in text
