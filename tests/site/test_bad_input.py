"""Editors' mistakes stop a real build with a clear message and no traceback. The rules
themselves are tested in-process on the content layer (tests/unit/test_project.py); this is
the proof that the build reports them the same way, before writing anything."""

from __future__ import annotations

from tests.conftest import copy_fixture_site, mkdocs_build


def test_bad_content_stops_the_build_before_anything_is_written(tmp_path):
    config = copy_fixture_site(tmp_path / "src")
    root = config.parent
    story = root / "content/news/2099-01-02-made-up-story-02/index.en.md"
    story.write_bytes(
        story.read_bytes().replace(b"title: Made-up story 02", "title: Caf\xe9".encode("latin-1"))
    )
    assessment = root / "content/cities/exampleton/assessment.yaml"
    before = assessment.read_text(encoding="utf-8")
    assessment.write_text(before + "year: 2098\n", encoding="utf-8")
    repeat = len(before.splitlines()) + 1
    (root / "docs" / "about.se.md").write_text("---\ntitle: Om\n---\n", encoding="utf-8")
    build = mkdocs_build(config, tmp_path / "site")
    assert build.returncode != 0
    for expected in (
        "3 content errors:",
        "content/news/2099-01-02-made-up-story-02/index.en.md:2: not UTF-8 text; save the file as UTF-8",
        f"content/cities/exampleton/assessment.yaml:{repeat}: year: written twice (also on line 3); keep one",
        "docs/about.se.md: language suffix: 'se' is not a configured language; expected one of: en, de",
    ):
        assert expected in build.output, build.output
    assert "Traceback" not in build.output
    assert not (tmp_path / "site").exists()


def test_ui_strings_from_the_sites_own_folder(tmp_path):
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


def test_a_broken_link_in_a_story_stops_the_build_naming_the_story(tmp_path):
    """Not MkDocs' warning about the generated news/<folder>.md: the content check, first."""
    config = copy_fixture_site(tmp_path / "src")
    story = config.parent / "content/news/2099-01-02-made-up-story-02/index.en.md"
    line = len(story.read_text(encoding="utf-8").splitlines()) + 1
    story.write_text(story.read_text(encoding="utf-8") + "See [about](about.md).\n", encoding="utf-8")
    build = mkdocs_build(config, tmp_path / "site")
    assert build.returncode != 0
    assert (
        f"content/news/2099-01-02-made-up-story-02/index.en.md:{line}: link: 'about.md' leads to no page"
        in build.output
    ), build.output
    assert "Traceback" not in build.output and "not found among documentation files" not in build.output
    assert not (tmp_path / "site").exists()


STORY = "content/news/2099-01-02-made-up-story-02/index.en.md"


def test_links_of_every_form_and_a_page_without_title_stop_the_build_naming_file_and_line(tmp_path):
    """Links MkDocs would reject (above the site's root, reference-style, with a title, images) and a
    page with no front matter: the content check's messages, not MkDocs' (no language, no line)."""
    config = copy_fixture_site(tmp_path / "src")
    root = config.parent
    story = root / STORY
    line = len(story.read_text(encoding="utf-8").splitlines()) + 2
    story.write_text(
        story.read_text(encoding="utf-8")
        + '\nSee [x](../../about.md), [y][r], [z](gone.md "Gone") and ![](nophoto.jpg).\n\n[r]: nowhere.md\n',
        encoding="utf-8",
    )
    (root / "docs/about.de.md").write_text("Hallo\n", encoding="utf-8")
    build = mkdocs_build(config, tmp_path / "site")
    assert build.returncode != 0
    for expected in (
        f"{STORY}:{line}: link: '../../about.md' leads to no page (from news/2099-01-02-made-up-story-02.md "
        "it is above the site's root); did you mean '../about.md'?",
        f"{STORY}:{line}: link: 'gone.md' leads to no page",
        f"{STORY}:{line}: link: 'nophoto.jpg' leads to no file",
        f"{STORY}:{line + 2}: link: 'nowhere.md' leads to no page",
        "docs/about.de.md:1: required field missing: title",
    ):
        assert expected in build.output, build.output
    assert "Traceback" not in build.output and "not found among documentation files" not in build.output
    assert not (tmp_path / "site").exists()


def test_links_the_build_accepts_are_not_reported(tmp_path):
    config = copy_fixture_site(tmp_path / "src")
    story = config.parent / STORY
    story.write_text(
        story.read_text(encoding="utf-8")
        + '\nWrite `[x](nowhere.md)`; [ok][r], [about](../about.md "About"), [cities](../cities/), '
        "[mail](mailto:a@example.org), [out](https://example.org/x.md), [top](#top), [feed](feed.xml), "
        "[sheet](../toolkit/templates/test-sheet.csv), [icon](../assets/images/favicon.png).\n\n"
        "    [code](nowhere-either.md)\n\n[r]: <../about.md#top>\n",
        encoding="utf-8",
    )
    build = mkdocs_build(config, tmp_path / "site")
    assert build.returncode == 0, build.output
