"""The one way content files are read: bytes → UTF-8 text → YAML with line numbers (keys
written twice rejected) → JSON Schema. Every problem is collected, none raised, so that one pass
reports them all, each naming file, line and field."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from . import front_matter, placeholders, schema
from .errors import ContentError, raise_if_any, shown_path
from .yamlio import LineMap, YamlSyntaxError, load


class Reader:
    """Reads files of the project at ``root`` and checks them against the JSON Schemas in
    ``schemas``; ``errors`` holds every problem found so far."""

    def __init__(self, root: Path, schemas: Path):
        self.root, self.schemas = root, schemas
        self.errors: list[ContentError] = []

    def shown(self, path: Path) -> str:
        """The path as messages show it: relative to the project."""
        return shown_path(path, self.root)

    def error(self, path: Path | str, line: int | None, field: str, message: str) -> None:
        self.errors.append(
            ContentError(path if isinstance(path, str) else self.shown(path), line, field, message)
        )

    def text(self, path: Path) -> str | None:
        """The file's text; a missing file or bytes that are not UTF-8 are an error naming the line."""
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            self.error(path, None, "", "file missing")
            return None
        except OSError as exc:
            self.error(path, None, "", f"cannot be read ({exc.strerror})")
            return None
        try:
            return raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            self.error(path, line, "", "not UTF-8 text; save the file as UTF-8")
            return None

    def yaml(self, path: Path, schema_name: str | None = None) -> tuple[Any, LineMap] | None:
        """The file's data and line map, checked against ``schema_name`` if given; None if anything
        is wrong."""
        text = self.text(path)
        if text is None:
            return None
        try:
            data, lines = load(text, self.shown(path))
        except YamlSyntaxError as exc:
            self.errors += exc.errors
            return None
        self.errors += placeholders.in_data(data, lines, self.shown(path))
        if schema_name is not None:
            found = schema.check(data, str(self.schemas / schema_name), self.shown(path), lines)
            self.errors += found
            if found:
                return None
        return data, lines

    def page(self, path: Path, schema_name: str, *, required: bool = True) -> front_matter.Page | None:
        """A Markdown file's front matter (checked against ``schema_name``) and body; None if wrong."""
        text = self.text(path)
        if text is None:
            return None
        page = front_matter.read(text, self.shown(path), str(self.schemas / schema_name), required=required)
        self.errors += page.errors
        return None if page.errors else page

    def raise_if_any(self) -> None:
        raise_if_any(self.errors)
