"""What a mentee's browser does: bytes fetched, time until interactive, keystroke to results.

Each site is served from localhost by a server that notes every file it sends, so the
byte counts are what the page really asked for. Times come from performance.now() inside
Chromium around the page's own code: the directory's real input handler, and Pagefind's
own JavaScript API for the peer.
"""
from __future__ import annotations

import functools
import gzip
import http.server
import statistics
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
# Wraps setTimeout before any page script runs, so the moment the page's typing pause ends
# (its debounce timer fires) is known; and notes when the enhanced controls appear.
INIT_SCRIPT = """
(() => {
  const realSetTimeout = window.setTimeout.bind(window);
  window.__timerFired = 0;
  window.setTimeout = (callback, delay, ...args) => realSetTimeout(() => {
    window.__timerFired = performance.now();
    if (typeof callback === "function") callback(...args);
  }, delay);
  window.__interactive = null;
  new MutationObserver((records, observer) => {
    const form = document.getElementById("filters");
    if (form && !form.hidden) { window.__interactive = performance.now(); observer.disconnect(); }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["hidden"] });
})();
"""
# Types one query the way a keystroke does (value changed, then an input event) and
# resolves when the page has changed the results: the moment the DOM changed, and after
# forcing style and layout of the new result list (what the next frame must do anyway).
TYPE_AND_WAIT = """
async (query) => {
  const input = document.querySelector("input[type=search]");
  const results = document.querySelector(".results");
  return await new Promise((resolve) => {
    let start = 0;
    const observer = new MutationObserver(() => {
      observer.disconnect();
      const dom = performance.now();
      const fired = window.__timerFired;
      void document.getElementById("mentor-list").getBoundingClientRect().height;
      resolve({ start, fired, dom, layout: performance.now(), count: document.getElementById("result-count").textContent });
    });
    observer.observe(results, { subtree: true, childList: true, attributes: true, characterData: true });
    input.focus();
    start = performance.now();
    input.value = query;
    input.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText", data: query.slice(-1) }));
  });
}
"""
PAGEFIND_QUERY = """
async (query) => {
  const start = performance.now();
  if (!window.__pagefind) {
    window.__pagefind = await import("/pagefind/pagefind.js");
    await window.__pagefind.init();
  }
  const search = await window.__pagefind.search(query);
  const searched = performance.now();
  await Promise.all(search.results.slice(0, 10).map((result) => result.data()));
  return { start, searched, done: performance.now(), count: search.results.length };
}
"""


class _RecordingHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass

    def log_request(self, code: object = "-", size: object = "-") -> None:
        """Only files actually sent count: a 304 (revalidated from the browser's cache) sends no body."""
        if int(code) == 200:
            self.server.requested.append(self.path)  # type: ignore[attr-defined]


