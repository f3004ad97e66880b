"""Downloads + language → the downloads page and the city pages' downloads section."""

from __future__ import annotations

from collections.abc import Sequence

from .._shared.language import Language
from .._shared.markdown_text import attr, front_matter, text
from .._shared.urls import relative_url
from .model import NEUTRAL, Download, Link, LocalFile

KINDS = ("toolkit", "data", "report", "strategy", "newsletter", "presentation", "video")


def _texts(texts: dict[str, str], loc: Language) -> tuple[str, str]:
    """(text, its language): the reader's language, else English, else the first there is."""
    for code in (loc.lang, loc.languages[0], *texts):
        if code in texts:
            return texts[code], code
    return "", loc.lang


def _lang_attr(code: str, loc: Language) -> str:
    return "" if code == loc.lang else f' lang="{attr(code)}"'


def _file(code: str, file: LocalFile | Link, loc: Language, current: str) -> str:
    label = loc.t("downloads.language_neutral") if code == NEUTRAL else loc.endonym(code)
    lang = "" if code == NEUTRAL else f' hreflang="{attr(code)}" lang="{attr(code)}"'
    if isinstance(file, Link):
        return (
            f'<li><a href="{attr(file.url)}"{lang} rel="external">{attr(label)}</a> '
            f"({attr(loc.t('downloads.external', host=file.host))})</li>"
        )
    href = relative_url(file.site_path, current)
    return (
        f'<li><a href="{attr(href)}"{lang} download>{attr(label)}</a> ({attr(file.format)}, {attr(loc.size(file.size))}) '
        f'<details class="epi-checksum"><summary>{attr(loc.t("downloads.checksum"))}</summary>'
        f"<code>{file.sha256}</code></details></li>"
    )


def card(item: Download, loc: Language, current: str, heading: str = "h3") -> str:
    title, title_lang = _texts(item.title, loc)
    description, description_lang = _texts(item.description, loc) if item.description else ("", loc.lang)
    order = [c for c in (loc.lang, NEUTRAL, *loc.languages) if c in item.files]
    files = "".join(_file(code, item.files[code], loc, current) for code in dict.fromkeys(order))
    meta = [attr(item.date)]
    if item.city:
        city_href = relative_url(f"{loc.prefix}cities/{item.city}/", current)
        meta.append(f'<a href="{attr(city_href)}">{attr(loc.city_name(item.city))}</a>')
    licence = loc.t("downloads.licence_unknown") if item.licence == "NOASSERTION" else item.licence
    meta.append(f"{attr(loc.t('downloads.licence'))}: {attr(licence)}")
    if item.duration:
        meta.append(attr(item.duration))
    poster = ""
    if item.poster:
        link_to = next((f.url for f in item.files.values() if isinstance(f, Link)), None)
        alt_lang = (
            "" if loc.lang == loc.languages[0] else f' lang="{attr(loc.languages[0])}"'
        )  # the alt text is written once
        image = f'<img src="{attr(relative_url(item.poster.site_path, current))}" alt="{attr(item.poster_alt or "")}"{alt_lang} loading="lazy">'
        if link_to:  # a card that links to the platform: nothing is loaded from it before a click
            image = f'<a href="{attr(link_to)}" rel="noopener noreferrer">{image}</a>'
        poster = f'<p class="epi-download__poster">{image}</p>'
    missing = (
        ""
        if loc.lang in item.files or NEUTRAL in item.files
        else f'<p class="epi-download__note">{attr(loc.t("downloads.not_in_language"))}</p>'
    )
    return (
        f'<article class="epi-download" id="{attr(item.id)}"><{heading}{_lang_attr(title_lang, loc)}>{attr(title)}</{heading}>'
        + (f"<p{_lang_attr(description_lang, loc)}>{attr(description)}</p>" if description else "")
        + poster
        + f'<p class="epi-download__meta">{" · ".join(meta)}</p>{missing}'
        + f'<ul class="epi-download__files" aria-label="{attr(loc.t("downloads.languages"))}">{files}</ul></article>'
    )


def downloads_page(items: Sequence[Download], loc: Language) -> str:
    t = loc.t
    current = f"{loc.prefix}downloads/"
    sections = []
    for kind in KINDS:
        group = sorted((i for i in items if i.kind == kind), key=lambda i: i.date, reverse=True)
        if group:
            sections += [
                f"## {text(t('kind.' + kind))}",
                "",
                "".join(card(i, loc, current) for i in group),
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
        ]
    )


def city_block(items: Sequence[Download], loc: Language, city: str) -> str | None:
    mine = [i for i in items if i.city == city]
    if not mine:
        return None
    current = f"{loc.prefix}cities/{city}/"
    return "\n".join(
        [
            f"## {text(loc.t('downloads.city_heading', city=loc.city_name(city)))}",
            "",
            "".join(card(i, loc, current) for i in mine),
            "",
        ]
    )
