"""The content layer, in-process: the whole project read through one path, every problem at
once with file, line and field — the rules the build and `epi check` share."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

import pytest

from epi_portal._shared.errors import ContentErrors
from epi_portal._shared.yamlio import YamlSyntaxError, load
from epi_portal.project.load import ProjectCache, check_project, load_project
from epi_portal.project.model import Layout, packaged_schemas
from tests.conftest import FIXTURE_SITE, REPO
from tests.unit.fixture_project import LANGUAGES, STORY, problems

ASSESSMENT = "content/cities/exampleton/assessment.yaml"


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_fixture_project_loads_whole(root):
    project = load_project(Layout.of(root), LANGUAGES)
    assert project.languages == tuple(LANGUAGES)
    assert {c.slug for c in project.cities.cities} == {"exampleton", "mockford"}
    assert (
        project.news.stories
        and project.downloads
        and project.toolkit.chapters
        and project.questionnaire.questions
    )
    assert {page.src_uri for page in project.pages} >= {"index.en.md", "about.en.md"}
    assert project.strings.get("de", "score.not_published") == "nicht veröffentlicht"


def test_a_story_that_is_not_utf8_names_its_line(root):
    (root / STORY).write_bytes(
        "---\ntitle: Caf\xe9 story\n".encode("latin-1") + (root / STORY).read_bytes()[27:]
    )
    assert problems(root) == [f"{STORY}:2: not UTF-8 text; save the file as UTF-8"]


@pytest.mark.parametrize(
    ("path", "old", "new", "expected"),
    [
        (
            ASSESSMENT,
            "overall: {score: 12, source: https://example.test/exampleton/review}",
            "overall:\n  score: 12\n  score: 13\n  source: https://example.test/exampleton/review",
            f"{ASSESSMENT}:6: overall.score: written twice (also on line 5); keep one",
        ),
        (STORY, "summary: A made-up", "title: Again\nsummary: A made-up", f"{STORY}:4: title: written twice"),
        (
            "content/downloads/downloads.yaml",
            "    kind: report\n",
            "    kind: report\n    kind: strategy\n",
            "content/downloads/downloads.yaml:6: downloads[0].kind: written twice (also on line 5)",
        ),
        ("docs/about.en.md", "---\n", "---\ndescription: One.\n", "docs/about.en.md:"),
    ],
)
def test_a_key_written_twice_is_an_error_at_its_second_line(root, path, old, new, expected):
    edit(root / path, old, new)
    found = problems(root)
    assert any(line.startswith(expected) for line in found), found


def test_keys_written_twice_in_yaml_text():
    with pytest.raises(YamlSyntaxError) as caught:
        load("a:\n  score: 1\n  score: 2\nb: 1\nb: 3\n", "x.yaml")
    assert sorted(map(str, caught.value.errors)) == [
        "x.yaml:3: a.score: written twice (also on line 2); keep one",
        "x.yaml:5: b: written twice (also on line 4); keep one",
    ]
    assert load("a: &x {k: 1}\nb:\n  <<: *x\n  j: 2\n", "x.yaml")[0]["b"] == {"k": 1, "j": 2}


def test_dates_stay_text_as_written():
    data, _ = load("date: 2021-06-01\nmonth: 2021-06\nyear: 2021\n", "x.yaml")
    assert data == {"date": "2021-06-01", "month": "2021-06", "year": 2021}


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
            "docs/broken.en.md:3: front matter: invalid YAML: this list is never closed",
        ),
        (
            "untitled.en.md",
            "---\ndescription: No title here.\n---\n# Untitled\n",
            "docs/untitled.en.md:2: required field missing: title",
        ),
    ],
)
def test_bad_pages(root, filename, text, expected):
    (root / "docs" / filename).write_text(text, encoding="utf-8")
    assert any(line.startswith(expected) for line in problems(root))


def test_a_page_that_is_not_utf8(root):
    (root / "docs" / "latin1.en.md").write_bytes("---\ntitle: Caf\xe9\n---\n".encode("latin-1"))
    assert problems(root) == ["docs/latin1.en.md:2: not UTF-8 text; save the file as UTF-8"]


def test_missing_ui_string(root):
    strings = root / "strings"
    strings.mkdir()
    (strings / "en.yml").write_text("notfound.title: Page not found\nnotfound.home: Home\n", encoding="utf-8")
    (strings / "de.yml").write_text("notfound.title: Seite nicht gefunden\n", encoding="utf-8")
    found = [str(e) for e in check_project(Layout.of(root, strings=strings), LANGUAGES).errors]
    assert "strings/de.yml: notfound.home: missing UI string (present in en.yml)" in found


def test_every_problem_at_once(root):
    (root / "docs" / "one.en.md").write_text("---\ntitel: typo\n---\n", encoding="utf-8")
    (root / "docs" / "two.sw.md").write_text("---\ntitle: Swahili?\n---\n", encoding="utf-8")
    edit(root / ASSESSMENT, "score: 12,", "score: 120,")
    with pytest.raises(ContentErrors) as caught:
        load_project(Layout.of(root), LANGUAGES)
    report = caught.value.report()
    assert report.startswith("3 content errors:")
    for expected in (
        "docs/one.en.md:2: unknown field 'titel'; did you mean 'title'?",
        "docs/two.sw.md: language suffix: 'sw'",
        f"{ASSESSMENT}:4: overall.score: expected a number from 0 to 100, got 120",
    ):
        assert expected in report


def test_loaded_once_per_change(root):
    cache = ProjectCache()
    layout = Layout.of(root)
    first = cache.get(layout, LANGUAGES)
    assert cache.get(layout, LANGUAGES) is first  # eight language builds, one load
    story = root / STORY
    os.utime(story, ns=(story.stat().st_atime_ns, story.stat().st_mtime_ns + 1_000_000))
    assert cache.get(layout, LANGUAGES) is not first


def test_drafts_are_in_the_project_and_out_of_what_is_published(root):
    edit(root / STORY, "topics: [events]", "topics: [events]\ndraft: true")
    project = load_project(Layout.of(root), LANGUAGES)
    keys = {story.key for story in project.news.stories}
    assert "2099-01-01-made-up-story-01" in keys
    assert "2099-01-01-made-up-story-01" not in {story.key for story in project.published().news.stories}


def test_english_left_in_a_translation_is_a_warning(root):
    from epi_portal.project.copies import english_copies

    german = root / "content/news/2099-01-03-made-up-story-03/index.de.md"
    english = (root / "content/news/2099-01-03-made-up-story-03/index.en.md").read_text(encoding="utf-8")
    sentence = english.split("---\n", 2)[2].strip().splitlines()[0]
    assert len(sentence.split()) >= 5, sentence
    german.write_text(
        german.read_text(encoding="utf-8") + f"\nEin deutscher Satz.\n\n{sentence}\n", encoding="utf-8"
    )
    english_summary = next(line for line in english.splitlines() if line.startswith("summary:"))
    edit(german, "summary: Eine erfundene Meldung für Tests, Nummer 03.", english_summary)
    project = load_project(Layout.of(root), LANGUAGES)
    found = [str(w) for w in english_copies(project)]
    story = "content/news/2099-01-03-made-up-story-03"
    assert any(
        w.startswith(f"{story}/index.de.md:")
        and ": text: warning: “Nothing in this story happened.” is the same as in" in w
        for w in found
    ), found
    assert any(w.startswith(f"{story}/index.de.md:4: summary: warning") for w in found), found
    assert len(found) == 2  # not the German sentence, not the short title or the source's name


def test_links_are_read_with_the_sites_markdown_extensions():
    from epi_portal.project.links import DEFAULT_EXTENSIONS, site_extensions
    from tests.conftest import REPO

    assert site_extensions(REPO) == DEFAULT_EXTENSIONS


def test_links_found_are_kept_by_the_pages_text_for_the_next_build(tmp_path):
    from epi_portal.project.links import DEFAULT_EXTENSIONS, LinkReader

    page = "See [the plan](plan.md 'A title') and ![a map](map.png).\n\n[r]: other.md\n\nAlso [x][r].\n"
    first = LinkReader(DEFAULT_EXTENSIONS, cache=tmp_path)
    assert first.urls(page) == ["plan.md", "map.png", "other.md"]
    first.save()

    second = LinkReader(DEFAULT_EXTENSIONS, cache=tmp_path)
    second._convert = None  # type: ignore[method-assign,assignment]  # a page read again would fail here
    assert second.urls(page) == ["plan.md", "map.png", "other.md"]

    changed = LinkReader(DEFAULT_EXTENSIONS, cache=tmp_path)
    assert changed.urls(page.replace("plan.md", "plans.md"))[0] == "plans.md"  # another text: read again
    assert LinkReader(["toc"], cache=tmp_path).urls(page)  # other extensions: a cache of their own
    assert len(list((tmp_path / "epi-links").iterdir())) == 1  # only save() writes


def test_a_project_without_schemas_uses_the_package_s(tmp_path):
    assert Layout.of(REPO).schemas == REPO / "schemas"
    assert Layout.of(FIXTURE_SITE).schemas == REPO / "schemas"  # the checkout's (editable install)
    installed = tmp_path / "site-packages" / "epi_portal"
    (installed / "schemas").mkdir(parents=True)
    (tmp_path / "site-packages" / "schemas").mkdir()  # not ours: a stray folder beside the package
    assert packaged_schemas(installed) == installed / "schemas"
    with pytest.raises(FileNotFoundError, match="reinstall epi-portal"):
        packaged_schemas(tmp_path / "elsewhere" / "epi_portal")


def test_the_wheel_ships_the_schemas_inside_the_package():
    setuptools = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert setuptools["package-dir"]["epi_portal.schemas"] == "schemas"
    assert "epi_portal.schemas" in setuptools["packages"]
    assert "**/*.json" in setuptools["package-data"]["*"]
