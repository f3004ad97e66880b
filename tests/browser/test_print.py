"""A city profile and the comparison printed on A4 (issue 13, item 11): Chromium's PDF of each page,
read back as text with pypdf and as pictures with poppler's pdftoppm, holds the page's scores, the
address of every external link and the EU funding statement and emblem, on the expected number of
pages, with the chart and the table each whole on one page, and nothing to click: no header,
navigation, search, language switcher or share links."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass

import pytest
import yaml
from PIL import Image
from pypdf import PdfReader

from epi_portal._shared.strings import DEFAULT_DIR
from tests.browser.visit import open_page

PDFTOPPM = "/usr/bin/pdftoppm"


def load_strings(lang: str) -> dict[str, str]:
    return yaml.safe_load((DEFAULT_DIR / f"{lang}.yml").read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Printout:
    path: str
    lang: str
    pages: range  # the page counts that are right, pinned from the PDFs looked at
    scores: tuple[str, ...]  # as printed
    together: tuple[str, ...]  # text that must share one page (a chart, a table, kept whole)


PRINTOUTS = [
    # Intro and the narrative; the published scores' chart beside their table, the areas not
    # published listed (a <details> opened on paper), key facts; news, downloads, sources; the
    # footnoted sources and funding.
    Printout(
        "cities/cartagena/",
        "en",
        range(4, 6),
        (
            "Overall score: 67/100",
            "Overall index 67/100",
            "Business and the labour market 100/100",
        ),
        (
            "Overall index 67 Business and the labour market 100",
            "Area Score Overall index 67/100",
            "Area scores not published: 17 of 18",
            "Commitment The city through an intercultural lens",
            "Interaction Key facts",
        ),
    ),
    # The table of the published scores, the cities and areas without any (listed); the method,
    # the open data and funding.
    Printout(
        "de/cities/compare/",
        "de",
        range(2, 4),
        ("Arbeitsmarkt Cartagena 67", "Linköping 53"),
        (
            "Stadt Gesamtindex Wirtschaft und Arbeitsmarkt",
            "nicht veröffentlicht Keine veröffentlichten Ergebnisse für: Cluj-Napoca",
            "17 von 18 Engagement",
            "Antidiskriminierung Partizipation Interaktion",
        ),
    ),
]


def text(value: str) -> str:
    """PDF text compared as read: ligatures (ﬁ, ﬂ) undone, every run of white space one space."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", value)).strip()


def squeezed(value: str) -> str:
    """Without any white space: printed addresses wrap anywhere."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", value))


def print_pdf(page, url: str) -> bytes:
    open_page(page, url)
    return page.pdf(format="A4", print_background=True)


def on_screen_only(page) -> list[str]:
    """What the page shows on screen and must not print: the header (site name, language switcher,
    search), tabs, sidebars, the footer's previous/next links and legal links, the share links.
    Text the content says itself (a heading repeated in the table of contents) is left out."""
    labels = page.evaluate(
        """() => {
          const hidden = [".md-header", ".md-tabs", ".md-sidebar", ".md-footer__inner", ".epi-share",
                          ".epi-footer-links"].join(", ");
          const out = [];
          for (const el of document.querySelectorAll(hidden)) {
            for (const node of el.querySelectorAll("a, label, p, .md-ellipsis")) {
              out.push(node.textContent);
            }
          }
          for (const input of document.querySelectorAll(".md-search__input")) out.push(input.placeholder);
          return out;
        }"""
    )
    content = page.locator("article.md-content__inner").evaluate(
        "article => { const copy = article.cloneNode(true); copy.querySelector('.epi-share')?.remove();"
        " return copy.textContent; }"
    )
    content = text(content)
    return sorted({label for label in map(text, labels) if len(label) >= 4 and label not in content})


@pytest.fixture(scope="module")
def printouts(browser, real_url):
    """Each page's PDF, the external links in its content and what it shows on screen only."""
    context = browser.new_context()
    page = context.new_page()
    out = {}
    try:
        for printout in PRINTOUTS:
            pdf = print_pdf(page, real_url + printout.path)
            links = page.eval_on_selector_all(
                "article.md-content__inner a[href^='http']:not(.epi-share a)",
                "links => links.map(a => a.getAttribute('href'))",
            )
            out[printout.path] = (pdf, links, on_screen_only(page))
    finally:
        context.close()
    return out


