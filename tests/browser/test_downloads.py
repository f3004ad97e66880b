"""Downloads and toolkit in Chromium: the ZIP opened from disk works offline; axe on the pages."""

from __future__ import annotations

import zipfile
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from tests.browser.test_pages import check
from tests.browser.visit import axe_violations


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "de"])
def test_zip_works_from_disk(browser, fixture_site, tmp_path, lang):
    with zipfile.ZipFile(fixture_site.site / "downloads" / f"toolkit-{lang}.zip") as archive:
        archive.extractall(tmp_path)
    folder = tmp_path / f"toolkit-{lang}"
    context = browser.new_context()
    page = context.new_page()
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    try:
        for html in sorted(folder.glob("*.html")):
            page.goto(html.as_uri(), wait_until="load")
            assert page.locator("html").get_attribute("lang") == lang
            for href in page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)"):
                url = urlsplit(href)
                assert url.scheme == "file", f"{html.name} links to {href}"
                assert Path(unquote(url.path)).is_file(), f"{html.name}: broken link {href}"
            assert axe_violations(page) == []
        assert all(urlsplit(url).scheme in ("file", "data") for url in requests), requests
    finally:
        context.close()


@pytest.mark.browser
@pytest.mark.parametrize("prefix", ["", "de/"])
def test_downloads_and_toolkit_pages_are_accessible(page, fixture_url, prefix):
    for path in ["downloads/", "toolkit/", "toolkit/first-step/", "toolkit/second-step/"]:
        check(page, fixture_url + prefix + path)


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "lv"])
def test_real_downloads_and_toolkit_are_accessible(page, real_url, lang):
    prefix = "" if lang == "en" else f"{lang}/"
    for path in ["downloads/", "toolkit/", "toolkit/intercultural-review/"]:
        check(page, real_url + prefix + path)
