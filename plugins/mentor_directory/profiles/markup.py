"""Bios: Markdown rendered to HTML, then cleaned on an allowlist, because profile text is untrusted."""
from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ElementTree
from functools import lru_cache

import markdown
import nh3
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

ALLOWED_TAGS = {
    "p", "br", "a", "em", "strong", "code", "pre", "blockquote",
    "ul", "ol", "li", "h3", "h4", "h5", "h6", "hr",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}
# The mentor's name is the page's h1 and "About" its h2, so a bio's own headings start at h3.
HEADING_SHIFT = 2


class _DemoteHeadings(Treeprocessor):
    def run(self, root: ElementTree.Element) -> None:
        for element in root.iter():
            if len(element.tag) == 2 and element.tag[0] == "h" and element.tag[1].isdigit():
                element.tag = f"h{min(int(element.tag[1]) + HEADING_SHIFT, 6)}"


class DemoteHeadingsExtension(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (Markdown's API name)
        md.treeprocessors.register(_DemoteHeadings(md), "demote_headings", 5)


@lru_cache(maxsize=1)
def _converter() -> markdown.Markdown:
    """One Markdown converter for every bio: setting one up costs more than converting a short bio."""
    return markdown.Markdown(extensions=["sane_lists", DemoteHeadingsExtension()], output_format="html")


def render_bio(text: str) -> str:
    """Safe HTML for a bio: only simple text markup and http(s)/mailto links survive."""
    rendered = _converter().reset().convert(text)
    return nh3.clean(
        rendered,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="nofollow noopener noreferrer ugc",
        strip_comments=True,
    )


_TAG = re.compile(r"<[^>]*>")


def plain_text(safe_html: str) -> str:
    """Words of already-clean HTML, for the search index; a tag always separates words (`a<br>b`)."""
    return " ".join(html.unescape(_TAG.sub(" ", safe_html)).split())
