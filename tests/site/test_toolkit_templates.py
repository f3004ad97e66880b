"""The toolkit's templates on the real site: each language's toolkit pages link its own version of
a template where content/toolkit/templates/ has one, the English one otherwise, marked as such.

Expectations come from the files present in content/toolkit/ (translations land all the time),
never from a list of which language has which template."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from bs4 import Tag
from docx import Document
from openpyxl import load_workbook

from tests.conftest import LANGUAGES, REPO
from tests.site import html_pages as hp

TOOLKIT = REPO / "content" / "toolkit"
TEMPLATES = TOOLKIT / "templates"
NAMES = yaml.safe_load((TOOLKIT / "toolkit.yaml").read_text(encoding="utf-8"))["templates"]
CHAPTERS = yaml.safe_load((TOOLKIT / "toolkit.yaml").read_text(encoding="utf-8"))["chapters"]
ODF_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
SOURCE = {"md": "md", "docx": "md", "odt": "md", "csv": "csv", "xlsx": "csv", "ods": "csv"}


def prefix(lang: str) -> str:
    return "" if lang == "en" else f"{lang}/"


def source(name: str, lang: str) -> tuple[Path, str]:
    """The file a published template ``name`` of ``lang``'s pages is made from, and its language."""
    stem, ext = name.rsplit(".", 1)
    translated = TEMPLATES / f"{stem}.{lang}.{SOURCE[ext]}"
    return (translated, lang) if translated.is_file() else (TEMPLATES / f"{stem}.en.{SOURCE[ext]}", "en")


def first_words(path: Path) -> str:
    """What the template starts with: its first heading, or its table's first column name."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".csv":
        return next(csv.reader(io.StringIO(text)))[0]
    return text.splitlines()[0].removeprefix("# ").strip()


def starts_with(data: bytes, ext: str) -> str:
    """The first words of a published file, read the way its kind is read."""
    if ext == "docx":
        return Document(io.BytesIO(data)).paragraphs[0].text
    if ext == "xlsx":
        sheet = load_workbook(io.BytesIO(data)).active
        assert sheet is not None
        return str(sheet["A1"].value)
    if ext in ("odt", "ods"):  # the first heading or paragraph of its content.xml
        content = ET.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("content.xml"))
        first = next(e for e in content.iter() if e.tag in (f"{{{ODF_TEXT}}}h", f"{{{ODF_TEXT}}}p"))
        return "".join(first.itertext())
    text = data.decode("utf-8")
    if ext == "csv":
        return next(csv.reader(io.StringIO(text)))[0]
    return text.splitlines()[0].removeprefix("# ").strip()


def chapter_language(chapter: str, lang: str) -> str:
    return lang if (TOOLKIT / "chapters" / f"{chapter}.{lang}.md").is_file() else "en"


def template_links(site: Path, url: str) -> list[tuple[Tag, Path]]:
    """Every link of the page's article to a template, with the file it leads to."""
    page = site / url / "index.html"
    out = []
    for a in hp.parse(page).select("article a[href]"):
        href = urlsplit(a["href"])
        if href.scheme or "templates/" not in href.path:
            continue
        out.append((a, (page.parent / href.path).resolve()))
    return out


def check_links(site: Path, lang: str, url: str, text_lang: str) -> list[str]:
    """Each template link of the page leads to ``lang``'s version (English where there is none),
    and is marked where that is not ``text_lang``, the language of the text around it."""
    links = template_links(site, url)
    assert links, url
    problems = []
    for a, target in links:
        name = target.name
        expected, written_in = source(name, lang)
        folder = site / prefix(written_in) / "toolkit" / "templates"
        where = f"{url} → {a['href']}"
        if target != (folder / name).resolve() or not target.is_file():
            problems.append(f"{where}: not {folder.relative_to(site)}/{name}")
            continue
        ext = name.rsplit(".", 1)[1]
        if starts_with(target.read_bytes(), ext) != first_words(expected):
            problems.append(f"{where}: not the text of {expected.name}")
        badge = a.find_next_sibling("span", class_="epi-badge")
        if written_in == text_lang:
            if a.get("hreflang") or a.get("lang"):
                problems.append(f"{where}: marked, though in the text's language")
        elif a.get("hreflang") != written_in or badge is None:
            problems.append(f"{where}: in {written_in} but not marked so")
        elif url == "toolkit/" and a.get("lang") != written_in:
            problems.append(f"{where}: the file name's lang is not {written_in}")
    return problems


