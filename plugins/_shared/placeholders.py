"""Placeholders: what `epi new` writes where an editor must write something. Each one is an error
naming file, line and field until it is replaced, so a scaffold cannot be published as it is.

- a text (a YAML value, or a line of a Markdown body) starting with ``Replace with``;
- a front-matter field ``translate: <original>``, which `epi new translation` writes above a copy
  of the original's text: the file is to be translated, then the line removed;
- ``null`` where a value is required (left invalid on purpose: the schemas name it).
"""

from __future__ import annotations

from typing import Any

from .errors import ContentError
from .schema import field_name
from .yamlio import LineMap

MARKER = "Replace with"
TRANSLATE = "translate"


def is_placeholder(text: object) -> bool:
    return isinstance(text, str) and text.strip().startswith(MARKER)


def in_data(data: Any, lines: LineMap, path: str) -> list[ContentError]:
    """Every text of ``data`` (YAML) that is still a placeholder."""
    errors = []
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(data, ())]
    while stack:
        value, where = stack.pop()
        if isinstance(value, dict):
            stack.extend((item, (*where, str(key))) for key, item in value.items())
        elif isinstance(value, list):
            stack.extend((item, (*where, index)) for index, item in enumerate(value))
        elif is_placeholder(value):
            errors.append(ContentError(path, lines.line(where), field_name(where), _message(value)))
    return errors


def in_body(text: str, first_line: int, path: str) -> list[ContentError]:
    """Every line of a Markdown body (starting on ``first_line`` of its file) that is a placeholder."""
    return [
        ContentError(path, number, "text", _message(line))
        for number, line in enumerate(text.splitlines(), first_line)
        if is_placeholder(line.lstrip("#>*- \t"))
    ]


def translate_marker(original: object, line: int, path: str) -> ContentError:
    return ContentError(
        path,
        line,
        TRANSLATE,
        f"to translate from {original}: translate the texts of this file, then remove this line",
    )


def _message(text: str) -> str:
    shown = " ".join(text.split())
    shown = shown if len(shown) <= 60 else shown[:59] + "…"
    return f"placeholder '{shown}': write the real text"
