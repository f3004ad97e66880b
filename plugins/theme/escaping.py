"""Escape editor text in Material's templates.

MkDocs' Jinja environment has no autoescape, and Material prints page titles, nav titles and
the site name as they are: a title such as ``Cities & "pacts" <b>`` would become markup in
the header, the nav, the tabs, the breadcrumbs, the footer, the ``<h1>`` and the ``<title>``
(where ``striptags`` even turns entities back into characters). Every page of ours has a
front-matter ``title`` (raw text), so ``| e`` is right everywhere below.

Material is in maintenance mode and pinned ``<10``. The templates are patched as they are
loaded, by exact string replacement (the header also gets the site's short name for narrow
screens, beside its full name, the same way); each snippet must occur exactly as often as expected, or
loading fails with an error naming the template (a Material update must be checked, not
silently left unescaped).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from jinja2 import BaseLoader, Environment, TemplateNotFound

from .nav_cache import PATCHES as NAV_CACHE_PATCHES
from .nav_cache import TAB_PATCHES, cached_include
from .ui_texts import PALETTE_PATCHES, TABS_PATCHES

Patch = tuple[str, str, int]  # (snippet, replacement, how often the snippet occurs)

SITE_NAME = ("{{ config.site_name }}", "{{ config.site_name | e }}")
# The short name of the site in the page's language (a UI string of epi-i18n), where there is one.
SHORT_NAME = (
    '{% if epi_t is defined %}<span class="epi-name__short">{{ epi_t("site.short_name") | e }}</span>'
    "{% endif %}"
)
# (after a dash: axe's label-in-name check does not see a name in parentheses)
SHORT_NAME_SUFFIX = '{% if epi_t is defined %} – {{ epi_t("site.short_name") | e }}{% endif %}'

PATCHES: dict[str, tuple[Patch, ...]] = {
    "base.html": (
        ("{{ page.meta.title }}", "{{ page.meta.title | e }}", 1),
        ("{{ page.title | striptags }}", "{{ page.title | e }}", 1),
        (*SITE_NAME, 3),
        ("{{ page.meta.description }}", "{{ page.meta.description | e }}", 1),
        ("{{ config.site_description }}", "{{ config.site_description | e }}", 1),
        *NAV_CACHE_PATCHES,  # not escaping: the nav and tabs rendered once for the pages outside the nav
    ),
    "partials/header.html": (
        ("{{ page.meta.title }}", "{{ page.meta.title | e }}", 1),
        ("{{ page.title }}", "{{ page.title | e }}", 1),
        # The logo is our wordmark, the short name (partials/logo.html): the link's name says both.
        (
            'aria-label="{{ config.site_name }}" data-md-component="logo"',
            f'aria-label="{{{{ config.site_name | e }}}}{SHORT_NAME_SUFFIX}" data-md-component="logo"',
            1,
        ),
        # Our search box (epi-search: Pagefind, loaded on first use) where Material's would be.
        (
            '{% if "material/search" in config.plugins %}',
            "{% if epi_search is defined and epi_search %}"
            + cached_include("partials/epi-search.html", "same_for_every_page")
            + "{% endif %}"
            '{% if "material/search" in config.plugins %}',
            1,
        ),
        # The site's name in the header; on narrow screens the short name instead (epi.css).
        (
            '<span class="md-ellipsis">\n            {{ config.site_name }}\n          </span>',
            '<span class="md-ellipsis epi-name">'
            f'<span class="epi-name__full">{{{{ config.site_name | e }}}}</span>{SHORT_NAME}</span>',
            1,
        ),
    ),
    "partials/nav.html": ((*SITE_NAME, 2),),
    "partials/nav-item.html": (
        ("{{ nav_item.title }}", "{{ nav_item.title | e }}", 1),
        ("{{ nav_item.meta.subtitle }}", "{{ nav_item.meta.subtitle | e }}", 1),
    ),
    "partials/path-item.html": (("{{ nav_item.title }}", "{{ nav_item.title | e }}", 1),),
    "partials/tabs-item.html": (
        ("{{ ref.title }}", "{{ ref.title | e }}", 1),
        *TAB_PATCHES,  # not escaping: the tab of a page outside the nav is active too (nav_cache.py)
    ),
    "partials/footer.html": (
        ("{{ page.previous_page.title }}", "{{ page.previous_page.title | e }}", 1),
        ("{{ page.next_page.title }}", "{{ page.next_page.title | e }}", 1),
    ),
    # Not escaping: UI texts in the page's language (ui_texts.py).
    "partials/palette.html": PALETTE_PATCHES,
    "partials/tabs.html": TABS_PATCHES,
    "partials/content.html": (
        (
            "{{ page.title | d(config.site_name, true)}}",
            "{{ page.title | d(config.site_name, true) | e }}",
            1,
        ),
    ),
}


class TemplateChanged(Exception):
    pass


def patch_template(name: str, source: str, patches: tuple[Patch, ...]) -> str:
    """``source`` with every snippet replaced; TemplateChanged if a snippet is not there as often
    as expected."""
    for snippet, replacement, expected in patches:
        found = source.count(snippet)
        if found != expected:
            raise TemplateChanged(
                f"expected the template {name} to contain {snippet!r} {expected} time(s), "
                f"found it {found} time(s): "
                "check plugins/theme/escaping.py against this Material version"
            )
        source = source.replace(snippet, replacement)
    return source


class EscapingLoader(BaseLoader):
    """Wraps a Jinja loader: the templates named in ``patches`` come out patched."""

    def __init__(self, inner: BaseLoader, patches: Mapping[str, tuple[Patch, ...]] = PATCHES) -> None:
        self.inner = inner
        self.patches = patches

    def get_source(
        self, environment: Environment, template: str
    ) -> tuple[str, str | None, Callable[[], bool] | None]:
        source, filename, uptodate = self.inner.get_source(environment, template)
        if template in self.patches:
            source = patch_template(template, source, self.patches[template])
        return source, filename, uptodate

    def list_templates(self) -> list[str]:
        return self.inner.list_templates()


def escape_material(env: Environment) -> Environment:
    """Make ``env`` load the patched templates (idempotent), and patch each of them now, so that
    a changed template fails before any page is rendered."""
    if not isinstance(env.loader, EscapingLoader):
        if env.loader is None:
            raise TypeError("escape_material: the Jinja environment has no template loader")
        env.loader = EscapingLoader(env.loader)
    for name in env.loader.patches:
        try:
            env.loader.get_source(env, name)
        except TemplateNotFound:
            raise TemplateChanged(
                f"expected a template {name}: check plugins/theme/escaping.py against this Material version"
            ) from None
    return env
