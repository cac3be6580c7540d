"""docs/security.md: every threat row names at least one test, and every test it names exists."""
from __future__ import annotations

import re

from site_builder import PROJECT

DOC = PROJECT / "docs" / "security.md"
REFERENCE = re.compile(r"`(tests/[\w/]+\.py)::(test_\w+)`")


def test_every_threat_row_names_a_test() -> None:
    rows = [line for line in DOC.read_text(encoding="utf-8").splitlines() if re.match(r"\| [BLPD]\d+ \|", line)]
    assert len(rows) > 30
    assert [row.split("|")[1].strip() for row in rows if not REFERENCE.search(row.split("|")[-2])] == []


def test_every_test_the_threat_model_names_exists() -> None:
    references = REFERENCE.findall(DOC.read_text(encoding="utf-8"))
    missing = [f"{path}::{name}" for path, name in references
               if not (PROJECT / path).is_file() or not re.search(rf"^def {name}\(", (PROJECT / path).read_text(encoding="utf-8"), re.M)]
    assert references and missing == []
