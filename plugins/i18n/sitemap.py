"""Sitemaps that list real translations only, each with its hreflang alternates."""

from __future__ import annotations

from collections.abc import Iterable
from xml.sax.saxutils import escape, quoteattr

from .page_language import PageLanguage


def render_sitemap(pages: Iterable[PageLanguage]) -> str:
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ]
    for page in sorted((p for p in pages if not p.is_fallback), key=lambda p: p.url):
        lines.append("  <url>")
        lines.append(f"    <loc>{escape(page.url)}</loc>")
        for alt in page.alternates:
            hreflang, href = quoteattr(alt.hreflang), quoteattr(alt.href)
            lines.append(f'    <xhtml:link rel="alternate" hreflang={hreflang} href={href}/>')
        lines.append("  </url>")
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"
