"""`python -m benchmarks` runs end to end on a tiny directory and reports every figure.

Not a timing test: the numbers only have to be there, and the byte counts have to show
what the page really fetched (the search index only once the mentee searches). The run takes
a minute or two, so these tests are marked `bench` and `make test` leaves them out; run them
with `.venv/bin/pytest -m bench` after changing benchmarks/. How the report is written from
results is tested on the stored results in tests/unit/test_benchmark_report.py.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from site_builder import PROJECT

SIZE = 6
pytestmark = pytest.mark.bench

SECTIONS = ("## Build", "## Incremental rebuild", "## Weight",
            "## Search latency and time to interactive", "## Peer: Pagefind")
NUMBER = re.compile(r"\d[\d,]*(\.\d+)?")


@pytest.fixture(scope="module")
def tiny_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict]:
    folder = tmp_path_factory.mktemp("bench")
    report = folder / "report.md"
    subprocess.run(
        [sys.executable, "-m", "benchmarks", "--sizes", str(SIZE), "--rounds", "1", "--repeats", "1",
         "--report", str(report), "--work", str(folder / "work")],
        cwd=PROJECT, check=True, timeout=240,
    )
    results = json.loads(report.with_suffix(".json").read_text(encoding="utf-8"))
    return report.read_text(encoding="utf-8"), results[str(SIZE)]


def _section(report: str, heading: str) -> str:
    start = report.index(heading + "\n")
    end = report.find("\n## ", start + 1)
    return report[start:end if end != -1 else None]


@pytest.mark.browser
def test_report_has_every_section_with_a_row_of_numbers_for_the_size_run(tiny_run) -> None:
    report, _ = tiny_run
    assert "| sizes run | 6 |" in report
    for heading in SECTIONS:
        rows = [line for line in _section(report, heading).splitlines() if line.startswith(f"| {SIZE} |")]
        assert rows, f"{heading} has no row for N = {SIZE}"
        measured = [cell for cell in rows[0].strip("|").split("|")[1:] if NUMBER.search(cell)]
        assert len(measured) >= 4, f"{heading}: {rows[0]}"


@pytest.mark.browser
def test_the_first_view_leaves_records_and_the_search_index_for_the_first_search(tiny_run) -> None:
    _, result = tiny_run
    first_view = {f["path"] for f in result["browser"]["first_view"]["files"]}
    first_search = {f["path"] for f in result["browser"]["first_search"]["files"]}
    assert not {"/search/records.json", "/search/index.json"} & first_view
    assert {"/search/records.json", "/search/index.json"} <= first_search
    assert result["browser"]["keystroke_layout_ms"]["n"] > 0


@pytest.mark.browser
def test_pagefind_peer_fetches_part_of_its_index_for_a_query(tiny_run) -> None:
    _, result = tiny_run
    fetched = [f["path"] for f in result["pagefind"]["first_query"]["files"]]
    assert any(path.endswith(".pf_index") for path in fetched)
    assert result["pagefind"]["index_bytes"] > 0
