"""News data + language → the Markdown of the newsroom's pages, and the blocks other pages show.

A story not translated into the page's language is listed in its original language, marked
with that language (``lang``, a badge, ``hreflang`` on its link), and links to the original.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import groupby
from urllib.parse import urlsplit

from .._shared.language import Language
from .._shared.markdown_text import attr, front_matter, link, text
from .._shared.urls import language_prefix, relative_url
from .model import NewsData, Story, Translation

PER_PAGE = 10


@dataclass(frozen=True)
class Item:
    """A story as listed in one language: its text there, or its original."""

    story: Story
    text: Translation

    def url(self, languages: list[str]) -> str:
        return f"{language_prefix(self.text.lang, languages)}news/{self.story.key}/"


def items(news: NewsData, loc: Language) -> list[Item]:
    return [Item(story, story.text(loc.lang, loc.languages)) for story in news.stories]


def news_url(loc: Language, path: str = "") -> str:
    return f"{language_prefix(loc.lang, loc.languages)}news/{path}"


def card(item: Item, loc: Language, current: str, heading: str = "h2") -> str:
    """One story in a list, as an HTML block."""
    story, story_text = item.story, item.text
    href = relative_url(item.url(loc.languages), current)
    other = "" if story_text.lang == loc.lang else f' lang="{attr(story_text.lang)}"'
    hreflang = "" if story_text.lang == loc.lang else f' hreflang="{attr(story_text.lang)}"'
    badge = ""
    if story_text.lang != loc.lang:
        badge = f' · <span class="epi-badge">{attr(loc.t("news.language_badge", language=loc.language_name(story_text.lang)))}</span>'
    return (
        f'<article class="epi-story-card"><{heading}{other}><a href="{attr(href)}"{hreflang}>{attr(story_text.title)}</a></{heading}>'
        f'<p class="epi-story-card__meta"><time datetime="{story.date.isoformat()}">{attr(loc.date(story.date))}</time>{badge}</p>'
        f"<p{other}>{attr(story_text.summary)}</p></article>"
    )


def _cards(listed: Sequence[Item], loc: Language, current: str, heading: str = "h2") -> str:
    if not listed:
        return f"<p>{attr(loc.t('news.none'))}</p>"
    return "".join(card(item, loc, current, heading) for item in listed)


def pages(news: NewsData, loc: Language) -> list[tuple[str, str]]:
    """(src_uri, Markdown) of every list page: the index, its further pages, the archive, topics."""
    listed = items(news, loc)
    count = max(1, -(-len(listed) // PER_PAGE))
    result = []
    for number in range(1, count + 1):
        src = "news/index.md" if number == 1 else f"news/page/{number}.md"
        url = news_url(loc, "" if number == 1 else f"page/{number}/")
        result.append(
            (src, list_page(listed[(number - 1) * PER_PAGE : number * PER_PAGE], loc, number, count, url))
        )
    result.append(("news/archive.md", archive_page(listed, loc)))
    for topic in news.topics():
        result.append(
            (
                f"news/topics/{topic}.md",
                topic_page(topic, [i for i in listed if topic in i.story.topics], loc),
            )
        )
    return result


def _pagination(loc: Language, number: int, count: int, current: str) -> str:
    if count == 1:
        return ""

    def page_url(n: int) -> str:
        return news_url(loc, "" if n == 1 else f"page/{n}/")

    parts = []
    if number > 1:
        parts.append(
            f'<a rel="prev" href="{attr(relative_url(page_url(number - 1), current))}">{attr(loc.t("news.previous"))}</a>'
        )
    parts.append(f'<span aria-current="page">{attr(loc.t("news.page_of", page=number, pages=count))}</span>')
    if number < count:
        parts.append(
            f'<a rel="next" href="{attr(relative_url(page_url(number + 1), current))}">{attr(loc.t("news.next"))}</a>'
        )
    return f'<nav class="epi-pagination" aria-label="{attr(loc.t("news.pagination_label"))}">{"".join(parts)}</nav>'


def list_page(listed: Sequence[Item], loc: Language, number: int, count: int, current: str) -> str:
    t = loc.t
    title = t("news.title") if number == 1 else t("news.page_title", page=number, pages=count)
    back = "" if number == 1 else "../"  # Markdown links are relative to news/page/<n>.md
    return "\n".join(
        [
            front_matter(t("news.nav_title") if number == 1 else title, t("news.description")),
            f"# {text(title)}",
            "",
            _cards(listed, loc, current),
            "",
            _pagination(loc, number, count, current),
            "",
            link(t("news.archive_link"), f"{back}archive.md"),
            "",
        ]
    )


def archive_page(listed: Sequence[Item], loc: Language) -> str:
    t = loc.t
    current = news_url(loc, "archive/")
    sections = []
    for year, group in groupby(listed, key=lambda item: item.story.date.year):
        sections += [f"## {year}", "", _cards(list(group), loc, current, heading="h3"), ""]
    return "\n".join(
        [
            front_matter(t("news.archive_title"), t("news.archive_description")),
            f"# {text(t('news.archive_title'))}",
            "",
            *sections,
        ]
    )


def topic_page(topic: str, listed: Sequence[Item], loc: Language) -> str:
    t = loc.t
    label = t(f"topic.{topic}")
    current = news_url(loc, f"topics/{topic}/")
    return "\n".join(
        [
            front_matter(t("news.topic_title", topic=label), t("news.topic_description", topic=label)),
            f"# {text(t('news.topic_title', topic=label))}",
            "",
            _cards(listed, loc, current),
            "",
            link(t("news.all_news"), "../index.md"),
            "",
        ]
    )


def story_page(story: Story, loc: Language) -> str:
    """The story in ``loc.lang`` (it exists in that language: no page is built otherwise)."""
    t = loc.t
    here = story.translations[loc.lang]
    current = news_url(loc, f"{story.key}/")
    meta = [
        f'<p class="epi-story-meta"><time datetime="{story.date.isoformat()}">{attr(loc.date(story.date))}</time></p>'
    ]
    facts = []
    if story.cities:
        facts.append(
            f"- **{text(t('news.cities_label'))}:** "
            + ", ".join(link(loc.city_name(c), f"../cities/{c}.md") for c in story.cities)
        )
    if story.topics:
        facts.append(
            f"- **{text(t('news.topics_label'))}:** "
            + ", ".join(link(t(f"topic.{topic}"), f"topics/{topic}.md") for topic in story.topics)
        )
    others = [code for code in loc.languages if code in story.translations and code != loc.lang]
    if others:
        links = ", ".join(
            f'<a href="{attr(relative_url(language_prefix(code, loc.languages) + f"news/{story.key}/", current))}" hreflang="{code}" lang="{code}">{attr(loc.endonym(code))}</a>'
            for code in others
        )
        facts.append(f"- **{text(t('news.also_in'))}:** {links}")
    image = ""
    if here.image:
        src = relative_url(f"news/{story.key}/{here.image.src}", current)
        image = (
            f'<figure class="epi-story-image"><img src="{attr(src)}" alt="{attr(here.image.alt)}"></figure>'
        )
    sources = [f"- {link(s.title or s.url, s.url)}" for s in story.sources]
    video = _video(story, here, loc, current)
    return "\n".join(
        [
            front_matter(here.title, here.summary),
            f"# {text(here.title)}",
            "",
            *meta,
            "",
            f"**{text(here.summary)}**",
            "",
            image,
            "",
            here.body.strip(),
            "",
            video,
            "",
            *facts,
            "",
            *([f"## {text(t('news.sources'))}", "", *sources, ""] if sources else []),
            link(t("news.all_news"), "index.md"),
            "",
        ]
    )


def _video(story: Story, here: Translation, loc: Language, current: str) -> str:
    """A hosted video as a card linking to it (nothing loaded before a click); a video file as
    <video> with its captions."""
    video = here.video
    if video is None:
        return ""

    def local(name: str) -> str:
        return attr(relative_url(f"news/{story.key}/{name}", current))

    details = [attr(video.title)]
    if video.duration:
        details.append(attr(video.duration))
    if video.language:
        details.append(attr(loc.endonym(video.language)))
    if video.url:
        host = urlsplit(video.url).hostname or video.url
        return (
            f'<figure class="epi-video-card"><a href="{attr(video.url)}" rel="noopener noreferrer">'
            f'<img src="{local(video.poster)}" alt="{attr(video.poster_alt)}" loading="lazy"></a>'
            f'<figcaption><a href="{attr(video.url)}" rel="noopener noreferrer">{" · ".join(details)}</a><br>'
            f'<span class="epi-video-card__note">{attr(loc.t("video.opens", host=host))}</span></figcaption></figure>'
        )
    tracks = "".join(
        f'<track kind="captions" srclang="{attr(code)}" label="{attr(loc.endonym(code))}" src="{local(name)}"{" default" if code == loc.lang else ""}>'
        for code, name in video.captions
    )
    kind = "video/webm" if video.file.endswith(".webm") else "video/mp4"
    return (
        f'<figure class="epi-video"><video controls preload="none" poster="{local(video.poster)}">'
        f'<source src="{local(video.file)}" type="{kind}">{tracks}</video><figcaption>{" · ".join(details)}</figcaption></figure>'
    )


def latest_block(news: NewsData, loc: Language, current: str, count: int = 3) -> str:
    """For the home page: the latest stories in its language (then, if too few, originals)."""
    listed = items(news, loc)
    chosen = [i for i in listed if i.text.lang == loc.lang][:count]
    chosen += [i for i in listed if i.text.lang != loc.lang][: count - len(chosen)]
    chosen.sort(key=lambda item: (item.story.date, item.story.key), reverse=True)
    all_news = relative_url(news_url(loc), current)
    return "\n".join(
        [
            f"## {text(loc.t('news.latest'))}",
            "",
            _cards(chosen, loc, current, heading="h3"),
            "",
            f'<p><a href="{attr(all_news)}">{attr(loc.t("news.all_news"))}</a></p>',
            "",
        ]
    )


def city_block(news: NewsData, loc: Language, city: str, current: str) -> str | None:
    """For a city page: the stories that name the city."""
    listed = [item for item in items(news, loc) if city in item.story.cities]
    if not listed:
        return None
    return "\n".join(
        [
            f"## {text(loc.t('news.city_heading', city=loc.city_name(city)))}",
            "",
            _cards(listed, loc, current, heading="h3"),
            "",
        ]
    )
