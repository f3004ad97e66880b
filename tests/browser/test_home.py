"""The home page as a visitor meets it: the calls to action on the first screen of a desktop and
a phone, and the whole page (HTML, styles, scripts, images) light to download."""

from __future__ import annotations

import gzip

import pytest

from tests.browser.visit import open_page

SCREENS = {"desktop": (1280, 800), "phone": (390, 844)}
MAX_GZIP = 100_000


@pytest.mark.browser
@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("prefix", ["", "de/", "lv/"])
def test_calls_to_action_on_the_first_screen(browser, real_url, screen, prefix):
    width, height = SCREENS[screen]
    page = browser.new_page(viewport={"width": width, "height": height})
    try:
        open_page(page, real_url + prefix)
        buttons = page.locator(".epi-hero a.md-button")
        assert buttons.count() == 3
        for index in range(3):
            box = buttons.nth(index).bounding_box()
            assert box and box["y"] + box["height"] <= height, (screen, prefix, index, box)
    finally:
        page.close()


@pytest.mark.browser
def test_home_page_weight(browser, real_url):
    page = browser.new_page()
    bodies: list[bytes] = []
    page.on("response", lambda response: bodies.append(response.body()) if response.ok else None)
    try:
        open_page(page, real_url)
    finally:
        page.close()
    weight = sum(len(gzip.compress(body, 9)) for body in bodies)
    print(f"home page: {weight} bytes gzip")
    assert 10_000 < weight <= MAX_GZIP, weight
