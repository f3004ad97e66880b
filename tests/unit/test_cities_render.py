"""Rendering city data into Markdown: scores, not-published figures, escaping, charts."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from epi_portal._shared.language import Language
from epi_portal._shared.markdown_text import link, template, text
from epi_portal._shared.strings import DEFAULT_DIR, load_tables
from epi_portal.cities import render
from epi_portal.cities.charts import Bar, bar_chart
from epi_portal.cities.load import load_cities
from epi_portal.cities.model import Figure
from epi_portal.cities.references import PLACE_MARKER, Citations, name_references, narrative_footnotes
from tests.conftest import FIXTURE_LANGUAGES, FIXTURE_SITE, LANGUAGES, REPO

STRINGS = load_tables(DEFAULT_DIR, LANGUAGES)


def language(lang: str) -> Language:
    return Language(lang, tuple(LANGUAGES), STRINGS)


@pytest.fixture(scope="module")
def data():
    return load_cities(
        FIXTURE_SITE / "content" / "cities", FIXTURE_LANGUAGES, schemas=REPO / "schemas", root=FIXTURE_SITE
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
        '---\ndescription: "Eine erfundene Stadt für Tests."\nhide:\n- navigation\n'
        'title: "Beispielstadt"\n---\n'
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


def _with_provenance(data, *, inferred: bool):
    from dataclasses import replace

    from epi_portal.cities.model import Publication, ReportRef, Text

    city = data.city("exampleton")
    assessment = replace(
        city.assessment,
        year=None,
        published=Publication("2022-04-01", Text.one("Exampleton <b>Council</b>")),
        refers_to=ReportRef(Text.one("Index analysis"), inferred, "https://x.test/report", "2021-06"),
    )
    return replace(city, assessment=assessment)


@pytest.mark.parametrize(
    ("lang", "published", "inferred"),
    [
        (
            "en",
            "Scores published by Exampleton &lt;b&gt;Council&lt;/b&gt;: 1 April 2022",
            "This is an inference",
        ),
        (
            "de",
            'Werte veröffentlicht von <span lang="en">Exampleton &lt;b&gt;Council&lt;/b&gt;</span>: '
            "1\\. April 2022",
            "Schlussfolgerung",
        ),
    ],
)
def test_who_published_the_scores_and_an_inferred_report_are_said(data, lang, published, inferred):
    page = render.city_page(_with_provenance(data, inferred=True), data, language(lang), root="../../../")
    assert f"- {published}\n" in page
    report = "Index analysis" if lang == "en" else '<span lang="en">Index analysis</span>'
    assert f"[{report}](<https://x.test/report>)" in page and inferred in page
    assert "(2021)" not in page and "(2022)" not in page  # no year beside the score
    month = "June 2021" if lang == "en" else "Juni 2021"
    assert f"(<https://x.test/report>) ({month})" in page


def test_a_named_report_is_not_called_an_inference(data):
    page = render.city_page(_with_provenance(data, inferred=False), data, language("en"), root="../../../")
    assert "- Scores from: [Index analysis](<https://x.test/report>) (June 2021)\n" in page
    assert "inference" not in page


def test_cities_table_shows_the_publication_year_when_the_review_year_is_not_stated(data):
    from dataclasses import replace

    city = _with_provenance(data, inferred=True)
    changed = replace(data, cities=tuple(city if c.slug == city.slug else c for c in data.cities))
    page = render.index_page(changed, language("en"), root="../")
    assert "| 12/100 | published 2022 |" in page


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en", "(year not stated in the source)"), ("it", "(anno non indicato nella fonte)")],
)
def test_a_fact_without_a_year_says_so_and_is_not_a_key_fact(data, lang, expected):
    from dataclasses import replace

    from epi_portal.cities.model import Fact

    city = replace(
        data.city("exampleton"),
        facts=(
            Fact("foreign-nationals-share", 30.8, "https://x.test/f"),
            Fact("population", 5, "https://x.test/p", 2020),
        ),
    )
    page = render.city_page(city, data, language(lang), root="../../../")
    figures = page.split("## " + language(lang).t("city.figures_heading"))[1].split("## ")[0]
    assert expected in figures and "(2020)" in figures
    key_facts = page.split("## " + language(lang).t("city.key_facts"))[1].split("## ")[0]
    share = text(language(lang).number(30.8))
    assert share in figures and share not in key_facts


def test_open_data_carries_publication_inference_and_facts_without_year(data):
    import csv
    import json
    from dataclasses import replace

    from epi_portal.cities import opendata
    from epi_portal.cities.model import Fact

    city = replace(
        _with_provenance(data, inferred=True),
        facts=(Fact("migration-background-share", 58, "https://x.test/f"),),
    )
    changed = replace(data, cities=tuple(city if c.slug == city.slug else c for c in data.cities))
    entry = next(c for c in json.loads(opendata.cities_json(changed))["cities"] if c["slug"] == "exampleton")
    assert entry["year"] is None
    assert entry["published"] == {
        "date": "2022-04-01",
        "by": "Exampleton <b>Council</b>",
        "by_lang": "en",
        "by_translations": {"en": "Exampleton <b>Council</b>"},
    }
    assert entry["refers_to"] == {
        "title": "Index analysis",
        "title_lang": "en",
        "title_translations": {"en": "Index analysis"},
        "url": "https://x.test/report",
        "date": "2021-06",
        "inferred": True,
    }
    assert entry["facts"] == [
        {"kind": "migration-background-share", "value": 58, "year": None, "source": "https://x.test/f"}
    ]
    rows = [r for r in csv.DictReader(opendata.cities_csv(changed).splitlines()) if r["city"] == "exampleton"]
    assert {(r["year"], r["published_on"], r["refers_to_date"], r["refers_to_inferred"]) for r in rows} == {
        ("", "2022-04-01", "2021-06", "true")
    }


def test_a_key_fact_cites_its_source_by_a_reference(data):
    """Not "(source)" in the middle of the line: a footnote reference at its end, leading to the
    source's entry in the page's one list of sources."""
    page = render.city_page(data.city("exampleton"), data, language("de"), root="../../../")
    centre = next(line for line in page.splitlines() if line.startswith("- **Stadtzentrum:**"))
    value, label = centre.rstrip("]").split("[^")
    assert "(" not in value and "Quelle" not in value
    entry = next(line for line in page.splitlines() if line.startswith(f"[^{label}]:"))
    assert "(<https://example.test/exampleton>)" in entry


def _definitions(page: str) -> dict[str, str]:
    return dict(re.findall(r"^\[\^([^\]]+)\]: (.*)$", page, re.M))


@pytest.mark.parametrize("lang", ["en", "de", "lv"])
def test_one_way_of_citing_on_a_city_page(data, lang):
    """Every score's source by a reference; each source listed once, under the one heading."""
    city = data.city("exampleton")
    page = render.city_page(city, data, language(lang), root="../../../")
    assert not any(f"[{word}]" in page for word in ("source", "Quelle", "avots"))  # no "(source)" links
    definitions = _definitions(page)
    urls = [re.search(r"\(<?([^)>]+)>?\)", entry).group(1) for entry in definitions.values()]
    assert len(urls) == len(set(urls)), urls
    assert {source.url for source in city.sources} <= set(urls)
    assert page.count(PLACE_MARKER) == 1 and page.index("## ") < page.index(PLACE_MARKER)
    overall = next(line for line in page.splitlines() if line.startswith("**") and "/100" in line)
    label = overall.rsplit("[^", 1)[1].rstrip("]")
    assert city.assessment.overall.cited in definitions[label]


