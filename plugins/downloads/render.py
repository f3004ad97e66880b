"""Downloads + language → the downloads page and the city pages' downloads section."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .._shared.fragments import PACKAGE_FRAGMENTS, Fragments
from .._shared.language import Language
from .._shared.markdown_text import front_matter, text
from .._shared.urls import relative_url
from .model import NEUTRAL, Download, Link, LocalFile

KINDS = ("toolkit", "data", "report", "strategy", "newsletter", "presentation", "video")


def _texts(texts: dict[str, str], loc: Language) -> tuple[str, str]:
    """(text, its language): the reader's language, else English, else the first there is."""
    for code in (loc.lang, loc.languages[0], *texts):
        if code in texts:
            return texts[code], code
    return "", loc.lang


@dataclass(frozen=True)
class FileEntry:
    """One language's file of a download, as its card lists it."""

    lang: str | None  # None: the file is for every language
    label: str
    href: str  # from the card's page
    file: LocalFile | Link

    @property
    def external(self) -> bool:
        return isinstance(self.file, Link)


def _file(code: str, file: LocalFile | Link, loc: Language, current: str) -> FileEntry:
    if code == NEUTRAL:
        return FileEntry(None, loc.t("downloads.language_neutral"), _href(file, current), file)
    return FileEntry(code, loc.endonym(code), _href(file, current), file)


def _href(file: LocalFile | Link, current: str) -> str:
    return file.url if isinstance(file, Link) else relative_url(file.site_path, current)


def card(
    item: Download,
    loc: Language,
    current: str,
    heading: str = "h3",
    fragments: Fragments = PACKAGE_FRAGMENTS,
) -> str:
    title, title_lang = _texts(item.title, loc)
    description, description_lang = _texts(item.description, loc) if item.description else ("", loc.lang)
    order = [c for c in (loc.lang, NEUTRAL, *loc.languages) if c in item.files]
    licence = loc.t("downloads.licence_unknown") if item.licence == "NOASSERTION" else item.licence
    return fragments.render(
        "downloads/card",
        item=item,
        heading=heading,
        title=title,
        title_lang=title_lang,
        description=description,
        description_lang=description_lang,
        poster_src=relative_url(item.poster.site_path, current) if item.poster else None,
        # a video card links to its platform: nothing is loaded from it before a click
        poster_link=next((f.url for f in item.files.values() if isinstance(f, Link)), None),
        city_href=relative_url(f"{loc.prefix}cities/{item.city}/", current) if item.city else None,
        licence=licence,
        files=[_file(code, item.files[code], loc, current) for code in dict.fromkeys(order)],
        missing=not (loc.lang in item.files or NEUTRAL in item.files),
        loc=loc,
    )


def downloads_page(items: Sequence[Download], loc: Language, fragments: Fragments = PACKAGE_FRAGMENTS) -> str:
    t = loc.t
    current = f"{loc.prefix}downloads/"
    sections = []
    for kind in KINDS:
        group = sorted((i for i in items if i.kind == kind), key=lambda i: i.when, reverse=True)
        if group:
            sections += [
                f"## {text(t('kind.' + kind))}",
                "",
                "".join(card(i, loc, current, fragments=fragments) for i in group),
                "",
            ]
    return "\n".join(
        [
            front_matter(t("downloads.nav_title"), t("downloads.description")),
            f"# {text(t('downloads.title'))}",
            "",
            text(t("downloads.intro")),
            "",
            *sections,
            f"## {text(t('downloads.about_heading'))}",  # what these files are: once, at the end
            "",
            text(t("downloads.about")),
            "",
        ]
    )


def city_block(
    items: Sequence[Download], loc: Language, city: str, fragments: Fragments = PACKAGE_FRAGMENTS
) -> str | None:
    mine = [i for i in items if i.city == city]
    if not mine:
        return None
    current = f"{loc.prefix}cities/{city}/"
    return "\n".join(
        [
            f"## {text(loc.t('downloads.city_heading', city=loc.city_name(city)))}",
            "",
            "".join(card(i, loc, current, fragments=fragments) for i in mine),
            "",
        ]
    )
