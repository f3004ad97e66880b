"""The links of a Markdown page as the build sees them, each at the line where it is written.

MkDocs checks the ``href`` of every ``<a>`` and the ``src`` of every ``<img>`` in the tree that
Python-Markdown makes of a page. So do we: the page is converted with the site's own Markdown
extensions (those of ``mkdocs.yml``) and the same attributes are collected, whatever form the link
has (inline, with a title, in angle brackets, reference-style, an image), and what is code is no
link. Markdown keeps no line numbers: a link's line is found afterwards, only for the rare link
that leads nowhere, by changing each place its text is written and seeing which one changes it.

Converting costs a few milliseconds a page (Python-Markdown's inline patterns), which adds up at a
thousand stories in eight languages, so the links found are kept in ``.cache/epi-links/`` by the
hash of the page's text, one file per Markdown version and set of extensions: a build reads again
only the pages that changed since the last one.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path
from xml.etree import ElementTree as etree

import markdown
from markdown.treeprocessors import Treeprocessor

from .languages import markdown_extensions

# the site's extensions when its mkdocs.yml names none (the same as ours)
DEFAULT_EXTENSIONS: list[str | dict] = [
    {"toc": {"permalink": True}},
    "admonition",
    "attr_list",
    "tables",
    "footnotes",
    "md_in_html",
]
_SENTINEL = "epi-link-check-sentinel"
_LINKED = {"a": "href", "img": "src"}


def site_extensions(root: Path) -> list[str | dict]:
    """The ``markdown_extensions`` of the site at ``root`` (the default ones if it has none)."""
    return markdown_extensions(root, DEFAULT_EXTENSIONS)


class _Collect(Treeprocessor):
    """Priority 0, as MkDocs' own (relpath): every link's URL, in the order of the page."""

    found: list[str]

    def run(self, root: etree.Element) -> None:
        self.found = [
            url
            for element in root.iter()
            if isinstance(element.tag, str) and element.tag in _LINKED
            for url in [element.get(_LINKED[element.tag])]
            if url is not None
        ]


class LinkReader:
    """Reads the links of pages with one Markdown converter (made once: it is not cheap)."""

    def __init__(self, extensions: list[str | dict], cache: Path | None = None) -> None:
        names: list[str] = []
        configs: dict[str, dict] = {}
        for item in extensions:
            if isinstance(item, dict):
                for name, config in item.items():
                    names.append(name)
                    configs[name] = config or {}
            else:
                names.append(str(item))
        self._md = markdown.Markdown(extensions=names, extension_configs=configs)
        self._collect = _Collect(self._md)
        self._md.treeprocessors.register(self._collect, "epi_links", 0)
        self._cache: Path | None = None
        self._known: dict[str, list[str]] = {}
        self._used: dict[str, list[str]] = {}
        if cache is not None:
            setup = json.dumps([markdown.__version__, extensions], sort_keys=True, default=str)
            self._cache = cache / "epi-links" / f"{_digest(setup)}.json"
            try:
                known = json.loads(self._cache.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                known = {}
            if isinstance(known, dict):
                self._known = known

    def save(self) -> None:
        """Keep the links of the pages read this time (and only those) for the next build."""
        if self._cache is None or self._used == self._known:
            return
        try:
            self._cache.parent.mkdir(parents=True, exist_ok=True)
            part = self._cache.with_name(f"{self._cache.name}.{os.getpid()}")
            part.write_text(json.dumps(self._used, sort_keys=True), encoding="utf-8")
            part.replace(self._cache)
        except OSError:
            pass  # a read-only checkout: the next build reads every page again

    def urls(self, text: str) -> list[str]:
        """Every link's URL (``href`` of a link, ``src`` of an image) in the Markdown ``text``."""
        if "](" not in text and "]:" not in text:
            return []  # no inline link, image nor reference definition: no link (fast)
        if self._cache is None:
            return self._convert(text)
        key = _digest(text)
        found = self._known.get(key)
        if not isinstance(found, list):
            found = self._convert(text)
        self._used[key] = found
        return list(found)

    def _convert(self, text: str) -> list[str]:
        self._md.reset()
        self._collect.found = []
        self._md.convert(text)
        return self._collect.found

    def lines(self, text: str, url: str) -> list[int]:
        """The lines of ``text`` where the link to ``url`` is written (a reference-style link's is
        its definition's); its first mention anywhere if it is written in another way."""
        found = []
        for match in re.finditer(re.escape(url), text):
            line = text.count("\n", 0, match.start()) + 1
            if line in found:
                continue
            changed = text[: match.start()] + _SENTINEL + text[match.end() :]
            if _SENTINEL in self._convert(changed):
                found.append(line)
        if found:
            return found
        name = url.split("#")[0].split("?")[0].rsplit("/", 1)[-1] or url
        at = text.find(name)
        return [text.count("\n", 0, at) + 1 if at >= 0 else 1]


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()
