"""Pelican glue: load the profiles, then write the directory, mentor, facet and browse pages and the JSON files.

All the judgement (parsing, validation, facets, the index) lives in the plain modules;
this file only connects them to Pelican's settings, writer and static files.
"""
from __future__ import annotations

import json
import logging
import os
import shutil
import sys
from dataclasses import dataclass
from datetime import date
from functools import lru_cache, partial
from pathlib import Path, PurePosixPath
from typing import Any

from jinja2 import FileSystemBytecodeCache
from pelican.contents import Page
from pelican.generators import Generator
from pelican.plugins import signals as pelican_signals

from ..directory.freshness import Freshness, FreshnessPolicy
from ..directory.listing import list_directory
from ..directory.mentor_view import Mentor, mentor_view
from ..outputs.colors import DARK_ACCENT, LIGHT_ACCENT, brand_stylesheet, parse_hex
from ..outputs.contribute import contribution_links
from ..outputs.exports import mentors_csv, mentors_json, program_columns, public_record, robots, sitemap
from ..outputs.feed import mentors_feed
from ..outputs.lunr_js import check_lunr_js
from ..outputs.photos import PhotoError, clean_photo
from ..outputs.search import build_index, build_records, index_document, search_hints
from ..profiles.fields import PAGE_SECTIONS
from ..profiles.loading import LinkedFile, load_profiles, read_inside
from ..profiles.printing import for_log
from ..profiles.problems import Problem, ProfileErrors
from ..profiles.profile import Profile
from ..profiles.requests import load_requests
from ..profiles.text_folding import slug as text_slug
from ..profiles.vocabulary import VocabularyError, load_vocabulary
from .background import alongside, in_background, shared_map
from .cards import card_renderer
from .pages import directory_page
from .profile_cache import ProfileCache, context_key
from .settings import build_date, directory_settings, standard_sitemap
from .signals import finalized, listing_ready, page_written, profiles_loaded


@dataclass(frozen=True)
class PageLink:
    url: str
    title: str


@dataclass(frozen=True)
class MonthTheme:
    month: int
    theme: str
    guide: PageLink | None


@dataclass(frozen=True)
class ProgramShape:
    """What the planner needs to follow a relationship through, from the MENTOR_* settings."""

    follow_up_days: int
    months: int
    rhythm: str
    check_in_month: int | None
    start: str | None
    themes: tuple[MonthTheme, ...]
    issues_url: str | None


logger = logging.getLogger(__name__)

BRAND_CSS_SAVE_AS = "theme/css/brand.css"


def _written_here() -> None:
    """Nothing to wait for: the topic pages were written in this process."""


def _stop(errors: ProfileErrors) -> None:
    """List every problem as a plain PATH:LINE:COLUMN line (not wrapped by Pelican's logger), then stop."""
    sys.stderr.write(errors.listing())
    raise errors


