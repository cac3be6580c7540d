"""The plugin's own signals, for program plugins that extend the directory.

They are blinker signals like Pelican's own (``pelican.plugins.signals``), so a plugin
listed after ``mentor_directory`` in ``PLUGINS`` connects to them in its ``register()``::

    from mentor_directory.site.signals import listing_ready

    def register():
        listing_ready.connect(show_count)

Every signal's sender is the ``MentorDirectoryGenerator``; its ``context`` is the dict every
template is rendered with. Blinker keeps receivers for the whole process: a program that
builds more than once in one process should disconnect its receivers between builds.
"""
from __future__ import annotations

from blinker import signal

profiles_loaded = signal("mentor_directory_profiles_loaded")
"""``(generator, profiles=list[Profile])``: every profile read and valid, hidden ones included,
before freshness, facets and any page are worked out from them.

A receiver may remove profiles from ``profiles`` (in place) to leave them out of the whole
site: no page, no listing, no search entry, no export. It may also just read them.
"""

listing_ready = signal("mentor_directory_listing_ready")
"""``(generator, listing=Listing, mentors=list[Mentor])``: the directory model is built (which
profiles are listed or hidden, their freshness, the facets with each term's mentors) and
``mentors`` holds the view of every mentor that gets a page; no page is written yet.

A receiver may add variables to ``generator.context`` (every page's template sees them),
change the program's ones there (``SITE_TAGLINE``, ``mentor_*``), and set attributes on the
``Mentor`` views for its own templates to show. It must not add or remove mentors here: the
facets, counts and search files are already worked out from the listing; remove them when
``profiles_loaded`` is sent.
"""

page_written = signal("mentor_directory_page_written")
"""``(generator, page_name=str, save_as=str, url=str, page=Page | None, variables=dict)``: one
of the directory's pages was written (for a paginated list, all its numbered pages).

``page_name`` is ``"mentor"``, ``"directory"``, ``"all-mentors"``, ``"facet"``, ``"browse"``,
``"planner"`` or ``"dashboard"``; ``variables`` are the template's own variables (``mentor``;
``facet``, ``term`` and ``term_mentors``; ``coverage``); ``page`` is the page's Pelican content
object, or None for a published paginated list (see ``site/pages.py``). A receiver may read
them, or write files of its own beside the page. With a receiver connected, topic pages are
written in the main process, so it hears of every one.
"""

finalized = signal("mentor_directory_finalized")
"""``(generator, writer=Writer)``: every file of the directory is written (pages, search files,
exports, feed, photos). A receiver may write more pages with ``writer.write_file`` (Pelican's
``content_written`` receivers, such as the sitemap plugin, then hear of them too) or more files
under ``generator.output_path``.
"""
