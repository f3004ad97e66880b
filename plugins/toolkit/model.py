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
    """A template a city fills in, published as ``name``: its text per language
    (``templates/<stem>.<lang>.<ext>``), or one language-neutral file (``templates/<name>``,
    kept under the default language)."""

    name: str
    texts: dict[str, bytes] = field(repr=False)

    def text(self, lang: str, default: str = "en") -> tuple[bytes, str]:
        """(the template's bytes for ``lang``, the language they are in)."""
        if lang in self.texts:
            return self.texts[lang], lang
        return self.texts[default], default

    @property
    def data(self) -> bytes:
        return self.text("en")[0]


@dataclass(frozen=True)
class Toolkit:
    version: str
    date: dt.date
    title: dict[str, str]
    summary: dict[str, str]
    chapters: tuple[Chapter, ...]
    templates: tuple[Template, ...]
    licence: bytes = field(repr=False)  # the CC BY 4.0 legal code
