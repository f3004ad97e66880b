"""epi-toolkit glue: the toolkit's pages of the language being built and its templates, from the
project (``site.project``); the ZIPs are in the downloads catalogue (``site.catalogue``, built
once per change of the project)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger

from .._shared import site
from .._shared.generated_pages import generated_asset, generated_page
from .._shared.urls import relative_url
from . import pages, published
from .config import ToolkitConfig

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

log = get_plugin_logger("epi-toolkit")


class ToolkitPlugin(BasePlugin[ToolkitConfig]):
    def on_config(self, config: MkDocsConfig) -> None:
        if self.config.enabled:
            site.require(config, "epi-toolkit", "epi-i18n")

    @event_priority(-150)
    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        """Priority -150, after static-i18n: this language's toolkit pages; the templates they
        link (its own under ``<lang>/toolkit/templates/``, the default language's for the rest)."""
        if not self.config.enabled:
            return files
        project = site.project(config)
        toolkit = project.toolkit
        loc = site.language(config)
        lang, languages = loc.lang, list(loc.languages)
        archive = site.catalogue(config).toolkit_zips[lang]
        index = pages.index_page(
            toolkit,
            loc,
            zip_href=relative_url(archive.site_path, f"{loc.prefix}toolkit/"),
            zip_facts=f"{archive.format}, {loc.size(archive.size)}",
            fragments=site.fragments(config),
        )
        files.append(
            generated_page(
                config,
                "toolkit/index.md",
                index,
                lang=lang,
                languages=languages,
                in_nav=True,
                edit_uri=self._edit(config, project.layout.content / "toolkit" / "toolkit.yaml"),
            )
        )
        for chapter in toolkit.chapters:
            written_in = {code: chapter.text(code).lang for code in languages}
            files.append(
                generated_page(
                    config,
                    f"toolkit/{chapter.id}.md",
                    pages.chapter_page(toolkit, chapter, loc, site.fragments(config)),
                    lang=lang,
                    languages=languages,
                    written_in=written_in,
                    edit_uri=self._edit(config, project.root / chapter.text(lang).path),
                )
            )
        for template in published.site_templates(toolkit, lang, languages):
            files.append(generated_asset(config, template.src_uri, template.data, dest_uri=template.path))
        return files

    @staticmethod
    def _edit(config: MkDocsConfig, source: Path) -> str:
        return os.path.relpath(source, config.docs_dir).replace(os.sep, "/")
