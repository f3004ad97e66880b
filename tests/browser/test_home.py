"""The home page as a visitor meets it: the calls to action on the first screen of a desktop and
a phone (on one row on a desktop, as wide as each other on a phone), tap targets of at least
24 x 24 px on a phone, and the whole page (HTML, styles, scripts, images) light to download."""

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
@pytest.mark.parametrize("prefix", ["de/", "lv/"])  # the longest labels
def test_calls_to_action_on_one_row_on_a_desktop(browser, real_url, prefix):
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    try:
        open_page(page, real_url + prefix)
        boxes = [button.bounding_box() for button in page.locator(".epi-hero a.md-button").all()]
        assert len(boxes) == 3 and all(boxes), boxes
        assert len({round(box["y"]) for box in boxes}) == 1, boxes  # same top: no wrapping
    finally:
        page.close()


@pytest.mark.browser
@pytest.mark.parametrize("prefix", ["", "de/", "lv/"])
def test_calls_to_action_equally_wide_on_a_phone(browser, real_url, prefix):
    page = browser.new_page(viewport={"width": 390, "height": 844})
    try:
        open_page(page, real_url + prefix)
        boxes = [button.bounding_box() for button in page.locator(".epi-hero a.md-button").all()]
        text = page.locator(".epi-hero p").first.bounding_box()
        assert len(boxes) == 3 and all(boxes) and text, boxes
        assert {round(box["width"]) for box in boxes} == {round(text["width"])}, (boxes, text)
        assert {round(box["x"]) for box in boxes} == {round(text["x"])}, (boxes, text)
        aligned = page.locator(".epi-hero a.md-button").evaluate_all(
            "(links) => links.map((a) => getComputedStyle(a).textAlign)"
        )
        assert set(aligned) == {"center"}, aligned
    finally:
        page.close()


@pytest.mark.browser
@pytest.mark.parametrize("prefix", ["", "de/", "lv/"])
def test_small_links_have_24px_tap_targets_on_a_phone(browser, real_url, prefix):
    """WCAG 2.5.8: the key figures' footnote markers and the map's city links."""
    page = browser.new_page(viewport={"width": 390, "height": 844})
    try:
        open_page(page, real_url + prefix)
        targets = [
            *page.locator(".epi-figures sup a.footnote-ref").all(),
            *page.locator("svg.epi-map a.epi-map__city").all(),
        ]
        assert len(targets) == 4 + 7
        for target in targets:
            box = target.bounding_box()
            assert box and box["width"] >= 24 and box["height"] >= 24, (target.get_attribute("href"), box)
        # the marker's hit area is the link's: a tap just above a footnote marker still follows it
        marker = page.locator(".epi-figures sup a.footnote-ref").first
        marker.scroll_into_view_if_needed()  # elementFromPoint sees the viewport only
        box = marker.bounding_box()
        assert box
        hit = page.evaluate(
            "([x, y]) => document.elementFromPoint(x, y)?.closest('a')?.getAttribute('href')",
            [box["x"] + box["width"] / 2, box["y"] + 2],
        )
        assert hit == marker.get_attribute("href")
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
