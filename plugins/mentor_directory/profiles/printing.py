"""Profile text printed where something reads it as more than text: one helper per place.

* CI logs: the GitHub Actions runner treats a line starting with `::` (or the older `##[`) as
  a command (`::error::`, `::add-mask::`, `::stop-commands::`). A logger that wraps long lines
  can start a line anywhere inside a name, so every `::` and `##[` in profile text is broken
  up and the text is kept on one line.
* Markdown read by GitHub (a pull request's job summary, the monthly review issue): headings,
  links, images, HTML, @-mentions and #-references in a name would all work. Text of plain
  letters, digits, spaces, hyphens, apostrophes and commas is printed as it is; anything else
  goes into a code span, where GitHub interprets nothing.
"""
from __future__ import annotations

import re

_LINE_BREAKS = re.compile(r"[\r\n\u0085\u2028\u2029\v\f]+")
_PLAIN = re.compile(r"[^\W_]+(?:[ ,'’-]+[^\W_]+)*")


def one_line(text: str) -> str:
    return _LINE_BREAKS.sub(" ", text)


def for_log(text: str) -> str:
    """Profile text for a build or CI log: one line, and no workflow command wherever it wraps."""
    text = one_line(text)
    while "::" in text or "##[" in text:
        text = text.replace("::", ": :").replace("##[", "# #[")
    return text


def for_markdown(text: str) -> str:
    """Profile text for GitHub Markdown: shown as written, never as markup, a link or a mention."""
    text = one_line(text)
    if _PLAIN.fullmatch(text):
        return text
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith(("`", " ")) or text.endswith(("`", " ")) or not text else ""
    return f"{fence}{pad}{text}{pad}{fence}"
