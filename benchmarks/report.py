"""The Markdown report: every figure per size, and each budget from issue #8 beside its measurement."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Results = dict[int, dict[str, Any]]


@dataclass(frozen=True)
class Budget:
    """One budget: at which size it applies, how it reads, and where its measured value comes from."""

    text: str
    size: int
    limit: float
    unit: str
    measured: Callable[[dict[str, Any]], float]


BUDGETS = (
    Budget("build time ≤ 1.0 × plain Pelican (median ratio)", 0, 1.0, "×", lambda r: r["build"]["ratio"]),
    Budget("10,000 mentors build in under 60 s", 10_000, 60, "s", lambda r: r["build"]["ours"]["median_s"]),
    Budget("10,000 mentors build with under 1 GB peak memory", 10_000, 1024, "MB", lambda r: r["build"]["ours"]["peak_mb"]),
    Budget("first view ≤ 100 KB gzip", 1_000, 100 * 1024, "B", lambda r: r["browser"]["first_view"]["gzip"]),
    Budget("keystroke to results ≤ 16 ms p95", 1_000, 16, "ms", lambda r: r["browser"]["keystroke_layout_ms"]["p95"]),
    Budget("keystroke to results ≤ 50 ms p95", 5_000, 50, "ms", lambda r: r["browser"]["keystroke_layout_ms"]["p95"]),
    Budget("first search fetches ≤ 300 KB gzip", 1_000, 300 * 1024, "B",
           lambda r: r["browser"]["first_search"]["gzip"]),
    Budget("keystroke to results ≤ 50 ms median", 1_000, 50, "ms", lambda r: r["browser"]["keystroke_layout_ms"]["median"]),
    Budget("keystroke to results ≤ 100 ms median", 5_000, 100, "ms", lambda r: r["browser"]["keystroke_layout_ms"]["median"]),
    # Full text since the search issue (every bio word, no top-30 cut); was 300 B for top words.
    Budget("search index (head and every shard) < 1 KB gzip per mentor", 1_000, 1024, "B",
           lambda r: r["index"]["gzip_per_mentor"]),
    Budget("no-JavaScript list not a multi-megabyte page (largest HTML < 2 MB raw)", 10_000, 2 * 1024 * 1024, "B",
           lambda r: r["largest_html"]["raw"]),
)


def kb(value: float) -> str:
    return f"{value / 1024:,.1f} KB"


def ms(value: float) -> str:
    return f"{value:,.1f} ms"


def _unit(value: float, unit: str) -> str:
    if unit == "B":
        return kb(value) if value >= 1024 else f"{value:,.0f} B"
    if unit == "×":
        return f"{value:.2f}×"
    return f"{value:,.1f} {unit}"


def _table(head: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines + [""]


def budget_rows(results: Results) -> list[list[str]]:
    rows = []
    for budget in BUDGETS:
        sizes = sorted(results) if budget.size == 0 else [budget.size]
        for size in sizes:
            if size not in results:
                rows.append([budget.text, f"{size:,}", "not run at this size", "—"])
                continue
            try:
                value = budget.measured(results[size])
            except KeyError:
                rows.append([budget.text, f"{size:,}", "not measured at this size", "—"])
                continue
            met = "met" if value <= budget.limit else "**not met**"
            rows.append([budget.text, f"{size:,}", _unit(value, budget.unit), met])
    return rows


def _having(results: Results, part: str) -> tuple[list[int], list[str]]:
    """The sizes at which ``part`` was measured, and a line naming those where it was not."""
    sizes = [n for n in sorted(results) if part in results[n]]
    skipped = [f"{n:,}" for n in sorted(results) if part not in results[n]]
    return sizes, ([f"Not measured at N = {', '.join(skipped)}.", ""] if skipped else [])


def render(results: Results, about: dict[str, str]) -> str:
    sizes = sorted(results)
    out = ["# Benchmarks", "",
           "Written by `make bench` (`python -m benchmarks`). Quote ratios from one run: the machine is shared and noisy.",
           ""]
    out += _table(["", ""], [[key, value] for key, value in about.items()])

    out += ["## Budgets (issue #8)", ""]
    out += _table(["budget", "N", "measured", "status"], budget_rows(results))

    out += ["## Build", "",
            "Our full build (`pelican` with the project's pelicanconf.py) against plain Pelican building the same "
            "people as ordinary Markdown articles (default theme, tag and category pages), each a fresh process, "
            "alternating, the first builder switching each round. *Ratio* is the median of each round's ratio; "
            "*fastest* compares the fastest build of each, the one least disturbed by other work on a shared "
            "machine. With 200 or more mentors our build also uses the second core (forked workers), so *CPU ratio* "
            "compares the processor time both builds used, their workers' included: above 1 means we do more work "
            "than plain Pelican even where the wall time is lower. Peak memory is the largest total proportional set "
            "size of the build and its workers, sampled every 20 ms by a small launcher (or the largest single "
            "process's peak, if higher). *Load* is the machine's one-minute load "
            "average before and after this size's measurements (2 cores: above 2 means other work was competing).", ""]
    out += _table(
        ["N", "rounds", "ours (median)", "plain Pelican (median)", "ratio (median)", "ratio of fastest",
         "CPU ratio", "ours peak", "plain peak", "+ Pagefind indexing", "load"],
        [[f"{n:,}", str(r["build"]["rounds"]), f"{r['build']['ours']['median_s']:.2f} s",
          f"{r['build']['plain']['median_s']:.2f} s", f"{r['build']['ratio']:.2f}×",
          f"{r['build']['ratio_of_fastest']:.2f}×",
          f"{r['build']['cpu_ratio']:.2f}×" if "cpu_ratio" in r["build"] else "not measured",
          f"{r['build']['ours']['peak_mb']:.0f} MB", f"{r['build']['plain']['peak_mb']:.0f} MB",
          f"{r['pagefind_build_s']:.2f} s", "{:.1f} → {:.1f}".format(*r["load_average"])]
         for n, r in ((n, results[n]) for n in sizes)])

    out += ["## Incremental rebuild", "",
            "Pelican's content cache on (`CACHE_CONTENT`, `LOAD_CONTENT_CACHE`): a cold build, a rebuild with nothing "
            "changed, and a rebuild after one profile's bio changed. Both sites read only changed files again (our "
            "profiles and their bio HTML, plain Pelican's articles); both still write every page, and ours also "
            "empties the output folder first (`DELETE_OUTPUT_DIRECTORY`, so a removed mentor leaves nothing behind) "
            "and rebuilds the search index, which depends on every profile.", ""]
    measured, note = _having(results, "incremental")
    out += note
    rows = []
    for n in measured:
        for name, label in (("ours", "ours"), ("plain", "plain Pelican")):
            inc = results[n]["incremental"][name]
            rows.append([f"{n:,}", label, f"{inc['cold_s']:.2f} s", f"{inc['unchanged_s']:.2f} s",
                         f"{inc['one_changed_s']:.2f} s", f"{inc['fraction']:.0%}"])
    out += _table(["N", "site", "cold", "unchanged", "one profile changed", "changed / cold"], rows)

    out += ["## Weight", "",
            "Bytes the browser fetched, recorded by the local server: for the first view (until the page is "
            "interactive and the network is idle) and then for the first search. gzip is each file compressed at "
            "level 6, as static hosts serve text. The search index and the largest HTML page are measured on "
            "disk at every size.", ""]
    measured, note = _having(results, "browser")
    out += note
    rows = []
    for n in sizes:
        b = results[n].get("browser")
        loaded = [kb(b["first_view"]["raw"]), kb(b["first_view"]["gzip"]), kb(b["first_search"]["raw"]),
                  kb(b["first_search"]["gzip"])] if b else ["—"] * 4
        rows.append([f"{n:,}", *loaded, kb(results[n]["index"]["gzip"]), f"{results[n]['index']['gzip_per_mentor']:.0f} B",
                     kb(results[n]["largest_html"]["raw"]), results[n]["largest_html"]["path"]])
    out += _table(["N", "first view raw", "first view gzip", "first search adds raw", "first search adds gzip",
                   "index gzip (head + shards)", "index gzip / mentor", "largest HTML page", "which"], rows)
    for n in measured:
        b = results[n]["browser"]
        out += [f"### Files at N = {n:,}", ""]
        files = [["first view", f["path"], f"{f['raw']:,}", f"{f['gzip']:,}"] for f in b["first_view"]["files"]]
        files += [["first search", f["path"], f"{f['raw']:,}", f"{f['gzip']:,}"] for f in b["first_search"]["files"]]
        out += _table(["when", "file", "raw bytes", "gzip bytes"], files)

    out += ["## Search latency and time to interactive", "",
            "Chromium (headless, no CPU throttling). Each query is typed as one keystroke into the page's search box: "
            "the page's own input handler runs, waits its typing pause (debounce), searches and updates the cards. "
            "*After pause* is from the debounce timer firing to the updated results: the DOM changed, and then "
            "laid out (style and layout forced, as the next frame must do); *total* adds the pause. The budget "
            "is checked on *after pause, laid out*. The first search also downloads lunr.js and the index. "
            "Interactive is from navigation start until the search and filter controls are revealed.", ""]
    out += note
    rows = []
    for n in measured:
        b = results[n]["browser"]
        f, d, t = b["keystroke_layout_ms"], b["keystroke_dom_ms"], b["keystroke_total_ms"]
        rows.append([f"{n:,}", str(f["n"]), ms(d["median"]), ms(d["p95"]), ms(f["median"]), ms(f["p95"]), ms(t["p95"]),
                     ms(b["first_search_ms"]), ms(b["timing"]["dcl"]), ms(b["timing"]["interactive"])])
    out += _table(["N", "samples", "DOM updated (median)", "DOM updated (p95)", "after pause, laid out (median)",
                   "after pause, laid out (p95)", "total p95", "first search (cold)",
                   "DOMContentLoaded", "interactive"], rows)

    out += ["## Peer: Pagefind", "",
            "The plain Pelican site indexed by Pagefind (Python package, `--root-selector article`, article pages "
            "only), queried through Pagefind's JavaScript API in Chromium: `search()`, then the data of the first 10 "
            "results, as a results list shows them. Pagefind's files are already compressed, so their gzip column is "
            "their own size.", ""]
    out += note
    rows = []
    for n in measured:
        p, r = results[n]["pagefind"], results[n]
        rows.append([f"{n:,}", kb(p["index_bytes"]), str(p["index_files"]), kb(p["first_query"]["gzip"]),
                     kb(r["browser"]["first_search"]["gzip"]), ms(p["first_query_ms"]), ms(p["search_ms"]["median"]),
                     ms(p["search_and_10_results_ms"]["median"]), ms(p["search_and_10_results_ms"]["p95"]),
                     ms(r["browser"]["keystroke_layout_ms"]["p95"])])
    out += _table(["N", "Pagefind index on disk", "files", "Pagefind first query fetches (gzip)",
                   "our first search fetches (gzip)", "Pagefind first query", "search() median",
                   "+10 results median", "+10 results p95", "ours p95 (after pause)"], rows)
    for n in measured:
        p = results[n]["pagefind"]
        out += [f"### Pagefind files for the first query at N = {n:,}", ""]
        out += _table(["file", "raw bytes", "gzip bytes"],
                      [[f["path"], f"{f['raw']:,}", f"{f['gzip']:,}"] for f in p["first_query"]["files"]])
    return "\n".join(out).rstrip() + "\n"
