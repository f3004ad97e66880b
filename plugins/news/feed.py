"""An RSS 2.0 feed per language: the stories written in that language, newest first."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from email.utils import format_datetime
from xml.sax.saxutils import escape as _escape

from .._shared.dates import PartialDate
from .model import Story

# Characters XML 1.0 does not allow at all (YAML's "\v" or "\x01" escapes can put them in a title):
# one of them makes the whole feed unreadable, so they are left out.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def escape(value: str) -> str:
    """Text as XML character data."""
    return _escape(_NOT_XML.sub("", value))


def _date(date: PartialDate) -> str:
    """RFC 822 as RSS 2.0 requires; it needs a day, so a month-precision story is dated the first
    of its month, where it is also sorted ("sorted at the month's start")."""
    day = date.start
    return format_datetime(dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC))


def rss(
    stories: Sequence[Story],
    *,
    lang: str,
    title: str,
    description: str,
    site_link: str,  # absolute URL of the language's news index
    feed_link: str,  # absolute URL of this feed
    story_link,  # Story → absolute URL of its page in ``lang``
    topic_label,  # topic id → label in ``lang``
) -> str:
    written = [story for story in stories if lang in story.translations]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
        "<channel>",
        f"<title>{escape(title)}</title>",
        f"<link>{escape(site_link)}</link>",
        f"<description>{escape(description)}</description>",
        f"<language>{escape(lang)}</language>",
        f'<atom:link href="{escape(feed_link)}" rel="self" type="application/rss+xml"/>',
    ]
    if written:  # the newest story's date, so that a rebuild gives the same bytes
        lines.append(f"<lastBuildDate>{_date(written[0].date)}</lastBuildDate>")
    for story in written:
        text = story.translations[lang]
        url = story_link(story)
        lines += [
            "<item>",
            f"<title>{escape(text.title)}</title>",
            f"<link>{escape(url)}</link>",
            f'<guid isPermaLink="true">{escape(url)}</guid>',
            f"<pubDate>{_date(story.date)}</pubDate>",
            f"<description>{escape(text.summary)}</description>",
            *(f"<category>{escape(topic_label(topic))}</category>" for topic in story.topics),
            "</item>",
        ]
    lines += ["</channel>", "</rss>"]
    return "\n".join(lines) + "\n"
