"""Settings for publishing (`make publish`): absolute URLs under SITEURL."""
import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: E402,F403

# GitHub Pages project sites live under /REPO/; set SITEURL to the full address.
SITEURL = os.environ.get("SITEURL", "")
RELATIVE_URLS = False
