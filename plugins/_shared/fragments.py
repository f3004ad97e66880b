"""HTML fragments of the generated pages, from small Jinja templates a site can override.

Each plugin keeps its fragments in ``<plugin>/templates/fragments/epi/<plugin>/<name>.html``. A
site overrides one by putting a file at the same path in its ``theme.custom_dir``, as it overrides
Material's partials (``fragments/epi/news/card.html``).

Escaping is automatic: pass text as it is. Only HTML our own code made (an SVG chart, JSON made
safe for a <script>) goes in as ``Markup``; text from the content never does.

A fragment goes into Markdown as a raw HTML block, which a blank line would end; so the lines of
a template are joined without their line breaks and indentation. Keep on one line the words that
need a space between them.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined
from jinja2.ext import Extension

PACKAGE = Path(__file__).resolve().parent.parent
PLUGINS_WITH_FRAGMENTS = ("assessment", "cities", "downloads", "news", "theme", "toolkit")
PACKAGE_FOLDERS = tuple(PACKAGE / name / "templates" for name in PLUGINS_WITH_FRAGMENTS)


class JoinedLines(Extension):
    """Template source lines joined, without their line breaks and indentation: one-line HTML."""

    def preprocess(self, source: str, name: str | None, filename: str | None = None) -> str:
        return "".join(line.strip() for line in source.splitlines())


class Fragments:
    """The fragment templates: those of the override folders first, then the package's."""

    def __init__(self, overrides: Sequence[str | Path] = ()) -> None:
        folders = [*overrides, *PACKAGE_FOLDERS]
        self.env = Environment(
            loader=ChoiceLoader([FileSystemLoader(str(folder)) for folder in folders]),
            autoescape=True,
            undefined=StrictUndefined,
            extensions=[JoinedLines],
        )

    def render(self, name: str, **context: Any) -> str:
        """``name`` is ``<plugin>/<fragment>``, e.g. ``news/card``."""
        return self.env.get_template(f"fragments/epi/{name}.html").render(**context)


PACKAGE_FRAGMENTS = Fragments()


@cache
def for_theme(custom_dir: str | None) -> Fragments:
    """The fragments of a site whose theme has ``custom_dir`` (or none)."""
    return Fragments([custom_dir]) if custom_dir else PACKAGE_FRAGMENTS
