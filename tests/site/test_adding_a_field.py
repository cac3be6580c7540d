"""Adding an optional field to the format is one row in the field table: the rest follows from it.

The test copies the plugin, adds one row to the copy's field table, and checks that a profile
using the new field validates, is asked for in the issue form, is described in the JSON Schema,
is exported, and shows on the mentor's page of a real build.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from site_builder import BUILD_DAY, DEMO_CONTENT, PROJECT

NEW_ROW = ('    Field("favourite_book", Kind.LONG_TEXT, "a book you would give a new colleague", "Middlemarch",'
           ' question="A book you would give a new colleague", heading="A book I would give you"),\n')

BUILD = """
import json, sys
from pathlib import Path
plugins, content, output, lunr, today = sys.argv[1:6]
sys.path.insert(0, plugins)
from mentor_directory.tools.cli import main
from mentor_directory.tools.issue_form import form
from mentor_directory.profiles.vocabulary import load_vocabulary
from mentor_directory.outputs.schema import profile_schema
from pelican import Pelican
from pelican.settings import read_settings

vocabulary = load_vocabulary(Path(content, "vocabulary.yaml"))
report = {
    "validate": main(["validate", str(Path(content, "mentors")), "--vocabulary", str(Path(content, "vocabulary.yaml"))]),
    "questions": [entry["attributes"].get("label") for entry in form(vocabulary)["body"]],
    "schema": sorted(profile_schema(vocabulary)["properties"]),
}
settings = read_settings(sys.argv[6], override={
    "PATH": content, "OUTPUT_PATH": output, "THEME": sys.argv[7], "PLUGIN_PATHS": [plugins],
    "MENTOR_LUNR_JS": lunr, "MENTOR_TODAY": today})
Pelican(settings).run()
print(json.dumps(report))
"""


def test_one_table_row_adds_an_optional_long_text_field(tmp_path: Path) -> None:
    plugins = tmp_path / "plugins"
    shutil.copytree(PROJECT / "plugins" / "mentor_directory", plugins / "mentor_directory",
                    ignore=shutil.ignore_patterns("__pycache__"))
    table = plugins / "mentor_directory" / "profiles" / "fields.py"
    lines = table.read_text(encoding="utf-8").splitlines(keepends=True)
    after = next(i for i, line in enumerate(lines) if line.lstrip().startswith('Field("interests"'))
    table.write_text("".join(lines[:after + 1] + [NEW_ROW] + lines[after + 1:]), encoding="utf-8")

    content = tmp_path / "content"
    (content / "mentors").mkdir(parents=True)
    shutil.copy(DEMO_CONTENT / "vocabulary.yaml", content)
    profile = (DEMO_CONTENT / "mentors" / "marcus-bell.yaml").read_text(encoding="utf-8")
    (content / "mentors" / "marcus-bell.yaml").write_text(
        profile + "favourite_book: The Name of the Rose\n", encoding="utf-8")

    output = tmp_path / "output"
    run = subprocess.run(
        [sys.executable, "-c", BUILD, str(plugins), str(content), str(output),
         str(PROJECT / "node_modules" / "lunr" / "lunr.min.js"), BUILD_DAY,
         str(PROJECT / "pelicanconf.py"), str(PROJECT / "theme")],
        capture_output=True, text=True, cwd=tmp_path, check=False,
    )
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout.strip().splitlines()[-1])
    assert report["validate"] == 0
    assert "A book you would give a new colleague" in report["questions"]
    assert "favourite_book" in report["schema"]

    page = (output / "mentors" / "marcus-bell" / "index.html").read_text(encoding="utf-8")
    assert "A book I would give you" in page
    assert "The Name of the Rose" in page
    exported = json.loads((output / "mentors.json").read_text(encoding="utf-8"))
    assert exported["mentors"][0]["favourite_book"] == "The Name of the Rose"
    assert "favourite_book" in (output / "mentors.csv").read_text(encoding="utf-8").splitlines()[0]
