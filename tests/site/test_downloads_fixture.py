"""Downloads and toolkit on the fixture site: the catalogue's facts match the files; the ZIPs
are the same bytes on every build; the toolkit's pages exist in both languages."""

from __future__ import annotations

import hashlib

from tests.conftest import FIXTURE_LANGUAGES, FIXTURE_SITE, mkdocs_build
from tests.site import html_pages as hp


def page(site, url):
    return hp.parse(site / url / "index.html")


def test_checksums_and_sizes_match_the_files(fixture_site):
    for prefix in ("", "de/"):
        soup = page(fixture_site.site, prefix + "downloads/")
        local = [a for a in soup.select("article.epi-download li a[download]")]
        assert len(local) >= 2 + 3 + 1  # the two ZIPs, the open data, the made-up report
        for link in local:
            target = (fixture_site.site / prefix / "downloads" / link["href"]).resolve()
            digest = link.find_parent("li").select_one("details.epi-checksum code").get_text()
            assert hashlib.sha256(target.read_bytes()).hexdigest() == digest, link["href"]


def test_language_labels_and_external_links(fixture_site):
    soup = page(fixture_site.site, "de/downloads/")
    toolkit = soup.select_one("#epi-replication-toolkit")
    assert [a.get_text() for a in toolkit.select("li a")] == ["Deutsch", "English"]
    assert toolkit.select("li a")[1]["hreflang"] == "en"
    newsletter = soup.select_one("#made-up-link")
    assert newsletter.select_one("h3")["lang"] == "en"  # no German title: the original, marked
    assert "Nicht auf Deutsch verfügbar" in newsletter.get_text()
    assert newsletter.select_one('a[rel="external"]')["href"] == "https://example.test/newsletter"


def test_dates_shown_at_their_precision(fixture_site):
    """A download dated 2099-01 says "January 2099", one dated 2099 says "2099", in each language."""
    for prefix, month in (("", "January 2099"), ("de/", "Januar 2099")):
        soup = page(fixture_site.site, prefix + "downloads/")
        times = {
            a["id"]: a.select_one(".epi-download__meta time") for a in soup.select("article.epi-download")
        }
        assert (times["made-up-report"]["datetime"], times["made-up-report"].get_text()) == ("2099-01", month)
        assert (times["made-up-link"]["datetime"], times["made-up-link"].get_text()) == ("2099", "2099")


def test_city_page_lists_its_downloads(fixture_site):
    city = page(fixture_site.site, "de/cities/exampleton/")
    assert city.select_one("#made-up-report") is not None


def test_toolkit_pages(fixture_site):
    index = page(fixture_site.site, "de/toolkit/")
    assert index.select_one(".epi-toolkit-download a")["href"] == "../../downloads/toolkit-de.zip"
    untranslated = index.select_one('article a[href="second-step/"]')
    assert (untranslated["lang"], untranslated["hreflang"]) == ("en", "en")
    assert untranslated.find_next_sibling("span", class_="epi-badge").get_text() == "Auf Englisch"
    chapter = page(fixture_site.site, "de/toolkit/second-step/")
    assert (
        chapter.select_one(".epi-fallback") is not None and chapter.select_one('div[lang="en"]') is not None
    )
    assert "de" not in hp.alternates(chapter) and "de" not in hp.alternates(
        page(fixture_site.site, "toolkit/second-step/")
    )
    first = page(fixture_site.site, "de/toolkit/first-step/")
    assert first.select_one(".epi-fallback") is None
    template = first.select_one('article a[href$="test-sheet.csv"]')["href"]
    assert (fixture_site.site / "de" / "toolkit" / "first-step" / template).resolve().is_file()


def test_toolkit_templates_in_the_pages_language_or_marked(fixture_site):
    """The German pages link the German test plan (de/toolkit/templates/) and the test sheet,
    which exists in English only, at toolkit/templates/, marked as English; the English pages
    link the English plan."""
    site = fixture_site.site
    for url in ("de/toolkit/", "de/toolkit/first-step/"):
        soup = page(site, url)
        plan = soup.select_one('article a[href$="test-plan.md"]')
        target = (site / url / plan["href"]).resolve()
        assert target == (site / "de" / "toolkit" / "templates" / "test-plan.md").resolve()
        assert target.read_text(encoding="utf-8").startswith("# Testplan")
        assert plan.get("hreflang") is None and plan.find_next_sibling("span", class_="epi-badge") is None
        sheet = soup.select_one('article a[href$="test-sheet.csv"]')
        assert (site / url / sheet["href"]).resolve() == (site / "toolkit" / "templates" / "test-sheet.csv")
        assert sheet["hreflang"] == "en"
        assert sheet.find_next_sibling("span", class_="epi-badge").get_text() == "Auf Englisch"
    assert page(site, "de/toolkit/").select_one('article a[href$="test-sheet.xlsx"]')["lang"] == "en"
    docx = page(site, "de/toolkit/").select_one('article a[href$="test-plan.docx"]')["href"]
    assert (site / "de" / "toolkit" / docx).resolve().parent == (site / "de" / "toolkit" / "templates")
    english = page(site, "toolkit/first-step/").select_one('article a[href$="test-plan.md"]')
    assert (
        (site / "toolkit" / "first-step" / english["href"])
        .resolve()
        .read_text(encoding="utf-8")
        .startswith("# Test plan")
    )
    assert not (site / "de" / "toolkit" / "templates" / "test-sheet.csv").exists()


def test_two_builds_give_the_same_zips(fixture_site, tmp_path):
    again = mkdocs_build(FIXTURE_SITE / "mkdocs.yml", tmp_path / "again")
    assert again.returncode == 0, again.output
    for lang in FIXTURE_LANGUAGES:
        name = f"downloads/toolkit-{lang}.zip"
        assert (fixture_site.site / name).read_bytes() == (tmp_path / "again" / name).read_bytes()


def test_video_card(fixture_site):
    card = page(fixture_site.site, "de/downloads/").select_one("#made-up-video")
    poster = card.select_one(".epi-download__poster img")
    assert poster["alt"] and poster["lang"] == "en"
    assert (fixture_site.site / "de" / "downloads" / poster["src"]).resolve().is_file()
    assert poster.find_parent("a")["href"] == "https://video.example.test/watch/made-up"
    assert "3:20" in card.get_text() and not card.select("iframe, video, script")
