"""content/cities/ loading: good data into the model; each kind of bad input a precise message."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from epi_portal._shared.errors import ContentErrors
from epi_portal.cities.load import load_cities
from tests.conftest import FIXTURE_LANGUAGES, FIXTURE_SITE, REPO

LANGS = FIXTURE_LANGUAGES


@pytest.fixture
def cities(tmp_path) -> Path:
    """A private copy of the fixture site's two made-up cities."""
    folder = tmp_path / "content" / "cities"
    shutil.copytree(FIXTURE_SITE / "content" / "cities", folder)
    return folder


def load(folder: Path):
    return load_cities(folder, LANGS, schemas=REPO / "schemas", root=folder.parent.parent)


def errors_of(folder: Path) -> list[str]:
    with pytest.raises(ContentErrors) as exc:
        load(folder)
    return [str(error) for error in exc.value.errors]


def test_fixture_loads(cities):
    data = load(cities)
    assert [c.slug for c in data.cities] == ["exampleton", "mockford"]
    example = data.city("exampleton")
    assert example.name_in("de") == "Beispielstadt" and example.name_in("en") == "Exampleton"
    assert example.assessment.overall.score == 12
    assert example.assessment.area("language").score == 34
    assert not example.assessment.area("media").published  # null: not published
    assert not example.assessment.area("commitment").published  # left out: not published
    assert data.city("mockford").narrative("de").lang == "en"  # falls back to English
    assert len(data.method.areas) == 18


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new), encoding="utf-8")


CASES = [
    (
        "exampleton/city.yaml",
        "country: FI",
        "country: [FI",
        "content/cities/exampleton/city.yaml:6: invalid YAML: this list is never closed (opened with '[' "
        "on line 6): end it with ']' (an item containing ':', ',' or ']' must be in quotes) [",
        # then the parser's own words, which differ between libyaml and pure-Python PyYAML
    ),
    (
        "exampleton/assessment.yaml",
        "overall: {score: 12,",
        "overall: {score: 120,",
        "content/cities/exampleton/assessment.yaml:4: overall.score: "
        "expected a number from 0 to 100, got 120",
    ),
    (
        "exampleton/assessment.yaml",
        "language: {score: 34,",
        "language: {score: high,",
        "content/cities/exampleton/assessment.yaml:6: areas.language.score: "
        "expected a number or nothing (null), got 'high'",
    ),
    (
        "exampleton/assessment.yaml",
        "  language:",
        "  langauge:",
        "content/cities/exampleton/assessment.yaml:6: areas.langauge: unknown area id 'langauge'; "
        "expected one of: commitment,",
    ),
    (
        "exampleton/city.yaml",
        "  en: Exampleton\n",
        "",
        "content/cities/exampleton/city.yaml:4: name: required field missing: en",
    ),
    (
        "exampleton/city.yaml",
        "lat: 61.5",
        "lat: 161.5",
        "content/cities/exampleton/city.yaml:7: coordinates.lat: expected a number from -90 to 90, got 161.5",
    ),
    (
        "exampleton/city.yaml",
        "country: FI",
        "country: XQ",
        "content/cities/exampleton/city.yaml:6: country: unknown country code 'XQ'; "
        "expected an ISO 3166-1 alpha-2 code such as ES",
    ),
    (
        "exampleton/city.yaml",
        "url: https://example.test/exampleton}",
        "url: www.example.test}",
        "content/cities/exampleton/city.yaml:13: sources[0].url: "
        "expected an http(s) URL, got 'www.example.test'",
    ),
    (
        "exampleton/assessment.yaml",
        "method: icc-index",
        "method: mipex",
        "content/cities/exampleton/assessment.yaml:2: method: unknown method 'mipex'",
    ),
    (
        "exampleton/assessment.yaml",
        "overall: {score: 12, source: https://example.test/exampleton/review}",
        "overall: {score: 12}",
        "content/cities/exampleton/assessment.yaml:4: overall: required field missing: source",
    ),
    (
        "exampleton/index.en.md",
        "summary: A made-up city for tests.\n",
        "",
        "content/cities/exampleton/index.en.md:2: required field missing: summary",
    ),
    (
        "exampleton/index.en.md",
        "summary: A made-up city for tests.\n",
        "summary: A made-up city for tests.\ncard: " + "x" * 121 + "\n",
        "content/cities/exampleton/index.en.md:3: card: too long: 121 characters, at most 120",
    ),
]


@pytest.mark.parametrize(
    ("file", "old", "new", "expected"), CASES, ids=[case[3].split(": ", 1)[1][:40] for case in CASES]
)
def test_bad_input(cities, file, old, new, expected):
    edit(cities / file, old, new)
    found = errors_of(cities)
    assert any(error.startswith(expected) for error in found), found


def test_duplicate_and_bad_slugs(cities):
    shutil.copytree(cities / "mockford", cities / "Mockford")
    shutil.copytree(cities / "mockford", cities / "compare")
    found = errors_of(cities)
    assert "content/cities/compare: slug: folder name 'compare' is reserved for a page of its own" in found
    assert any("slug: duplicate slug 'mockford'" in error for error in found), found


def test_narrative_language_must_be_configured(cities):
    shutil.copy(cities / "mockford" / "index.en.md", cities / "mockford" / "index.fr.md")
    assert (
        "content/cities/mockford/index.fr.md: file name: expected index.<lang>.md with <lang> one of: en, de"
        in errors_of(cities)
    )


def test_english_narrative_is_required(cities):
    (cities / "mockford" / "index.en.md").unlink()
    assert (
        "content/cities/mockford: narrative: missing index.en.md: the en narrative is required; "
        "other languages fall back to it" in errors_of(cities)
    )


def test_all_problems_at_once(cities):
    edit(cities / "exampleton" / "city.yaml", "country: FI", "country: XQ")
    edit(
        cities / "mockford" / "assessment.yaml",
        "areas: {}",
        "areas: {nope: {score: 1, source: https://example.test}}",
    )
    assert len(errors_of(cities)) == 2
