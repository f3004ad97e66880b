"""The toolkit as loaded and checked."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ChapterText:
    lang: str
    title: str
    summary: str
    body: str  # Markdown
    path: str  # content/toolkit/chapters/<id>.<lang>.md


@dataclass(frozen=True)
class Chapter:
    id: str
    texts: dict[str, ChapterText]

    def text(self, lang: str, default: str = "en") -> ChapterText:
        return self.texts.get(lang) or self.texts[default]


@dataclass(frozen=True)
class Template:
    name: str
    data: bytes = field(repr=False)


@dataclass(frozen=True)
class Toolkit:
    version: str
    date: dt.date
    title: dict[str, str]
    summary: dict[str, str]
    chapters: tuple[Chapter, ...]
    templates: tuple[Template, ...]
    licence: bytes = field(repr=False)  # the CC BY 4.0 legal code
