"""The cities' data as loaded and checked: plain, immutable, language-neutral."""

from __future__ import annotations

from dataclasses import dataclass, field

from .._shared.sources import Source


def localized(texts: dict[str, str], lang: str, default: str = "en") -> str:
    return texts.get(lang) or texts[default]


@dataclass(frozen=True)
class Text:
    """A text per language (``{en: …, de: …}``, English the fallback), or one text in the only
    language it exists in (an organisation's own name, a title as its publisher gives it):
    ``Text.one("Comune di Ravenna", "it")``."""

    texts: dict[str, str]
    original: str = "en"  # the language shown where the page's own is missing

    @classmethod
    def one(cls, value: str, lang: str = "en") -> Text:
        return cls({lang: value}, lang)

    def pick(self, lang: str) -> tuple[str, str]:
        """(the text for a page in ``lang``, the language that text is in)."""
        if lang in self.texts:
            return self.texts[lang], lang
        return self.texts[self.original], self.original

    @property
    def value(self) -> str:
        """The text in its original language (English where there is a text per language)."""
        return self.texts[self.original]

    @property
    def translated(self) -> bool:
        return len(self.texts) > 1


@dataclass(frozen=True)
class Area:
    id: str
    group: str  # "core" or "optional"
    label: dict[str, str]
    parent: str | None = None


@dataclass(frozen=True)
class Method:
    id: str
    name: dict[str, str]
    source: str
    overall: dict[str, str]  # how the overall score relates to the areas
    areas: tuple[Area, ...]

    def area(self, area_id: str) -> Area | None:
        return next((area for area in self.areas if area.id == area_id), None)


@dataclass(frozen=True)
class Figure:
    """A score out of 100 with its source; ``score is None`` means not published."""

    score: float | None = None
    source: str | None = None

    @property
    def published(self) -> bool:
        return self.score is not None

    @property
    def value(self) -> float:
        """The published score (the schema gives every published score a source)."""
        if self.score is None:
            raise ValueError("not published: check `published` first")
        return self.score

    @property
    def cited(self) -> str:
        """The source of the published score."""
        if self.source is None:
            raise ValueError("a published score without a source")
        return self.source


NOT_PUBLISHED = Figure()


@dataclass(frozen=True)
class Publication:
    """When (YYYY, YYYY-MM or YYYY-MM-DD) and by whom the scores were made public."""

    date: str
    by: Text

    @property
    def year(self) -> int:
        return int(self.date[:4])


@dataclass(frozen=True)
class ReportRef:
    """The review report the scores come from; ``inferred``: the source of the scores does not
    name it, it is the portal's inference (and the site says so)."""

    title: Text
    inferred: bool
    url: str | None = None
    date: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD


@dataclass(frozen=True)
class Assessment:
    method: str
    year: int | None  # as a source states it; None if unknown or only inferred
    overall: Figure
    areas: dict[str, Figure]
    report: Source | None = None
    published: Publication | None = None
    refers_to: ReportRef | None = None

    def area(self, area_id: str) -> Figure:
        return self.areas.get(area_id, NOT_PUBLISHED)


@dataclass(frozen=True)
class Fact:
    kind: str
    value: float
    source: str
    year: int | None = None


@dataclass(frozen=True)
class Partner:
    name: Text
    role: str  # "city", "technical" or "coordinator"
    source: str


@dataclass(frozen=True)
class CitySource:
    """A source of a city's page; ``note`` says what it is cited for (``coordinates``), shown in
    the page's language."""

    url: str
    title: Text | None = None
    note: str | None = None


@dataclass(frozen=True)
class Narrative:
    lang: str
    summary: str
    body: str  # Markdown, level-2 sections
    path: str  # shown in messages and used for edit links
    card: str | None = None  # one short sentence for the city's card; None: the card shows the summary

    @property
    def card_line(self) -> str:
        return self.card or self.summary


@dataclass(frozen=True)
class City:
    slug: str
    name: dict[str, str]
    country: str
    lat: float
    lon: float
    coordinates_source: str
    partners: tuple[Partner, ...]
    sources: tuple[CitySource, ...]
    assessment: Assessment
    narratives: dict[str, Narrative]
    facts: tuple[Fact, ...] = ()
    folder: str = ""  # content/cities/<slug>, for messages and edit links

    def name_in(self, lang: str) -> str:
        return localized(self.name, lang)

    def narrative(self, lang: str, default: str = "en") -> Narrative:
        return self.narratives.get(lang) or self.narratives[default]


@dataclass(frozen=True)
class CityData:
    method: Method
    cities: tuple[City, ...] = field(default_factory=tuple)

    def city(self, slug: str) -> City:
        return next(city for city in self.cities if city.slug == slug)
