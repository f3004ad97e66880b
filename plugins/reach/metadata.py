"""Head metadata: a description trimmed to a sentence, Open Graph and Twitter card tags."""

from __future__ import annotations

import html
import re

from .._shared.locale_format import locale

_PARAGRAPH = re.compile(r"<p\b[^>]*>(.*?)</p>", re.S)
_TAG = re.compile(r"<[^>]+>")


def first_paragraph(content_html: str | None) -> str:
    """The text of the first non-empty paragraph of a page's HTML."""
    for match in _PARAGRAPH.finditer(content_html or ""):
        text = " ".join(html.unescape(_TAG.sub("", match.group(1))).split())
        if text:
            return text
    return ""


def sentence_trim(text: str, limit: int = 160) -> str:
    """At most ``limit`` characters, cut at the end of a sentence (or a word, with an ellipsis)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit]
    end = max(cut.rfind(". "), cut.rfind("! "), cut.rfind("? "))
    if end >= limit // 3:
        return cut[: end + 1]
    return cut[: cut.rfind(" ")].rstrip(",;:") + "…"


def og_locale(lang: str) -> str:
    """Open Graph's locale of a language: "en_GB", "lv_LV"."""
    return locale(lang)


def head_tags(
    *,
    title: str,
    description: str,
    url: str,
    site_name: str,
    lang: str,
    translations: list[str],
    kind: str,
    image: str | None = None,
    image_size: tuple[int, int] = (1200, 630),
) -> list[tuple[str, str, str]]:
    """(attribute, name, content) of each <meta>: Open Graph by property, Twitter by name.
    ``translations`` are the other languages the page really exists in; ``image`` an absolute URL."""
    tags = [
        ("property", "og:type", kind),
        ("property", "og:title", title),
        ("property", "og:description", description),
        ("property", "og:url", url),
        ("property", "og:site_name", site_name),
        ("property", "og:locale", og_locale(lang)),
        *(("property", "og:locale:alternate", og_locale(code)) for code in translations if code != lang),
        ("name", "twitter:card", "summary_large_image" if image else "summary"),
        ("name", "twitter:title", title),
        ("name", "twitter:description", description),
    ]
    if image:
        tags += [
            ("property", "og:image", image),
            ("property", "og:image:width", str(image_size[0])),
            ("property", "og:image:height", str(image_size[1])),
            ("property", "og:image:alt", f"{site_name}: {title}"),
            ("name", "twitter:image", image),
            ("name", "twitter:image:alt", f"{site_name}: {title}"),
        ]
    return tags
