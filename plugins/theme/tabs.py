"""The section tab of a page outside the nav: the top-level nav item whose pages' folders hold it.

Material marks a tab active when an item under it is the current page (``nav_item.active``);
the generated pages (city profiles, stories, the news archive and topics, toolkit chapters) are
not in the nav, so no tab was. A top-level item owns the URL folders of its pages: ``cities/``
(Cities: ``cities/``, ``cities/compare/``), ``news/`` (the news page), ``toolkit/``,
``self-assessment/`` and ``downloads/`` (Toolkit). A page outside the nav belongs to the item
owning the longest folder that its URL starts with; the home page owns no folder (it would own
every page of its language), so a page under no section's folder (privacy, legal) has no tab.
Works with ``use_directory_urls`` on or off (``cities/riga/``, ``cities/riga.html``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any


def _page_urls(item: Any) -> Iterator[str]:
    if getattr(item, "is_page", False) and isinstance(getattr(item, "url", None), str):
        yield item.url
    for child in getattr(item, "children", None) or []:
        yield from _page_urls(child)


def folder(url: str) -> str:
    """The folder of a page's URL, up to its last slash: ``cities/`` → ``cities/``,
    ``cities/compare.html`` → ``cities/``, the home page ``""`` or ``index.html`` → ``""``."""
    return url.rpartition("/")[0] + "/" if "/" in url else ""


def folders(items: Sequence[Any], home: str | None) -> tuple[tuple[str, int], ...]:
    """(folder, index of the top-level item) for every page under a top-level item but the home
    page, the longest folders first."""
    owned = {
        (folder(url), index)
        for index, item in enumerate(items)
        for url in _page_urls(item)
        if url != home and folder(url) != folder(home or "")
    }
    return tuple(sorted(owned, key=lambda pair: (-len(pair[0]), pair[1])))


def section_of(url: str, table: tuple[tuple[str, int], ...]) -> int | None:
    """The index of the top-level item whose folder holds ``url`` (see ``folders``), or None."""
    return next((index for prefix, index in table if url.startswith(prefix)), None)
