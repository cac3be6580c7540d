"""Attack inputs for every profile field, written the way a hostile contributor would.

``accepted_profile`` is a profile the validator lets through although every text field and
every list item carries markup, script, template and JSON-breaking text, and its bio carries
Markdown and HTML attacks: the build must show all of it as inert text. ``REFUSED`` lists
values the validator must stop (unsafe URLs, disguised photos, invisible Unicode), and
``LOOKALIKE_FILE_NAMES`` file names that would make a second page look like someone else's.
"""
from __future__ import annotations

import json

from mentor_directory.profiles.fields import PROFILE_FIELDS, Kind

# What an attack does if it ever runs: the browser test looks for exactly this.
MARK = "document.title='pwned';window.pwned=1"

PAYLOADS = (
    f"<script>{MARK}</script>",
    f'"><img src=x onerror="{MARK}">',
    f"'><svg onload={MARK}>",
    f"</script><script>{MARK}</script>",
    f"</title></textarea><script>{MARK}</script>",
    '"};alert(1);//',
    '\\"},{"slug":"evil","url":"javascript:alert(1)"}]}',
    "<!-- ",
    "{{ 7*7 }}{% raw %}${7*7}",
    f"&lt;script&gt;{MARK}&lt;/script&gt;",
    f"&#x3C;img src=x onerror={MARK}&#x3E;",
    f'<a href="javascript:{MARK}">x</a>',
    f'<iframe srcdoc="<script>{MARK}</script>"></iframe>',
    f"<style>*{{background:url(javascript:{MARK})}}</style>",
    '<base href="https://evil.example/">',
    f'<meta http-equiv="refresh" content="0;url=javascript:{MARK}">',
    f'<form action="javascript:{MARK}"><button>x</button></form>',
    f"<math><mtext><table><mglyph><style><img src=x onerror={MARK}>",
    f"javascript:{MARK}",
    "../../../etc/passwd Ａｄａ",
    "::error::pwned ::add-mask::x ##[warning]y @octocat #1 [x](https://evil.example)",
)

# Every field a contributor writes free text into, including inside `location:`.
TEXT_FIELDS = tuple(
    (field.name, sub.name) if field.subfields else (field.name,)
    for field in PROFILE_FIELDS
    for sub in (field.subfields or (field,))
    if sub.kind in (Kind.TEXT, Kind.LONG_TEXT, Kind.TEXT_LIST)
)

HOSTILE_BIO = f"""\
Write to <bio.eve@example.org>, [mail me](mailto:bio.eve@example.org?cc=boss@evil.example&body=hi) or bio.eve2@example.org.
Visible references stay: &eacute; &#233; &amp;

<script>{MARK}</script>
[click me](javascript:{MARK}) [mixed case](JaVaScRiPt:{MARK}) [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)
[vb](vbscript:msgbox(1)) <javascript:{MARK}> ![img](javascript:{MARK}) [ref][evil]
<a href="data:text/html,<script>{MARK}</script>">data</a> <a href="&#106;avascript:{MARK}">entity</a>
<a href="jav&#x09;ascript:{MARK}">tab</a> <img src=x onerror="{MARK}"> <iframe src="javascript:{MARK}"></iframe>
<div style="background:url(javascript:{MARK})" onclick="{MARK}">styled</div> <svg onload="{MARK}"></svg>
<math><mtext><table><mglyph><style><img src=x onerror="{MARK}">
</script><script>{MARK}</script> "}}]}}

[evil]: javascript:{MARK}
"""
# Addresses written in the bio: never published as text or as a link, never in the search index.
BIO_ADDRESSES = ("bio.eve@example.org", "bio.eve2@example.org", "boss@evil.example")

# An odd but valid contact address: quotes and parentheses may not break out of the href.
ODD_URL = "https://example.org/?next=');" + MARK.replace(" ", "") + "//&x='onmouseover=alert(1)"
# (`?`, `%` and `#` are refused since issue 15: in a mailto: link they add headers or hide an `@`.)
ODD_EMAIL = "e.v&e{{7*7}}`!$*+/=^|~@example.org"


def field_text(path: tuple[str, ...], offset: int = 0) -> str:
    """A different attack for each field, tagged with the field's name, under the 200-character limit."""
    index = (TEXT_FIELDS.index(path) + offset) % len(PAYLOADS)
    return (".".join(path) + " " + PAYLOADS[index] + PAYLOADS[(index + 7) % len(PAYLOADS)])[:200]


def accepted_profile(name: str, offset: int = 0, photo: str | None = None) -> dict[str, object]:
    """Field values for a valid profile whose every text field is an attack; ``name`` stays searchable."""
    values: dict[str, object] = {
        "library_type": "public", "mentoring_areas": ["leadership"], "meeting_modes": ["video"],
        "accepting_mentees": True, "last_reviewed": "2026-01-01",
        "contact": {"email": ODD_EMAIL, "url": ODD_URL}, "location": {},
    }
    for path in TEXT_FIELDS:
        text = field_text(path, offset)
        if path == ("name",):
            text = f"{name} {text}"[:200]
        if len(path) == 2:
            values[path[0]][path[1]] = text  # type: ignore[index]
        elif next(f for f in PROFILE_FIELDS if f.name == path[0]).kind is Kind.TEXT_LIST:
            values[path[0]] = [text, PAYLOADS[(offset + 3) % len(PAYLOADS)]]
        else:
            values[path[0]] = text
    if photo:
        values["photo"] = photo
    else:
        values.pop("photo_alt")
    return values


