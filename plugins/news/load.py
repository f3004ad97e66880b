"""content/news/ → NewsData, every problem reported at once with file, line and field."""

from __future__ import annotations

import re
from collections.abc import Collection
from pathlib import Path

from .._shared.dates import PartialDate
from .._shared.errors import ContentError, shown_path
from .._shared.reader import Reader
from .._shared.yamlio import LineMap
from .model import Image, NewsData, Source, Story, Translation, Video

# <yyyy-mm-dd>-<slug>, or <yyyy-mm>-<slug> where the source gives no day
FOLDER = re.compile(r"^(\d{4}-\d{2}(?:-\d{2})?)-[a-z0-9]+(?:-[a-z0-9]+)*$")
FILE = re.compile(r"^index\.([A-Za-z_-]+)\.md$")
SHARED = ("date", "event_date", "cities", "topics", "draft")  # must be the same in every translation


def load_news(
    folder: Path,
    languages: list[str],
    *,
    cities: Collection[str],
    topics: Collection[str],
    schema: Path,
    root: Path,
    drafts: bool = False,
) -> NewsData:
    """Load every story below ``folder``; drafts only if ``drafts`` (mkdocs serve)."""
    reader = Reader(root, schema.parent)
    news = read_news(reader, folder, languages, cities=cities, topics=topics, schema_name=schema.name)
    reader.raise_if_any()
    return news if drafts else news.published()


def read_news(
    reader: Reader,
    folder: Path,
    languages: list[str],
    *,
    cities: Collection[str],
    topics: Collection[str] | None,
    schema_name: str = "news-front-matter.schema.json",
) -> NewsData:
    """Every story below ``folder``, drafts included, newest first; problems go to ``reader``.
    ``topics`` None: the topics are not checked (the UI string tables that define them are in error)."""
    stories = []
    for sub in sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))):
        story = _story(reader, sub, languages, cities, topics, schema_name)
        if story is not None:
            stories.append(story)
    # a month sorts at its start (PartialDate's order)
    stories.sort(key=lambda story: (story.date, story.key), reverse=True)
    return NewsData(tuple(stories))


def _story(reader: Reader, folder: Path, languages, cities, topics, schema_name: str) -> Story | None:
    errors = reader.errors
    root = reader.root
    shown = shown_path(folder, root)
    name = FOLDER.match(folder.name)
    problems = len(errors)
    if not name:
        errors.append(
            ContentError(
                shown,
                None,
                "folder name",
                "expected <yyyy-mm-dd>-<slug> (or <yyyy-mm>-<slug> where the source gives no day) "
                "with a lowercase slug, e.g. 2020-02-04-kick-off-in-cluj",
            )
        )
    texts: dict[str, tuple[dict, Translation, LineMap]] = {}
    for path in sorted(folder.glob("*.md")):
        file = shown_path(path, root)
        match = FILE.match(path.name)
        if not match or match.group(1) not in languages:
            errors.append(
                ContentError(
                    file,
                    None,
                    "language suffix",
                    f"expected index.<lang>.md with <lang> one of: {', '.join(languages)}",
                )
            )
            continue
        found = _translation(reader, path, match.group(1), schema_name)
        if found:
            texts[match.group(1)] = found
    if not texts and len(errors) == problems:
        errors.append(ContentError(shown, None, "", "no story file; expected index.<lang>.md"))
    if len(errors) > problems or not name:
        return None
    reference_lang = next(code for code in languages if code in texts)
    reference, _, _ = texts[reference_lang]
    for data, translation, lines in texts.values():
        _check(data, translation.path, lines, name.group(1), cities, topics, folder, errors, languages)
        for field in SHARED:
            if data.get(field) != reference.get(field):
                errors.append(
                    ContentError(
                        translation.path,
                        lines.line((field,)),
                        field,
                        f"differs from index.{reference_lang}.md ({reference.get(field)!r}); "
                        f"a story's {field} is the same in every language",
                    )
                )
    if len(errors) > problems:
        return None
    return Story(
        key=folder.name,
        date=PartialDate.parse(reference["date"]),
        event_date=PartialDate.parse(reference["event_date"]) if "event_date" in reference else None,
        cities=tuple(reference.get("cities", ())),
        topics=tuple(reference.get("topics", ())),
        translations={lang: translation for lang, (_, translation, _) in texts.items()},
        sources=tuple(Source(s["url"], s.get("title")) for s in reference.get("sources", ())),
        draft=bool(reference.get("draft", False)),
        folder=shown,
    )


