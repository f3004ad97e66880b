import gzip
import xml.etree.ElementTree as ET

from epi_portal.i18n.html import set_theme_base
from epi_portal.i18n.outputs import SiteOutputs
from epi_portal.i18n.page_language import page_language
from epi_portal.i18n.search_index import language_index
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


def test_language_index_keeps_own_language_pages_only():
    index = {
        "config": {"lang": ["en", "de"], "pipeline": ["stopWordFilter"]},
        "docs": [
            {"location": "de/", "title": "Start", "text": ""},
            {"location": "de/about/#x", "title": "Über", "text": ""},
            {"location": "de/only-en/", "title": "English text", "text": ""},
        ],
    }
    de = language_index(index, lang="de", prefix="de/", exclude={"de/only-en/"}, stemmed={"en", "de"})
    assert [d["location"] for d in de["docs"]] == ["", "about/#x"]
    assert de["config"]["lang"] == ["de"]
    lv = language_index(index, lang="lv", prefix="de/", exclude=set(), stemmed={"en", "de"})
    assert lv["config"]["lang"] == ["en"] and lv["config"]["pipeline"] == []


def test_language_index_escapes_raw_page_titles_only():
    """Material shows search titles as HTML: a page entry titled from the front matter is raw
    text, section titles (and a page entry titled by its heading) are already escaped."""
    raw = 'A & "b" <img src=x onerror=alert(1)>'
    escaped = 'A &amp; "b" &lt;img src=x onerror=alert(1)&gt;'
    index = {
        "config": {},
        "docs": [
            {"location": "de/raw/", "title": raw, "text": ""},
            {"location": "de/raw/#part", "title": "<code>x</code> &amp; y", "text": ""},
            {"location": "de/heading/", "title": escaped, "text": ""},
        ],
    }
    titles = {"de/raw/": raw, "de/heading/": raw}
    de = language_index(index, lang="de", prefix="de/", exclude=set(), stemmed={"de"}, page_titles=titles)
    assert [d["title"] for d in de["docs"]] == [escaped, "<code>x</code> &amp; y", escaped]
    assert index["docs"][0]["title"] == raw  # the input is left alone


def test_theme_base_points_at_language_root():
    html = '<script id="__config" type="application/json">{"base": "../..", "search": "x.js"}</script>'
    assert '"base":"../../de/"' in set_theme_base(html, "de")
    assert '"base":"/de/"' in set_theme_base(html.replace("../..", "/"), "de")
    assert set_theme_base("<p>no config</p>", "de") == "<p>no config</p>"


def test_outputs_write_each_language_folder(tmp_path):
    outputs = SiteOutputs()
    outputs.add_page("about/", facts("en", "en", "about/", {"en": "about/"}))
    outputs.add_page("de/about/", facts("de", "en", "de/about/", {"en": "about/"}))
    outputs.not_found = {"en": "<html lang=en>", "de": "<html lang=de>"}
    outputs.search = {"en": {"docs": []}, "de": {"docs": []}}
    outputs.write(tmp_path, ["en", "de"])
    assert (tmp_path / "404.html").read_text() == "<html lang=en>"
    assert (tmp_path / "de" / "404.html").read_text() == "<html lang=de>"
    assert (tmp_path / "de" / "search" / "search_index.json").is_file()
    assert "<url>" not in (tmp_path / "de" / "sitemap.xml").read_text()  # a fallback only
    assert (
        gzip.decompress((tmp_path / "sitemap.xml.gz").read_bytes()).decode()
        == (tmp_path / "sitemap.xml").read_text()
    )
    assert outputs.fallbacks["de"] == {"de/about/"}
