"""epi-i18n glue: wires the pure modules of this package into MkDocs events.

static-i18n builds the site once per language, on this same instance: per-build work is only
what differs by language; the outputs of all languages are written once, in the last
``on_post_build``.
"""

from __future__ import annotations

import copy
import os
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority, get_plugin_logger

from .. import translations
from .._shared import i18n, site
from .._shared.generated_pages import generated_page
from .._shared.language import Language
from .._shared.reader import Reader
from .config import I18nHonestyConfig
from .markdown_texts import localize_extensions
from .outputs import SiteOutputs
from .page_language import page_language

if TYPE_CHECKING:
    from jinja2 import Environment
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page
    from mkdocs.utils.templates import TemplateContext

log = get_plugin_logger("epi-i18n")
STATUS_PAGE = "translations.md"  # /translations/, under `mkdocs serve` only


class I18nHonestyPlugin(BasePlugin[I18nHonestyConfig]):
    def __init__(self) -> None:
        self.outputs = SiteOutputs()
        self._status_page: tuple[object, str] | None = None  # (the project it was made from, the page)
        self.serving = False

    def on_startup(self, *, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
        self.serving = command == "serve"  # the editors' translation page is previewed, never built

    def on_config(self, config: MkDocsConfig) -> None:
        """A quick preview of one language (EPI_PREVIEW); reset the outputs at the start of each
        full build (the default language's); the Markdown extensions' texts in the language
        about to be built."""
        if not self.config.enabled:
            return
        preview = os.environ.get("EPI_PREVIEW")
        if preview and i18n.is_final_pass(config):  # before static-i18n decides what to build
            try:
                i18n.limit_build(config, preview)
            except ValueError as exc:
                raise PluginError(str(exc)) from None
        site.require(config, "epi-i18n")
        if i18n.is_final_pass(config):
            self.outputs = SiteOutputs()
        localize_extensions(config.markdown_extensions, config.mdx_configs, site.language(config).t)

    def on_env(self, env: Environment, /, *, config: MkDocsConfig, files: Files) -> Environment:
        """Template helpers bound to the language being built: ``epi_t``, ``epi_date``, …"""
        if not self.config.enabled:
            return env
        # static-i18n resets the language switcher's links to the languages' home pages with
        # config.extra["alternate"] at each language's start, but sets them per page with
        # config.extra.alternate, a separate attribute that templates read first: the 404 page
        # (built before the pages) would link to the previous language's last page.
        if "alternate" in config.extra:
            config.extra.alternate = copy.deepcopy(config.extra["alternate"])  # type: ignore[attr-defined]
        loc = site.language(config)
        env.globals["epi_t"] = loc.t
        env.globals["epi_home"] = loc.prefix
        env.globals["epi_language_name"] = loc.language_name
        env.filters["epi_date"] = loc.date
        env.filters["epi_number"] = loc.number
        return env

    @event_priority(-150)
    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        """Priority -150, after static-i18n: under `mkdocs serve` only, the translation status page
        for editors (default language only, outside the navigation, search and sitemaps), made
        again when the content changed. A build never has it: it lists repository paths and the to-do list."""
        if (
            not self.config.enabled
            or not self.serving
            or i18n.current_language(config) != i18n.default_language(config)
        ):
            return files
        project = site.project(config)
        if self._status_page is None or self._status_page[0] is not project:
            layout = project.layout
            # a file it cannot read is left out: the preview lists that problem at the top already
            reader = Reader(layout.root, layout.schemas)
            report = translations.status(layout, i18n.configured_languages(config), reader)
            page = translations.markdown_report(report, Language.endonym)
            self._status_page = (project, page)
        languages = i18n.configured_languages(config)
        files.append(
            generated_page(
                config,
                STATUS_PAGE,
                self._status_page[1],
                lang=languages[0],
                languages=languages,
                translations=[languages[0]],
            )
        )
        return files

    def on_page_context(
        self, context: TemplateContext, /, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        """Give the templates the page's language facts (``epi_lang``) and remember them."""
        if not self.config.enabled:
            return context
        lang = i18n.current_language(config)
        file = page.file
        alternates = getattr(file, "alternates", None) or {lang: file}
        translations = {
            code: alt.url for code, alt in alternates.items() if getattr(alt, "locale", code) == code
        }
        facts = page_language(
            lang=lang,
            content_lang=getattr(file, "locale", lang),
            url=page.url,
            translations=translations,
            site_url=config.site_url or "/",
            languages=i18n.configured_languages(config),
        )
        # MkDocs types the context with its own keys only, but plugins add theirs (on_page_context)
        context["epi_lang"] = facts  # type: ignore[typeddict-unknown-key]
        if page.file.src_uri != STATUS_PAGE:  # the editors' page is in no sitemap
            self.outputs.add_page(page.url, facts)
        return context

    def take_language_state(self) -> SiteOutputs:
        """The outputs gathered since the last call (a language built in a worker process)."""
        outputs, self.outputs = self.outputs, SiteOutputs()
        return outputs

    def add_language_state(self, state: SiteOutputs) -> None:
        self.outputs.add(state)

    @event_priority(-50)
    def _keep_language_outputs(self, *, config: MkDocsConfig) -> None:
        """Priority -50: before static-i18n (-100) starts the next language; keep this
        language's 404 page."""
        if not self.config.enabled:
            return
        lang = i18n.current_language(config)
        not_found = Path(config.site_dir) / "404.html"
        if not_found.is_file():
            self.outputs.not_found[lang] = not_found.read_text(encoding="utf-8")

    @event_priority(-110)
    def _write_outputs(self, *, config: MkDocsConfig) -> None:
        """Priority -110, once after all languages: write every language's outputs."""
        if self.config.enabled and i18n.is_final_pass(config):
            built = [lang for lang in i18n.configured_languages(config) if lang in self.outputs.not_found]
            self.outputs.write(Path(config.site_dir), built)
            log.debug("wrote per-language 404 pages and sitemaps")

    on_post_build = CombinedEvent(_keep_language_outputs, _write_outputs)
