"""epi-news on the fixture site: 14 made-up stories (one a draft, one only in German)."""

from __future__ import annotations

import feedparser

from tests.site import html_pages as hp

SITE = "https://fixture.example.test/"


def page(site, url):
    return hp.parse(site / url / "index.html")


def cards(soup):
    return soup.select("article.epi-story-card")


def test_pagination_ten_a_page(fixture_site):
    first, second = page(fixture_site.site, "news/"), page(fixture_site.site, "news/page/2/")
    assert len(cards(first)) == 10 and len(cards(second)) == 5
    nav = first.select_one("nav.epi-pagination[aria-label]")
    assert nav.select_one('a[rel="next"]')["href"] == "page/2/" and nav.select_one('a[rel="prev"]') is None
    assert second.select_one('nav.epi-pagination a[rel="prev"]')["href"] == "../../"
    assert second.select_one('nav.epi-pagination [aria-current="page"]').get_text() == "Page 2 of 2"


def test_untranslated_story_is_listed_with_its_language(fixture_site):
    german = page(fixture_site.site, "de/news/")
    card = next(c for c in cards(german) if "Made-up story 10" in c.get_text())
    heading = card.select_one("h2")
    assert heading["lang"] == "en"
    link = heading.select_one("a")
    assert link["hreflang"] == "en" and link["href"] == "../../news/2099-01-10-made-up-story-10/"
    assert card.select_one(".epi-badge").get_text() == "Auf Englisch"
    assert page(fixture_site.site, "news/2099-01-10-made-up-story-10/").html["lang"] == "en"
    assert not (fixture_site.site / "de" / "news" / "2099-01-10-made-up-story-10").exists()
    assert not (fixture_site.site / "news" / "2099-02-01-nur-auf-deutsch").exists()


def test_story_page(fixture_site):
    story = page(fixture_site.site, "de/news/2099-02-01-nur-auf-deutsch/")
    article = story.select_one("article")
    assert article.select_one("h1").get_text(strip=True).startswith("Nur auf Deutsch <em>erfunden</em>")
    assert article.select("em") == [] or all("erfunden" not in em.get_text() for em in article.select("em"))
    assert article.select_one("time").get_text() == "1. Februar 2099"
    assert article.select_one('a[href="../../cities/mockford/"]') is not None
    assert hp.alternates(story) == {
        "de": SITE + "de/news/2099-02-01-nur-auf-deutsch/",
        "x-default": SITE + "de/news/2099-02-01-nur-auf-deutsch/",
    }
    both = page(fixture_site.site, "news/2099-01-12-made-up-story-12/")
    also = both.select_one('article a[hreflang="de"]')
    assert also["href"] == "../../de/news/2099-01-12-made-up-story-12/" and also["lang"] == "de"


def test_drafts_are_not_built(fixture_site):
    assert not list(fixture_site.site.rglob("*draft-story*"))


def test_feeds(fixture_site):
    for prefix, lang, count in (("", "en", 14), ("de/", "de", 4)):
        feed = feedparser.parse((fixture_site.site / prefix / "news" / "feed.xml").read_bytes())
        assert not feed.bozo, feed.bozo_exception
        assert feed.feed.language == lang
        assert len(feed.entries) == count
        assert all(e.link.startswith(SITE + prefix + "news/") for e in feed.entries)
        dates = [e.published_parsed for e in feed.entries]
        assert dates == sorted(dates, reverse=True)
        for url in ("", "about/", "cities/", "news/page/2/"):
            target = fixture_site.site / prefix / url / "index.html"
            assert target.exists(), target
            link = hp.parse(target).select_one('head link[rel="alternate"][type="application/rss+xml"]')
            assert (target.parent / link["href"]).resolve() == (
                fixture_site.site / prefix / "news" / "feed.xml"
            ).resolve()


