"""The real site, built once with `mkdocs build --strict`, its HTML parsed and checked."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

from epi_portal._shared.strings import DEFAULT_DIR
from tests.conftest import LANGUAGES, REPO
from tests.site import html_pages as hp

SITE_URL = "https://epi-portal.example.org/"
HAND_WRITTEN = ["", "about/", "partners/", "privacy/", "accessibility/", "legal/"]
CITY_PAGES = ["cities/", "cities/compare/"] + [
    f"cities/{slug}/"
    for slug in ("cartagena", "cluj-napoca", "dietzenbach", "linkoping", "lublin", "ravenna", "riga")
]
PAGES = HAND_WRITTEN + CITY_PAGES
NEWS = sorted(p for p in (REPO / "content" / "news").iterdir() if p.is_dir())
CHAPTERS = sorted((REPO / "content" / "toolkit" / "chapters").glob("*.md"))
TOPICS = sorted(
    {
        t
        for story in NEWS
        for t in yaml.safe_load((story / "index.en.md").read_text().split("---")[1])["topics"]
    }
)


def pages_in(lang: str) -> set[str]:
    """Every page of a language: hand-written, cities, news lists and the stories written in it."""
    news = {"news/", "news/archive/", *(f"news/topics/{t}/" for t in TOPICS)}
    news |= {f"news/{story.name}/" for story in NEWS if (story / f"index.{lang}.md").is_file()}
    toolkit = {"toolkit/", "downloads/", "self-assessment/"} | {
        f"toolkit/{chapter.name.split('.')[0]}/"
        for chapter in CHAPTERS
        if chapter.name.endswith(f".{lang}.md")
    }
    return set(PAGES) | news | toolkit


STRINGS = {
    lang: yaml.safe_load((DEFAULT_DIR / f"{lang}.yml").read_text(encoding="utf-8")) for lang in LANGUAGES
}
SM = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def prefix(lang: str) -> str:
    return "" if lang == "en" else f"{lang}/"


def page_file(site: Path, url: str) -> Path:
    return site / url / "index.html"


def url_to_file(site: Path, absolute: str) -> Path:
    assert absolute.startswith(SITE_URL), absolute
    return page_file(site, absolute[len(SITE_URL) :])


def test_build_is_strict_and_clean(real_site):
    assert not re.search(r"^(WARNING|ERROR)\s+-", real_site.output, re.M), real_site.output


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_exists_in_every_language_with_its_lang(real_site, lang):
    for url in PAGES:
        soup = hp.parse(page_file(real_site.site, prefix(lang) + url))
        assert soup.html["lang"] == lang, url
        assert not soup.select(".epi-fallback"), f"{lang}/{url} is a fallback: translate it"
        title = soup.select_one("article h1")
        assert title and title.get_text(strip=True)


def test_hreflang_alternates_and_canonical(real_site):
    for page in hp.html_files(real_site.site):
        if page.name == "404.html":
            continue
        soup = hp.parse(page)
        lang = hp.language_of(real_site.site, page, LANGUAGES)
        own = SITE_URL + page.parent.relative_to(real_site.site).as_posix() + "/"
        own = own.replace("/./", "/")
        alternates = hp.alternates(soup)
        if soup.select_one(".epi-fallback") and soup.select_one("article > div[lang]"):
            # shown untranslated: canonical to the original, not advertised in this language
            assert hp.canonical(soup) in alternates.values() and lang not in alternates
            continue
        assert hp.canonical(soup) == own
        assert alternates.get(lang) == own
        assert "x-default" in alternates
        for hreflang, href in alternates.items():
            assert href.startswith(SITE_URL), href
            target = hp.parse(url_to_file(real_site.site, href))
            if hreflang != "x-default":
                assert target.html["lang"] == hreflang
                assert not target.select(".epi-fallback"), f"{href} is advertised but is a fallback"
        assert alternates["x-default"] == alternates["en"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_funding_acknowledgement_on_every_page(real_site, lang):
    strings = STRINGS[lang]
    for page in hp.html_files(real_site.site):
        if hp.language_of(real_site.site, page, LANGUAGES) != lang:
            continue
        footer = hp.parse(page).select_one("footer .epi-funding")
        assert footer is not None, page
        svg = footer.select_one('svg[role="img"]')
        assert svg["aria-label"] == strings["funding.emblem_label"]
        assert len(svg.select("polygon")) == 12
        assert strings["funding.statement"] in footer.get_text(" ", strip=True)
        disclaimer = footer.select_one(".epi-funding__statement a")
        href, _, anchor = disclaimer["href"].partition("#")
        base = real_site.site if href.startswith("/") else page.parent  # 404 pages link from the root
        target = (base / href.lstrip("/") / "index.html").resolve()
        assert target == (real_site.site / prefix(lang) / "legal" / "index.html").resolve()
        assert hp.parse(target).select_one(f"#{anchor}") is not None


@pytest.mark.parametrize("lang", LANGUAGES)
def test_404_page_per_language(real_site, lang):
    page = real_site.site / prefix(lang) / "404.html"
    soup = hp.parse(page)
    assert soup.html["lang"] == lang
    assert soup.select_one("article h1").get_text(strip=True) == STRINGS[lang]["notfound.title"]
    # served at any depth: Material's base and the search script are absolute
    assert json.loads(soup.select_one("#__config").string)["base"] == "/"
    assert soup.select_one('script[src$="epi-search.js"]')["src"] == "/assets/javascripts/epi-search.js"
    # the language switcher leads to each language's home page (not to a page of the previous build)
    switcher = {a["hreflang"]: a["href"] for a in soup.select("a.md-select__link")}
    assert switcher == {code: "/" + prefix(code) for code in LANGUAGES}


def test_no_external_asset_anywhere(real_site):
    offenders = []
    for page in hp.html_files(real_site.site):
        offenders += [(page, url) for url in hp.asset_urls(hp.parse(page)) if hp.is_external(url)]
    for css in real_site.site.rglob("*.css"):
        offenders += [
            (css, url) for url in hp.CSS_URL.findall(css.read_text(encoding="utf-8")) if hp.is_external(url)
        ]
    assert offenders == []


def _searchable(site, lang):
    """Site-relative URLs of the language's pages whose article Pagefind indexes."""
    folder = site / prefix(lang)
    found = set()
    for page in hp.html_files(folder):
        rel = page.relative_to(folder).as_posix()
        if lang == "en" and rel.split("/", 1)[0] in LANGUAGES[1:]:
            continue
        if "data-pagefind-body" in page.read_text(encoding="utf-8"):
            found.add(rel.removesuffix("index.html"))
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_search_index_per_language(real_site, lang):
    """Pagefind indexes each language's own pages (not fallback copies, not the editors' page),
    one index per language, and no lunr index is left."""
    assert _searchable(real_site.site, lang) == pages_in(lang) - {"translations/"}
    bundle = real_site.site / prefix(lang) / "pagefind"  # the language's own bundle, its index only
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert list(entry["languages"]) == [lang]
    assert entry["languages"][lang]["page_count"] == len(pages_in(lang) - {"translations/"})
    assert not (real_site.site / prefix(lang) / "search" / "search_index.json").exists()
    home = hp.parse(page_file(real_site.site, prefix(lang)))
    assert home.select_one("html")["lang"] == lang
    assert home.select_one("article[data-pagefind-body]") is not None


