"""Bios: Markdown a mentor writes becomes safe HTML; anything that could run or restyle the page is dropped."""
from __future__ import annotations

import pytest

from mentor_directory.profiles.markup import plain_text, render_bio

REL = 'rel="nofollow noopener noreferrer ugc"'


# --- what renders ----------------------------------------------------------------------

def test_paragraphs_and_emphasis_render() -> None:
    assert render_bio("Hello *world* and **bold**.\n\nSecond paragraph.") == (
        "<p>Hello <em>world</em> and <strong>bold</strong>.</p>\n<p>Second paragraph.</p>"
    )


def test_bulleted_and_numbered_lists_render() -> None:
    assert render_bio("- CVs\n- interviews\n\n1. first\n2. second") == (
        "<ul>\n<li>CVs</li>\n<li>interviews</li>\n</ul>\n<ol>\n<li>first</li>\n<li>second</li>\n</ol>"
    )


def test_quotes_code_and_rules_render() -> None:
    assert render_bio("> advice\n\n    code\n\n---") == (
        "<blockquote>\n<p>advice</p>\n</blockquote>\n<pre><code>code\n</code></pre>\n<hr>"
    )


@pytest.mark.parametrize("href", ["https://example.org/x", "http://example.org/x", "mailto:ada@example.org"])
def test_http_https_and_mailto_links_render_with_nofollow_and_noopener(href: str) -> None:
    assert render_bio(f"[me]({href})") == f'<p><a href="{href}" {REL}>me</a></p>'


def test_a_raw_html_link_gets_rel_nofollow_noopener_too() -> None:
    assert render_bio('<a href="https://example.org" target="_blank" rel="opener">x</a>') == (
        f'<p><a href="https://example.org" {REL}>x</a></p>'
    )


# --- headings --------------------------------------------------------------------------

def test_bio_headings_start_at_h3_below_the_name_and_about() -> None:
    assert render_bio("# Title\n\n## Sub\n\n### Third") == "<h3>Title</h3>\n<h4>Sub</h4>\n<h5>Third</h5>"


def test_deep_headings_stop_at_h6() -> None:
    assert render_bio("#### Four\n\n###### Six") == "<h6>Four</h6>\n<h6>Six</h6>"


@pytest.mark.parametrize("tag", ["h1", "h2"])
def test_a_raw_html_top_level_heading_keeps_its_text_but_not_the_heading(tag: str) -> None:
    assert render_bio(f"<{tag}>Raw</{tag}>") == "Raw"


# --- what is removed -------------------------------------------------------------------

def test_a_script_block_is_removed_with_its_code() -> None:
    assert render_bio("<script>alert(1)</script>\n\nok").strip() == "<p>ok</p>"


def test_an_inline_script_is_removed_with_its_code() -> None:
    assert render_bio("x <script>alert(1)</script> y") == "<p>x  y</p>"


def test_an_iframe_is_removed() -> None:
    html = render_bio('<iframe src="https://evil.example/">inner</iframe>')
    assert "<iframe" not in html and "evil.example" not in html


def test_a_style_block_is_removed_with_its_rules() -> None:
    assert render_bio("<style>body{display:none}</style>\n\nok").strip() == "<p>ok</p>"


def test_an_image_with_an_onerror_handler_is_removed() -> None:
    assert render_bio("<img src=x onerror=alert(1)>") == "<p></p>"


def test_event_handler_attributes_are_removed_from_allowed_tags() -> None:
    assert render_bio('<a href="https://x.org" onclick="alert(1)" onmouseover="alert(2)">x</a>') == (
        f'<p><a href="https://x.org" {REL}>x</a></p>'
    )


def test_style_attributes_are_removed() -> None:
    assert render_bio('<p style="position:fixed;top:0">pinned</p>') == "<p>pinned</p>"


@pytest.mark.parametrize("href", [
    "javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    "data:text/html;base64,PHNjcmlwdD4=",
    "vbscript:msgbox(1)",
])
def test_script_and_data_links_lose_their_address(href: str) -> None:
    assert render_bio(f"[x]({href})") == f"<p><a {REL}>x</a></p>"


def test_an_entity_encoded_javascript_link_loses_its_address() -> None:
    assert render_bio('<a href="java&#x09;script:alert(1)">x</a>') == f"<p><a {REL}>x</a></p>"


@pytest.mark.parametrize("image", ["![pic](data:image/png;base64,AAAA)", "![pic](https://example.org/p.png)"])
def test_images_are_removed_from_bios(image: str) -> None:
    assert render_bio(image) == "<p></p>"


def test_svg_with_an_onload_handler_is_removed() -> None:
    assert "svg" not in render_bio("<svg onload=alert(1)><circle/></svg>")


def test_forms_and_inputs_are_removed() -> None:
    assert render_bio("<form action=https://evil.example><input name=pw></form>") == ""


def test_html_comments_are_removed() -> None:
    assert render_bio("<!-- private note -->hi").strip() == "<p>hi</p>"


# --- plain text for the search index ---------------------------------------------------

def test_plain_text_strips_tags_and_unescapes_entities() -> None:
    assert plain_text("<p>Tom &amp; Jerry&#39;s <em>best</em> &lt;tips&gt;</p>") == "Tom & Jerry's best <tips>"


def test_plain_text_collapses_whitespace_between_blocks() -> None:
    assert plain_text(render_bio("First.\n\n- one\n- two")) == "First. one two"


def test_plain_text_keeps_words_apart_across_a_line_break_tag() -> None:
    # "Librarian<br>Archivist" must not index as the single word "LibrarianArchivist".
    assert plain_text(render_bio("Librarian<br>Archivist")).split() == ["Librarian", "Archivist"]
