"""epi-reach glue: per page, the head metadata, JSON-LD and share links (``epi_reach`` for the
templates); robots.txt once."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, cast

from mkdocs.plugins import BasePlugin, event_priority

from .._shared import i18n, site
from . import cards, metadata, share, structured
from .config import ReachConfig

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page
    from mkdocs.utils.templates import TemplateContext

    from ..i18n.page_language import PageLanguage

STORY = re.compile(r"^news/(\d{4}-\d{2}(?:-\d{2})?-[a-z0-9-]+)\.md$")  # <yyyy-mm[-dd]>-<slug>
CITY = re.compile(r"^cities/([a-z0-9-]+)\.md$")
EVENT_TOPICS = {"events", "conference", "project-meetings"}


class ReachPlugin(BasePlugin[ReachConfig]):
    def __init__(self) -> None:
        # site path → the PNG in the card cache, copied once after all languages (holding the
        # bytes of every card in memory until then cost ~30 kB a page)
        self.cards: dict[str, Path] = {}

    def on_config(self, config: MkDocsConfig) -> None:
        site.require(config, "epi-reach", "epi-i18n")
        if i18n.is_final_pass(config):  # a new full build
            self.cards = {}

    def take_language_state(self) -> dict[str, Path]:
        """The cards drawn since the last call (a language built in a worker process)."""
        cards, self.cards = self.cards, {}
        return cards

    def add_language_state(self, state: dict[str, Path]) -> None:
        self.cards.update(state)

    def _card(self, config: MkDocsConfig, title: str) -> str:
        """The site path of the page's social card, drawn once per text (cached between builds)."""
        key = cards.card_key(config.site_name, title)
        path = f"assets/cards/{key}.png"
        if path not in self.cards:
            cached = Path(config.config_file_path).parent / ".cache" / "epi-cards" / f"{key}.png"
            if not cached.is_file():
                cached.parent.mkdir(parents=True, exist_ok=True)
                # written whole or not at all: languages built in parallel share the cache
                partial = cached.with_name(f".{cached.name}.{os.getpid()}")
                partial.write_bytes(cards.card_png(config.site_name, title))
                os.replace(partial, cached)
            self.cards[path] = cached
        return path

    @event_priority(-10)
    def on_page_context(
        self, context: TemplateContext, /, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        """Priority -10: after epi-i18n has set ``epi_lang`` (the page's real translations)."""
        facts = cast("PageLanguage | None", context.get("epi_lang"))  # set by epi-i18n
        if not self.config.enabled or facts is None:
            return context
        lang = facts.lang
        description = (page.meta or {}).get("description") or metadata.first_paragraph(page.content)
        description = metadata.sentence_trim(description or config.site_description or "")
        title = page.title or config.site_name
        translations = [alt.hreflang for alt in facts.alternates if alt.hreflang != "x-default"]
        story = self._story(config, page.file.src_uri)
        t = site.language(config, lang).t
        image = (config.site_url or "/").rstrip("/") + "/" + self._card(config, title)
        # MkDocs types the context with its own keys only, but plugins add theirs (on_page_context)
        context["epi_reach"] = {  # type: ignore[typeddict-unknown-key]
            "description": description,
            "tags": metadata.head_tags(
                title=title,
                description=description,
                url=facts.canonical,
                site_name=config.site_name,
                lang=facts.content_lang,
                translations=translations,
                kind="article" if story else "website",
                image=image,
                image_size=cards.SIZE,
            ),
            "jsonld": self._jsonld(config, page, facts, title, description, story),
            "share": share.share_links(facts.canonical, title, t("share.email")),
            "share_heading": t("share.heading"),
            "share_label": t("share.label"),
        }
        return context

    @staticmethod
    def _story(config, src_uri: str):
        match = STORY.match(src_uri)
        if not match or "epi-news" not in config.plugins:
            return None
        return site.project(config).news.story(match.group(1))

    def _jsonld(self, config, page, facts, title, description, story) -> str | None:
        lang = facts.lang
        data = site.project(config).cities if "epi-cities" in config.plugins else None
        names = site.language(config, lang).city_names if data else {}  # made once per language
        found = []
        if page.url == site.language(config, lang).prefix:  # the home page of this language
            found.append(
                structured.project(name=config.site_name, url=facts.url, description=description, lang=lang)
            )
        elif story is not None and lang in story.translations:
            text = story.translations[lang]
            cities = [names.get(slug, slug) for slug in story.cities]
            found.append(
                structured.news_article(
                    headline=text.title,
                    url=facts.url,
                    date=story.date.isoformat(),
                    lang=lang,
                    description=text.summary,
                    cities=cities,
                    publisher=config.site_name,
                )
            )
            if EVENT_TOPICS & set(story.topics) and cities:
                found.append(
                    structured.event(
                        name=text.title,
                        url=facts.url,
                        start=(story.event_date or story.date).isoformat(),
                        lang=lang,
                        description=text.summary,
                        city=cities[0],
                    )
                )
        elif (match := CITY.match(page.file.src_uri)) and data and match.group(1) in names:
            city = data.city(match.group(1))
            found.append(
                structured.place(
                    name=city.name_in(lang),
                    url=facts.url,
                    lat=city.lat,
                    lon=city.lon,
                    country=city.country,
                    description=description,
                )
            )
        elif page.file.src_uri == "cities/index.md" and data is not None:
            root = (config.site_url or "/").rstrip("/") + "/"
            files = [
                (root + path, "text/csv" if path.endswith(".csv") else "application/json")
                for path in site.catalogue(config).open_data
            ]
            found.append(
                structured.dataset(
                    name=title,
                    url=facts.url,
                    description=description,
                    files=files,
                    licence="https://creativecommons.org/licenses/by/4.0/",
                )
            )
        return structured.script(found) if found else None

    @event_priority(-110)
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Priority -110, once after all languages: robots.txt pointing at the sitemap."""
        if self.config.enabled and i18n.is_final_pass(config):
            site = (config.site_url or "/").rstrip("/") + "/"
            (Path(config.site_dir) / "robots.txt").write_text(
                f"User-agent: *\nAllow: /\n\nSitemap: {site}sitemap.xml\n", encoding="utf-8"
            )
            if self.cards:
                (Path(config.site_dir) / "assets" / "cards").mkdir(parents=True, exist_ok=True)
            for path, cached in self.cards.items():
                shutil.copyfile(cached, Path(config.site_dir) / path)
