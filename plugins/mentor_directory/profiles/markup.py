"""Bios: Markdown rendered to HTML, then cleaned on an allowlist, because profile text is untrusted."""
from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ElementTree
from functools import lru_cache
from html.parser import HTMLParser

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


def render_bio(text: str, email_display: str = "link") -> str:
    """Safe HTML for a bio: only simple text markup and http(s)/mailto links survive.

    With ``email_display="reveal"`` (the site's default, as for contact addresses) no address stays
    harvestable: mailto links and addresses in the text become the address in words
    ("ada at example dot org") inside ``<span class="bio-email">``.
    """
    rendered = _converter().reset().convert(text)
    cleaned = nh3.clean(
        rendered,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="nofollow noopener noreferrer ugc",
        strip_comments=True,
    )
    if email_display != "reveal" or "@" not in cleaned:
        return cleaned
    return _shield_addresses(cleaned)


# Something@domain.tld as a harvester would find it in text or in a link.
ADDRESS = re.compile(r"[^\s<>()\[\]\"',;:@/]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+")
SHIELD_CLASS = "bio-email"


def spoken_address(address: str) -> str:
    """'ada.okafor at example dot org': readable by people, not by a mailto-pattern scraper."""
    local, _, domain = address.rpartition("@")
    return f"{local} at {domain.replace('.', ' dot ')}"


def _in_words(text: str) -> str:
    return ADDRESS.sub(lambda m: spoken_address(m[0]), text)


class _AddressShield(HTMLParser):
    """Re-writes nh3's clean output with every address in words and mailto links as plain text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.in_mailto: str | None = None
        self.label: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        href = (values.get("href") or "").strip()
        if tag == "a" and href.lower().startswith("mailto:"):
            self.in_mailto = href[len("mailto:"):].split("?", 1)[0]
            self.label: list[str] = []
            return
        written = "".join(f' {name}="{html.escape(_in_words(value) if name == "title" else value or "")}"'
                          for name, value in attrs)
        self.out.append(f"<{tag}{written}>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self.in_mailto is not None:
            label = " ".join("".join(self.label).split())
            address = html.unescape(self.in_mailto)
            shown = _in_words(label)
            if ADDRESS.fullmatch(address) and spoken_address(address) not in shown:
                shown = f"{shown} ({spoken_address(address)})" if shown else spoken_address(address)
            self.out.append(f'<span class="{SHIELD_CLASS}">{html.escape(shown)}</span>')
            self.in_mailto = None
            return
        self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if self.in_mailto is not None:
            self.label.append(data)
            return
        pieces = ADDRESS.split(data)
        addresses = ADDRESS.findall(data)
        for index, piece in enumerate(pieces):
            self.out.append(html.escape(piece, quote=False))
            if index < len(addresses):
                self.out.append(f'<span class="{SHIELD_CLASS}">{html.escape(spoken_address(addresses[index]))}</span>')


def _shield_addresses(clean_html: str) -> str:
    parser = _AddressShield()
    parser.feed(clean_html)
    parser.close()
    return "".join(parser.out)


_TAG = re.compile(r"<[^>]*>")
_SHIELDED = re.compile(rf'<span class="{SHIELD_CLASS}">[^<]*</span>')


def plain_text(safe_html: str) -> str:
    """Words of already-clean HTML, for the search index; a tag always separates words (`a<br>b`).

    Addresses are left out, in words or not: the index is one file with every mentor in it."""
    words = html.unescape(_TAG.sub(" ", _SHIELDED.sub(" ", safe_html)))
    return " ".join(ADDRESS.sub(" ", words).split())