@contextmanager
def serving(root: Path) -> Iterator[tuple[str, list[str]]]:
    """Serve ``root`` on localhost; yields the base URL and the growing list of requested paths."""
    handler = functools.partial(_RecordingHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.requested = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", server.requested  # type: ignore[attr-defined]
    finally:
        server.shutdown()
        server.server_close()


@dataclass(frozen=True)
class FileWeight:
    path: str
    raw: int
    gzip: int


@dataclass
class Weight:
    files: list[FileWeight] = field(default_factory=list)

    @property
    def raw(self) -> int:
        return sum(f.raw for f in self.files)

    @property
    def gzip(self) -> int:
        return sum(f.gzip for f in self.files)

    def as_dict(self) -> dict[str, object]:
        return {"raw": self.raw, "gzip": self.gzip,
                "files": [{"path": f.path, "raw": f.raw, "gzip": f.gzip} for f in self.files]}


def weigh(root: Path, requested: list[str]) -> Weight:
    """Each distinct file sent, raw and gzip-compressed (level 6, as static hosts serve text).

    Files already compressed (Pagefind's) count at their own size when gzip would not shrink them.
    """
    weight = Weight()
    for path in dict.fromkeys(unquote(urlsplit(p).path) for p in requested):
        local = root / path.lstrip("/")
        if local.is_dir():
            local = local / "index.html"
        if not local.is_file():
            continue
        data = local.read_bytes()
        weight.files.append(FileWeight(path, len(data), min(len(data), len(gzip.compress(data, 6)))))
    return weight


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile: the smallest value with at least ``share`` of the values at or below it."""
    ordered = sorted(values)
    rank = max(1, -(-int(share * 100) * len(ordered) // 100))
    return ordered[rank - 1]


def summary(values: list[float]) -> dict[str, float]:
    return {"median": statistics.median(values), "p95": percentile(values, 0.95), "max": max(values), "n": len(values)}


@contextmanager
def chromium() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def measure_directory(browser, root: Path, queries: list[str], repeats: int) -> dict[str, object]:
    """First view, first search and warm keystroke-to-results times on our built directory."""
    with serving(root) as (base, requested):
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        context.add_init_script(INIT_SCRIPT)
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(base + "/", wait_until="load")
        # A promise evaluated as a function, not wait_for_function's string, which the page's CSP forbids.
        page.evaluate("""() => new Promise((resolve) => {
          const check = () => (window.__interactive !== null ? resolve() : requestAnimationFrame(check));
          check();
        })""")
        page.wait_for_load_state("networkidle")
        timing = page.evaluate("""() => {
          const nav = performance.getEntriesByType("navigation")[0];
          return { dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd, interactive: window.__interactive };
        }""")
        first_view = weigh(root, requested)
        requested.clear()

        first = page.evaluate(TYPE_AND_WAIT, queries[0])
        page.wait_for_load_state("networkidle")
        first_search = weigh(root, requested)

        dom, layout, total = [], [], []
        for _ in range(repeats):
            for query in queries:
                page.evaluate(TYPE_AND_WAIT, "")
                result = page.evaluate(TYPE_AND_WAIT, query)
                dom.append(result["dom"] - result["fired"])
                layout.append(result["layout"] - result["fired"])
                total.append(result["layout"] - result["start"])
        context.close()
    if errors:
        raise RuntimeError(f"the directory page reported errors: {errors[:3]}")
    return {
        "timing": timing,
        "first_view": first_view.as_dict(),
        "first_search": first_search.as_dict(),
        "first_search_ms": first["layout"] - first["start"],
        "keystroke_dom_ms": summary(dom),
        "keystroke_layout_ms": summary(layout),
        "keystroke_total_ms": summary(total),
    }


def measure_pagefind(browser, root: Path, queries: list[str], repeats: int) -> dict[str, object]:
    """Pagefind on the plain site: bytes for the first query, then query times once warm."""
    blank = root / "pagefind-bench.html"
    blank.write_text("<!DOCTYPE html><html lang=en><title>Pagefind</title><body></body></html>\n", encoding="utf-8")
    with serving(root) as (base, requested):
        context = browser.new_context()
        page = context.new_page()
        page.goto(base + "/pagefind-bench.html", wait_until="load")
        requested.clear()
        first = page.evaluate(PAGEFIND_QUERY, queries[0])
        first_query = weigh(root, requested)
        search, with_results = [], []
        for _ in range(repeats):
            for query in queries:
                result = page.evaluate(PAGEFIND_QUERY, query)
                search.append(result["searched"] - result["start"])
                with_results.append(result["done"] - result["start"])
        context.close()
    bundle = root / "pagefind"
    index_files = [p for p in bundle.rglob("*") if p.is_file() and (p.suffix.startswith(".pf_") or p.parent.name in ("index", "fragment"))]
    return {
        "index_bytes": sum(p.stat().st_size for p in index_files),
        "index_files": len(index_files),
        "first_query": first_query.as_dict(),
        "first_query_ms": first["done"] - first["start"],
        "search_ms": summary(search),
        "search_and_10_results_ms": summary(with_results),
    }
