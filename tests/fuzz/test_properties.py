"""Property tests: any bytes as a profile or a photo give a clear located answer, never a crash or a hang.

Run quickly in the suite (Hypothesis profile "suite"); tests/fuzz/run.py runs the same
properties for as long as you ask with the "fuzz" profile.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import example, given

from fuzz.contract import VALID, alias_bomb, check_photo_bytes, check_profile_bytes, deep_nesting, photo_bytes, profile_bytes


@given(data=profile_bytes())
@example(data=alias_bomb(10).encode())
@example(data=deep_nesting(2000, flow=True).encode())
@example(data=deep_nesting(2000, flow=False).encode())
@example(data=(VALID + "#" * (10 * 1024 * 1024)).encode())
@example(data=b"\x89PNG\r\n\x1a\n\x00\x00")
@example(data=b"\xef\xbb\xbf" + VALID.replace("\n", "\r\n").encode())
@example(data=b"")
@example(data=b"x: y\n" * 50_000)  # found by fuzzing: took 20 s before the value limit stopped parsing early
def test_any_bytes_as_a_yaml_profile_give_a_profile_or_located_problems(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        check_profile_bytes(Path(folder), data, ".yaml")


@given(data=profile_bytes())
@example(data=b"---\n" + VALID.encode() + b"---\nbio")
@example(data=b"---\n" + alias_bomb(10).encode() + b"---\n")
@example(data=b"---\n" + VALID.split("bio:")[0].encode() + b"---\n" + b"[" * 20_000)  # found by fuzzing: 76 s to render
@example(data=b"---\n" + VALID.split("bio:")[0].encode() + b"---\n< onl=")  # escaped text, not an event handler
def test_any_bytes_as_a_markdown_profile_give_a_profile_or_located_problems(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        check_profile_bytes(Path(folder), b"---\n" + data + b"\n---\nA bio." if not data.startswith(b"---") else data, ".md")


def test_the_contract_accepts_the_valid_profile_with_crlf_and_a_bom() -> None:
    """Guards the property tests themselves: a good file must come back as a profile."""
    with tempfile.TemporaryDirectory() as folder:
        assert check_profile_bytes(Path(folder), b"\xef\xbb\xbf" + VALID.replace("\n", "\r\n").encode(), ".yaml") is not None


@given(data=photo_bytes())
def test_any_photo_bytes_become_a_clean_image_or_a_clear_refusal(data: bytes) -> None:
    check_photo_bytes(data)
