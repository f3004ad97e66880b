"""News stories as loaded and checked: one Story per folder, one Translation per file."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from .._shared.dates import PartialDate
from .._shared.sources import Source


@dataclass(frozen=True)
class Image:
    src: str  # file name in the story's folder
    alt: str


@dataclass(frozen=True)
class Video:
    title: str
    poster: str  # file name in the story's folder
    poster_alt: str
    url: str | None = None  # hosted elsewhere: a card linking to it
    file: str | None = None  # in the story's folder: a <video> element
    duration: str | None = None
    language: str | None = None
    captions: tuple[tuple[str, str], ...] = ()  # (language, .vtt file name)

    def files(self) -> list[str]:
        return [self.poster, *([self.file] if self.file else []), *(name for _, name in self.captions)]


@dataclass(frozen=True)
class Translation:
    lang: str
    title: str
    summary: str
    body: str  # Markdown
    path: str  # content/news/<key>/index.<lang>.md, for messages and edit links
    image: Image | None = None
    video: Video | None = None


@dataclass(frozen=True)
class Story:
    key: str  # the folder name: <yyyy-mm-dd>-<slug> or <yyyy-mm>-<slug>, the same in every language
    date: PartialDate  # a day, or a month where the source gives no day
    cities: tuple[str, ...]
    topics: tuple[str, ...]
    translations: dict[str, Translation]
    sources: tuple[Source, ...] = ()
    draft: bool = False
    folder: str = ""
    # the day (or month) of the event the story is about, where it is not the story's own date:
    # an announcement dated 2 March of a day planned for 23 March; None: the story's date
    event_date: PartialDate | None = None

    def text(self, lang: str, languages: Sequence[str]) -> Translation:
        """The story in ``lang``, or else in its original: the default language if it has it,
        otherwise its first language in the site's order."""
        if lang in self.translations:
            return self.translations[lang]
        return next(self.translations[code] for code in languages if code in self.translations)


@dataclass(frozen=True)
class NewsData:
    stories: tuple[Story, ...]  # newest first
    _by_key: dict[str, Story] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_key", {story.key: story for story in self.stories})

    def story(self, key: str) -> Story | None:
        """The story of folder ``key`` (looked up per page: a dict, not a scan of every story)."""
        return self._by_key.get(key)

    def published(self) -> NewsData:
        """Without the drafts (which only `mkdocs serve` shows)."""
        return NewsData(tuple(story for story in self.stories if not story.draft))

    def topics(self) -> list[str]:
        return sorted({topic for story in self.stories for topic in story.topics})
