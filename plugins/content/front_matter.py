"""Front matter of Markdown pages: found, parsed and checked against its JSON Schema.

MkDocs silently ignores front matter that is not valid YAML and publishes it as text; here it
is an error naming the file and the line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .._shared import schema
from .._shared.errors import ContentError
from .._shared.yamlio import YamlSyntaxError, load

_OPEN = re.compile(r"\A-{3}[ \t]*\r?\n")
_CLOSE = re.compile(r"^(?:-{3}|\.{3})[ \t]*\r?$", re.M)


@dataclass(frozen=True)
class FrontMatter:
    text: str
    first_line: int  # line of the file the YAML text starts on (1-based)


class UnclosedFrontMatter(Exception):
    pass


def find(text: str) -> FrontMatter | None:
    """The YAML between a first line ``---`` and the next ``---`` (or ``...``) line."""
    opening = _OPEN.match(text)
    if not opening:
        return None
    closing = _CLOSE.search(text, opening.end())
    if not closing:
        raise UnclosedFrontMatter
    return FrontMatter(text[opening.end():closing.start()], first_line=2)


def check(text: str, path: str, schema_path: str) -> list[ContentError]:
    """Every problem of the page's front matter (none if it has none: MkDocs allows that)."""
    try:
        found = find(text)
    except UnclosedFrontMatter:
        return [ContentError(path, 1, "front matter", "the '---' on line 1 opens front matter that is never closed; expected a second '---' line")]
    if found is None:
        return []
    try:
        data, lines = load(found.text, path, offset=found.first_line - 1, field="front matter")
    except YamlSyntaxError as exc:
        return [exc.error]
    if data is None:
        data = {}
    if not isinstance(data, dict):
        return [ContentError(path, found.first_line, "front matter", "expected fields as 'name: value' lines")]
    return schema.check(data, schema_path, path, lines)
