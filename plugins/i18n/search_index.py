"""One search index per language, holding only pages written in that language."""

from __future__ import annotations

import copy
from collections.abc import Collection
from typing import Any


def language_index(
    index: dict[str, Any],
    *,
    lang: str,
    prefix: str,
    exclude: Collection[str],
    stemmed: Collection[str],
) -> dict[str, Any]:
    """Filter Material's ``search_index.json`` to one language.

    ``prefix`` is the language's folder ("" for the default language, "es/" otherwise): kept
    locations are made relative to it, since the page's search base is its language's root.
    ``exclude`` holds the site-relative URLs of fallback pages (another language's text).
    ``stemmed`` lists the languages lunr has a stemmer for; the others search without stemming
    or stop words rather than with English ones.
    """
    result = copy.deepcopy(index)
    docs = []
    for doc in index.get("docs", []):
        location = doc["location"]
        path = location.split("#", 1)[0]
        if not path.startswith(prefix) or path in exclude:
            continue
        docs.append({**doc, "location": location[len(prefix):]})
    result["docs"] = docs
    config = result.setdefault("config", {})
    if lang in stemmed:
        config["lang"] = [lang]
    else:
        config["lang"] = ["en"]
        config["pipeline"] = []
    return result
