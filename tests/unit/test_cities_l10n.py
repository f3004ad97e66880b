"""Partners, sources and report titles of the cities in the page's language, or in their own
language marked with it: never an English gloss on a page in another language."""

from __future__ import annotations

import json

import jsonschema
import pytest

from epi_portal._shared.language import Language
from epi_portal._shared.strings import DEFAULT_DIR, load_tables
from epi_portal.cities import opendata, render
from epi_portal.cities.load import load_cities
from epi_portal.cities.model import Text
from tests.conftest import LANGUAGES, REPO

STRINGS = load_tables(DEFAULT_DIR, LANGUAGES)


def language(lang: str) -> Language:
    return Language(lang, tuple(LANGUAGES), STRINGS)


@pytest.fixture(scope="module")
def data():
    return load_cities(REPO / "content" / "cities", LANGUAGES, schemas=REPO / "schemas", root=REPO)


def page(data, slug: str, lang: str) -> str:
    return render.city_page(data.city(slug), data, language(lang), root="../../../")


def test_a_text_per_language_or_one_in_its_own_language():
    both = Text({"en": "Town council", "de": "Stadtrat"})
    assert both.pick("de") == ("Stadtrat", "de") and both.pick("sv") == ("Town council", "en")
    own = Text.one("Comune di Ravenna", "it")
    assert own.pick("it") == own.pick("de") == ("Comune di Ravenna", "it")
    assert own.value == "Comune di Ravenna" and not own.translated


def test_loader_reads_maps_and_own_names_with_their_language(data):
    riga = data.city("riga").partners[0].name
    assert riga.pick("lv") == ("Rīgas domes Izglītības, kultūras un sporta departaments", "lv")
    assert riga.pick("de")[0] == "Stadtrat Riga – Amt für Bildung, Kultur und Sport"
    ravenna = data.city("ravenna").partners[0].name
    assert (ravenna.value, ravenna.original) == ("Comune di Ravenna", "it")
    by = data.city("cartagena").assessment.published
    assert by is not None and by.by.pick("pl") == ("Ayuntamiento de Cartagena", "es")


@pytest.mark.parametrize("lang", ["de", "pl"])
def test_no_english_partner_gloss_or_source_note_on_a_german_or_polish_page(data, lang):
    for city in data.cities:
        text = page(data, city.slug, lang)
        for english in ("City Council", "Municipality", "for the coordinates", "press release"):
            assert english not in text, (city.slug, english)
    assert "Urząd Miasta Lublin (partner miejski)" in page(data, "lublin", "pl")
    assert "Stadtverwaltung Cluj-Napoca" in page(data, "cluj-napoca", "de")


def test_own_names_and_untranslated_titles_are_marked_with_their_language(data):
    de = page(data, "ravenna", "de")
    assert '<span lang="it">Comune di Ravenna</span>' in de
    assert '<span lang="it">Consorzio Comunità Brianza \\(CCB\\)</span>' in de
    it = page(data, "ravenna", "it")
    assert "Comune di Ravenna (partner cittadino)" in it or "Comune di Ravenna (" in it
    assert '<span lang="it">Comune di Ravenna' not in it
    cluj = page(data, "cluj-napoca", "de")
    assert '<span lang="en">PATRIR' in cluj  # its own name is English: kept, marked
    assert '[<span lang="de">Pro Arbeit' not in page(data, "dietzenbach", "de")
    assert '[<span lang="de">Pro Arbeit' in page(data, "dietzenbach", "sv")


def test_the_report_line_and_the_coordinates_source_in_the_page_language(data):
    de = page(data, "cartagena", "de")
    assert "[Indexanalyse Cartagena, Sekretariat der Intercultural Cities, Europarat](<https://readkong" in de
    assert 'Werte veröffentlicht von <span lang="es">Ayuntamiento de Cartagena</span>' in de
    assert '[<span lang="en">Cartagena, Spain – Wikipedia \\(via Wikiwand\\)</span>]' in de
    assert (
        "Wikiwand\\)</span>](<https://wikiwand.com/en/articles/Cartagena,_Spain>), für die Koordinaten" in de
    )
    en = page(data, "cartagena", "en")
    assert (
        "[Cartagena, Spain – Wikipedia \\(via Wikiwand\\)](<https://wikiwand.com/en/articles/Cartagena,_Spain>)"
        in en
    )
    assert ", for the coordinates" in en


def test_open_data_keeps_the_english_and_adds_the_translations(data):
    document = json.loads(opendata.cities_json(data))
    schema = json.loads((REPO / "schemas" / "cities-data.schema.json").read_text())
    jsonschema.validate(document, schema)
    cartagena = next(c for c in document["cities"] if c["slug"] == "cartagena")
    ref = cartagena["refers_to"]
    assert ref["title"] == "Cartagena Index Analysis, Intercultural Cities Secretariat, Council of Europe"
    assert ref["title_lang"] == "en" and set(ref["title_translations"]) == set(LANGUAGES)
    assert cartagena["published"]["by_lang"] == "es"
    assert cartagena["published"]["by_translations"] == {"es": "Ayuntamiento de Cartagena"}
