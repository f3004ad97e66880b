"""Breadcrumbs of the pages outside the nav, the hidden sidebar of generated pages, and the nav's
section titles agreeing with the UI strings."""

from __future__ import annotations

import pytest
import yaml

from epi_portal._shared.breadcrumbs import breadcrumbs
from epi_portal._shared.language import Language
from epi_portal._shared.markdown_text import front_matter
from epi_portal._shared.strings import DEFAULT_DIR, load_tables
from tests.conftest import LANGUAGES, REPO

STRINGS = load_tables(DEFAULT_DIR, LANGUAGES)
HOSTILE = "Cities & \"pacts\" <img src=x onerror=alert(1)> ]]> 'q'"
ESCAPED = "Cities &amp; &#34;pacts&#34; &lt;img src=x onerror=alert(1)&gt; ]]&gt; &#39;q&#39;"


class _Loader(yaml.SafeLoader):
    """mkdocs.yml as YAML: its ``!ENV`` values do not matter here."""


_Loader.add_constructor("!ENV", lambda loader, node: None)


def language(lang: str) -> Language:
    return Language(lang, tuple(LANGUAGES), STRINGS)


def test_breadcrumbs_in_the_pages_language_with_relative_links():
    html = breadcrumbs(
        language("lv"), section="Pilsētas", section_path="cities/", title="Rīga", current="cities/riga/"
    )
    assert html == (
        '<nav class="epi-breadcrumbs" aria-label="Jūs atrodaties šeit" lang="lv"><ol>'
        '<li><a href="../../">Sākums</a></li><li><a href="../">Pilsētas</a></li>'
        '<li><a href="./" aria-current="page">Rīga</a></li></ol></nav>'
    )
    assert "\n" not in html  # one line: a raw HTML block in Markdown


def test_breadcrumbs_escape_the_title_and_mark_its_language():
    loc = language("de")
    html = breadcrumbs(
        loc, section="Werkzeugkasten", section_path="toolkit/", title=HOSTILE, current="toolkit/x/"
    )
    assert f'<a href="./" aria-current="page">{ESCAPED}</a>' in html and "<img" not in html
    english = breadcrumbs(
        loc,
        section="Werkzeugkasten",
        section_path="toolkit/",
        title="Pilot",
        current="toolkit/x/",
        title_lang="en",
    )
    assert '<a href="./" aria-current="page" lang="en">Pilot</a>' in english
    same = breadcrumbs(
        loc,
        section="Werkzeugkasten",
        section_path="toolkit/",
        title="Pilot",
        current="toolkit/x/",
        title_lang="de",
    )
    assert 'lang="de">Pilot' not in same


def test_front_matter_can_hide_the_navigation():
    assert "hide" not in yaml.safe_load(front_matter("T", "D").split("---")[1])
    meta = yaml.safe_load(front_matter("T", "D", hide_navigation=True).split("---")[1])
    assert meta == {"title": "T", "description": "D", "hide": ["navigation"]}


def test_nav_section_titles_agree_with_the_ui_strings():
    """The tabs (mkdocs.yml nav_translations) and the breadcrumbs (UI strings) name the sections alike."""
    config = yaml.load((REPO / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)
    i18n = next(p["i18n"] for p in config["plugins"] if isinstance(p, dict) and "i18n" in p)
    for entry in i18n["languages"]:
        lang = entry["locale"]
        names = entry.get("nav_translations") or {}
        t = STRINGS.for_language(lang)
        expected = {
            "Home": t("breadcrumbs.home"),
            "Cities": t("cities.nav_title"),
            "Toolkit": t("breadcrumbs.toolkit"),
        }
        for english, translated in expected.items():
            assert names.get(english, english) == translated, (lang, english)
        assert set(names) <= {"Home", "The project", "Cities", "Toolkit"}, lang
        if lang != LANGUAGES[0]:
            assert set(names) == {"Home", "The project", "Cities", "Toolkit"}, lang


@pytest.mark.parametrize(
    "value",
    [
        "Plain",
        'Quotes " and \\ backslash',
        "Colon: dash - hash # [brackets] {braces} & * ! | > ' %",
        "yes",
        "null",
        "2021-06-01",
        "Tab\tnew\nline\r and NEL\x85 LS\u2028 PS\u2029",
        "Control \x00\x07\x1b and DEL\x7f C1\x9f",
        "Ünïcödé Rīga Łódź ĀĒĪŪ 🇪🇺 \ufeffbom \ufffe",
        "  leading and trailing  ",
        "",
    ],
)
def test_front_matter_reads_back_as_written(value):
    meta = yaml.safe_load(front_matter(value, value, hide_navigation=True).split("---\n")[1])
    assert meta == {"title": value, "description": value, "hide": ["navigation"]}


def test_front_matter_can_keep_a_page_out_of_search():
    assert "search" not in yaml.safe_load(front_matter("T", "D").split("---")[1])
    meta = yaml.safe_load(front_matter("T", "D", searchable=False).split("---")[1])
    assert meta["search"] == {"exclude": True}
