"""The home page of every language: the first screen's sentence and three calls to action, the
key figures, the map with the seven city links and their scores, seven city cards, the latest
stories as cards, the project in JSON-LD, no sidebar and no table of contents."""

from __future__ import annotations

import json

import pytest
import yaml

from tests.conftest import LANGUAGES, REPO
from tests.site import html_pages as hp

CITIES = sorted(p.name for p in (REPO / "content" / "cities").iterdir() if p.is_dir())
STORIES = [p for p in (REPO / "content" / "news").iterdir() if p.is_dir()]


def home(site, lang):
    return hp.parse(site / ("" if lang == "en" else lang) / "index.html")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_home_page(real_site, lang):
    soup = home(real_site.site, lang)
    article = soup.select_one("article")
    calls = [a["href"] for a in article.select(".epi-hero a.md-button")]
    assert calls == ["cities/", "toolkit/", "self-assessment/"], lang
    assert len(article.select(".epi-figures li")) == 4
    assert all(li.select_one("sup a[href^='#fn:']") for li in article.select(".epi-figures li"))  # sourced
    map_links = {a["href"] for a in article.select("svg a")}
    assert map_links == {f"cities/{slug}/" for slug in CITIES}, lang
    listed = article.select(".epi-map-list li")
    assert len(listed) == len(CITIES) and all(li.select_one(".epi-map-list__score") for li in listed)
    cards = article.select(".epi-city-card")
    assert [c.select_one("h3 a")["href"] for c in cards] == [li.select_one("a")["href"] for li in listed]
    assert all(c.select_one(".epi-city-card__summary").get_text(strip=True) for c in cards)
    stories = article.select(".epi-story-cards .epi-story-card")
    assert len(stories) == min(3, len(STORIES))
    assert article.select_one('.epi-more a[href="news/"]') and article.select_one(
        '.epi-more a[href="news/feed.xml"]'
    )
    assert article.select_one('a[href="about/"]')
    # Material keeps the navigation for the phone's drawer, hidden on wide screens; no table of contents
    assert all(side.has_attr("hidden") for side in soup.select(".md-sidebar"))
    project = json.loads(soup.select_one('script[type="application/ld+json"]').string)
    assert project["inLanguage"] == lang


def test_scores_beside_the_map_say_what_is_published(real_site):
    scores = {
        li.select_one("a").get_text(): li.select_one(".epi-map-list__score").get_text()
        for li in home(real_site.site, "de").select(".epi-map-list li")
    }
    assert scores["Cartagena"] == "67/100" and scores["Riga"] == "nicht veröffentlicht"


def card_line(slug: str, lang: str) -> str:
    """The ``card`` of a city's narrative in ``lang`` (its front matter)."""
    text = (REPO / "content" / "cities" / slug / f"index.{lang}.md").read_text(encoding="utf-8")
    return yaml.safe_load(text.split("---\n")[1])["card"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_city_cards_show_the_one_line_card_in_the_page_language(real_site, lang):
    cards = home(real_site.site, lang).select(".epi-city-card")
    shown = {
        card.select_one("h3 a")["href"].split("/")[1]: card.select_one(".epi-city-card__summary")
        for card in cards
    }
    assert sorted(shown) == CITIES
    for slug, summary in shown.items():
        assert summary.get_text(strip=True) == card_line(slug, lang), (lang, slug)
        assert not summary.has_attr("lang"), (lang, slug)  # in the page's language
