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
from dataclasses import dataclass, field
from functools import lru_cache, partial
from pathlib import Path
from typing import Any

from markupsafe import Markup
from pelican.generators import Generator
from pelican.utils import slugify as pelican_slugify

from .contribute import contribution_links
from .facets import build_facets, mentor_values
from .freshness import Freshness, FreshnessPolicy
from .loading import load_profiles
from .lunr_js import check_lunr_js
from .markup import render_bio
from .problems import ProfileErrors
from .profile import Profile
from .search import build_index, build_records, index_document
from .settings import build_date, directory_settings
from .vocabulary import VocabularyError, load_vocabulary


@dataclass(frozen=True)
class TermLink:
    value: str
    label: str
    url: str


@dataclass
class Mentor:
    """A profile as the templates see it: the data plus its URL, safe bio and facet links."""

    profile: Profile
    url: str
    bio_html: Markup
    photo_url: str | None
    links: dict[str, list[TermLink]] = field(default_factory=dict)
    freshness: str = "current"

    def __getattr__(self, name: str) -> Any:
        return getattr(self.profile, name)


logger = logging.getLogger(__name__)


def _stop(errors: ProfileErrors) -> None:
    """List every problem as a plain PATH:LINE:COLUMN line (not wrapped by Pelican's logger), then stop."""
    sys.stderr.write(errors.listing())
    raise errors


class MentorDirectoryGenerator(Generator):
    """Reads content/mentors/ with our own loader and writes every directory page."""

    def generate_context(self) -> None:
        self.options = directory_settings(self.settings)
        # Facets, pages and records all slugify the same few regions and languages: do each once.
        self.slugify = lru_cache(maxsize=None)(
            partial(pelican_slugify, regex_subs=self.settings.get("SLUG_REGEX_SUBSTITUTIONS", ()))
        )
        content = Path(self.path)
        project = content.parent
        vocabulary_path = content / self.options["MENTOR_VOCABULARY_PATH"]
        try:
            self.vocabulary = load_vocabulary(vocabulary_path, os.path.relpath(vocabulary_path, project))
        except VocabularyError as error:
            _stop(ProfileErrors(error.problems))
        result = load_profiles(content / self.options["MENTOR_PROFILES_PATH"], self.vocabulary, root=project)
        if result.problems:
            _stop(ProfileErrors(result.problems))
        self.lunr_js = check_lunr_js(Path(self.options["MENTOR_LUNR_JS"]))

        policy = FreshnessPolicy(self.options["MENTOR_REVIEW_AFTER_MONTHS"], self.options["MENTOR_HIDE_AFTER_MONTHS"])
        today = build_date(self.options["MENTOR_TODAY"])
        self.freshness = {p.slug: policy.status(p.last_reviewed, today) for p in result.profiles}
        hidden = frozenset(slug for slug, status in self.freshness.items() if status is Freshness.EXPIRED)
        for profile in result.profiles:
            if profile.slug in hidden:
                logger.warning("%s: not reviewed since %s, so left out of the directory; ask %s to review it",
                               profile.source, profile.last_reviewed.isoformat(),
                               f"@{profile.github}" if profile.github else profile.name)

        self.facets = build_facets(result.profiles, self.vocabulary, self.slugify, hidden)
        for facet in self.facets:
            for term in facet.terms:
                term.url = self.options["MENTOR_FACET_URL"].format(facet=facet.definition.path, term=term.value)
        self.all_mentors = [self._mentor(p) for p in result.profiles]
        self.mentors = [m for m in self.all_mentors if m.slug not in hidden]
        self.context["mentors"] = self.mentors
        self.context["mentor_facets"] = self.facets
        self.context["mentor_directory_url"] = self.options["MENTOR_DIRECTORY_URL"]
        self.context["mentor_browse_url"] = self.options["MENTOR_BROWSE_URL"]
        self.context["mentor_planner_url"] = self.options["MENTOR_PLANNER_URL"]
        self.context["mentor_records_url"] = self.options["MENTOR_RECORDS_SAVE_AS"]
        self.context["mentor_index_url"] = self.options["MENTOR_SEARCH_INDEX_SAVE_AS"]
        self.context["mentor_lunr_url"] = self.options["MENTOR_LUNR_JS_SAVE_AS"]
        repository = self.options["MENTOR_REPOSITORY_URL"]
        self.context["mentor_contribute"] = contribution_links(
            repository, self.options["MENTOR_REPOSITORY_BRANCH"],
            Path(os.path.relpath(content, project), self.options["MENTOR_PROFILES_PATH"]).as_posix(),
        ) if repository else None

    def _mentor(self, profile: Profile) -> Mentor:
        photo_url = None
        if profile.photo:
            photo_path = Path(self.options["MENTOR_PROFILES_PATH"], profile.photo).as_posix()
            self.context["static_links"].add(photo_path)
            photo_url = photo_path
        links = {
            facet.definition.key: [
                TermLink(value, facet.term(value).label, facet.term(value).url)
                for value, _ in mentor_values(facet.definition, profile, self.slugify)
            ]
            for facet in self.facets
        }
        return Mentor(
            profile=profile,
            url=self.options["MENTOR_URL"].format(slug=profile.slug),
            bio_html=Markup(render_bio(profile.bio)),
            photo_url=photo_url,
            links=links,
            freshness=self.freshness[profile.slug].value,
        )

    def generate_output(self, writer: Any) -> None:
        relative = self.settings["RELATIVE_URLS"]
        write = writer.write_file
        for mentor in self.all_mentors:
            write(self.options["MENTOR_SAVE_AS"].format(slug=mentor.slug), self.get_template("mentor"),
                  self.context, relative, url=mentor.url, mentor=mentor, page_name="mentor")
        write(self.options["MENTOR_DIRECTORY_SAVE_AS"], self.get_template("directory"), self.context, relative,
              url=self.options["MENTOR_DIRECTORY_URL"], page_name="directory")
        write(self.options["MENTOR_BROWSE_SAVE_AS"], self.get_template("browse"), self.context, relative,
              url=self.options["MENTOR_BROWSE_URL"], page_name="browse")
        write(self.options["MENTOR_PLANNER_SAVE_AS"], self.get_template("planner"), self.context, relative,
              url=self.options["MENTOR_PLANNER_URL"], page_name="planner")
        by_slug = {m.slug: m for m in self.mentors}
        for facet in self.facets:
            for term in facet.terms:
                save_as = self.options["MENTOR_FACET_SAVE_AS"].format(facet=facet.definition.path, term=term.value)
                write(save_as, self.get_template("facet"), self.context, relative, url=term.url,
                      facet=facet, term=term, term_mentors=[by_slug[p.slug] for p in term.mentors],
                      page_name="facet")
        self._write_search_files()

    def _write_search_files(self) -> None:
        documents = [index_document(m.profile, self.vocabulary, str(m.bio_html)) for m in self.mentors]
        self._write_json(self.options["MENTOR_SEARCH_INDEX_SAVE_AS"], build_index(documents))
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
        path = Path(self.output_path, save_as)
        path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        path.write_text(text, encoding="utf-8")

