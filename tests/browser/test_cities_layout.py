"""The city profiles and the comparison as a visitor sees them on a phone (390 px) and a desktop
(1280 px), in English, German and Latvian: nothing wider than the screen, no header of the
comparison's table running into another, no request leaving 127.0.0.1. A screenshot of each is
written to tests/.screenshots/ (ignored by git) for a person to look at."""

from __future__ import annotations

import pytest

from tests.browser.visit import open_page
from tests.conftest import REPO

SHOTS = REPO / "tests" / ".screenshots"
PAGES = {"riga": "cities/riga/", "cartagena": "cities/cartagena/", "compare": "cities/compare/"}
WIDTHS = [390, 1280]

# The bounding boxes of the comparison's header cells (column and row headers) that intersect, and
# those whose text is wider than the cell.
OVERLAPS = """() => {
  const cells = [...document.querySelectorAll(".epi-matrix__table th")];
  const boxes = cells.map(cell => cell.getBoundingClientRect());
  const out = [];
  for (let i = 0; i < boxes.length; i++) {
    if (cells[i].scrollWidth > cells[i].clientWidth + 1) out.push("overflows: " + cells[i].textContent);
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i], b = boxes[j];
      const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (x > 0.5 && y > 0.5) out.push(cells[i].textContent + " / " + cells[j].textContent);
    }
  }
  return {cells: cells.length, overlaps: out};
}"""


@pytest.mark.browser
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lang", ["en", "de", "lv"])
def test_cities_pages_fit_the_screen(browser, real_url, lang, width):
    SHOTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    try:
        for name, path in PAGES.items():
            url = real_url + ("" if lang == "en" else f"{lang}/") + path
            visit = open_page(page, url)
            assert visit.foreign_requests() == [], url
            page.screenshot(path=str(SHOTS / f"{name}-{lang}-{width}.png"), full_page=True)
            scroll = page.evaluate("() => document.documentElement.scrollWidth")
            assert scroll <= width, f"{url}: {scroll} px wide at {width} px"
            if name == "compare":
                headers = page.evaluate(OVERLAPS)
                assert headers["cells"] >= 3, url
                assert headers["overlaps"] == [], url
    finally:
        context.close()


@pytest.mark.browser
@pytest.mark.parametrize("width", WIDTHS)
def test_the_areas_not_published_unfold(browser, real_url, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    try:
        open_page(page, real_url + "lv/cities/cartagena/")
        folded = page.locator(".epi-unpublished__list")
        assert folded.locator("li").first.is_hidden()
        folded.locator("summary").click()
        assert folded.locator("li").count() == 17 and folded.locator("li").first.is_visible()
        page.screenshot(path=str(SHOTS / f"cartagena-lv-{width}-open.png"), full_page=True)
        assert page.evaluate("() => document.documentElement.scrollWidth") <= width
    finally:
        context.close()
