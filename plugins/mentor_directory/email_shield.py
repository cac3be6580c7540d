"""Email addresses kept out of the page text that address harvesters scan.

Harvesters read HTML for `name@domain` and `mailto:`; they rarely run JavaScript. So a mentor
page carries the address spelled out for people ("ada at example dot org") and scrambled for
the page's script, which turns it back into a normal mailto link for visitors.
"""
from __future__ import annotations

import base64


def spelled_out(address: str) -> str:
    """The address as words a person can retype: `ada.o@example.org` -> `ada.o at example dot org`."""
    local, _, domain = address.rpartition("@")
    return f"{local} at {' dot '.join(domain.split('.'))}"


def scrambled(address: str) -> str:
    """The address reversed, as UTF-8, in base64; theme/static/js/email.js undoes exactly this."""
    return base64.b64encode(address[::-1].encode("utf-8")).decode("ascii")
