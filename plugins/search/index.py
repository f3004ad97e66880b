"""The Pagefind index of one language's pages, the content only.

Each language has its own bundle in its folder (``/pagefind/``, ``/lv/pagefind/``…), written by
its own build, so a page searches its own language only; Pagefind also splits by ``<html lang>``.
Only pages whose article carries ``data-pagefind-body`` are indexed (``mark_page``): fallback
copies of another language's text, the 404 pages, redirects and the editors' status page have
none and stay out.
"""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

# Inside the article, what is not the page's own text: the map (country and city names run
# together), charts and score bars, the share links, breadcrumbs, heading permalinks (¶), the
# "edit this page" button and every inline SVG (icons, the emblem).
EXCLUDE_SELECTORS = (
    "svg",
    ".epi-map",
    ".epi-chart",
    ".epi-matrix__bar",
    ".epi-share",
    ".epi-breadcrumbs",
    ".headerlink",
    ".md-content__button",
    ".md-footer",
    ".epi-fallback",
)

OUTPUT = "pagefind"

_ARTICLE = re.compile(r'<article class="md-content__inner md-typeset"(?=>)')
# A fallback copy opens with the notice (main.html); a section shown in the original language
# (a city's narrative) has the same notice further down, and the page is still indexed.
_FALLBACK_PAGE = re.compile(
    r'<article class="md-content__inner md-typeset">\s*<div class="admonition info epi-fallback"'
)


def mark_page(html: str) -> str:
    """Mark the article as the page's searchable text, unless the page is a fallback copy."""
    if _FALLBACK_PAGE.search(html):
        return html
    return _ARTICLE.sub(lambda m: m.group(0) + " data-pagefind-body", html, count=1)


def build_index(folder: Path) -> int:
    """Index the pages of one language's folder into ``folder/pagefind/`` (a bundle with this
    language's index only); the number of pages indexed."""
    return asyncio.run(_build(folder))


async def _build(folder: Path) -> int:
    from pagefind.index import IndexConfig, PagefindIndex  # the binary starts only when needed

    config = IndexConfig(exclude_selectors=list(EXCLUDE_SELECTORS), output_path=str(folder / OUTPUT))
    async with PagefindIndex(config=config) as index:
        result = await index.add_directory(str(folder))
        await index.write_files()
    return int(result.get("page_count", 0))
