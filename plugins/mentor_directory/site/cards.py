"""Each mentor's card rendered once per distinct input, not once per page that lists it.

A mentor appears on the directory, the all-mentors page and every topic page they match,
so at 1,000 mentors the same card was rendered some 17 times and card rendering was the
largest part of the build. A card's HTML depends on the mentor, the heading level and the
page-context variables the macros in _macros.html read (SITEURL, which differs by page depth
when URLs are relative, and any other). Those names are read from the template itself, so a
variable a later change makes the card read becomes part of the key without anyone listing it.
"""
from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from jinja2 import Environment, meta, pass_context
from jinja2.runtime import Context
from markupsafe import Markup

MACROS = "_macros.html"


def context_names(environment: Environment) -> tuple[str, ...]:
    """The page-context variables the macros template reads (not its parameters or own macros)."""
    source = environment.loader.get_source(environment, MACROS)[0]  # type: ignore[union-attr]
    return tuple(sorted(meta.find_undeclared_variables(environment.parse(source))))


def _frozen(value: Any) -> Hashable:
    """A value as part of a key: itself when hashable, else its identity (build-wide objects)."""
    try:
        hash(value)
    except TypeError:
        return ("id", id(value))
    return value


def card_renderer(environment: Environment) -> Callable[..., Markup]:
    """A template function `mentor_card(mentor, heading)` that renders the `card` macro once per key."""
    names = context_names(environment)
    cards: dict[tuple[Hashable, ...], Markup] = {}
    macros_by_context: dict[tuple[Hashable, ...], Any] = {}

    @pass_context
    def mentor_card(context: Context, mentor: Any, heading: str = "h3") -> Markup:
        reads = tuple(_frozen(context.get(name)) for name in names)
        key = (mentor.slug, heading, reads)
        card = cards.get(key)
        if card is None:
            macros = macros_by_context.get(reads)
            if macros is None:
                macros = macros_by_context[reads] = environment.get_template(MACROS).make_module(context.get_all())
            card = cards[key] = Markup(macros.card(mentor, heading))
        return card

    return mentor_card
