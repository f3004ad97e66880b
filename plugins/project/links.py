"""The links of a Markdown page as the build sees them, each at the line where it is written.

MkDocs checks the ``href`` of every ``<a>`` and the ``src`` of every ``<img>`` in the tree that
Python-Markdown makes of a page. So do we: the page is converted with the site's own Markdown
extensions (those of ``mkdocs.yml``) and the same attributes are collected, whatever form the link
has (inline, with a title, in angle brackets, reference-style, an image), and what is code is no
link. Markdown keeps no line numbers: a link's line is found afterwards, only for the rare link
that leads nowhere, by changing each place its text is written and seeing which one changes it.
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree as etree

import markdown
import yaml
from markdown.treeprocessors import Treeprocessor

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


class _Tolerant(yaml.SafeLoader):
    """mkdocs.yml's tags (``!ENV``, ``!relative``) read as nothing: only its extensions matter."""


_Tolerant.add_multi_constructor("!", lambda loader, suffix, node: None)


def site_extensions(mkdocs_yml: Path) -> list[str | dict]:
    """The ``markdown_extensions`` of ``mkdocs_yml`` (the default ones if it has none)."""
    try:
        config = yaml.load(mkdocs_yml.read_text(encoding="utf-8"), Loader=_Tolerant)  # noqa: S506
    except (OSError, yaml.YAMLError):
        return DEFAULT_EXTENSIONS
    found = config.get("markdown_extensions") if isinstance(config, dict) else None
    return found if isinstance(found, list) else DEFAULT_EXTENSIONS


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

    def __init__(self, extensions: list[str | dict]) -> None:
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

    def urls(self, text: str) -> list[str]:
        """Every link's URL (``href`` of a link, ``src`` of an image) in the Markdown ``text``."""
        if "](" not in text and "]:" not in text:
            return []  # no inline link, image nor reference definition: no link (fast)
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
            if _SENTINEL in self.urls(changed):
                found.append(line)
        if found:
            return found
        name = url.split("#")[0].split("?")[0].rsplit("/", 1)[-1] or url
        at = text.find(name)
        return [text.count("\n", 0, at) + 1 if at >= 0 else 1]
