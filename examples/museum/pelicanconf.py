"""A second program on the same plugin: a regional museum mentoring network.

It starts from the project's pelicanconf.py and changes only what a museum program changes;
its vocabulary file words the rest (content/vocabulary.yaml, `program:`). Build and serve it
from the project folder with

    make html INPUTDIR=examples/museum/content CONFFILE=examples/museum/pelicanconf.py OUTPUTDIR=output-museum
    make serve INPUTDIR=examples/museum/content CONFFILE=examples/museum/pelicanconf.py OUTPUTDIR=output-museum
"""
import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent.parent

globals().update({key: value for key, value in runpy.run_path(str(PROJECT / "pelicanconf.py")).items() if key.isupper()})

SITENAME = "Museum Mentoring Network"
SITE_TAGLINE = "Find mentors in museums, galleries and heritage sites for each thing you want to grow in."
MENTOR_PROGRAM_CONTACT = "mentoring@museums.example.org"
MENTOR_FACETS = ["area", "availability", "library-type", "function", "mode", "format", "region", "language"]

PATH = str(HERE / "content")
THEME = str(PROJECT / "theme")
PLUGIN_PATHS = [str(PROJECT / "plugins")]
