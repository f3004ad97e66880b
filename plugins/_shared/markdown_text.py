"""Text from data files put into generated Markdown: shown as text, never as markup."""

from __future__ import annotations

import html
import re
import string

import yaml

_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+!|>-])")  # what Python-Markdown (+ tables) unescapes
_LIST_NUMBER = re.compile(r"^(\s*\d+)\.")  # "2021. A year" at the start of a block is an ordered list


def text(value: object) -> str:
    """Inline text: HTML escaped, Markdown punctuation backslash-escaped, one line."""
    escaped = html.escape(re.sub(r"\s+", " ", str(value)), quote=False)
    escaped = _MARKDOWN_SPECIALS.sub(r"\\\1", escaped).replace("~", "&#126;")  # "\~" would show its backslash
    return _LIST_NUMBER.sub(r"\1\\.", escaped)


def link(label: str, url: str) -> str:
    """A Markdown link whose label is text and whose URL is kept whole (angle brackets)."""
    return f"[{text(label)}](<{url}>)"


def attr(value: object) -> str:
    """Text for an HTML attribute or element in raw HTML blocks."""
    return html.escape(str(value), quote=True)


def template(pattern: str, **markdown: str) -> str:
    """A UI string with ``{placeholders}``: its own words as text, the placeholders replaced by
    ready Markdown (a link, say)."""
    parts = []
    for literal, name, _, _ in string.Formatter().parse(pattern):
        parts.append(text(literal))
        if name is not None:
            parts.append(markdown[name])
    return "".join(parts)


def front_matter(
    title: str, description: str, *, hide_navigation: bool = False, searchable: bool = True
) -> str:
    """The YAML header of a generated page (MkDocs reads its title and description).

    ``hide_navigation`` for a page whose sidebar would be empty or list only itself (a page
    outside the nav, or a top-level page of its own): Material then leaves the sidebar out on
    wide screens (``hide: [navigation]``); the drawer of narrow screens keeps the whole nav.
    ``searchable=False`` keeps the page out of the search index (``search: {exclude: true}``)."""
    fields: dict[str, object] = {"title": title, "description": description}
    if hide_navigation:
        fields["hide"] = ["navigation"]
    if not searchable:
        fields["search"] = {"exclude": True}
    meta = yaml.safe_dump(fields, allow_unicode=True, width=10_000)
    return f"---\n{meta}---\n\n"
