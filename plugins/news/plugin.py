"""epi-news glue: load content/news once, generate the newsroom of the language being built.

A story gets a page only in the languages it is written in; the lists of every language show
every story. The home page's ``<!-- epi:latest-news -->`` marker becomes the latest stories;
city pages get their stories through epi-cities' ``related_providers``.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File

from .._shared import i18n
from .._shared.content_state import folder_state
from .._shared.theme_assets import add_theme_assets
from .._shared.errors import ContentErrors
from .._shared.generated_pages import generated_page
from .._shared.locale_format import format_date
from .._shared.urls import language_prefix
from . import render
from .config import NewsConfig
from .feed import rss
from .load import load_news
from .model import NewsData

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

log = get_plugin_logger("epi-news")

TEMPLATES = Path(__file__).parent / "templates"
STYLESHEET = "assets/stylesheets/epi-news.css"
LATEST_MARKER = "<!-- epi:latest-news -->"
FEED = "news/feed.xml"


class NewsPlugin(BasePlugin[NewsConfig]):
    def __init__(self) -> None:
        self.news: NewsData | None = None
        self.serving = False
        self._state: tuple | None = None
        self._config: MkDocsConfig | None = None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"  # drafts are previewed, never built

    def on_config(self, config: MkDocsConfig) -> None:
        """Load and check content/news once per change of its files (and of the cities and
        topics it refers to); register the city pages' news section."""
        if not self.config.enabled:
            return
        self._config = config
        add_theme_assets(config, TEMPLATES, STYLESHEET)
        strings = getattr(config.plugins.get("epi-i18n"), "strings", None)
        if strings is None:
            raise PluginError("epi-news needs the epi-i18n plugin (its UI strings): add it before epi-news in mkdocs.yml")
        cities_plugin = config.plugins.get("epi-cities")
        cities = {city.slug for city in cities_plugin.data.cities} if cities_plugin and cities_plugin.data else set()
        topics = {key.removeprefix("topic.") for key in strings.tables[i18n.default_language(config)] if key.startswith("topic.")}
        folder = Path(self.config.content)
        state = (self.serving, tuple(sorted(cities)), tuple(sorted(topics)), folder_state(folder))
        if state != self._state:
            try:
                self.news = load_news(folder, i18n.configured_languages(config), cities=cities, topics=topics,
                                      schema=Path(self.config.schema), root=Path(config.config_file_path).parent,
                                      drafts=self.serving)
            except ContentErrors as exc:
                raise PluginError(exc.report()) from None
            self._state = state
        if cities_plugin is not None and self._city_news not in cities_plugin.related_providers:
            cities_plugin.related_providers.append(self._city_news)

    def on_serve(self, server, /, *, config: MkDocsConfig, builder):
        if self.config.enabled:
            server.watch(self.config.content)
        return server

    def _language(self, config: MkDocsConfig, lang: str) -> render.Language:
        strings = config.plugins["epi-i18n"].strings
        cities = config.plugins.get("epi-cities")
        names = {city.slug: city.name_in(lang) for city in cities.data.cities} if cities and cities.data else {}
        return render.Language(
            lang=lang,
            languages=i18n.configured_languages(config),
            t=strings.for_language(lang),
            date=lambda day: format_date(day, lang),
            language_name=lambda code: i18n.language_name(code, lang),
            endonym=lambda code: i18n.language_name(code, code),
            city_name=lambda slug: names.get(slug, slug),
        )

    def _city_news(self, slug: str, lang: str) -> str | None:
        if not self.news or self._config is None:
            return None
        loc = self._language(self._config, lang)
        return render.city_block(self.news, loc, slug, f"{language_prefix(lang, loc.languages)}cities/{slug}/")

    @event_priority(-150)
    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        """Priority -150, after static-i18n: this language's lists, stories and feed."""
        if not self.config.enabled or self.news is None:
            return files
        lang = i18n.current_language(config)
        loc = self._language(config, lang)
        languages = loc.languages
        for src_uri, markdown in render.pages(self.news, loc):
            files.append(generated_page(config, src_uri, markdown, lang=lang, languages=languages, in_nav=src_uri == "news/index.md"))
        root = Path(config.config_file_path).parent
        for story in self.news.stories:
            if lang not in story.translations:
                continue  # listed with a badge, never copied under this language
            edit = os.path.relpath(root / story.translations[lang].path, config.docs_dir).replace(os.sep, "/")
            files.append(generated_page(config, f"news/{story.key}.md", render.story_page(story, loc), lang=lang,
                                        languages=languages, edit_uri=edit, translations=list(story.translations)))
        files.append(self._feed(config, loc))
        return files

    def _feed(self, config: MkDocsConfig, loc: render.Language) -> File:
        site = (config.site_url or "/").rstrip("/") + "/"
        prefix = language_prefix(loc.lang, loc.languages)
        text = rss(
            self.news.stories,
            lang=loc.lang,
            title=loc.t("news.feed_title", site=config.site_name),
            description=loc.t("news.description"),
            site_link=f"{site}{prefix}news/",
            feed_link=f"{site}{prefix}{FEED}",
            story_link=lambda story: f"{site}{prefix}news/{story.key}/",
            topic_label=lambda topic: loc.t(f"topic.{topic}"),
        )
        feed = File.generated(config, FEED, content=text)
        if prefix:
            feed.dest_uri = prefix + FEED
        return feed

    def on_env(self, env, /, *, config: MkDocsConfig, files):
        """``epi_feed`` for the <head> of every page: this language's feed."""
        if self.config.enabled:
            lang = i18n.current_language(config)
            prefix = language_prefix(lang, i18n.configured_languages(config))
            strings = config.plugins["epi-i18n"].strings
            env.globals["epi_feed"] = {"path": prefix + FEED, "title": strings.get(lang, "news.feed_link")}
        return env

    def on_page_markdown(self, markdown: str, /, *, page, config: MkDocsConfig, files) -> str:
        """The home page's marker → its language's latest stories."""
        if not self.config.enabled or self.news is None or LATEST_MARKER not in markdown:
            return markdown
        loc = self._language(config, i18n.current_language(config))
        return markdown.replace(LATEST_MARKER, render.latest_block(self.news, loc, page.url))

    @event_priority(-110)
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Priority -110, once after all languages: the stories' images and videos, language-neutral."""
        if not (self.config.enabled and self.news and i18n.is_final_pass(config)):
            return
        root = Path(config.config_file_path).parent
        for story in self.news.stories:
            names = {name for text in story.translations.values()
                     for name in ([text.image.src] if text.image else []) + (text.video.files() if text.video else [])}
            for name in sorted(names):
                target = Path(config.site_dir) / "news" / story.key / name
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(root / story.folder / name, target)
