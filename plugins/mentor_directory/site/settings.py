"""Every setting the plugin reads, with its default, checked once when Pelican starts.

Set any of these in ``pelicanconf.py``. A ``MENTOR_`` setting that is not listed here is
an error rather than silently ignored, so a typo cannot quietly change the site.
"""
from __future__ import annotations

import os
from datetime import date, datetime, timezone
from typing import Any

from ..directory.facets import FACETS, FACETS_BY_KEY
from ..outputs.colors import DARK, LIGHT, colour_problem
from ..profiles.suggest import did_you_mean

DEFAULTS: dict[str, Any] = {
    # Folder of profiles and the vocabulary file, relative to Pelican's content PATH.
    "MENTOR_PROFILES_PATH": "mentors",
    "MENTOR_VOCABULARY_PATH": "vocabulary.yaml",
    # Where each mentor page, the directory and each facet page are written and linked.
    "MENTOR_URL": "mentors/{slug}/",
    "MENTOR_SAVE_AS": "mentors/{slug}/index.html",
    "MENTOR_DIRECTORY_URL": "",
    "MENTOR_DIRECTORY_SAVE_AS": "index.html",
    "MENTOR_FACET_URL": "{facet}/{term}/",
    "MENTOR_FACET_SAVE_AS": "{facet}/{term}/index.html",
    # Every listed mentor's card on one page, fetched by the directory's script when a mentee
    # starts searching or filtering (the directory itself is paginated).
    "MENTOR_ALL_CARDS_SAVE_AS": "all-mentors.html",
    "MENTOR_BROWSE_URL": "browse/",
    "MENTOR_BROWSE_SAVE_AS": "browse/index.html",
    # The mentee's own planner ("My mentors"), kept in their browser only.
    "MENTOR_PLANNER_URL": "my-mentors/",
    "MENTOR_PLANNER_SAVE_AS": "my-mentors/index.html",
    # The search index (fetched when a mentee starts typing) and the filter records.
    "MENTOR_SEARCH_INDEX_SAVE_AS": "search/index.json",
    "MENTOR_RECORDS_SAVE_AS": "search/records.json",
    # Freshness: a profile not reviewed for this many months shows "may be out of date"; after
    # MENTOR_HIDE_AFTER_MONTHS it leaves the directory, facet pages and search (its own page
    # stays, and the build lists it for admins). None never hides.
    "MENTOR_REVIEW_AFTER_MONTHS": 12,
    "MENTOR_HIDE_AFTER_MONTHS": 18,
    # The date freshness is measured on: None means SOURCE_DATE_EPOCH if set, else today.
    "MENTOR_TODAY": None,
    # The program's GitHub repository, e.g. "https://github.com/OWNER/REPO": when set, the
    # "Add yourself" page links to the profile form and to a pre-filled file in GitHub's editor.
    "MENTOR_REPOSITORY_URL": None,
    "MENTOR_REPOSITORY_BRANCH": "main",
    # The program: a contact (email address or web address) shown in every page's footer, and a
    # logo inside the content folder (e.g. "images/logo.svg") shown beside SITENAME.
    "MENTOR_PROGRAM_CONTACT": None,
    "MENTOR_LOGO": None,
    # Brand colours for links and buttons, one per colour scheme, e.g. "#7a1f5c". None keeps the
    # theme's blue. A colour too faint to read is refused, with the nearest shade that passes.
    "MENTOR_BRAND_COLOR": None,
    "MENTOR_BRAND_COLOR_DARK": None,
    # The filters, browse pages and dashboard rows, in this order; leave a facet out to drop it.
    "MENTOR_FACETS": [f.key for f in FACETS],
    # Whether search engines may index the site. People directories default to no: every page
    # carries noindex, and no sitemap is written. True writes sitemap.xml and robots.txt.
    "MENTOR_ALLOW_INDEXING": False,
    # "reveal": email addresses are not in the HTML as text; a button shows them (without
    # JavaScript they are written "name at example.org"). "link": plain mailto links.
    "MENTOR_EMAIL_DISPLAY": "reveal",
    # The coverage dashboard for organisers, and the exports and feed.
    "MENTOR_DASHBOARD_URL": "coverage/",
    "MENTOR_DASHBOARD_SAVE_AS": "coverage/index.html",
    "MENTOR_EXPORT_JSON_SAVE_AS": "mentors.json",
    "MENTOR_EXPORT_CSV_SAVE_AS": "mentors.csv",
    "MENTOR_FEED_SAVE_AS": "feeds/mentors.atom.xml",
    # Follow-through in the mentee's planner. Days after a first message before the plan suggests
    # a kind follow-up (a mentor's own reply_time, when given, is used instead).
    "MENTOR_FOLLOW_UP_DAYS": 10,
    # The shape of a mentoring relationship: how many months, how often pairs meet ("fortnightly",
    # "monthly" or "every-two-months"), the month the program checks in, and a cohort's first day
    # ("YYYY-MM-DD"; None: each pair's six months start at their first meeting).
    "MENTOR_PROGRAM_MONTHS": 6,
    "MENTOR_MEETING_RHYTHM": "monthly",
    "MENTOR_CHECK_IN_MONTH": 3,
    "MENTOR_PROGRAM_START": None,
    # What to talk about each month, shown in the planner beside each chosen mentor: a list of
    # {"month": 2, "theme": "Where you are now", "guide": "discussion-topics"}, guide being the
    # slug of a page in content/pages/. None or [] shows no themes.
    "MENTOR_PROGRAM_THEMES": None,
    # Requests per need (need id -> count) inside content/, shown on /coverage/ and by `stats`
    # beside mentors and places; a missing file means the program does not count requests.
    "MENTOR_REQUESTS_PATH": "requests.yaml",
    # lunr.js as installed by `npm ci`; None means node_modules/lunr beside the content folder.
    "MENTOR_LUNR_JS": None,
    "MENTOR_LUNR_JS_SAVE_AS": "theme/js/lunr.min.js",
}


