"""The downloads manifest: real files only, inside content/downloads/, with known ids and licences."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from epi_portal._shared.errors import ContentErrors
from epi_portal.downloads.manifest import load_manifest
from epi_portal.downloads.model import Link, LocalFile
from tests.conftest import FIXTURE_LANGUAGES, FIXTURE_SITE, REPO

LANGS = FIXTURE_LANGUAGES


@pytest.fixture
def folder(tmp_path) -> Path:
    target = tmp_path / "content" / "downloads"
    shutil.copytree(FIXTURE_SITE / "content" / "downloads", target)
    return target


def load(folder: Path):
    return load_manifest(
        folder / "downloads.yaml",
        LANGS,
        cities={"exampleton"},
        schema_path=REPO / "schemas" / "downloads.schema.json",
        root=folder.parent.parent,
    )


def errors_of(folder: Path) -> list[str]:
    with pytest.raises(ContentErrors) as exc:
        load(folder)
    return [str(e) for e in exc.value.errors]


def test_fixture_manifest(folder):
    report, link, _video = load(folder)
    local = report.files["en"]
    assert isinstance(local, LocalFile) and local.site_path == "downloads/made-up-report/en/made-up-notes.txt"
    assert local.sha256 == hashlib.sha256((folder / "made-up-notes.txt").read_bytes()).hexdigest()
    assert (local.format, local.size) == ("Text", 32)
    assert isinstance(link.files["en"], Link) and link.files["en"].host == "example.test"


def edit(folder: Path, old: str, new: str) -> None:
    path = folder / "downloads.yaml"
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new, 1))


CASES = [
    (
        "path: made-up-notes.txt",
        "path: missing.pdf",
        "content/downloads/downloads.yaml:12: downloads[0].files.en: no file 'missing.pdf' in downloads/",
    ),
    (
        "path: made-up-notes.txt",
        "path: ../../mkdocs.yml",
        "content/downloads/downloads.yaml:12: downloads[0].files.en: "
        "'../../mkdocs.yml' leads outside downloads/",
    ),
    (
        "path: made-up-notes.txt",
        "path: /etc/passwd",
        "content/downloads/downloads.yaml:12: downloads[0].files.en: '/etc/passwd' is an absolute path",
    ),
    (
        "kind: report",
        "kind: brochure",
        "content/downloads/downloads.yaml:5: downloads[0].kind: expected one of 'report', 'strategy'",
    ),
    (
        "      en: {path: made-up-notes.txt}",
        "      fr: {path: made-up-notes.txt}",
        "content/downloads/downloads.yaml:12: downloads[0].files: expected one of 'en'",
    ),
    (
        "id: made-up-link",
        "id: made-up-report",
        "content/downloads/downloads.yaml:13: downloads[1].id: "
        "duplicate id 'made-up-report' (also downloads[0])",
    ),
    (
        "licence: CC-BY-4.0",
        "licence: CC-BY",
        "content/downloads/downloads.yaml:8: downloads[0].licence: "
        "expected an SPDX licence id such as CC-BY-4.0, or NOASSERTION when the publisher states none, "
        "got 'CC-BY'",
    ),
    (
        "city: exampleton",
        "city: atlantis",
        "content/downloads/downloads.yaml:7: downloads[0].city: unknown city 'atlantis'",
    ),
    (
        "url: https://example.test/newsletter",
        "url: example.test/newsletter",
        "content/downloads/downloads.yaml:19: downloads[1].files.en.url: expected an http(s) URL",
    ),
    (
        "date: 2099-01",
        "date: 2099-13",
        "content/downloads/downloads.yaml:6: downloads[0].date: '2099-13' is not a real date",
    ),
]


@pytest.mark.parametrize(("old", "new", "expected"), CASES, ids=[c[2].split(": ", 2)[-1][:40] for c in CASES])
def test_bad_manifest(folder, old, new, expected):
    edit(folder, old, new)
    found = errors_of(folder)
    assert any(error.startswith(expected) for error in found), found


def test_symlink_out_of_the_folder(folder, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("not for download")
    (folder / "innocent.txt").symlink_to(secret)
    edit(folder, "path: made-up-notes.txt", "path: innocent.txt")
    assert any("'innocent.txt' leads outside downloads/" in e for e in errors_of(folder))


def test_dates_yaml_reads_as_dates_or_numbers(folder):
    edit(folder, "date: 2099-01", "date: 2099-01-15")
    edit(folder, 'date: "2099"', "date: 2099")
    report, link, _video = load(folder)
    assert (report.date, link.date) == ("2099-01-15", "2099")
    assert (report.when.precision, link.when.precision) == ("day", "year")


def test_video_needs_a_poster_big_enough(folder):
    edit(folder, "    poster: made-up-poster.png\n", "")
    assert any(
        e.startswith("content/downloads/downloads.yaml:20: downloads[2]: required field missing: poster")
        for e in errors_of(folder)
    )


def test_video_poster_too_small(folder):
    from PIL import Image

    Image.new("RGB", (200, 100), "#777777").save(folder / "made-up-poster.png")
    assert any(
        "downloads[2].poster: 200×100 is too small for a video poster; expected at least 480×270" in e
        for e in errors_of(folder)
    )


def test_ids_the_site_uses_itself_are_reserved(folder):
    edit(folder, "id: made-up-link", "id: epi-replication-toolkit")
    assert (
        "content/downloads/downloads.yaml:13: downloads[1].id: ids starting with 'epi-' are reserved"
        in " ".join(errors_of(folder))
    )
