"""The newsroom in Chromium: pagination, the language badge and its link, axe, no foreign request."""

from __future__ import annotations

import pytest

from tests.browser.test_pages import check
from tests.browser.visit import open_page


@pytest.mark.browser
def test_pagination(page, fixture_url):
    open_page(page, fixture_url + "news/")
    page.get_by_role("navigation", name="News pages").get_by_role("link", name="Older stories").click()
    page.wait_for_url(fixture_url + "news/page/2/")
    assert page.locator("article.epi-story-card").count() == 5
    page.get_by_role("link", name="Newer stories").click()
    page.wait_for_url(fixture_url + "news/")


@pytest.mark.browser
def test_badge_links_to_the_original(page, fixture_url):
    open_page(page, fixture_url + "de/news/")
    card = page.locator("article.epi-story-card", has_text="Made-up story 10")
    assert card.locator(".epi-badge").inner_text() == "Auf Englisch"
    card.get_by_role("link").click()
    page.wait_for_url(fixture_url + "news/2099-01-10-made-up-story-10/")
    assert page.locator("html").get_attribute("lang") == "en"


@pytest.mark.browser
@pytest.mark.parametrize("prefix", ["", "de/"])
def test_news_pages_are_accessible(page, fixture_url, prefix):
    for path in ["news/", "news/topics/events/", "news/2099-01-12-made-up-story-12/", "news/archive/"]:
        check(page, fixture_url + prefix + path)


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "lv"])
def test_real_newsroom_is_accessible(page, real_url, lang):
    prefix = "" if lang == "en" else f"{lang}/"
    check(page, real_url + prefix + "news/")
    check(page, real_url + prefix + "news/topics/events/")


@pytest.mark.browser
def test_video_pages_load_nothing_from_elsewhere(page, fixture_url):
    for path in ["news/2099-04-01-made-up-video/", "news/2099-04-02-made-up-clip/"]:
        check(page, fixture_url + path)  # no request outside 127.0.0.1, axe clean, share links there too