def test_home_shows_the_latest_stories_in_its_language(fixture_site):
    home = page(fixture_site.site, "de/")
    titles = [c.select_one("h3").get_text(strip=True) for c in cards(home)]
    assert titles == ["Nur auf Deutsch <em>erfunden</em>", "Erfundene Meldung 12", "Erfundene Meldung 11"]


def test_city_page_lists_its_stories(fixture_site):
    city = page(fixture_site.site, "de/cities/mockford/")
    section = [c.select_one("h3 a")["href"] for c in cards(city)]
    assert section == ["../../news/2099-02-01-nur-auf-deutsch/"]


def test_archive_and_topics(fixture_site):
    archive = page(fixture_site.site, "news/archive/")
    assert [h.get_text(strip=True).rstrip("¶") for h in archive.select("article h2")] == ["2099"]
    assert len(cards(archive)) == 15
    assert len(cards(page(fixture_site.site, "de/news/topics/newsletter/"))) == 4


def test_bad_story_fails_the_build(tmp_path):
    from tests.conftest import copy_fixture_site, mkdocs_build

    config = copy_fixture_site(tmp_path / "src")
    story = config.parent / "content" / "news" / "2099-01-01-made-up-story-01" / "index.en.md"
    story.write_text(story.read_text().replace("cities: [exampleton]", "cities: [atlantis]"))
    build = mkdocs_build(config, tmp_path / "site")
    assert build.returncode != 0
    assert (
        "content/news/2099-01-01-made-up-story-01/index.en.md:5: cities[0]: unknown city 'atlantis'"
        in build.output
    )
    assert "Traceback" not in build.output


def test_videos(fixture_site):
    hosted = page(fixture_site.site, "news/2099-04-01-made-up-video/").select_one("figure.epi-video-card")
    poster = hosted.select_one("img")
    assert poster["alt"] == "A grey made-up poster with white text" and not poster["src"].startswith("http")
    assert (fixture_site.site / "news/2099-04-01-made-up-video" / poster["src"]).is_file()
    assert {a["href"] for a in hosted.select("a")} == {"https://video.example.test/watch/made-up"}
    assert "video.example.test" in hosted.select_one(".epi-video-card__note").get_text()
    assert "3:20" in hosted.get_text() and not hosted.select("iframe, video, script")
    own = page(fixture_site.site, "news/2099-04-02-made-up-clip/").select_one("figure.epi-video video")
    assert own["preload"] == "none" and own.select_one("source")["src"] == "clip.mp4"
    tracks = {t["srclang"]: t for t in own.select('track[kind="captions"]')}
    assert set(tracks) == {"en", "de"} and tracks["en"].has_attr("default")
    assert (fixture_site.site / "news/2099-04-02-made-up-clip/clip.de.vtt").is_file()


def test_news_index_leads_to_every_topic_the_archive_and_the_feed(fixture_site):
    for prefix in ("", "de/"):
        soup = hp.parse(fixture_site.site / prefix / "news" / "index.html")
        hrefs = {a["href"] for a in soup.select("article a")}
        topics = {
            p.parent.name for p in (fixture_site.site / prefix / "news" / "topics").glob("*/index.html")
        }
        assert topics and {f"topics/{topic}/" for topic in topics} <= hrefs
        assert {"archive/", "feed.xml"} <= hrefs


def test_sources_the_text_does_not_cite_are_listed_in_the_originals_language(fixture_site):
    """The story cites none of its sources in its text: they are listed under Sources, and on the
    German translation the (English) title is marked as English."""
    english = page(fixture_site.site, "news/2099-01-12-made-up-story-12/").select_one("article")
    item = english.select_one('li a[href="https://example.test/news/12"]')
    assert item.get_text() == "Made-up source" and item.select_one("[lang]") is None
    german = page(fixture_site.site, "de/news/2099-01-12-made-up-story-12/").select_one("article")
    marked = german.select_one('li a[href="https://example.test/news/12"] span[lang="en"]')
    assert marked.get_text() == "Made-up source"