class MentorDirectoryGenerator(Generator):
    """Reads content/mentors/ with our own loader and writes every directory page."""

    def generate_context(self) -> None:
        self.options = directory_settings(self.settings)
        # Facets, pages and records all slugify the same few regions and languages: do each once.
        # One transliterating slug everywhere (profiles/text_folding.py): "Łódź" -> "lodz".
        self.slugify = lru_cache(maxsize=None)(text_slug)
        content = Path(self.path)
        project = content.parent
        vocabulary_path = content / self.options["MENTOR_VOCABULARY_PATH"]
        try:
            self.vocabulary = load_vocabulary(vocabulary_path, os.path.relpath(vocabulary_path, project))
        except VocabularyError as error:
            _stop(ProfileErrors(error.problems))
        validated_on = date.today()
        self.profile_cache = ProfileCache(self.settings, partial(context_key, vocabulary_path, validated_on, self.options),
                                          self.options["MENTOR_EMAIL_DISPLAY"])
        result = load_profiles(content / self.options["MENTOR_PROFILES_PATH"], self.vocabulary, root=project,
                               today=validated_on, cache=self.profile_cache, map_files=shared_map)
        if result.problems:
            _stop(ProfileErrors(result.problems))
        profiles_loaded.send(self, profiles=result.profiles)
        self.profile_cache.render_bios(result.profiles, shared_map)
        self.lunr_js = check_lunr_js(Path(self.options["MENTOR_LUNR_JS"]))

        policy = FreshnessPolicy(self.options["MENTOR_REVIEW_AFTER_MONTHS"], self.options["MENTOR_HIDE_AFTER_MONTHS"])
        listing = list_directory(result.profiles, self.vocabulary, policy, build_date(self.options["MENTOR_TODAY"]),
                                 self.slugify, self.options["MENTOR_FACETS"])
        self.listing = listing
        for profile in listing.profiles:
            if profile.slug in listing.hidden:
                logger.warning("%s: not reviewed since %s, so left out of the directory; ask %s to review it",
                               for_log(profile.source), profile.last_reviewed.isoformat(),
                               f"@{profile.github}" if profile.github else for_log(profile.name))
        self.freshness = listing.freshness
        self.facets = listing.facets
        for facet in self.facets:
            for term in facet.terms:
                term.url = self.options["MENTOR_FACET_URL"].format(facet=facet.definition.path, term=term.value)
        self.every_facet = listing.every_facet
        # What cards and mentor pages call each facet's field, in the program's words.
        self.context["mentor_facet_labels"] = {key: f.definition.label for key, f in self.every_facet.items()}
        self.context["mentor_program"] = self.vocabulary.program
        self.photos = self._clean_photos(content / self.options["MENTOR_PROFILES_PATH"], result.profiles)
        self.all_mentors = [self._mentor(p) for p in result.profiles]
        self.profile_cache.save()
        self.mentors = [m for m in self.all_mentors if m.slug not in listing.hidden]
        requests_path = content / self.options["MENTOR_REQUESTS_PATH"]
        requests, request_problems = load_requests(requests_path, self.vocabulary, os.path.relpath(requests_path, project))
        if request_problems:
            _stop(ProfileErrors(request_problems))
        self.coverage = listing.coverage(requests)
        self.context["mentors"] = self.mentors
        self.context["mentor_facets"] = self.facets
        self.context["mentor_page_sections"] = PAGE_SECTIONS
        self._program_context()
        # Every page's header and footer link to Pelican's pages; Pelican works a page's URL out
        # afresh each time it is read, so read each once here rather than on thousands of pages.
        self.context["mentor_page_links"] = [PageLink(p.url, p.title) for p in self.context.get("pages", [])]
        self.context["mentor_guide_links"] = [PageLink(p.url, p.title) for p in self.context.get("hidden_pages", [])]
        # An empty directory points newcomers at the page explaining how to add themselves.
        self.context["mentor_add_yourself_url"] = next(
            (p.url for p in (*self.context.get("pages", []), *self.context.get("hidden_pages", []))
             if p.slug == "add-yourself"), None)
        self.context["mentor_profile_count"] = len(self.all_mentors)
        self.context["mentor_timeline"] = self._program_shape()
        self.context["mentor_directory_url"] = self.options["MENTOR_DIRECTORY_URL"]
        self.context["mentor_browse_url"] = self.options["MENTOR_BROWSE_URL"]
        self.context["mentor_planner_url"] = self.options["MENTOR_PLANNER_URL"]
        self.context["mentor_records_url"] = self.options["MENTOR_RECORDS_SAVE_AS"]
        self.context["mentor_index_url"] = self.options["MENTOR_SEARCH_INDEX_SAVE_AS"]
        self.context["mentor_lunr_url"] = self.options["MENTOR_LUNR_JS_SAVE_AS"]
        self.context["mentor_all_cards_url"] = self.options["MENTOR_ALL_CARDS_SAVE_AS"]
        repository = self.options["MENTOR_REPOSITORY_URL"]
        self.context["mentor_contribute"] = contribution_links(
            repository, self.options["MENTOR_REPOSITORY_BRANCH"],
            Path(os.path.relpath(content, project), self.options["MENTOR_PROFILES_PATH"]).as_posix(),
            self.vocabulary.fields,
        ) if repository else None
        listing_ready.send(self, listing=listing, mentors=self.all_mentors)

    def _clean_photos(self, folder: Path, profiles: list[Profile]) -> dict[str, bytes]:
        """Every photo's published bytes by its site path, stripped of metadata; any unreadable photo stops the build."""
        photos: dict[str, bytes] = {}
        problems: list[Problem] = []
        for profile in profiles:
            if profile.photo:
                try:
                    photos[self._photo_path(profile.photo)] = clean_photo(read_inside(folder, profile.photo))
                except PhotoError as error:
                    problems.append(Problem(profile.source, 1, 1, f"`{profile.photo}`: {error}"))
                except (LinkedFile, OSError):
                    problems.append(Problem(profile.source, 1, 1, f"`{profile.photo}` is a symbolic link or cannot be read; "
                                                                  "copy the photo itself into the repository"))
        if problems:
            _stop(ProfileErrors(problems))
        return photos

    def _photo_path(self, photo: str) -> str:
        return Path(self.options["MENTOR_PROFILES_PATH"], photo).as_posix()

    def _mentor(self, profile: Profile) -> Mentor:
        return mentor_view(
            profile, self.every_facet, self.slugify,
            url=self.options["MENTOR_URL"].format(slug=profile.slug),
            bio_html=self.profile_cache.bio_html(profile),
            photo_url=self._photo_path(profile.photo) if profile.photo else None,
            freshness=self.freshness[profile.slug],
        )

    def _program_context(self) -> None:
        """What every page shows of the program: logo, contact, colours, indexing, dashboard link."""
        options = self.options
        logo = options["MENTOR_LOGO"]
        if logo is not None:
            self.context["static_links"].add(logo)
        light, dark = options["MENTOR_BRAND_COLOR"], options["MENTOR_BRAND_COLOR_DARK"]
        self.brand_css = None if light is None and dark is None else brand_stylesheet(
            parse_hex(light) if light else LIGHT_ACCENT, parse_hex(dark) if dark else DARK_ACCENT)
        self.context.update(
            mentor_logo_url=logo,
            mentor_program_contact=options["MENTOR_PROGRAM_CONTACT"],
            mentor_brand_css_url=BRAND_CSS_SAVE_AS if self.brand_css else None,
            mentor_allow_indexing=options["MENTOR_ALLOW_INDEXING"],
            mentor_email_display=options["MENTOR_EMAIL_DISPLAY"],
            mentor_dashboard_url=options["MENTOR_DASHBOARD_URL"],
            mentor_feed_url=options["MENTOR_FEED_SAVE_AS"],
            mentor_export_json_url=options["MENTOR_EXPORT_JSON_SAVE_AS"],
            mentor_export_csv_url=options["MENTOR_EXPORT_CSV_SAVE_AS"],
        )

    def _program_shape(self) -> ProgramShape:
        """The relationship the planner follows through. A theme whose guide is not one of the program's
        pages (content shared by several programs, a page renamed) is shown without a link, with a warning."""
        pages = {p.slug: PageLink(p.url, p.title) for p in [*self.context.get("pages", []), *self.context.get("hidden_pages", [])]}
        options = self.options
        unknown = sorted({t["guide"] for t in options["MENTOR_PROGRAM_THEMES"] or [] if t.get("guide") and t["guide"] not in pages})
        if unknown:
            logger.warning("MENTOR_PROGRAM_THEMES links %s, not a page in content/pages/ (the pages are %s); those months show no guide",
                           ", ".join(map(repr, unknown)), ", ".join(map(repr, sorted(pages))) or "none")
        start = options["MENTOR_PROGRAM_START"]
        return ProgramShape(
            follow_up_days=options["MENTOR_FOLLOW_UP_DAYS"],
            months=options["MENTOR_PROGRAM_MONTHS"],
            rhythm=options["MENTOR_MEETING_RHYTHM"],
            check_in_month=options["MENTOR_CHECK_IN_MONTH"],
            start=str(start) if start else None,
            themes=tuple(MonthTheme(t["month"], t["theme"].strip(), pages.get(t.get("guide") or ""))
                         for t in sorted(options["MENTOR_PROGRAM_THEMES"] or [], key=lambda t: t["month"])),
            issues_url=f"{options['MENTOR_REPOSITORY_URL'].rstrip('/')}/issues/new" if options["MENTOR_REPOSITORY_URL"] else None,
        )

    def generate_output(self, writer: Any) -> None:
        if self.settings["CACHE_CONTENT"] and self.settings["LOAD_CONTENT_CACHE"]:
            # With Pelican's cache on, the templates' compiled code is kept beside it (Jinja's own
            # cache, checked against each template's source), so a rebuild does not compile them again.
            folder = Path(self.settings["CACHE_PATH"], "jinja")
            folder.mkdir(parents=True, exist_ok=True)
            self.env.bytecode_cache = FileSystemBytecodeCache(str(folder))
        self.env.globals["mentor_card"] = card_renderer(self.env)
        # A content object costs about 0.2 ms (some 2 s at 10,000 mentors): make them only when a
        # plugin listens for content or for written pages.
        self.pages_heard = any(s.receivers for s in (pelican_signals.content_object_init,
                                                     pelican_signals.content_written, page_written))
        write_facet_pages = partial(self._write_facet_pages, writer)
        if self.pages_heard:
            # A forked copy's signals reach no receiver in this process: write topic pages here.
            write_facet_pages()
            facet_pages_written = _written_here
        else:
            # Topic pages and the index need nothing the other pages need: with a second core
            # each is made in another process while this one writes the rest.
            facet_pages_written = alongside(write_facet_pages, len(self.mentors))
        try:
            search_index = in_background(
                build_index, [index_document(m.profile, self.vocabulary, str(m.bio_html)) for m in self.mentors],
                search_hints(self.vocabulary, self.facets))
            self._write_other_pages(writer)
            self._write_search_files(search_index())
            self._write_exports()
            if self.brand_css:
                self._write_text(BRAND_CSS_SAVE_AS, self.brand_css)
            for save_as, data in sorted(self.photos.items()):
                self._write_bytes(save_as, data)
        finally:
            facet_pages_written()
        finalized.send(self, writer=writer)

    def _write_page(self, writer: Any, page_name: str, template: str, save_as: str, url: str,
                    page: Page | None = None, paginated: dict[str, list[Mentor]] | None = None,
                    **variables: Any) -> None:
        """Write one page (a paginated list: all its numbered pages), with its content object when
        a plugin listens, then tell ``page_written``'s receivers."""
        content_object = {} if page is None else {"page": page}  # where content_written's receivers look
        writer.write_file(save_as, self.get_template(template), self.context, self.settings["RELATIVE_URLS"],
                          url=url, paginated=paginated, template_name=template, page_name=page_name,
                          **variables, **content_object)
        page_written.send(self, page_name=page_name, save_as=save_as, url=url, page=page, variables=variables)

    def _page(self, *, listed: bool, **fields: Any) -> Page | None:
        """A page's content object (see pages.py), or None when no plugin listens for one."""
        if not self.pages_heard:
            return None
        return directory_page(self.settings, self.context, listed=listed, **fields)

    def _write_facet_pages(self, writer: Any) -> None:
        by_slug = {m.slug: m for m in self.mentors}
        for facet in self.facets:
            for term in facet.terms:
                save_as = self.options["MENTOR_FACET_SAVE_AS"].format(facet=facet.definition.path, term=term.value)
                term_mentors = [by_slug[p.slug] for p in term.mentors]
                # A topic with mentors is a published list (no object); one without is a hidden page.
                page = None if term_mentors else self._page(
                    title=f"{facet.definition.label}: {term.label}", slug=f"{facet.definition.path}-{term.value}",
                    url=term.url, save_as=save_as, template="facet", listed=False)
                self._write_page(writer, "facet", "facet", save_as, term.url, page,
                                 paginated={"term_mentors": term_mentors},
                                 facet=facet, term=term, term_mentors=term_mentors)

    def _write_other_pages(self, writer: Any) -> None:
        options = self.options
        project = Path(self.path).parent  # profiles name their source from here
        for mentor in self.all_mentors:
            save_as = options["MENTOR_SAVE_AS"].format(slug=mentor.slug)
            page = self._page(title=mentor.name, slug=mentor.slug, url=mentor.url, save_as=save_as, template="mentor",
                              listed=mentor.slug not in self.listing.hidden, reviewed=mentor.last_reviewed,
                              source_path=str(project / mentor.source))
            self._write_page(writer, "mentor", "mentor", save_as, mentor.url, page, mentor=mentor)
        self._write_page(writer, "directory", "directory", options["MENTOR_DIRECTORY_SAVE_AS"],
                         options["MENTOR_DIRECTORY_URL"], paginated={"mentors": self.mentors})
        all_cards = options["MENTOR_ALL_CARDS_SAVE_AS"]
        self._write_page(writer, "all-mentors", "all_mentors", all_cards, all_cards, self._page(
            title="All mentors", slug="all-mentors", url=all_cards, save_as=all_cards, template="all_mentors",
            listed=False), paginated={"mentors": self.mentors})
        for page_name, key, title, listed in (("browse", "BROWSE", "Browse by topic", True),
                                              ("planner", "PLANNER", "My mentoring network", False),
                                              ("dashboard", "DASHBOARD", "Program coverage", False)):
            url, save_as = options[f"MENTOR_{key}_URL"], options[f"MENTOR_{key}_SAVE_AS"]
            page = self._page(title=title, slug=page_name, url=url, save_as=save_as, template=page_name, listed=listed)
            variables = {"coverage": self.coverage} if page_name == "dashboard" else {}
            self._write_page(writer, page_name, page_name, save_as, url, page, **variables)

    def _absolute(self, url: str) -> str:
        """A site address for files read outside the site (exports, feed, sitemap)."""
        return f"{self.settings.get('SITEURL', '')}/{url}"

    def _write_exports(self) -> None:
        options = self.options
        records = [public_record(m.profile, self.vocabulary, self._absolute(m.url)) for m in self.mentors]
        self._write_json(options["MENTOR_EXPORT_JSON_SAVE_AS"], mentors_json(records))
        self._write_text(options["MENTOR_EXPORT_CSV_SAVE_AS"], mentors_csv(records, program_columns(self.vocabulary)))
        self._write_text(options["MENTOR_FEED_SAVE_AS"], mentors_feed(
            [m.profile for m in self.mentors], self.vocabulary, self.settings["SITENAME"],
            self.settings.get("SITEURL", ""), self._absolute(options["MENTOR_FEED_SAVE_AS"]),
            {m.slug: self._absolute(m.url) for m in self.mentors}))
        if options["MENTOR_ALLOW_INDEXING"]:
            self._write_sitemap()

    def _write_sitemap(self) -> None:
        """sitemap.xml and robots.txt; with Pelican's sitemap plugin on, its sitemap wins and only robots.txt is ours.

        The plugin writes its file after every generator, so ours would be overwritten anyway;
        and it is what the program chose, with its own settings, over every page Pelican wrote.
        """
        if not self.settings.get("SITEURL"):
            logger.warning("MENTOR_ALLOW_INDEXING is on but SITEURL is empty, so no sitemap.xml; "
                           "set SITEURL in publishconf.py")
            return
        sitemap_file = standard_sitemap(self.settings)
        if sitemap_file is None:
            sitemap_file = "sitemap.xml"
            pages = [self.options["MENTOR_DIRECTORY_URL"], self.options["MENTOR_BROWSE_URL"]]
            pages += [m.url for m in self.mentors]
            pages += [t.url for f in self.facets for t in f.terms if t.mentors]
            pages += [p.url for p in self.context.get("pages", [])]
            self._write_text(sitemap_file, sitemap(self._absolute(url) for url in pages))
        self._write_text("robots.txt", robots(self._absolute(sitemap_file)))

    def _write_search_files(self, search_index: tuple[dict[str, Any], dict[str, dict[str, Any]]]) -> None:
        head, shards = search_index
        save_as = self.options["MENTOR_SEARCH_INDEX_SAVE_AS"]
        self._write_json(save_as, head)
        for name, data in shards.items():
            self._write_json(str(PurePosixPath(save_as).parent / name), data)
        records = build_records([m.profile for m in self.mentors], self.facets, self.slugify)
        for record, mentor in zip(records["mentors"], self.mentors):
            record["url"] = mentor.url
            if mentor.freshness == Freshness.STALE.value:
                record["stale"] = True
        self._write_json(self.options["MENTOR_RECORDS_SAVE_AS"], records)
        target = Path(self.output_path, self.options["MENTOR_LUNR_JS_SAVE_AS"])
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(self.lunr_js, target)

    def _write_json(self, save_as: str, data: Any) -> None:
        self._write_text(save_as, json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")))

    def _write_text(self, save_as: str, text: str) -> None:
        self._write_bytes(save_as, text.encode("utf-8"))

    def _write_bytes(self, save_as: str, data: bytes) -> None:
        path = Path(self.output_path, save_as)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)

