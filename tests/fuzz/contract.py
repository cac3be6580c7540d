"""What hostile or broken input must get from the loader and the photo cleaner, and inputs to try it with.

The contract: any bytes in, either a valid profile or located problems out (every problem with
a line and column inside the file), never a traceback and never a hang. Shared by the quick
property tests in the suite and by the long fuzzing run (tests/fuzz/run.py).
"""
from __future__ import annotations

import io
import json
import time
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

from hypothesis import strategies as st

from mentor_directory.outputs.photos import PhotoError, clean_photo
from mentor_directory.profiles.loading import load_profile
from mentor_directory.profiles.markup import ALLOWED_ATTRIBUTES, ALLOWED_TAGS, ALLOWED_URL_SCHEMES, render_bio
from mentor_directory.profiles.profile import Profile
from mentor_directory.profiles.profile_source import MAX_FILE_BYTES
from mentor_directory.profiles.vocabulary import load_vocabulary
from unit.builders import REQUIRED

REPO = Path(__file__).resolve().parents[2]
VOCABULARY = load_vocabulary(REPO / "content" / "vocabulary.yaml")
TODAY = date(2026, 11, 23)
# Far more than a profile ever needs (most take milliseconds), with room for a busy machine;
# a slower file counts as a hang.
SECONDS_PER_FILE = 10.0

VALID = REQUIRED + "bio: |\n  I help with tenure files.\n"


def check_profile_bytes(folder: Path, data: bytes, suffix: str) -> Profile | None:
    """Load ``data`` as a profile file and assert the contract; returns the profile if valid."""
    path = folder / f"fuzzed-profile{suffix}"
    path.write_bytes(data)
    started = time.monotonic()
    profile, problems = load_profile(path, VOCABULARY, shown=path.name, today=TODAY)
    elapsed = time.monotonic() - started
    assert elapsed < SECONDS_PER_FILE, f"{len(data):,} bytes took {elapsed:.1f} s"
    assert (profile is None) == bool(problems), "a profile comes back exactly when there are no problems"
    lines = data.count(b"\n") + data.count(b"\r") + 2
    for problem in problems:
        assert problem.path == path.name
        assert problem.message.strip() and "Traceback" not in problem.message
        assert 1 <= problem.line <= lines, problem
        assert problem.column >= 1, problem
    if profile is not None:
        assert profile.slug == "fuzzed-profile" and profile.name.strip()
        started = time.monotonic()
        bio = render_bio(profile.bio)
        assert time.monotonic() - started < SECONDS_PER_FILE, f"a {len(profile.bio):,}-character bio is slow to render"
        assert outside_allowlist(bio) == [], bio
    return profile


class _Allowlist(HTMLParser):
    """Collects every tag, attribute or link in rendered HTML that the bio allowlist does not permit."""

    def __init__(self) -> None:
        super().__init__()
        self.outside: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            self.outside.append(tag)
        for name, value in attrs:
            if name not in ALLOWED_ATTRIBUTES.get(tag, set()) | {"rel"}:
                self.outside.append(f"{tag} {name}")
            elif name == "href" and urlsplit(value or "").scheme.lower() not in ALLOWED_URL_SCHEMES | {""}:
                self.outside.append(f"href={value}")


def outside_allowlist(html: str) -> list[str]:
    parser = _Allowlist()
    parser.feed(html)
    parser.close()
    return parser.outside


def check_photo_bytes(data: bytes) -> bytes | None:
    """Clean ``data`` as a photo: a readable raster image or a PhotoError, nothing else."""
    try:
        cleaned = clean_photo(data)
    except PhotoError as error:
        assert str(error)
        return None
    assert cleaned[:2] == b"\xff\xd8" or cleaned[:8] == b"\x89PNG\r\n\x1a\n" or cleaned[8:12] == b"WEBP"
    return cleaned


# --- strategies -----------------------------------------------------------------------------

FIELD_NAMES = ["name", "title", "organization", "library_type", "mentoring_areas", "meeting_modes",
               "contact", "email", "url", "accepting_mentees", "last_reviewed", "bio", "photo",
               "languages", "identities", "location", "capacity", "timezone", "github", "x"]
YAML_PIECES = ["\n", "  ", ": ", "- ", "[", "]", "{", "}", ",", "'", '"', "|", ">", "&a ", "*a", "!!python/object:os.system ",
               "!!binary ", "? ", "#", "---\n", "...\n", "%YAML 1.1\n", "\t", "\ufeff", "\r\n", "\r", "\u2028",
               "\u202e", "\u200b", "\x00", "\x1b", "yes", "NO", "~", "null", "1e400", "0x10", "2026-02-30",
               "<script>", "</script>", "javascript:alert(1)", "data:text/html,x", "\\u0000", "💥", "Ａ"]


def yaml_like() -> st.SearchStrategy[str]:
    """Text built from YAML's own syntax and field names, so the parser sees many near-misses."""
    piece = st.one_of(st.sampled_from(YAML_PIECES), st.sampled_from(FIELD_NAMES), st.text(max_size=8))
    return st.lists(piece, max_size=60).map("".join)


