"""Fuzz the profile loader and the photo cleaner for a given time: `python tests/fuzz/run.py --minutes 10`.

Runs the property tests in tests/fuzz/ round after round with Hypothesis's "fuzz" profile
(fresh random inputs each round, far more examples than the suite), each round in its own
process with a time limit so a hang is reported instead of waited on. Failing inputs are
shrunk by Hypothesis and kept in .hypothesis/, so the next suite run tries them again.
Exit status 0 means no round failed.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0, help="how long to fuzz in total (default 10)")
    parser.add_argument("--examples", type=int, default=3000, help="examples per property per round (default 3000)")
    parser.add_argument("--round-timeout", type=float, default=900.0, help="seconds before a round counts as hung")
    args = parser.parse_args()

    environment = dict(os.environ, HYPOTHESIS_PROFILE="fuzz", FUZZ_EXAMPLES=str(args.examples))
    command = [sys.executable, "-m", "pytest", str(HERE), "-q", "-p", "no:cacheprovider", "--hypothesis-show-statistics"]
    started = time.monotonic()
    end = started + args.minutes * 60
    rounds = failures = 0
    while time.monotonic() < end:
        rounds += 1
        round_started = time.monotonic()
        try:
            result = subprocess.run(command, cwd=PROJECT, env=environment, capture_output=True, text=True,
                                    timeout=args.round_timeout)
        except subprocess.TimeoutExpired:
            failures += 1
            print(f"round {rounds}: HUNG for more than {args.round_timeout:.0f} s", flush=True)
            continue
        summary = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else "(no output)"
        print(f"round {rounds}: {summary} in {time.monotonic() - round_started:.0f} s", flush=True)
        if result.returncode != 0:
            failures += 1
            print(result.stdout[-20_000:], result.stderr[-5_000:], sep="\n", flush=True)
    total = time.monotonic() - started
    print(f"fuzzed for {total / 60:.1f} minutes: {rounds} rounds of {args.examples} examples per property, "
          f"{failures} failed", flush=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
