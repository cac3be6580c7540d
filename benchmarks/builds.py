"""Timing whole builds: each one a fresh `pelican` process, its wall time and peak memory.

Our site builds with the project's own pelicanconf.py; the peer is plain Pelican with its
default theme building the same people as ordinary articles (with their tag and category
pages, as our topic pages). The two alternate round by round, so a noisy neighbour on a
shared machine slows both alike.

Each build runs under a small launcher (launch.py) that times it and measures the memory of
the build and any workers it starts.
"""
from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

BUILD_DAY = "2026-11-23"
PLAIN_CONF = """\
SITENAME = "Plain Pelican"
SITEURL = ""
RELATIVE_URLS = True
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
ARTICLE_PATHS = ["mentors"]
ARTICLE_URL = ARTICLE_SAVE_AS = "mentors/{slug}.html"
FEED_ALL_ATOM = CATEGORY_FEED_ATOM = TRANSLATION_FEED_ATOM = AUTHOR_FEED_ATOM = AUTHOR_FEED_RSS = None
"""


LAUNCHER = Path(__file__).with_name("launch.py")


@dataclass(frozen=True)
class Run:
    seconds: float
    cpu_seconds: float
    peak_mb: float


@dataclass(frozen=True)
class Site:
    """How to build one site: its content folder, output folder and settings file."""

    name: str
    content: Path
    output: Path
    settings: Path

    def command(self, cache: Path | None = None) -> list[str]:
        pelican = str(Path(sys.executable).with_name("pelican"))
        command = [pelican, str(self.content), "-o", str(self.output), "-s", str(self.settings), "-q"]
        extra = []
        if self.name == "ours":
            extra.append(f'MENTOR_TODAY="{BUILD_DAY}"')
        if cache is not None:
            command += ["--cache-path", str(cache)]
            extra += ["CACHE_CONTENT=true", "LOAD_CONTENT_CACHE=true"]
        return command + (["-e", *extra] if extra else [])


def plain_settings(folder: Path) -> Path:
    path = folder / "plainconf.py"
    path.write_text(PLAIN_CONF, encoding="utf-8")
    return path


def run_build(site: Site, cache: Path | None = None, clean: bool = True) -> Run:
    """Build once in a new process; its memory is that of the build and any workers it starts."""
    if clean and site.output.exists():
        shutil.rmtree(site.output)
    log = site.output.with_suffix(".log")
    result = site.output.with_suffix(".run.json")
    with log.open("w") as out:
        subprocess.run([sys.executable, str(LAUNCHER), str(result), *site.command(cache)],
                       stdout=out, stderr=subprocess.STDOUT, check=True)
    measured = json.loads(result.read_text(encoding="utf-8"))
    if measured["status"] != 0:
        raise RuntimeError(f"{site.name} build failed ({measured['status']}):\n{log.read_text()[-3000:]}")
    return Run(measured["seconds"], measured["cpu_seconds"], measured["peak_kb"] / 1024)


@dataclass(frozen=True)
class Comparison:
    ours: list[Run]
    plain: list[Run]

    @property
    def ratio(self) -> float:
        """Median over rounds of (our time / plain time) within the same round."""
        return statistics.median(o.seconds / p.seconds for o, p in zip(self.ours, self.plain))

    def as_dict(self) -> dict[str, object]:
        def side(runs: list[Run]) -> dict[str, float]:
            return {"median_s": statistics.median(r.seconds for r in runs),
                    "min_s": min(r.seconds for r in runs),
                    "median_cpu_s": statistics.median(r.cpu_seconds for r in runs),
                    "peak_mb": max(r.peak_mb for r in runs)}
        fastest = min(r.seconds for r in self.ours) / min(r.seconds for r in self.plain)
        cpu = statistics.median(o.cpu_seconds / p.cpu_seconds for o, p in zip(self.ours, self.plain))
        return {"rounds": len(self.ours), "ratio": self.ratio, "ratio_of_fastest": fastest, "cpu_ratio": cpu,
                "ours": side(self.ours), "plain": side(self.plain)}


def compare(ours: Site, plain: Site, rounds: int) -> Comparison:
    """Alternate the two builds, switching which goes first each round."""
    our_runs, plain_runs = [], []
    for number in range(rounds):
        order = (ours, plain) if number % 2 == 0 else (plain, ours)
        for site in order:
            (our_runs if site is ours else plain_runs).append(run_build(site))
    return Comparison(our_runs, plain_runs)


def incremental(site: Site, cache: Path, change) -> dict[str, float]:
    """A cold build with Pelican's content cache on, then a rebuild after ``change`` edits one profile."""
    if cache.exists():
        shutil.rmtree(cache)
    cold = run_build(site, cache)
    warm_unchanged = run_build(site, cache, clean=False)
    change()
    warm = run_build(site, cache, clean=False)
    return {"cold_s": cold.seconds, "unchanged_s": warm_unchanged.seconds, "one_changed_s": warm.seconds,
            "fraction": warm.seconds / cold.seconds}


