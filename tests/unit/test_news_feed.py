"""The RSS feed keeps editor text as text: escaped, and always well-formed XML."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import feedparser

from epi_portal._shared.dates import PartialDate
from epi_portal.news.feed import rss
from epi_portal.news.model import Story, Translation

TITLE = "Cities & \"pacts\" <img src=x onerror=alert(1)> ]]> 'q' <![CDATA[x]]>"


def test_feed_text_is_escaped_and_control_characters_left_out():
    text = Translation(
        "en", TITLE + "\x0b\x01", "Sum <b>mary</b> & more\x0c", "Body", "content/news/x/index.en.md"
    )
    story = Story("2099-01-01-x", PartialDate(2099, 1, 1), (), ("events",), {"en": text})
    feed = rss(
        [story],
        lang="en",
        title="News & <more>",
        description="D",
        site_link="https://x.test/news/",
        feed_link="https://x.test/news/feed.xml",
        story_link=lambda s: "https://x.test/news/x/?a=1&b=2",
        topic_label=lambda topic: "Events & <meetings>",
    )
    item = ET.fromstring(feed).find("channel/item")
    assert item.findtext("title") == TITLE
    assert item.findtext("description") == "Sum <b>mary</b> & more"
    assert item.findtext("link") == "https://x.test/news/x/?a=1&b=2"
    assert item.findtext("category") == "Events & <meetings>"
    parsed = feedparser.parse(feed)
    assert not parsed.bozo and parsed.feed.title == "News & <more>" and parsed.entries[0].title == TITLE


def test_a_month_story_is_dated_the_first_of_its_month():
    """RFC 822 needs a day: a month-precision story gets the first, where it is also sorted."""
    text = Translation("en", "Index", "Summary", "Body", "content/news/2021-06-x/index.en.md")
    month = Story("2021-06-x", PartialDate(2021, 6), (), (), {"en": text})
    day = Story("2021-05-30-y", PartialDate(2021, 5, 30), (), (), {"en": text})
    feed = rss(
        [month, day],
        lang="en",
        title="News",
        description="D",
        site_link="https://x.test/news/",
        feed_link="https://x.test/news/feed.xml",
        story_link=lambda s: f"https://x.test/news/{s.key}/",
        topic_label=str,
    )
    assert "<pubDate>Tue, 01 Jun 2021 00:00:00 +0000</pubDate>" in feed
    assert "<lastBuildDate>Tue, 01 Jun 2021 00:00:00 +0000</lastBuildDate>" in feed
    parsed = feedparser.parse(feed)
    assert not parsed.bozo
    assert [tuple(e.published_parsed[:3]) for e in parsed.entries] == [(2021, 6, 1), (2021, 5, 30)]
