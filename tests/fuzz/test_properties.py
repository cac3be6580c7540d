"""Property tests: any bytes as a profile or a photo give a clear located answer, never a crash or a hang.

Run quickly in the suite (Hypothesis profile "suite"); tests/fuzz/run.py runs the same
properties for as long as you ask with the "fuzz" profile.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import assume, example, given

from fuzz.contract import (
    VALID,
    alias_bomb,
    check_photo_bytes,
    check_profile_bytes,
    deep_nesting,
    photo_bytes,
    profile_bytes,
)


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


def _both_parsers(text: str):
    """(libyaml's answer or None, PyYAML's answer or its error type), both through our strict composing."""
    from mentor_directory.profiles import yaml_source

    parsed, fast = yaml_source._fast_compose(text)
    try:
        slow = yaml_source._strict_compose(text, 0)
    except yaml_source.YamlSyntaxError:
        slow = yaml_source.YamlSyntaxError
    return (fast if parsed else None), parsed, slow


@given(data=profile_bytes())
@example(data=VALID.encode())
@example(data="name: 'Zoë — 名前'\nlist: [a, \"é\", b]\nnested:\n  k: v\n".encode())
@example(data=b"a: b: c")
@example(data=b"key: [unclosed")
@example(data=b"\ta: 1")
def test_the_fast_parser_only_answers_where_the_careful_one_agrees(data: bytes) -> None:
    """libyaml speeds up files it reads cleanly; for those, PyYAML must read the same values at the same places."""
    from mentor_directory.profiles import yaml_source

    assume(len(data) <= 20_000)  # bigger files stop at the loader's size limit before parsing
    text = data.decode("utf-8", errors="replace").lstrip("\ufeff")
    fast, parsed, slow = _both_parsers(text)
    if not parsed:
        return
    assert slow is not yaml_source.YamlSyntaxError, "libyaml accepted what PyYAML refuses"
    if fast is None or slow is None:
        assert fast is None and slow is None
        return
    assert yaml_source._convert(fast, 0) == yaml_source._convert(slow, 0)
