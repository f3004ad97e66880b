"""epi-cities on the two-city fixture site (made-up cities, en and de), built for real."""

from __future__ import annotations

import csv
import json
import re

import jsonschema

from tests.conftest import REPO, copy_fixture_site, mkdocs_build
from tests.site import html_pages as hp

PAGES = ["cities/", "cities/compare/", "cities/exampleton/", "cities/mockford/"]


def page(site, url):
    return hp.parse(site / url / "index.html")


def test_pages_in_both_languages(fixture_site):
    for lang, prefix in (("en", ""), ("de", "de/")):
        for url in PAGES:
            soup = page(fixture_site.site, prefix + url)
            assert soup.html["lang"] == lang, url
            assert set(hp.alternates(soup)) == {"en", "de", "x-default"}, url


def test_city_page_shows_scores_and_says_not_published(fixture_site):
    soup = page(fixture_site.site, "de/cities/exampleton/")
    article = soup.select_one("article")
    assert article.select_one("h1").get_text(strip=True).startswith("Beispielstadt")
    text = article.get_text(" ", strip=True)
    assert "12/100" in text and "34/100" in text
    assert "nicht veröffentlicht" in text
    chart = article.select_one('svg.epi-chart[role="img"]')
    assert chart.select_one("title").get_text() and chart.select_one("desc").get_text()
    assert (
        len(chart.select("rect.epi-chart__bar")) == 2
    )  # overall 12 and language 34, nothing drawn for the rest


def test_text_from_data_is_never_markup(fixture_site):
    article = page(fixture_site.site, "cities/exampleton/").select_one("article")
    assert article.select("b") == []
    assert "Exampleton Test Office <b>not bold</b>" in article.get_text()


def test_narrative_in_another_language_is_marked(fixture_site):
    article = page(fixture_site.site, "de/cities/mockford/").select_one("article")
    notice = article.select_one(".epi-fallback")
    assert "Dieser Abschnitt" in notice.get_text() or "nicht auf Deutsch" in notice.get_text()
    english = article.select_one('div[lang="en"]')
    assert "Mockford does not exist either." in english.get_text()


def test_map_links_to_the_same_language(fixture_site):
    soup = page(fixture_site.site, "de/cities/")
    links = soup.select("svg.epi-map a.epi-map__city")
    assert len(links) == 2
    for link in links:
        target = page(fixture_site.site, "de/cities/" + link["href"])
        assert target.html["lang"] == "de"
        assert link["aria-label"].split(",")[0] in target.select_one("h1").get_text()
    assert len(soup.select(".epi-map-list a")) == 2  # the same cities as a list


def test_compare_shows_what_is_known(fixture_site):
    """A table of the published scores only: a city without any is named in a line, the areas no
    city published are folded into one line and listed on demand."""
    soup = page(fixture_site.site, "de/cities/compare/")
    table = soup.select_one("article .epi-matrix[role=region][tabindex='0'] table.epi-matrix__table")
    assert table.select_one("caption")["id"] == table.find_parent("div")["aria-labelledby"]
    assert [th.get_text(strip=True) for th in table.select("thead th[scope=col]")] == [
        "Stadt",
        "Gesamtindex",
        "Sprache",
    ]
    rows = table.select("tbody tr")
    assert [row.select_one("th[scope=row] a")["href"] for row in rows] == ["../exampleton/"]
    # each score with a reference number to its source, listed once under the table
    assert [td.select_one(".epi-matrix__score").get_text() for td in rows[0].select("td")] == ["12", "34"]
    refs = rows[0].select("td sup > a.footnote-ref")
    assert [(a["href"], a.contents[0]) for a in refs] == [("#compare-source-1", "1")] * 2
    assert [a.select_one(".epi-ref-name").get_text() for a in refs] == [
        " Quelle: https://example.test/exampleton/review"
    ] * 2
    (entry,) = soup.select("article div.footnote li")
    assert entry["id"] == "compare-source-1"
    assert entry.select_one("a")["href"] == "https://example.test/exampleton/review"
    assert [a["href"] for a in entry.select("a.footnote-backref")] == [
        f"#{sup['id']}" for sup in rows[0].select("td sup")
    ]
    assert "(Quelle)" not in soup.select_one("article").get_text()
    assert len(table.select("rect.epi-chart__bar")) == 2
    assert soup.select("article svg.epi-chart") == []
    text = soup.select_one("article").get_text(" ", strip=True)
    assert "Keine veröffentlichten Ergebnisse für: Mockford" in text
    line = soup.select_one("article .epi-unpublished p").get_text(" ", strip=True)
    assert line == "Bereiche ohne veröffentlichtes Ergebnis einer Stadt: 17 von 18"
    assert len(soup.select("article .epi-unpublished details li")) == 17
    assert (
        soup.select_one('article .epi-open-data a[href$="cities.csv"]')["href"] == "../../../data/cities.csv"
    )


