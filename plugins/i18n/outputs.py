"""Per-language outputs gathered during the language builds and written once at the end."""

from __future__ import annotations

import gzip
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .._shared.urls import language_prefix
from .page_language import PageLanguage
from .sitemap import render_sitemap


@dataclass
class SiteOutputs:
    pages: dict[str, list[PageLanguage]] = field(default_factory=lambda: defaultdict(list))
    fallbacks: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    not_found: dict[str, str] = field(default_factory=dict)

    def add_page(self, site_relative_url: str, page: PageLanguage) -> None:
        self.pages[page.lang].append(page)
        if page.is_fallback:
            self.fallbacks[page.lang].add(site_relative_url)

    def add(self, other: SiteOutputs) -> None:
        """Add what another process gathered (other languages than this one's)."""
        for lang, pages in other.pages.items():
            self.pages[lang].extend(pages)
        for lang, urls in other.fallbacks.items():
            self.fallbacks[lang].update(urls)
        self.not_found.update(other.not_found)

    def write(self, site_dir: Path, languages: list[str]) -> None:
        """Each language's 404 and sitemap into its folder; all pages in the root sitemap."""
        for lang in languages:
            folder = site_dir / language_prefix(lang, languages)
            if lang in self.not_found:
                _write(folder / "404.html", self.not_found[lang])
            _write(folder / "sitemap.xml", render_sitemap(self.pages[lang]))
        every = [page for lang in languages for page in self.pages[lang]]
        root = render_sitemap(every)
        _write(site_dir / "sitemap.xml", root)
        # mtime=0: the same content gives the same bytes
        (site_dir / "sitemap.xml.gz").write_bytes(gzip.compress(root.encode("utf-8"), mtime=0))


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
