"""Relevance of the directory's search, measured in Chromium through the page's own lunr.js.

    python -m benchmarks.relevance [--project DIR] [--out FILE]

Builds a site of the benchmark's mentors (people.py) with the project in DIR (default:
this checkout), types each query of judgments.py into the directory's search box, reads
the order of the cards shown, and reports the zero-result rate, recall@10 and nDCG@5.
``--project`` pointed at an older checkout measures "before"; profile fields that checkout
does not know (identity_groups) are left out of its profiles.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

from ..browser import CHROMIUM, CHROMIUM_ARGS, serving
from .judgments import JUDGMENTS
from .people import profiles

ROOT = Path(__file__).resolve().parents[2]


def write_content(content: Path, project: Path, known_fields: set[str] | None) -> None:
    shutil.copytree(project / "content" / "pages", content / "pages")
    shutil.copyfile(project / "content" / "vocabulary.yaml", content / "vocabulary.yaml")
    (content / "mentors").mkdir()
    for slug, answers in profiles():
        if known_fields is not None:
            answers = {k: v for k, v in answers.items() if k in known_fields}
        bio = answers.pop("bio")
        header = yaml.safe_dump(answers, allow_unicode=True, sort_keys=False)
        (content / "mentors" / f"{slug}.md").write_text(f"---\n{header}---\n{bio}\n", encoding="utf-8")


def build(project: Path, content: Path, output: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(project / "plugins"))
    if not (project / "node_modules").exists():  # an exported checkout: use this one's lunr.js
        os.symlink(ROOT / "node_modules", project / "node_modules")
    pelican = str(Path(sys.executable).with_name("pelican"))
    subprocess.run([pelican, str(content), "-o", str(output), "-s", str(project / "pelicanconf.py"), "-q",
                    "-e", 'MENTOR_TODAY="2026-11-23"'], cwd=project, env=env, check=True)


def ranked(output: Path) -> dict[str, list[str]]:
    """Each query -> the slugs of the cards shown, in order, as a mentee sees them."""
    from playwright.sync_api import sync_playwright

    results = {}
    with serving(output) as (base, _), sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.goto(base + "/")
        page.wait_for_selector("#filters:not([hidden])")
        for query in JUDGMENTS:
            page.locator("input[type=search]").fill(query)
            page.wait_for_function("q => new URLSearchParams(location.search).get('q') === q", arg=query.strip())
            results[query] = page.locator("#mentor-list > li.card:not([hidden])").evaluate_all(
                "cards => cards.map(c => c.dataset.slug)")
        browser.close()
    return results


def dcg(grades: list[int]) -> float:
    return sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(grades))


def scores(results: dict[str, list[str]]) -> dict[str, dict[str, float]]:
    out = {}
    for query, judged in JUDGMENTS.items():
        shown = results[query]
        row: dict[str, float] = {"shown": len(shown)}
        relevant = {s for s, g in judged.items() if g > 0}
        if relevant:
            row["recall@10"] = len(relevant & set(shown[:10])) / len(relevant)
            ideal = dcg(sorted(judged.values(), reverse=True)[:5])
            row["ndcg@5"] = dcg([judged.get(s, 0) for s in shown[:5]]) / ideal
        out[query] = row
    return out


def summary(per_query: dict[str, dict[str, float]]) -> dict[str, float]:
    judged = [r for r in per_query.values() if "ndcg@5" in r]
    return {
        "queries": len(per_query),
        "zero-result rate": sum(r["shown"] == 0 for r in per_query.values()) / len(per_query),
        "recall@10": sum(r["recall@10"] for r in judged) / len(judged),
        "ndcg@5": sum(r["ndcg@5"] for r in judged) / len(judged),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", type=Path, default=ROOT)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    project = args.project.resolve()
    known = None
    if project != ROOT:
        fields_py = (project / "plugins/mentor_directory/profiles/fields.py").read_text(encoding="utf-8")
        known = {name for name in ("identity_groups",) if f'"{name}"' in fields_py} | {
            k for _, a in profiles() for k in a if k != "identity_groups"}
    with tempfile.TemporaryDirectory() as work:
        content, output = Path(work, "content"), Path(work, "output")
        write_content(content, project, known)
        build(project, content, output)
        results = ranked(output)
    per_query = scores(results)
    report = {"project": str(project), "summary": summary(per_query), "queries": per_query, "shown": {q: r[:10] for q, r in results.items()}}
    text = json.dumps(report, indent=1, ensure_ascii=False)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    print(json.dumps(report["summary"], indent=1))
    for query, row in per_query.items():
        print(f"{query!r:32} shown {row['shown']:3.0f}  recall@10 {row.get('recall@10', float('nan')):.2f}  nDCG@5 {row.get('ndcg@5', float('nan')):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
