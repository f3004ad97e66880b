"""What is known: a city's published scores with the rest folded away, and the comparison's matrix
of the published scores only."""

from __future__ import annotations

from dataclasses import replace

import pytest

from epi_portal._shared.language import Language
from epi_portal._shared.markdown_text import text
from epi_portal._shared.strings import DEFAULT_DIR, load_tables
from epi_portal.cities import known, render
from epi_portal.cities.load import load_cities
from epi_portal.cities.model import Assessment, Figure
from tests.conftest import FIXTURE_LANGUAGES, FIXTURE_SITE, LANGUAGES, REPO

STRINGS = load_tables(DEFAULT_DIR, LANGUAGES)
SOURCE = "https://x.test/s"


def language(lang: str) -> Language:
    return Language(lang, tuple(LANGUAGES), STRINGS)


@pytest.fixture(scope="module")
def data():
    return load_cities(
        FIXTURE_SITE / "content" / "cities", FIXTURE_LANGUAGES, schemas=REPO / "schemas", root=FIXTURE_SITE
    )


def scored(data, slug: str, overall: float | None, **areas: float | None):
    assessment = Assessment(
        "icc-index",
        None,
        Figure(overall, SOURCE if overall is not None else None),
        {
            area.replace("_", "-"): Figure(score, SOURCE if score is not None else None)
            for area, score in areas.items()
        },
    )
    return replace(data.city(slug), assessment=assessment)


def with_cities(data, *cities):
    return replace(data, cities=tuple(cities))


def test_fold_keeps_the_published_in_the_method_order(data):
    city = scored(data, "exampleton", 67, media=None, business_labour_market=100, commitment=0)
    folded = known.fold(city.assessment, data.method)
    assert [(area.id, figure.score) for area, figure in folded.published] == [
        ("commitment", 0),  # a real zero is a score
        ("business-labour-market", 100),
    ]
    assert len(folded.missing) == len(data.method.areas) - 2 and folded.total == len(data.method.areas)
    assert "media" in [area.id for area in folded.missing] and not folded.nothing


@pytest.mark.parametrize(("overall", "nothing"), [(None, True), (53, False)])
def test_fold_of_a_city_without_area_scores(data, overall, nothing):
    folded = known.fold(scored(data, "mockford", overall).assessment, data.method)
    assert folded.published == () and len(folded.missing) == folded.total
    assert folded.nothing is nothing


def test_matrix_has_only_what_some_city_published(data):
    a = scored(data, "exampleton", 67, business_labour_market=100)
    b = scored(data, "mockford", 53, language=None)
    found = known.matrix(with_cities(data, a, b))
    assert found.columns == (known.OVERALL, "business-labour-market")
    assert [(city.slug, [f.score for f in figures]) for city, figures in found.rows] == [
        ("exampleton", [67, 100]),
        ("mockford", [53, None]),
    ]
    assert found.unscored == ()
    assert found.areas == len(data.method.areas) and len(found.empty_areas) == found.areas - 1


def test_matrix_names_the_cities_without_any_score(data):
    a = scored(data, "exampleton", None, media=40)
    b = scored(data, "mockford", None)
    found = known.matrix(with_cities(data, a, b), (b, a))  # in the order given
    assert found.columns == ("media",)
    assert [city.slug for city, _ in found.rows] == ["exampleton"]
    assert [city.slug for city in found.unscored] == ["mockford"]
    assert known.OVERALL in found.empty and known.OVERALL not in found.empty_areas


def test_matrix_of_nothing(data):
    found = known.matrix(with_cities(data, scored(data, "mockford", None)))
    assert found.columns == () and found.rows == () and len(found.empty_areas) == found.areas


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Area scores not published: 17 of 18"),
        ("de", "Nicht veröffentlichte Bereichsergebnisse: 17 von 18"),
        ("pl", "Nieopublikowane wyniki obszarów: 17 z 18"),
        ("lv", "Nepublicētie jomu rezultāti: 17 no 18"),
    ],
)
def test_city_page_draws_the_published_and_folds_the_rest(data, lang, line):
    city = scored(data, "exampleton", 67, business_labour_market=100)
    page = render.city_page(city, with_cities(data, city), language(lang), root="../../")
    assert page.count('class="epi-chart__bar"') == 2
    assert line in page
    folded = page.split('<details class="epi-unpublished__list">', 1)[1].split("</details>", 1)[0]
    assert folded.count("<li>") == 17  # the areas not published, listed on demand
    assert f"*{language(lang).t('score.not_published')}*" not in page  # no row of nothing
    table = [row for row in page.splitlines() if row.startswith("| ")]
    assert len(table) == 4  # the header, its rule, the overall and one area


def test_city_page_without_any_score_says_so_once(data):
    city = scored(data, "mockford", None)
    page = render.city_page(city, with_cities(data, city), language("de"), root="../../")
    assert "<svg" not in page and "epi-unpublished" not in page and "| " not in page
    assert page.count(text(language("de").t("city.no_scores"))) == 1


def test_report_link_on_the_folded_line(data):
    page = render.city_page(data.city("exampleton"), data, language("en"), root="../../")
    assert "Area scores not published: 17 of 18 – " in page
    assert '<a href="https://example.test/exampleton/review">see the full report</a>' in page


def test_compare_page_is_a_table_of_the_published(data):
    a = scored(data, "exampleton", 67, business_labour_market=100)
    b = scored(data, "mockford", None)
    page = render.compare_page(with_cities(data, a, b), language("lv"), root="../../../")
    assert page.count('<th scope="col">') == 3 and page.count('<th scope="row">') == 1
    assert '<div class="epi-matrix" role="region" aria-labelledby="compare-caption" tabindex="0">' in page
    assert "Nav publicētu rezultātu: [Mockford](<mockford.md>)" in page
    assert "Jomas, kurās nevienai pilsētai nav publicēta rezultāta: 17 no 18" in page
    assert '<a href="../../../data/cities.json">JSON</a>' in page