def test_sitemaps(real_site):
    root = ET.parse(real_site.site / "sitemap.xml").getroot()
    locs = [u.findtext("s:loc", namespaces=SM) for u in root.findall("s:url", SM)]
    assert sorted(locs) == sorted(
        SITE_URL + prefix(lang) + url for lang in LANGUAGES for url in pages_in(lang)
    )
    for url in root.findall("s:url", SM):
        links = {link.get("hreflang"): link.get("href") for link in url.findall("x:link", SM)}
        path = url.findtext("s:loc", namespaces=SM)[len(SITE_URL) :].split("/", 1)
        page = path[1] if path[0] in LANGUAGES else "/".join(path)
        written = {lang for lang in LANGUAGES if page in pages_in(lang)}
        assert set(links) == written | {"x-default"}, page
    for lang in LANGUAGES[1:]:
        sub = ET.parse(real_site.site / lang / "sitemap.xml").getroot()
        assert {u.findtext("s:loc", namespaces=SM) for u in sub.findall("s:url", SM)} == {
            SITE_URL + f"{lang}/" + url for url in pages_in(lang)
        }


def test_source_links_on_pages_with_figures(real_site):
    """Home and about state dates and figures: they must link their sources."""
    for lang in LANGUAGES:
        for url in ["", "about/"]:
            article = hp.parse(page_file(real_site.site, prefix(lang) + url)).select_one("article")
            external = [
                a["href"]
                for a in article.select("a[href]")
                if urlsplit(a["href"]).scheme in ("http", "https")
            ]
            assert any("epi-project.com" in href for href in external), (lang, url)


