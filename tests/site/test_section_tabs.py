"""The real site: on the generated pages outside the nav (city profiles, stories, the news archive
and topics, toolkit chapters) the tab of the page's section is the active one, as on the pages in
the nav, and the news archive and topic pages have breadcrumbs (Home › News › the page)."""

from __future__ import annotations

from urllib.parse import urljoin

import pytest

from epi_portal._shared.strings import DEFAULT_DIR, load_tables
from tests.conftest import LANGUAGES
from tests.site import html_pages as hp

STRINGS = load_tables(DEFAULT_DIR, LANGUAGES).tables
STORY = "news/2022-05-30-final-conference-monza/"  # written in en, de and lv
# page → the UI string naming its section (the tabs and the breadcrumbs name sections alike:
# tests/unit/test_breadcrumbs.py)
SECTION_OF = {
    "cities/riga/": "cities.nav_title",
    "cities/compare/": "cities.nav_title",  # in the nav: Material's own active tab, unchanged
    STORY: "news.nav_title",
    "news/archive/": "news.nav_title",
    "news/topics/events/": "news.nav_title",
    "toolkit/round-tables/": "breadcrumbs.toolkit",
    "downloads/": "breadcrumbs.toolkit",
    "self-assessment/": "breadcrumbs.toolkit",
}


def prefix(lang: str) -> str:
    return "" if lang == LANGUAGES[0] else f"{lang}/"


def soup_of(real_site, lang: str, path: str):
    return hp.parse(real_site.site / (prefix(lang) + path) / "index.html")


@pytest.mark.parametrize("lang", ["en", "de", "lv"])
@pytest.mark.parametrize("path", list(SECTION_OF))
def test_the_sections_tab_is_the_only_active_one(real_site, lang, path):
    soup = soup_of(real_site, lang, path)
    active = soup.select(".md-tabs .md-tabs__item--active")
    assert [tab.get_text(strip=True) for tab in active] == [STRINGS[lang][SECTION_OF[path]]]
    current = soup.select('.md-tabs [aria-current="true"]')
    assert current == active[0].select("a.md-tabs__link")


@pytest.mark.parametrize("lang", ["en", "de", "lv"])
@pytest.mark.parametrize("path", ["privacy/", "legal/"])
def test_pages_under_no_section_have_no_active_tab(real_site, lang, path):
    soup = soup_of(real_site, lang, path)
    assert soup.select(".md-tabs__item")
    assert not soup.select(".md-tabs__item--active, .md-tabs [aria-current]")


@pytest.mark.parametrize("lang", ["en", "de", "lv"])
@pytest.mark.parametrize(
    ("path", "title"),
    [
        ("news/archive/", lambda t: t["news.archive_title"]),
        ("news/topics/events/", lambda t: t["news.topic_title"].format(topic=t["topic.events"])),
    ],
)
def test_archive_and_topic_pages_have_breadcrumbs_in_their_language(real_site, lang, path, title):
    t = STRINGS[lang]
    crumbs = soup_of(real_site, lang, path).select("nav.epi-breadcrumbs")
    assert len(crumbs) == 1
    assert crumbs[0]["lang"] == lang
    assert crumbs[0]["aria-label"] == t["breadcrumbs.label"]
    links = crumbs[0].select("ol > li > a")
    assert [a.get_text(strip=True) for a in links] == [t["breadcrumbs.home"], t["news.nav_title"], title(t)]
    page = "http://site/" + prefix(lang) + path
    assert [urljoin(page, a["href"]) for a in links] == [
        "http://site/" + prefix(lang),
        "http://site/" + prefix(lang) + "news/",
        page,
    ]
    assert links[-1]["aria-current"] == "page"
