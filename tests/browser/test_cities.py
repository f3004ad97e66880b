"""The cities pages in Chromium: the map's links, keyboard access, axe, no foreign request."""

from __future__ import annotations

import pytest

from tests.browser.test_pages import check
from tests.browser.visit import open_page
from tests.site.test_cities_real import CITIES

PAGES = ["cities/", "cities/cartagena/", "cities/linkoping/", "cities/riga/", "cities/compare/"]


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "lv"])
def test_cities_pages_are_accessible(page, real_url, lang):
    prefix = "" if lang == "en" else f"{lang}/"
    for path in PAGES:
        check(page, real_url + prefix + path)


@pytest.mark.browser
def test_cities_pages_dark(browser, real_url):
    context = browser.new_context(color_scheme="dark")
    try:
        page = context.new_page()
        for path in ["cities/", "cities/cartagena/", "cities/riga/", "cities/compare/"]:
            check(page, real_url + "de/" + path)
    finally:
        context.close()


@pytest.mark.browser
def test_following_a_city_on_the_map_keeps_the_language(page, real_url):
    open_page(page, real_url + "lv/cities/")
    page.locator('svg.epi-map a[href="riga/"]').click()
    page.wait_for_url(real_url + "lv/cities/riga/")
    assert page.locator("html").get_attribute("lang") == "lv"
    assert "Rīga" in page.locator("article h1").inner_text()


@pytest.mark.browser
def test_keyboard_reaches_every_city_on_the_map(page, real_url):
    open_page(page, real_url + "cities/")
    reached = set()
    for _ in range(200):
        page.keyboard.press("Tab")
        href = page.evaluate(
            "() => document.activeElement.closest('svg.epi-map') ? "
            "document.activeElement.getAttribute('href') : null"
        )
        if href:
            reached.add(href)
            ring = page.evaluate(
                "() => parseFloat(getComputedStyle("
                "document.activeElement.querySelector('circle')).strokeWidth)"
            )
            assert ring >= 3, f"no visible focus ring on {href}"
        if len(reached) == len(CITIES):
            break
    assert reached == {f"{slug}/" for slug in CITIES}
