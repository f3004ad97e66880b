"""UI texts of the theme and of Python-Markdown's extensions in the page's language."""

from __future__ import annotations

import markdown
import pytest
from mkdocs.theme import Theme

from epi_portal._shared.strings import DEFAULT_DIR, load_tables
from epi_portal.i18n.markdown_texts import localize_extensions
from epi_portal.theme.escaping import escape_material
from epi_portal.theme.ui_texts import palette_key
from tests.conftest import LANGUAGES

TABLES = load_tables(DEFAULT_DIR, LANGUAGES)
LIGHT = {
    "media": "(prefers-color-scheme: light)",
    "scheme": "default",
    "toggle": {"icon": "material/weather-night", "name": "Dark!"},
}
DARK = {
    "media": "(prefers-color-scheme: dark)",
    "scheme": "slate",
    "toggle": {"icon": "material/weather-sunny", "name": "Light!"},
}


@pytest.mark.parametrize(
    ("palette", "index", "key"),
    [
        ([LIGHT, DARK], 0, "theme.palette_to_dark"),  # the toggle switches to the next option
        ([LIGHT, DARK], 1, "theme.palette_to_light"),  # the last one to the first
        ([DARK, LIGHT], 0, "theme.palette_to_light"),
        ([{"toggle": {}}, DARK], 1, "theme.palette_to_light"),  # no scheme: Material's default
        ([LIGHT, {**DARK, "scheme": "sepia"}], 0, None),  # a scheme of the site's own: its name stays
    ],
)
def test_palette_key(palette, index, key):
    assert palette_key(palette, index) == key


def render_palette(palette, t=None):
    env = escape_material(Theme(name="material").get_env())
    env.globals["epi_palette_key"] = palette_key
    if t:
        env.globals["epi_t"] = t
    return env.get_template("partials/palette.html").render(config={"theme": {"palette": palette}})


def test_palette_toggles_named_in_the_page_language():
    html = render_palette([LIGHT, DARK], lambda key: TABLES.get("de", key))
    assert html.count('"Zum dunklen Modus wechseln"') == 2  # aria-label and title
    assert html.count('"Zum hellen Modus wechseln"') == 2
    assert "Dark!" not in html and "Light!" not in html


def test_palette_names_from_mkdocs_yml_without_ui_strings_or_for_own_schemes():
    assert render_palette([LIGHT, DARK]).count('"Dark!"') == 2
    html = render_palette([LIGHT, {**DARK, "scheme": "sepia"}], lambda key: TABLES.get("de", key))
    assert html.count('"Dark!"') == 2 and html.count('"Zum hellen Modus wechseln"') == 2


def test_tabs_label_from_the_ui_strings():
    env = escape_material(Theme(name="material").get_env())
    env.globals["epi_t"] = lambda key: TABLES.get("it", key)
    html = env.get_template("partials/tabs.html").render(nav=type("Nav", (), {"items": []})(), config={})
    assert 'aria-label="Schede"' in html


TEXT = "# Title\n\nText.[^1]\n\n[^1]: A note.\n"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_markdown_extension_texts_in_the_language(lang):
    extensions = ["toc", "footnotes", "tables"]
    configs = {"toc": {"permalink": True}}
    localize_extensions(extensions, configs, lambda key, **values: TABLES.get(lang, key, **values))
    html = markdown.Markdown(extensions=extensions, extension_configs=configs).convert(TEXT)
    assert f'title="{TABLES.get(lang, "markdown.permalink")}"' in html
    assert f'title="{TABLES.get(lang, "markdown.footnote_backlink", number=1)}"' in html
    assert configs["toc"]["permalink"] is True  # the site's own settings stay


def test_markdown_extension_texts_only_for_the_extensions_in_use():
    configs: dict = {}
    localize_extensions(["markdown.extensions.toc", "admonition"], configs, lambda key, **values: key)
    assert configs == {"markdown.extensions.toc": {"permalink_title": "markdown.permalink"}}
