import gzip
import xml.etree.ElementTree as ET

from epi_portal.i18n.outputs import SiteOutputs
from epi_portal.i18n.page_language import page_language
from epi_portal.i18n.sitemap import render_sitemap

SITE = "https://site.example.test/"
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def facts(lang, content_lang, url, translations):
    return page_language(
        lang=lang,
        content_lang=content_lang,
        url=url,
        translations=translations,
        site_url=SITE,
        languages=["en", "de"],
    )


def test_sitemap_leaves_out_fallbacks_and_lists_alternates():
    pages = [
        facts("en", "en", "about/", {"en": "about/", "de": "de/about/"}),
        facts("de", "de", "de/about/", {"en": "about/", "de": "de/about/"}),
        facts("de", "en", "de/only-en/", {"en": "only-en/"}),
    ]
    root = ET.fromstring(render_sitemap(pages))
    locs = [u.findtext("s:loc", namespaces=NS) for u in root.findall("s:url", NS)]
    assert locs == [SITE + "about/", SITE + "de/about/"]
    links = root.find("s:url", NS).findall("x:link", NS)
    assert [(link.get("hreflang"), link.get("href")) for link in links] == [
        ("en", SITE + "about/"),
        ("de", SITE + "de/about/"),
        ("x-default", SITE + "about/"),
    ]


def test_outputs_write_each_language_folder(tmp_path):
    outputs = SiteOutputs()
    outputs.add_page("about/", facts("en", "en", "about/", {"en": "about/"}))
    outputs.add_page("de/about/", facts("de", "en", "de/about/", {"en": "about/"}))
    outputs.not_found = {"en": "<html lang=en>", "de": "<html lang=de>"}
    outputs.write(tmp_path, ["en", "de"])
    assert (tmp_path / "404.html").read_text() == "<html lang=en>"
    assert (tmp_path / "de" / "404.html").read_text() == "<html lang=de>"
    assert not (tmp_path / "de" / "search").exists()  # search is epi-search's (Pagefind)
    assert "<url>" not in (tmp_path / "de" / "sitemap.xml").read_text()  # a fallback only
    assert (
        gzip.decompress((tmp_path / "sitemap.xml.gz").read_bytes()).decode()
        == (tmp_path / "sitemap.xml").read_text()
    )
    assert outputs.fallbacks["de"] == {"de/about/"}
