"""Every kind of page passes axe-core's WCAG 2.2 A and AA rules, on a phone and a desktop, light and dark.

axe-core comes from node_modules (pinned in package.json). It is evaluated through the
DevTools protocol, so the pages keep their strict Content-Security-Policy while it runs.
"""
from __future__ import annotations

import pytest

from page_types import BY_NAME, PAGE_TYPES, SCHEMES, WIDTHS, PageType, open_page
from site_builder import PROJECT

pytestmark = pytest.mark.browser

AXE = PROJECT / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@pytest.fixture(scope="module")
def axe_source() -> str:
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run `npm ci`")
    return AXE.read_text(encoding="utf-8")


# Cards out of view are drawn only when scrolled near (content-visibility: auto), and axe would
# read colours and sizes the browser has not worked out for them yet (it reported the default
# link blue on them). Draw them all first, as scrolling through the page would.
DRAW_EVERYTHING = """() => {
  for (const element of document.querySelectorAll("body *")) {
    if (getComputedStyle(element).contentVisibility === "auto") element.style.contentVisibility = "visible";
  }
}"""


def axe_violations(page, axe_source: str) -> list[dict]:
    page.evaluate(DRAW_EVERYTHING)
    page.evaluate(axe_source)
    result = page.evaluate(
        "tags => axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })",
        WCAG_TAGS,
    )
    return result["violations"]


def describe(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"][:5]:
            lines.append(f"    {' '.join(node['target'])}: {node['failureSummary'].splitlines()[-1].strip()}")
    return "\n".join(lines)


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=str)
def test_page_has_no_wcag_violations(page_as, site_url: str, axe_source: str, page_type: PageType, width: int, scheme: str) -> None:
    page = page_as(width, scheme, javascript=page_type.javascript)
    open_page(page, site_url, page_type)
    violations = axe_violations(page, axe_source)
    assert not violations, f"{page_type.path} at {width}px, {scheme}:\n{describe(violations)}"


def test_axe_finds_a_violation_it_is_shown(page_as, site_url: str, axe_source: str) -> None:
    """Guards the check itself: a control without a name must be reported."""
    page = page_as(1280)
    open_page(page, site_url, BY_NAME["directory"])
    page.evaluate("document.querySelector('label[for=search]').remove()")
    assert "label" in {violation["id"] for violation in axe_violations(page, axe_source)}