def directory_settings(settings: dict[str, Any]) -> dict[str, Any]:
    """The plugin's settings with defaults filled in and the lunr.js path resolved."""
    merged = {key: settings.get(key, default) for key, default in DEFAULTS.items()}
    if merged["MENTOR_LUNR_JS"] is None:
        project = os.path.dirname(os.path.abspath(settings["PATH"]))
        merged["MENTOR_LUNR_JS"] = os.path.join(project, "node_modules", "lunr", "lunr.min.js")
    return merged


def build_date(value: str | date | None) -> date:
    """The day the build measures freshness on; fixed by MENTOR_TODAY or SOURCE_DATE_EPOCH for reproducible builds."""
    if isinstance(value, date):
        return value
    if value:
        return date.fromisoformat(value)
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return datetime.fromtimestamp(int(epoch), tz=timezone.utc).date()
    return date.today()


def setting_problems(settings: dict[str, Any]) -> list[str]:
    """Values of known settings that cannot work, each with what to write instead."""
    merged = directory_settings(settings)
    review, hide = merged["MENTOR_REVIEW_AFTER_MONTHS"], merged["MENTOR_HIDE_AFTER_MONTHS"]
    problems = []
    if not isinstance(review, int) or review < 1:
        problems.append(f"MENTOR_REVIEW_AFTER_MONTHS must be a whole number of months, 1 or more, not {review!r}")
    if hide is not None and (not isinstance(hide, int) or not isinstance(review, int) or hide <= review):
        problems.append(f"MENTOR_HIDE_AFTER_MONTHS must be None or more months than MENTOR_REVIEW_AFTER_MONTHS, not {hide!r}")
    try:
        build_date(merged["MENTOR_TODAY"])
    except (TypeError, ValueError):
        problems.append(f"MENTOR_TODAY must be None or a date written YYYY-MM-DD, not {merged['MENTOR_TODAY']!r}")
    problems += _program_problems(merged, settings["PATH"])
    if standard_sitemap(settings) and merged["MENTOR_ALLOW_INDEXING"] is False:
        problems.append("PLUGINS has the sitemap plugin, which lists pages for search engines, but MENTOR_ALLOW_INDEXING "
                        "is False, so every page says noindex; set MENTOR_ALLOW_INDEXING = True, or list the plugin "
                        "only where indexing is on (e.g. in publishconf.py)")
    problems += _follow_through_problems(merged)
    return problems


RHYTHMS = ("fortnightly", "monthly", "every-two-months")


