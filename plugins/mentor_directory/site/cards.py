"""Each mentor's card rendered once per page depth, not once per page that lists it.

A mentor appears on the directory, the all-mentors page and every topic page they match,
so at 1,000 mentors the same card was rendered some 17 times and card rendering was the
largest part of the build. The card macro in _macros.html depends only on the mentor,
the heading level and SITEURL (which differs by page depth when URLs are relative), so
its HTML is kept under those three and reused.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from jinja2 import Environment, pass_context
from jinja2.runtime import Context
from markupsafe import Markup

MACROS = "_macros.html"


def card_renderer(environment: Environment) -> Callable[..., Markup]:
    """A template function `mentor_card(mentor, heading)` that renders the `card` macro once per key."""
    cards: dict[tuple[str, str, str], Markup] = {}
    macros_by_siteurl: dict[str, Any] = {}

    @pass_context
    def mentor_card(context: Context, mentor: Any, heading: str = "h3") -> Markup:
        siteurl = context["SITEURL"]
        key = (mentor.slug, heading, siteurl)
        card = cards.get(key)
        if card is None:
            macros = macros_by_siteurl.get(siteurl)
            if macros is None:
                macros = macros_by_siteurl[siteurl] = environment.get_template(MACROS).make_module(context.get_all())
            card = cards[key] = Markup(macros.card(mentor, heading))
        return card

    return mentor_card
