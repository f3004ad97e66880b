"""epi-toolkit glue: load content/toolkit once, build each language's ZIP once, generate the
toolkit's pages of the language being built, and list the ZIPs in the downloads catalogue."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger

from .._shared import i18n
from .._shared.content_state import folder_state
from .._shared.errors import ContentErrors
from .._shared.generated_pages import generated_asset, generated_page
from .._shared.locale_format import format_size
from .._shared.urls import language_prefix, relative_url
from ..downloads.model import Download, LocalFile
from ..theme.emblem import emblem_svg
from . import bundle, pages
from .config import ToolkitConfig
from .load import load_toolkit
from .model import Toolkit

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

log = get_plugin_logger("epi-toolkit")


class ToolkitPlugin(BasePlugin[ToolkitConfig]):
    def __init__(self) -> None:
        self.toolkit: Toolkit | None = None
        self.zips: dict[str, LocalFile] = {}
        self._state: tuple | None = None

    def on_config(self, config: MkDocsConfig) -> None:
        """Once per change of content/toolkit: load, check, and build every language's ZIP."""
        if not self.config.enabled:
            return
        folder = Path(self.config.content)
        assessment = config.plugins.get("epi-assessment")
        extra = getattr(assessment, "templates", {})  # the blank answers file, per language
        state = (folder_state(folder), tuple(sorted((k, v) for k, v in extra.items())))
        if state != self._state:
            languages = i18n.configured_languages(config)
            try:
                self.toolkit = load_toolkit(folder, languages, schemas=Path(self.config.schemas), root=Path(config.config_file_path).parent)
            except ContentErrors as exc:
                raise PluginError(exc.report()) from None
            strings = config.plugins["epi-i18n"].strings
            self.zips = {
                lang: LocalFile(f"downloads/toolkit-{lang}.zip", bundle.zip_bytes(self.toolkit, bundle.Language(
                    lang, strings.for_language(lang), lambda code, lang=lang: i18n.language_name(code, lang),
                    emblem_svg(strings.get(lang, "funding.emblem_label"))),
                    {"self-assessment-answers.yaml": extra[lang]} if lang in extra else None))
                for lang in languages
            }
            self._state = state
        downloads = config.plugins.get("epi-downloads")
        if downloads is not None and self._downloads not in downloads.providers:
            downloads.providers.append(self._downloads)

    def _downloads(self) -> list[Download]:
        toolkit = self.toolkit
        return [Download("epi-replication-toolkit", "toolkit", toolkit.date.isoformat(), "CC-BY-4.0",
                         toolkit.title, toolkit.summary, dict(self.zips))]

    def on_serve(self, server, /, *, config: MkDocsConfig, builder):
        if self.config.enabled:
            server.watch(self.config.content)
        return server

    @event_priority(-150)
    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        """Priority -150, after static-i18n: this language's toolkit pages; the templates."""
        if not self.config.enabled or self.toolkit is None:
            return files
        languages = i18n.configured_languages(config)
        lang = i18n.current_language(config)
        prefix = language_prefix(lang, languages)
        strings = config.plugins["epi-i18n"].strings
        archive = self.zips[lang]
        loc = pages.Language(lang, strings.for_language(lang), lambda code: i18n.language_name(code, lang), relative_url(archive.site_path, f"{prefix}toolkit/"),
                             f"{archive.format}, {format_size(archive.size, lang)}")
        root = Path(config.config_file_path).parent
        files.append(generated_page(config, "toolkit/index.md", pages.index_page(self.toolkit, loc), lang=lang,
                                    languages=languages, in_nav=True, edit_uri=self._edit(config, root / self.config.content / "toolkit.yaml")))
        for chapter in self.toolkit.chapters:
            written_in = {code: chapter.text(code).lang for code in languages}
            files.append(generated_page(config, f"toolkit/{chapter.id}.md", pages.chapter_page(self.toolkit, chapter, loc),
                                        lang=lang, languages=languages, written_in=written_in,
                                        edit_uri=self._edit(config, root / chapter.text(lang).path)))
        for template in self.toolkit.templates:
            files.append(generated_asset(config, f"toolkit/templates/{template.name}", template.data))
        return files

    @staticmethod
    def _edit(config: MkDocsConfig, source: Path) -> str:
        return os.path.relpath(source, config.docs_dir).replace(os.sep, "/")
