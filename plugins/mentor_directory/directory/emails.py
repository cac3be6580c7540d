"""Email addresses kept out of the HTML as text, so address harvesters find nothing to scrape.

The page carries the address reversed and base64-encoded; a button decodes it in the
browser. Without JavaScript the address is written out in words a person can still use.
"""
from __future__ import annotations

import base64


def encode_email(address: str) -> str:
    return base64.b64encode(address[::-1].encode("utf-8")).decode("ascii")


def decode_email(encoded: str) -> str:
    return base64.b64decode(encoded).decode("utf-8")[::-1]


def spoken_email(address: str) -> str:
    """'ada.okafor at example dot org': readable by people, not by a mailto-pattern scraper."""
    local, _, domain = address.rpartition("@")
    return f"{local} at {domain.replace('.', ' dot ')}"
