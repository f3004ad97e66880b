"""The texts Python-Markdown's extensions write into the pages, in the language being built: the
headings' permalink title (toc's ``permalink_title``) and the footnotes' backlink title
(footnotes' ``BACKLINK_TITLE``), both English by default.

MkDocs makes a Markdown instance per page from ``config.mdx_configs``, so setting them at the
start of each language's build (``on_config``) is enough: no page is rendered in between.
"""

from __future__ import annotations

from collections.abc import Callable, MutableMapping
from typing import Any

TOC = ("toc", "markdown.extensions.toc")
FOOTNOTES = ("footnotes", "markdown.extensions.footnotes")


def localize_extensions(
    extensions: list[Any], configs: MutableMapping[str, dict[str, Any]], t: Callable[..., str]
) -> None:
    """Set the texts of the extensions among ``extensions`` (named as in mkdocs.yml) in
    ``configs`` (``config.mdx_configs``), from the UI strings ``t``."""
    names = {name for name in extensions if isinstance(name, str)}
    for name in names.intersection(TOC):
        configs.setdefault(name, {})["permalink_title"] = t("markdown.permalink")
    for name in names.intersection(FOOTNOTES):
        # the extension fills in the footnote's number with str.format: "{}"
        configs.setdefault(name, {})["BACKLINK_TITLE"] = t("markdown.footnote_backlink", number="{}")
