"""The seven EPI cities on the real site: every page in every language, the published scores
and nothing else."""

from __future__ import annotations

import pytest
import yaml

from epi_portal._shared.strings import DEFAULT_DIR
from tests.conftest import LANGUAGES, REPO
from tests.site import html_pages as hp

CITIES = ["cartagena", "cluj-napoca", "dietzenbach", "linkoping", "lublin", "ravenna", "riga"]


def load_strings(lang: str) -> dict[str, str]:
    return yaml.safe_load((DEFAULT_DIR / f"{lang}.yml").read_text(encoding="utf-8"))


def prefix(lang):
    return "" if lang == "en" else f"{lang}/"


def page(site, url):
    return hp.parse(site / url / "index.html")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_seven_city_pages_and_a_map_in_every_language(real_site, lang):
    for slug in CITIES:
        soup = page(real_site.site, f"{prefix(lang)}cities/{slug}/")
        assert soup.html["lang"] == lang
        # a chart only where an area score was published: Cartagena's
        charts = soup.select('article svg.epi-chart[role="img"]')
        assert len(charts) == (slug == "cartagena"), slug
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
    """Only published scores in the table and the chart; the rest folded into one line (listed on
    demand); a city with no score at all: one sentence, no chart, no table."""
    cartagena = page(real_site.site, "cities/cartagena/")
    cells = score_cells(cartagena)
    assert list(cells) == ["Overall index", "Business and the labour market"]
    assert cells["Overall index"].startswith("67/100")
    assert cells["Business and the labour market"].startswith("100/100")
    assert len(cartagena.select("article svg.epi-chart rect.epi-chart__bar")) == 2
    folded = cartagena.select_one("article .epi-unpublished")
    assert folded.select_one("p").get_text(" ", strip=True).startswith("Area scores not published: 17 of 18")
    assert folded.select_one("p a")["href"].startswith("https://readkong.com/")  # the inferred report
    listed = [li.get_text() for li in folded.select("details li")]
    assert len(listed) == 17 and "Commitment" in listed and "Business and the labour market" not in listed
    assert page(real_site.site, "lv/cities/cartagena/").select_one("article").get_text().count("67/100") >= 1

    linkoping = page(real_site.site, "cities/linkoping/")
    assert score_cells(linkoping) == {} and linkoping.select("article svg.epi-chart") == []
    assert "Overall score (2020): 53/100" in article_text(real_site.site, "cities/linkoping/")
    line = linkoping.select_one("article .epi-unpublished p").get_text(" ", strip=True)
    assert line == "Area scores not published: 18 of 18"  # no report to point to
    assert len(linkoping.select("article .epi-unpublished details li")) == 18

    for slug in ["cluj-napoca", "dietzenbach", "lublin", "ravenna", "riga"]:
        soup = page(real_site.site, f"cities/{slug}/")
        assert score_cells(soup) == {}, slug
        assert soup.select("article svg.epi-chart, article .epi-unpublished") == [], slug
        text = article_text(real_site.site, f"cities/{slug}/")
        assert "No score from the city's EPI review has been published" in text, slug
        assert "not published" not in text, slug


def test_the_narrative_comes_before_the_scores(real_site):
    for lang in ("en", "lv"):
        headings = [
            h.get_text(strip=True).rstrip("¶")
            for h in page(real_site.site, f"{prefix(lang)}cities/cartagena/").select("article h2")
        ]
        strings = load_strings(lang)
        index = headings.index(strings["city.index_heading"])
        assert index >= 3 and headings.index(strings["city.key_facts"]) > index, headings


def test_every_figure_on_a_city_page_links_a_source(real_site):
    for slug in CITIES:
        soup = page(real_site.site, f"cities/{slug}/")
        for row in soup.select("article table tr"):
            cells = row.select("td")
            if cells and cells[1].get_text(strip=True) != "not published":
                assert cited(soup, cells[1]), (slug, row.get_text())


# The 'source' of the old "(source)" links after a score, in the languages checked.
SOURCE_WORD = {"en": "source", "de": "Quelle", "lv": "avots"}


def sources_list(soup) -> list[str]:
    """The addresses listed in the page's one list of sources (its footnotes), in order."""
    (notes,) = soup.select("article div.footnote")
    return [
        a["href"]
        for li in notes.select("ol > li")
        for a in li.select("a[href]")
        if a["href"].startswith("http")
    ]


def cited(soup, element) -> list[str]:
    """The addresses the footnote references in ``element`` lead to (the entries' own links)."""
    urls = []
    for ref in element.select("sup > a.footnote-ref"):
        entry = soup.select_one(f"li[id='{ref['href'][1:]}']")
        assert entry is not None, ref
        urls += [a["href"] for a in entry.select("a[href^='http']")]
    return urls


def score_sources(slug: str) -> dict[str, str]:
    """The published scores of a city and their sources: {"overall" or area id: url}."""
    document = yaml.safe_load((REPO / "content" / "cities" / slug / "assessment.yaml").read_text("utf-8"))
    figures = {"overall": document["overall"], **document.get("areas", {})}
    return {key: figure["source"] for key, figure in figures.items() if figure.get("score") is not None}


