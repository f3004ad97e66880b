"""nav_cache: one rendering of the nav per set of relative links, never for a page in the nav."""

from __future__ import annotations

from types import SimpleNamespace as NS

from jinja2 import DictLoader, Environment

from epi_portal.theme.nav_cache import NavCache, cached_include


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
