"""HTML fragments of the generated pages, from small Jinja templates a site can override.

Each plugin keeps its fragments in ``<plugin>/templates/fragments/epi/<plugin>/<name>.html``. A
site overrides one by putting a file at the same path in its ``theme.custom_dir``, as it overrides
Material's partials (``fragments/epi/news/card.html``).

Escaping is automatic: pass text as it is. Only HTML our own code made (an SVG chart, JSON made
safe for a <script>) goes in as ``Markup``; text from the content never does.

A fragment goes into Markdown as a raw HTML block, which a blank line would end; so the lines of
a template are joined without their line breaks and indentation. Keep on one line the words that
need a space between them.

Whole documents (the HTML pages inside the toolkit ZIPs, the report of ``epi assess``) come from
``<plugin>/templates/documents/epi/<plugin>/<name>.html`` through ``Documents``: the same loader
and autoescape, but the template's lines kept as they are written.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined
from jinja2.ext import Extension
from markupsafe import Markup

PACKAGE = Path(__file__).resolve().parent.parent
PLUGINS_WITH_FRAGMENTS = ("assessment", "cities", "downloads", "news", "theme", "toolkit")
PACKAGE_FOLDERS = tuple(PACKAGE / name / "templates" for name in PLUGINS_WITH_FRAGMENTS)


class JoinedLines(Extension):
    """Template source lines joined, without their line breaks and indentation: one-line HTML."""

    def preprocess(self, source: str, name: str | None, filename: str | None = None) -> str:
        return "".join(line.strip() for line in source.splitlines())


def _loader(overrides: Sequence[str | Path]) -> ChoiceLoader:
    """The override folders first, then the package's."""
    return ChoiceLoader([FileSystemLoader(str(folder)) for folder in [*overrides, *PACKAGE_FOLDERS]])


class Fragments:
    """The fragment templates: those of the override folders first, then the package's."""

    def __init__(self, overrides: Sequence[str | Path] = ()) -> None:
        self.env = Environment(
            loader=_loader(overrides), autoescape=True, undefined=StrictUndefined, extensions=[JoinedLines]
        )

    def render(self, name: str, **context: Any) -> str:
        """``name`` is ``<plugin>/<fragment>``, e.g. ``news/card``."""
        return self.env.get_template(f"fragments/epi/{name}.html").render(**context)


def _escaped_as_before(value: Any) -> Any:
    """Text escaped as ``html.escape`` does (``&quot;``, ``&#x27;``), not as MarkupSafe
    (``&#34;``, ``&#39;``): the documents stay byte for byte what the f-strings made, and the
    toolkit ZIPs their SHA-256. ``Markup`` passes as it is. Applies to each ``{{ value }}``;
    join Markup and text in Python, not with ``~`` (which escapes as MarkupSafe)."""
    if isinstance(value, str) and not hasattr(value, "__html__"):
        return Markup(html.escape(value))
    return value


class Documents:
    """Templates of whole HTML documents, written as they come out: blocks' own lines dropped
    (``trim_blocks``, ``lstrip_blocks``), a final line break kept."""

    def __init__(self, overrides: Sequence[str | Path] = ()) -> None:
        self.env = Environment(
            loader=_loader(overrides),
            autoescape=True,
            undefined=StrictUndefined,
            finalize=_escaped_as_before,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )

    def render(self, name: str, **context: Any) -> str:
        """``name`` is ``<plugin>/<document>``, e.g. ``assessment/report``."""
        return self.env.get_template(f"documents/epi/{name}.html").render(**context)


PACKAGE_FRAGMENTS = Fragments()
PACKAGE_DOCUMENTS = Documents()


@cache
def for_theme(custom_dir: str | None) -> Fragments:
    """The fragments of a site whose theme has ``custom_dir`` (or none)."""
    return Fragments([custom_dir]) if custom_dir else PACKAGE_FRAGMENTS


@cache
def documents_for_theme(custom_dir: str | None) -> Documents:
    """The document templates of a site whose theme has ``custom_dir`` (or none)."""
    return Documents([custom_dir]) if custom_dir else PACKAGE_DOCUMENTS
