"""Rendering city data into Markdown: scores, not-published figures, escaping, charts."""

from __future__ import annotations

import pytest

from epi_portal._shared.language import Language
from epi_portal._shared.markdown_text import link, template, text
from epi_portal._shared.strings import DEFAULT_DIR, load_tables
from epi_portal.cities import render
from epi_portal.cities.charts import Bar, bar_chart
from epi_portal.cities.load import load_cities
from epi_portal.cities.model import Figure
from tests.conftest import FIXTURE_SITE, LANGUAGES, REPO

STRINGS = load_tables(DEFAULT_DIR, LANGUAGES)


def language(lang: str) -> Language:
    return Language(lang, tuple(LANGUAGES), STRINGS)


@pytest.fixture(scope="module")
def data():
    return load_cities(
        FIXTURE_SITE / "content" / "cities", ["en", "de"], schemas=REPO / "schemas", root=FIXTURE_SITE
    )


@pytest.mark.parametrize(
    ("figure", "lang", "expected"),
    [
        (Figure(67, "https://x.test"), "en", "67/100"),
        (Figure(None), "en", "not published"),
        (Figure(None), "lv", "nav publicēts"),
        (Figure(0, "https://x.test"), "en", "0/100"),  # a real zero is a score, not a missing one
    ],
)
def test_score_text(figure, lang, expected):
    assert render.score_text(figure, language(lang)) == expected


def test_city_page(data):
    page = render.city_page(data.city("exampleton"), data, language("de"), root="../../../")
    assert page.startswith(
        "---\ndescription: Eine erfundene Stadt für Tests.\nhide:\n- navigation\ntitle: Beispielstadt\n---\n"
    )
    assert '<nav class="epi-breadcrumbs" aria-label="Sie sind hier" lang="de">' in page
    assert "# Beispielstadt" in page
    assert "12/100" in page and "nicht veröffentlicht" in page
    assert "Exampleton Test Office &lt;b&gt;not bold&lt;/b&gt;" in page
    assert '<a href="../../../data/cities.json">JSON</a>' in page
    assert "[Alle Städte](<index.md>)" in page or "(<index.md>)" in page


def test_fallback_narrative_is_marked(data):
    page = render.city_page(data.city("mockford"), data, language("de"), root="../../../")
    assert '<div lang="en" markdown>' in page
    assert "Originalsprache angezeigt: Englisch" in page


def test_related_sections_go_before_the_sources(data):
    page = render.city_page(
        data.city("mockford"), data, language("en"), root="../../", related=["## News\n\n- a story\n"]
    )
    assert page.index("## News") < page.index("## Sources")


def test_bar_chart_draws_nothing_for_a_missing_score():
    svg = bar_chart(
        [Bar("A", 50, "50"), Bar("B", None, "not published")], chart_id="c", title="T", description="D"
    )
    assert svg.count('class="epi-chart__bar"') == 1
    assert 'role="img" aria-labelledby="c-title c-desc"' in svg
    assert ">not published</text>" in svg


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("<script>", "&lt;script&gt;"),
        ("a|b", "a\\|b"),
        ("*bold* [x](y)", "\\*bold\\* \\[x\\]\\(y\\)"),
        ("two\n lines", "two lines"),
        ("2021. A year", "2021\\. A year"),
    ],
)
def test_text_is_never_markup(value, expected):
    assert text(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "Cities & \"pacts\" <img src=x onerror=alert(1)> ]]> 'q' &amp; </script><!--",
        "2021. A year [x](javascript:alert(1)) *em* `code` # no heading | a | b |",
        "- not a list > not a quote \\ backslash ~~no~~ __no__ _no_",
    ],
)
def test_text_reads_back_exactly_after_markdown(value):
    import markdown
    from bs4 import BeautifulSoup

    for block in (text(value), f"- {text(value)}", f"# {text(value)}"):
        soup = BeautifulSoup(markdown.markdown(block, extensions=["tables", "attr_list"]), "lxml")
        shown = soup.find(["p", "li", "h1"])
        assert shown.get_text() == value and not shown.find(True), block


def test_template_and_link():
    assert (
        template("Scores of the {method}.", method=link("ICC Index", "https://x.test/a_(b)"))
        == "Scores of the [ICC Index](<https://x.test/a_(b)>)."
    )
