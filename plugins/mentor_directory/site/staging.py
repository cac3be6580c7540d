"""Build into a folder beside the output and swap it in only when the whole build succeeded.

Pelican empties the output folder before it reads any content (DELETE_OUTPUT_DIRECTORY), so a
profile error or a crash half-way used to leave no site, or half of one, where the last good
site had been. Here every build writes into ``.OUTPUT.building`` next to the output folder;
on Pelican's ``finalized`` signal that folder replaces the output. A build that fails never
reaches ``finalized``, so the previous site stays as it was, and the half-built folder is
removed when the next build starts. The new site starts empty, so a removed mentor still
leaves nothing behind; names in OUTPUT_RETENTION are carried over from the previous site.
"""
from __future__ import annotations

import os
import shutil
import weakref
from pathlib import Path
from typing import Any

# The output folder each Pelican run was configured with, while its output_path points at the staging folder.
_real_output: weakref.WeakKeyDictionary[Any, Path] = weakref.WeakKeyDictionary()


def staging_folder(output: Path) -> Path:
    """A sibling of the output folder: on the same disk, so the final swap is two renames."""
    return output.parent / f".{output.name}.building"


def begin(pelican: Any) -> None:
    """Point this run's writers at a fresh staging folder (Pelican's get_generators signal, sent every run)."""
    output = _real_output.setdefault(pelican, Path(pelican.output_path).resolve())
    content = Path(pelican.path).resolve()
    if output == content or output in content.parents:
        return  # the output holds the content: Pelican builds in place and never empties it, nor do we
    staging = staging_folder(output)
    if staging.exists():
        shutil.rmtree(staging)  # left by a build that failed
    if pelican.delete_outputdir or not output.is_dir():
        staging.mkdir(parents=True)
    else:
        shutil.copytree(output, staging, symlinks=True)  # Pelican then adds to the previous site, as it would in place
    pelican.output_path = str(staging)


def finish(pelican: Any) -> None:
    """Swap the finished site in for the previous one (Pelican's finalized signal, sent only on success)."""
    output = _real_output.get(pelican)
    if output is None or Path(pelican.output_path) == output:
        return
    staging = Path(pelican.output_path)
    if output.exists():
        for name in pelican.output_retention:
            kept = output / name
            if (kept.exists() or kept.is_symlink()) and not (staging / name).exists():
                os.replace(kept, staging / name)
        previous = output.parent / f".{output.name}.previous"
        if previous.exists():
            shutil.rmtree(previous)
        os.replace(output, previous)
        os.replace(staging, output)
        shutil.rmtree(previous)
    else:
        output.parent.mkdir(parents=True, exist_ok=True)
        os.replace(staging, output)
    pelican.output_path = str(output)
