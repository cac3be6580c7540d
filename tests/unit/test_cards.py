"""A mentor's card is rendered once per distinct input and never shows a stale value from another page."""
from __future__ import annotations

from types import SimpleNamespace

from jinja2 import DictLoader, Environment

from mentor_directory.site.cards import card_renderer

MACROS = """{% macro card(mentor, heading='h3') %}<{{ heading }}>{{ mentor.name }}</{{ heading }}>
<a href="{{ SITEURL }}/{{ mentor.slug }}/">{{ badge }}</a>{% endmacro %}"""
PAGE = "{{ mentor_card(mentor, heading) }}"


def render(environment: Environment, **context: object) -> str:
    return environment.get_template("page.html").render(**context)


def test_every_context_value_the_card_reads_is_part_of_its_key() -> None:
    environment = Environment(loader=DictLoader({"_macros.html": MACROS, "page.html": PAGE}), autoescape=True)
    environment.globals["mentor_card"] = card_renderer(environment)
    ada = SimpleNamespace(slug="ada", name="Ada")
    first = render(environment, mentor=ada, heading="h2", SITEURL="..", badge="New")
    assert first == '<h2>Ada</h2>\n<a href="../ada/">New</a>'
    assert render(environment, mentor=ada, heading="h2", SITEURL="..", badge="Full").endswith(">Full</a>")
    assert render(environment, mentor=ada, heading="h2", SITEURL=".", badge="New").startswith('<h2>Ada</h2>\n<a href="./ada/"')
    assert render(environment, mentor=ada, heading="h3", SITEURL="..", badge="New").startswith("<h3>")


def test_a_card_with_the_same_inputs_is_rendered_once() -> None:
    calls: list[str] = []
    environment = Environment(loader=DictLoader({"_macros.html": MACROS, "page.html": PAGE}), autoescape=True)
    environment.filters["seen"] = lambda name: calls.append(name) or name
    environment.loader.mapping["_macros.html"] = MACROS.replace("{{ mentor.name }}", "{{ mentor.name | seen }}")
    environment.globals["mentor_card"] = card_renderer(environment)
    ada = SimpleNamespace(slug="ada", name="Ada")
    for _ in range(3):
        render(environment, mentor=ada, heading="h3", SITEURL="..", badge="New")
    assert calls == ["Ada"]
