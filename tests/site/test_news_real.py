"""The real newsroom: every story listed in every language, pages and feeds only where written."""

from __future__ import annotations

import feedparser
import pytest

from tests.conftest import LANGUAGES, REPO
from tests.site import html_pages as hp

STORIES = sorted(p for p in (REPO / "content" / "news").iterdir() if p.is_dir())


def prefix(lang):
    return "" if lang == "en" else f"{lang}/"


def test_eight_real_stories_all_in_english():
    assert len(STORIES) == 8
    assert all((story / "index.en.md").is_file() for story in STORIES)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_lists_pages_and_feed(real_site, lang):
    written = [story.name for story in STORIES if (story / f"index.{lang}.md").is_file()]
    listing = hp.parse(real_site.site / prefix(lang) / "news" / "index.html")
    assert len(listing.select("article.epi-story-card")) == len(STORIES)
    for story in STORIES:
        assert (real_site.site / prefix(lang) / "news" / story.name / "index.html").exists() == (
            story.name in written
        )
    feed = feedparser.parse((real_site.site / prefix(lang) / "news" / "feed.xml").read_bytes())
    assert not feed.bozo and feed.feed.language == lang
    assert len(feed.entries) == len(written)
    home = hp.parse(real_site.site / prefix(lang) / "index.html")
    assert len(home.select("article.epi-story-card")) == 3
