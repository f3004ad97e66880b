"""epi-news glue: the newsroom of the language being built, from the project's stories
(``site.project``).

A story gets a page only in the languages it is written in; the lists of every language show
every story. The home page's ``<!-- epi:latest-news -->`` marker becomes the latest stories;
epi-cities lists a city's stories on its page (``render.city_block``).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File

from .._shared import i18n, site
from .._shared.generated_pages import generated_page
from .._shared.language import Language
from .._shared.theme_assets import add_theme_assets
from . import render
from .config import NewsConfig
from .feed import rss
from .model import NewsData

if TYPE_CHECKING:
    from jinja2 import Environment
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

log = get_plugin_logger("epi-news")

TEMPLATES = Path(__file__).parent / "templates"
STYLESHEET = "assets/stylesheets/epi-news.css"
LATEST_MARKER = "<!-- epi:latest-news -->"
FEED = "news/feed.xml"


class NewsPlugin(BasePlugin[NewsConfig]):
    def on_config(self, config: MkDocsConfig) -> None:
        if self.config.enabled:
            site.require(config, "epi-news", "epi-i18n")
            add_theme_assets(config, TEMPLATES, STYLESHEET)

    @event_priority(-150)
    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        """Priority -150, after static-i18n: this language's lists, stories and feed."""
        if not self.config.enabled:
            return files
        news = site.project(config).news
        loc = site.language(config)
        lang = loc.lang
        languages = list(loc.languages)
        for src_uri, markdown in render.pages(news, loc, site.fragments(config)):
            files.append(
                generated_page(
                    config,
                    src_uri,
                    markdown,
                    lang=lang,
                    languages=languages,
                    in_nav=src_uri == "news/index.md",
                )
            )
        root = site.project(config).root
        for story in news.stories:
            if lang not in story.translations:
                continue  # listed with a badge, never copied under this language
            edit = os.path.relpath(root / story.translations[lang].path, config.docs_dir).replace(os.sep, "/")
            files.append(
                generated_page(
                    config,
                    f"news/{story.key}.md",
                    render.story_page(story, loc, site.fragments(config)),
                    lang=lang,
                    languages=languages,
                    edit_uri=edit,
                    translations=list(story.translations),
                )
            )
        files.append(self._feed(config, news, loc))
        return files

    @staticmethod
    def _feed(config: MkDocsConfig, news: NewsData, loc: Language) -> File:
        site = (config.site_url or "/").rstrip("/") + "/"
        prefix = loc.prefix
        text = rss(
            news.stories,
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

    def on_env(self, env: Environment, /, *, config: MkDocsConfig, files: Files) -> Environment:
        """``epi_feed`` for the <head> of every page: this language's feed."""
        if self.config.enabled:
            loc = site.language(config)
            env.globals["epi_feed"] = {"path": loc.prefix + FEED, "title": loc.t("news.feed_link")}
        return env

    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """The home page's marker → its language's latest stories."""
        if not self.config.enabled or LATEST_MARKER not in markdown:
            return markdown
        return markdown.replace(
            LATEST_MARKER,
            render.latest_block(
                site.project(config).news,
                site.language(config),
                page.url,
                fragments=site.fragments(config),
            ),
        )

    @event_priority(-110)
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Priority -110, once after all languages: the stories' images and videos, language-neutral."""
        if not (self.config.enabled and i18n.is_final_pass(config)):
            return
        project = site.project(config)
        for story in project.news.stories:
            names = {
                name
                for text in story.translations.values()
                for name in ([text.image.src] if text.image else [])
                + (text.video.files() if text.video else [])
            }
            for name in sorted(names):
                target = Path(config.site_dir) / "news" / story.key / name
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(project.root / story.folder / name, target)