def test_a_score_cites_the_narratives_footnote_for_the_same_source(data):
    city = data.city("exampleton")
    body = f"Text[^a].\n\n[^a]: [The source](<{city.assessment.overall.cited}>)\n"
    citations = Citations(body)
    assert citations.cite(city.assessment.overall.cited, lambda: "unused") == "[^a]"
    assert citations.cite("https://x.test/other", lambda: "[Other](<https://x.test/other>)") == "[^source-1]"
    citations.add("https://x.test/other", "again")  # listed once
    citations.add("https://x.test/third", "[Third](<https://x.test/third>)")
    assert citations.definitions == [
        "[^source-1]: [Other](<https://x.test/other>)",
        "[^source-2]: [Third](<https://x.test/third>)",
    ]


def test_narrative_footnotes():
    body = (
        "A[^1] b[^x].\n\n[^1]: [One](https://one.test/)\n"
        '[^x]: [<span lang="de">X</span>](<https://x.test/a_b>)\n[^n]: a note\n'
    )
    assert narrative_footnotes(body) == [("1", "https://one.test/"), ("x", "https://x.test/a_b"), ("n", None)]


def test_references_are_named_by_their_sources():
    html = (
        '<p>A<sup id="fnref:1"><a class="footnote-ref" href="#fn:1">1</a></sup></p>'
        '<div class="footnote"><hr /><ol>'
        '<li id="fn:1">\n<p><a href="https://one.test/"><span lang="de">Eins &amp; zwei</span></a>&#160;'
        '<a class="footnote-backref" href="#fnref:1" title="Jump back">&#8617;</a></p>\n</li>'
        '<li id="fn:source-1">\n<p><a href="https://two.test/">Two</a>, for the coordinates&#160;'
        '<a class="footnote-backref" href="#fnref:source-1" title="Jump back">&#8617;</a></p>\n</li>'
        "</ol></div>"
    )
    named = name_references(html, "Quelle: {source}")
    assert (
        '<a class="footnote-ref" href="#fn:1">1<span class="epi-ref-name"> Quelle: '
        '<span lang="de">Eins &amp; zwei</span></span></a>'
    ) in named
    assert 'href="#fnref:1"' in named
    assert 'href="#fnref:source-1"' not in named  # cited nowhere: no back-link leading nowhere
    assert '<a href="https://two.test/">Two</a>, for the coordinates</p>' in named


def test_the_comparison_cites_by_reference(data):
    page = render.compare_page(data, language("de"))
    assert "(<a href" not in page and "(Quelle)" not in page
    refs = re.findall(r'<a class="footnote-ref" href="#(compare-source-\d+)">', page)
    assert refs
    for target in set(refs):
        assert page.count(f'<li id="{target}">') == 1
    entries = re.findall(r'<li id="compare-source-\d+"><p><a href="([^"]+)"', page)
    assert len(entries) == len(set(entries)) == len(set(refs))


def test_home_cards_show_the_card_line_else_the_summary(data):
    exampleton = data.city("exampleton")
    narratives = dict(exampleton.narratives)
    narratives["de"] = replace(narratives["de"], card="Eine Zeile für die Karte.")
    cities = tuple(replace(c, narratives=narratives) if c.slug == "exampleton" else c for c in data.cities)
    block = render.home_block(replace(data, cities=cities), language("de"))
    assert "Eine Zeile für die Karte." in block
    assert "Eine erfundene Stadt für Tests." not in block  # the card line replaces the summary
    assert data.city("mockford").narrative("de").summary in block  # no card line: the summary
