"""The seven EPI cities on the real site: every page in every language, the published scores
and nothing else."""

from __future__ import annotations

import pytest

from tests.conftest import LANGUAGES
from tests.site import html_pages as hp

CITIES = ["cartagena", "cluj-napoca", "dietzenbach", "linkoping", "lublin", "ravenna", "riga"]


def prefix(lang):
    return "" if lang == "en" else f"{lang}/"


def page(site, url):
    return hp.parse(site / url / "index.html")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_seven_city_pages_and_a_map_in_every_language(real_site, lang):
    for slug in CITIES:
        soup = page(real_site.site, f"{prefix(lang)}cities/{slug}/")
        assert soup.html["lang"] == lang
        assert soup.select_one('article svg.epi-chart[role="img"]') is not None
    index = page(real_site.site, f"{prefix(lang)}cities/")
    links = index.select("svg.epi-map a.epi-map__city")
    assert sorted(link["href"] for link in links) == sorted(f"{slug}/" for slug in CITIES)
    for link in links:
        assert page(real_site.site, f"{prefix(lang)}cities/{link['href']}").html["lang"] == lang
    assert page(real_site.site, f"{prefix(lang)}cities/compare/").html["lang"] == lang


def score_cells(soup) -> dict[str, str]:
    """First column → second column of the area table of a city page."""
    rows = soup.select("article table tr")
    return {
        r.select("td")[0].get_text(strip=True): r.select("td")[1].get_text(" ", strip=True)
        for r in rows
        if r.select("td")
    }


def test_published_scores_only(real_site):
    cartagena = page(real_site.site, "cities/cartagena/")
    cells = score_cells(cartagena)
    assert cells["Overall index"].startswith("67/100")
    assert cells["Business and the labour market"].startswith("100/100")
    assert cells["Commitment"] == "not published"
    assert page(real_site.site, "lv/cities/cartagena/").select_one("article").get_text().count("67/100") >= 1
    assert score_cells(page(real_site.site, "cities/linkoping/"))["Overall index"].startswith("53/100")
    for slug in ["cluj-napoca", "dietzenbach", "lublin", "ravenna", "riga"]:
        cells = score_cells(page(real_site.site, f"cities/{slug}/"))
        assert set(cells.values()) == {"not published"}, slug


def test_every_figure_on_a_city_page_links_a_source(real_site):
    for slug in CITIES:
        for row in page(real_site.site, f"cities/{slug}/").select("article table tr"):
            cells = row.select("td")
            if cells and cells[1].get_text(strip=True) != "not published":
                assert cells[1].select_one("a[href^='http']") is not None, (slug, row.get_text())


def test_open_data_lists_seven_cities(real_site):
    import json

    document = json.loads((real_site.site / "data" / "cities.json").read_text())
    assert sorted(c["slug"] for c in document["cities"]) == CITIES
    cartagena = next(c for c in document["cities"] if c["slug"] == "cartagena")
    assert cartagena["overall"]["score"] == 67
    assert cartagena["areas"]["business-labour-market"]["score"] == 100
    assert cartagena["areas"]["commitment"] == {"score": None, "source": None}
