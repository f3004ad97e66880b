"""News data + language → the Markdown of the newsroom's pages, and the blocks other pages show.

A story not translated into the page's language is listed in its original language, marked
with that language (``lang``, a badge, ``hreflang`` on its link), and links to the original.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import groupby
from urllib.parse import urlsplit

from .._shared.breadcrumbs import breadcrumbs
from .._shared.fragments import PACKAGE_FRAGMENTS, Fragments
from .._shared.language import Language
from .._shared.markdown_text import front_matter, link, text
from .._shared.sources import Source
from .._shared.urls import language_prefix, relative_url
from .model import NewsData, Story, Translation

PER_PAGE = 10


@dataclass(frozen=True)
class Item:
    """A story as listed in one language: its text there, or its original."""

    story: Story
    text: Translation

    def url(self, languages: Sequence[str]) -> str:
        return f"{language_prefix(self.text.lang, languages)}news/{self.story.key}/"


def items(news: NewsData, loc: Language) -> list[Item]:
    return [Item(story, story.text(loc.lang, loc.languages)) for story in news.stories]


def news_url(loc: Language, path: str = "") -> str:
    return f"{language_prefix(loc.lang, loc.languages)}news/{path}"


def card(
    item: Item, loc: Language, current: str, heading: str = "h2", fragments: Fragments = PACKAGE_FRAGMENTS
) -> str:
    """One story in a list, as an HTML block."""
    href = relative_url(item.url(loc.languages), current)
    return fragments.render("news/card", item=item, href=href, heading=heading, loc=loc)


def _cards(
    listed: Sequence[Item],
    loc: Language,
    current: str,
    fragments: Fragments,
    heading: str = "h2",
    grid: bool = False,
) -> str:
    cards = [(item, relative_url(item.url(loc.languages), current)) for item in listed]
    return fragments.render("news/cards", cards=cards, heading=heading, grid=grid, loc=loc)


def pages(news: NewsData, loc: Language, fragments: Fragments = PACKAGE_FRAGMENTS) -> list[tuple[str, str]]:
    """(src_uri, Markdown) of every list page: the index, its further pages, the archive, topics."""
    listed = items(news, loc)
    count = max(1, -(-len(listed) // PER_PAGE))
    result = []
    for number in range(1, count + 1):
        src = "news/index.md" if number == 1 else f"news/page/{number}.md"
        url = news_url(loc, "" if number == 1 else f"page/{number}/")
        result.append(
            (
                src,
                list_page(
                    listed[(number - 1) * PER_PAGE : number * PER_PAGE],
                    loc,
                    number,
                    count,
                    url,
                    fragments,
                    topics=news.topics(),
                ),
            )
        )
    result.append(("news/archive.md", archive_page(listed, loc, fragments)))
    for topic in news.topics():
        result.append(
            (
                f"news/topics/{topic}.md",
                topic_page(topic, [i for i in listed if topic in i.story.topics], loc, fragments),
            )
        )
    return result


def _pagination(loc: Language, number: int, count: int, current: str, fragments: Fragments) -> str:
    if count == 1:
        return ""

    def page_href(n: int) -> str:
        return relative_url(news_url(loc, "" if n == 1 else f"page/{n}/"), current)

    return fragments.render(
        "news/pagination",
        number=number,
        count=count,
        previous_href=page_href(number - 1) if number > 1 else None,
        next_href=page_href(number + 1) if number < count else None,
        loc=loc,
    )


def list_page(
    listed: Sequence[Item],
    loc: Language,
    number: int,
    count: int,
    current: str,
    fragments: Fragments = PACKAGE_FRAGMENTS,
    topics: Sequence[str] = (),
) -> str:
    t = loc.t
    title = t("news.title") if number == 1 else t("news.page_title", page=number, pages=count)
    back = "" if number == 1 else "../"  # Markdown links are relative to news/page/<n>.md
    return "\n".join(
        [
            # the further pages are only more cards (kept out of the index): out of search too
            front_matter(
                t("news.nav_title") if number == 1 else title,
                t("news.description"),
                hide_navigation=True,
                searchable=number == 1,
            ),
            f"# {text(title)}",
            "",
            _cards(listed, loc, current, fragments),
            "",
            _pagination(loc, number, count, current, fragments),
            "",
            _ways_in(loc, back, topics),
            "",
        ]
    )


def _ways_in(loc: Language, back: str, topics: Sequence[str]) -> str:
    """The other ways through the news: each topic, the archive by year, the feed."""
    t = loc.t
    labels = sorted((t(f"topic.{topic}"), topic) for topic in topics)
    topic_links = " · ".join(link(label, f"{back}topics/{topic}.md") for label, topic in labels)
    lines = [f"**{text(t('news.topics_heading'))}:** {topic_links}"] if topics else []
    archive, feed = (
        link(t("news.archive_link"), f"{back}archive.md"),
        link(t("news.feed_link"), f"{back}feed.xml"),
    )
    lines.append(f"{archive} · {feed}")
    return "\n\n".join(lines)


def _news_breadcrumbs(loc: Language, title: str, current: str, fragments: Fragments) -> str:
    """Home › News › ``title``, for the page at ``current`` (relative to the language's home)."""
    return breadcrumbs(
        loc,
        section=loc.t("news.nav_title"),
        section_path="news/",
        title=title,
        current=current,
        fragments=fragments,
    )


def archive_page(listed: Sequence[Item], loc: Language, fragments: Fragments = PACKAGE_FRAGMENTS) -> str:
    t = loc.t
    current = news_url(loc, "archive/")
    sections = []
    for year, group in groupby(listed, key=lambda item: item.story.date.year):
        sections += [f"## {year}", "", _cards(list(group), loc, current, fragments, heading="h3"), ""]
    return "\n".join(
        [
            front_matter(t("news.archive_title"), t("news.archive_description"), hide_navigation=True),
            _news_breadcrumbs(loc, t("news.archive_title"), "news/archive/", fragments),
            "",
            f"# {text(t('news.archive_title'))}",
            "",
            *sections,
        ]
    )


def topic_page(
    topic: str, listed: Sequence[Item], loc: Language, fragments: Fragments = PACKAGE_FRAGMENTS
) -> str:
    t = loc.t
    label = t(f"topic.{topic}")
    current = news_url(loc, f"topics/{topic}/")
    return "\n".join(
        [
            front_matter(
                t("news.topic_title", topic=label),
                t("news.topic_description", topic=label),
                hide_navigation=True,
            ),
            _news_breadcrumbs(loc, t("news.topic_title", topic=label), f"news/topics/{topic}/", fragments),
            "",
            f"# {text(t('news.topic_title', topic=label))}",
            "",
            _cards(listed, loc, current, fragments),
            "",
            link(t("news.all_news"), "../index.md"),
            "",
        ]
    )


def story_page(story: Story, loc: Language, fragments: Fragments = PACKAGE_FRAGMENTS) -> str:
    """The story in ``loc.lang`` (it exists in that language: no page is built otherwise)."""
    t = loc.t
    here = story.translations[loc.lang]
    current = news_url(loc, f"{story.key}/")
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
        links = fragments.render(
            "news/other_languages",
            links=[
                (code, relative_url(f"{language_prefix(code, loc.languages)}news/{story.key}/", current))
                for code in others
            ],
            loc=loc,
        )
        facts.append(f"- **{text(t('news.also_in'))}:** {links}")
    image = ""
    if here.image:
        src = relative_url(f"news/{story.key}/{here.image.src}", current)
        image = fragments.render("news/image", src=src, alt=here.image.alt)
    sources = [_source_line(s, story, loc) for s in story.sources if s.url not in here.body]
    video = _video(story, here, loc, current, fragments)
    return "\n".join(
        [
            front_matter(here.title, here.summary, hide_navigation=True),
            _news_breadcrumbs(loc, here.title, f"news/{story.key}/", fragments),
            "",
            f"# {text(here.title)}",
            "",
            fragments.render("news/story_meta", story=story, loc=loc),
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


def _source_line(source: Source, story: Story, loc: Language) -> str:
    """A source the story's text does not cite (those it cites are its footnotes already), its
    title marked with the language of the story's original, where it was written."""
    original = next(code for code in loc.languages if code in story.translations)
    if original == loc.lang or not source.title:
        return f"- {link(source.title or source.url, source.url)}"
    return f'- [<span lang="{original}">{text(source.title)}</span>](<{source.url}>)'


def _video(story: Story, here: Translation, loc: Language, current: str, fragments: Fragments) -> str:
    """A hosted video as a card linking to it (nothing loaded before a click); a video file as
    <video> with its captions."""
    video = here.video
    if video is None:
        return ""

    def local(name: str) -> str:
        return relative_url(f"news/{story.key}/{name}", current)

    return fragments.render(
        "news/video",
        video=video,
        host=(urlsplit(video.url).hostname or video.url) if video.url else None,
        poster_src=local(video.poster),
        file_src=local(video.file) if video.file else None,
        captions=[(code, local(name)) for code, name in video.captions],
        loc=loc,
    )


def latest_block(
    news: NewsData, loc: Language, current: str, count: int = 3, fragments: Fragments = PACKAGE_FRAGMENTS
) -> str:
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
            _cards(chosen, loc, current, fragments, heading="h3", grid=True),
            "",
            fragments.render(
                "news/all_news", href=all_news, feed=relative_url(news_url(loc, "feed.xml"), current), loc=loc
            ),
            "",
        ]
    )


def city_block(
    news: NewsData, loc: Language, city: str, current: str, fragments: Fragments = PACKAGE_FRAGMENTS
) -> str | None:
    """For a city page: the stories that name the city."""
    listed = [item for item in items(news, loc) if city in item.story.cities]
    if not listed:
        return None
    return "\n".join(
        [
            f"## {text(loc.t('news.city_heading', city=loc.city_name(city)))}",
            "",
            _cards(listed, loc, current, fragments, heading="h3"),
            "",
        ]
    )
