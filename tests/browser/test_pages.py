"""Every page type in every language, opened in Debian's chromium: axe-core finds no WCAG 2.1
A/AA violation, no request leaves 127.0.0.1, nothing fails to load."""

from __future__ import annotations

import re

import pytest

from tests.browser.visit import axe_violations, open_page
from tests.conftest import LANGUAGES

PAGES = ["", "about/", "partners/", "privacy/", "accessibility/", "legal/"]


def prefix(lang: str) -> str:
    return "" if lang == "en" else f"{lang}/"


def check(page, url, expect_status=200):
    visit = open_page(page, url, expect_status=expect_status)
    assert visit.foreign_requests() == []
    assert visit.failures == []
    assert axe_violations(page) == []


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGUAGES)
def test_pages_light(page, real_url, lang):
    for path in PAGES:
        check(page, real_url + prefix(lang) + path)


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGUAGES)
def test_pages_dark(browser, real_url, lang):
    context = browser.new_context(color_scheme="dark")
    page = context.new_page()
    try:
        for path in ["", "partners/"]:
            check(page, real_url + prefix(lang) + path)
    finally:
        context.close()


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGUAGES)
def test_not_found_page(page, real_url, lang):
    check(page, real_url + prefix(lang) + "404.html")


@pytest.mark.browser
def test_fallback_page(page, fixture_url):
    check(page, fixture_url + "de/about/")
    assert page.locator("html").get_attribute("lang") == "de"
    assert page.locator(".epi-fallback").is_visible()


@pytest.mark.browser
@pytest.mark.parametrize(
    ("start", "language", "expected"),
    [
        ("about/", "Deutsch", "de/about/"),
        ("lv/partners/", "Español", "es/partners/"),
        ("ro/legal/", "English", "legal/"),
    ],
)
def test_language_switcher_keeps_the_page(page, real_url, start, language, expected):
    open_page(page, real_url + start)
    page.locator(".md-select").first.hover()
    page.get_by_role("link", name=language, exact=True).click()
    page.wait_for_url(real_url + expected)


@pytest.mark.browser
def test_search_in_romanian_finds_romanian_pages_only(page, real_url):
    visit = open_page(page, real_url + "ro/")
    page.locator(".md-search__input").click()
    page.keyboard.type("Cluj", delay=30)
    results = page.locator(".md-search-result__item > a")
    results.first.wait_for()
    hrefs = results.evaluate_all("links => links.map(a => a.href)")  # root-relative in the markup
    assert hrefs
    assert all(re.match(re.escape(real_url) + r"ro/", href) for href in hrefs), hrefs
    assert visit.foreign_requests() == []
