"""Downloads: a document with a file or a public link per language."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from .._shared.dates import PartialDate

NEUTRAL = "*"  # a file for every language (data)

FORMATS = {
    ".pdf": "PDF",
    ".zip": "ZIP",
    ".csv": "CSV",
    ".json": "JSON",
    ".md": "Markdown",
    ".yaml": "YAML",
    ".yml": "YAML",
    ".html": "HTML",
    ".docx": "DOCX",
    ".xlsx": "XLSX",
    ".odt": "ODT",
    ".ods": "ODS",
    ".txt": "Text",
}


@dataclass(frozen=True)
class LocalFile:
    """A file served by this site at ``site_path``."""

    site_path: str  # e.g. "downloads/toolkit-lv.zip"
    data: bytes = field(repr=False)

    @property
    def name(self) -> str:
        return PurePosixPath(self.site_path).name

    @property
    def size(self) -> int:
        return len(self.data)

    @property
    def format(self) -> str:
        suffix = PurePosixPath(self.site_path).suffix.lower()
        return FORMATS.get(suffix, suffix.lstrip(".").upper() or "file")

    @cached_property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True)
class Link:
    """A document published elsewhere."""

    url: str

    @property
    def host(self) -> str:
        return urlsplit(self.url).hostname or self.url


@dataclass(frozen=True)
class Download:
    id: str
    kind: str
    date: str  # YYYY, YYYY-MM or YYYY-MM-DD
    licence: str  # SPDX id or NOASSERTION
    title: dict[str, str]
    description: dict[str, str]
    files: dict[str, LocalFile | Link]  # language (or NEUTRAL) → file
    city: str | None = None
    owned: bool = True  # its files written by epi-downloads (False: epi-cities writes the open data)
    poster: LocalFile | None = None  # a video's poster image, shown on its card
    poster_alt: str | None = None
    duration: str | None = None  # a video's length, m:ss or h:mm:ss

    @property
    def when(self) -> PartialDate:
        """``date`` at its precision (the loader has checked it): shown by ``Language.date``,
        sorted at the start of its year or month."""
        return PartialDate.parse(self.date)

    def local_files(self) -> list[LocalFile]:
        files = [f for f in self.files.values() if isinstance(f, LocalFile)]
        return files + ([self.poster] if self.poster else [])
