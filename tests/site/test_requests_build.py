"""Demand beside supply in a real build: content/requests.yaml on /coverage/, and a wrong
requests file or guide page stopping the build before anything is written."""
from __future__ import annotations

from pathlib import Path

import pytest

from mentor_directory.profiles.problems import ProfileErrors
from site_builder import build


def test_requests_show_beside_mentors_and_places_for_each_need(fresh_content: Path, tmp_path: Path) -> None:
    (fresh_content / "requests.yaml").write_text("tenure: 4\ngrants: 2\n", encoding="utf-8")
    output = build(fresh_content, tmp_path / "output")
    page = (output / "coverage" / "index.html").read_text(encoding="utf-8")
    assert page.count('<th scope="col">Requests</th>') == 1, "one column, on the needs table only"
    tenure_row = next(row for row in page.split("<tr") if "/areas/tenure/" in row and "<td>" in row)
    assert tenure_row.rstrip().endswith("<td>4</td></tr>")


def test_a_wrong_requests_file_stops_the_build_at_its_line(fresh_content: Path, tmp_path: Path, capsys) -> None:
    (fresh_content / "requests.yaml").write_text("tenure: 4\ntenur: 1\n", encoding="utf-8")
    with pytest.raises(ProfileErrors):
        build(fresh_content, tmp_path / "output")
    assert "content/requests.yaml:2:1: error: `tenur` is not a need; did you mean `tenure`?" in capsys.readouterr().err
    assert not (tmp_path / "output" / "coverage").exists()


def test_a_theme_linking_a_missing_page_is_shown_without_a_link_and_a_warning(fresh_content: Path, tmp_path: Path, caplog) -> None:
    output = build(fresh_content, tmp_path / "output", MENTOR_PROGRAM_THEMES=[{"month": 1, "theme": "Hello", "guide": "no-such-guide"}])
    assert "MENTOR_PROGRAM_THEMES links 'no-such-guide'" in caplog.text
    planner = (output / "my-mentors" / "index.html").read_text(encoding="utf-8")
    theme = planner.split('data-theme-month="1">', 1)[1].split("</li>", 1)[0]
    assert "Hello" in theme and "<a " not in theme
