"""`make html` ends by pointing at the served site, where search and filters work."""
from __future__ import annotations

import subprocess

from site_builder import PROJECT


def test_make_html_ends_by_printing_the_make_serve_address() -> None:
    recipe = subprocess.run(["make", "-n", "html"], cwd=PROJECT, capture_output=True, text=True, check=True).stdout
    last = recipe.strip().splitlines()[-1]
    assert "make serve" in last and "http://localhost:8000/" in last