@pytest.mark.parametrize("lang", ["en", "de", "lv"])
def test_a_city_page_cites_one_way(real_site, lang):
    """A reference number after what a source says, leading to one list of sources at the end:
    no "(source)" link, each source listed once (those of city.yaml cited nowhere too), each score
    leading to its source, each reference named by its source for screen readers."""
    strings = load_strings(lang)
    for slug in CITIES:
        soup = page(real_site.site, f"{prefix(lang)}cities/{slug}/")
        article = soup.select_one("article")
        assert f"({SOURCE_WORD[lang]})" not in article.get_text(), slug
        assert not [a for a in article.select("a") if a.get_text(strip=True) == SOURCE_WORD[lang]], slug
        method = yaml.safe_load((REPO / "content" / "cities" / "method.yaml").read_text("utf-8"))
        assert f"({method['name'][lang]})" not in article.get_text(), slug
        listed = sources_list(soup)
        assert len(listed) == len(set(listed)), (slug, listed)
        city = yaml.safe_load((REPO / "content" / "cities" / slug / "city.yaml").read_text("utf-8"))
        assert {source["url"] for source in city["sources"]} <= set(listed), slug
        assert heading(soup, strings["common.sources"]).find_next_sibling() is soup.select_one(
            "article div.footnote"
        ), slug
        scores = score_sources(slug)
        if "overall" in scores:
            overall = next(
                p for p in article.select("p") if p.select_one("strong") and "/100" in p.get_text()
            )
            assert cited(soup, overall) == [scores["overall"]], slug
        cells = [row.select("td")[1] for row in article.select("table tr") if row.select("td")]
        tabled = len(scores) if set(scores) - {"overall"} else 0  # a table only with an area's score
        assert len([cell for cell in cells if cited(soup, cell)]) == tabled, slug
        for cell in cells:
            assert set(cited(soup, cell)) <= set(scores.values()), slug
        label = strings["common.source_label"].split("{source}")[0]
        for ref in article.select("a.footnote-ref"):
            name = ref.select_one(".epi-ref-name")
            assert name is not None and name.get_text().strip().startswith(label.strip()), (slug, ref)
        for backref in article.select("a.footnote-backref"):  # none leading nowhere
            assert soup.select_one(f"[id='{backref['href'][1:]}']") is not None, (slug, backref)


@pytest.mark.parametrize("lang", ["en", "de", "lv"])
def test_the_comparison_cites_one_way(real_site, lang):
    soup = page(real_site.site, f"{prefix(lang)}cities/compare/")
    article = soup.select_one("article")
    assert f"({SOURCE_WORD[lang]})" not in article.get_text()
    listed = sources_list(soup)
    assert len(listed) == len(set(listed)) >= 2, listed
    rows = {
        row.select_one("th a")["href"].strip("./"): row
        for row in article.select(".epi-matrix__table tbody tr")
    }
    assert set(rows) == {"cartagena", "linkoping"}
    for slug, row in rows.items():
        scored = [cell for cell in row.select("td") if cell.select_one(".epi-matrix__score")]
        assert len(scored) == len(score_sources(slug)), slug
        for cell in scored:
            assert cited(soup, cell) and set(cited(soup, cell)) <= set(score_sources(slug).values()), slug
    for backref in article.select("a.footnote-backref"):
        assert soup.select_one(f"[id='{backref['href'][1:]}']") is not None, backref


def test_open_data_lists_seven_cities(real_site):
    import json

    document = json.loads((real_site.site / "data" / "cities.json").read_text())
    assert sorted(c["slug"] for c in document["cities"]) == CITIES
    cartagena = next(c for c in document["cities"] if c["slug"] == "cartagena")
    assert cartagena["overall"]["score"] == 67
    assert cartagena["areas"]["business-labour-market"]["score"] == 100
    assert cartagena["areas"]["commitment"] == {"score": None, "source": None}


def article_text(site, url) -> str:
    return " ".join(page(site, url).select_one("article").get_text(" ", strip=True).split())


def test_cartagena_score_says_who_published_it_and_that_its_report_is_inferred(real_site):
    # cartagena.es gives 67 and 100 on 1 April 2022 without naming the report: June 2021 is inferred
    for lang, published, inference in (
        ("en", "Scores published by Ayuntamiento de Cartagena: 1 April 2022", "This is an inference"),
        ("es", "Puntuaciones publicadas por Ayuntamiento de Cartagena: 1 de abril de 2022", "deducción"),
        ("lv", "Rezultātus publicēja Ayuntamiento de Cartagena: 2022. gada 1. aprīlis", "secinājums"),
    ):
        # the publisher's own name is a <span lang="es">: get_text puts a space after it
        text = article_text(real_site.site, f"{prefix(lang)}cities/cartagena/").replace(" :", ":")
        assert published in text, lang
        assert inference in text, lang
        assert "(2021)" not in text, lang
    overall = page(real_site.site, "cities/cartagena/").select_one("article p strong").get_text()
    assert overall == "Overall score: 67/100"
    rows = {
        r.select("td")[0].get_text(strip=True): r.select("td")[3].get_text(strip=True)
        for r in page(real_site.site, "cities/").select("article table tr")
        if r.select("td")
    }
    assert (rows["Cartagena"], rows["Linköping"]) == ("published 2022", "2020")


