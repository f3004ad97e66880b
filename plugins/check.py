"""`epi check`: every content file checked without building — the same checks the build runs
(the content layer, `project.load`), plus internal links in Markdown — and every problem printed
at once as ``path:line: field: message``."""

from __future__ import annotations

from pathlib import Path

from ._shared.errors import ContentError
from .project.languages import site_languages
from .project.load import check_project
from .project.model import Layout


def check(root: Path) -> list[ContentError]:
    """Every problem in the project at ``root``, sorted by file and line."""
    return check_project(Layout.of(root), site_languages(root)).errors


def main(root: Path) -> int:
    problems = check(root)
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem{'s' if len(problems) != 1 else ''}" if problems else "no problems")
    return 1 if problems else 0
