"""Editor text is text everywhere: a copy of the fixture site whose titles, summaries, names and
labels are full of markup is built, and every output is parsed as what it is (HTML, XML, RSS,
JSON, JSON-LD, SVG, CSV, the toolkit ZIPs' HTML, the search fragments). Nothing of the text may
become an element or an attribute; where the text is shown, it is shown exactly."""

from __future__ import annotations

import csv
import gzip
import json
import re
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import feedparser
import pytest
import yaml
from bs4 import BeautifulSoup

from tests.conftest import copy_fixture_site, mkdocs_build


def hostile(label: str) -> str:
    """A string that breaks out of attributes, elements, CDATA, scripts and comments if unescaped."""
    return f"{label} & \"pacts\" <img src=x onerror=alert(1)> ]]> 'q' </script><!--"


MARKDOWN_BITS = " [link](javascript:alert(2)) *em-marker*"
STORY = hostile("Story")
STORY_SUMMARY = hostile("Summary") + MARKDOWN_BITS
CITY_EN = hostile("City")
CITY_DE = hostile("Stadt")
DOWNLOAD = hostile("Download")
CHAPTER = hostile("Chapter")
CHAPTER_SUMMARY = hostile("Chaptersummary") + MARKDOWN_BITS
PAGE = hostile("Page")
PAGE_DESCRIPTION = hostile("Description") + MARKDOWN_BITS
SECTION = hostile("Section")
PUBLISHER = hostile("Publisher")
REPORT = hostile("Report")
AREA = hostile("Area")  # the method's label of the area "language" (Exampleton's one score)
QUESTION = hostile("Question")  # the self-assessment's question "commitment-1"
OPTION = hostile("Option")  # its first option's label
SITE_NAME = "Fixture site"
STORY_KEY = "2099-01-03-made-up-story-03"
ATTRIBUTE_NAME = re.compile(r"^[a-z][a-z0-9_.:-]*$")


def _set_front_matter(path: Path, **values: str) -> None:
    text = path.read_text(encoding="utf-8")
    _, header, body = text.split("---\n", 2)
    meta = yaml.safe_load(header)
    meta.update(values)
    path.write_text(
        "---\n" + yaml.safe_dump(meta, allow_unicode=True, width=10_000) + "---\n" + body, encoding="utf-8"
    )


def _edit_yaml(path: Path, change) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, width=10_000, sort_keys=False), encoding="utf-8")


def _make_hostile(root: Path) -> None:
    content = root / "content"
    _set_front_matter(content / "news" / STORY_KEY / "index.en.md", title=STORY, summary=STORY_SUMMARY)
    _edit_yaml(
        content / "cities" / "exampleton" / "city.yaml",
        lambda d: d.update(name={"en": CITY_EN, "de": CITY_DE}),
    )
    _edit_yaml(
        content / "cities" / "exampleton" / "assessment.yaml",
        lambda d: d.update(
            published={"date": "2099-02", "by": PUBLISHER},
            refers_to={"title": REPORT, "url": "https://example.test/report", "inferred": True},
        ),
    )
    _edit_yaml(
        content / "downloads" / "downloads.yaml", lambda d: d["downloads"][0]["title"].update(en=DOWNLOAD)
    )
    _set_front_matter(content / "toolkit" / "chapters" / "first-step.en.md", title=CHAPTER)
    _edit_yaml(
        content / "cities" / "method.yaml",
        lambda d: next(a for a in d["areas"] if a["id"] == "language")["label"].update(en=AREA),
    )

    def questionnaire(data: dict) -> None:
        question = data["questions"][0]
        question["text"]["en"] = QUESTION
        question["options"][0]["label"]["en"] = OPTION

    _edit_yaml(content / "toolkit" / "self-assessment.yaml", questionnaire)
    home = root / "docs" / "index.en.md"  # the home page's map and city cards, as on the real site
    home.write_text(home.read_text(encoding="utf-8") + "\n<!-- epi:cities -->\n", encoding="utf-8")
    _set_front_matter(content / "toolkit" / "chapters" / "second-step.en.md", summary=CHAPTER_SUMMARY)
    # The page's body starts without a heading: Material then prints the title as the page's <h1>
    # and search takes the page entry's title from the front matter.
    about = root / "docs" / "about.en.md"
    _set_front_matter(about, title=PAGE, description=PAGE_DESCRIPTION)
    about.write_text(
        about.read_text(encoding="utf-8").replace("# About the fixture\n\n", ""), encoding="utf-8"
    )
    config = root / "mkdocs.yml"
    settings = config.read_text(encoding="utf-8")
    settings = settings.replace(
        "    - content.action.edit\n",
        "    - content.action.edit\n    - navigation.footer\n    - navigation.path\n    - navigation.tabs\n",
    )
    settings = settings.replace("  - about.md\n", f"  - {json.dumps(SECTION)}:\n    - about.md\n")
    settings = settings.replace("  - epi-downloads\n", "  - epi-reach\n  - epi-downloads\n")
    assert "epi-reach" in settings
    config.write_text(settings, encoding="utf-8")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    config = copy_fixture_site(folder / "src")
    _make_hostile(config.parent)
    build = mkdocs_build(config, folder / "site")
    assert build.returncode == 0, build.output
    return build.site


