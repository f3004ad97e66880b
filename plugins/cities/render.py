"""City data + language → the Markdown of the generated pages (index, one per city, compare).

Text from the data files goes in through ``markdown_text`` (never as markup); charts and the
map are inline SVG blocks; links between generated pages are Markdown links to their .md
sources, so MkDocs checks them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from markupsafe import Markup, escape

from .._shared.breadcrumbs import breadcrumbs
from .._shared.fragments import PACKAGE_FRAGMENTS, Fragments
from .._shared.language import Language
from .._shared.markdown_text import front_matter, link, template, text
from . import geo, known
from .charts import Bar, bar_chart
from .model import Assessment, City, CityData, CitySource, Fact, Figure, Text, localized
from .references import PLACE_MARKER, Citations

OPEN_DATA = (
    ("JSON", "data/cities.json"),
    ("CSV", "data/cities.csv"),
    ("JSON Schema", "data/cities.schema.json"),
)


def score_text(figure: Figure, loc: Language) -> str:
    if not figure.published:
        return loc.t("score.not_published")
    return loc.t("score.out_of", score=loc.number(figure.value))


def _score_cell(figure: Figure, loc: Language, cite: Callable[[str], str]) -> str:
    if not figure.published:
        return f"*{text(loc.t('score.not_published'))}*"
    return f"{text(score_text(figure, loc))}{cite(figure.cited)}"


def _open_data(loc: Language, root: str, fragments: Fragments) -> str:
    return fragments.render(
        "cities/open_data", links=[(name, root + path) for name, path in OPEN_DATA], loc=loc
    )


def _figure(chart: str, fragments: Fragments, *, wide: bool = False) -> str:
    return fragments.render("cities/figure", chart=Markup(chart), wide=wide)  # SVG our code made


def home_block(data: CityData, loc: Language, fragments: Fragments = PACKAGE_FRAGMENTS) -> str:
    """For a home page (at the language's root): the map with each city's overall score beside
    it, then a card per city, in the order and with the data of /cities/."""
    t = loc.t
    cities = sorted(data.cities, key=lambda city: city.name_in(loc.lang))
    svg = geo.render_map(
        [
            geo.MapCity(
                c.slug, c.name_in(loc.lang), loc.country(c.country), c.lat, c.lon, f"cities/{c.slug}/"
            )
            for c in cities
        ],
        title=t("cities.map_title"),
        description=t("cities.map_description"),
        highlight={c.country for c in cities},
    )
    cards = []
    for city in cities:
        narrative = city.narrative(loc.lang)
        cards.append(
            {
                "href": f"cities/{city.slug}/",
                "name": city.name_in(loc.lang),
                "country": loc.country(city.country),
                "summary": narrative.card_line,
                "summary_lang": narrative.lang if narrative.lang != loc.lang else None,
                "score": score_text(city.assessment.overall, loc),
                "published": city.assessment.overall.published,
            }
        )
    listed = [(card["href"], card["name"], card["country"], card["score"]) for card in cards]
    return "\n".join(
        [
            f"## {text(t('home.cities_heading'))}",
            "",
            fragments.render("cities/map", svg=Markup(svg), cities=listed, loc=loc),  # SVG our code made
            "",
            fragments.render("cities/cards", cards=cards, loc=loc),
            "",
            fragments.render("cities/all_cities", href="cities/", compare="cities/compare/", loc=loc),
            "",
        ]
    )


def index_page(data: CityData, loc: Language, *, root: str, fragments: Fragments = PACKAGE_FRAGMENTS) -> str:
    t = loc.t
    cities = sorted(data.cities, key=lambda city: city.name_in(loc.lang))
    svg = geo.render_map(
        [
            geo.MapCity(c.slug, c.name_in(loc.lang), loc.country(c.country), c.lat, c.lon, f"{c.slug}/")
            for c in cities
        ],
        title=t("cities.map_title"),
        description=t("cities.map_description"),
        highlight={c.country for c in cities},
    )
    listed = [(f"{c.slug}/", c.name_in(loc.lang), loc.country(c.country)) for c in cities]
    header = " | ".join(
        text(t(key)) for key in ("table.city", "table.country", "table.overall", "table.year")
    )
    rows = [
        f"| {link(c.name_in(loc.lang), f'{c.slug}.md')} | {text(loc.country(c.country))} "
        f"| {text(score_text(c.assessment.overall, loc))} | {text(_year(c.assessment, loc))} |"
        for c in cities
    ]
    return "\n".join(
        [
            front_matter(t("cities.nav_title"), t("cities.description")),
            f"# {text(t('cities.title'))}",
            "",
            text(t("cities.intro", method=localized(data.method.name, loc.lang))),
            "",
            fragments.render("cities/map", svg=Markup(svg), cities=listed, loc=loc),  # SVG our code made
            "",
            f"## {text(t('cities.table_heading'))}",
            "",
            f"| {header} |",
            "| --- | --- | --- | --- |",
            *rows,
            "",
            text(t("cities.table_note")),
            "",
            f"{link(t('cities.compare_link'), 'compare.md')}",
            "",
            _open_data(loc, root, fragments),
            "",
        ]
    )


def _year(assessment: Assessment, loc: Language) -> str:
    """The year of a review as a source states it, else the year its scores were published."""
    if assessment.year:
        return str(assessment.year)
    if assessment.published:
        return loc.t("cities.year_published", year=assessment.published.year)
    return "–"


def in_language(value: Text, loc: Language, fragments: Fragments = PACKAGE_FRAGMENTS) -> str:
    """Inline Markdown of ``value`` for a page in ``loc``'s language: its text in that language,
    else its original marked with its own language (the fragment cities/in_language)."""
    words, lang = value.pick(loc.lang)
    if lang == loc.lang:
        return text(words)
    # text() makes the words inline Markdown that shows them as text (HTML escaped too)
    return fragments.render("cities/in_language", lang=lang, words=Markup(text(words)))


def _linked(value: Text, url: str, loc: Language, fragments: Fragments) -> str:
    return f"[{in_language(value, loc, fragments)}](<{url}>)"


def _source_entry(source: CitySource, loc: Language, fragments: Fragments) -> str:
    """A source as its entry in the page's list: its title linked (else its address), and what
    it is cited for, if the data says."""
    if source.title:
        label = _linked(source.title, source.url, loc, fragments)
    else:
        label = link(source.url, source.url)
    if source.note:
        label = template(loc.t(f"city.source_note.{source.note}"), source=label)
    return label


def _citations(city: City, data: CityData, narrative: str, loc: Language, fragments: Fragments):
    """The page's footnotes beyond the narrative's, and how to cite a source: by its entry among
    the city's sources, else by its address."""
    citations = Citations(narrative)
    sources = {source.url: source for source in city.sources}

    def cite(url: str, title: Text | None = None) -> str:
        def entry() -> str:
            if url in sources:
                return _source_entry(sources[url], loc, fragments)
            return _linked(title, url, loc, fragments) if title else link(_host(url), url)

        return citations.cite(url, entry)

    return citations, cite


def _provenance(assessment: Assessment, loc: Language, fragments: Fragments) -> list[str]:
    """Who published the scores and when; which report they come from, marked if inferred."""
    lines = []
    if assessment.published:
        published = template(
            loc.t("city.published"),
            by=in_language(assessment.published.by, loc, fragments),
            date=text(loc.date(assessment.published.date)),
        )
        lines.append(f"- {published}")
    ref = assessment.refers_to
    if ref:
        if ref.url:
            report = _linked(ref.title, ref.url, loc, fragments)
        else:
            report = in_language(ref.title, loc, fragments)
        if ref.date:
            report += f" ({text(loc.date(ref.date))})"
        key = "city.refers_to_inferred" if ref.inferred else "city.refers_to"
        lines.append(f"- {template(loc.t(key), report=report)}")
    return lines


def _report_link(assessment: Assessment, loc: Language) -> tuple[str, str] | None:
    """Where the scores that are not shown may be found: the review report, else the report the
    scores (most likely) come from."""
    if assessment.report:
        return (assessment.report.url, loc.t("city.unpublished_report"))
    ref = assessment.refers_to
    if ref and ref.url:
        key = "city.unpublished_report_inferred" if ref.inferred else "city.unpublished_report"
        return (ref.url, loc.t(key))
    return None


def _scores(
    city: City, data: CityData, loc: Language, fragments: Fragments, cite: Callable[[str], str]
) -> list[str]:
    """The published scores as bars and as a table of the same figures; the areas that were not
    published folded into one line, listed on demand. No score at all: one sentence."""
    t = loc.t
    folded = known.fold(city.assessment, data.method)
    if folded.nothing:
        return [text(t("city.no_scores")), ""]
    lines = [f"### {text(t('city.areas_heading'))}", ""]
    if folded.published:
        shown = [(t("area.overall"), folded.overall, True)] if folded.overall.published else []
        shown += [(localized(area.label, loc.lang), figure, False) for area, figure in folded.published]
        chart = bar_chart(
            [
                Bar(label, figure.score, loc.number(figure.value), emphasis=strong)
                for label, figure, strong in shown
            ],
            chart_id=f"chart-{city.slug}",
            title=t("city.chart_title", city=city.name_in(loc.lang)),
            description=t("city.chart_description"),
        )
        lines += [
            _figure(chart, fragments),
            "",
            f"| {text(t('table.area'))} | {text(t('table.score'))} |",
            "| --- | --- |",
            *(
                f"| {f'**{text(label)}**' if strong else text(label)} | {_score_cell(figure, loc, cite)} |"
                for label, figure, strong in shown
            ),
            "",
        ]
    if folded.missing:
        lines += [
            fragments.render(
                "cities/unpublished",
                line=t("city.unpublished", missing=len(folded.missing), total=folded.total),
                report=_report_link(city.assessment, loc),
                labels=[localized(area.label, loc.lang) for area in folded.missing],
                loc=loc,
            ),
            "",
        ]
    return lines


def city_page(
    city: City,
    data: CityData,
    loc: Language,
    *,
    root: str,
    related: Sequence[str] = (),
    fragments: Fragments = PACKAGE_FRAGMENTS,
) -> str:
    """What the city did (its narrative) first, then what was published about it: its scores
    (only the published ones drawn), its figures, the key facts, its news and sources."""
    t = loc.t
    name = city.name_in(loc.lang)
    narrative = city.narrative(loc.lang)
    assessment = city.assessment
    partners = "; ".join(
        f"{in_language(p.name, loc, fragments)} ({text(t('city.role.' + p.role))})" for p in city.partners
    )
    # every source cited the same way: a reference to its entry in the page's one list, numbered
    # in reading order (the narrative's footnotes first)
    citations, cite = _citations(city, data, narrative.body, loc, fragments)
    nothing = known.fold(assessment, data.method).nothing
    if assessment.overall.published:
        heading = t("city.overall_year", year=assessment.year) if assessment.year else t("city.overall")
        source = cite(assessment.overall.cited)
        overall = [f"**{text(heading)}: {text(score_text(assessment.overall, loc))}**{source}", ""]
    elif nothing:
        overall = []  # said in one sentence with the areas
    else:
        overall = [f"**{text(t('city.overall_not_published'))}**", ""]
    provenance = _provenance(assessment, loc, fragments)
    if assessment.report:
        label = f"{t('city.report')}: {assessment.report.title or assessment.report.url}"
        provenance.append(f"- {link(label, assessment.report.url)}")
    method = ""
    if not nothing:
        method_name = Text(data.method.name)
        method = text(localized(data.method.overall, loc.lang)) + cite(data.method.source, method_name)
    scores = _scores(city, data, loc, fragments, cite)
    figures = [
        f"- **{text(t('fact.' + f.kind))}:** {_fact_value(f, loc)}{cite(f.source)}" for f in city.facts
    ]
    if figures:  # with the year each refers to, or that its source gives none: never shown as current
        figures = [f"## {text(t('city.figures_heading'))}", "", *figures, ""]
    facts = [
        f"- **{text(t('city.country'))}:** {text(loc.country(city.country))}",
        f"- **{text(t('city.partners'))}:** {partners}",
        f"- **{text(t('city.centre'))}:** {_coordinates(city, loc)}{cite(city.coordinates_source)}",
    ]
    for source in city.sources:  # those cited nowhere listed too, once
        citations.add(source.url, _source_entry(source, loc, fragments))
    sources = [f"## {text(t('common.sources'))}", "", PLACE_MARKER, "", *citations.definitions, ""]
    return "\n".join(
        [
            front_matter(name, narrative.summary, hide_navigation=True),
            breadcrumbs(
                loc,
                section=t("cities.nav_title"),
                section_path="cities/",
                title=name,
                current=f"cities/{city.slug}/",
                fragments=fragments,
            ),
            "",
            f"# {text(name)}",
            "",
            text(narrative.summary)
            if narrative.lang == loc.lang
            else fragments.render("cities/summary", lang=narrative.lang, summary=narrative.summary),
            "",
            _narrative(narrative, loc, fragments),
            "",
            f"## {text(t('city.index_heading'))}",
            "",
            *overall,
            *([*provenance, ""] if provenance else []),
            *([] if nothing else [method, ""]),
            *scores,
            *figures,
            f"## {text(t('city.key_facts'))}",
            "",
            *facts,
            "",
            *related,
            *(sources if citations.any else []),
            _open_data(loc, root, fragments),
            "",
            link(t("city.all_cities"), "index.md"),
            "",
        ]
    )


def _value(figure: Figure, loc: Language) -> str:
    return loc.number(figure.value) if figure.published else loc.t("score.not_published")


def _fact_value(fact: Fact, loc: Language) -> str:
    value = loc.number(fact.value)
    year = str(fact.year) if fact.year else loc.t("fact.year_not_stated")
    return text(f"{value} %" if fact.kind.endswith("-share") else value) + f" ({text(year)})"


def _coordinates(city: City, loc: Language) -> str:
    lat = f"{loc.number(abs(city.lat))}° {'N' if city.lat >= 0 else 'S'}"
    lon = f"{loc.number(abs(city.lon))}° {'E' if city.lon >= 0 else 'W'}"
    return f"{text(lat)}, {text(lon)}"


def _host(url: str) -> str:
    """A source without a title named by its site: "wikiwand.com"."""
    return (urlsplit(url).hostname or url).removeprefix("www.")


def _narrative(narrative, loc: Language, fragments: Fragments) -> str:
    """The city's own text; in another language's page it is marked with its real language."""
    if narrative.lang == loc.lang:
        return narrative.body.strip()
    notice = loc.t("fallback.section_notice", original=loc.language_name(narrative.lang))
    # the city's Markdown, as in a page of its own language; md_in_html reads it between blank lines
    body = Markup(f"\n\n{narrative.body.strip()}\n\n")
    return "\n".join(
        [
            fragments.render("cities/fallback_notice", notice=notice),
            "",
            fragments.render("cities/other_language", lang=narrative.lang, body=body),
        ]
    )


@dataclass
class _Listed:
    """A source in the comparison's list: its entry's id and number, the ids of its references."""

    id: str
    number: int
    url: str
    name: Markup
    backrefs: list[str] = field(default_factory=list)


def _source_title(city: City, url: str, loc: Language, fragments: Fragments) -> Markup:
    """A source's title as HTML, marked with its language where it is not the page's; its
    address if the city's sources give it no title."""
    source = next((s for s in city.sources if s.url == url and s.title), None)
    if source is None or source.title is None:
        return escape(url)
    words, lang = source.title.pick(loc.lang)
    if lang == loc.lang:
        return escape(words)
    return Markup(fragments.render("cities/in_language", lang=lang, words=escape(words)))


def compare_page(
    data: CityData, loc: Language, fragments: Fragments = PACKAGE_FRAGMENTS, *, root: str = "../../"
) -> str:
    """What is known, side by side: a table of the cities with a published score and the scores
    some city published; the cities and areas without any, each named in one line."""
    t = loc.t
    cities = tuple(sorted(data.cities, key=lambda city: city.name_in(loc.lang)))
    found = known.matrix(data, cities)

    def label(column: str) -> str:
        if column == known.OVERALL:
            return t("area.overall")
        area = data.method.area(column)
        return localized(area.label, loc.lang) if area else column

    sources: dict[str, _Listed] = {}  # by address, numbered in reading order
    named = loc.t("common.source_label", source="\0").split("\0")

    def cell(city: City, figure: Figure) -> dict[str, object]:
        if not figure.published:
            return {"published": False}
        url = figure.cited
        if url not in sources:
            number = len(sources) + 1
            sources[url] = _Listed(
                f"compare-source-{number}", number, url, _source_title(city, url, loc, fragments)
            )
        source = sources[url]
        source.backrefs.append(f"compare-ref-{source.number}-{len(source.backrefs) + 1}")
        return {
            "published": True,
            "value": loc.number(figure.value),
            "score": f"{figure.value:g}",
            "ref": {
                "id": source.backrefs[-1],
                "target": source.id,
                "number": source.number,
                "name": escape(named[0]) + source.name + escape(named[1]),
            },
        }

    lines = []
    if found.rows:
        lines += [
            fragments.render(
                "cities/matrix",
                id="compare-caption",
                caption=t("compare.matrix_caption"),
                city=t("table.city"),
                columns=[label(column) for column in found.columns],
                rows=[
                    {
                        "href": f"../{city.slug}/",
                        "name": city.name_in(loc.lang),
                        "cells": [cell(city, figure) for figure in row],
                    }
                    for city, row in found.rows
                ],
                loc=loc,
            ),
            "",
        ]
    if found.unscored:
        names = ", ".join(link(c.name_in(loc.lang), f"{c.slug}.md") for c in found.unscored)
        lines += [template(t("compare.unscored"), cities=names), ""]
    if found.empty_areas:
        lines += [
            fragments.render(
                "cities/unpublished",
                line=t("compare.empty", missing=len(found.empty_areas), total=found.areas),
                report=None,
                labels=[label(column) for column in found.empty_areas],
                loc=loc,
            ),
            "",
        ]
    if sources:
        lines += [
            f"## {text(t('common.sources'))}",
            "",
            fragments.render("cities/sources", sources=list(sources.values()), loc=loc),
            "",
        ]
    return "\n".join(
        [
            front_matter(t("compare.nav_title"), t("compare.description")),
            f"# {text(t('compare.title'))}",
            "",
            template(
                t("compare.intro"), method=link(localized(data.method.name, loc.lang), data.method.source)
            ),
            "",
            *lines,
            f"## {text(t('method.heading'))}",
            "",
            text(localized(data.method.overall, loc.lang)),
            "",
            _open_data(loc, root, fragments),
            "",
            link(t("city.all_cities"), "index.md"),
            "",
        ]
    )
