"""`epi check`: every content file checked without building — the same checks the build runs
(the content layer, `project.load`), plus internal links in Markdown — and every problem printed
at once as ``path:line: field: message``."""

from __future__ import annotations

from pathlib import Path

from ._shared.errors import ContentError
from .project.copies import english_copies
from .project.languages import site_config
from .project.load import check_project


def check(root: Path) -> list[ContentError]:
    """Every problem in the project at ``root``, sorted by file and line."""
    site = site_config(root)
    return check_project(site.layout, site.languages).errors


def main(root: Path) -> int:
    """Print every problem, then the warnings (English left in translations); fail on problems."""
    site = site_config(root)
    checked = check_project(site.layout, site.languages)
    warnings = english_copies(checked.project) if checked.project else []
    for line in [*checked.errors, *warnings]:
        print(line)
    count = len(checked.errors)
    summary = f"{count} problem{'s' if count != 1 else ''}" if count else "no problems"
    if warnings:
        summary += f", {len(warnings)} warning{'s' if len(warnings) != 1 else ''}"
    print(summary)
    return 1 if count else 0
