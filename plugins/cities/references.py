"""A city page's sources cited one way: footnote references (a superscript number) that lead to
one list of sources at the end of the page, numbered once by Python-Markdown's footnotes.

The narrative's own footnotes (``[^1]: [Title](url)`` in ``index.<lang>.md``) come first; the
page's other citations (a score's source, the method's) reuse the narrative's footnote where it
cites the same address, else add one; the city's sources cited nowhere are listed after them, so
that each source is listed once. ``name_references`` then gives each reference in the built page
a name a screen reader says ("3 Source: <title>"), and drops the back-link of a source that is
listed but cited nowhere (it would lead nowhere).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from markupsafe import escape

# Python-Markdown's footnotes extension puts its list where this paragraph is (its PLACE_MARKER).
PLACE_MARKER = "///Footnotes Go Here///"

_DEFINITION = re.compile(r"^\[\^([^\]\s]+)\]:[ \t]*(.*)$", re.M)
_LINK_URL = re.compile(r"\]\(<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\)")


def narrative_footnotes(body: str) -> list[tuple[str, str | None]]:
    """The footnotes a narrative defines, in order: (label, the address its entry links first)."""
    found = []
    for match in _DEFINITION.finditer(body):
        url = _LINK_URL.search(match.group(2))
        found.append((match.group(1), url.group(1) if url else None))
    return found


class Citations:
    """The footnote labels of a page's sources by address; ``cite`` gives the reference to put
    after what a source says, ``definitions`` the entries this page adds to the narrative's."""

    def __init__(self, narrative: str) -> None:
        footnotes = narrative_footnotes(narrative)
        self._taken = {label for label, _ in footnotes}
        self._labels: dict[str, str] = {}
        for label, url in footnotes:
            if url is not None:
                self._labels.setdefault(url, label)
        self.definitions: list[str] = []
        self.narrated = bool(footnotes)

    def cited(self, url: str) -> bool:
        return url in self._labels

    def cite(self, url: str, entry: Callable[[], str]) -> str:
        """``[^label]`` of the footnote for ``url``; a new one, whose text is ``entry()`` (inline
        Markdown), if the page has none yet."""
        if url not in self._labels:
            self._labels[url] = self._new_label()
            self.definitions.append(f"[^{self._labels[url]}]: {entry()}")
        return f"[^{self._labels[url]}]"

    def add(self, url: str, entry: str) -> None:
        """A source listed though nothing on the page cites it (if no footnote lists it yet)."""
        if url not in self._labels:
            self._labels[url] = self._new_label()
            self.definitions.append(f"[^{self._labels[url]}]: {entry}")

    @property
    def any(self) -> bool:
        return self.narrated or bool(self.definitions)

    def _new_label(self) -> str:
        number = len(self.definitions) + 1
        while f"source-{number}" in self._taken:
            number += 1
        label = f"source-{number}"
        self._taken.add(label)
        return label


_REF = re.compile(r'(<a class="footnote-ref" href="#fn:([^"]+)">)([^<]*)(</a>)')
_ENTRY = re.compile(r'<li id="fn:([^"]+)">(.*?)</li>', re.S)
_BACKREF = re.compile(r'(?:&#160;|\xa0)?<a class="footnote-backref" href="#(fnref\d*:[^"]+)"[^>]*>[^<]*</a>')
_FIRST_LINK = re.compile(r'<a href="[^"]*"[^>]*>(.*?)</a>', re.S)
_TAG = re.compile(r"<[^>]+>")


def name_references(html: str, source_label: str) -> str:
    """Each footnote reference named by its source ("3" read as "3 Source: <title>", the title
    keeping its language marking), as text hidden on screen (class ``epi-ref-name``); back-links
    to references that are not on the page removed. ``source_label``: the UI string
    ``common.source_label`` ("Source: {source}")."""
    names = {}
    for match in _ENTRY.finditer(html):
        body = _BACKREF.sub("", match.group(2))
        first = _FIRST_LINK.search(body)
        title = first.group(1) if first else _TAG.sub("", body).strip()
        before, _, after = source_label.partition("{source}")
        names[match.group(1)] = f"{escape(before)}{title}{escape(after)}"

    def named(match: re.Match[str]) -> str:
        name = names.get(match.group(2))
        if name is None:
            return match.group(0)
        hidden = f'<span class="epi-ref-name"> {name}</span>'
        return f"{match.group(1)}{match.group(3)}{hidden}{match.group(4)}"

    html = _REF.sub(named, html)

    def kept(match: re.Match[str]) -> str:
        return match.group(0) if f'id="{match.group(1)}"' in html else ""

    return _BACKREF.sub(kept, html)
