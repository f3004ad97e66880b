"""The RSS feed keeps editor text as text: escaped, and always well-formed XML."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

import feedparser

from plugins.news.feed import rss
from plugins.news.model import Story, Translation

TITLE = "Cities & \"pacts\" <img src=x onerror=alert(1)> ]]> 'q' <![CDATA[x]]>"


def test_feed_text_is_escaped_and_control_characters_left_out():
    text = Translation(
        "en", TITLE + "\x0b\x01", "Sum <b>mary</b> & more\x0c", "Body", "content/news/x/index.en.md"
    )
    story = Story("2099-01-01-x", dt.date(2099, 1, 1), (), ("events",), {"en": text})
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
