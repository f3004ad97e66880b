"""epi-downloads glue: the catalogue loaded once, a downloads page per language, files written once.

Other plugins add entries (the toolkit bundles, the open data) by appending a callable
``() -> list[Download]`` to ``providers`` in their ``on_config``, before this plugin's.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger

from .._shared import i18n
from .._shared.content_state import folder_state
from .._shared.theme_assets import add_theme_assets
from .._shared.errors import ContentErrors
from .._shared.generated_pages import generated_page
from .._shared.locale_format import format_size
from .._shared.urls import language_prefix
from . import render
from .config import DownloadsConfig
from .manifest import load_manifest
from .model import Download

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

log = get_plugin_logger("epi-downloads")

TEMPLATES = Path(__file__).parent / "templates"
STYLESHEET = "assets/stylesheets/epi-downloads.css"


class DownloadsPlugin(BasePlugin[DownloadsConfig]):
    def __init__(self) -> None:
        self.providers: list[Callable[[], list[Download]]] = []
        self.items: list[Download] = []
        self._manifest: list[Download] = []
        self._state: tuple | None = None
        self._config: MkDocsConfig | None = None

    def on_config(self, config: MkDocsConfig) -> None:
        if not self.config.enabled:
            return
        self._config = config
        add_theme_assets(config, TEMPLATES, STYLESHEET)
        manifest = Path(self.config.manifest)
        cities_plugin = config.plugins.get("epi-cities")
        cities = {c.slug for c in cities_plugin.data.cities} if cities_plugin and cities_plugin.data else set()
        state = (tuple(sorted(cities)), folder_state(manifest.parent))
        if state != self._state:
            try:
                self._manifest = load_manifest(manifest, i18n.configured_languages(config), cities=cities,
                                               schema_path=Path(self.config.schema), root=Path(config.config_file_path).parent)
            except ContentErrors as exc:
                raise PluginError(exc.report()) from None
            self._state = state
        self.items = self._manifest + [item for provider in self.providers for item in provider()]
        ids = [item.id for item in self.items]
        if len(ids) != len(set(ids)):
            raise PluginError(f"duplicate download ids: {sorted({i for i in ids if ids.count(i) > 1})}")
        if cities_plugin is not None and self._city_downloads not in cities_plugin.related_providers:
            cities_plugin.related_providers.append(self._city_downloads)

    def _language(self, config: MkDocsConfig, lang: str) -> render.Language:
        cities = config.plugins.get("epi-cities")
        names = {c.slug: c.name_in(lang) for c in cities.data.cities} if cities and cities.data else {}
        languages = i18n.configured_languages(config)
        return render.Language(
            lang=lang,
            languages=languages,
            t=config.plugins["epi-i18n"].strings.for_language(lang),
            endonym=lambda code: i18n.language_name(code, code),
            city_name=lambda slug: names.get(slug, slug),
            size=lambda size: format_size(size, lang),
            prefix=language_prefix(lang, languages),
        )

    def _city_downloads(self, slug: str, lang: str) -> str | None:
        if self._config is None:
            return None
        return render.city_block(self.items, self._language(self._config, lang), slug)

    def on_serve(self, server, /, *, config: MkDocsConfig, builder):
        if self.config.enabled:
            server.watch(str(Path(self.config.manifest).parent))
        return server

    @event_priority(-150)
    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        """Priority -150, after static-i18n: this language's downloads page."""
        if self.config.enabled:
            lang = i18n.current_language(config)
            markdown = render.downloads_page(self.items, self._language(config, lang))
            files.append(generated_page(config, "downloads.md", markdown, lang=lang,
                                        languages=i18n.configured_languages(config), in_nav=True))
        return files

    @event_priority(-110)
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Priority -110, once after all languages: every local file, once."""
        if not (self.config.enabled and i18n.is_final_pass(config)):
            return
        for item in self.items:
            if item.owned:
                for file in item.local_files():
                    target = Path(config.site_dir) / file.site_path
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(file.data)