def as_yaml(values: dict[str, object], bio: str = HOSTILE_BIO) -> str:
    """The values as a .yaml profile: JSON is valid YAML, and every string is double-quoted."""
    fields = "".join(f"{key}: {json.dumps(value, ensure_ascii=False)}\n" for key, value in values.items())
    return fields + "bio: |\n" + "".join(f"  {line}\n" for line in bio.splitlines())


def as_markdown(values: dict[str, object], bio: str = HOSTILE_BIO) -> str:
    fields = "".join(f"{key}: {json.dumps(value, ensure_ascii=False)}\n" for key, value in values.items())
    return f"---\n{fields}---\n{bio}"


# (field line as written in a .yaml profile, what the problem must say)
REFUSED = [
    ('contact: {url: "javascript:alert(1)"}', "is not a web address"),
    ('contact: {url: "JaVaScRiPt:alert(1)"}', "is not a web address"),
    ('contact: {url: " javascript:alert(1)"}', "is not a web address"),
    ('contact: {url: "data:text/html,<script>alert(1)</script>"}', "is not a web address"),
    ('contact: {url: "vbscript:msgbox(1)"}', "is not a web address"),
    ('contact: {url: "//evil.example/x"}', "is not a web address"),
    ('contact: {url: "https://example.org/\\"><script>alert(1)</script>"}', "is not a web address"),
    ('contact: {email: "javascript:alert(1)//@example.org"}', "is not an email address"),
    ('contact: {email: "eve@example.org?subject=<script>"}', "is not an email address"),
    ('contact: {email: "mailto:eve@example.org"}', "leave out `mailto:`"),
    ('github: "<script>alert(1)</script>"', "is not a GitHub username"),
    ('timezone: "<script>alert(1)</script>"', "is not a time zone name"),
    ('photo: "../../secrets.jpg"\nphoto_alt: x', "must be a path beside your profile"),
    ('photo: "javascript:alert(1).jpg"\nphoto_alt: x', "must be a path beside your profile"),
    ('photo: "photos/eve.svg"\nphoto_alt: x', "SVG and other formats are not accepted"),
    ('name: "Eve \u202egnp.exe"', "invisible control character (U+202E)"),
    ('title: "Zero\u200bwidth"', "invisible control character (U+200B)"),
    ('organization: "Isolate \u2066x\u2069"', "invisible control character (U+2066)"),
    ('pronouns: "bell \u0007"', "invisible control character (U+0007)"),
    ('languages: ["Eng\u200blish"]', "invisible control character (U+200B)"),
    ('motivation: "soft\u00adhyphen"', "invisible control character (U+00AD)"),
    ('location: {city: "Right\u200fmark"}', "invisible control character (U+200F)"),
    ('name: "line\u2028separator"', "invisible line separator (U+2028)"),
    ("name: &a Eve\ntitle: *a", "anchors (&name) are not allowed"),
    # Issue 15: mail headers, references to invisible characters, unbounded lists and numbers, slow bios.
    ('contact: {email: "mentor%40uni.example?cc=boss@evil.example&body=x"}', "without `?`, `%` or `#`"),
    ('contact: {email: "eve@example.org?bcc=all@evil.example"}', "without `?`, `%` or `#`"),
    ('bio: "Eve &#x202E;gnp.exe"', "invisible control character (U+202E) written as a character reference"),
    ('bio: "Zero&#8203;width &#7;"', "invisible control character (U+200B) written as a character reference"),
    ('bio: "Bell &#x7; and &ZeroWidthSpace;"', "invisible control character (U+0007) written as a character reference"),
    ('bio: "' + "a\\n=\\n" * 30 + '"', "lines in a row without an empty line"),
    ('bio: "' + "- - - - - - - - - x" + '"', "nests 9 lists or quotes"),
    ('languages: [' + ", ".join(f"L{i}" for i in range(11)) + ']', "list at most 10"),
    ('identities: [' + ", ".join(f"I{i}" for i in range(11)) + ']', "list at most 10"),
    ("capacity: " + "9" * 5000, "more than anyone can take on"),
    ('name: !!python/object/apply:os.system ["id"]', "tags such as"),
]

# A page address that looks like an existing mentor's but is another file.
LOOKALIKE_FILE_NAMES = [
    "\u0430da-okafor.yaml",  # Cyrillic а
    "ada-okafor\u200b.yaml",  # zero-width space
    "ada-\u043ekafor.yaml",  # Cyrillic о
    "Ada-Okafor.yaml",
    "ada_okafor.yaml",
    "ada-okafor.yaml.svg",
    "ada-okafor\n.yaml",  # `$` matched before a final newline (issue 15)
]

# An SVG with script, saved under a photo's name.
SVG_AS_PHOTO = f"<svg xmlns='http://www.w3.org/2000/svg' onload=\"{MARK}\"><script>{MARK}</script></svg>".encode()
