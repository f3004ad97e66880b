"""What a page is, language-wise: its tree's language, its content's language, its translations."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urljoin

X_DEFAULT = "x-default"


@dataclass(frozen=True)
class Alternate:
    hreflang: str
    href: str  # absolute


@dataclass(frozen=True)
class PageLanguage:
    lang: str  # the language tree the page is built in: its UI language
    content_lang: str  # the language its text is written in
    url: str  # absolute URL of this page
    canonical: str  # absolute URL of the page the search engines should index
    original: str  # site-relative URL of the page in its own language (itself if not a fallback)
    alternates: tuple[Alternate, ...]  # real translations only, then x-default

    @property
    def is_fallback(self) -> bool:
        """Shown in a language tree it was not written for (no translation exists yet)."""
        return self.lang != self.content_lang


@lru_cache(maxsize=1 << 16)
def absolute_url(site_url: str, url: str) -> str:
    """Cached: each page's URL is asked for once per language (as every translation's alternate)."""
    url = "" if url in (".", "./") else url
    return urljoin(site_url if site_url.endswith("/") else site_url + "/", url)


def page_language(
    *,
    lang: str,
    content_lang: str,
    url: str,
    translations: dict[str, str],
    site_url: str,
    languages: list[str],
) -> PageLanguage:
    """Build the language facts of one page.

    ``translations`` maps each language that has a real translation of this page (written in
    that language) to its site-relative URL; ``languages`` lists the site's languages, the
    default first. A fallback page is canonicalised to its original and is never listed as a
    translation.
    """
    default = languages[0]
    ordered = [code for code in languages if code in translations]
    alternates = [Alternate(code, absolute_url(site_url, translations[code])) for code in ordered]
    x_default = translations.get(default) or translations.get(content_lang)
    if x_default is not None:
        alternates.append(Alternate(X_DEFAULT, absolute_url(site_url, x_default)))
    own = absolute_url(site_url, url)
    original = url if lang == content_lang else translations.get(content_lang, url)
    canonical = absolute_url(site_url, original)
    return PageLanguage(lang, content_lang, own, canonical, original, tuple(alternates))
