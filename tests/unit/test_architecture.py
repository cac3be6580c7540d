"""The plugin's layering rule (docs/architecture.md): each stage imports only from itself and the
stages before it, and no two modules import each other, directly or through others.

    profiles  <-  directory  <-  outputs  <-  site
                                          <-  tools (may use site.settings, nothing else of site)
"""
from __future__ import annotations

import ast
from pathlib import Path

from site_builder import PROJECT

PLUGINS = PROJECT / "plugins"
PACKAGE = "mentor_directory"

# Which stages each stage may import from (its own stage is always allowed).
MAY_IMPORT = {
    "profiles": set(),
    "directory": {"profiles"},
    "outputs": {"profiles", "directory"},
    "site": {"profiles", "directory", "outputs"},
    "tools": {"profiles", "directory", "outputs"},
}
# The command line reads pelicanconf.py's MENTOR_* settings the way the build does.
TOOLS_MAY_USE_FROM_SITE = {f"{PACKAGE}.site.settings"}
# Only the Pelican glue imports Pelican when it is loaded (the command line may inside a function).
IMPORTS_PELICAN_AT_LOAD = {"site"}


def module_name(path: Path) -> str:
    parts = path.relative_to(PLUGINS).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted((PLUGINS / PACKAGE).rglob("*.py"))}


def stage(module: str) -> str | None:
    """The stage a module belongs to: profiles, directory, outputs, site or tools (None for the package itself)."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else None


def imports(module: str) -> list[tuple[str, int, bool]]:
    """(imported module, line, at load time) for every import in a module, relative ones resolved."""
    path = MODULES[module]
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    at_load = {id(node) for node in tree.body}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno, id(node) in at_load) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            for alias in node.names:
                submodule = f"{target}.{alias.name}"
                found.append((submodule if submodule in MODULES else target, node.lineno, id(node) in at_load))
    return found


def internal_imports(module: str) -> set[str]:
    return {target for target, _, _ in imports(module) if target in MODULES and target != module}


def test_the_scan_sees_every_stage() -> None:
    assert {stage(m) for m in MODULES} == {None, *MAY_IMPORT}
    assert f"{PACKAGE}.profiles.profile_source" in internal_imports(f"{PACKAGE}.profiles.validation")


def test_no_stage_imports_a_later_stage() -> None:
    upward = []
    for module in MODULES:
        own = stage(module)
        if own is None:
            continue  # the package's register() starts the build: it may reach any stage
        for target, line, _ in imports(module):
            if target not in MODULES or stage(target) in (own, None) or stage(target) in MAY_IMPORT[own]:
                continue
            if own == "tools" and target in TOOLS_MAY_USE_FROM_SITE:
                continue
            upward.append(f"{MODULES[module].relative_to(PROJECT)}:{line}: {own} imports {target}")
    assert upward == [], "imports against the layering rule (docs/architecture.md):\n" + "\n".join(upward)


def test_only_the_site_stage_imports_pelican_when_loaded() -> None:
    found = [f"{MODULES[module].relative_to(PROJECT)}:{line}: {target}"
             for module in MODULES if stage(module) not in IMPORTS_PELICAN_AT_LOAD
             for target, line, at_load in imports(module)
             if at_load and (target == "pelican" or target.startswith("pelican."))]
    assert found == []


def test_no_modules_import_each_other_in_a_cycle() -> None:
    graph = {module: internal_imports(module) for module in MODULES}
    cycles = []
    state: dict[str, str] = {}  # "open" while on the current path, "done" once every path from it is checked

    def visit(module: str, path: list[str]) -> None:
        state[module] = "open"
        for target in sorted(graph[module]):
            if state.get(target) == "open":
                cycles.append(" -> ".join([*path[path.index(target):], target]))
            elif target not in state:
                visit(target, [*path, target])
        state[module] = "done"

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert cycles == [], "import cycles:\n" + "\n".join(cycles)
