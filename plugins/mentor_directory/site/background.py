"""Work the build shares with a second core.

Profiles are read and their bios rendered one file at a time; the search index needs every
mentor and nothing the pages need; the topic pages need nothing the mentor pages need.
Python runs one thread at a time, so on a machine with two or more cores each of these runs
in forked processes while this one does the rest. With one core, on Windows or macOS, or
for a small directory, where starting a process costs more than it saves, everything runs
here. The files are the same either way.
"""
from __future__ import annotations

import multiprocessing
import os
import sys
import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

T = TypeVar("T")

# Below this many items the work takes a few hundredths of a second: not worth a process.
WORTH_A_PROCESS = 200


def usable_cores() -> int:
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


class BackgroundError(Exception):
    pass


def worth_a_process(size: int) -> bool:
    # macOS offers fork but its system libraries are not safe to use after it, so it builds in one process.
    return (size >= WORTH_A_PROCESS and usable_cores() >= 2 and sys.platform != "darwin"
            and "fork" in multiprocessing.get_all_start_methods())


def in_background(function: Callable[..., T], items: list[Any], *args: Any) -> Callable[[], T]:
    """Start ``function(items, *args)``; return a function that waits for and returns its result.

    An exception in the background is raised again when the result is asked for.
    """
    if not worth_a_process(len(items)):
        result = function(items, *args)
        return lambda: result
    executor = _pool(1)
    future = executor.submit(function, items, *args)
    executor.shutdown(wait=False)
    return future.result


def alongside(work: Callable[[], None], size: int) -> Callable[[], None]:
    """Start ``work`` (which writes files and returns nothing) in a forked copy of this process.

    Returns a function that waits for it and raises BackgroundError if it failed; its
    traceback is printed by the copy. Call it even when the work here fails.
    """
    if not worth_a_process(size):
        work()
        return lambda: None
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:  # the copy: do the work and leave without running this process's exit handlers
        status = 1
        try:
            work()
            status = 0
        except BaseException:  # noqa: BLE001 - reported here, and as a failure to the parent
            traceback.print_exc()
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(status)

    def wait() -> None:
        _, status = os.waitpid(pid, 0)
        if os.waitstatus_to_exitcode(status) != 0:
            raise BackgroundError("writing pages in a second process failed; its error is listed above")

    return wait


def shared_map(function: Callable[[Any], T], items: list[Any]) -> list[T]:
    """``function`` over ``items`` in order, shared between two forked workers when there are two cores."""
    if not worth_a_process(len(items)):
        return list(map(function, items))
    workers = 2
    with _pool(workers) as pool:
        return list(pool.map(function, items, chunksize=max(1, len(items) // (4 * workers))))


def _pool(workers: int) -> ProcessPoolExecutor:
    # Imported here: it costs some 40 ms, which a small directory, built in one process, need not pay.
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"))