@pytest.mark.parametrize("lang", LANGUAGES)
def test_toolkit_pages_link_their_languages_templates(real_site, lang):
    """The index and every chapter page: the template in the page's language where it is
    translated (under /<lang>/toolkit/templates/), in English otherwise (/toolkit/templates/), each
    file's content that language's (the .docx, .odt, .xlsx and .ods read back)."""
    problems = check_links(real_site.site, lang, f"{prefix(lang)}toolkit/", lang)
    for chapter in CHAPTERS:
        url = f"{prefix(lang)}toolkit/{chapter}/"
        if template_links(real_site.site, url):
            problems += check_links(real_site.site, lang, url, chapter_language(chapter, lang))
    assert problems == []


def test_the_german_toolkit_links_german_templates(real_site):
    """/de/toolkit/ and the replication workshop chapter (which links every template): German
    files, e.g. the agenda's .docx starts with the German heading of round-table-agenda.de.md."""
    heading = first_words(TEMPLATES / "round-table-agenda.de.md")
    assert heading.startswith("Runder Tisch")
    for url, linked in (
        ("de/toolkit/", "round-table-agenda.docx"),
        ("de/toolkit/replication-workshop/", "round-table-agenda.md"),
    ):
        links = template_links(real_site.site, url)
        assert {target.name for _, target in links} >= {linked, "stakeholder-map.csv"}
        for a, target in links:
            assert (TEMPLATES / f"{target.stem}.de.{SOURCE[target.suffix[1:]]}").is_file(), target.name
            assert target.parent == (real_site.site / "de" / "toolkit" / "templates").resolve()
            assert a.get("hreflang") is None and a.find_next_sibling("span", class_="epi-badge") is None
            assert starts_with(target.read_bytes(), target.suffix[1:]) == first_words(
                TEMPLATES / f"{target.stem}.de.{SOURCE[target.suffix[1:]]}"
            )
        agenda = next(t for _, t in links if t.name == linked)
        assert starts_with(agenda.read_bytes(), agenda.suffix[1:]) == heading


def test_every_language_links_its_own_templates(real_site):
    """Every template is translated into every language today, so no toolkit page links an
    English template. (An untranslated template, linked to the English file and marked, is tested
    on the fixture site: test_downloads_fixture.py.)"""
    for lang in LANGUAGES[1:]:
        for a, target in template_links(real_site.site, f"{lang}/toolkit/"):
            assert source(target.name, lang)[1] == lang, (lang, target.name)
            assert target.parent == (real_site.site / lang / "toolkit" / "templates").resolve()
            assert a.get("hreflang") is None, (lang, target.name)


def test_the_sites_own_copy_is_english_and_the_zips_keep_theirs(real_site):
    """/toolkit/templates/ holds the English templates (no other language's build overwrites
    them); each language's ZIP still holds its own language's."""
    for name in NAMES:
        stem, ext = name.rsplit(".", 1)
        english = (TEMPLATES / f"{stem}.en.{ext}").read_bytes()
        assert (real_site.site / "toolkit" / "templates" / name).read_bytes() == english
        for lang in LANGUAGES:
            archive = zipfile.ZipFile(real_site.site / "downloads" / f"toolkit-{lang}.zip")
            assert archive.read(f"toolkit-{lang}/templates/{name}") == source(name, lang)[0].read_bytes()