def _translation(
    reader: Reader, path: Path, lang: str, schema_name: str
) -> tuple[dict, Translation, LineMap] | None:
    file = reader.shown(path)
    page = reader.page(path, schema_name)
    if page is None:
        return None
    data = page.data
    image = Image(data["image"]["src"], data["image"]["alt"]) if "image" in data else None
    video = None
    if "video" in data:
        v = data["video"]
        video = Video(
            v["title"],
            v["poster"],
            v["poster_alt"],
            v.get("url"),
            v.get("file"),
            v.get("duration"),
            v.get("language"),
            tuple(sorted(v.get("captions", {}).items())),
        )
    return data, Translation(lang, data["title"], data["summary"], page.body, file, image, video), page.lines


def _check(data, file, lines, folder_date, cities, topics, folder, errors, languages) -> None:
    if "event_date" in data:
        try:
            PartialDate.parse(data["event_date"])
        except ValueError:
            errors.append(
                ContentError(
                    file,
                    lines.line(("event_date",)),
                    "event_date",
                    f"'{data['event_date']}' is not a real date",
                )
            )
    try:
        PartialDate.parse(data["date"])
    except ValueError:
        errors.append(
            ContentError(file, lines.line(("date",)), "date", f"'{data['date']}' is not a real date")
        )
        return
    if data["date"] != folder_date:
        errors.append(
            ContentError(
                file,
                lines.line(("date",)),
                "date",
                f"{data['date']} disagrees with the folder name's {folder_date}; "
                "rename the folder or fix the date",
            )
        )
    for index, city in enumerate(data.get("cities", [])):
        if city not in cities:
            errors.append(
                ContentError(
                    file,
                    lines.line(("cities", index)),
                    f"cities[{index}]",
                    f"unknown city '{city}'; expected one of: {', '.join(sorted(cities))}",
                )
            )
    for index, topic in enumerate(data.get("topics", []) if topics is not None else []):
        if topic not in topics:
            errors.append(
                ContentError(
                    file,
                    lines.line(("topics", index)),
                    f"topics[{index}]",
                    f"unknown topic '{topic}'; expected one of: {', '.join(sorted(topics))} "
                    "(labels: topic.<id> in the UI string tables)",
                )
            )
    image = data.get("image")
    if image and not (folder / image["src"]).is_file():
        errors.append(
            ContentError(
                file, lines.line(("image", "src")), "image.src", f"no file '{image['src']}' in {folder.name}/"
            )
        )
    elif image:
        _check_size(
            folder / image["src"],
            CARD,
            "a social card",
            file,
            lines.line(("image", "src")),
            "image.src",
            errors,
        )
    video = data.get("video")
    if video:
        for field in ("poster", "file"):
            if field in video and not (folder / video[field]).is_file():
                errors.append(
                    ContentError(
                        file,
                        lines.line(("video", field)),
                        f"video.{field}",
                        f"no file '{video[field]}' in {folder.name}/",
                    )
                )
        if (folder / video["poster"]).is_file():
            _check_size(
                folder / video["poster"],
                POSTER,
                "a video poster",
                file,
                lines.line(("video", "poster")),
                "video.poster",
                errors,
            )
        for lang, name in video.get("captions", {}).items():
            where = lines.line(("video", "captions", lang))
            if lang not in languages:
                errors.append(
                    ContentError(
                        file,
                        where,
                        f"video.captions.{lang}",
                        f"'{lang}' is not a configured language; expected one of: {', '.join(languages)}",
                    )
                )
            elif not (folder / name).is_file():
                errors.append(
                    ContentError(file, where, f"video.captions.{lang}", f"no file '{name}' in {folder.name}/")
                )
        if video.get("language") and video["language"] not in languages:
            errors.append(
                ContentError(
                    file,
                    lines.line(("video", "language")),
                    "video.language",
                    f"'{video['language']}' is not a configured language; "
                    f"expected one of: {', '.join(languages)}",
                )
            )


CARD = (1200, 630)
POSTER = (480, 270)


def _check_size(path, least, purpose, file, line, field, errors) -> None:
    from PIL import Image as Picture
    from PIL import UnidentifiedImageError

    try:
        with Picture.open(path) as picture:
            size = picture.size
    except (UnidentifiedImageError, OSError):
        errors.append(ContentError(file, line, field, f"'{path.name}' is not an image"))
        return
    if size[0] < least[0] or size[1] < least[1]:
        errors.append(
            ContentError(
                file,
                line,
                field,
                f"{size[0]}×{size[1]} is too small for {purpose}; expected at least {least[0]}×{least[1]}",
            )
        )