@st.composite
def mutated_valid(draw: st.DrawFn) -> str:
    """The valid profile with a few spans replaced, inserted or deleted."""
    text = VALID
    for _ in range(draw(st.integers(1, 4))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, min(len(text), start + 20)))
        insert = draw(st.one_of(st.sampled_from(YAML_PIECES), st.text(max_size=6), st.just("")))
        text = text[:start] + insert + text[end:]
    return text


def alias_bomb(levels: int) -> str:
    """The billion-laughs shape: each level refers to the one before it ten times."""
    lines = ['a0: &a0 "lol"']
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, levels)]
    return "\n".join(lines) + "\n"


def deep_nesting(depth: int, flow: bool) -> str:
    if flow:
        return "name: " + "[" * depth + "x" + "]" * depth + "\n"
    return "".join("  " * i + f"k{i}:\n" for i in range(depth)) + "  " * depth + "v\n"


def special_files() -> st.SearchStrategy[bytes]:
    """The shapes the issue names: bombs, nesting, huge, binary, wrong encodings, BOMs, CRLF, empty."""
    return st.one_of(
        st.integers(2, 12).map(alias_bomb).map(str.encode),
        st.builds(deep_nesting, st.integers(1, 3000), st.booleans()).map(str.encode),
        st.sampled_from([MAX_FILE_BYTES - 1, MAX_FILE_BYTES, MAX_FILE_BYTES + 1, 10 * 1024 * 1024]).map(lambda n: (VALID + "#" * n)[:n].encode()),
        st.sampled_from([20_000, MAX_FILE_BYTES - 100]).map(lambda n: (VALID + "languages: [" + "x, " * (n // 3) + "]\n").encode()),
        st.binary(max_size=512),
        st.sampled_from(["utf-16", "utf-16-le", "utf-16-be", "utf-32", "latin-1", "cp1252", "shift_jis", "utf-8-sig"]).map(
            lambda encoding: (VALID.replace("Ada Okafor", "Adá Ökafor").encode(encoding, errors="replace"))),
        st.just(VALID.replace("\n", "\r\n").encode()),
        st.just(VALID.replace("\n", "\r").encode()),
        st.just(b"\xef\xbb\xbf" + VALID.encode()),
        st.just(b"\xef\xbb\xbf\xef\xbb\xbf" + VALID.encode()),
        st.sampled_from([b"", b"\n", b"\xef\xbb\xbf", b"---", b"---\n", b"---\n---\n", b" ", b"\r\n"]),
    )


BIO_PIECES = ["[", "]", "(", ")", "![", "](", "<", ">", "*", "_", "`", "```\n", "\n\n", "    ", "> ", "- ", "1. ", "#", "&", "&#x3C;",
              "javascript:", "JaVaScRiPt:", "data:text/html,", "http://", "mailto:", "<script>", "</script>", "<img src=x onerror=", "\\",
              "<a href=", "\"", "'", "<!--", "-->", "<svg onload=", "<style>", "<![CDATA[", "\u202e", "\u200b", "x"]


def bios() -> st.SearchStrategy[bytes]:
    """A valid profile whose bio is built from Markdown's and HTML's special characters."""
    piece = st.one_of(st.sampled_from(BIO_PIECES), st.text(max_size=5))
    return st.lists(piece, max_size=300).map(lambda parts: ("---\n" + VALID.split("bio:")[0] + "---\n" + "".join(parts)).encode("utf-8", "surrogatepass"))


def profile_bytes() -> st.SearchStrategy[bytes]:
    """Every kind of input the loader is tried on."""
    return st.one_of(
        special_files(),
        bios(),
        st.sampled_from(["x: y\n", "- x\n", "a: [1, 2]\n", "k: {a: b}\n"]).flatmap(
            lambda line: st.integers(1, 60_000).map(lambda n: (line * n).encode())),
        yaml_like().map(lambda text: text.encode("utf-8", errors="surrogatepass")),
        mutated_valid().map(lambda text: text.encode("utf-8", errors="surrogatepass")),
        st.text().map(lambda text: text.encode("utf-8", errors="surrogatepass")),
    )


@st.composite
def photo_bytes(draw: st.DrawFn) -> bytes:
    """Real small images in each allowed format with a few bytes flipped, cut or garbage."""
    from PIL import Image

    kind = draw(st.sampled_from(["JPEG", "PNG", "WEBP"]))
    mode = draw(st.sampled_from(["RGB", "L", "P", "RGBA", "1", "CMYK", "I;16"]))
    size = (draw(st.integers(1, 40)), draw(st.integers(1, 40)))
    image = Image.new(mode, size)
    out = io.BytesIO()
    try:
        image.save(out, kind)
    except (OSError, ValueError, KeyError):
        image.convert("RGB").save(out, kind)
    data = bytearray(out.getvalue())
    action = draw(st.sampled_from(["keep", "flip", "cut", "garbage"]))
    if action == "flip" and data:
        for _ in range(draw(st.integers(1, 8))):
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    elif action == "cut":
        data = data[: draw(st.integers(0, len(data)))]
    elif action == "garbage":
        data = bytearray(data[:16] + draw(st.binary(max_size=200)))
    return bytes(data)


def describe(data: bytes) -> str:
    """A short printable form of a failing input for reports."""
    return json.dumps(data[:200].decode("utf-8", errors="backslashreplace")) + (f" … ({len(data):,} bytes)" if len(data) > 200 else "")
