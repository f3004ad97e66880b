"""The toolkit: loading, the standalone HTML bundle, its reproducibility and manifest."""

from __future__ import annotations

import hashlib
import io
import json
import re
import shutil
import zipfile
from pathlib import Path

import pytest

from epi_portal._shared.errors import ContentErrors
from epi_portal._shared.language import Language
from epi_portal._shared.strings import DEFAULT_DIR, load_tables
from epi_portal.toolkit import bundle
from epi_portal.toolkit.load import load_toolkit
from tests.conftest import FIXTURE_LANGUAGES, FIXTURE_SITE, LANGUAGES, REPO

STRINGS = load_tables(DEFAULT_DIR, LANGUAGES)


@pytest.fixture
def folder(tmp_path) -> Path:
    target = tmp_path / "content" / "toolkit"
    shutil.copytree(FIXTURE_SITE / "content" / "toolkit", target)
    return target


def load(folder: Path):
    return load_toolkit(folder, FIXTURE_LANGUAGES, schemas=REPO / "schemas", root=folder.parent.parent)


def language(lang: str) -> Language:
    return Language(lang, tuple(LANGUAGES), STRINGS)


def test_zip_is_reproducible_and_its_manifest_true(folder):
    toolkit = load(folder)
    first, second = bundle.zip_bytes(toolkit, language("de")), bundle.zip_bytes(load(folder), language("de"))
    assert first == second
    archive = zipfile.ZipFile(io.BytesIO(first))
    names = archive.namelist()
    assert names == sorted(names) and all(n.startswith("toolkit-de/") for n in names)
    assert {i.date_time for i in archive.infolist()} == {(2099, 1, 1, 0, 0, 0)}
    manifest = json.loads(archive.read("toolkit-de/manifest.json"))
    assert (manifest["version"], manifest["date"], manifest["language"]) == ("0.0.1", "2099-01-01", "de")
    listed = {f["path"]: f["sha256"] for f in manifest["files"]}
    assert set(listed) == {n.removeprefix("toolkit-de/") for n in names} - {"manifest.json"}
    for path, digest in listed.items():
        assert hashlib.sha256(archive.read(f"toolkit-de/{path}")).hexdigest() == digest
    assert archive.read("toolkit-de/LICENSE.txt").startswith(
        b"Creative Commons Attribution 4.0 International"
    )


def test_standalone_html(folder):
    pages = bundle.files(load(folder), language("de"))
    first = pages["first-step.html"].decode()
    assert '<html lang="de">' in first
    assert 'href="second-step.html"' in first and 'href="templates/test-sheet.csv"' in first
    assert not re.search(r'(src|href)="(https?:)?//', first)  # nothing to fetch
    second = pages["second-step.html"].decode()  # only in English: marked so
    assert '<div lang="en">' in second and "Originalsprache angezeigt: Englisch" in second


def test_every_chapter_needs_english(folder):
    (folder / "chapters" / "second-step.en.md").unlink()
    with pytest.raises(
        ContentErrors, match=r"toolkit.yaml:\d+: chapters\[1\]: no chapters/second-step.en.md"
    ):
        load(folder)


def test_missing_template_and_unknown_chapter(folder):
    (folder / "templates" / "test-sheet.csv").unlink()
    shutil.copy(folder / "chapters" / "first-step.en.md", folder / "chapters" / "third-step.en.md")
    with pytest.raises(ContentErrors) as exc:
        load(folder)
    text = str(exc.value)
    assert "templates[0]: no file templates/test-sheet.csv" in text
    assert "third-step.en.md: file name: 'third-step' is not a chapter of toolkit.yaml" in text


