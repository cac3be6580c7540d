"""Work done on a second core gives the same result as here, and its failures are not lost."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from mentor_directory.site import background


@pytest.fixture
def two_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    if sys.platform == "darwin" or "fork" not in background.multiprocessing.get_all_start_methods():
        pytest.skip("no fork on this platform: everything runs in one process")
    monkeypatch.setattr(background, "usable_cores", lambda: 2)


def squares(items: list[int]) -> list[int]:
    return [i * i for i in items]


def always_fail(items: list[int]) -> None:
    raise ValueError(f"refused {len(items)} items")


def test_a_background_result_is_the_same_as_doing_it_here(two_cores: None) -> None:
    items = list(range(background.WORTH_A_PROCESS))
    assert background.in_background(squares, items)() == squares(items)


def test_a_background_failure_is_raised_when_the_result_is_asked_for(two_cores: None) -> None:
    result = background.in_background(always_fail, list(range(background.WORTH_A_PROCESS)))
    with pytest.raises(ValueError, match=f"refused {background.WORTH_A_PROCESS} items"):
        result()


def test_work_alongside_runs_in_another_process_and_its_files_are_there_after_waiting(two_cores: None, tmp_path: Path) -> None:
    def work() -> None:
        (tmp_path / "written.txt").write_text(str(os.getpid()), encoding="utf-8")

    background.alongside(work, background.WORTH_A_PROCESS)()
    assert int((tmp_path / "written.txt").read_text(encoding="utf-8")) != os.getpid()


def test_a_failure_alongside_fails_the_wait_and_is_printed(two_cores: None, capfd: pytest.CaptureFixture[str]) -> None:
    def work() -> None:
        raise RuntimeError("template exploded")

    wait = background.alongside(work, background.WORTH_A_PROCESS)
    with pytest.raises(background.BackgroundError, match="failed"):
        wait()
    assert "RuntimeError: template exploded" in capfd.readouterr().err


def test_small_work_stays_in_this_process(two_cores: None, tmp_path: Path) -> None:
    def work() -> None:
        (tmp_path / "written.txt").write_text(str(os.getpid()), encoding="utf-8")

    background.alongside(work, background.WORTH_A_PROCESS - 1)()
    assert int((tmp_path / "written.txt").read_text(encoding="utf-8")) == os.getpid()