def _whole(value: Any, least: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= least


def _follow_through_problems(merged: dict[str, Any]) -> list[str]:
    """The planner's follow-up and timeline settings, each refused with what to write instead."""
    problems = []
    months = merged["MENTOR_PROGRAM_MONTHS"]
    if not _whole(merged["MENTOR_FOLLOW_UP_DAYS"], 1):
        problems.append(f"MENTOR_FOLLOW_UP_DAYS must be a whole number of days, 1 or more, not {merged['MENTOR_FOLLOW_UP_DAYS']!r}")
    if not _whole(months, 1):
        problems.append(f"MENTOR_PROGRAM_MONTHS must be a whole number of months, 1 or more, not {months!r}")
        months = None
    if merged["MENTOR_MEETING_RHYTHM"] not in RHYTHMS:
        problems.append(f"MENTOR_MEETING_RHYTHM must be one of {', '.join(map(repr, RHYTHMS))}, not {merged['MENTOR_MEETING_RHYTHM']!r}")
    check_in = merged["MENTOR_CHECK_IN_MONTH"]
    if check_in is not None and (not _whole(check_in, 1) or (months and check_in > months)):
        problems.append(f"MENTOR_CHECK_IN_MONTH must be None or a month of the program, 1 to {months or 'MENTOR_PROGRAM_MONTHS'}, not {check_in!r}")
    start = merged["MENTOR_PROGRAM_START"]
    if start is not None and not isinstance(start, date):
        try:
            date.fromisoformat(start)
        except (TypeError, ValueError):
            problems.append(f"MENTOR_PROGRAM_START must be None or a date written YYYY-MM-DD, not {start!r}")
    themes = merged["MENTOR_PROGRAM_THEMES"] or []
    if not isinstance(themes, (list, tuple)):
        return [*problems, "MENTOR_PROGRAM_THEMES must be None or a list such as [{'month': 1, 'theme': 'Getting to know each other'}]"]
    for number, theme in enumerate(themes, 1):
        if (not isinstance(theme, dict) or set(theme) - {"month", "theme", "guide"} or not _whole(theme.get("month"), 1)
                or (months and theme["month"] > months) or not isinstance(theme.get("theme"), str) or not theme["theme"].strip()
                or not isinstance(theme.get("guide", ""), (str, type(None)))):
            problems.append(f"MENTOR_PROGRAM_THEMES item {number} must be like {{'month': 2, 'theme': 'Where you are now', "
                            f"'guide': 'discussion-topics'}} with a month from 1 to {months or 'MENTOR_PROGRAM_MONTHS'}, not {theme!r}")
    return problems


# Pelican's sitemap plugin by the names Pelican records once it has loaded it: the namespace
# package from PyPI (pelican-sitemap), or a copy of the old pelican-plugins one in PLUGIN_PATHS.
SITEMAP_PLUGINS = frozenset({"pelican.plugins.sitemap", "sitemap"})


def standard_sitemap(settings: dict[str, Any]) -> str | None:
    """The file Pelican's sitemap plugin writes (sitemap.xml or sitemap.txt), or None when it is not on."""
    if not SITEMAP_PLUGINS & {str(plugin) for plugin in settings.get("PLUGINS") or ()}:
        return None
    config = settings.get("SITEMAP")
    return f"sitemap.{config.get('format', 'xml') if isinstance(config, dict) else 'xml'}"


EMAIL_DISPLAYS = ("reveal", "link")


def _program_problems(merged: dict[str, Any], content: str) -> list[str]:
    problems = []
    facets = merged["MENTOR_FACETS"]
    if not isinstance(facets, (list, tuple)) or not facets:
        problems.append(f"MENTOR_FACETS must be a list of facet names such as ['area', 'mode'], not {facets!r}")
    else:
        for key in facets:
            if key not in FACETS_BY_KEY:
                problems.append(f"MENTOR_FACETS has unknown facet {key!r}{did_you_mean(str(key), FACETS_BY_KEY)}; "
                                f"the facets are {', '.join(FACETS_BY_KEY)}")
        if len(set(facets)) != len(facets):
            problems.append("MENTOR_FACETS lists a facet twice; name each once")
    if merged["MENTOR_EMAIL_DISPLAY"] not in EMAIL_DISPLAYS:
        problems.append(f"MENTOR_EMAIL_DISPLAY must be 'reveal' or 'link', not {merged['MENTOR_EMAIL_DISPLAY']!r}")
    if not isinstance(merged["MENTOR_ALLOW_INDEXING"], bool):
        problems.append(f"MENTOR_ALLOW_INDEXING must be True or False, not {merged['MENTOR_ALLOW_INDEXING']!r}")
    for setting, scheme in (("MENTOR_BRAND_COLOR", LIGHT), ("MENTOR_BRAND_COLOR_DARK", DARK)):
        if merged[setting] is not None and (problem := colour_problem(setting, merged[setting], scheme)):
            problems.append(problem)
    for setting in ("MENTOR_PROGRAM_CONTACT", "MENTOR_LOGO"):
        value = merged[setting]
        if value is not None and (not isinstance(value, str) or not value.strip()):
            problems.append(f"{setting} must be None or text, not {value!r}")
        elif setting == "MENTOR_LOGO" and value is not None and not os.path.isfile(os.path.join(content, value)):
            problems.append(f"MENTOR_LOGO {value!r} is not a file in the content folder; put the image there, "
                            "e.g. content/images/logo.svg, and write MENTOR_LOGO = 'images/logo.svg'")
    return problems


def unknown_settings(settings: dict[str, Any]) -> list[str]:
    """Messages for MENTOR_ settings the plugin does not know, with the nearest known name."""
    return [
        f"unknown setting {key}{did_you_mean(key, DEFAULTS)}"
        for key in sorted(settings)
        if key.startswith("MENTOR_") and key not in DEFAULTS
    ]
