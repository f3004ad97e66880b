"""Editors' mistakes: each gives a clear error naming file (and line) and the build fails."""

from __future__ import annotations

import pytest

from tests.conftest import copy_fixture_site, mkdocs_build


@pytest.mark.parametrize(
    ("filename", "text", "expected"),
    [
        (
            "about.fr.md",
            "---\ntitle: À propos\n---\n# À propos\n",
            "docs/about.fr.md: language suffix: 'fr' is not a configured language; expected one of: en, de",
        ),
        (
            "broken.en.md",
            "---\ntitle: Broken\ndescription: [oops\n---\n# Broken\n",
            "docs/broken.en.md:4: front matter: invalid YAML",
        ),
        (
            "untitled.en.md",
            "---\ndescription: No title here.\n---\n# Untitled\n",
            "docs/untitled.en.md:2: required field missing: title",
        ),
    ],
)
def test_bad_content_fails_the_build(tmp_path, filename, text, expected):
    config = copy_fixture_site(tmp_path / "src")
    (config.parent / "docs" / filename).write_text(text, encoding="utf-8")
    build = mkdocs_build(config, tmp_path / "site")
    assert build.returncode != 0
    assert expected in build.output
    assert "Traceback" not in build.output


def test_file_that_is_not_utf8(tmp_path):
    config = copy_fixture_site(tmp_path / "src")
    (config.parent / "docs" / "latin1.en.md").write_bytes("---\ntitle: Caf\xe9\n---\n".encode("latin-1"))
    build = mkdocs_build(config, tmp_path / "site")
    assert build.returncode != 0
    assert "docs/latin1.en.md:2: not UTF-8 text; save the file as UTF-8" in build.output
    assert "Traceback" not in build.output


def test_missing_ui_string_fails_the_build(tmp_path):
    config = copy_fixture_site(tmp_path / "src")
    strings = config.parent / "strings"
    strings.mkdir()
    (strings / "en.yml").write_text("notfound.title: Page not found\nnotfound.home: Home\n", encoding="utf-8")
    (strings / "de.yml").write_text("notfound.title: Seite nicht gefunden\n", encoding="utf-8")
    config.write_text(
        config.read_text().replace("  - epi-content\n", "  - epi-content:\n      strings: strings\n")
    )
    build = mkdocs_build(config, tmp_path / "site")
    assert build.returncode != 0
    assert "strings/de.yml: notfound.home: missing UI string (present in en.yml)" in build.output
    assert "Traceback" not in build.output


def test_every_problem_is_reported_at_once(tmp_path):
    config = copy_fixture_site(tmp_path / "src")
    docs = config.parent / "docs"
    (docs / "one.en.md").write_text("---\ntitel: typo\n---\n", encoding="utf-8")
    (docs / "two.sw.md").write_text("# Swahili?\n", encoding="utf-8")
    build = mkdocs_build(config, tmp_path / "site")
    assert build.returncode != 0
    assert "3 content errors" in build.output
    assert "docs/one.en.md:2: unknown field 'titel'" in build.output
    assert "docs/one.en.md:2: required field missing: title" in build.output
    assert "docs/two.sw.md: language suffix: 'sw'" in build.output