def _soup(text: str) -> BeautifulSoup:
    return BeautifulSoup(text, "lxml")


def _page(site: Path, url: str) -> BeautifulSoup:
    return _soup((site / url / "index.html").read_text(encoding="utf-8"))


def _text(tag) -> str:
    return " ".join(tag.get_text().split())


def _heading(tag) -> str:
    """A heading's text without its permalink."""
    return _text(tag).removesuffix("¶").rstrip()


def _meta(soup: BeautifulSoup, name: str) -> list[str]:
    return [tag["content"] for tag in soup.select(f'head meta[property="{name}"], head meta[name="{name}"]')]


def _jsonld(soup: BeautifulSoup) -> list[dict]:
    found = []
    for tag in soup.select('script[type="application/ld+json"]'):
        data = json.loads(tag.string)
        found += data if isinstance(data, list) else [data]
    return found


def _map_labels(text: str) -> list[str]:
    """The texts of the map of a page's HTML ``text``, read as SVG (XML)."""
    found = re.search(r'<svg xmlns="http://www.w3.org/2000/svg" class="epi-map".*?</svg>', text, re.S)
    assert found, "no map"
    return [
        "".join(t.itertext()) for t in ET.fromstring(found.group(0)).iter("{http://www.w3.org/2000/svg}text")
    ]


def _assert_inert(soup: BeautifulSoup, where: str) -> None:
    """No element or attribute made from the hostile text, no Markdown made from it either."""
    for tag in soup.find_all(True):
        for name in tag.attrs:
            assert ATTRIBUTE_NAME.match(name) and not name.startswith("on"), f"{where}: <{tag.name} {name}=…>"
        if tag.name == "a":
            assert not tag.get("href", "").lower().startswith("javascript:"), f"{where}: {tag}"
        if tag.name in ("em", "strong"):
            assert tag.get_text() != "em-marker", f"{where}: {tag}"
    assert not soup.select('img[src="x"]'), where
    for script in soup.find_all("script"):
        if script.get("type") not in ("application/ld+json", "application/json"):
            assert "alert(" not in (script.string or ""), f"{where}: {script}"


def test_every_html_file_is_inert(site):
    for path in sorted(site.rglob("*.html")):
        text = path.read_text(encoding="utf-8")
        _assert_inert(_soup(text), str(path.relative_to(site)))


def test_story_page_shows_the_title_exactly(site):
    soup = _page(site, f"news/{STORY_KEY}")
    assert _text(soup.title) == f"{STORY} - {SITE_NAME}"
    assert _text(soup.select(".md-header__topic")[1]) == STORY
    assert _heading(soup.select_one("article h1")) == STORY
    for name in ("og:title", "twitter:title"):
        assert _meta(soup, name) == [STORY], name
    for name in ("og:description", "twitter:description", "description"):
        assert _meta(soup, name) == [STORY_SUMMARY], name
    for script in soup.select('script[type="application/ld+json"]'):
        assert "</" not in script.string and "<!--" not in script.string
    article = next(d for d in _jsonld(soup) if d["@type"] == "NewsArticle")
    assert (article["headline"], article["description"]) == (STORY, STORY_SUMMARY)
    assert article["about"] == [{"@type": "City", "name": CITY_EN}]
    assert STORY_SUMMARY in [_text(tag) for tag in soup.select("article p, article strong")]


def test_news_lists_show_the_story_exactly(site):
    soup = _page(site, "news/archive")
    titles = [_text(a) for a in soup.select(".epi-story-card h3 a")]
    assert STORY in titles
    assert STORY_SUMMARY in [_text(p) for p in soup.select(".epi-story-card > p:not(.epi-story-card__meta)")]