@pytest.mark.browser
@pytest.mark.parametrize("printout", PRINTOUTS, ids=lambda p: p.path)
def test_printout_holds_the_page_and_the_funding_statement(printouts, printout):
    pdf, links, screen_only = printouts[printout.path]
    reader = PdfReader(io.BytesIO(pdf))
    pages = [text(page.extract_text()) for page in reader.pages]
    whole = " ".join(pages)

    assert len(pages) in printout.pages, f"{printout.path}: {len(pages)} A4 pages"
    for score in printout.scores:
        assert score in whole, score
    statement = text(load_strings(printout.lang)["funding.statement"])
    assert statement in pages[-1], "the funding statement ends the last page"

    # Each external link's address is printed after it (wrapped anywhere, hence no white space).
    assert links, "the page links its sources"
    for href in links:
        assert f"({href})" in squeezed(whole), href

    # The chart and the table each on one page (the profile's side by side on the same one).
    assert any(all(snippet in page for snippet in printout.together) for page in pages), printout.together

    # Nothing to click: the share heading, the search box's label, the language switcher, the nav.
    strings = load_strings(printout.lang)
    assert text(strings["share.heading"]) + ":" in screen_only
    assert "Latviešu" in screen_only and "Svenska" in screen_only
    assert any(label.startswith(("Search", "Suche")) for label in screen_only), screen_only
    printed = [label for label in screen_only if label in whole]
    assert printed == []


@pytest.mark.browser
@pytest.mark.parametrize("printout", PRINTOUTS, ids=lambda p: p.path)
def test_printout_keeps_the_eu_emblem(printouts, printout, tmp_path):
    """The last page, drawn by poppler: the emblem's blue (#003399) and yellow stars (#FFCC00) are
    there, unaltered, and the rest of the page is white paper."""
    assert shutil.which(PDFTOPPM), "poppler's pdftoppm is missing: run scripts/setup --test-tools"
    pdf, _, _ = printouts[printout.path]
    (tmp_path / "print.pdf").write_bytes(pdf)
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    subprocess.run(
        [PDFTOPPM, "-png", "-r", "100", "-f", str(pages), "-l", str(pages), "print.pdf", "page"],
        cwd=tmp_path,
        check=True,
    )
    (picture,) = tmp_path.glob("page-*.png")
    colours = Image.open(picture).convert("RGB").getcolors(maxcolors=1 << 20)
    assert colours is not None
    count = {colour: n for n, colour in colours}

    def near(target: tuple[int, int, int]) -> int:
        return sum(
            n
            for colour, n in count.items()
            if all(abs(a - b) <= 24 for a, b in zip(colour, target, strict=True))
        )

    assert near((0x00, 0x33, 0x99)) > 200, "the emblem's blue rectangle"
    assert near((0xFF, 0xCC, 0x00)) > 20, "the emblem's stars"
    assert max(count, key=count.__getitem__) == (255, 255, 255), "black on white paper"


@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_printed_page_is_black_on_white(browser, real_url, scheme):
    """Whatever the reader's colour scheme: Material's footer, white on indigo on screen, prints its
    funding statement and link black on white; the chart's bars stay dark; nothing to click shows."""
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    try:
        page.emulate_media(media="print")  # before loading: no colour transition from the screen's
        open_page(page, real_url + "cities/cartagena/")
        colours = page.evaluate(
            """() => ({
              statement: getComputedStyle(document.querySelector(".epi-funding__statement")).color,
              link: getComputedStyle(document.querySelector(".epi-funding__statement a")).color,
              footer: getComputedStyle(document.querySelector(".md-footer-meta")).backgroundColor,
              body: getComputedStyle(document.body).color,
              paper: getComputedStyle(document.body).backgroundColor,
              bar: getComputedStyle(document.querySelector(".epi-chart__bar")).fill,
            })"""
        )
        assert colours == {
            "statement": "rgb(0, 0, 0)",
            "link": "rgb(0, 0, 0)",
            "footer": "rgb(255, 255, 255)",
            "body": "rgb(0, 0, 0)",
            "paper": "rgb(255, 255, 255)",
            "bar": "rgb(48, 63, 159)",
        }
        assert page.locator(".epi-emblem").is_visible()
        for hidden in (".md-header", ".md-sidebar", ".md-footer__inner", ".epi-share", ".epi-footer-links"):
            assert page.locator(hidden).first.is_hidden(), hidden
    finally:
        context.close()
