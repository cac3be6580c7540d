"""The browser scripts' facet keys (theme/static/js/facet-keys.js) are exactly the Python facet table's."""
from __future__ import annotations

import re
from pathlib import Path

from mentor_directory.directory.facets import FACETS

FACET_KEYS_JS = Path(__file__).resolve().parents[2] / "theme" / "static" / "js" / "facet-keys.js"
CONSTANT = re.compile(r'^export const ([A-Z_]+) = "([^"]*)";$', re.M)


def js_constants() -> dict[str, str]:
    return dict(CONSTANT.findall(FACET_KEYS_JS.read_text(encoding="utf-8")))


def test_the_scripts_know_every_facet_key_and_no_other() -> None:
    keys = list(js_constants().values())
    assert sorted(keys) == sorted(f.key for f in FACETS)
    assert len(keys) == len(set(keys)), "a key is exported twice"


def test_each_constant_is_named_after_its_key() -> None:
    for name, key in js_constants().items():
        assert name == key.upper().replace("-", "_")


def test_the_module_holds_nothing_but_the_constants() -> None:
    code = [line for line in FACET_KEYS_JS.read_text(encoding="utf-8").splitlines() if line and not line.startswith("//")]
    assert len(code) == len(js_constants()), "every line of code is one `export const NAME = \"key\";`"
