"""Run one build and note its wall time, CPU time and peak memory; run as a script.

`python benchmarks/launch.py RESULT_FILE COMMAND...` writes {"seconds", "cpu_seconds",
"peak_kb", "status"} to RESULT_FILE. It is a fresh, small interpreter on purpose: Linux
carries a process's peak resident size across fork and exec, so a build started straight
from the (large) benchmark process would report at least the benchmark's own size.

Our build may fork workers onto a second core, so one process's peak is not the build's
memory. The launcher adds up the proportional set size (shared pages split between the
processes sharing them) of the build and all its descendants every 20 ms, and reports the
largest total, or the largest single process's peak if that is higher (a short spike can
fall between two samples). CPU time is the build's and its workers', user and system.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

SAMPLE_SECONDS = 0.02


def descendants(root: int) -> list[int]:
    """``root`` and every process below it, from /proc."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parent = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(parent, []).append(int(stat.parent.name))
    found, waiting = [], [root]
    while waiting:
        pid = waiting.pop()
        found.append(pid)
        waiting.extend(children.get(pid, []))
    return found


def pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def main(result: str, command: list[str]) -> None:
    start = time.perf_counter()
    child = subprocess.Popen(command)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.wait(SAMPLE_SECONDS):
            peak = max(peak, sum(pss_kb(pid) for pid in descendants(child.pid)))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    with open(result, "w", encoding="utf-8") as out:
        json.dump({"seconds": seconds, "cpu_seconds": usage.ru_utime + usage.ru_stime,
                   "peak_kb": max(peak, usage.ru_maxrss), "status": os.waitstatus_to_exitcode(status)}, out)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
