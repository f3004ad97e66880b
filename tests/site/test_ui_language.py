"""The UI texts that screen readers read (aria-label, title, alt, placeholder) are in the page's
language on every page of every language: none is left in English by the theme's palette toggle,
the tabs' label, the headings' permalinks or the footnotes' backlinks."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest

from tests.conftest import LANGUAGES
from tests.site import html_pages as hp

ATTRIBUTES = ("aria-label", "title", "alt", "placeholder")
URL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|/|\.|#)|://", re.I)
# Values that are English and right in another language too (a shared word, a name), by language.
SAME_IN_LANGUAGE = {
    "de": {
        "Navigation",  # Material's German for its "nav" label: the same word
        "Intercultural Cities Index",  # the Council of Europe programme's name, kept by the German table
    },
    "sv": {"Navigation"},  # Material's Swedish for "nav": the same word
    "it": {"Cluj-Napoca, Romania"},  # a city's name, and its country's name in Italian
}


def attribute_texts(page: Path) -> list[tuple[str, str, str]]:
    """(tag, attribute, text) of every UI text of a page, URLs left out."""
    found = []
    for tag in hp.parse(page).find_all(True):
        for name in ATTRIBUTES:
            value = tag.get(name)
            if isinstance(value, str) and value.strip() and not URL.search(value.strip()):
                found.append((tag.name, name, " ".join(value.split())))
    return found


def pages_of(site: Path, lang: str) -> list[Path]:
    return [page for page in hp.html_files(site) if hp.language_of(site, page, LANGUAGES) == lang]


@pytest.fixture(scope="module")
def english_texts(real_site) -> set[str]:
    texts = {text for page in pages_of(real_site.site, "en") for _, _, text in attribute_texts(page)}
    assert {"Permanent link", "Switch to dark mode", "Switch to light mode"} <= texts
    assert any(text.startswith("Jump back to footnote") for text in texts)
    return texts


@pytest.mark.parametrize("lang", LANGUAGES[1:])
def test_no_english_ui_text_on_other_language_pages(real_site, english_texts, lang):
    allowed = SAME_IN_LANGUAGE.get(lang, set())
    english: dict[str, list[str]] = defaultdict(list)
    for page in pages_of(real_site.site, lang):
        for tag, name, text in attribute_texts(page):
            if text in english_texts and text not in allowed:
                english[f"<{tag} {name}={text!r}>"].append(str(page.relative_to(real_site.site)))
    assert not english, "\n".join(
        f"{key} on {len(pages)} pages, e.g. {pages[0]}" for key, pages in english.items()
    )


EXPECTED = {
    "de": {
        "dark": "Zum dunklen Modus wechseln",
        "light": "Zum hellen Modus wechseln",
        "permalink": "Permanenter Link",
        "backlink": "Zurück zu Fußnote 1 im Text",
    },
    "lv": {
        "dark": "Pārslēgt uz tumšo režīmu",
        "light": "Pārslēgt uz gaišo režīmu",
        "permalink": "Pastāvīgā saite",
        "backlink": "Atgriezties pie 1. zemsvītras piezīmes tekstā",
    },
}


@pytest.mark.parametrize("lang", sorted(EXPECTED))
def test_palette_permalinks_and_footnotes_in_the_page_language(real_site, lang):
    expected = EXPECTED[lang]
    soup = hp.parse(real_site.site / lang / "about" / "index.html")
    light, dark = soup.select('form[data-md-component="palette"] input.md-option')
    # The light scheme's toggle switches to the dark one, and back; the input and its label agree.
    assert light["aria-label"] == expected["dark"]
    assert dark["aria-label"] == expected["light"]
    labels = soup.select('form[data-md-component="palette"] label')
    assert [label["title"] for label in labels] == [expected["dark"], expected["light"]]
    permalinks = soup.select("a.headerlink")
    assert permalinks and {a["title"] for a in permalinks} == {expected["permalink"]}
    backlink = soup.select_one('a.footnote-backref[href="#fnref:1"]')
    assert backlink is not None and backlink["title"] == expected["backlink"]


def test_english_pages_keep_their_texts(real_site):
    soup = hp.parse(real_site.site / "about" / "index.html")
    assert [i["aria-label"] for i in soup.select('form[data-md-component="palette"] input')] == [
        "Switch to dark mode",
        "Switch to light mode",
    ]
    assert {a["title"] for a in soup.select("a.headerlink")} == {"Permanent link"}
    assert (
        soup.select_one('a.footnote-backref[href="#fnref:1"]')["title"]
        == "Jump back to footnote 1 in the text"
    )
