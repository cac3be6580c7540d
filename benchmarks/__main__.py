"""`python -m benchmarks`: generate N mentors, build, load in Chromium, and write the report.

    python -m benchmarks --sizes 30,1000 --rounds 3 --report benchmarks/report.md
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from importlib.metadata import version
from pathlib import Path
from typing import Any

from .browser import chromium, measure_directory, measure_pagefind
from .builds import Site, compare, incremental, plain_settings
from .generate import check_valid, people, touch_one_profile, write_article_content, write_directory_content
from .report import render

PROJECT = Path(__file__).resolve().parent.parent
VOCABULARY = PROJECT / "content" / "vocabulary.yaml"
# Real needs, a place, a language and word starts as a mentee types them; the last one is a
# generated mentor's surname, so a name search is measured too.
QUERIES = ["tenure", "cataloging", "leadership", "grant writing", "public library", "spanish", "archives",
           "metadata", "job search", "negotiation", "digital scholarship", "rural", "lead", "arch", "career change"]


def _size_list(text: str) -> list[int]:
    return [int(part) for part in text.split(",") if part.strip()]


def _largest_html(output: Path) -> dict[str, Any]:
    largest = max(output.rglob("*.html"), key=lambda p: p.stat().st_size)
    return {"path": "/" + largest.relative_to(output).as_posix(), "raw": largest.stat().st_size}


def _index_weight(output: Path, count: int) -> dict[str, float]:
    """The whole search index: its head and every shard, each gzipped as a host serves it."""
    files = [output / "search" / "index.json", *(output / "search" / "index").glob("*.json")]
    raw = sum(len(f.read_bytes()) for f in files)
    compressed = sum(len(gzip.compress(f.read_bytes(), 6)) for f in files)
    return {"raw": raw, "gzip": compressed, "gzip_per_mentor": compressed / count, "files": len(files)}


def _pagefind(output: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "pagefind", "--site", str(output), "--glob", "mentors/*.html",
                    "--root-selector", "article", "--silent"], check=True)
    return time.perf_counter() - start


def run_size(count: int, work: Path, rounds: int, repeats: int, browser,
             in_browser: bool = True, rebuilds: bool = True) -> dict[str, Any]:
    """Every measurement for one N, each site built from scratch in ``work``.

    ``in_browser`` and ``rebuilds`` may be turned off for the largest sizes, where Chromium
    and the extra builds take longest; the report then says which figures were not measured.
    """
    folder = work / str(count)
    folder.mkdir(parents=True, exist_ok=True)
    persons = people(count, VOCABULARY)
    write_directory_content(persons, folder / "content", PROJECT)
    check_valid(folder / "content")
    write_article_content(persons, folder / "articles", VOCABULARY)
    ours = Site("ours", folder / "content", folder / "out-ours", PROJECT / "pelicanconf.py")
    plain = Site("plain", folder / "articles", folder / "out-plain", plain_settings(folder))
    print(f"N={count}: building, {rounds} rounds", flush=True)
    build = compare(ours, plain, rounds).as_dict()
    result: dict[str, Any] = {"build": build, "measured": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")}
    result["index"] = _index_weight(ours.output, count)
    result["largest_html"] = _largest_html(ours.output)
    result["pagefind_build_s"] = _pagefind(plain.output)
    if in_browser:
        print(f"N={count}: measuring in Chromium", flush=True)
        queries = QUERIES + [str(persons[0].answers["name"]).split()[-1]]
        result["browser"] = measure_directory(browser, ours.output, queries, repeats)
        result["pagefind"] = measure_pagefind(browser, plain.output, queries, repeats)
    if not rebuilds:
        return result
    print(f"N={count}: incremental rebuilds", flush=True)
    result["incremental"] = {
        "ours": incremental(Site("ours", ours.content, folder / "inc-ours", ours.settings), folder / "cache-ours",
                            lambda: touch_one_profile(ours.content, ".yaml")),
        "plain": incremental(Site("plain", plain.content, folder / "inc-plain", plain.settings), folder / "cache-plain",
                             lambda: touch_one_profile(plain.content, ".md")),
    }
    return result


def _about(results: dict[int, dict[str, Any]], browser) -> dict[str, str]:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else ""
    return {
        "sizes run": ", ".join(f"{n:,}" for n in sorted(results)),
        "measured": "; ".join(f"N = {n:,}: {results[n]['measured']}" for n in sorted(results)),
        "machine": f"{os.cpu_count()} cores, {cpu}",
        "Python / Pelican": f"{platform.python_version()} / {version('pelican')}",
        "lunr.py / Pagefind": f"{version('lunr')} / {version('pagefind')}",
        "Chromium": browser.version,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=_size_list, default=[30, 1000, 5000, 10000],
                        help="comma-separated numbers of mentors (default 30,1000,5000,10000)")
    parser.add_argument("--rounds", type=int, default=3, help="alternating build rounds per size (default 3)")
    parser.add_argument("--repeats", type=int, default=3, help="times each query is typed (default 3)")
    parser.add_argument("--report", type=Path, default=PROJECT / "benchmarks" / "report.md")
    parser.add_argument("--work", type=Path, help="keep the generated sites here (default: a temporary folder)")
    parser.add_argument("--browser-max", type=int, help="measure in Chromium only up to this many mentors")
    parser.add_argument("--rebuilds-max", type=int, help="measure incremental rebuilds only up to this many mentors")
    parser.add_argument("--merge", type=Path, nargs="+", default=[],
                        help="the .json of earlier runs: their sizes are kept in the report unless a later file or "
                             "this run measures them again; with --sizes '' only the merged report is written")
    args = parser.parse_args(argv)

    args.report.parent.mkdir(parents=True, exist_ok=True)
    results: dict[int, dict[str, Any]] = {}
    for earlier in args.merge:
        results.update({int(n): r for n, r in json.loads(earlier.read_text(encoding="utf-8")).items()})
    with tempfile.TemporaryDirectory(prefix="mentor-bench-") as temporary, chromium() as browser:
        work = args.work or Path(temporary)

        def write(done: str) -> None:
            args.report.write_text(render(results, _about(results, browser)), encoding="utf-8")
            args.report.with_suffix(".json").write_text(json.dumps(results, indent=1, sort_keys=True), encoding="utf-8")
            print(f"{done}: wrote {args.report}", flush=True)

        for count in args.sizes:
            load_before = os.getloadavg()[0]
            results[count] = run_size(count, work, args.rounds, args.repeats, browser,
                                      in_browser=args.browser_max is None or count <= args.browser_max,
                                      rebuilds=args.rebuilds_max is None or count <= args.rebuilds_max)
            results[count]["load_average"] = [load_before, os.getloadavg()[0]]
            # Written after each size, so a long run that is stopped still leaves a report of what ran.
            write(f"N={count}")
        if not args.sizes and results:
            write("merged")
    return 0


if __name__ == "__main__":
    sys.exit(main())