def test_city_pages_stay_out_of_the_sidebar(fixture_site):
    nav = page(fixture_site.site, "cities/").select_one("nav.md-nav--primary")
    hrefs = [a["href"] for a in nav.select("a[href]")]
    assert not any("exampleton" in href for href in hrefs)
    assert any(href.rstrip("/").endswith("compare") for href in hrefs)


def test_edit_links_point_at_the_sources(fixture_site):
    base = "https://github.com/example/epi-fixture/edit/main/"

    def edit(url):
        return page(fixture_site.site, url).select_one("a.md-content__button")["href"]

    assert edit("de/cities/exampleton/") == base + "content/cities/exampleton/index.de.md"
    assert edit("de/cities/mockford/") == base + "content/cities/mockford/index.en.md"
    assert edit("cities/compare/") == base + "content/cities/method.yaml"
    assert edit("about/") == base + "docs/about.en.md"


def test_open_data_once_and_valid(fixture_site):
    data = fixture_site.site / "data"
    document = json.loads((data / "cities.json").read_text())
    jsonschema.validate(document, json.loads((REPO / "schemas" / "cities-data.schema.json").read_text()))
    assert json.loads((data / "cities.schema.json").read_text())["title"].startswith("EPI cities")
    assert not (fixture_site.site / "de" / "data").exists()
    rows = list(csv.DictReader((data / "cities.csv").read_text().splitlines()))
    assert len(rows) == 2 * 19
    overall = next(r for r in rows if r["city"] == "exampleton" and r["area"] == "overall")
    assert (overall["score"], overall["published"], overall["year"]) == ("12", "true", "2099")
    assert (overall["published_on"], overall["refers_to_date"], overall["refers_to_inferred"]) == (
        "2099-02-01",
        "2099-01",
        "false",
    )
    missing = next(r for r in rows if r["city"] == "mockford" and r["area"] == "overall")
    assert (missing["score"], missing["published"], missing["source"]) == ("", "false", "")
    link = page(fixture_site.site, "de/cities/exampleton/").select_one(
        '.epi-open-data a[href$="cities.json"]'
    )
    assert link["href"] == "../../../data/cities.json"


def test_bad_city_data_stops_before_writing(tmp_path):
    config = copy_fixture_site(tmp_path / "src")
    city = config.parent / "content" / "cities" / "exampleton" / "assessment.yaml"
    city.write_text(city.read_text().replace("score: 12,", "score: 112,"))
    site = tmp_path / "site"
    site.mkdir()
    (site / "previous.html").write_text("the site as it was")
    build = mkdocs_build(config, site)
    assert build.returncode != 0
    assert (
        "content/cities/exampleton/assessment.yaml:4: overall.score: expected a number from 0 to 100, got 112"
        in build.output
    )
    assert "Traceback" not in build.output
    assert [p.name for p in site.iterdir()] == ["previous.html"]


def test_html_in_data_is_escaped_in_the_map(tmp_path):
    config = copy_fixture_site(tmp_path / "src")
    city = config.parent / "content" / "cities" / "mockford" / "city.yaml"
    city.write_text(
        city.read_text().replace("name: {en: Mockford}", 'name: {en: "Mock<script>alert(1)</script>"}')
    )
    build = mkdocs_build(config, tmp_path / "site")
    assert build.returncode == 0, build.output
    html = (tmp_path / "site" / "cities" / "index.html").read_text()
    assert "<script>alert(1)" not in html
    assert re.search(r"Mock&lt;script&gt;alert\(1\)", html)
