"""The toolkit's templates per language and as office files: read back with the libraries that
wrote them, in the right language, with the same bytes every time."""

from __future__ import annotations

import io
import zipfile

import pytest

from epi_portal._shared.language import Language
from epi_portal._shared.strings import DEFAULT_DIR, load_tables
from epi_portal.toolkit import bundle, office
from epi_portal.toolkit.load import load_toolkit
from tests.conftest import LANGUAGES, REPO

STRINGS = load_tables(DEFAULT_DIR, LANGUAGES)


@pytest.fixture(scope="module")
def toolkit():
    return load_toolkit(REPO / "content" / "toolkit", LANGUAGES, schemas=REPO / "schemas", root=REPO)


def docx_text(data: bytes) -> str:
    from docx import Document

    document = Document(io.BytesIO(data))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def odf_text(data: bytes) -> str:
    from odf import teletype
    from odf.opendocument import load
    from odf.text import H, P

    document = load(io.BytesIO(data))
    return "\n".join(teletype.extractText(e) for kind in (H, P) for e in document.getElementsByType(kind))


def xlsx_rows(data: bytes) -> list[list[str]]:
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(data)).active
    assert sheet is not None
    return [[str(v) if v is not None else "" for v in row] for row in sheet.iter_rows(values_only=True)]


def test_parse_markdown_subset():
    blocks = office.parse(
        "# Title\n\n*Guide* with **bold**.\n\n- a\n- b\n\n1. one\n2. two\n\n| x | y |\n|---|---|\n| 1 | 2 |\n"
    )
    assert [b.kind for b in blocks] == ["heading", "paragraph", "bullets", "numbers", "table"]
    assert office.runs("*Guide* with **bold**.") == [
        ("Guide", False, True),
        (" with ", False, False),
        ("bold", True, False),
        (".", False, False),
    ]
    assert blocks[4].items == ("x", "y") and blocks[4].rows == (("1", "2"),)


def test_every_template_in_every_language(toolkit):
    for template in toolkit.templates:
        assert set(template.texts) >= {"en", "de", "pl"}, template.name


@pytest.mark.parametrize(
    ("lang", "agenda", "minutes"),
    [
        ("de", "Runder Tisch [1, 2 oder 3] von 3: Tagesordnung", "Rückmeldung an die Teilnehmenden"),
        ("pl", "Okrągły stół [1, 2 lub 3] z 3: porządek obrad", "Informacja zwrotna dla uczestników"),
        ("en", "Round table [1, 2 or 3] of 3: agenda", "Feedback to participants"),
    ],
)
def test_documents_read_back_in_their_language(toolkit, lang, agenda, minutes):
    files = bundle.template_files(toolkit, lang)
    for name in ("round-table-agenda.docx", "round-table-agenda.odt"):
        read = docx_text if name.endswith(".docx") else odf_text
        assert agenda in read(files[name]), name
    for name in ("round-table-minutes.docx", "round-table-minutes.odt"):
        read = docx_text if name.endswith(".docx") else odf_text
        assert minutes in read(files[name]), name
    if lang != "en":
        assert "Practical details" not in docx_text(files["round-table-agenda.docx"])
    tag = {"de": "de-DE", "pl": "pl-PL", "en": "en-GB"}[lang]
    from docx import Document

    assert Document(io.BytesIO(files["strategy-outline.docx"])).core_properties.language == tag


def test_tables_read_back_in_their_language(toolkit):
    files = bundle.template_files(toolkit, "de")
    rows = xlsx_rows(files["stakeholder-map.xlsx"])
    assert rows[0][:3] == ["Organisation", "Art", "Rolle der Kontaktperson"] and len(rows) == 4
    text = odf_text(files["stakeholder-map.ods"])
    assert "Rolle der Kontaktperson" in text and "Migrantenorganisation" in text
    assert xlsx_rows(files["pilot-monitoring.xlsx"])[0][3] == "Monat 1"
    assert "Wskaźnik" in odf_text(bundle.template_files(toolkit, "pl")["pilot-monitoring.ods"])


def test_office_files_are_reproducible(toolkit):
    """Made twice, a second apart and after other documents: the same bytes, dated by the toolkit."""
    import time

    made = []
    for _ in range(2):
        office.office_files.cache_clear()
        made.append(bundle.template_files(toolkit, "de"))
        time.sleep(1.1)
    assert made[0] == made[1]
    for name, data in made[0].items():
        if name.endswith((".docx", ".odt", ".xlsx", ".ods")):
            archive = zipfile.ZipFile(io.BytesIO(data))
            assert {i.date_time for i in archive.infolist()} == {(2026, 11, 26, 0, 0, 0)}, name
            if name.endswith((".odt", ".ods")):
                assert archive.infolist()[0].filename == "mimetype"
                assert archive.infolist()[0].compress_type == zipfile.ZIP_STORED


def test_zip_holds_the_templates_in_its_language(toolkit):
    archive = zipfile.ZipFile(
        io.BytesIO(bundle.zip_bytes(toolkit, Language("de", tuple(LANGUAGES), STRINGS)))
    )
    names = set(archive.namelist())
    for name in ("round-table-agenda", "round-table-minutes", "strategy-outline"):
        assert {f"toolkit-de/templates/{name}.{ext}" for ext in ("md", "docx", "odt")} <= names
    for name in ("stakeholder-map", "pilot-monitoring"):
        assert {f"toolkit-de/templates/{name}.{ext}" for ext in ("csv", "xlsx", "ods")} <= names
    assert "Tagesordnung" in docx_text(archive.read("toolkit-de/templates/round-table-agenda.docx"))
    assert archive.read("toolkit-de/templates/stakeholder-map.csv").startswith(b"Organisation,Art,")
