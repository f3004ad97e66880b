"""What the in-process content-layer tests share about the fixture site."""

from __future__ import annotations

from pathlib import Path

from epi_portal.project.load import check_project
from epi_portal.project.model import Layout
from tests.conftest import FIXTURE_LANGUAGES

LANGUAGES = FIXTURE_LANGUAGES  # the fixture site's, as its mkdocs.yml configures them
STORY = "content/news/2099-01-01-made-up-story-01/index.en.md"


def problems(root: Path) -> list[str]:
    return [str(error) for error in check_project(Layout.of(root), LANGUAGES).errors]