def test_page_title_in_head_header_nav_footer_and_breadcrumbs(site):
    soup = _page(site, "about")
    assert _text(soup.title) == f"{PAGE} - {SITE_NAME}"
    assert _text(soup.select(".md-header__topic")[1]) == PAGE
    assert _heading(soup.select_one("article h1")) == PAGE
    assert _meta(soup, "og:title") == [PAGE] and _meta(soup, "description") == [PAGE_DESCRIPTION]
    assert PAGE in [_text(a) for a in soup.select(".md-nav--primary a.md-nav__link")]
    assert SECTION in [_text(a) for a in soup.select(".md-tabs__link")]
    assert SECTION in [_text(a) for a in soup.select(".md-path__link")]
    home = _page(site, "")
    assert PAGE in [_text(tag) for tag in home.select(".md-footer__link--next .md-ellipsis")]
    assert home.select_one(".md-footer__link--next")["aria-label"].endswith(PAGE)
    # the German site shows the English page as a fallback, with its title
    german = _page(site, "de/about")
    assert _text(german.title).startswith(PAGE)


def test_city_pages_map_and_open_data(site):
    for url, name in (("cities/exampleton", CITY_EN), ("de/cities/exampleton", CITY_DE)):
        soup = _page(site, url)
        assert _text(soup.title).startswith(name), url
        assert _heading(soup.select_one("article h1")) == name, url
        assert _meta(soup, "og:title") == [name], url
        assert [d["name"] for d in _jsonld(soup) if d["@type"] == "Place"] == [name], url
        items = [_text(li) for li in soup.select("article li")]
        assert any(PUBLISHER in item for item in items), url
        assert REPORT in [_text(a) for a in soup.select("article li a")], url
    for url, name in (("cities", CITY_EN), ("de/cities", CITY_DE)):
        text = (site / url / "index.html").read_text(encoding="utf-8")
        assert name in _map_labels(text), url
        assert name in [_text(a) for a in _soup(text).select(".epi-map-list a")], url
    data = json.loads((site / "data" / "cities.json").read_text(encoding="utf-8"))
    assert {"en": CITY_EN, "de": CITY_DE}.items() <= next(
        c for c in data["cities"] if c["slug"] == "exampleton"
    )["name"].items()
    exampleton = next(c for c in data["cities"] if c["slug"] == "exampleton")
    assert (exampleton["published"]["by"], exampleton["refers_to"]["title"]) == (PUBLISHER, REPORT)
    with (site / "data" / "cities.csv").open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle) if row["city"] == "exampleton"]
    assert {row["city_name"] for row in rows} == {CITY_EN}
    assert {(row["published_by"], row["refers_to"]) for row in rows} == {(PUBLISHER, REPORT)}


def test_home_page_map_and_city_cards(site):
    text = (site / "index.html").read_text(encoding="utf-8")
    assert CITY_EN in _map_labels(text)
    soup = _soup(text)
    assert CITY_EN in [_text(a) for a in soup.select(".epi-map-list a")]
    assert [_text(a) for a in soup.select(".epi-city-card h3 a")] == [CITY_EN, "Mockford"]


def test_compare_table_shows_cities_and_areas_exactly(site):
    for url, city in (("cities/compare", CITY_EN), ("de/cities/compare", CITY_DE)):
        table = _page(site, url).select_one("table.epi-matrix__table")
        assert city in [_text(a) for a in table.select("tbody th a")], url
    table = _page(site, "cities/compare").select_one("table.epi-matrix__table")
    assert AREA in [_text(th) for th in table.select("thead th")]


def test_share_image_alt_text(site):
    for url, title in (
        ("cities/exampleton", CITY_EN),
        ("de/cities/exampleton", CITY_DE),
        (f"news/{STORY_KEY}", STORY),
        ("about", PAGE),
    ):
        soup = _page(site, url)
        for name in ("og:image:alt", "twitter:image:alt"):
            assert _meta(soup, name) == [f"{SITE_NAME}: {title}"], (url, name)


def test_method_labels_on_city_pages(site):
    soup = _page(site, "cities/exampleton")
    assert AREA in [_text(label) for label in soup.select("svg.epi-chart .epi-chart__label")]
    assert AREA in [_text(td) for td in soup.select("article table td")]


