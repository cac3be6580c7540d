"""Settings for building the directory locally (`make html`, `make serve`).

This is the program's one configuration file: Pelican's own settings plus the
plugin's MENTOR_* settings (see plugins/mentor_directory/settings.py for every option
and its default). publishconf.py adds what differs when publishing.
"""
from pathlib import Path

PROJECT = Path(__file__).resolve().parent

SITENAME = "Library Mentor Directory"
SITE_TAGLINE = "Find mentors in libraries and archives for each thing you want to grow in."
SITEURL = ""
RELATIVE_URLS = True
TIMEZONE = "UTC"
DEFAULT_LANG = "en"

PATH = "content"
THEME = "theme"
PLUGIN_PATHS = ["plugins"]
PLUGINS = ["mentor_directory"]

# The directory is the home page; this site has no blog, tags or archives.
DIRECT_TEMPLATES = []
ARTICLE_PATHS = []
ARTICLE_SAVE_AS = ""
TAGS_SAVE_AS = TAG_SAVE_AS = ""
CATEGORIES_SAVE_AS = CATEGORY_SAVE_AS = ""
AUTHORS_SAVE_AS = AUTHOR_SAVE_AS = ""
ARCHIVES_SAVE_AS = ""
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = "{slug}/index.html"
STATIC_PATHS = ["images"]

FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None

# Every build starts from an empty output folder, so a mentor who removed their profile
# leaves no stale page, photo or search entry behind (see docs/security.md).
DELETE_OUTPUT_DIRECTORY = True

# Profile text is untrusted: escape everything in templates unless marked safe.
JINJA_ENVIRONMENT = {"trim_blocks": True, "lstrip_blocks": True, "autoescape": True}

# Your program's repository: the "Add yourself" page then links to the profile form and
# to a pre-filled profile in GitHub's web editor.
MENTOR_REPOSITORY_URL = None

MENTOR_LUNR_JS = str(PROJECT / "node_modules" / "lunr" / "lunr.min.js")
