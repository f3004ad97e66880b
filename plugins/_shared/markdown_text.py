"""Text from data files put into generated Markdown: shown as text, never as markup."""

from __future__ import annotations

import html
import json
import re
import string

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
    hide = "hide:\n- navigation\n" if hide_navigation else ""
    search = "" if searchable else "search:\n  exclude: true\n"
    return f"---\ndescription: {yaml_string(description)}\n{hide}{search}title: {yaml_string(title)}\n---\n\n"


# What YAML reads as a line break (folded) or refuses (non-printable), though JSON leaves it as is.
_YAML_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufffe\uffff]")


def yaml_string(value: str) -> str:
    """``value`` as a YAML double-quoted scalar (JSON's, with YAML's line breaks and
    non-printables escaped too): 10× faster than yaml.safe_dump, called for every generated page."""
    quoted = json.dumps(value, ensure_ascii=False)
    return _YAML_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", quoted)
