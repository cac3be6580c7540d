"""The program-side security rules for GitHub Actions, checked on every workflow file."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from site_builder import PROJECT

WORKFLOWS = sorted((PROJECT / ".github" / "workflows").glob("*.yml"))
UNTRUSTED = re.compile(r"\$\{\{\s*github\.(event\.(issue|pull_request|comment|review|head_commit)|head_ref)")


def load(path: Path) -> dict:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as True
    return data


def steps(workflow: dict):
    for job in workflow["jobs"].values():
        yield from job.get("steps", [])


@pytest.fixture(params=WORKFLOWS, ids=lambda p: p.name)
def workflow(request) -> tuple[Path, dict]:
    return request.param, load(request.param)


def test_there_is_at_least_one_workflow() -> None:
    assert WORKFLOWS


def test_every_workflow_declares_least_privilege_permissions(workflow) -> None:
    path, data = workflow
    assert "permissions" in data, f"{path.name} needs a top-level permissions: block"
    assert data["permissions"] in ({"contents": "read"}, {}), f"{path.name}: widen permissions per job, not globally"


def test_no_workflow_runs_pull_request_code_with_write_access(workflow) -> None:
    path, data = workflow
    triggers = data["on"] if isinstance(data["on"], (dict, list)) else [data["on"]]
    assert "pull_request_target" not in triggers and "workflow_run" not in triggers, path.name


def test_untrusted_event_text_never_reaches_a_run_script(workflow) -> None:
    path, data = workflow
    for step in steps(data):
        assert not UNTRUSTED.search(step.get("run", "")), f"{path.name}: pass event text through env:"


def test_third_party_actions_are_pinned_to_a_commit(workflow) -> None:
    path, data = workflow
    for step in steps(data):
        uses = step.get("uses")
        if uses and not uses.startswith(("actions/", "./")):
            assert re.search(r"@[0-9a-f]{40}$", uses), f"{path.name}: pin {uses} to a full commit SHA"


CHECK = Path(sys.executable).with_name("check-jsonschema")


@pytest.mark.parametrize("schema, files", [
    ("vendor.github-workflows", WORKFLOWS),
    ("vendor.github-issue-forms", sorted((PROJECT / ".github" / "ISSUE_TEMPLATE").glob("*.yml"))),
])
def test_workflows_and_the_issue_form_match_githubs_own_schemas(schema: str, files: list[Path]) -> None:
    assert files
    result = subprocess.run([str(CHECK), "--builtin-schema", schema, *map(str, files)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_schema_check_would_catch_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text("name: x\non: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps: run-this\n", encoding="utf-8")
    result = subprocess.run([str(CHECK), "--builtin-schema", "vendor.github-workflows", str(broken)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 1


def test_the_deploy_workflow_publishes_with_githubs_pages_actions_and_least_privilege() -> None:
    data = load(PROJECT / ".github" / "workflows" / "deploy.yml")
    assert data["permissions"] == {"contents": "read"}
    assert data["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    build, deploy = data["jobs"]["build"], data["jobs"]["deploy"]
    assert "permissions" not in build
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["needs"] == "build" and deploy["environment"]["name"] == "github-pages"
    uses = [s.get("uses", "").split("@")[0] for s in build["steps"]]
    assert {"actions/configure-pages", "actions/upload-pages-artifact"} <= set(uses)
    assert [s["uses"].split("@")[0] for s in deploy["steps"]] == ["actions/deploy-pages"]
    publish = next(s for s in build["steps"] if s.get("run") == "make publish")
    assert publish["env"]["SITEURL"] == "${{ steps.pages.outputs.base_url }}"
    assert next(s for s in build["steps"] if s.get("uses", "").startswith("actions/upload-pages-artifact"))["with"]["path"] == "output"


def test_the_audit_workflow_checks_the_python_lock_and_npm_on_a_schedule() -> None:
    data = load(PROJECT / ".github" / "workflows" / "audit.yml")
    assert "schedule" in data["on"]
    scripts = " ".join(step.get("run", "") for step in steps(data))
    assert "pip-audit --requirement requirements.lock --require-hashes" in scripts
    assert "npm audit" in scripts
    assert all(job.get("permissions", data["permissions"]) == {"contents": "read"} for job in data["jobs"].values())


def test_every_workflow_that_installs_the_project_installs_the_hashed_lock(workflow) -> None:
    path, data = workflow
    for step in steps(data):
        script = step.get("run", "")
        if re.search(r"pip install[^\n]*(\s\.(\s|$)|-e \.)|make install\b(?!-)", script):
            assert "make install-locked" in script or "--require-hashes --no-deps -r requirements.lock" in script, \
                f"{path.name}: install from requirements.lock (see docs/security.md)"
