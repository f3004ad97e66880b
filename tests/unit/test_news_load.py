"""content/news/ loading: the fixture's made-up stories, and each kind of bad input."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from epi_portal._shared.dates import PartialDate
from epi_portal._shared.errors import ContentErrors
from epi_portal.news.load import load_news
from tests.conftest import FIXTURE_LANGUAGES, FIXTURE_SITE, REPO

LANGS = FIXTURE_LANGUAGES
TOPICS = {"events", "newsletter", "conference"}


@pytest.fixture
def news(tmp_path) -> Path:
    folder = tmp_path / "content" / "news"
    shutil.copytree(FIXTURE_SITE / "content" / "news", folder)
    return folder


def load(folder: Path, drafts: bool = False):
    return load_news(
        folder,
        LANGS,
        cities={"exampleton", "mockford"},
        topics=TOPICS,
        schema=REPO / "schemas" / "news-front-matter.schema.json",
        root=folder.parent.parent,
        drafts=drafts,
    )


def errors_of(folder: Path) -> list[str]:
    with pytest.raises(ContentErrors) as exc:
        load(folder)
    return [str(error) for error in exc.value.errors]


def test_fixture_loads_newest_first_without_drafts(news):
    data = load(news)
    assert data.stories[0].key == "2099-04-02-made-up-clip"
    assert [s.date.isoformat() for s in data.stories] == sorted(
        (s.date.isoformat() for s in data.stories), reverse=True
    )
    assert all(not s.draft for s in data.stories) and len(data.stories) == 15
    assert len(load(news, drafts=True).stories) == 16
    story = next(s for s in data.stories if s.key == "2099-01-12-made-up-story-12")
    assert set(story.translations) == {"en", "de"} and story.cities == ()
    german_only = next(s for s in data.stories if s.key == "2099-02-01-nur-auf-deutsch")
    assert german_only.text("en", LANGS).lang == "de"  # the original, when there is no translation


STORY = "2099-01-03-made-up-story-03"


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


CASES = [
    (
        "date: 2099-01-03",
        "",
        "content/news/2099-01-03-made-up-story-03/index.en.md:2: required field missing: date",
    ),
    (
        "date: 2099-01-03",
        "date: 3 January 2099",
        "content/news/2099-01-03-made-up-story-03/index.en.md:3: date: "
        "expected a date written YYYY-MM-DD or YYYY-MM, got '3 January 2099'",
    ),
    (
        "date: 2099-01-03",
        "date: '2099'",
        "content/news/2099-01-03-made-up-story-03/index.en.md:3: date: "
        "expected a date written YYYY-MM-DD or YYYY-MM, got '2099'",
    ),
    (
        "date: 2099-01-03",
        "date: 2099-13",
        "content/news/2099-01-03-made-up-story-03/index.en.md:3: date: '2099-13' is not a real date",
    ),
    (
        "date: 2099-01-03",
        "date: 2099-01",
        "content/news/2099-01-03-made-up-story-03/index.en.md:3: date: "
        "2099-01 disagrees with the folder name's 2099-01-03",
    ),
    (
        "date: 2099-01-03",
        "date: 2099-02-30",
        "content/news/2099-01-03-made-up-story-03/index.en.md:3: date: '2099-02-30' is not a real date",
    ),
    (
        "date: 2099-01-03",
        "date: 2099-01-04",
        "content/news/2099-01-03-made-up-story-03/index.en.md:3: date: "
        "2099-01-04 disagrees with the folder name's 2099-01-03",
    ),
    (
        "date: 2099-01-03",
        "date: 2099-01-03\nevent_date: 2099-02-30",
        "content/news/2099-01-03-made-up-story-03/index.en.md:4: event_date: '2099-02-30' is not a real date",
    ),
    (
        "date: 2099-01-03",
        "date: 2099-01-03\nevent_date: 23 January 2099",
        "content/news/2099-01-03-made-up-story-03/index.en.md:4: event_date: "
        "expected a date written YYYY-MM-DD or YYYY-MM, got '23 January 2099'",
    ),
    (
        "cities: [exampleton]",
        "cities: [atlantis]",
        "content/news/2099-01-03-made-up-story-03/index.en.md:5: cities[0]: unknown city 'atlantis'; "
        "expected one of: exampleton, mockford",
    ),
    (
        "topics: [newsletter]",
        "topics: [gossip]",
        "content/news/2099-01-03-made-up-story-03/index.en.md:6: topics[0]: unknown topic 'gossip'",
    ),
    (
        "title: Made-up story 03",
        "title: ''",
        "content/news/2099-01-03-made-up-story-03/index.en.md:2: title: must not be empty",
    ),
    (
        "cities: [exampleton]",
        "cities: [exampleton]\nimage: {src: photo.jpg}",
        "content/news/2099-01-03-made-up-story-03/index.en.md:6: image: required field missing: alt",
    ),
    (
        "cities: [exampleton]",
        "cities: [exampleton]\nimage: {src: photo.jpg, alt: A made-up photo}",
        "content/news/2099-01-03-made-up-story-03/index.en.md:6: image.src: "
        "no file 'photo.jpg' in 2099-01-03-made-up-story-03/",
    ),
]


@pytest.mark.parametrize(
    ("old", "new", "expected"), CASES, ids=[case[2].split(": ", 1)[1][:40] for case in CASES]
)
def test_bad_story(news, old, new, expected):
    edit(news / STORY / "index.en.md", old, new)
    found = errors_of(news)
    assert any(error.startswith(expected) for error in found), found


def test_translations_must_agree(news):
    edit(news / STORY / "index.de.md", "topics: [newsletter]", "topics: [events]")
    assert any("index.de.md:6: topics: differs from index.en.md" in error for error in errors_of(news))


def test_event_date(news):
    """A story dated to its source (an announcement) can name the day of the event it is about:
    at a day's or a month's precision, the same in every language."""
    assert next(s for s in load(news).stories if s.key == STORY).event_date is None
    for lang in LANGS:
        edit(news / STORY / f"index.{lang}.md", "date: 2099-01-03", "date: 2099-01-03\nevent_date: 2099-02")
    story = next(s for s in load(news).stories if s.key == STORY)
    assert (story.date.isoformat(), story.event_date) == ("2099-01-03", PartialDate(2099, 2))
    edit(news / STORY / "index.de.md", "event_date: 2099-02", "event_date: 2099-02-23")
    assert (
        "content/news/2099-01-03-made-up-story-03/index.de.md:4: event_date: differs from index.en.md "
        "('2099-02'); a story's event_date is the same in every language" in errors_of(news)
    )
    edit(news / STORY / "index.de.md", "event_date: 2099-02-23\n", "")
    assert (
        "content/news/2099-01-03-made-up-story-03/index.de.md:2: event_date: differs from index.en.md "
        "('2099-02'); a story's event_date is the same in every language" in errors_of(news)
    )


def test_unconfigured_language_and_bad_folder(news):
    shutil.copy(news / STORY / "index.en.md", news / STORY / "index.fr.md")
    (news / "kick-off").mkdir()
    found = errors_of(news)
    assert (
        "content/news/2099-01-03-made-up-story-03/index.fr.md: language suffix: "
        "expected index.<lang>.md with <lang> one of: en, de" in found
    )
    assert any(
        error.startswith("content/news/kick-off: folder name: expected <yyyy-mm-dd>-<slug>")
        for error in found
    )


def test_a_story_dated_to_the_month(news):
    """Where the source gives no day: folder <yyyy-mm>-<slug>, date YYYY-MM, sorted at the month's start."""
    month = news / "2099-01-made-up-month"
    (news / STORY).rename(month)
    for lang in LANGS:
        edit(month / f"index.{lang}.md", "date: 2099-01-03", "date: 2099-01")
    stories = load(news).stories
    story = next(s for s in stories if s.key == "2099-01-made-up-month")
    assert (story.date.precision, story.date.isoformat(), story.date.start.day) == ("month", "2099-01", 1)
    assert [s.key for s in stories[-2:]] == ["2099-01-01-made-up-story-01", "2099-01-made-up-month"]


VIDEO = "2099-04-02-made-up-clip"


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "  title: A made-up clip\n",
            "",
            "content/news/2099-04-02-made-up-clip/index.en.md:7: video: required field missing: title",
        ),
        (
            "  poster_alt: A grey made-up poster\n",
            "",
            "content/news/2099-04-02-made-up-clip/index.en.md:7: video: required field missing: poster_alt",
        ),
        (
            "{en: clip.en.vtt, de: clip.de.vtt}",
            "{en: clip.en.vtt, fr: clip.de.vtt}",
            "content/news/2099-04-02-made-up-clip/index.en.md:11: video.captions.fr: "
            "'fr' is not a configured language",
        ),
    ],
)
def test_bad_video(news, old, new, expected):
    edit(news / VIDEO / "index.en.md", old, new)
    found = errors_of(news)
    assert any(error.startswith(expected) for error in found), found


def test_image_too_small_for_a_card(news):
    edit(
        news / VIDEO / "index.en.md",
        "topics: [events]",
        "topics: [events]\nimage: {src: poster.png, alt: A grey poster}",
    )
    assert any(
        "index.en.md:6: image.src: 640×360 is too small for a social card; expected at least 1200×630" in e
        for e in errors_of(news)
    )
