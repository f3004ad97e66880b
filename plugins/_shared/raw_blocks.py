"""A Markdown extension that passes our one-line HTML blocks through without HTML parsing.

Python-Markdown finds raw HTML by running the whole page through Python's HTMLParser (md_in_html),
and MkDocs does it again to collect anchors: with 1,000 stories that is most of the time spent on
the news lists (every card, on the lists, the archive, the topics and the city pages, in every
language). Our fragments are one-line HTML blocks between blank lines (fragments.py), which
Markdown would store as they are, one stored block per top-level element, the last with a line
break. This preprocessor stores them the same way itself, so the output is byte for byte the same.

It only acts on a page whose every line that starts an HTML block is such a line (between blank
lines, block-level elements only, balanced, no ``id``/``name`` for MkDocs' anchors, no
``markdown`` attribute, no comment): then no raw block spans lines and nothing else can differ.
Any other page is left entirely to Markdown.
"""

from __future__ import annotations

import re

from markdown import Markdown
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor

BLOCK_TAGS = frozenset(
    "address article aside blockquote details dialog div dl fieldset figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr main nav ol p section table ul".split()
)
VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())
_ATTRIBUTE = r"""\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?"""
_TAG = re.compile(rf"<(?:([a-zA-Z][a-zA-Z0-9-]*)((?:{_ATTRIBUTE})*)\s*(/?)>|/([a-zA-Z][a-zA-Z0-9-]*)\s*>)")
_UNSAFE_ATTRIBUTE = re.compile(r"""\s(?:id|name|markdown)\s*=""", re.I)
_STARTS_BLOCK = re.compile(r" {0,3}<")  # where Markdown may open a raw HTML block


def top_level_elements(line: str) -> list[str] | None:
    """The top-level elements of a one-line HTML block, or None if the line is anything else
    (text between elements, an inline or unbalanced element, a comment, an attribute MkDocs or
    md_in_html reads)."""
    elements: list[str] = []
    stack: list[str] = []
    start = end = 0
    for match in _TAG.finditer(line):
        if match.start() != end and not stack:
            return None  # text outside an element
        if "<" in line[end : match.start()]:
            return None  # a "<" that is not a tag we understand
        opening, attributes, self_closing, closing = match.groups()
        if opening:
            tag = opening.lower()
            if not stack:
                if tag not in BLOCK_TAGS or tag in VOID or self_closing:
                    return None
                start = match.start()
            if attributes and _UNSAFE_ATTRIBUTE.search(attributes):
                return None
            if tag not in VOID and not self_closing:  # <path/> in an SVG: HTMLParser's startend tag
                stack.append(tag)
        else:
            if not stack or stack.pop() != closing.lower():
                return None
            if not stack:
                elements.append(line[start : match.end()])
        end = match.end()
    if stack or end != len(line) or not elements:
        return None
    return elements


class _OneLineBlocks(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        found: dict[int, list[str]] = {}
        for i, line in enumerate(lines):
            if not _STARTS_BLOCK.match(line):
                continue
            elements = top_level_elements(line)
            blank_around = (i == 0 or lines[i - 1] == "") and i + 2 < len(lines) and lines[i + 1] == ""
            if elements is None or not blank_around:
                return lines  # an HTML block of another kind: all of it left to Markdown
            found[i] = elements
        if not found:
            return lines
        result: list[str] = []
        for i, line in enumerate(lines):
            elements = found.get(i)
            if elements is None:
                result.append(line)
                continue
            *first, last = elements
            for element in first:
                result += [self.md.htmlStash.store(element), ""]
            result.append(self.md.htmlStash.store(last + "\n"))
        return result


class OneLineBlocks(Extension):
    """Register with ``config.markdown_extensions.append(OneLineBlocks())``."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Markdown's name)
        # After fenced code (25) stashes code; before MkDocs' anchor scan (21) and md_in_html (20).
        md.preprocessors.register(_OneLineBlocks(md), "epi_one_line_blocks", 22)
