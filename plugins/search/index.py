"""The Pagefind index of the built site: one index per ``<html lang>``, the content only.

Pagefind reads each page's language from ``<html lang>`` and writes a separate index per
language, so a page searches its own language only. Only pages whose article carries
``data-pagefind-body`` are indexed (``mark_page``): fallback copies of another language's text,
the 404 pages, redirects and the editors' status page have none and stay out.
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


def build_index(site_dir: Path) -> int:
    """Index the built site into ``site_dir/pagefind/``; the number of pages indexed."""
    return asyncio.run(_build(site_dir))


async def _build(site_dir: Path) -> int:
    from pagefind.index import IndexConfig, PagefindIndex  # the binary starts only when needed

    config = IndexConfig(exclude_selectors=list(EXCLUDE_SELECTORS), output_path=str(site_dir / OUTPUT))
    async with PagefindIndex(config=config) as index:
        result = await index.add_directory(str(site_dir))
        await index.write_files()
    return int(result.get("page_count", 0))
