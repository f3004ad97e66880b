"""Content errors that name file, line and field, collected and reported all at once."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


@dataclass(frozen=True)
class ContentError:
    """One problem in one content file: ``path:line: field: message``."""

    path: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class ContentErrors(Exception):
    """Every problem found in one pass; the plugins turn it into a PluginError."""

    def __init__(self, errors: list[ContentError], *, first: Sequence[str] = ()):
        self.errors = sort(errors, first)
        super().__init__(self.report())

    def report(self) -> str:
        count = len(self.errors)
        head = f"{count} content error{'s' if count != 1 else ''}:"
        return "\n".join([head, *(f"  {error}" for error in self.errors)])


def sort(errors: list[ContentError], first: Sequence[str] = ()) -> list[ContentError]:
    """By file, then line (a problem of the whole file first), without repeats: a schema may
    report one problem once per missing field. The files of ``first`` (those others depend on:
    UI string tables, method.yaml) come first, in that order: their problems are often the cause
    of others, so the editor reads the cause first."""
    rank = {path: index for index, path in enumerate(first)}
    return sorted(
        set(errors), key=lambda e: (rank.get(e.path, len(rank)), e.path, e.line or 0, e.field, e.message)
    )


def shown_path(path: Path, root: Path | None) -> str:
    """A path as messages show it: relative to the project when it lies inside it."""
    if root is not None:
        try:
            return path.resolve().relative_to(_resolved(root)).as_posix()
        except ValueError:
            pass
    return path.as_posix()


@lru_cache(maxsize=16)
def _resolved(root: Path) -> Path:
    """The project's root, resolved once: every content file's path is shown relative to it."""
    return root.resolve()


def raise_if_any(errors: list[ContentError]) -> None:
    if errors:
        raise ContentErrors(errors)
