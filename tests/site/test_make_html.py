"""`make html` ends by pointing at the served site, where search and filters work."""
from __future__ import annotations

import subprocess

from site_builder import PROJECT


def test_make_html_ends_by_printing_the_make_serve_address() -> None:
    # --no-print-directory: under `make test` this make is a sub-make, which would otherwise end
    # with "Leaving directory".
    recipe = subprocess.run(["make", "--no-print-directory", "-n", "html"], cwd=PROJECT, capture_output=True,
                            text=True, check=True).stdout
    last = recipe.strip().splitlines()[-1]
    assert "make serve" in last and "http://localhost:8000/" in last
