"""One search index per language, holding only pages written in that language."""

from __future__ import annotations

import copy
import html
from collections.abc import Collection, Mapping
from typing import Any


def language_index(
    index: dict[str, Any],
    *,
    lang: str,
    prefix: str,
    exclude: Collection[str],
    stemmed: Collection[str],
    page_titles: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """Filter Material's ``search_index.json`` to one language.

    ``prefix`` is the language's folder ("" for the default language, "es/" otherwise): kept
    locations are made relative to it, since the page's search base is its language's root.
    ``exclude`` holds the site-relative URLs of fallback pages (another language's text).
    ``stemmed`` lists the languages lunr has a stemmer for; the others search without stemming
    or stop words rather than with English ones.

    Material's search shows an entry's title as HTML. Section titles come from the page's HTML
    (escaped), but a page whose text does not start with a heading gets its front-matter title as
    it is. ``page_titles`` maps each page's site-relative URL to that title: a page entry (no
    ``#``) with exactly that title gets it escaped. (Only a page whose first heading reads as the
    front-matter title with its entities resolved would be escaped twice.)
    """
    page_titles = page_titles or {}
    result = copy.deepcopy(index)
    docs = []
    for doc in index.get("docs", []):
        location = doc["location"]
        path = location.split("#", 1)[0]
        if not path.startswith(prefix) or path in exclude:
            continue
        entry = {**doc, "location": location[len(prefix) :]}
        if "#" not in location and location in page_titles and doc.get("title") == page_titles[location]:
            entry["title"] = html.escape(doc["title"], quote=False)
        docs.append(entry)
    result["docs"] = docs
    config = result.setdefault("config", {})
    if lang in stemmed:
        config["lang"] = [lang]
    else:
        config["lang"] = ["en"]
        config["pipeline"] = []
    return result