def test_every_internal_link_resolves(real_site):
    """Links, stylesheets, scripts and images inside the site point at files that exist."""
    broken = []
    for page in hp.html_files(real_site.site):
        soup = hp.parse(page)
        for tag, attr in (("a", "href"), ("link", "href"), ("script", "src"), ("img", "src")):
            for element in soup.select(f"{tag}[{attr}]"):
                url = urlsplit(element[attr])
                if url.scheme or url.netloc or not url.path:
                    continue  # external, or an anchor on the same page
                base = real_site.site if url.path.startswith("/") else page.parent
                target = (base / url.path.lstrip("/")).resolve()
                if target.is_dir():
                    target = target / "index.html"
                if not target.is_file():
                    broken.append(f"{page.relative_to(real_site.site)}: {element[attr]}")
    assert broken == []


def test_toolkit_zip_holds_the_templates_in_its_language_as_office_files(real_site):
    import io
    import zipfile

    from docx import Document
    from openpyxl import load_workbook

    archive = zipfile.ZipFile(real_site.site / "downloads" / "toolkit-de.zip")
    names = set(archive.namelist())
    for stem, kinds in (
        ("round-table-agenda", ("md", "docx", "odt")),
        ("stakeholder-map", ("csv", "xlsx", "ods")),
    ):
        assert {f"toolkit-de/templates/{stem}.{kind}" for kind in kinds} <= names
    agenda = Document(io.BytesIO(archive.read("toolkit-de/templates/round-table-agenda.docx")))
    assert agenda.paragraphs[0].text == "Runder Tisch [1, 2 oder 3] von 3: Tagesordnung"
    sheet = load_workbook(io.BytesIO(archive.read("toolkit-de/templates/stakeholder-map.xlsx"))).active
    assert (
        sheet is not None
        and sheet["A1"].value == "Organisation"
        and sheet["C1"].value == "Rolle der Kontaktperson"
    )
    assert b"Tagesordnung" in archive.read("toolkit-de/templates/round-table-agenda.md")
    # the site's own copies: German under de/ (the default language's at toolkit/templates/,
    # tests/site/test_toolkit_templates.py)
    site_copy = real_site.site / "de" / "toolkit" / "templates" / "round-table-agenda.odt"
    assert site_copy.read_bytes() == archive.read("toolkit-de/templates/round-table-agenda.odt")


def test_the_editors_translation_page_is_not_published(real_site):
    """/translations/ (repository paths and the to-do list) belongs to `scripts/site serve` only."""
    assert not (real_site.site / "translations").exists()
    for sitemap in real_site.site.rglob("sitemap.xml"):
        assert "/translations/" not in sitemap.read_text(encoding="utf-8"), sitemap
