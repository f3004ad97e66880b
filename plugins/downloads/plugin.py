"""epi-downloads glue: a downloads page per language from the catalogue (``site.catalogue``:
content/downloads/ plus the toolkit ZIPs, the blank answers files and the open data, all derived
from the project); the files written once."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger

from .._shared import i18n, site
from .._shared.generated_pages import generated_page
from .._shared.theme_assets import add_theme_assets
from . import render
from .config import DownloadsConfig

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

log = get_plugin_logger("epi-downloads")

TEMPLATES = Path(__file__).parent / "templates"
STYLESHEET = "assets/stylesheets/epi-downloads.css"


class DownloadsPlugin(BasePlugin[DownloadsConfig]):
    def on_config(self, config: MkDocsConfig) -> None:
        if self.config.enabled:
            site.require(config, "epi-downloads", "epi-i18n")
            add_theme_assets(config, TEMPLATES, STYLESHEET)

    @event_priority(-150)
    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        """Priority -150, after static-i18n: this language's downloads page."""
        if self.config.enabled:
            loc = site.language(config)
            markdown = render.downloads_page(site.catalogue(config).items, loc, site.fragments(config))
            files.append(
                generated_page(
                    config,
                    "downloads.md",
                    markdown,
                    lang=loc.lang,
                    languages=list(loc.languages),
                    in_nav=True,
                )
            )
        return files

    @event_priority(-110)
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Priority -110, once after all languages: every local file, once."""
        if not (self.config.enabled and i18n.is_final_pass(config)):
            return
        for item in site.catalogue(config).items:
            if item.owned:
                for file in item.local_files():
                    target = Path(config.site_dir) / file.site_path
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(file.data)
