"""The two-language fixture site: fallback pages, pages in one language only, search, sitemaps."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from tests.site import html_pages as hp

SITE_URL = "https://fixture.example.test/"
NOTICE_DE = (
    "Diese Seite ist noch nicht auf Deutsch verfügbar. Sie wird in der Originalsprache angezeigt: Englisch."
)


def test_fallback_page_says_so_in_the_readers_language(fixture_site):
    soup = hp.parse(fixture_site.site / "de" / "about" / "index.html")
    assert soup.html["lang"] == "de"  # the interface around it is German
    notice = soup.select_one(".epi-fallback")
    assert notice is not None and NOTICE_DE in notice.get_text(" ", strip=True)
    link = notice.select_one("a[hreflang]")
    assert link["hreflang"] == "en" and link["href"] == "../../about/"
    content = soup.select_one('article div[lang="en"]')
    assert content is not None and "Zebrafinch" in content.get_text()
    assert notice not in content.descendants  # the notice itself is German


def test_fallback_page_is_canonicalised_and_not_advertised(fixture_site):
    fallback = hp.parse(fixture_site.site / "de" / "about" / "index.html")
    assert hp.canonical(fallback) == SITE_URL + "about/"
    assert hp.alternates(fallback) == {"en": SITE_URL + "about/", "x-default": SITE_URL + "about/"}
    original = hp.parse(fixture_site.site / "about" / "index.html")
    assert "de" not in hp.alternates(original)
    assert original.select_one(".epi-fallback") is None


def test_page_in_one_language_only(fixture_site):
    soup = hp.parse(fixture_site.site / "de" / "notes" / "index.html")
    assert hp.alternates(soup) == {"de": SITE_URL + "de/notes/", "x-default": SITE_URL + "de/notes/"}
    assert not (fixture_site.site / "notes").exists()


def _searchable(folder, skip=frozenset()):
    """Site-relative URLs of the pages in ``folder`` whose article Pagefind indexes."""
    return {
        page.relative_to(folder).as_posix().removesuffix("index.html")
        for page in folder.rglob("*.html")
        if page.relative_to(folder).parts[0] not in skip
        and "data-pagefind-body" in page.read_text(encoding="utf-8")
    }


def test_fallbacks_stay_out_of_sitemaps_and_search(fixture_site):
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locs = {u.findtext("s:loc", namespaces=ns) for u in ET.parse(fixture_site.site / "sitemap.xml").getroot()}
    assert SITE_URL + "de/about/" not in locs
    assert {SITE_URL + "about/", SITE_URL + "de/", SITE_URL + "de/notes/"} <= locs
    generated = {"cities/", "cities/compare/", "cities/exampleton/", "cities/mockford/", "news/"}
    german = _searchable(fixture_site.site / "de")
    assert {"", "notes/"} | generated <= german and "about/" not in german
    assert "news/2099-02-01-nur-auf-deutsch/" in german and "news/2099-01-10-made-up-story-10/" not in german
    english = _searchable(fixture_site.site, skip={"de"})
    assert {"", "about/"} | generated <= english and "notes/" not in english
    assert "news/page/2/" not in english  # only more cards: not a search result
    # one bundle per language, in the language's folder, with that language's index only
    entry = json.loads((fixture_site.site / "de" / "pagefind" / "pagefind-entry.json").read_text())
    assert list(entry["languages"]) == ["de"] and entry["languages"]["de"]["page_count"] == len(german)
    entry = json.loads((fixture_site.site / "pagefind" / "pagefind-entry.json").read_text())
    assert list(entry["languages"]) == ["en"] and entry["languages"]["en"]["page_count"] == len(english)
    assert (fixture_site.site / "de" / "sitemap.xml").is_file()


def test_german_404(fixture_site):
    soup = hp.parse(fixture_site.site / "de" / "404.html")
    assert soup.html["lang"] == "de"
    assert soup.select_one("article h1").get_text() == "Seite nicht gefunden"
    assert hp.parse(fixture_site.site / "404.html").html["lang"] == "en"


def test_search_index_is_reproducible(fixture_site, tmp_path):
    """A second build of the same site writes the same Pagefind files, byte for byte, and none
    empty (Pagefind's service, killed as soon as it answered, once left pagefind-entry.json and
    the WebAssembly empty; and it writes the entry file's languages in a random order)."""
    from tests.conftest import FIXTURE_SITE, mkdocs_build

    again = mkdocs_build(FIXTURE_SITE / "mkdocs.yml", tmp_path / "site")
    assert again.returncode == 0, again.output

    def files(site):
        folder = site / "pagefind"
        return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}

    first, second = files(fixture_site.site), files(again.site)
    assert sorted(first) == sorted(second)
    assert [name for name in first if first[name] != second[name]] == []
    assert [name for name, data in first.items() if not data] == []