def test_self_assessment_shows_questions_options_and_areas_exactly(site):
    soup = _page(site, "self-assessment")
    question = soup.select_one("fieldset#q-commitment-1")
    assert _text(question.legend) == QUESTION
    assert _text(question.select_one("label.epi-q__option")) == OPTION
    assert _heading(soup.select_one("section#step-language h2")) == AREA
    # the data the script scores with: JSON inside <script>, read back as it was written
    data = json.loads(soup.select_one("script#epi-assessment-data").string)
    first = data["questionnaire"]["questions"][0]
    assert (first["id"], first["text"], first["options"][0]["label"]) == ("commitment-1", QUESTION, OPTION)
    assert data["areaLabels"]["language"] == AREA
    assert CITY_EN in [city["name"] for city in data["cities"]]


def test_search_fragments_store_titles_as_text(site):
    """Pagefind's fragments (gzip, "pagefind_dcd" then JSON) hold each page's title as the text
    the visitor sees, not as HTML: the search script shows it with textContent."""
    titles = {}
    for path in site.glob("**/pagefind/fragment/*.pf_fragment"):  # each language's own index
        data = gzip.decompress(path.read_bytes())
        assert data.startswith(b"pagefind_dcd"), path.name
        fragment = json.loads(data.removeprefix(b"pagefind_dcd"))
        folder = path.parent.parent.parent.relative_to(site).as_posix()  # "." or "de"
        titles[folder, fragment["url"]] = fragment["meta"]["title"]
    assert titles[".", "/about/"] == PAGE
    assert titles[".", f"/news/{STORY_KEY}/"] == STORY
    assert titles[".", "/toolkit/first-step/"] == CHAPTER
    assert titles[".", "/cities/exampleton/"] == CITY_EN
    assert titles["de", "/cities/exampleton/"] == CITY_DE


def test_downloads_page_shows_the_title_exactly(site):
    soup = _page(site, "downloads")
    assert _text(soup.select_one("#made-up-report h3")) == DOWNLOAD


def test_toolkit_pages_and_zips(site):
    soup = _page(site, "toolkit/first-step")
    assert _text(soup.title) == f"{CHAPTER} - {SITE_NAME}"
    assert _heading(soup.select_one("article h1")) == CHAPTER
    index = _page(site, "de/toolkit")
    assert CHAPTER_SUMMARY in [_text(span) for span in index.select("article span[lang=en]")]
    zips = sorted((site / "downloads").glob("toolkit-*.zip"))
    assert zips
    for path in zips:
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                if name.endswith(".html"):
                    _assert_inert(_soup(archive.read(name).decode("utf-8")), f"{path.name}:{name}")
    with zipfile.ZipFile(site / "downloads" / "toolkit-en.zip") as archive:
        chapter = _soup(archive.read("toolkit-en/first-step.html").decode("utf-8"))
        assert _text(chapter.title) == CHAPTER and _text(chapter.h1) == CHAPTER
        contents = _soup(archive.read("toolkit-en/index.html").decode("utf-8"))
        assert CHAPTER in [_text(a) for a in contents.select("ol a")]


def test_feeds(site):
    feeds = sorted(site.rglob("feed.xml"))
    assert feeds
    for path in feeds:
        root = ET.parse(path).getroot()  # well-formed XML
        parsed = feedparser.parse(path.read_bytes())
        assert not parsed.bozo, (path, parsed.get("bozo_exception"))
        items = {item.findtext("link"): item for item in root.iter("item")}
        for entry in parsed.entries:
            if STORY_KEY in entry.link and path.parent.parent == site:
                assert entry.title == STORY
                assert items[entry.link].findtext("title") == STORY
                assert items[entry.link].findtext("description") == STORY_SUMMARY


def test_search_indexes(site):
    """Pagefind indexes the hostile pages (the search script shows titles and excerpts as text,
    keeping only Pagefind's <mark>s)."""
    entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert entry["languages"]
    for url in ("about/", f"news/{STORY_KEY}/", "toolkit/first-step/"):
        assert "data-pagefind-body" in (site / url / "index.html").read_text(encoding="utf-8"), url


def test_sitemaps_are_xml(site):
    maps = sorted(site.rglob("sitemap.xml"))
    assert maps
    for path in maps:
        ET.parse(path)


def test_json_outputs_parse(site):
    for path in sorted(site.rglob("*.json")):
        text = path.read_text(encoding="utf-8")
        data = json.loads(text)
        if path.name in ("cities.json", "pagefind-entry.json"):
            assert data
