"""Breadcrumbs of the generated pages that are not in the nav (city profiles, stories, the news
archive and topic pages, toolkit chapters): Material's ``navigation.path`` shows nothing for them."""

from __future__ import annotations

from .fragments import PACKAGE_FRAGMENTS, Fragments
from .language import Language
from .urls import relative_url


def breadcrumbs(
    loc: Language,
    *,
    section: str,
    section_path: str,
    title: str,
    current: str,
    title_lang: str | None = None,
    fragments: Fragments = PACKAGE_FRAGMENTS,
) -> str:
    """Home › ``section`` › ``title`` in ``loc``'s language, as an HTML block for the page at
    ``current``; ``section_path`` and ``current`` are relative to the language's home
    (``cities/``, ``cities/riga/``); ``title_lang`` is the language of ``title`` where it is
    not ``loc``'s (an untranslated chapter)."""
    here = loc.prefix + current
    trail = [
        (loc.t("breadcrumbs.home"), relative_url(loc.prefix, here)),
        (section, relative_url(loc.prefix + section_path, here)),
    ]
    return fragments.render(
        "theme/breadcrumbs",
        label=loc.t("breadcrumbs.label"),
        lang=loc.lang,
        trail=trail,
        title=title,
        title_lang=title_lang if title_lang != loc.lang else None,
    )
