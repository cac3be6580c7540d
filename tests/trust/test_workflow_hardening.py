"""Issue 15, class 8 and zizmor: the workflows as GitHub would run them, read rather than run."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import yaml

from site_builder import PROJECT

WORKFLOWS = PROJECT / ".github" / "workflows"
ZIZMOR = Path(sys.executable).with_name("zizmor")


def load(name: str) -> dict:
    data = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))
    return data


def all_steps():
    for path in sorted(WORKFLOWS.glob("*.yml")):
        data = load(path.name)
        for job in data["jobs"].values():
            for step in job.get("steps", []):
                yield path.name, step


def test_zizmor_finds_nothing_at_its_default_policy() -> None:
    result = subprocess.run([str(ZIZMOR), "--offline", "--no-progress", str(WORKFLOWS)], capture_output=True, text=True,
                            timeout=300, cwd=PROJECT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No findings to report" in result.stdout + result.stderr


def test_every_action_is_pinned_to_a_commit_with_its_tag_in_a_comment() -> None:
    for path in sorted(WORKFLOWS.glob("*.yml")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if re.match(r"\s*(- )?uses:", line):
                assert re.search(r"uses: [\w.-]+/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$", line), f"{path.name}: {line.strip()}"


def test_a_review_never_starts_or_cancels_the_profile_check() -> None:
    validate = load("validate.yml")
    assert "pull_request_review" not in validate["on"]
    assert "pull_request_review" in load("ownership.yml")["on"]
    assert load("ownership.yml")["concurrency"]["group"] != validate["concurrency"]["group"]
    assert all("if" not in job for job in validate["jobs"].values()), "no job of the required check is ever skipped"


def test_only_approvals_of_the_head_commit_count() -> None:
    script = " ".join(s.get("run", "") for s in load("ownership.yml")["jobs"]["ownership"]["steps"])
    assert 'select(.state == \\"APPROVED\\" and .commit_id == \\"${head}\\")' in script
    assert "--paginate" in script and '--head "$HEAD"' in script


def test_pull_requests_the_form_opens_get_the_same_checks_and_edits_never_force_push() -> None:
    data = load("profile-from-issue.yml")
    script = " ".join(s.get("run", "") for s in data["jobs"]["propose"]["steps"])
    assert 'gh workflow run validate.yml --ref "$branch"' in script
    assert 'gh workflow run ownership.yml --ref "$branch" -f pull-request="$number"' in script
    assert "workflow_dispatch" in load("validate.yml")["on"] and "workflow_dispatch" in load("ownership.yml")["on"]
    assert "--force" not in script and "+refs" not in script
    assert data["jobs"]["propose"]["permissions"]["actions"] == "write"


def test_no_checkout_keeps_credentials() -> None:
    for name, step in all_steps():
        if step.get("uses", "").startswith("actions/checkout@"):
            assert step.get("with", {}).get("persist-credentials") is False, name


def test_every_install_of_the_project_uses_the_locked_build_backend() -> None:
    makefile = (PROJECT / "Makefile").read_text(encoding="utf-8")
    assert "--no-deps --no-build-isolation -e ." in makefile
    for name, step in all_steps():
        for line in step.get("run", "").splitlines():
            if re.search(r"pip install[^\n]*\s\.$", line):
                assert "--no-build-isolation" in line and "--no-deps" in line, f"{name}: {line}"
    lock = (PROJECT / "requirements.lock").read_text(encoding="utf-8")
    assert re.search(r"^setuptools==[\d.]+ \\\n\s+--hash=sha256:", lock, re.M)
    assert re.search(r"^zizmor==[\d.]+ \\\n\s+--hash=sha256:", lock, re.M)
