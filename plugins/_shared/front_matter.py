"""Front matter of Markdown pages: found, parsed and checked against its JSON Schema.

MkDocs silently ignores front matter that is not valid YAML and publishes it as text; here it
is an error naming the file and the line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import placeholders, schema
from .errors import ContentError
from .yamlio import LineMap, YamlSyntaxError, load

_NO_LINES = LineMap(None)

_OPEN = re.compile(r"\A-{3}[ \t]*\r?\n")
_CLOSE = re.compile(r"^(?:-{3}|\.{3})[ \t]*\r?$", re.M)


@dataclass(frozen=True)
class FrontMatter:
    text: str
    first_line: int  # line of the file the YAML text starts on (1-based)
    end: int = 0  # offset in the file where the body starts


@dataclass(frozen=True)
class Page:
    data: dict
    body: str
    errors: list[ContentError]
    lines: LineMap = LineMap(None)


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
    return FrontMatter(text[opening.end() : closing.start()], first_line=2, end=closing.end())


def read(text: str, path: str, schema_path: str, *, required: bool = False) -> Page:
    """The page's front matter (checked against its schema) and its body. Without front
    matter, a page is fine unless ``required`` (then its required fields are reported)."""
    try:
        found = find(text)
    except UnclosedFrontMatter:
        return Page(
            {},
            text,
            [
                ContentError(
                    path,
                    1,
                    "front matter",
                    "the '---' on line 1 opens front matter that is never closed; "
                    "expected a second '---' line",
                )
            ],
        )
    if found is None:
        errors = schema.check({}, schema_path, path, _NO_LINES) if required else []
        return Page({}, text, errors + placeholders.in_body(text, 1, path))
    body = text[found.end :].lstrip("\r\n")
    body_line = text[: len(text) - len(body)].count("\n") + 1
    try:
        data, lines = load(found.text, path, offset=found.first_line - 1, field="front matter")
    except YamlSyntaxError as exc:
        return Page({}, body, exc.errors)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        return Page(
            {},
            body,
            [ContentError(path, found.first_line, "front matter", "expected fields as 'name: value' lines")],
        )
    # placeholders of `epi new` are errors until replaced; `translate` is no field of any schema
    marked = []
    if placeholders.TRANSLATE in data:
        marked.append(
            placeholders.translate_marker(
                data[placeholders.TRANSLATE], lines.line((placeholders.TRANSLATE,)), path
            )
        )
        data = {key: value for key, value in data.items() if key != placeholders.TRANSLATE}
    marked += placeholders.in_data(data, lines, path) + placeholders.in_body(body, body_line, path)
    return Page(data, body, schema.check(data, schema_path, path, lines) + marked, lines)


def check(text: str, path: str, schema_path: str) -> list[ContentError]:
    """Every problem of the page's front matter."""
    return read(text, path, schema_path).errors
