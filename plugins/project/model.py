"""The project as loaded and checked: everything the site is built from."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from .._shared.strings import StringTables
from ..assessment.questionnaire import Questionnaire
from ..cities.model import CityData
from ..downloads.model import Download
from ..news.model import NewsData
from ..toolkit.model import Toolkit


@dataclass(frozen=True)
class Layout:
    """Where the project's parts live (the fixed layout of the repository)."""

    root: Path
    docs: Path
    content: Path
    schemas: Path
    strings: Path

    @classmethod
    def of(cls, root: Path, *, docs: Path | None = None, strings: Path | None = None) -> Layout:
        package = Path(__file__).resolve().parent.parent
        schemas = root / "schemas"
        if not schemas.is_dir():  # a project without its own schemas: those of this package
            schemas = packaged_schemas(package)
        return cls(
            root, docs or root / "docs", root / "content", schemas, strings or package / "_shared" / "strings"
        )

    def folders(self) -> tuple[Path, ...]:
        return (self.docs, self.content, self.schemas, self.strings)


def packaged_schemas(package: Path) -> Path:
    """The content schemas of the package at ``package``: shipped inside it when installed
    (``epi_portal/schemas/``, see pyproject.toml), beside it in a checkout (the repository's
    ``schemas/``, which an editable install reads in place)."""
    for folder in (package / "schemas", package.parent / "schemas"):
        if folder.is_dir():
            return folder
    raise FileNotFoundError(
        f"the content schemas are neither in {package / 'schemas'} (an installed epi-portal) nor in "
        f"{package.parent / 'schemas'} (a checkout): reinstall epi-portal, "
        "or give the project a schemas/ folder"
    )


@dataclass(frozen=True)
class DocPage:
    """A hand-written page in docs/: its file (relative to docs/), language and front matter."""

    src_uri: str
    lang: str
    meta: dict


@dataclass(frozen=True)
class Project:
    layout: Layout
    languages: tuple[str, ...]  # the default first
    strings: StringTables
    cities: CityData
    news: NewsData  # newest first, drafts included
    downloads: tuple[Download, ...]  # content/downloads/downloads.yaml
    toolkit: Toolkit
    questionnaire: Questionnaire
    pages: tuple[DocPage, ...]

    @property
    def root(self) -> Path:
        return self.layout.root

    @property
    def default_language(self) -> str:
        return self.languages[0]

    def topics(self) -> set[str]:
        """The topic ids stories may use: those with a label (``topic.<id>``) in the UI strings."""
        return topics_of(self.strings, self.default_language)

    def published(self) -> Project:
        """The project without draft stories (what a build publishes)."""
        return dataclasses.replace(self, news=self.news.published())


def topics_of(strings: StringTables, default: str) -> set[str]:
    table = strings.tables.get(default, {})
    return {str(key).removeprefix("topic.") for key in table if str(key).startswith("topic.")}
