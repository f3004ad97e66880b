"""epi-search glue: the search box in Material's header, the article marked for Pagefind, and
each language's Pagefind bundle (``<language's folder>/pagefind/``) written by that language's
build, so the languages built in parallel index themselves in parallel too."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger

from .._shared import i18n, site
from .._shared.theme_assets import add_theme_assets
from .config import SearchConfig
from .index import build_index, mark_page

if TYPE_CHECKING:
    from jinja2 import Environment
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

log = get_plugin_logger("epi-search")

TEMPLATES = Path(__file__).parent / "templates"
SCRIPT = "assets/javascripts/epi-search.js"


class SearchPlugin(BasePlugin[SearchConfig]):
    def on_config(self, config: MkDocsConfig) -> None:
        """Our templates, stylesheet and the search script (a few KB; Pagefind itself loads only
        when the search box is used). Idempotent: this runs once per language build."""
        if not self.config.enabled:
            return
        add_theme_assets(config, TEMPLATES, "assets/stylesheets/epi-search.css")
        if SCRIPT not in [str(script) for script in config.extra_javascript]:
            config.extra_javascript.append(SCRIPT)

    def on_env(self, env: Environment, /, *, config: MkDocsConfig, files: Files) -> Environment:
        """``epi_search``: the header shows our search box where Material's would be."""
        env.globals["epi_search"] = self.config.enabled
        return env

    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str:
        """The article is the page's searchable text, unless the page is a fallback copy or its
        front matter says ``search: {exclude: true}`` (the editors' translation status)."""
        search = page.meta.get("search")
        if not self.config.enabled or (isinstance(search, dict) and search.get("exclude")):
            return output
        return mark_page(output)

    @event_priority(-60)
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Priority -60, after each language's pages are written and before static-i18n (-100)
        starts the next language: index this language's folder (the default language's is the
        site's root, before the other languages' folders are in it)."""
        if not self.config.enabled:
            return
        folder = Path(config.site_dir) / site.language(config).prefix
        try:
            pages = build_index(folder, cache=Path(config.config_file_path).parent / ".cache")
        except Exception as exc:  # the service reports its own errors as exceptions of any kind
            raise PluginError(f"epi-search: Pagefind could not index {folder}: {exc}") from exc
        log.info("Pagefind indexed %d pages of '%s'", pages, i18n.current_language(config))
