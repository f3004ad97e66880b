"""Material's nav and tabs rendered once per language for all the pages outside the nav.

Material renders the whole site nav (drawer) and the tabs for every page; with 1,000 stories
in eight languages that is 8,000 renderings of the same HTML. For a page that is not in the nav,
nothing in the nav is active, so what the nav and the tabs depend on is the language build (the
nav object, the config, the UI strings) and the page's URL only through the relative links the
``url`` filter makes: the cache key is exactly those links. The tabs depend on the page's
section too (its tab is the active one, tabs.py): their key adds the section, so they are
rendered once per section and set of links, not once per page. Pages in the nav (or with an
active item) are rendered as before. The search box, the same on every page of a language, is
cached too. The cache is emptied at each language build (``on_env``).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator
from typing import Any

from markupsafe import Markup
from mkdocs.utils import get_relative_url

from .tabs import folders, section_of


def _urls(items: list[Any]) -> Iterator[str]:
    for item in items:
        url = getattr(item, "url", None)
        if isinstance(url, str):
            yield url
        yield from _urls(getattr(item, "children", None) or [])


def _active(items: list[Any]) -> bool:
    return any(
        getattr(item, "active", False) or _active(getattr(item, "children", None) or []) for item in items
    )


class NavCache:
    """Rendered partials by (name, the relative URLs of the nav's links from the page); used by
    the patched base.html (escaping.PATCHES)."""

    def __init__(self) -> None:
        self._html: dict[Hashable, Markup] = {}
        self._nav: tuple[int, tuple[str, ...]] | None = None  # (id of the nav, its link targets)
        self._folders: tuple[int, tuple[tuple[str, int], ...]] | None = None  # (id of the nav, tabs.folders)

    def clear(self) -> None:
        self._html.clear()
        self._nav = None
        self._folders = None

    def section(self, page: Any, nav: Any) -> int | None:
        """The index in ``nav.items`` of the tab of ``page``, a page outside the nav; None for a
        page in the nav (Material marks its tab), no page, or a page under no section."""
        if page is None or nav is None or page in nav.pages or _active(nav.items):
            return None
        if self._folders is None or self._folders[0] != id(nav):
            home = nav.homepage.url if nav.homepage else None
            self._folders = (id(nav), folders(nav.items, home))
        return section_of(page.url, self._folders[1])

    def tab(self, page: Any, nav: Any) -> Any:
        """The top-level nav item of ``page``'s section (see ``section``), or None."""
        index = self.section(page, nav)
        return None if index is None else nav.items[index]

    def key(self, name: str, page: Any, nav: Any) -> Hashable | None:
        """The key of ``name`` rendered for ``page``, or None if it must be rendered (a page in
        the nav, or no page)."""
        if page is None or nav is None or page in nav.pages or _active(nav.items):
            return None
        if self._nav is None or self._nav[0] != id(nav):
            self._nav = (id(nav), (nav.homepage.url if nav.homepage else "", *_urls(nav.items)))
        targets = self._nav[1]
        return (name, id(nav), tuple(get_relative_url(url, page.url) for url in targets))

    def key_by_section(self, name: str, page: Any, nav: Any) -> Hashable | None:
        """The key of a partial that also shows the page's section (the tabs)."""
        key = self.key(name, page, nav)
        return None if key is None else (key, self.section(page, nav))

    def same_for_every_page(self, name: str, page: Any, nav: Any) -> Hashable:
        """The key of a partial that depends on the language build only (the search box)."""
        return (name,)

    def has(self, key: Hashable) -> bool:
        return key in self._html

    def get(self, key: Hashable) -> Markup:
        return self._html[key]

    def put(self, key: Hashable, html: str) -> Markup:
        self._html[key] = Markup(html)
        return self._html[key]


def cached_include(name: str, key: str = "key") -> str:
    """Jinja for ``{% include name %}`` through the cache ``epi_nav_cache`` (a NavCache), when the
    theme plugin has set it; the output is the include's, byte for byte. ``key``: the NavCache
    method that makes the key."""
    include = f'{{% include "{name}" %}}'
    return (
        f'{{% set epi_key = epi_nav_cache.{key}("{name}", page, nav)'
        " if epi_nav_cache is defined else none %}"
        f"{{% if epi_key is none %}}{include}"
        "{% elif epi_nav_cache.has(epi_key) %}{{ epi_nav_cache.get(epi_key) }}"
        f"{{% else %}}{{% set epi_html %}}{include}{{% endset %}}"
        "{{ epi_nav_cache.put(epi_key, epi_html) }}"
        "{% endif %}"
    )


# For escaping.PATCHES: base.html's includes of the nav and the tabs, through the cache.
PATCHES = (
    ('{% include "partials/nav.html" %}', cached_include("partials/nav.html"), 1),
    ('{% include "partials/tabs.html" %}', cached_include("partials/tabs.html", "key_by_section"), 1),
)
# For escaping.PATCHES: tabs-item.html marks the tab of a page outside the nav active, as
# Material marks the tab of a page in it (``ref``: the top-level item the tab stands for), and
# says so to screen readers too (aria-current="true": the section, not the page, is current).
TAB_PATCHES = (
    (
        "{% if ref.active %}",
        "{% if ref.active or (epi_nav_cache is defined and ref is sameas epi_nav_cache.tab(page, nav)) %}",
        1,
    ),
    (
        'class="md-tabs__link"',
        'class="md-tabs__link"{% if "md-tabs__item--active" in class %} aria-current="true"{% endif %}',
        2,
    ),
)