def test_about_this_guide_once_at_the_end_of_each_page(folder):
    """What the toolkit is (the portal's own guide, not an EPI deliverable) is said once per page,
    at its end, never in the chapters' text; the ZIP's pages and README say it too."""
    from epi_portal.toolkit import pages

    toolkit, de = load(folder), language("de")
    heading = "## Über diesen Leitfaden"
    index = pages.index_page(toolkit, de, zip_href="x.zip", zip_facts="ZIP")
    chapter = pages.chapter_page(toolkit, toolkit.chapters[0], de)
    for page in (index, chapter):
        assert page.count(heading) == 1 and page.count("spricht nicht für den Europarat") == 1
    assert index.index(heading) > index.index("## Vorlagen")  # after the chapters and templates
    last_line = toolkit.chapters[0].text("de").body.strip().splitlines()[-1]
    assert chapter.index(heading) > chapter.index(last_line[:16])
    files = bundle.files(toolkit, de)
    assert files["first-step.html"].decode().count("<h2>Über diesen Leitfaden</h2>") == 1
    assert "## Über diesen Leitfaden" in files["README.md"].decode()


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en", "of 1 January 2099:"), ("de", "vom 1. Januar 2099:"), ("lv", "(2099. gada 1. janvāris):")],
)
def test_the_readme_dates_the_toolkit_in_its_language(folder, lang, expected):
    """Not the raw 2099-01-01."""
    readme = bundle.files(load(folder), language(lang))["README.md"].decode()
    assert expected in readme and "2099-01-01" not in readme


def test_the_site_publishes_each_languages_own_templates_and_the_english_ones_once(folder):
    """A translated template under its language's folder, the others at toolkit/templates/ in
    English: one path, one content, whichever language's build writes it."""
    from epi_portal.toolkit.published import site_templates

    toolkit = load(folder)
    de = {t.name: t for t in site_templates(toolkit, "de", FIXTURE_LANGUAGES)}
    assert sorted(de) == sorted(
        f"{stem}.{ext}"
        for stem, exts in (("test-sheet", "csv xlsx ods"), ("test-plan", "md docx odt"))
        for ext in exts.split()
    )
    assert (de["test-plan.docx"].path, de["test-plan.docx"].lang) == (
        "de/toolkit/templates/test-plan.docx",
        "de",
    )
    assert de["test-plan.md"].data.startswith(b"# Testplan")
    assert (de["test-sheet.xlsx"].path, de["test-sheet.xlsx"].lang) == (
        "toolkit/templates/test-sheet.xlsx",
        "en",
    )
    assert {t.src_uri for t in de.values()} == {f"toolkit/templates/{name}" for name in de}
    written: dict[str, bytes] = {}
    for lang in ("en", "de"):
        for template in site_templates(toolkit, lang, FIXTURE_LANGUAGES):
            assert written.setdefault(template.path, template.data) == template.data, template.path
    assert written["toolkit/templates/test-plan.md"].startswith(b"# Test plan")


def test_links_to_a_template_in_another_language_are_marked(folder):
    """On the German pages: the English test sheet marked (lang on the index's file names,
    hreflang on the chapter's German link text, and the badge); the German test plan not."""
    from epi_portal.toolkit import pages

    toolkit, de = load(folder), language("de")
    badge = '<span class="epi-badge">Auf Englisch</span>'
    index = pages.index_page(toolkit, de, zip_href="x.zip", zip_facts="ZIP")
    sheet = next(line for line in index.splitlines() if "test-sheet.csv" in line)
    assert sheet.count("{ lang=en hreflang=en }") == 3 and sheet.endswith(badge)
    plan = next(line for line in index.splitlines() if "test-plan.md" in line)
    assert "lang=" not in plan and "epi-badge" not in plan
    chapter = pages.chapter_page(toolkit, toolkit.chapters[0], de)
    assert f"[Testblatt](<templates/test-sheet.csv>){{ hreflang=en }} {badge}" in chapter
    assert "[Testplan](<templates/test-plan.md>) und" not in chapter  # the German plan: as written
    assert "[Testplan](<templates/test-plan.md>)." in chapter
    english = pages.chapter_page(toolkit, toolkit.chapters[0], language("en"))
    assert "hreflang" not in english and "epi-badge" not in english


def test_a_chapter_shown_in_english_marks_the_translated_template_it_links(folder):
    """The English text of an untranslated chapter links the German test plan on the German
    site: the link says so, in German (the badge's own lang)."""
    from epi_portal.toolkit import pages

    second = folder / "chapters" / "second-step.en.md"
    second.write_text(second.read_text() + "\nFill in the [test plan](../templates/test-plan.md#who).\n")
    toolkit = load(folder)
    chapter = pages.chapter_page(toolkit, toolkit.chapters[1], language("de"))
    assert (
        '[test plan](<templates/test-plan.md#who>){ hreflang=de } <span class="epi-badge" lang="de">'
        "Auf Deutsch</span>" in chapter
    )
