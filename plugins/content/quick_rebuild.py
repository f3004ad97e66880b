"""The preview rebuilds only the languages a change touches.

Under ``mkdocs serve`` every save rebuilds the whole site, eight languages. When every file that
changed is a page of one language (``index.de.md``, ``about.lv.md``, a chapter ``pilot.sv.md``),
only the default language and that language are rebuilt; the other languages' pages of the
previous build are kept aside before MkDocs cleans the output folder and put back after. Any
other change (YAML, UI strings, schemas, images) rebuilds everything. Lists in the languages not
rebuilt show the story as it was until the next full rebuild: a preview, never a publication.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Collection, Mapping
from pathlib import Path

_PAGE = re.compile(r"\.([A-Za-z_-]+)\.md$")


def touched_languages(
    before: Mapping[str, int], after: Mapping[str, int], languages: Collection[str]
) -> set[str] | None:
    """The languages whose pages changed from ``before`` to ``after`` (path → mtime), or None
    when a change concerns every language (or nothing is known to have changed)."""
    changed = {path for path in set(before) | set(after) if before.get(path) != after.get(path)}
    if not changed:
        return None
    found = set()
    for path in changed:
        match = _PAGE.search(path)
        if not match or match.group(1) not in languages:
            return None
        found.add(match.group(1))
    return found


class Stash:
    """Language folders of the output kept aside while MkDocs cleans and rebuilds the rest."""

    def __init__(self) -> None:
        self._folder: Path | None = None
        self._site: Path | None = None
        self._moved: list[str] = []

    def put(self, site: Path, languages: Collection[str]) -> None:
        self.restore()
        self._site, self._folder = site, Path(tempfile.mkdtemp(prefix="epi-preview-"))
        for lang in languages:
            if (site / lang).is_dir():
                shutil.move(site / lang, self._folder / lang)
                self._moved.append(lang)

    def restore(self) -> None:
        """Every folder kept aside back where it was (after the build, or after it failed)."""
        if self._folder is None or self._site is None:
            return
        site = self._site
        for lang in self._moved:
            if not (site / lang).exists():
                shutil.move(self._folder / lang, site / lang)
        shutil.rmtree(self._folder, ignore_errors=True)
        self._folder, self._site, self._moved = None, None, []
