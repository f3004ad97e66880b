"""Site-relative URLs of pages (``lv/news/``, ``news/page/2/``) and links between them."""

from __future__ import annotations

import posixpath
from collections.abc import Sequence


def language_prefix(lang: str, languages: Sequence[str]) -> str:
    """The folder of a language's pages: "" for the default language, "lv/" for the others."""
    return "" if lang == languages[0] else f"{lang}/"


def relative_url(target: str, current: str) -> str:
    """``target`` as a link from the page at ``current`` (both site-relative, "" is the home page)."""
    here = current if current.endswith("/") or not current else posixpath.dirname(current) + "/"
    link = posixpath.relpath("/" + target, "/" + here)
    if target.endswith("/") or not target:
        link = "./" if link == "." else link + "/"
    return link
