"""epi-content glue: check the content before static-i18n sorts it (on_files, priority 0)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger

from .._shared import i18n
from .._shared.errors import ContentError, ContentErrors, raise_if_any
from .._shared import front_matter
from . import suffixes
from .config import ContentConfig

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

log = get_plugin_logger("epi-content")


class ContentPlugin(BasePlugin[ContentConfig]):
    def __init__(self) -> None:
        self._checked: frozenset | None = None

    def on_serve(self, server, /, *, config: MkDocsConfig, builder):
        """Live preview: a change to the front matter schema rebuilds (and re-checks) the site."""
        if self.config.enabled:
            server.watch(self.config.front_matter_schema)
        return server

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        """Priority 0, before static-i18n (-100) drops what it does not understand. The
        content is checked once per state of its files, not once per language."""
        if not self.config.enabled:
            return files
        pages = [f for f in files if f.src_uri.endswith(".md") and f.abs_src_path]
        state = frozenset((f.src_uri, Path(f.abs_src_path).stat().st_mtime_ns) for f in pages)
        if state == self._checked:
            return files
        root = Path(config.config_file_path).parent
        docs = Path(config.docs_dir).resolve()
        shown_docs = docs.relative_to(root.resolve()).as_posix() if docs.is_relative_to(root.resolve()) else str(docs)
        errors = suffixes.check([f.src_uri for f in pages], i18n.configured_languages(config), shown_docs)
        for f in pages:
            shown = f"{shown_docs}/{f.src_uri}"
            raw = Path(f.abs_src_path).read_bytes()
            try:
                text = raw.decode("utf-8-sig")
            except UnicodeDecodeError as exc:
                line = raw[: exc.start].count(b"\n") + 1
                errors.append(ContentError(shown, line, "", "not UTF-8 text; save the file as UTF-8"))
                continue
            errors += front_matter.check(text, shown, self.config.front_matter_schema)
        try:
            raise_if_any(errors)
        except ContentErrors as exc:
            raise PluginError(exc.report()) from None
        self._checked = state
        return files