def test_open_data_says_the_same_as_the_pages(real_site):
    import csv
    import json

    document = json.loads((real_site.site / "data" / "cities.json").read_text())
    assert document["method"]["id"] == "icc-index"  # the revision year is not in the source
    cities = {c["slug"]: c for c in document["cities"]}
    cartagena = cities["cartagena"]
    assert cartagena["year"] is None
    assert cartagena["published"] == {
        "date": "2022-04-01",
        "by": "Ayuntamiento de Cartagena",
        "by_lang": "es",
        "by_translations": {"es": "Ayuntamiento de Cartagena"},
    }
    assert (cartagena["refers_to"]["date"], cartagena["refers_to"]["inferred"]) == ("2021-06", True)
    assert [(f["kind"], f["value"], f["year"]) for f in cities["dietzenbach"]["facts"]] == [
        ("migration-background-share", 58, None),
        ("foreign-nationals-share", 30.8, None),
    ]
    rows = list(csv.DictReader((real_site.site / "data" / "cities.csv").read_text().splitlines()))
    overall = next(r for r in rows if r["city"] == "cartagena" and r["area"] == "overall")
    assert (overall["year"], overall["published_on"], overall["refers_to_inferred"]) == (
        "",
        "2022-04-01",
        "true",
    )


def heading(soup, text: str):
    return next(h for h in soup.select("article h2") if h.get_text(strip=True).rstrip("¶") == text)


def test_dietzenbach_figures_have_no_year_and_are_not_key_facts(real_site):
    for lang in LANGUAGES:
        soup = page(real_site.site, f"{prefix(lang)}cities/dietzenbach/")
        strings = load_strings(lang)
        key_facts = heading(soup, strings["city.key_facts"]).find_next_sibling("ul").get_text()
        assert "58" not in key_facts, lang
        figures = heading(soup, strings["city.figures_heading"]).find_next_sibling("ul")
        assert "58" in figures.get_text(), lang
        for item in figures.select("li"):  # each figure's source by a reference at its end
            assert cited(soup, item) == ["https://kommunalwettbewerb-zusammenleben.de/node/173"], lang
            assert item.contents[-1].name == "sup", lang
    english = heading(page(real_site.site, "cities/dietzenbach/"), "Population figures")
    assert english.find_next_sibling("ul").get_text().count("(year not stated in the source)") == 2
    german = heading(page(real_site.site, "de/cities/dietzenbach/"), "Bevölkerungszahlen").find_next_sibling(
        "ul"
    )
    assert german.get_text().count("(Jahr in der Quelle nicht angegeben)") == 2


def test_method_text_states_only_what_the_sources_say(real_site):
    for url in ("cities/cartagena/", "cities/compare/"):
        text = article_text(real_site.site, url)
        assert "This portal has not found the weights" in text, url
        assert "weights are not published" not in text and "reported apart" not in text, url
        assert "2019" not in text, url


def test_cartagena_press_release_is_described_not_given_an_unconfirmed_title(real_site):
    sources = [
        a.get_text(strip=True) for a in page(real_site.site, "cities/cartagena/").select("article li a")
    ]
    assert (
        "Ayuntamiento de Cartagena, press release of 1 April 2022 on the EPI partner meeting in Cartagena"
        in (sources)
    )
    assert not any("acoge" in s for s in sources)


def test_german_and_polish_city_pages_name_partners_in_their_language_or_their_own(real_site):
    for lang in ("de", "pl"):
        for slug in CITIES:
            soup = page(real_site.site, f"{lang}/cities/{slug}/")
            partners = soup.select_one("article ul li:nth-of-type(2)")
            assert partners is not None
            shown = partners.get_text(" ", strip=True)
            for gloss in ("City Council", "Municipality", "for the coordinates"):
                assert gloss not in soup.select_one("article").get_text(), (lang, slug, gloss)
            for span in partners.select("span[lang]"):  # an own name, marked with its language
                assert span["lang"] != lang and span["lang"] in {
                    "es",
                    "de",
                    "it",
                    "en",
                    "sv",
                    "lv",
                    "ro",
                    "pl",
                }
            assert shown, (lang, slug)
    riga = page(real_site.site, "de/cities/riga/").select_one("article").get_text(" ", strip=True)
    assert "Stadtrat Riga – Amt für Bildung, Kultur und Sport" in riga
    ravenna = page(real_site.site, "de/cities/ravenna/")
    partners = ravenna.select_one("article ul li:nth-of-type(2)")
    assert partners.select_one('span[lang="it"]').get_text() == "Comune di Ravenna"
