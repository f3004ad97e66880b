"""epi-cities glue: the pages of the language being built (index with the map, one per city,
the comparison), from the project's cities (``site.project``); the open data written once. City
pages list the city's stories and downloads when the site has epi-news and epi-downloads."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger

from .._shared import i18n, site
from .._shared.generated_pages import generated_page
from .._shared.theme_assets import add_theme_assets
from ..downloads import render as downloads_render
from ..news import render as news_render
from . import references, render
from .config import CitiesConfig

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

log = get_plugin_logger("epi-cities")

TEMPLATES = Path(__file__).parent / "templates"
CITIES_MARKER = "<!-- epi:cities -->"
STYLESHEETS = ("assets/stylesheets/epi-cities.css", "assets/stylesheets/epi-map.css")


class CitiesPlugin(BasePlugin[CitiesConfig]):
    def on_config(self, config: MkDocsConfig) -> None:
        if self.config.enabled:
            site.require(config, "epi-cities", "epi-i18n")
            add_theme_assets(config, TEMPLATES, *STYLESHEETS)
            # city pages cite their sources as footnotes (one list, numbered by Python-Markdown)
            if "footnotes" not in config.markdown_extensions:
                config.markdown_extensions.append("footnotes")

    @event_priority(-150)
    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        """Priority -150, after static-i18n: the pages of the language being built only."""
        if not self.config.enabled:
            return files
        project = site.project(config)
        loc = site.language(config)
        languages = list(loc.languages)
        data = project.cities
        root_dir = project.root
        fragments = site.fragments(config)

        def add(src_uri: str, markdown: str, *, in_nav: bool = False, source: Path | None = None) -> None:
            edit = os.path.relpath(source, config.docs_dir).replace(os.sep, "/") if source else None
            files.append(
                generated_page(
                    config,
                    src_uri,
                    markdown,
                    lang=loc.lang,
                    languages=languages,
                    in_nav=in_nav,
                    edit_uri=edit,
                )
            )

        add(
            "cities/index.md",
            render.index_page(data, loc, root="../" * (1 + bool(loc.prefix)), fragments=fragments),
            in_nav=True,
        )
        add(
            "cities/compare.md",
            render.compare_page(data, loc, fragments, root="../" * (2 + bool(loc.prefix))),
            in_nav=True,
            source=project.layout.content / "cities" / "method.yaml",
        )
        root = "../" * (2 + bool(loc.prefix))
        for city in data.cities:
            add(
                f"cities/{city.slug}.md",
                render.city_page(
                    city, data, loc, root=root, related=self._related(config, city.slug), fragments=fragments
                ),
                source=root_dir / city.narrative(loc.lang).path,
            )
        return files

    @staticmethod
    def _related(config: MkDocsConfig, slug: str) -> list[str]:
        """The city's stories and downloads, where the site has them."""
        loc = site.language(config)
        blocks = []
        if "epi-news" in config.plugins:
            blocks.append(
                news_render.city_block(
                    site.project(config).news,
                    loc,
                    slug,
                    f"{loc.prefix}cities/{slug}/",
                    site.fragments(config),
                )
            )
        if "epi-downloads" in config.plugins:
            blocks.append(
                downloads_render.city_block(site.catalogue(config).items, loc, slug, site.fragments(config))
            )
        return [block for block in blocks if block]

    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """A home page's ``<!-- epi:cities -->`` → the map with the scores and the city cards."""
        if not self.config.enabled or CITIES_MARKER not in markdown:
            return markdown
        block = render.home_block(site.project(config).cities, site.language(config), site.fragments(config))
        return markdown.replace(CITIES_MARKER, block)

    def on_page_content(self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """A city page's footnote references named by their sources (for screen readers)."""
        if not self.config.enabled or not self._is_city_page(page, config):
            return html
        return references.name_references(html, site.language(config).t("common.source_label"))

    @staticmethod
    def _is_city_page(page: Page, config: MkDocsConfig) -> bool:
        slugs = {city.slug for city in site.project(config).cities.cities}
        uri = page.file.src_uri
        return uri.startswith("cities/") and uri.removeprefix("cities/").removesuffix(".md") in slugs

    @event_priority(-110)
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Priority -110, once after all languages: the open data, language-neutral."""
        if not (self.config.enabled and i18n.is_final_pass(config)):
            return
        for path, data in site.catalogue(config).open_data.items():
            target = Path(config.site_dir) / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
