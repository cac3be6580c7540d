"""The directory's pages as Pelican content objects, for plugins that act on written pages.

Pelican sends ``content_written(path, context=...)`` for every file its writer renders, and
plugins such as the sitemap plugin read the ``page`` (or ``article``) in that context: its
``url``, its ``status`` (anything but "published" is left out) and its ``modified``/``date``.
So each page the directory writes as one file carries a ``pelican.contents.Page``: a listed
mentor's page is "published", dated by its last review; an expired mentor's page is "hidden",
Pelican's word for a page that is written but not listed, as are the pages never advertised
today (planner, dashboard, the all-cards file, a topic with no mentors).

A published paginated list (the directory, a topic with mentors) carries none, like Pelican's
own index and category pages: one object on each of its numbered pages would stand for the
first page's address on all of them, so plugins list each numbered page by its path instead.

These objects are not in ``context["pages"]``: Pelican's pages generator would write them again
and the theme's menu would list them.
"""
from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from pelican.contents import Page


def directory_page(settings: dict[str, Any], context: dict[str, Any], *, title: str, slug: str, url: str,
                   save_as: str, template: str, listed: bool, reviewed: date | None = None,
                   source_path: str | None = None) -> Page:
    """A content object for one written page; its body is the template's, so ``content`` stays empty.

    Keeping the (untrusted) bio out of ``content`` also keeps it away from Pelican's link
    rewriting, which any plugin reading ``page.content`` would run.
    """
    metadata: dict[str, Any] = {"title": title, "slug": slug, "url": url, "save_as": save_as,
                                "template": template, "status": "published" if listed else "hidden"}
    if reviewed is not None:
        metadata["date"] = metadata["modified"] = datetime.combine(reviewed, time())
    return Page("", metadata, settings=settings, source_path=source_path, context=context)
