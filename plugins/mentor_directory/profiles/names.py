"""Names as people see them: page addresses made from any script, and lookalike detection.

``slug_from_text`` transliterates (Unidecode) so a name in Cyrillic, Greek, Arabic or Han gets
a real address instead of a placeholder. ``skeleton`` follows Unicode TR39's idea of a
confusable skeleton, with the confusable pairs of the `confusable_homoglyphs` package: two
names with the same skeleton look the same on screen (`Ada` and `Аda` with a Cyrillic А), so
a pull request that brings one in next to the other goes to a maintainer.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from confusable_homoglyphs import confusables
from unidecode import unidecode

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slug_from_text(text: str) -> str:
    """Lowercase ASCII letters, digits and single hyphens from any text; "" when nothing is left."""
    return _NOT_SLUG.sub("-", unidecode(unicodedata.normalize("NFC", text)).lower()).strip("-")


@lru_cache(maxsize=1)
def _prototypes() -> dict[str, str]:
    """Each confusable character mapped to one representative of everything it can be mistaken for.

    The package lists pairs both ways; joining them (union-find) and naming each group by its
    lowest code point gives every member the same prototype, e.g. Latin `a`, Cyrillic `а`, Greek
    `α` all map to `a`, and `l`, `I`, `1`, `|` to `1`.
    """
    parent: dict[str, str] = {}

    def find(char: str) -> str:
        root = char
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(char, char) != root:
            parent[char], char = root, parent[char]
        return root

    def join(first: str, second: str) -> None:
        first, second = find(first), find(second)
        if first != second:
            parent[max(first, second)] = min(first, second)

    for char, entries in confusables.confusables_data.items():
        for entry in entries:
            if len(char) == 1 and len(entry["c"]) == 1:
                join(char, entry["c"])
    # Case never tells two names apart either: `O` joins `o` (and so `0`), `I` joins `i` (and `l`).
    for char in list(parent):
        folded = char.casefold()
        if len(folded) == 1 and folded != char:
            join(char, folded)
    return {char: find(char) for char in parent}


def skeleton(name: str) -> str:
    """What a name looks like, ignoring case, spacing, invisible characters and lookalike letters."""
    prototypes = _prototypes()

    def mapped(text: str) -> str:
        return "".join(prototypes.get(c, c) for c in unicodedata.normalize("NFD", text))

    text = mapped(unicodedata.normalize("NFKC", name).casefold())
    visible = (c for c in text if unicodedata.category(c) not in {"Cc", "Cf", "Zs"} and not c.isspace())
    return unicodedata.normalize("NFD", "".join(visible))


def mixes_lookalike_scripts(name: str) -> bool:
    """Whether a word of the name mixes scripts with letters that pass for each other (`Аda`)."""
    return any(confusables.is_dangerous(word) for word in name.split())
