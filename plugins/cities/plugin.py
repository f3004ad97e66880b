"""epi-cities glue: load content/cities once, generate the pages of the language being built,
write the open data once.

Other plugins add sections to the city pages (related news, downloads) by appending a
callable ``(slug, lang) -> Markdown | None`` to ``related_providers`` of this plugin.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from babel import Locale
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger

from .._shared import i18n
from .._shared.content_state import folder_state
from .._shared.theme_assets import add_theme_assets
from .._shared.urls import language_prefix
from .._shared.errors import ContentErrors
from .._shared.generated_pages import generated_page
from .._shared.locale_format import format_number
from ..downloads.model import Download, LocalFile
from . import opendata, render
from .config import CitiesConfig
from .load import load_cities
from .model import CityData

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

log = get_plugin_logger("epi-cities")

TEMPLATES = Path(__file__).parent / "templates"
STYLESHEETS = ("assets/stylesheets/epi-cities.css", "assets/stylesheets/epi-map.css")
REPO_SCHEMA = "cities-data.schema.json"


class CitiesPlugin(BasePlugin[CitiesConfig]):
    def __init__(self) -> None:
        self.data: CityData | None = None
        self._state: tuple | None = None
        self.related_providers: list[Callable[[str, str], str | None]] = []
        self._config: MkDocsConfig | None = None
        self.open_data: dict[str, bytes] = {}

    def on_config(self, config: MkDocsConfig) -> None:
        """Parse and check content/cities once per change of its files (not once per language);
        an error stops the build before anything is written."""
        if not self.config.enabled:
            return
        add_theme_assets(config, TEMPLATES, *STYLESHEETS)
        self._config = config
        downloads = config.plugins.get("epi-downloads")
        if downloads is not None and self._open_data not in downloads.providers:
            downloads.providers.append(self._open_data)
        folder = Path(self.config.content)
        state = folder_state(folder)
        if state == self._state:
            return
        try:
            self.data = load_cities(folder, i18n.configured_languages(config),
                                    schemas=Path(self.config.schemas), root=Path(config.config_file_path).parent)
        except ContentErrors as exc:
            raise PluginError(exc.report()) from None
        self.open_data = self._open_data_files()
        self._state = state

    def _open_data_files(self) -> dict[str, bytes]:
        schema = (Path(self.config.schemas) / REPO_SCHEMA).read_bytes()
        return {
            "data/cities.json": opendata.cities_json(self.data).encode(),
            "data/cities.csv": opendata.cities_csv(self.data).encode(),
            "data/cities.schema.json": schema,
        }

    def _open_data(self) -> list[Download]:
        """The open data as entries of the downloads catalogue (this plugin writes the files)."""
        strings = self._config.plugins["epi-i18n"].strings
        languages = i18n.configured_languages(self._config)
        year = max((c.assessment.year for c in self.data.cities if c.assessment.year), default=None)
        entries = []
        for path, data in self.open_data.items():
            key = ("opendata.schema_title" if path.endswith(".schema.json")
                   else "opendata.csv_title" if path.endswith(".csv") else "opendata.json_title")
            title = {lang: strings.get(lang, key) for lang in languages}
            description = {lang: strings.get(lang, "opendata.description") for lang in languages}
            entries.append(Download(f"epi-{path.replace('/', '-').replace('.', '-')}", "data", str(year or ""), "CC-BY-4.0",
                                    title, description, {"*": LocalFile(path, data)}, owned=False))
        return entries

    def on_serve(self, server, /, *, config: MkDocsConfig, builder):
        if self.config.enabled:
            server.watch(self.config.content)
        return server

    @event_priority(-150)
    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        """Priority -150, after static-i18n: the pages of the language being built only."""
        if not self.config.enabled or self.data is None:
            return files
        languages = i18n.configured_languages(config)
        lang = i18n.current_language(config)
        prefix = language_prefix(lang, languages)
        loc = self._language(config, lang)
        data = self.data

        def add(src_uri: str, markdown: str, *, in_nav: bool = False, source: str | None = None) -> None:
            edit = os.path.relpath(source, config.docs_dir).replace(os.sep, "/") if source else None
            files.append(generated_page(config, src_uri, markdown, lang=lang, languages=languages, in_nav=in_nav, edit_uri=edit))

        add("cities/index.md", render.index_page(data, loc, root="../" * (1 + bool(prefix))), in_nav=True)
        add("cities/compare.md", render.compare_page(data, loc), in_nav=True,
            source=str(Path(self.config.content) / "method.yaml"))
        root = "../" * (2 + bool(prefix))
        for city in data.cities:
            related = [block for provider in self.related_providers if (block := provider(city.slug, lang))]
            narrative = Path(config.config_file_path).parent / city.narrative(lang).path
            add(f"cities/{city.slug}.md", render.city_page(city, data, loc, root=root, related=related), source=str(narrative))
        return files

    def _language(self, config: MkDocsConfig, lang: str) -> render.Language:
        strings = getattr(config.plugins.get("epi-i18n"), "strings", None)
        if strings is None:
            raise PluginError("epi-cities needs the epi-i18n plugin (its UI strings): add it to mkdocs.yml")
        territories = Locale.parse(lang).territories
        return render.Language(
            lang=lang,
            t=strings.for_language(lang),
            country=lambda code: territories.get(code, code),
            number=lambda value: format_number(value, lang),
            language_name=lambda code: i18n.language_name(code, lang),
        )

    @event_priority(-110)
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Priority -110, once after all languages: the open data, language-neutral."""
        if not (self.config.enabled and self.data and i18n.is_final_pass(config)):
            return
        for path, data in self.open_data.items():
            target = Path(config.site_dir) / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
