"""The benchmark report (benchmarks/report.md) rendered from stored results, without running the harness.

The results are the committed benchmarks/report.json; the harness itself runs in
tests/site/test_benchmark_run.py, marked `bench` and left out of `make test`.
"""
from __future__ import annotations

import copy
import json
import re

import pytest

from benchmarks.report import BUDGETS, render
from site_builder import PROJECT

STORED = {int(size): result for size, result in json.loads((PROJECT / "benchmarks" / "report.json").read_text(encoding="utf-8")).items()}
ABOUT = {"sizes run": "as stored", "machine": "the one that measured them"}
SECTIONS = ("## Build", "## Incremental rebuild", "## Weight", "## Search latency and time to interactive", "## Peer: Pagefind")
NUMBER = re.compile(r"\d[\d,]*(\.\d+)?")


def section(report: str, heading: str) -> str:
    start = report.index(heading + "\n")
    end = report.find("\n## ", start + 1)
    return report[start:end if end != -1 else None]


def rows_for(text: str, size: int) -> list[str]:
    return [line for line in text.splitlines() if line.startswith(f"| {size:,} |")]


@pytest.fixture(scope="module")
def report() -> str:
    return render(copy.deepcopy(STORED), ABOUT)


def test_the_report_starts_with_what_was_measured_where(report: str) -> None:
    assert report.startswith("# Benchmarks\n")
    assert "| machine | the one that measured them |" in report


@pytest.mark.parametrize("heading", SECTIONS)
def test_every_section_has_a_row_of_numbers_for_each_size_it_measured(report: str, heading: str) -> None:
    text = section(report, heading)
    part = {"## Build": "build", "## Incremental rebuild": "incremental"}.get(heading, "browser")
    for size in (n for n in sorted(STORED) if part in STORED[n]):
        rows = rows_for(text, size)
        assert rows, f"{heading} has no row for N = {size:,}"
        measured = [cell for cell in rows[0].strip("|").split("|")[1:] if NUMBER.search(cell)]
        assert len(measured) >= 4, f"{heading}: {rows[0]}"


def test_every_budget_is_judged_against_its_measurement(report: str) -> None:
    budgets = section(report, "## Budgets (issue #8)")
    for budget in BUDGETS:
        sizes = sorted(STORED) if budget.size == 0 else [budget.size]
        for size in sizes:
            line = next(line for line in budgets.splitlines() if line.startswith(f"| {budget.text} | {size:,} |"))
            expected = "met" if budget.measured(STORED[size]) <= budget.limit else "**not met**"
            assert line.endswith(f"| {expected} |"), line


def test_a_size_that_was_not_run_is_named_in_the_budgets_and_not_measured_parts_are_said() -> None:
    results = copy.deepcopy(STORED)
    del results[1000]
    largest = max(results)
    results[largest].pop("incremental", None)
    report = render(results, ABOUT)
    assert "| first view ≤ 100 KB gzip | 1,000 | not run at this size | — |" in report
    assert f"Not measured at N = {largest:,}." in section(report, "## Incremental rebuild")
    assert not rows_for(section(report, "## Incremental rebuild"), largest)


def test_a_size_measured_without_the_browser_says_so_in_the_budgets_and_the_browser_sections() -> None:
    results = copy.deepcopy(STORED)
    del results[1000]["browser"]
    report = render(results, ABOUT)
    assert "| keystroke to results ≤ 16 ms p95 | 1,000 | not measured at this size | — |" in report
    assert "Not measured at N = 1,000." in section(report, "## Search latency and time to interactive")
    assert not rows_for(section(report, "## Peer: Pagefind"), 1000)
