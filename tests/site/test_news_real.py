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


MONTH_STORY = "2021-06-cartagena-intercultural-cities-index"  # the source says "published June 2021"


@pytest.mark.parametrize(
    ("lang", "shown"), [("en", "June 2021"), ("es", "junio de 2021"), ("it", "giugno 2021")]
)
def test_a_month_story_is_dated_to_the_month(real_site, lang, shown):
    page = hp.parse(real_site.site / prefix(lang) / "news" / MONTH_STORY / "index.html")
    time = page.select_one(".epi-story-meta time")
    assert (time["datetime"], time.get_text()) == ("2021-06", shown)
    # the lists of a language without the story show it too, at its precision
    lv = hp.parse(real_site.site / "lv" / "news" / "index.html")
    assert "2021. gada jūnijs" in [t.get_text() for t in lv.select("article.epi-story-card time")]


ANNOUNCEMENT = "2021-03-02-digital-integration-day-linkoping"  # dated 2 March, a day planned for 23 March


@pytest.mark.parametrize(
    ("lang", "dated", "planned"),
    [("en", "2 March 2021", "23 March 2021"), ("sv", "2 mars 2021", "23 mars 2021")],
)
def test_an_announcement_is_dated_to_the_announcement(real_site, lang, dated, planned):
    """The story is dated to its source's date (the announcement); the day it announced is its
    event_date, shown as planned, never as the story's date."""
    listing = hp.parse(real_site.site / prefix(lang) / "news" / "index.html")
    card = next(
        card
        for card in listing.select("article.epi-story-card")
        if card.select_one("a")["href"].rstrip("/").endswith(ANNOUNCEMENT)
    )
    time = card.select_one(".epi-story-card__meta time")
    assert (time["datetime"], time.get_text()) == ("2021-03-02", dated)
    page = hp.parse(real_site.site / prefix(lang) / "news" / ANNOUNCEMENT / "index.html")
    times = page.select(".epi-story-meta time")
    assert [(t["datetime"], t.get_text()) for t in times] == [("2021-03-02", dated), ("2021-03-23", planned)]
    meta = page.select_one(".epi-story-meta").get_text()
    assert "Planned date of the event" in meta if lang == "en" else "Planerat datum" in meta


def test_month_stories_sort_at_the_months_start_in_feed_and_archive(real_site):
    feed = feedparser.parse((real_site.site / "news" / "feed.xml").read_bytes())
    assert not feed.bozo
    dated = {entry.link.rstrip("/").rsplit("/", 1)[-1]: entry.published_parsed[:3] for entry in feed.entries}
    assert dated[MONTH_STORY] == (2021, 6, 1)  # RFC 822 needs a day: the first of the month
    assert dated["2021-09-one-stop-shop-pilot-cluj-napoca"] == (2021, 9, 1)
    assert dated["2020-05-30-newsletter-may-2020"] == (2020, 5, 30)
    assert [entry.published_parsed for entry in feed.entries] == sorted(
        (entry.published_parsed for entry in feed.entries), reverse=True
    )
    archive = hp.parse(real_site.site / "news" / "archive" / "index.html")
    by_year: dict[str, list[str]] = {}  # the archive groups by year: heading → the dates under it
    for heading in archive.select(".md-content h2"):
        dates = []
        for sibling in heading.find_next_siblings():
            if sibling.name == "h2":
                break
            dates += [t.get_text() for t in sibling.select("time")]
        by_year[heading["id"]] = dates
    assert list(by_year) == ["2022", "2021", "2020"]
    assert by_year["2021"] == ["September 2021", "June 2021", "2 March 2021"]
    assert by_year["2020"] == ["7 October 2020", "30 May 2020", "4 February 2020"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_story_cites_each_source_once(real_site, lang):
    """Every real story cites all its sources in footnotes: no second list of the same sources
    (which, built from the original's front matter, would show English titles on other pages)."""
    for story in STORIES:
        if not (story / f"index.{lang}.md").is_file():
            continue
        article = hp.parse(real_site.site / prefix(lang) / "news" / story.name / "index.html").select_one(
            "article"
        )
        outside = [
            a["href"]
            for a in article.select('a[href^="http"]')
            if not a.find_parent(class_="epi-share") and not a.find_parent(class_="footnote")
        ]
        assert article.select(".footnote li a[href^='http']") and outside == [], (story.name, outside)
