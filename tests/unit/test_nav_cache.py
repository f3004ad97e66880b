"""nav_cache: one rendering of the nav per set of relative links, never for a page in the nav."""

from __future__ import annotations

import re
from types import SimpleNamespace as NS

import pytest
from jinja2 import DictLoader, Environment
from mkdocs.theme import Theme

from epi_portal.theme.escaping import escape_material
from epi_portal.theme.nav_cache import NavCache, cached_include
from epi_portal.theme.tabs import folders, section_of


def _nav():
    home, about = NS(url="", active=False), NS(url="about/", active=False)
    section = NS(url=None, active=False, children=[NS(url="news/", active=False)])
    return NS(items=[home, about, section], pages=[home, about, section.children[0]], homepage=home)


def test_siblings_outside_the_nav_share_a_key():
    cache, nav = NavCache(), _nav()
    one, two = NS(url="news/a/"), NS(url="news/b/")
    assert cache.key("nav", one, nav) == cache.key("nav", two, nav) is not None
    assert cache.key("nav", NS(url="cities/a/"), nav) != cache.key("nav", one, nav)


def test_pages_in_the_nav_and_active_items_are_not_cached():
    cache, nav = NavCache(), _nav()
    assert cache.key("nav", nav.pages[1], nav) is None
    nav.items[2].children[0].active = True
    assert cache.key("nav", NS(url="news/a/"), nav) is None
    assert cache.key("nav", None, nav) is None


def test_cached_include_renders_the_include_once():
    calls = []
    env = Environment(
        loader=DictLoader({"nav.html": "<nav>{{ count() }}</nav>", "page.html": cached_include("nav.html")})
    )
    env.globals["count"] = lambda: calls.append(1) or len(calls)
    cache, nav = NavCache(), _nav()
    template = env.get_template("page.html")
    first = template.render(epi_nav_cache=cache, page=NS(url="news/a/"), nav=nav)
    again = template.render(epi_nav_cache=cache, page=NS(url="news/b/"), nav=nav)
    plain = template.render(page=NS(url="news/a/"), nav=nav)  # no cache: the include as it is
    assert first == again == "<nav>1</nav>"
    assert plain == "<nav>2</nav>"


def _site_nav(lang: str = ""):
    """The real site's nav shape: Home, The project (about, partners), Cities (cities/, compare),
    News (a page), Toolkit (toolkit/, self-assessment/, downloads/)."""

    def page(url):
        return NS(url=lang + url, active=False, is_page=True, children=None)

    def section(*pages):
        return NS(url=None, active=False, is_page=False, children=list(pages))

    items = [
        page(""),
        section(page("about/"), page("partners/")),
        section(page("cities/"), page("cities/compare/")),
        page("news/"),
        section(page("toolkit/"), page("self-assessment/"), page("downloads/")),
    ]
    pages = [items[0], *items[1].children, *items[2].children, items[3], *items[4].children]
    return NS(items=items, pages=pages, homepage=items[0])


@pytest.mark.parametrize("lang", ["", "lv/"])
@pytest.mark.parametrize(
    ("url", "section"),
    [
        ("cities/riga/", 2),
        ("news/2022-05-30-final-conference-monza/", 3),
        ("news/archive/", 3),
        ("news/topics/events/", 3),
        ("news/page/2/", 3),
        ("toolkit/round-tables/", 4),
        ("privacy/", None),  # under no section's folder: not under Home either
        ("citiesx/", None),
    ],
)
def test_a_page_outside_the_nav_has_the_tab_of_its_folder(lang, url, section):
    cache, nav = NavCache(), _site_nav(lang)
    assert cache.section(NS(url=lang + url), nav) == section
    assert cache.tab(NS(url=lang + url), nav) is (None if section is None else nav.items[section])


def test_pages_in_the_nav_keep_materials_active_tab():
    cache, nav = NavCache(), _site_nav()
    assert cache.section(nav.pages[4], nav) is None  # cities/compare/: Material marks it
    assert cache.section(None, nav) is None


@pytest.mark.parametrize(
    ("urls", "table"),
    [
        (["index.html", "about.html", "cities/index.html", "cities/compare.html"], (("cities/", 1),)),
        (
            ["", "about/", "cities/", "cities/compare/"],
            (("cities/compare/", 1), ("cities/", 1), ("about/", 0)),
        ),
    ],
)
def test_folders_without_and_with_directory_urls(urls, table):
    home, about, *cities = (NS(url=url, is_page=True, children=None) for url in urls)
    items = [NS(is_page=False, children=[about]), NS(is_page=False, children=cities)]
    assert folders(items, home.url) == table
    assert section_of(urls[2].replace("index", "riga"), table) == 1
    assert section_of("privacy.html", table) is None


def test_tabs_are_cached_per_section_not_per_page():
    cache, nav = NavCache(), _site_nav()
    riga, lublin, story = (NS(url=url) for url in ("cities/riga/", "cities/lublin/", "news/a-story/"))
    # the key of the nav (the relative links) and the section: one rendering per section and links
    assert cache.key_by_section("tabs", riga, nav) == (cache.key("tabs", riga, nav), 2)
    assert cache.key_by_section("tabs", riga, nav) == cache.key_by_section("tabs", lublin, nav)
    assert cache.key_by_section("tabs", story, nav) == (cache.key("tabs", story, nav), 3)
    assert cache.key_by_section("tabs", nav.pages[4], nav) is None


def test_materials_tabs_mark_the_section_of_a_page_outside_the_nav():
    env = escape_material(Theme(name="material").get_env())
    cache, nav = NavCache(), _site_nav()
    for item, title in zip(nav.items, ["Home", "Project", "Cities", "News", "Toolkit"], strict=True):
        item.title, item.is_index, item.meta = title, False, {}
    tabs = env.get_template("partials/tabs.html")
    html = tabs.render(
        epi_nav_cache=cache,
        page=NS(url="cities/riga/"),
        nav=nav,
        features=["navigation.tabs"],
        lang={"t": lambda key: key},
        base_url=".",
        config={},
    )
    active = re.findall(r'<li class="md-tabs__item md-tabs__item--active">\s*<a [^>]*>\s*(\w+)', html)
    assert active == ["Cities"]
    assert html.count("md-tabs__item--active") == html.count('aria-current="true"') == 1
