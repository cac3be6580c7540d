"""The code passes ruff's checks as configured in pyproject.toml, and every place that names the
ruff version (the lint extra, requirements.lock, the pre-commit hook) names the same one."""
from __future__ import annotations

import re
import subprocess
import sys
import tomllib

from site_builder import PROJECT

CHECKED = ["plugins", "benchmarks", "tests"]


def test_ruff_finds_nothing_in_the_plugin_the_benchmarks_or_the_tests() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "--output-format", "concise", *CHECKED],
        cwd=PROJECT, capture_output=True, text=True,
    )
    assert result.returncode == 0, (
        "ruff found problems (`.venv/bin/ruff check --fix` fixes the ones marked [*]):\n"
        + result.stdout + result.stderr
    )


def test_the_lint_extra_the_lock_and_the_pre_commit_hook_name_the_same_ruff() -> None:
    project = tomllib.loads((PROJECT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extra = [pin for pin in project["optional-dependencies"]["lint"] if pin.startswith("ruff")]
    assert len(extra) == 1 and extra[0].startswith("ruff=="), "pin ruff exactly in the lint extra"
    version = extra[0].removeprefix("ruff==")
    lock = (PROJECT / "requirements.lock").read_text(encoding="utf-8")
    assert re.search(rf"^ruff=={re.escape(version)} \\$", lock, re.M), f"requirements.lock does not pin ruff=={version}"
    hooks = (PROJECT / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    revision = re.search(r"repo: https://github.com/astral-sh/ruff-pre-commit\s+rev: v?(\S+)", hooks)
    assert revision and revision[1] == version, f".pre-commit-config.yaml should use ruff-pre-commit v{version}"
    installed = subprocess.run([sys.executable, "-m", "ruff", "--version"], capture_output=True, text=True, check=True)
    assert installed.stdout.split() == ["ruff", version], "reinstall the test extra: make install-test"
