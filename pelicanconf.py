"""The program's one configuration file, used by `make html` and `make serve`.

The first block is what a program usually changes. Every MENTOR_* option, with its default,
is in docs/organisers.md, Configuration; a misspelt name or an unusable value stops the
build with a message saying what to write. publishconf.py adds what differs when publishing.
"""
from pathlib import Path

PROJECT = Path(__file__).resolve().parent

# --- Your program --------------------------------------------------------------------------
SITENAME = "Library Mentor Directory"
SITE_TAGLINE = "Find mentors in libraries and archives for each thing you want to grow in."
# An email address or web page for questions about the program, shown in every page's footer.
MENTOR_PROGRAM_CONTACT = None
# A logo inside content/, e.g. "images/logo.svg"; shown beside SITENAME.
MENTOR_LOGO = None
# Link and button colour for light and dark colour schemes, e.g. "#7a1f5c". None keeps the
# theme's blue. A colour too faint to read is refused, with the nearest shade that passes.
MENTOR_BRAND_COLOR = None
MENTOR_BRAND_COLOR_DARK = None
# The filters and browse pages. Unset, every facet is offered in the plugin's order: area,
# availability, library-type, function, mode, format, stage, region, country, timezone,
# language, identity. To drop or reorder, set MENTOR_FACETS to a list of those names.
# Months without review before a profile says "may be out of date", and before it leaves the
# listings (None never hides).
MENTOR_REVIEW_AFTER_MONTHS = 12
MENTOR_HIDE_AFTER_MONTHS = 18
# Whether search engines may index the directory (a sitemap is written only then).
MENTOR_ALLOW_INDEXING = False
# "reveal": addresses stay out of the HTML until a mentee presses "Show email address".
# "link": plain mailto links.
MENTOR_EMAIL_DISPLAY = "reveal"
# The terms profiles may use (mentoring areas, library types, ...), inside content/.
MENTOR_VOCABULARY_PATH = "vocabulary.yaml"
# Your program's repository: the "Add yourself" page then links to the profile form and to
# a pre-filled profile in GitHub's web editor, e.g. "https://github.com/OWNER/REPO".
MENTOR_REPOSITORY_URL = None
# Follow-through in "My mentors": days before suggesting a follow-up, how long a mentoring
# relationship lasts and how often pairs meet, the month the program checks in, and what to
# talk about each month (guide: a page in content/pages/).
MENTOR_FOLLOW_UP_DAYS = 10
MENTOR_PROGRAM_MONTHS = 6
MENTOR_MEETING_RHYTHM = "monthly"
MENTOR_CHECK_IN_MONTH = 3
MENTOR_PROGRAM_THEMES = [
    {"month": 1, "theme": "Getting to know each other; fill in the partnership agreement together", "guide": "partnership-agreement"},
    {"month": 2, "theme": "Where you are now", "guide": "discussion-topics"},
    {"month": 3, "theme": "The organisation around you", "guide": "discussion-topics"},
    {"month": 4, "theme": "Growing your skills and reputation", "guide": "grow-model"},
    {"month": 5, "theme": "The longer path", "guide": "discussion-topics"},
    {"month": 6, "theme": "Looking back and moving on", "guide": "discussion-topics"},
]

# --- Pelican ---------------------------------------------------------------------------------
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
# The directory and each topic page list mentors 48 to a page, so the list works without
# JavaScript at any size; page 2 of the directory is /page/2/, of a topic /areas/tenure/page/2/.
# The cards the directory's script fetches to search and filter come 1,000 to a file
# (/all-mentors.html, /all-mentors/page/2/, ...), so no file grows past about 1.5 MB.
DEFAULT_PAGINATION = 48
PAGINATED_TEMPLATES = {"directory": None, "facet": None, "all_mentors": 1000}
PAGINATION_PATTERNS = (
    (1, "{url}", "{save_as}"),
    (2, "{base_name}/page/{number}/", "{base_name}/page/{number}/index.html"),
)
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

MENTOR_LUNR_JS = str(PROJECT / "node_modules" / "lunr" / "lunr.min.js")
