"""Reach: head metadata, JSON-LD, share links and robots.txt on the real site."""

from __future__ import annotations

import json

import pytest

from tests.conftest import LANGUAGES
from tests.site import html_pages as hp

SITE = "https://epi-portal.example.org/"
PAGES = [
    "",
    "about/",
    "cities/",
    "cities/riga/",
    "news/",
    "news/2021-03-02-digital-integration-day-linkoping/",
    "toolkit/intercultural-review/",
    "downloads/",
    "self-assessment/",
]


def meta(soup, name):
    return [tag["content"] for tag in soup.select(f'head meta[property="{name}"], head meta[name="{name}"]')]


def jsonld(soup):
    found = []
    for tag in soup.select('script[type="application/ld+json"]'):
        data = json.loads(tag.string)
        found += data if isinstance(data, list) else [data]
    return found


@pytest.mark.parametrize("prefix", ["", "sv/"])
def test_head_tags(real_site, prefix):
    for url in PAGES:
        page = real_site.site / prefix / url / "index.html"
        assert page.exists(), f"{prefix}{url}"  # the story is written in en, de and sv
        soup = hp.parse(page)
        description = meta(soup, "description")[0]
        assert 0 < len(description) <= 161, url
        assert meta(soup, "og:url") == [hp.canonical(soup)] and meta(soup, "og:url")[0].startswith(SITE)
        assert (
            meta(soup, "og:title")
            and meta(soup, "og:site_name")
            and meta(soup, "twitter:card") == ["summary_large_image"]
        )
        locales = {code[:2] for code in meta(soup, "og:locale:alternate")}
        real = {lang for lang in hp.alternates(soup) if lang != "x-default"} - {
            meta(soup, "og:locale")[0][:2]
        }
        assert locales == real, url


def test_locales_name_only_real_translations(real_site):
    story = hp.parse(real_site.site / "sv/news/2021-03-02-digital-integration-day-linkoping/index.html")
    assert meta(story, "og:locale") == ["sv_SE"]
    assert sorted(meta(story, "og:locale:alternate")) == ["de_DE", "en_GB"]  # the story exists in en, de, sv


def test_every_home_page_describes_the_project_in_its_language(real_site):
    names = {}
    for lang in LANGUAGES:
        soup = hp.parse(real_site.site / ("" if lang == "en" else lang) / "index.html")
        project = jsonld(soup)[0]
        assert project["@type"] == ["Organization", "Project"] and project["inLanguage"] == lang, lang
        assert project["url"] == SITE + ("" if lang == "en" else f"{lang}/")
        assert soup.title.get_text() == project["name"], lang  # the site's name, once
        names[lang] = project["name"]
    assert names["de"] == "Europäischer Integrationspakt" and len(set(names.values())) == len(LANGUAGES)


def test_structured_data(real_site):
    home = jsonld(hp.parse(real_site.site / "index.html"))
    assert home[0]["@type"] == ["Organization", "Project"] and home[0]["url"] == SITE
    story = jsonld(
        hp.parse(real_site.site / "sv/news/2021-03-02-digital-integration-day-linkoping/index.html")
    )
    article = next(d for d in story if d["@type"] == "NewsArticle")
    # the story is the announcement of 2 March; the day it announced is its event_date
    assert (article["datePublished"], article["inLanguage"]) == ("2021-03-02", "sv")
    assert article["headline"] and article["about"][0]["name"] == "Linköping"
    event = next(d for d in story if d["@type"] == "Event")
    assert event["startDate"] == "2021-03-23" and event["location"]["name"] == "Linköping"
    assert event["eventStatus"] == "https://schema.org/EventScheduled"  # announced, not known to be held
    month = jsonld(
        hp.parse(real_site.site / "es/news/2021-06-cartagena-intercultural-cities-index/index.html")
    )
    article = next(d for d in month if d["@type"] == "NewsArticle")
    assert article["datePublished"] == "2021-06"  # the source gives the month only; no day invented
    city = jsonld(hp.parse(real_site.site / "lv/cities/riga/index.html"))[0]
    assert city["@type"] == "Place" and city["name"] == "Rīga" and city["geo"]["latitude"] > 56
    data = jsonld(hp.parse(real_site.site / "cities/index.html"))[0]
    assert data["@type"] == "Dataset" and data["license"].startswith("https://creativecommons.org/")
    assert {d["contentUrl"] for d in data["distribution"]} >= {
        SITE + "data/cities.json",
        SITE + "data/cities.csv",
    }


def test_share_links_and_robots(real_site):
    soup = hp.parse(real_site.site / "lv/cities/riga/index.html")
    links = soup.select("nav.epi-share a")
    assert [a.get_text() for a in links][0] == "E-pasts"
    assert all("lv%2Fcities%2Friga" in a["href"] for a in links)
    assert not soup.select("nav.epi-share script, nav.epi-share img, nav.epi-share iframe")
    robots = (real_site.site / "robots.txt").read_text()
    assert f"Sitemap: {SITE}sitemap.xml" in robots


def test_social_cards(real_site):
    from PIL import Image

    cards = {}
    for prefix in ("", "lv/"):
        soup = hp.parse(real_site.site / prefix / "cities" / "index.html")
        url = meta(soup, "og:image")[0]
        assert url.startswith(SITE + "assets/cards/") and meta(soup, "og:image:width") == ["1200"]
        assert meta(soup, "og:image:alt")[0] and meta(soup, "twitter:card") == ["summary_large_image"]
        path = real_site.site / url[len(SITE) :]
        with Image.open(path) as image:
            assert image.size == (1200, 630) and image.format == "PNG"
        cards[prefix] = path.read_bytes()
    assert cards[""] != cards["lv/"]  # in the page's language
