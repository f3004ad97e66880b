"""The layout as a visitor sees it, in Chromium at 1280 and 390 px wide: screenshots (written to
tests/.screenshots/, not committed, for a person to look at), no horizontal overflow, the tabs on
wide screens and the drawer on phones, the current language and the short name in the header,
breadcrumbs on the pages outside the nav."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from epi_portal._shared.strings import DEFAULT_DIR, load_tables
from tests.browser.visit import open_page
from tests.conftest import LANGUAGES, REPO

SCREENSHOTS = REPO / "tests" / ".screenshots"
WIDE, PHONE = 1280, 390
PAGES = {"home": "", "cities": "cities/", "cartagena": "cities/cartagena/"}
STRINGS = load_tables(DEFAULT_DIR, LANGUAGES).tables

# Every element whose box sticks out to the right of the viewport, unless an ancestor clips or
# scrolls it (a wide table in its scroll wrapper) or it is off screen on purpose (the closed drawer).
OVERFLOW = """() => {
  const width = document.documentElement.clientWidth;
  const clipped = (el) => {
    for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
      if (getComputedStyle(up).overflowX !== "visible") return true;
    }
    return false;
  };
  const offenders = [];
  if (document.documentElement.scrollWidth > width) {
    for (const el of document.body.querySelectorAll("*")) {
      const box = el.getBoundingClientRect();
      if (box.right > width + 0.5 && box.width > 0 && !clipped(el)) {
        const name = el.tagName.toLowerCase() + (el.id ? "#" + el.id : "")
          + [...el.classList].map((c) => "." + c).join("");
        offenders.push(`${name} (${Math.round(box.left)}–${Math.round(box.right)} px)`);
      }
    }
  }
  return {scrollWidth: document.documentElement.scrollWidth, width, offenders: offenders.slice(0, 8)};
}"""


def prefix(lang: str) -> str:
    return "" if lang == LANGUAGES[0] else f"{lang}/"


@pytest.fixture(scope="module")
def screenshots(request):
    SCREENSHOTS.mkdir(exist_ok=True)
    yield SCREENSHOTS
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_line(f"\nscreenshots of the layout tests: {SCREENSHOTS}")


@pytest.fixture
def at_width(browser):
    contexts = []

    def open_at(width: int):
        context = browser.new_context(viewport={"width": width, "height": 900 if width == WIDE else 844})
        contexts.append(context)
        return context.new_page()

    yield open_at
    for context in contexts:
        context.close()


@pytest.mark.browser
@pytest.mark.parametrize("width", [WIDE, PHONE])
@pytest.mark.parametrize("lang", ["en", "de", "lv"])
def test_screenshots_without_horizontal_overflow(at_width, real_url, screenshots, lang, width):
    page = at_width(width)
    problems = []
    for name, path in PAGES.items():
        visit = open_page(page, real_url + prefix(lang) + path)
        assert visit.foreign_requests() == []
        page.screenshot(path=str(screenshots / f"{name}-{lang}-{width}.png"), full_page=True)
        found = page.evaluate(OVERFLOW)
        if found["scrollWidth"] > found["width"]:
            problems.append(
                f"{prefix(lang)}{path} is {found['scrollWidth']} px wide in a {found['width']} px viewport; "
                f"wider than the viewport: {', '.join(found['offenders']) or 'no single element'}"
            )
    assert problems == []


@pytest.mark.browser
@pytest.mark.parametrize(
    ("lang", "sections"),
    [
        ("en", ["Home", "The project", "Cities", "News", "Toolkit"]),
        ("lv", ["Sākums", "Projekts", "Pilsētas", "Jaunumi", "Rīkkopa"]),
    ],
)
def test_sections_are_tabs_on_wide_screens(at_width, real_url, lang, sections):
    page = at_width(WIDE)
    open_page(page, real_url + prefix(lang) + "cities/compare/")
    tabs = page.locator(".md-tabs")
    assert tabs.is_visible()
    assert [text.strip() for text in tabs.locator(".md-tabs__link").all_inner_texts()] == sections
    assert tabs.locator(".md-tabs__item--active").inner_text().strip() == sections[2]
    assert not page.locator('.md-header label[for="__drawer"]').is_visible()
    # A page outside the nav has no empty sidebar beside it.
    open_page(page, real_url + prefix(lang) + "cities/cartagena/")
    assert not page.locator(".md-sidebar--primary").is_visible()


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "lv"])
def test_drawer_on_phones(at_width, real_url, lang):
    page = at_width(PHONE)
    open_page(page, real_url + prefix(lang) + "cities/cartagena/")  # its sidebar is hidden when wide
    assert not page.locator(".md-tabs").is_visible()
    page.locator('.md-header label[for="__drawer"]').click()
    drawer = page.locator("nav.md-nav--primary")
    cities = drawer.get_by_role("link", name=STRINGS[lang]["cities.nav_title"], exact=True)
    expect(cities).to_be_in_viewport(ratio=1)  # once the drawer has slid in
    cities.click()
    page.wait_for_url(real_url + prefix(lang) + "cities/")


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "de", "lv"])
def test_header_shows_the_language_and_the_short_name(at_width, real_url, lang):
    phone = at_width(PHONE)
    open_page(phone, real_url + prefix(lang))
    assert phone.locator(".epi-lang__code").inner_text() == lang.upper()
    assert phone.locator(".md-header .epi-name__short").inner_text() == STRINGS[lang]["site.short_name"]
    assert not phone.locator(".md-header .epi-name__full").is_visible()
    # The whole language list opens inside the screen, without a scroll of its own.
    phone.locator(".epi-lang__button").click()
    links = phone.locator(".md-select__link")
    assert links.count() == len(LANGUAGES)
    for i in range(links.count()):
        links.nth(i).wait_for(state="visible")
        box = links.nth(i).bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE, links.nth(
            i
        ).inner_text()
    listed = phone.locator(".md-select__list").evaluate("list => [list.scrollHeight, list.clientHeight]")
    assert listed[0] <= listed[1], "the language list scrolls inside itself"
    assert phone.locator(f'.md-select__link[lang="{lang}"]').get_attribute("aria-current") == "page"

    wide = at_width(WIDE)
    open_page(wide, real_url + prefix(lang))
    assert wide.locator(".md-header .epi-name__full").is_visible()
    assert not wide.locator(".md-header .epi-name__short").is_visible()
    assert wide.locator(".epi-lang__code").inner_text() == lang.upper()


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "lv"])
@pytest.mark.parametrize(
    ("path", "section_key", "section_path"),
    [
        ("cities/cartagena/", "cities.nav_title", "cities/"),
        ("news/2022-05-30-final-conference-monza/", "news.nav_title", "news/"),
        ("toolkit/round-tables/", "breadcrumbs.toolkit", "toolkit/"),
    ],
)
def test_breadcrumbs_outside_the_nav(page, real_url, lang, path, section_key, section_path):
    t = STRINGS[lang]
    open_page(page, real_url + prefix(lang) + path)
    crumbs = page.get_by_role("navigation", name=t["breadcrumbs.label"], exact=True)
    assert crumbs.get_attribute("lang") == lang
    items = crumbs.locator("ol > li")
    title = page.locator("article h1").first.evaluate(
        "h => [...h.childNodes].filter(n => !n.classList?.contains('headerlink'))"
        ".map(n => n.textContent).join('').trim()"
    )
    assert [text.strip() for text in items.all_inner_texts()] == [
        t["breadcrumbs.home"],
        t[section_key],
        title,
    ]
    assert items.last.locator("a").get_attribute("aria-current") == "page"
    assert crumbs.locator("[aria-current]").count() == 1
    items.nth(1).locator("a").click()
    page.wait_for_url(real_url + prefix(lang) + section_path)


# The computed colours of the header's badge: its text, its background and the header's.
BADGE_COLOURS = """(badge) => {
  const style = getComputedStyle(badge);
  const header = getComputedStyle(document.querySelector(".md-header")).backgroundColor;
  return [style.color, style.backgroundColor, header];
}"""


def _rgba(colour: str) -> tuple[float, ...]:
    values = [float(v) for v in colour[colour.index("(") + 1 : -1].split(",")]
    return (*values[:3], values[3] if len(values) == 4 else 1.0)


def _contrast(one: tuple[float, ...], two: tuple[float, ...]) -> float:
    def luminance(rgb: tuple[float, ...]) -> float:
        c = [v / 255 for v in rgb[:3]]
        c = [v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4 for v in c]
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]

    light, dark = sorted((luminance(one), luminance(two)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "lv"])
@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_wordmark_badge_on_narrow_screens(at_width, real_url, screenshots, lang, scheme):
    """Below 76.25em Material hides the logo: the short name beside the menu button is the badge
    on phones, the logo stays on tablets; the badge's colours are the header's reversed."""
    for width, badge_selector in (
        (PHONE, ".epi-name__short"),
        (320, ".epi-name__short"),
        (900, ".epi-wordmark"),
    ):
        page = at_width(width)
        open_page(page, real_url + prefix(lang) + "cities/riga/")
        page.evaluate(f"document.body.setAttribute('data-md-color-scheme', '{scheme}')")
        badge = page.locator(f".md-header {badge_selector}")
        assert badge.inner_text() == STRINGS[lang]["site.short_name"]
        box = badge.bounding_box()
        assert box is not None and box["width"] > 0 and box["height"] > 0, width
        assert 0 <= box["x"] and box["x"] + box["width"] <= width, width
        text, background, header = (_rgba(c) for c in badge.evaluate(BADGE_COLOURS))
        assert background[3] == 1 and background != header, (width, background, header)
        assert _contrast(text, background) >= 4.5, width
        found = page.evaluate(OVERFLOW)
        assert found["scrollWidth"] <= found["width"], found["offenders"]
        page.locator(".md-header").screenshot(path=str(screenshots / f"wordmark-{lang}-{width}-{scheme}.png"))


# Each heading's height minus the height of its own text: an empty line (the ¶ permalink
# wrapped onto a line of its own) makes it a line taller.
HEADING_EXTRA = """() => [...document.querySelectorAll('.md-content h2[id]')].map((h) => {
  const range = document.createRange();
  range.selectNodeContents(h.firstChild);
  return [h.id, h.getBoundingClientRect().height - range.getBoundingClientRect().height];
})"""


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["de", "lv"])
def test_no_empty_line_under_headings_on_a_phone(at_width, real_url, lang):
    page = at_width(PHONE)
    for path in ("cities/riga/", "cities/cartagena/", "about/"):
        open_page(page, real_url + prefix(lang) + path)
        extra = {name: px for name, px in page.evaluate(HEADING_EXTRA) if px > 8}
        assert extra == {}, (path, extra)
