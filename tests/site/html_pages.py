"""Reading built pages: the parsed HTML and what the checks look at."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from bs4 import BeautifulSoup

CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)")


@cache
def parse(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")


def html_files(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def language_of(site: Path, page: Path, languages: list[str]) -> str:
    first = page.relative_to(site).parts[0]
    return first if first in languages[1:] else languages[0]


def alternates(soup: BeautifulSoup) -> dict[str, str]:
    return {link["hreflang"]: link["href"] for link in soup.select('head link[rel="alternate"][hreflang]')}


def canonical(soup: BeautifulSoup) -> str | None:
    link = soup.select_one('head link[rel="canonical"]')
    return link["href"] if link else None


def asset_urls(soup: BeautifulSoup) -> list[str]:
    """Every URL the browser fetches by itself: src, srcset, stylesheets, icons, preloads, inline
    CSS url()."""
    urls = [tag["src"] for tag in soup.select("[src]")]
    urls += [
        tag["href"]
        for tag in soup.select("link[href]")
        if set(tag.get("rel", []))
        & {
            "stylesheet",
            "icon",
            "preload",
            "modulepreload",
            "manifest",
            "prefetch",
            "preconnect",
            "dns-prefetch",
        }
    ]
    for tag in soup.select("[srcset]"):
        urls += [part.split()[0] for part in tag["srcset"].split(",") if part.strip()]
    for tag in soup.select("style"):
        urls += CSS_URL.findall(tag.get_text())
    for tag in soup.select("[style]"):
        urls += CSS_URL.findall(tag["style"])
    return urls


def is_external(url: str) -> bool:
    return bool(re.match(r"^(?:[a-z][a-z0-9+.-]*:)?//", url, re.I)) and not url.startswith("data:")
