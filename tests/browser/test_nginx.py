"""Pages served by nginx with the generated CSP: nothing blocked (a CSP violation is a console
error), the language switcher, search and the self-assessment still work."""

from __future__ import annotations

import pytest

from tests.browser.visit import open_page


@pytest.mark.browser
@pytest.mark.parametrize("prefix", ["", "lv/"])
def test_pages_under_the_csp(page, nginx_url, prefix):
    # axe is not injected here: the CSP rightly refuses its inline script (axe runs on the same
    # pages in test_pages.py); any CSP violation of the site itself is a console error
    for path in [
        "",
        "about/",
        "cities/",
        "cities/riga/",
        "cities/compare/",
        "news/",
        "toolkit/",
        "downloads/",
        "self-assessment/",
    ]:
        visit = open_page(page, nginx_url + prefix + path)
        assert visit.failures == [] and visit.foreign_requests() == [], path


@pytest.mark.browser
def test_scripts_still_work_under_the_csp(page, nginx_url):
    visit = open_page(page, nginx_url + "self-assessment/")
    page.locator('input[name="commitment-1"][value="yes"]').check()
    page.locator("form#epi-assessment button[type=submit]").click()
    page.locator("#epi-assessment-results").wait_for()
    assert "100/100" in page.locator(".epi-assessment__overall").inner_text()
    page.locator(".md-search__input").click()
    page.keyboard.type("Riga", delay=30)
    page.locator(".md-search-result__item").first.wait_for()
    assert visit.failures == []


@pytest.mark.browser
@pytest.mark.parametrize(("path", "query", "expected"), [("lv/no/such/page/", "Riga", "/lv/cities/riga/")])
def test_search_from_a_language_404_under_the_csp(page, nginx_url, path, query, expected):
    """Pagefind's WebAssembly runs under the CSP ('wasm-unsafe-eval', no 'unsafe-eval'), from the
    per-language 404 page served at any depth, and finds that language's pages."""
    visit = open_page(page, nginx_url + path, expect_status=404)
    assert page.locator("html").get_attribute("lang") == "lv"
    page.locator(".md-search__input").click()
    page.keyboard.type(query, delay=30)
    page.locator(f'[data-epi-search-list][data-query="{query}"]').wait_for(state="attached")
    hrefs = page.locator(".md-search-result__item > a").evaluate_all("links => links.map(a => a.pathname)")
    assert expected in hrefs and all(href.startswith("/lv/") for href in hrefs), hrefs
    # the page itself is a 404 (Chromium logs that as a console error); nothing else failed
    assert [f for f in visit.failures if "status of 404" not in f] == [] and visit.foreign_requests() == []
    assert not [f for f in visit.failures if not f.startswith("console:")]
